"""Round thirty-two, modality: a departure told in the progressive by a statement is announced,
not done; a power a rule or a law grants is no act done; a forecast held certain ("will
inevitably") is no plan; a relative clause hedged by "who investigators say" is their account; a
bare verb after "requested X" is asked for; a readiness denied and coded as a refusal is a
refusal told, not negated twice; what a report called false tells is alleged. Sentences
written for these tests."""

from __future__ import annotations

from helpers import events_on


def _modalities(events) -> list[tuple[str, str]]:
    return [(e.cameo, e.modality) for e in events]


def test_a_withdrawal_announced_in_the_progressive_is_planned(read) -> None:
    withdrawing = events_on(read("The defence minister announced on Monday that Canada was withdrawing its soldiers from Mali."),
                            "withdrawing")
    assert withdrawing and all(e.modality == "planned" for e in withdrawing), _modalities(withdrawing)


def test_a_departure_said_in_the_progressive_is_planned_as_with_would(read) -> None:
    said = read("Canada's defence minister said Ottawa was pulling out its soldiers from Mali.")
    pulling = [e for e in events_on(said, "pulling") if e.cameo.startswith("087")]
    assert pulling and all(e.modality == "planned" for e in pulling), _modalities(pulling)


def test_a_departure_told_as_done_stays_happened(read) -> None:
    withdrew = events_on(read("Canada withdrew its soldiers from Mali, the defence minister said."), "withdrew")
    assert withdrew and all(e.modality == "happened" for e in withdrew), _modalities(withdrew)


def test_an_act_a_decree_lets_a_government_do_is_not_done(read) -> None:
    reading = read("Erdogan is relying on an emergency decree that lets the government withdraw from the Council of Europe.")
    withdraw = events_on(reading, "withdraw")
    assert not any(e.modality in {"happened", "planned"} for e in withdraw), _modalities(withdraw)


def test_a_forecast_held_certain_is_no_plan(read) -> None:
    attack = events_on(read("The Syrian army will inevitably attack the rebel towns."), "attack")
    assert not any(e.modality in {"happened", "planned"} for e in attack), _modalities(attack)


def test_an_act_investigators_say_a_suspect_did_is_alleged(read) -> None:
    # the suspect has a code: an uncoded one is no doer we can store (events/sources.py reads the
    # relative's noun, not the investigators, as the one who carried out the attack)
    reading = read("The court in Nairobi heard from relatives of two Somali militants, who investigators say carried out "
                   "the deadly attack on the Israeli embassy.")
    attack = events_on(reading, "attack")
    assert attack and all(e.modality == "alleged" for e in attack), _modalities(attack)


def test_a_bare_verb_after_requested_someone_is_asked_for(read) -> None:
    refuse = events_on(read("The Kremlin requested Peskov refuse to comply with the court order."), "refuse")
    assert refuse and all(e.modality == "demanded" for e in refuse), _modalities(refuse)


def test_a_readiness_denied_is_a_refusal_told(read) -> None:
    reading = read("Seoul said it was not willing to cooperate with Tokyo on the inquiry.")
    refusal = [e for e in reading.events if e.cameo.startswith("12")]
    assert refusal and all(e.modality == "happened" for e in refusal), _modalities(reading.events)
    cooperate = [e for e in events_on(reading, "cooperate") if e.cameo == "050"]
    assert cooperate and all(e.modality == "negated" for e in cooperate), _modalities(cooperate)


def test_a_refusal_word_negated_stays_negated(read) -> None:
    refuse = [e for e in events_on(read("Iran did not refuse to negotiate with Washington."), "refuse") if e.cameo.startswith("12")]
    assert refuse and all(e.modality == "negated" for e in refuse), _modalities(refuse)


def test_what_a_report_called_false_tells_is_alleged(read) -> None:
    bombed = events_on(read("Reports that Russian jets bombed the hospital in Idlib are false."), "bombed")
    assert bombed and all(e.modality == "alleged" for e in bombed), _modalities(bombed)
    reading = read("A Guardian report that Erdogan threatened to expel the Dutch ambassador was inaccurate.")
    threatened = events_on(reading, "threatened")
    assert threatened and all(e.modality == "alleged" for e in threatened), _modalities(threatened)


def test_what_a_report_not_disputed_tells_stays_as_told(read) -> None:
    reading = read("A Guardian report that Erdogan threatened to expel the Dutch ambassador was published on Monday.")
    threatened = events_on(reading, "threatened")
    assert threatened and all(e.modality == "happened" for e in threatened), _modalities(threatened)
