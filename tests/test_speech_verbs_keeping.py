"""A speech verb with a plain noun for object ("maintains the right to retaliate") is no
statement: the CAMEO dictionary's pattern for that object codes it."""

from helpers import coded


def test_maintaining_the_right_to_retaliate_is_a_threat(read):
    found = coded(read("Iran maintains the right to retaliate against any attack on its territory, the foreign ministry said."))
    assert ("130", "IRN", None) in found, found
    assert ("010", "IRN", None) not in found, found


def test_maintaining_sanctions_is_keeping_them(read):
    found = coded(read("The European Union maintained its sanctions on Russia over the annexation of Crimea."))
    assert any(code.startswith("124") and target == "RUS" for code, _, target in found), found


def test_a_statement_with_a_clause_stays_a_statement(read):
    found = coded(read("The Iranian foreign minister maintained that the talks had made progress."))
    assert not any(code.startswith("13") for code, _, _ in found), found
