"""A threat noun in its danger sense names no threat made (CAMEO's 13x is a threat told to someone):
"the Iranian nuclear threat", "crack down on terror threats" (a modifier says whose danger, or of
what kind, and nothing after the noun says what is threatened or to whom). Threats made stay:
"threats against the U.S. mainland", "Trump's veto threat". Sentences from the judged draws' articles."""

from __future__ import annotations

from helpers import codes


def _threats(reading) -> list[str]:
    return [c for c in codes(reading) if c.startswith("13")]


def test_a_nationality_and_a_kind_before_threat_name_a_danger(read):
    reading = read("He maneuvered the Iranian nuclear threat to the top of the international community’s agenda.")
    assert not _threats(reading)


def test_cracking_down_on_terror_threats_is_no_threat(read):
    reading = read("Authorities in Belgium have been trying to crack down on terror threats for months as they raided "
                   "homes in the area in search of suspects.")
    assert not _threats(reading)
    assert "175" in codes(reading)  # the raids stay


def test_threats_against_someone_are_threats_made(read):
    reading = read("Analysts have dismissed North Korea’s threats against the U.S. mainland as empty rhetoric, saying "
                   "the regime’s long-range missiles cannot reach the West Coast.")
    assert "130" in codes(reading)


def test_a_threat_naming_the_act_threatened_is_a_threat_made(read):
    reading = read("A spokeswoman for Ryan did not immediately respond to a request for comment on Trump's veto threat.")
    assert "130" in codes(reading)
