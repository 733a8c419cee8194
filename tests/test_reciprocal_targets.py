"""Targets of sides acting on one another, on real news (a precision draw's article): coordinated
doers that "each" did something to "the other" are each other's targets, as with "each other"."""

from __future__ import annotations

from helpers import coded


def test_each_accused_the_other_makes_each_side_the_others_target(read):
    found = coded(read("Russian and Ukrainian officials have each accused the other of deliberately ramping up "
                       "tensions in the region, with the Russian FSB claiming the presence of the Ukrainian boats "
                       "was intended to “create a conflict situation”."))
    accusations = [(source, target) for code, source, target in found if code.startswith("112")]
    assert ("RUSGOV", "UKRGOV") in accusations and ("UKRGOV", "RUSGOV") in accusations, found
    assert all(target is not None for _, target in accusations), found

