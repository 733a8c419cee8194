"""Word senses of intent and other triggers read from their class of object,
doer or construction, and the lemma of "hope", "wage", "fine" that the lemmatizer lost."""

from helpers import coded, events_on


def test_verb_forms_in_e_keep_their_lemma(pipeline):
    # "hopes", "hoped", "hoping" were "hop"; "waged" "wag"; a doubled consonant still is "hop"
    doc = pipeline.nlp("The minister hopes to win, he hoped and waged a campaign; they hopped on a train.")
    lemmas = {t.text: t.lemma_ for t in doc if t.pos_ == "VERB"}
    assert lemmas["hopes"] == "hope" and lemmas["hoped"] == "hope", lemmas
    assert lemmas["waged"] == "wage" and lemmas["hopped"] == "hop", lemmas


def test_a_hoped_for_visit_has_not_happened(read_every):
    reading = read_every("The French president hopes to visit Beijing next month, his office said.")
    visits = events_on(reading, "visit")
    assert visits and all(e.modality == "desired" for e in visits), [(e.cameo, e.modality) for e in visits]


def test_a_hoped_for_trip_is_no_happened_travel(read):
    reading = read("Prime Minister Narendra Modi is hoping to travel to Washington in the autumn.")
    assert not [e for e in reading.events if e.cameo.startswith("04") and e.modality == "happened"
                and e.trigger != "hoping"], [(e.cameo, e.trigger, e.modality) for e in reading.events]


def test_traded_fire_is_fighting_not_trade(read):
    found = coded(read("Indian and Pakistani troops traded fire along the Line of Control on Sunday."))
    assert found and all(code.startswith("19") for code, _, _ in found), found


def test_traded_goods_is_still_trade(read):
    found = coded(read("Japan and South Korea traded goods worth $80 billion last year, officials said."))
    assert not any(code.startswith("19") for code, _, _ in found), found


def test_a_doctor_examining_a_patient_is_no_investigation(read):
    found = coded(read("A military doctor examined the wounded senator at the hospital on Monday."))
    assert not any(code.startswith("09") for code, _, _ in found), found


def test_prosecutors_examining_records_is_still_an_investigation(read):
    found = coded(read("French prosecutors examined the bank records of the former minister."))
    assert any(code.startswith("09") for code, _, _ in found), found


def test_a_cyberattack_is_no_military_force(read):
    found = coded(read("Russian military hackers attacked the Ukrainian power grid in December."))
    assert not any(code[:2] in {"18", "19", "20"} for code, _, _ in found), found


def test_a_cyber_operation_is_no_military_force(read):
    found = coded(read("Israel carried out a cyber attack on the Iranian port of Shahid Rajaee."))
    assert not any(code[:2] in {"18", "19", "20"} for code, _, _ in found), found


def test_a_strike_by_jets_is_still_force(read):
    found = coded(read("Israeli jets attacked an Iranian weapons depot near Damascus on Tuesday."))
    assert any(code.startswith(("18", "19")) for code, _, _ in found), found


def test_i_promise_you_before_a_fact_is_no_intent(read):
    reading = read("“I promise you, we talk to the governors every single day,” the president told reporters.")
    assert not [e for e in reading.events if e.cameo.startswith("03")], [(e.cameo, e.trigger) for e in reading.events]


def test_i_guarantee_you_is_no_intent(read):
    reading = read("“I guarantee you, the Chinese are paying for these tariffs,” Trump said at the rally.")
    assert not [e for e in reading.events if e.cameo.startswith("03")], [(e.cameo, e.trigger) for e in reading.events]


def test_a_promise_of_what_will_be_done_stays_intent(read):
    found = coded(read("Trump promised to lift the tariffs on Mexican steel."))
    assert any(code.startswith("03") for code, _, _ in found), found


def test_police_ruling_out_a_suspect_is_no_rejection(read):
    found = coded(read("Ottawa police said they had ruled out the possibility of a second gunman."))
    assert not any(code.startswith("12") for code, _, _ in found), found


def test_ruled_out_sending_troops_did_not_happen(read):
    reading = read("Germany ruled out sending troops to Ukraine.")
    sent = events_on(reading, "sending")
    assert all(e.modality != "happened" for e in sent), [(e.cameo, e.modality) for e in sent]


def test_a_promise_not_to_attack_is_no_threat(read):
    found = coded(read("The rebel commanders promised to release the hostages and not to attack the capital."))
    assert not any(code.startswith("13") for code, _, _ in found), found
    assert any(code.startswith("03") for code, _, _ in found), found


def test_a_vow_to_attack_is_still_a_threat(read):
    found = coded(read("The rebel commanders vowed to release the hostages and to attack the capital."))
    assert any(code.startswith("13") for code, _, _ in found), found


def test_grief_over_deaths_is_no_disapproval(read):
    found = coded(read("Chancellor Angela Merkel was deeply saddened by the deaths of the miners in Turkey."))
    assert not any(code.startswith("11") for code, _, _ in found), found


def test_wanting_sanctions_relief_is_no_sanction_threat(read):
    found = coded(read("The minister said that if Iran wants sanctions relief, it must allow the inspectors back."))
    assert not any(code.startswith(("13", "16")) for code, _, _ in found), found


def test_threatening_new_sanctions_is_still_a_threat(read):
    found = coded(read("President Trump threatened new sanctions on Iran on Monday."))
    assert ("1312", "USAGOV", "IRN") in found, found
