"""The wrong entity in the target slot (issue 12, round 25), on sentences written for these tests:
a target's companions are those of its mention in the event's own phrase; the party an appeal or a demand asks ("called on X to", "appealed to X to") is its target, not
whom the act asked for is aimed at; one asked that we cannot code makes no record aimed at the
asked-for act's target; and one warned or advised to act (or not to) is that act's doer."""

from __future__ import annotations

from helpers import coded


def test_a_target_named_with_others_elsewhere_gives_them_no_event(read):
    # the strikes' target is the Mali of their own phrase, not the "Mali and Niger" captured
    found = coded(read("Militants captured towns in Mali and Niger, and France carried out air strikes on Mali last week."))
    strikes = {target for code, source, target in found if code.startswith("19") and source == "FRA"}
    assert strikes == {"MLI"}, found


def test_the_party_called_on_is_the_appeals_target(read):
    found = coded(read("The Israeli prime minister called on Washington to use the negotiations as leverage "
                       "to force Iran to stop enriching uranium."))
    appeals = {target for code, source, target in found if code.startswith("02") and source == "ISRGOV"}
    assert appeals and "IRN" not in appeals and all(t and t.startswith("USA") for t in appeals), found


def test_the_party_appealed_to_is_the_appeals_target(read):
    found = coded(read("Opposition leaders appealed to the United Nations to pressure Venezuela to release political prisoners."))
    appeals = {target for code, _, target in found if code.startswith("02")}
    assert appeals == {"IGOUNO"}, found


def test_an_order_to_a_body_we_cannot_code_is_not_aimed_at_what_it_asks_for(read):
    found = coded(read("Republican senators urged the US attorney general to order the bureau to demand "
                       "that China hand over the hackers."))
    assert not any(code.startswith("10") and target == "CHN" for code, _, target in found), found


def test_whom_a_warning_tells_not_to_act_is_the_doer_of_that_act(read_every):
    # a hypothetical act: read so (read_every), left out of the default store (round 35)
    # object control, as with "urged X to": the one warned would call, not the senators who warn
    found = coded(read_every("Republican senators have warned the president not to call for the resignation of the FBI director."))
    appeals = [(source, target) for code, source, target in found if code.startswith("02")]
    assert appeals and all(source == "USAGOV" for source, _ in appeals), found
