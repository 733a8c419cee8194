"""Word senses (round 37): attending a university is study, no visit; being committed to doing
something is an intent of one's own, no endorsement; a vow to sue is a threat of legal action,
no cooperation; bringing one's soldiers back is a withdrawal (0874), no military aid; undermining
someone cuts no relations (160); going down fighting is a way of losing, no force; witnesses
called are summoned (a demand), not telephoned; a wish expressed of one's own act is an intent
(030), no appeal; a medium of words used "to attack" someone makes the attack words (111).
Sentences written for these tests."""

from __future__ import annotations


def _made(reading) -> list[tuple[str, str]]:
    return [(e.trigger, e.cameo) for e in reading.events]


def _codes(reading) -> list[str]:
    return [e.cameo for e in reading.events]


def test_attending_a_university_is_no_visit(read):
    reading = read("The Kenyan president attended Oxford University in the 1990s.")
    assert not [c for c in _codes(reading) if c.startswith("04")]


def test_committed_to_defeating_a_group_is_no_endorsement(read):
    reading = read("The Canadian government remains committed to defeating the Islamic State.")
    assert not [c for c in _codes(reading) if c.startswith("05")]
    kept = read("The minister said Canada remains committed to the peace agreement.")
    assert ("remains", "051") in _made(kept)  # a thing, not an act: still endorsed


def test_a_vow_to_sue_is_a_threat_not_cooperation(read):
    reading = read("Chavez vowed to sue the oil companies.")
    assert ("vowed", "130") in _made(reading)
    assert "030" not in _codes(reading)


def test_bringing_soldiers_back_is_a_withdrawal_not_aid(read):
    reading = read("The Canadian prime minister will bring the soldiers back from Afghanistan.")
    assert ("bring", "0874") in _made(reading)
    assert not [c for c in _codes(reading) if c.startswith("07")]


def test_undermining_an_alliance_cuts_no_relations(read):
    reading = read("Moscow undermines the European Union, the Polish president said.")
    assert not [c for c in _codes(reading) if c.startswith("16")]


def test_going_down_fighting_is_no_force(read_every):
    reading = read_every("The ruling party wanted to go down fighting.")
    assert not [c for c in _codes(reading) if c.startswith(("18", "19"))]


def test_witnesses_called_are_summoned_not_telephoned(read):
    reading = read("The Senate panels intend to call and subpoena a number of Pentagon witnesses.")
    assert ("call", "100") in _made(reading)
    assert not [c for c in _codes(reading) if c in {"036", "041"}]


def test_a_wish_of_ones_own_act_is_intent_not_appeal(read):
    reading = read("The Iranian president expressed his wish to restore ties with Saudi Arabia quickly.")
    assert ("expressed", "030") in _made(reading)
    assert "020" not in _codes(reading)


def test_a_medium_of_words_used_to_attack_makes_the_attack_words(read):
    reading = read("The senator has used Twitter to attack migrant groups.")
    assert ("attack", "111") in _made(reading)
    assert not [c for c in _codes(reading) if c.startswith("19")]
    armed = read("The militia used drones to attack the airport.")
    assert "111" not in _codes(armed)  # drones are no medium of words
