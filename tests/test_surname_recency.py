"""A bare surname shared by two people named in full is the one named last: reporters write
"Bush" right after the "George W. Bush" they mean, even when his father entered the story later."""

from helpers import events_on


def _doer_of(reading, word: str) -> str:
    (event,) = events_on(reading, word)
    return event.source.name


def test_bare_surname_is_the_namesake_named_last(read):
    reading = read(
        "Critics of the war compared it with President George W. Bush's invasion of Iraq.\n\n"
        "Presidents George H.W. Bush and Bill Clinton both learned that short wars rarely stay short.\n\n"
        "More recently, George W. Bush faced the same choice. When Bush ran for office in 2000, he "
        "promised a humble foreign policy. Bush criticized Clinton's record on trade.")
    assert _doer_of(reading, "criticized") == "George W. Bush"


def test_the_father_when_he_was_named_last(read):
    reading = read(
        "President George W. Bush met the Saudi king in Riyadh on Monday.\n\n"
        "His father, George H.W. Bush, had hosted the king at Kennebunkport in 1990. "
        "Bush criticized Iraq's invasion of Kuwait that summer.")
    assert _doer_of(reading, "criticized") == "George H.W. Bush"
