"""Tone like GDELT's AvgTone: positive minus negative words, in percent of all words."""

from __future__ import annotations

from newsevents.tone import document_tone, measure, sentence_tone


def test_violence_reads_negative():
    assert sentence_tone("Police killed 12 protesters and wounded dozens more in clashes in the capital.") < -10


def test_an_agreement_reads_positive():
    assert sentence_tone("The two leaders signed a peace agreement and pledged to strengthen cooperation.") > 10


def test_inflected_news_words_count():
    assert sentence_tone("Two soldiers were wounded and their base was bombed overnight.") < 0


def test_negation_turns_a_word_over():
    assert sentence_tone("The talks were successful.") > 0
    assert sentence_tone("The talks were not successful.") < 0


def test_a_lack_of_turns_its_whole_phrase_over():
    # VADER's own rules score this +0.89 (see FINDINGS): "faith", "ability", "protect" read positive.
    text = ("The visit reflects a \"lack of faith in the ability or the intent of the United States to "
            "protect Israel's security interests.\"")
    assert sentence_tone(text) < 0


def test_names_carry_no_tone():
    assert sentence_tone("The United Nations Security Council met in Geneva on Monday.") == 0


def test_tone_is_a_percentage_of_words():
    tone = measure("The talks were successful.")
    assert (tone.words, tone.positive, tone.negative) == (4, 25.0, 0.0)
    assert tone.tone == tone.positive - tone.negative and tone.polarity == 25.0


def test_document_tone_stays_within_gdelt_bounds():
    text = ("Rebels shelled the city overnight, killing at least 20 civilians, officials said.\n\n"
            "Aid agencies warned of a worsening humanitarian crisis as thousands fled.\n\n"
            "The United Nations called for an immediate ceasefire and the resumption of peace talks.")
    tone = document_tone(text)
    assert -100 <= tone < 0
    assert document_tone("") == 0.0
    assert document_tone("terrible") == -100.0


def test_the_bounded_look_back_decides_sentence_starts_as_the_whole_text_does():
    """Names (capitalised inside a sentence) are told from sentence starts by looking back a
    bounded stretch, not the whole text before each word (quadratic: 53,600 words took 60 s)."""
    import random

    from conftest import SEED

    from newsevents.tone import SENTENCE_START, WORD, _starts_sentence

    seed = SEED.read_text(encoding="utf-8")
    randomly = random.Random(15)
    pieces = ["A", "b", " ", "\n", ".", '"', "“", "‘", "'", ":", "\t", "Word", "   ", "\n\n", "!", "\u00a0", " " * 90]
    texts = [seed * 3] + ["".join(randomly.choice(pieces) for _ in range(randomly.randint(0, 60))) for _ in range(3000)]
    for text in texts:
        for match in WORD.finditer(text):
            whole = SENTENCE_START.search(text[: match.start()]) is not None
            assert _starts_sentence(text, match.start()) == whole, (text[: match.start()][-100:], match.group())


def test_tone_of_a_long_document_equals_the_unbounded_rule(monkeypatch):
    from conftest import SEED

    import newsevents.tone as tone_module

    text = "\n\n".join([SEED.read_text(encoding="utf-8")] * 10)  # ~3,900 words, many names
    bounded = measure(text)
    monkeypatch.setattr(tone_module, "_starts_sentence",
                        lambda t, start: tone_module.SENTENCE_START.search(t[:start]) is not None)
    assert measure(text) == bounded
    assert bounded.words > 3500 and bounded.polarity > 0
