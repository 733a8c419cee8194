"""A hostile name in quotes, set off by a comma after the one named, is criticism, not a call."""

from helpers import coded


def test_a_quoted_name_after_a_comma_is_criticism_not_a_phone_call(read):
    found = coded(read('U.S. Senator Ted Cruz called Russian Foreign Minister Sergei Lavrov, "a corrupt liar."'))
    assert ("111", "USALEG", "RUSGOV") in found, found
    assert not any(code.startswith("04") for code, _, _ in found), found


def test_a_quoted_name_after_a_party_tag_is_criticism(read):
    found = coded(read('President Trump called House Speaker Nancy Pelosi, D-Calif., "a dishonest coward," and walked out.'))
    assert any(code == "111" and source.startswith("USA") for code, source, _ in found), found


def test_an_unquoted_description_after_a_comma_gives_no_criticism(read):
    found = coded(read("U.S. Secretary of State Mike Pompeo called Russian Foreign Minister Sergei Lavrov, a veteran diplomat, on Tuesday."))
    assert not any(code.startswith("11") for code, _, _ in found), found
