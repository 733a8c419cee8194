"""bench/judged.py and bench/precision_changes.py: how a judged event is compared with what the coder makes now."""

import sys
from pathlib import Path
from types import SimpleNamespace

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

from judged import trigger_word  # noqa: E402
from precision_changes import changed  # noqa: E402


def actor(name, code):
    return SimpleNamespace(name=name, code=code)


def test_a_longer_or_shorter_form_of_one_name_is_no_change():
    now = SimpleNamespace(source=actor("Trump", "USAGOV"))
    assert not changed("source", {"name": "Donald Trump", "code": "USAGOV"}, now)
    assert changed("source", {"name": "Donald Trump", "code": "USA"}, now)  # the code is what is stored
    assert changed("source", {"name": "Mike Pence", "code": "USAGOV"}, now)


def test_a_target_found_or_lost_is_a_change():
    assert changed("target", None, SimpleNamespace(target=actor("Iran", "IRN")))
    assert changed("target", {"name": "Iran", "code": "IRN"}, SimpleNamespace(target=None))
    assert not changed("target", None, SimpleNamespace(target=None))


def test_modality_is_compared_as_stored():
    assert changed("modality", "hypothetical", SimpleNamespace(modality="alleged"))
    assert not changed("modality", "planned", SimpleNamespace(modality="planned"))


def test_the_trigger_word_is_the_last_word_of_a_split_trigger():
    assert trigger_word("conducts … Attacks") == "attacks"
    assert trigger_word("met") == "met"
