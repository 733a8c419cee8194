"""Describing is characterisation only when the name given is hostile or warm itself: a compound's
modifier ("crude oil") gives no worth to the name, a name the writer distances ("what it describes
as") is no one's opinion, and an adjective after "as" is the name given."""

from helpers import coded, codes


def test_a_plant_of_crude_oil_is_no_hostile_name(read):
    found = codes(read("The Saudi oil company describes the Abqaiq facility as the largest crude oil stabilization plant in the world."))
    assert not any(code in {"111", "051"} for code in found), found


def test_what_a_review_describes_is_no_praise(read):
    found = codes(read("The review calls for new missiles to deter what it describes as an increased emphasis on nuclear forces by Moscow."))
    assert "051" not in found, found


def test_adjectives_after_as_name_the_troops(read):
    found = coded(read("The Indian army chief described the Chinese troops as aggressive and reckless."))
    assert ("111", "INDMIL", "CHNMIL") in found, found

