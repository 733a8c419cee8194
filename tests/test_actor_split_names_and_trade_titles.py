"""A name the recogniser split at a lower-case particle is one person's, without the title before
it ("King Salman | bin Abdulaziz Al Saud" is the Saudi king, not a nameless official of the
story's country); a trade representative is in government, not a legislator. Sentences written
for these tests."""

from __future__ import annotations


def test_a_name_split_at_bin_is_one_person_of_his_own_country(read):
    text = ("The US secretary of state flew to Riyadh on Monday. There he met King Salman bin Abdulaziz "
            "Al Saud to discuss shipping in the Gulf, the State Department said.")
    reading = read(text)
    king = next(m for m in reading.mentions if "Abdulaziz" in m.text)
    assert king.text == "Salman bin Abdulaziz Al Saud" and king.actor.code == "SAUGOV", (king.text, king.actor)


def test_a_title_before_a_split_name_stays_out_of_it(read):
    text = "Dutch officials said Prime Minister Mark van der Berg would travel to Brussels on Friday."
    names = [m.text for m in read(text).mentions if "Berg" in m.text]
    assert names and all(not n.startswith("Prime") for n in names), names


def test_a_trade_representative_is_in_government(read):
    text = "U.S. Trade Representative Katherine Tai met Chinese Vice Premier Liu He in Geneva on Friday."
    tai = next(m.actor for m in read(text).mentions if m.text.endswith("Katherine Tai"))
    assert tai.code == "USAGOV", tai
