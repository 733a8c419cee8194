"""Word senses (round 36): a state strengthening its own forces increases them (154), no military
aid; leading one's own party into an election, arguing a view, promoting a thing and instructing
one's own staff are no events between actors; a regime or an official ousted is no one deported
(174); a dismissal of a person is no rejection (120); a sanctions resolution adopted imposes
sanctions (163), no agreement; resigning in protest is dissent (140); charges laid by
prosecutors or the police are legal action (173); aid given "in" a kind of aid has that kind.
Sentences written for these tests."""

from __future__ import annotations


def _made(reading) -> list[tuple[str, str]]:
    return [(e.trigger, e.cameo) for e in reading.events]


def _codes(reading) -> list[str]:
    return [e.cameo for e in reading.events]


def test_strengthening_its_own_air_defences_is_forces_increased_not_aid(read):
    reading = read("Caracas has beefed up its air defences along the northern coast.")
    assert ("beefed", "154") in _made(reading)
    assert not [c for c in _codes(reading) if c.startswith("07")]
    another = read("The United States bolstered Ukraine's air defences with new missile systems.")
    assert "154" not in _codes(another)  # another state's defences: not the doer's own forces


def test_not_leading_the_party_in_an_election_is_no_inquiry_or_refusal(read_every):
    reading = read_every("The former premier said on Friday that she would not lead the party in the next election.")
    assert not [e for e in reading.events if e.cameo.startswith(("09", "12"))]


def test_a_sanctions_resolution_adopted_imposes_sanctions(read):
    reading = read("The Security Council on Thursday unanimously adopted a fresh sanctions resolution against South Sudan.")
    assert ("adopted", "163") in _made(reading)
    assert "057" not in _codes(reading)


def test_a_government_ousted_by_an_invasion_is_no_deportation(read_every):
    reading = read_every("Tanzania invaded and ousted that government in 1979.")
    assert "174" not in _codes(reading)
    assert ("invaded", "190") in _made(reading)
    troops = read_every("Iraqi lawmakers voted to oust American troops from the country.")
    assert ("oust", "174") in _made(troops)  # foreign troops made to leave are still expelled


def test_a_ministers_dismissal_is_no_rejection(read_every):
    reading = read_every("Diplomats were dismayed by Bolsonaro's abrupt dismissal of the foreign minister.")
    assert "120" not in _codes(reading)


def test_arguing_a_view_is_no_disapproval(read_every):
    argues = read_every("The White House argues that Mexico will be safer if the policy is put in place.")
    assert not [c for c in _codes(argues) if c.startswith("11")]
    lawyers = read_every("Lawyers for the Indian government had argued the decision to suspend parliament "
                         "was one for the legislature, not the courts.")
    assert not [c for c in _codes(lawyers) if c.startswith("11")]


def test_asking_ones_own_team_is_no_appeal(read_every):
    quoted = read_every('"Going forward, I\'ve asked my national security team to assess the implications '
                        'of the steps taken by Venezuela," Biden said.')
    assert not [c for c in _codes(quoted) if c.startswith("02")]
    framed = read_every("The Brazilian president asked his economic team to assess the impact of the Chinese tariffs.")
    assert not [c for c in _codes(framed) if c.startswith(("02", "10"))]
    protesters = read_every("Protesters urged their government to release the detained journalists.")
    assert [c for c in _codes(protesters) if c.startswith("02")]  # citizens asking their government do appeal


def test_resigning_in_protest_is_dissent_not_concession(read):
    reading = read("The Kenyan attorney general and his deputy resigned in protest rather than carry out the order.")
    assert ("resigned", "140") in _made(reading)
    assert "083" not in _codes(reading)


def test_promoting_domestic_production_endorses_no_one(read_every):
    reading = read_every('"Furthermore, Canada should strive to promote domestic production and development of drone '
                         'technology so we may remain a leader in defence innovation," the minister said.')
    assert not [c for c in _codes(reading) if c.startswith("05")]


def test_charges_laid_by_police_or_prosecutors_are_legal_action(read_every):
    police = read_every("Police filed charges against three protesters on Monday.")
    assert ("filed", "173") in _made(police)
    prosecutors = read_every("Prosecutors declined to level charges against the governor's nephew.")
    assert ("level", "173") in _made(prosecutors)
    assert "1121" not in _codes(prosecutors)


def test_aid_named_in_an_in_phrase_gives_its_kind(read_every):
    military = read_every("Britain pledged $50 million in military aid to Kyiv.")
    assert ("pledged", "0332") in _made(military)
    humanitarian = read_every("The prime minister announced Canada will supply $30 million, on top of earlier pledges, "
                              "in humanitarian aid.")
    assert ("supply", "073") in _made(humanitarian)
