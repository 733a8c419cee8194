"""Round nineteen, modality: a hostile act pushed for is not done; a speaker's statement beside his
accusation is made, not alleged; a participle of result after a comma is not its head's negation.
Sentences written for these tests."""

from __future__ import annotations

from helpers import events_on


def test_an_act_pushed_for_is_not_done(read) -> None:
    expel = events_on(read("Opposition lawmakers in the Iraqi parliament have pushed to expel the Turkish ambassador."), "expel")
    assert expel and all(e.modality == "demanded" for e in expel), [(e.cameo, e.modality) for e in expel]


def test_an_act_pushed_for_with_its_infinitive_as_complement_is_not_done(read) -> None:
    oust = events_on(read("Iraqi lawmakers have pushed to oust American troops from the country."), "oust")
    assert oust and all(e.modality == "demanded" for e in oust), [(e.cameo, e.modality) for e in oust]


def test_a_statement_beside_an_accusation_is_made_not_alleged(read) -> None:
    reading = read("The Japanese prime minister accused the South Korean president of lying and said that Seoul "
                   "had shelled a Japanese vessel.")
    said = events_on(reading, "said")
    assert said and all(e.modality == "happened" for e in said), [(e.cameo, e.modality) for e in said]
    # what the statement charges stays the speaker's allegation
    shelled = events_on(reading, "shelled")
    assert shelled and all(e.modality == "alleged" for e in shelled), [(e.cameo, e.modality) for e in shelled]


def test_an_own_refusal_announced_beside_an_accusation_is_not_alleged(read) -> None:
    reading = read("President Donald Trump on Saturday accused Canadian Prime Minister Justin Trudeau of dishonesty "
                   "and said that the United States will not endorse the NATO communique.")
    endorse = [e for e in events_on(reading, "endorse") if e.cameo.startswith("12")]
    assert endorse and all(e.modality != "alleged" for e in endorse), [(e.cameo, e.modality) for e in endorse]


def test_a_participle_of_result_is_not_its_heads_negation(read) -> None:
    reading = read("Officials said Washington did not extend the sanctions waiver, forcing India to halt oil imports from Iran.")
    forcing = events_on(reading, "forcing")
    assert forcing and all(e.modality == "happened" for e in forcing), [(e.cameo, e.modality) for e in forcing]


def test_a_participle_of_manner_keeps_the_negation(read) -> None:
    reading = read("Israel did not attack the convoy using drones.")
    attack = events_on(reading, "attack")
    assert attack and all(e.modality == "negated" for e in attack), [(e.cameo, e.modality) for e in attack]
