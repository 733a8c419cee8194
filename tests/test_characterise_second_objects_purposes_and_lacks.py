"""Names given by "call" that the parse hangs oddly: a name parsed as a second object ("calling the
president a senile old man"), "one of" a group ("called him one of her most trusted partners"), a
"to" clause saying what the named thing is for (no worth), and a lack of something good (no praise)."""

import pytest
from helpers import coded

from newsevents.events.characterise import characterisation


@pytest.fixture(scope="module")
def parse(pipeline):
    return pipeline.nlp


def _calling(doc):
    return next(t for t in doc if t.lemma_ == "call")


def test_a_hostile_name_parsed_as_a_second_object_is_criticism_not_a_phone_call(read):
    found = coded(read("The talks stalled after Venezuela's president began calling Colombian President "
                       "Ivan Duque a “corrupt and senile puppet.”"))
    assert ("111", "VENGOV", "COLGOV") in found, found


def test_a_second_object_name_after_a_with_clause_is_no_phone_call(read):
    found = coded(read("Pyongyang has spent weeks trading insults with Seoul, with the North recently calling "
                       "President Moon Jae-in a “foolish and erratic old man.”"))
    assert not any(code.startswith("04") for code, _, _ in found), found
    assert ("111", "PRK", "KORGOV") in found, found


def test_one_of_a_warm_group_is_praise(read):
    found = coded(read("On Friday, Merkel called Macron one of her “most trusted partners.”"))
    assert ("051", "DEUGOV", "FRAGOV") in found, found


def test_what_a_named_measure_is_for_gives_it_no_worth(read):
    found = coded(read("Labour called it a “temporary” measure to support workers and help the economy recover."))
    assert not any(code == "051" for code, _, _ in found), found


@pytest.mark.parametrize("text", [
    "The mayor called the council's vote a remarkable lack of courage.",
    "Union leaders called the deal an amazing absence of good faith.",
])
def test_a_lack_of_something_good_is_no_praise(parse, text):
    assert characterisation(_calling(parse(text))) is None


def test_a_puppet_of_a_foreign_power_is_a_hostile_name(read):
    found = coded(read("President Maduro calls Juan Guaido a puppet of the United States."))
    assert ("111", "VENGOV", "VENOPP") in found, found


def test_a_stunning_breach_is_no_praise(read):
    found = coded(read("Foreign Minister Lavrov called the British decision a stunning breach of protocol."))
    assert not any(code == "051" for code, _, _ in found), found
