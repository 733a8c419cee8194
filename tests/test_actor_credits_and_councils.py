"""Actor identity beside the story's own actors: photo credits name no actor; a nation's National
Security Council is its government's, not the UN's; a US state's governor is American even where
the state shares its name with a country; lawyers for a government act for it; in "U.S. and
Afghan officials" the officials are Afghan (the United States is named on its own)."""

from helpers import actor_of, coded, events_on


def test_a_photo_credit_before_a_sentence_names_no_actor(read):
    text = ("The president spoke in the Rose Garden on Friday. Susan Walsh/AP "
            "Trump accused China of stealing trade secrets.")
    reading = read(text)
    assert not any("Walsh" in m.text for m in reading.mentions)
    assert coded(reading) == [("112", "USAGOV", "CHN")]


def test_the_agency_after_a_credit_is_no_title_of_the_next_name(read):
    reading = read("Kevin Lamarque/Reuters Trump accused China of stealing trade secrets.")
    assert actor_of(reading, "Trump").code == "USAGOV"  # not a Reuters journalist (GBRMED)
    assert not any(m.text.startswith("Kevin") for m in reading.mentions)


def test_a_credit_written_agency_first_names_no_actor(read):
    reading = read("Pompeo spoke in Cairo. (AP Photo/Jacquelyn Martin) He criticized Iran on Monday.")
    assert not any("Martin" in m.text for m in reading.mentions)
    assert coded(reading) == [("111", "USAGOV", "IRN")]


def test_a_slash_with_no_agency_is_no_credit(read):
    reading = read("The Israeli/Palestinian talks resumed. Netanyahu criticized Abbas on Sunday.")
    assert actor_of(reading, "Netanyahu").code == "ISRGOV"


def test_the_white_house_national_security_council_is_the_us_government(read):
    reading = read("The White House National Security Council urged Trump to expel Russian diplomats.")
    council = actor_of(reading, "Security Council")
    assert (council.name, council.code) == ("National Security Council", "USAGOV")


def test_another_nations_security_council_is_its_government(read):
    reading = read("Turkey's National Security Council recommended extending the state of emergency.")
    assert actor_of(reading, "Security Council").code == "TURGOV"


def test_the_bare_security_council_is_still_the_uns(read):
    reading = read("The Security Council condemned North Korea's missile launch on Monday.")
    assert coded(reading) == [("111", "IGOUNO", "PRK")]


def test_a_georgia_governor_is_the_us_state_s(read):
    reading = read("Georgia Gov. Brian Kemp criticized the health department on Tuesday.")
    assert actor_of(reading, "Brian Kemp").code == "USAGOV"


def test_a_georgia_secretary_of_state_is_the_us_state_s(read):
    reading = read("The Georgia secretary of state, Brad Raffensperger, rejected the demand on Friday.")
    assert actor_of(reading, "Brad Raffensperger").code == "USAGOV"


def test_the_country_georgias_president_stays_georgian(read):
    reading = read("Georgia's President Salome Zourabichvili accused Russia of meddling.")
    assert coded(reading) == [("112", "GEOGOV", "RUS")]


def test_lawyers_for_the_administration_act_for_the_government(read):
    reading = read("Lawyers for the Trump administration asked a federal appeals court to block the ruling.")
    assert [e.source.code for e in events_on(reading, "asked")] == ["USAGOV"]


def test_administration_attorneys_are_government_not_judiciary(read):
    reading = read("Administration attorneys urged the judge to dismiss the lawsuit on Thursday.")
    assert actor_of(reading, "Administration attorneys").role == "GOV"


def test_defense_lawyers_are_no_judiciary(read):
    # (round 39: a defence lawyer pleads for the accused before a court, it is no court or
    # prosecutor; the judges of the precision draws read CAMEO's JUD as judges and courts)
    reading = read("Defense lawyers urged the judge to dismiss the case on Thursday.")
    assert not any(m.actor.role == "JUD" for m in reading.mentions if "lawyers" in m.text)
    assert actor_of(reading, "the judge").role == "JUD"


def test_officials_named_after_another_country_are_their_own_country(read):
    reading = read("U.S. and Afghan officials have reached an agreement on a security pact.")
    assert ("032", "USA", "AFGGOV") in coded(reading)


def test_companies_placed_in_two_countries_are_not_the_story_s(read):
    text = ("The State Department said Washington would keep pressing Pyongyang. U.S. officials met in "
            "Washington. The U.S. Treasury has accused companies in Malaysia and Thailand of helping "
            "North Korea evade sanctions.")
    reading = read(text)
    companies = [e.target for e in events_on(reading, "accused")]
    assert companies and companies[0] is not None and companies[0].country != "USA"


def test_officials_from_a_named_country_are_its_own(read):
    text = ("The White House said the talks went well. Washington hosted the meeting. "
            "On Friday, Pompeo criticized officials from Mexico.")
    reading = read(text)
    assert [e.target.code for e in events_on(reading, "criticized") if e.target] == ["MEXGOV"]


def test_an_indefinite_newspaper_is_not_the_wire_in_the_dateline(read):
    reading = read("TAMPA, Fla. (Reuters) - President Donald Trump on Monday disputed a newspaper's "
                   "report of his call with the Mexican president.")
    assert actor_of(reading, "Reuters").code == "GBRMED"
    assert all(e.target is None or e.target.name != "Reuters" for e in events_on(reading, "disputed"))
