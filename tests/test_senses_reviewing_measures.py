"""Reviewing a measure (sanctions, a ban, a policy) is a decision under way, no investigation (09x)."""

import pytest
from helpers import coded


@pytest.mark.parametrize("text", [
    "President Biden said he is prepared to review the sanctions on Venezuela.",
    "The Japanese government will reconsider its ban on beef imports from Canada.",
])
def test_a_measure_reviewed_is_no_investigation(read, text):
    found = coded(read(text))
    assert not any(code.startswith("09") for code, _, _ in found), found


def test_a_deed_looked_into_is_still_an_investigation(read):
    found = coded(read("The Pakistani army said it would investigate the shooting of three Afghan civilians near the border."))
    assert any(code.startswith("09") for code, _, _ in found), found
