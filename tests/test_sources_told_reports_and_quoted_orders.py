"""Who does the act, round 43: the one who tells a report is not the doer of an act inside it that
the parse left without a subject. A quoted order ("'Lift the blockade,' he told reporters") is
done by the one ordered; a reported clause whose subject is a clause ("'Sending troops would
provoke Moscow,' the senator said") or that the parse hung on a preposition ("said that in a few
cases villagers had been hurt or killed in the raids") tells another's act. A clipped report with a finite
verb ("tweeted: just spoke with Xi") is still the teller's own (sentences and parses written for
these tests)."""

from __future__ import annotations

from helpers import events_on, hand_parsed, source_codes

_LEMMAS = {"said": "say", "tweeted": "tweet", "told": "tell", "spoke": "speak", "killed": "kill",
           "provoke": "provoke", "sending": "send"}


def _context(words, heads, deps, tags, pos, named):
    return hand_parsed(words, heads, deps, tags, pos, named, _LEMMAS)


def test_a_quoted_order_is_not_done_by_the_one_who_gives_it(read):
    reading = read('"Lift the blockade on the port," Erdogan told reporters in Ankara on Tuesday.')
    assert all(event.source is None or event.source.code != "TURGOV" for event in events_on(reading, "Lift"))
    reading = read('"Free the detained reporters immediately," Amnesty International said in a statement.')
    assert all(event.source is None for event in events_on(reading, "Free"))


def test_a_report_with_a_clause_for_its_subject_is_not_the_tellers_act():
    # "'Sending troops would provoke Moscow,' the senator said": the sending would provoke, not the senator
    doc, context = _context(["Sending", "troops", "would", "provoke", "Moscow", ",", "the", "senator", "said"],
                            [3, 0, 3, 8, 3, 8, 7, 8, 8],
                            ["csubj", "dobj", "aux", "ccomp", "dobj", "punct", "det", "nsubj", "ROOT"],
                            ["VBG", "NNS", "MD", "VB", "NNP", ",", "DT", "NN", "VBD"],
                            ["VERB", "NOUN", "AUX", "VERB", "PROPN", "PUNCT", "DET", "NOUN", "VERB"],
                            {4: ("RUS", None), 7: ("USA", "LEG")})
    assert source_codes(doc, 3, context) == []


def test_a_report_hung_on_a_preposition_is_not_the_tellers_act():
    # "Officials said that in few cases villagers had been hurt or killed in the raids", the parse
    # hanging the report on "in" and "killed" on "in": whoever raided killed, not the officials
    doc, context = _context(["Officials", "said", "that", "in", "few", "cases", ",", "killed", "in", "raids"],
                            [1, 1, 3, 1, 5, 3, 3, 3, 7, 8],
                            ["nsubj", "ROOT", "mark", "ccomp", "amod", "pobj", "punct", "pcomp", "prep", "pobj"],
                            ["NNS", "VBD", "IN", "IN", "JJ", "NNS", ",", "VBN", "IN", "NNS"],
                            ["NOUN", "VERB", "SCONJ", "ADP", "ADJ", "NOUN", "PUNCT", "VERB", "ADP", "NOUN"],
                            {0: ("USA", "GOV")})
    assert source_codes(doc, 7, context) == []


def test_a_clipped_report_with_a_finite_verb_stays_the_tellers():
    # "Trump tweeted: just spoke with Xi": he spoke
    doc, context = _context(["Trump", "tweeted", ":", "Just", "spoke", "with", "Xi"],
                            [1, 1, 1, 4, 1, 4, 5],
                            ["nsubj", "ROOT", "punct", "advmod", "ccomp", "prep", "pobj"],
                            ["NNP", "VBD", ":", "RB", "VBD", "IN", "NNP"],
                            ["PROPN", "VERB", "PUNCT", "ADV", "VERB", "ADP", "PROPN"],
                            {0: ("USA", "GOV"), 6: ("CHN", "GOV")})
    assert source_codes(doc, 4, context) == ["USAGOV"]
