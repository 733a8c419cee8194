"""Round fifteen: recipients the sentence names but the coder left null (issue 12's real-news
draws), on sentences written for these tests: whom a planned act named as a gerund is aimed at,
the doer of the question an inquiry looks into, "the nation" as the doer's own country, and people
named only by where they have been."""

from __future__ import annotations

from helpers import coded


def _with_root(found: list[tuple[str | None, ...]], root: str) -> list[tuple[str | None, ...]]:
    return [event for event in found if (event[0] or "").startswith(root)]


# A plan or threat verb whose act follows as a gerund: "plans on attacking X" is aimed at X.
def test_a_plan_on_attacking_a_country_is_aimed_at_it(read):
    found = coded(read("The militia plans on attacking Jordan next month, an Iraqi commander said."))
    assert any(target == "JOR" for _, _, target in _with_root(found, "13")), found


# An inquiry into an open question looks into what its doer did.
def test_an_inquiry_into_whether_someone_acted_is_aimed_at_them(read):
    found = coded(read("The FBI opened an inquiry into whether the senator had worked for Russia."))
    assert any(source == "USACOP" and target == "USALEG" for _, source, target in _with_root(found, "09")), found


def test_investigating_whether_a_country_interfered_is_aimed_at_it(read):
    found = coded(read("The prosecutor investigated whether Turkey interfered in the vote."))
    assert any(target == "TUR" for _, _, target in _with_root(found, "09")), found


def test_an_inquiry_into_whether_someone_was_acted_on_is_not_aimed_at_them(read):
    found = coded(read("The FBI opened an inquiry into whether the senator was paid by a lobbyist."))
    assert all(target != "USALEG" for _, _, target in _with_root(found, "09")), found


# "The nation": the doer's own country, when no other is named near.
def test_urging_the_nation_is_the_doers_own_country(read):
    found = coded(read("President Macron urged the nation to stay united after the storm."))
    assert any(source == "FRAGOV" and target == "FRA" for _, source, target in _with_root(found, "02")), found


def test_the_nation_after_another_country_is_left_unnamed(read):
    found = coded(read("Trump criticized Mexico on Monday. He later urged the nation to back the wall."))
    assert all(target != "USA" for _, _, target in _with_root(found, "02")), found


def test_the_country_with_another_country_in_its_sentence_is_left_unnamed(read):
    found = coded(read("Speaking in Berlin, Obama urged the country to stay calm."))
    assert all(target not in {"USA", "DEU"} for _, _, target in _with_root(found, "02")), found


# People named only by where they have been are that country's.
def test_a_ban_on_those_who_had_been_in_a_country_is_aimed_at_it(read):
    found = coded(read("The president issued a travel ban on those who had recently been in Somalia."))
    assert any(target == "SOM" for _, _, target in _with_root(found, "17")), found


def test_a_ban_on_people_who_had_been_in_a_country_takes_its_people(read):
    found = coded(read("The Kenyan government imposed a travel ban on people who had been in Somalia."))
    assert any(source == "KENGOV" and target == "SOMCVL" for _, source, target in _with_root(found, "17")), found


def test_people_who_did_something_in_a_country_are_not_its_own(read):
    found = coded(read("France expelled those who had fought in Syria."))
    assert all(target != "SYR" for _, _, target in found), found


def test_the_country_as_a_possessor_is_the_doers_own(read):
    found = coded(read("The Iranian president moved to tighten his grip on the country's internet access."))
    assert any(target == "IRN" for _, _, target in _with_root(found, "17")), found


# A named group told again by its kind: "the Islamist group".
def test_a_crackdown_on_the_group_named_before_is_aimed_at_it(read):
    found = coded(read("The Muslim Brotherhood called for protests. Police cracked down on the Islamist group on Friday."))
    assert any(target == "EGYOPP" for _, _, target in _with_root(found, "17")), found


def test_the_group_after_two_named_groups_is_left_unnamed(read):
    found = coded(read("Hamas and Hezbollah praised the attack. Israel condemned the militant group on Tuesday."))
    assert all(target is None for _, _, target in _with_root(found, "11")), found


# An object pronoun of a verb coordinated with one before it: that verb's object.
def test_him_after_a_coordinated_verb_is_its_object(read):
    found = coded(read("Obama met Netanyahu on Monday and criticized him for the settlements."))
    assert ("111", "USAGOV", "ISRGOV") in found, found


def test_him_is_not_his_own_verbs_subject(read):
    found = coded(read("Erdogan hosted Putin in Ankara and praised him for the deal."))
    assert ("051", "TURGOV", "RUSGOV") in found, found
    assert ("051", "TURGOV", "TURGOV") not in found, found
