"""Targets named by a demonym of more than one word, on real news (a precision draw's article):
"the North Korean capital" is North Korea's, though "Korean" alone names South Korea."""

from __future__ import annotations

from helpers import coded


def test_a_trip_to_the_north_korean_capital_visits_north_korea(read):
    found = coded(read("The prisoners were freed after Secretary of State Mike Pompeo traveled to the North Korean "
                       "capital and met with leaders, including dictator Kim Jong Un."))
    assert ("042", "USAGOV", "PRK") in found and all(target != "KOR" for _, _, target in found), found
