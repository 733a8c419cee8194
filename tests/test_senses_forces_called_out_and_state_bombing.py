"""Forces called out are mobilised (154), no phone call (041): "Minnesota called out the National
Guard"; someone called out is still criticised. A state's forces bombing is military force from the
air (195), not CAMEO's non-military bombing (183), also when the verb is the infinitive of another
("continued to bomb"). Sentences from the judged draws' articles."""

from __future__ import annotations

from helpers import codes


def test_the_national_guard_called_out_is_mobilised(read):
    reading = read("Minnesota called out the National Guard, and Minneapolis, the first city to get hit by these "
                   "disturbances, has been relatively calm for three straight nights.")
    assert "154" in codes(reading)
    assert not [c for c in codes(reading) if c.startswith("04")]


def test_someone_called_out_is_still_criticised(read):
    reading = read("Schiff knew the whistleblower, met with him and weaponized his complaint. Schiff said he didn’t "
                   "have contact. Even The Washington Post had to call him out for that, but sorry, let's return to "
                   "this Russia nonsense.")
    assert "111" in codes(reading)
    assert "154" not in codes(reading)


def test_forces_continuing_to_bomb_use_aerial_weapons(read):
    reading = read("From Gaza, NPR's Anthony Kuhn reports that \"overnight, Israeli forces continued to bomb government "
                   "offices, rocket launch sites and Hamas operatives in Gaza, and militants continued to launch rockets "
                   "at Israel.")
    assert "195" in codes(reading)
    assert "183" not in codes(reading)
