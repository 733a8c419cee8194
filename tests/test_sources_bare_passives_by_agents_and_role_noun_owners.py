"""Who does an event (round 34, events/sources.py and participants.py), on sentences written for
these tests after the judged sources of draws 40-53: a passive with its "were" or "have been"
left out ("more than 1,200 people killed") makes its subject the one harmed, never the doer; the
"by" agent of a participle of seeing, obtaining or asking on a thing ("a draft seen by Reuters",
"reforms demanded by the IMF") is not its maker; a person named before a role noun ("a Putin
adviser") or counted out of ("seven of Trump's aides") is someone of theirs, not the person; a
gerund after "in addition to X" or "despite X" is X's act; and a participle after the "and" of
"between A and B" is no verb of the clause's subject ("between the president and ousted X")."""

from __future__ import annotations

from helpers import coded, hand_parsed, source_codes


def _sources(reading) -> list[str | None]:
    return [event.source.code if event.source else None for event in reading.events]


def test_the_killed_in_a_list_after_a_passive_are_no_doers(read):
    found = coded(read("Supporters of the ousted leader have faced a harsh crackdown; at least 9,000 people "
                       "have been detained and more than 1,200 people killed."))
    assert all(source != "CVL" for code, source, _ in found if code.startswith(("18", "19"))), found


def test_the_killed_beside_other_losses_are_no_doers(read):
    found = coded(read("The inquiry concludes that poor planning in Libya led to millions squandered, more than 300 "
                       "French soldiers killed and a fractured country left behind."))
    assert all(source != "FRAMIL" for code, source, _ in found if code.startswith(("18", "19"))), found


def test_a_headline_passive_of_killing_names_no_killer(read):
    found = coded(read("Police officer and gunmen killed in raid on bank in Quetta"))
    assert all(not code.startswith(("18", "19")) for code, _, _ in found), found


def test_who_saw_a_draft_did_not_write_it(read):
    reading = read("A draft statement seen by Reuters condemned the attacks on Saudi oil facilities.")
    assert all(not (source or "").endswith("MED") for source in _sources(reading)), coded(reading)


def test_who_obtained_a_resolution_did_not_offer_it(read):
    reading = read("A draft resolution obtained by Bloomberg offered only a mild rebuke of the armed groups in the region.")
    assert all(not (source or "").endswith("MED") for source in _sources(reading)), coded(reading)


def test_a_person_named_before_a_role_noun_is_not_the_doer(read):
    found = coded(read("A senior Putin adviser condemned the new sanctions."))
    assert found and all(source == "RUSGOV" for _, source, _ in found), found
    reading = read("A senior Putin adviser condemned the new sanctions.")
    assert all(event.source is None or event.source.name != "Putin" for event in reading.events), coded(reading)


def test_some_of_a_leaders_aides_are_not_the_leader(read):
    for text, leader in [("Six of Netanyahu’s 15 most trusted advisers, including Cohen, have resigned, been dismissed "
                          "or been moved.", "Netanyahu"),
                         ("Five of Erdogan’s nine closest ministers, including Yildirim, have resigned.", "Erdogan")]:
        reading = read(text)
        assert all(event.source is None or event.source.name.split()[-1] != leader for event in reading.events), \
            [(event.cameo, event.source) for event in reading.events]


def test_a_gerund_after_in_addition_to_is_its_named_subjects_act():
    # "Trump noted that in addition to North Korea committing to denuclearization, he had secured a
    # promise": the gerund's subject is the object of "to", not the speaker
    words = ["Trump", "noted", "that", "in", "addition", "to", "North", "Korea", "committing", "to",
             "denuclearization", ",", "he", "had", "secured", "a", "promise", "."]
    heads = [1, 1, 14, 14, 3, 4, 7, 5, 14, 8, 9, 14, 14, 14, 1, 16, 14, 1]
    deps = ["nsubj", "ROOT", "mark", "prep", "pobj", "prep", "compound", "pobj", "advcl", "prep", "pobj", "punct",
            "nsubj", "aux", "ccomp", "det", "dobj", "punct"]
    tags = ["NNP", "VBD", "IN", "IN", "NN", "IN", "NNP", "NNP", "VBG", "IN", "NN", ",", "PRP", "VBD", "VBN", "DT",
            "NN", "."]
    pos = ["PROPN", "VERB", "SCONJ", "ADP", "NOUN", "ADP", "PROPN", "PROPN", "VERB", "ADP", "NOUN", "PUNCT", "PRON",
           "AUX", "VERB", "DET", "NOUN", "PUNCT"]
    doc, context = hand_parsed(words, heads, deps, tags, pos, {0: ("USA", "GOV"), 7: ("PRK", None)},
                               {"noted": "note", "committing": "commit", "secured": "secure", "had": "have"})
    assert source_codes(doc, 8, context) == ["PRK"], source_codes(doc, 8, context)


def test_the_second_party_after_between_is_not_ousted_by_the_subject(read):
    found = coded(read("The senators on the Senate Judiciary Committee threatened to subpoena the Justice Department "
                       "for records on talks between the president and ousted CIA Director John Brennan."))
    assert all(not code.startswith("17") for code, _, _ in found), found
