"""Verbs of criticism the lexicon lacked (verb_codes.txt, 111): words against someone told as a
blow with a preposition ("lashed out at", "hit out at", "railed against") or as a name
("vilified"). They are criticism, not force ("hit" alone stays force) and not nothing. Sentences
from articles of the news corpus."""

from helpers import coded


def test_vilified_the_press_is_criticism_of_it(read):
    found = coded(read("For the second consecutive year, President Donald Trump vilified the American press at a "
                       "campaign-style rally orchestrated to effectively counterprogram an annual dinner in Washington, D.C."))
    assert ("111", "USAGOV", "USAMED") in found, found


def test_railed_against_a_practice_is_criticism(read):
    found = coded(read("Obama railed against the agency’s use of torture and secret prisons during the Bush administration, "
                       "and shuttered the detention program during his first week in office."))
    assert ("111", "USAGOV", None) in found, found


def test_lashed_out_at_a_report_is_criticism_with_no_one_named(read):
    found = coded(read('Trump lashed out at the report on Wednesday, tweeting: "The New York Times reporting is false."'))
    assert ("111", "USAGOV", None) in found, found


def test_hit_out_at_is_criticism_not_force(read):
    found = coded(read("FILE PHOTO: North Korean ambassador to the United Nations Kim Song speaks during a news conference "
                       "in New York, U.S., October 7, 2019. Kim Song also hit out at a statement this week from EU members "
                       "of the U.N. Security Council criticizing recent short range launches by North Korea, calling it a "
                       "“serious provocation” and saying they were playing the role of “pet dog” of the United States."))
    assert any(code == "111" and source == "PRKGOV" for code, source, _ in found), found
    assert not any(code.startswith(("18", "19")) for code, _, _ in found), found


def test_hit_alone_stays_force(read):
    found = coded(read("As Israeli planes hit targets in Syria for the second time in three days, some Republicans on Sunday "
                       "ramped up their calls for President Obama to take stronger measures against the Assad regime."))
    assert any(code.startswith("19") and source == "ISR" for code, source, _ in found), found
    assert not any(code == "111" and source == "ISR" for code, source, _ in found), found
