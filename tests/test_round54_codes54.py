"""Round 54 (codes54): a word's sense that PETRARCH's dictionary codes with the wrong root.

- "die" has no bare default (weak_dictionary_verbs.txt): the one who dies is no doer of force,
  while a death "in a firefight" or "in clashes" keeps the block's pattern;
- an assurance that names no conduct ("tried to reassure Americans") is no praise (051,
  `senses._comforts`), while one whose clause says what will be done stays an intent (030);
- someone faced or confronted with no matter named is no consultation (040), while "confront X
  on Y" stays a challenge in words (111);
- a message or a letter sent consults no one (040, `senses._sends_words`), while a warning
  message sent stays a threat (130).

Every sentence here was written for these tests."""

from helpers import events_on


def test_a_woman_who_died_in_hospital_does_no_force(read):
    assert events_on(read("The toll rose after a woman died at a hospital in Ankara."), "died") == []


def test_a_death_in_a_firefight_keeps_the_fighting(read):
    [death] = events_on(read("Two soldiers died in a firefight with rebels in the north."), "died")
    assert death.cameo == "193"


def test_reassuring_the_public_is_no_praise(read):
    reading = read("Obama tried to reassure Americans who were worried about the surveillance program.")
    assert all(e.cameo[:2] != "05" for e in events_on(reading, "reassure"))


def test_an_assurance_of_what_will_be_done_stays_an_intent(read):
    reading = read("Merkel reassured the Polish president that Germany would keep the gas pipeline open.")
    assert [e.cameo for e in events_on(reading, "reassured")] == ["030"]


def test_soldiers_confronting_a_leader_consult_no_one(read):
    reading = read("Weeks later a large group of soldiers confronted the prime minister in his office.")
    assert events_on(reading, "confronted") == []


def test_willing_to_confront_moscow_is_no_meeting(read_every):
    reading = read_every("The decision shows that Paris is increasingly willing to confront Moscow.")
    assert all(e.cameo[:2] != "04" for e in reading.events)


def test_confronting_a_leader_on_a_matter_stays_criticism(read):
    reading = read("G7 leaders used the summit to confront the American president on the tariffs.")
    assert [e.cameo for e in events_on(reading, "confront")] == ["111"]


def test_a_message_sent_consults_no_one(read):
    assert events_on(read("Congress has sent a message to Beijing."), "sent") == []


def test_a_message_of_condolence_sent_consults_no_one(read):
    assert events_on(read("North Korea sent a message of condolence to South Korea."), "sent") == []


def test_a_warning_message_sent_stays_a_threat(read):
    [warning] = events_on(read("China sent a warning message to Taiwan."), "sent")
    assert warning.cameo == "130"


def test_an_envoy_sent_stays_a_visit(read):
    [visit] = events_on(read("China sent an envoy to Taiwan."), "sent")
    assert visit.cameo == "042"
