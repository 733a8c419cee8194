"""Round 38 (captions38): photo captions and gallery titles scraped into a story's text.

A gallery repeats its label and title before every picture ("Photos: <title> <caption> … Photos:
<title> <caption>"): the title glued to a caption is no part of that caption's sentence, and an act
it names is not coded again with every picture. A picture's caption told in the present tense with
the picture's day and year, or with where its people stand in it (", second left,"), shows a moment,
not the news: it codes nothing. A past-tense sentence with the same marks is news and is kept.
Sentences written for these tests.
"""

from __future__ import annotations

GALLERY = (
    "Photos: Merkel visits Ghana Photos: Merkel visits Ghana Merkel visits Ghana – Crowds wave flags at the "
    "airport in Accra on Friday. Hide Caption 1 of 5 Photos: Merkel visits Ghana Merkel visits Ghana – Merkel "
    "speaks at a business forum in Accra. Hide Caption 2 of 5"
)


def _codes(reading) -> list[str]:
    return [event.cameo for event in reading.events]


def test_a_gallery_title_is_not_coded_with_each_caption(read):
    reading = read(GALLERY)
    assert not any(event.cameo.startswith("04") and "visits" in event.trigger for event in reading.events)


def test_a_gallery_title_is_found_from_its_repeated_label():
    from newsevents.events.captions import _title_spans

    line = "Photos: Floods in Kerala A family wades home. Photos: Floods in Kerala Rescuers carry a child."
    assert [line[a:b] for a, b in _title_spans(line)] == ["Floods in Kerala", "Floods in Kerala"]
    assert _title_spans("Photo: Jane Doe for the Daily Courier") == ()  # a lone credit is no gallery


def test_a_caption_dated_with_its_year_codes_nothing(read):
    caption = ("Canadian Trade Minister Anne Holt speaks after Parliament rejected her tariff plan, in "
               "Ottawa, Canada, March 3, 2021. REUTERS/John Roe")
    assert _codes(read(caption)) == []


def test_a_caption_of_two_leaders_meeting_codes_nothing_but_the_news_sentence_is_kept(read):
    caption = "Peru's president speaks with Chilean President Lopez in Santiago on March 3, 2021, after signing a trade pact."
    news = "Peru's president spoke with Chilean President Lopez in Santiago on March 3, 2021, after signing a trade pact."
    assert _codes(read(caption)) == []
    assert any(code.startswith("04") for code in _codes(read(news)))


def test_people_placed_in_a_picture_code_nothing(read):
    assert _codes(read("From left, Mendez, Okafor and Lindqvist sign a border agreement in Oslo.")) == []


def test_a_place_in_a_picture_in_the_past_tense_is_news(pipeline):
    from newsevents.events.captions import photo_caption

    nlp = pipeline.nlp
    standing = next(nlp("The mayor, left, greets the visiting minister at the airport in Lima.").sents)
    helped = next(nlp("A nurse, second left, is helped after falling when soldiers cleared a square in Lima today").sents)
    greeted = next(nlp("The mayor, left, greeted the visiting minister at the airport in Lima.").sents)
    far_right = next(nlp("The senator said members of the far right, including two lawmakers, attend the rally.").sents)
    assert photo_caption(standing) and photo_caption(helped)
    assert not photo_caption(greeted) and not photo_caption(far_right)


def test_a_date_that_names_a_known_event_is_no_pictures_day():
    from newsevents.events.captions import _picture_day

    assert _picture_day("Jane Holt speaks to reporters in Ottawa, Canada, March 3, 2021.")
    assert not _picture_day("Their ties go back to the Oct. 7, 1998, accord, when the two agencies began trading files.")
