"""Recipients of an intent, offer or demand that sit in its complement: the one an infinitive
sends something to ("promised to send troops to Estonia"), the recipient an event noun as the
infinitive's object names ("agreed to lift sanctions on Iran"), the infinitive of an intent noun
the parse hangs on the verb ("made a commitment in September to bring in refugees"), the one
helped to do something ("pledged to help Syria rebuild"), the parties one mediates between, and
the one a demand made with "insisted on" is made of (the demanded noun is no event of its own).
Each only where the complement names a coded actor. Sentences written for these tests."""

from __future__ import annotations

from helpers import coded


def test_what_a_promise_sends_is_no_target_its_recipient_is(read):
    found = coded(read("On Friday Britain promised to send more troops to Estonia."))
    intents = [(source, target) for code, source, target in found if code.startswith("03")]
    assert intents and all(target == "EST" for _, target in intents), found


def test_an_offer_to_send_aid_reaches_the_country_it_is_sent_to(read):
    found = coded(read("Canada offered to send two transport planes to Haiti after the storm."))
    assert any(code.startswith("03") and source == "CAN" and target == "HTI" for code, source, target in found), found


def test_an_intent_reaches_the_recipient_of_the_event_noun_it_means(read):
    found = coded(read("Pompeo said that Washington will agree to lift sanctions on North Korea."))
    intents = [target for code, source, target in found if code.startswith("03")]
    assert intents and all(target == "PRK" for target in intents), found


def test_an_event_noun_with_no_actor_after_it_names_no_target(read):
    found = coded(read("Germany promised to review its sanctions policy next year."))
    assert all(target is None for code, _, target in found if code.startswith("03")), found


def test_an_intent_nouns_infinitive_hung_on_its_verb_names_the_recipient(read):
    found = coded(read("Kerry made a commitment in September to bring in 10,000 Syrian refugees."))
    assert any(code.startswith("03") and source == "USAGOV" and target == "SYRREF" for code, source, target in found), found


def test_a_pledge_to_help_a_country_do_something_is_aimed_at_it(read):
    found = coded(read("Russia pledged on Tuesday to help Syria rebuild its army."))
    assert any(code.startswith("03") and source == "RUS" and target == "SYR" for code, source, target in found), found


def test_a_pledge_to_help_a_thing_happen_names_no_target(read):
    found = coded(read("Russia pledged on Tuesday to help the economy recover."))
    assert all(target is None for code, _, target in found if code.startswith("03")), found


def test_an_offer_to_mediate_is_made_to_both_parties(read):
    found = coded(read("China offered to mediate between India and Pakistan."))
    offers = {(source, target) for code, source, target in found if code == "039"}
    assert offers == {("CHN", "IND"), ("CHN", "PAK")}, found


def test_talks_between_two_countries_are_still_theirs(read):
    found = coded(read("Talks between India and Pakistan resumed in Geneva on Monday."))
    assert all(source in {"IND", "PAK"} for code, source, _ in found if code.startswith("04")), found


def test_insisting_on_an_apology_is_a_demand_of_the_one_to_apologise(read):
    found = coded(read("Poland insisted on an apology from Russia over the crash."))
    assert any(code.startswith("10") and source == "POL" and target == "RUS" for code, source, target in found), found
    assert not any(code == "055" for code, _, _ in found), found


def test_agreeing_to_a_meeting_is_an_intent_to_meet_the_partner_not_a_meeting_held(read):
    reading = read("Trump agreed to a meeting with Putin in Helsinki next month.")
    found = coded(reading, ("cameo", "source", "target", "modality"))
    assert ("036", "USAGOV", "RUSGOV", "happened") in found, found
    assert not any(code.startswith("04") and modality == "happened" for code, _, _, modality in found), found


def test_agreeing_to_talks_parsed_as_an_infinitive_is_an_intent_to_meet(read):
    found = coded(read("North Korea agreed to talks with South Korea on Monday."), ("cameo", "source", "target", "modality"))
    assert ("036", "PRK", "KOR", "happened") in found, found
    assert not any(code.startswith("04") and modality == "happened" for code, _, _, modality in found), found
