"""Who did it, round nineteen: the wrong-source classes judges found in the stored events
(bench/data/precision_sample_seed*.jsonl), each on sentences written for these tests. A listed
outlet's or body's name inside a longer proper name is not that outlet; "pro-X" names a patron, not
the group's owner; a group inside a coded body is that body's; "they" is first a group named by a
plural noun; "it" in the next sentence is first the main clause's subject; "he" after a clause naming
two persons is left unresolved; a later short form of a long name is that person; bare "the
administration" is the story's leading country's."""

from __future__ import annotations


def pronoun_actor(reading, word: str):
    """The actor the first mention of a pronoun stands for (None if it was left unresolved)."""
    return next((m.actor for m in reading.mentions if m.text == word and m.label == "pronoun"), None)


def source_of(reading, trigger: str):
    return next(e.source for e in reading.events if e.trigger.split(" … ")[-1] == trigger)


# --- a listed name inside a longer proper name ----------------------------------------------------
def test_a_listed_outlet_inside_a_longer_party_name_is_not_the_outlet(read):
    reading = read("Spain's Golden Dawn, a far-right party, criticised the prime minister on Monday.")
    assert not any(m.actor.kind == "outlet" for m in reading.mentions), [(m.text, m.actor) for m in reading.mentions]
    assert any(m.text == "Golden Dawn" for m in reading.mentions)


def test_a_listed_outlet_alone_is_still_the_outlet(read):
    reading = read("The Pakistani newspaper Dawn reported that the army had detained three journalists.")
    assert any(m.actor.kind == "outlet" and m.actor.country == "PAK" for m in reading.mentions)


# --- pro-X names a patron; a faction inside a body is the body's ----------------------------------
def test_a_pro_country_faction_in_a_parliament_is_of_that_parliament(read):
    reading = read("Pro-Turkish factions in the Libyan Parliament have demanded the expulsion of the Egyptian ambassador.")
    source = source_of(reading, "demanded")
    assert source is not None and source.code == "LBYLEG", source


def test_pro_country_militias_are_not_of_the_embassy_they_attack(read):
    reading = read("Pro-Iranian militias attacked the British embassy with rockets on Sunday.")
    source = source_of(reading, "attacked")
    assert source is None or source.country not in {"IRN", "GBR"}, source


# --- pronouns -------------------------------------------------------------------------------------
def test_they_is_first_a_group_named_by_a_plural_noun(read):
    reading = read("Chancellor Scholz rebuked his own trade officials on Monday for being soft on China "
                   "a day after they contradicted the cabinet's forecasts.")
    actor = pronoun_actor(reading, "they")
    assert actor is not None and actor.country == "DEU" and actor.kind == "group", actor


def test_it_in_the_next_sentence_is_the_main_clause_subject(read):
    reading = read("The Malian army told reporters it had detained the president, and that his government "
                   "had been dissolved. It pledged to hold elections within a year.")
    actor = pronoun_actor(reading, "It")
    assert actor is not None and actor.code == "MLIMIL", actor


def test_he_after_a_clause_naming_two_men_is_left_unresolved(read):
    reading = read("Staff Sgt. Daniel Korver was wounded in Helmand in 2011.\n\n"
                   "President Obama had met Korver before he deployed, the White House said.")
    actor = pronoun_actor(reading, "he")
    assert actor is None, actor


def test_he_after_a_clause_naming_one_man_is_still_him(read):
    reading = read("Defense Secretary Lloyd Austin visited the base before he flew to Baghdad on Monday.")
    actor = pronoun_actor(reading, "he")
    assert actor is not None and actor.name == "Lloyd Austin", actor


def test_a_later_short_form_of_a_long_name_is_that_person(read):
    reading = read("Gen. Ahmed Ibn Salah, Chad's defense minister, announced the president's arrest on Thursday.\n\n"
                   "Ibn Salah also declared that the constitution would be suspended.")
    actor = next(m.actor for m in reading.mentions if m.text == "Ibn Salah")
    assert actor.name == "Ahmed Ibn Salah" and actor.country == "TCD", actor


# --- bare "the administration" --------------------------------------------------------------------
def test_bare_administration_is_the_leading_countrys(read):
    # the US named three times, Iran twice: it leads, if not twice over
    reading = read("The United States sent Patriot missile batteries to the Gulf on Monday. The U.S. said the "
                   "batteries would protect American troops. Iran condemned the deployment.\n\n"
                   "Analysts said the administration's decision had angered Iran.")
    actor = next(m.actor for m in reading.mentions if m.text == "the administration")
    assert actor.country == "USA", actor
