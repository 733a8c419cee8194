"""An event noun of an act done to a person takes no doer from its possessive: "Epstein's
conviction", "Mr. Strzok's dismissal" are done to Epstein and Strzok (undergone_nouns.txt); with
an "of" phrase the possessive is the doer again ("China's detention of … Uyghurs"). Sentences
from real articles (the precision draws' and the news corpus)."""

from __future__ import annotations

import pytest


# each after the article's sentence that says who the person is (a surname alone is coded only so)
@pytest.mark.parametrize("text, undergoer", [
    ("The president cited reports that FBI investigator Peter Strzok, who led the agency’s email probe that "
     "ultimately cleared Hillary Clinton, was removed from Mr. Mueller’s Russia investigation for exchanging text "
     "messages with Lisa Page, a top FBI lawyer with whom he was having an extramarital affair. Mr. Nunes said the "
     "agencies suddenly became more forthcoming with some information his panel had sought when Mr. Strzok’s dismissal was reported over "
     "the weekend.", "Strzok"),
    ("Prince Andrew, who is the Queen's third child, has been facing questions for several months over his ties "
     "to Epstein, a 66-year-old American financier who took his own life while awaiting trial on sex-trafficking "
     "charges. In 2010, the prince was photographed walking with Epstein in New York's Central Park - two years "
     "after Epstein's conviction for soliciting a minor for prostitution.", "Epstein"),
])
def test_the_possessive_of_an_undergone_act_is_not_its_doer(read, text, undergoer):
    reading = read(text)
    assert not any(e.source is not None and e.source.name.endswith(undergoer) for e in reading.events)


def test_the_possessive_with_an_of_phrase_is_the_doer(read):
    reading = read("China Daily article from March that appeared on the Journal's website described China's detention "
                   "of more than one million Muslim Uyghurs in Xinjiang reeducation camps as a \"law-based campaign of "
                   "de-radicalization.\"")
    assert any(e.trigger == "detention" and e.source is not None and e.source.code == "CHN" for e in reading.events)
