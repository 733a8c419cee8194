"""Reported and accused acts: the act inside what someone alleges or reports
is coded with its own doer and target and the speaker as its attribution. "X accused Y of
attacking Z" and "Y was charged with attacking Z" give Y's act (alleged) besides X's accusation;
"officials said Iran would retaliate" is Iran's threat shown on its own verb, inside the
officials' claim; a further act of the accused in the reported clause is alleged too. Sentences
written for these tests."""

from __future__ import annotations

from helpers import events_on


def test_the_accused_act_is_the_accused_ones_and_alleged(read):
    reading = read("Kenya accused Somali militants of attacking a Kenyan police convoy near the border.")
    act = events_on(reading, "attacking")
    assert [(e.cameo[:2], e.source.code[:3], e.target.code[:3], e.modality) for e in act] == [("19", "SOM", "KEN", "alleged")]
    assert act[0].attribution is not None and act[0].attribution.speaker_text == "Kenya"
    assert ("11", "KEN", "SOMREB") in {(e.cameo[:2], e.source.code, e.target.code) for e in events_on(reading, "accused")} or \
        any(e.cameo.startswith("11") for e in events_on(reading, "accused"))


def test_one_charged_with_an_act_is_its_doer(read):
    reading = read("Three Ugandan rebels were charged on Monday with attacking Congolese soldiers in Ituri.")
    act = events_on(reading, "attacking")
    assert [(e.cameo[:2], e.modality) for e in act] == [("19", "alleged")]
    assert act[0].source is not None and act[0].source.code.startswith("UGA")


def test_an_accused_act_done_to_no_one_named_makes_no_event(read):
    reading = read("Ethiopia accused Eritrea of shelling villages overnight.")
    assert events_on(reading, "shelling") == []
    assert any(e.cameo.startswith("11") for e in events_on(reading, "accused"))


def test_another_doers_intent_told_by_officials_is_shown_inside_their_claim(read):
    reading = read("Officials in Tehran said Iran would retaliate against Israel for the strike.")
    threat = [e for e in reading.events if e.cameo.startswith("13")]
    assert len(threat) == 1
    assert threat[0].trigger == "retaliate" and threat[0].source.code == "IRN" and threat[0].target.code == "ISR"
    assert threat[0].attribution is not None and "Officials" in threat[0].attribution.speaker_text


def test_the_speakers_own_intent_stays_on_the_speech_verb(read):
    reading = read("Iran said it would retaliate against Israel.")
    assert [e.trigger for e in reading.events if e.cameo.startswith("13")] == ["said"]


def test_a_further_act_of_the_accused_in_the_reported_clause_is_alleged(read):
    reading = read("Azerbaijan said on Sunday that Armenian troops had fired on its positions in Tovuz, killing three soldiers.")
    force = [e for e in reading.events if e.cameo.startswith("19")]
    assert force and all(e.modality == "alleged" and e.source.code.startswith("ARM") for e in force)
    assert all(e.attribution is not None and e.attribution.speaker_text == "Azerbaijan" for e in force)


def test_no_accused_act_of_a_kind_one_is_not_accused_of(read):
    # one is accused of hostile acts: "helping" read as aid is no alleged act of the accused
    reading = read("The opposition accused the Russian government of helping Hamas.")
    assert events_on(reading, "helping") == []
    assert any(e.cameo.startswith("11") for e in events_on(reading, "accused"))
