"""Word senses (round 39): everyday senses the judged draws of seeds 48-63 read as political acts.
A disposition shown asks nothing (no appeal, 02x); "appealing" said of an office is "attractive"
(no appeal); a struggle whose doers are bodies of words (a party, a legislature) is no war (19x);
pushing for exports is trade promotion (no demand, 100); spying is no inquiry (090); demanding a
document's release is a demand (100), no release of persons (1053); a campaign named "anti-"
something is no appeal (020); nagging someone to act is a demand (100), no dissent (140); a cold
reception faced hosts no visit (043); people led about by police are public order (no alert,
15x); matters "surrounding" a thing are what it concerns (no force); a view conceded yields nothing
(08x); grappling with a strategy signs nothing (057); crowds flocking somewhere consult no one
(040). Sentences written for these tests."""

from __future__ import annotations


def _made(reading) -> list[tuple[str, str]]:
    return [(e.trigger, e.cameo) for e in reading.events]


def _codes(reading) -> list[str]:
    return [e.cameo for e in reading.events]


def test_a_disposition_shown_is_no_appeal(read):
    reading = read("On Friday, Venezuela showed openness to the Brazilian proposals.")
    assert not [c for c in _codes(reading) if c.startswith("02")]


def test_an_office_appealing_to_someone_is_attractive(read):
    reading = read("It explained why Erdogan was useful to Putin, but not why Putin's presidency was appealing to Erdogan.")
    assert not [c for c in _codes(reading) if c.startswith("02")]


def test_a_party_fighting_a_ministry_is_no_war(read):
    reading = read("Democrats fought the Treasury Department for months to see the tax returns.")
    assert not [c for c in _codes(reading) if c.startswith("19")]
    armed = read("The Kurdistan Democratic Party fought Islamic State near Mosul.")
    assert ("fought", "190") in _made(armed)  # a party against an armed group: still fighting


def test_files_surrounding_a_programme_encircle_no_one(read):
    reading = read("Senators fought the Pentagon for weeks to obtain the files, especially those surrounding the surveillance programme.")
    assert not [c for c in _codes(reading) if c[:2] in {"18", "19"}]


def test_pushing_for_exports_is_no_demand(read):
    reading = read("The Canadian energy minister has flown around the world to push for Canadian exports of natural gas.")
    assert not [c for c in _codes(reading) if c.startswith("10")]


def test_spying_is_no_investigation(read):
    reading = read("A former Navy officer was recruited by the Chinese government to spy on the United States.")
    assert not [c for c in _codes(reading) if c.startswith("09")]


def test_demanding_a_document_released_is_a_plain_demand(read):
    memo = read("Republicans are demanding the release of the memo.")
    assert ("demanding", "100") in _made(memo)
    assert "1053" not in _codes(memo)


def test_a_campaign_against_something_is_no_appeal(read):
    reading = read("Moscow launched an anti-Western campaign in 2015.")
    assert not [c for c in _codes(reading) if c.startswith("02")]


def test_nagging_someone_to_act_is_a_demand(read):
    reading = read("Putin badgered the Ukrainian leader to drop the case.")
    assert ("badgered", "100") in _made(reading)
    assert "140" not in _codes(reading)


def test_a_frosty_reception_faced_hosts_no_visit(read):
    reading = read("The prime minister faces a frosty reception from party members in Manchester.")
    assert "043" not in _codes(reading)


def test_people_led_by_police_is_no_military_alert(read):
    reading = read("Shoppers were led into a nearby hotel by police.")
    assert not [c for c in _codes(reading) if c.startswith("15")]


def test_a_view_conceded_behind_closed_doors_yields_nothing(read):
    reading = read("Rep. Jim Jordan conceded behind closed doors that the envoy was a liability.")
    assert not [c for c in _codes(reading) if c.startswith("08")]


def test_grappling_with_a_strategy_signs_nothing(read):
    reading = read("The Canadian government has grappled with a strategy on how to deal with Venezuela.")
    assert "057" not in _codes(reading)


def test_crowds_flocking_somewhere_consult_no_one(read):
    reading = read("Many Afghans flocked to Pakistan to escape the fighting in the 1980s.")
    assert not [c for c in _codes(reading) if c.startswith("04")]
