"""Tests for the CAMEO codebook module, with a cross-check against GDELT's and PLOVER's tables."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest

from newsevents.events.cameo import (
    CODEBOOK,
    PLOVER_TYPES,
    QUAD_CLASSES,
    CameoCode,
    codes_under,
    lookup,
    name_of,
    quad_class_of,
    root_of,
)

ROOTS = [f"{n:02d}" for n in range(1, 21)]
GDELT_QUAD = {r: 1 if r <= "05" else 2 if r <= "09" else 3 if r <= "14" else 4 for r in ROOTS}

SHARED_DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
ONTOLOGY = SHARED_DATA / "ontology"

# Our deliberate departures from GDELT's lookup tables (see cameo.py's header comment).
EXTRA_CODES = {"1213", "1214"}  # CAMEO 1.1b3 codes absent from GDELT's tables
RENAMED = {
    "033", "044", "0355", "083", "086", "1245", "183", "2041",  # typos, mojibake, punctuation
    "101", "102", "103", "105", "106", "107", "108",  # CAMEO 1.1b3 names, not GDELT's stale ones
}


# --- known codes --------------------------------------------------------------------------


def test_make_a_visit() -> None:
    c = lookup("042")
    assert c == CameoCode("042", "Make a visit", 1.9, 1, "CONSULT")
    assert c.root == "04"


@pytest.mark.parametrize(
    ("code", "name", "goldstein", "quad", "plover"),
    [
        ("010", "Make statement, not specified below", 0.0, 1, None),
        ("036", "Express intent to meet or negotiate", 4.0, 1, "AGREE"),
        ("044", "Meet at a 'third' location", 2.5, 1, "CONSULT"),
        ("0874", "Retreat or surrender militarily", 10.0, 2, "RETREAT"),
        ("106", "Demand meeting, negotiation", -5.0, 3, "REQUEST"),
        ("1056", "Demand de-escalation of military engagement", -5.0, 3, "REQUEST"),
        ("163", "Impose embargo, boycott, or sanctions", -8.0, 4, "COERCE"),
        ("173", "Arrest, detain, or charge with legal action", -5.0, 4, "COERCE"),
        ("190", "Use conventional military force, not specified below", -10.0, 4, "ASSAULT"),
        ("20", "USE UNCONVENTIONAL MASS VIOLENCE", -10.0, 4, "ASSAULT"),
    ],
)
def test_known_codes(code: str, name: str, goldstein: float, quad: int, plover: str | None) -> None:
    c = lookup(code)
    assert (c.code, c.name, c.goldstein, c.quad_class, c.plover) == (
        code, name, goldstein, quad, plover,
    )


def test_helpers() -> None:
    assert root_of("0874") == "08"
    assert root_of("19") == "19"
    assert quad_class_of("0874") == 2
    assert quad_class_of("145") == 3
    assert name_of("186") == "Assassinate"
    assert lookup(" 042 ") is CODEBOOK["042"]


def test_codes_under() -> None:
    assert [c.code for c in codes_under("04")] == ["04", *(f"04{i}" for i in range(7))]
    assert [c.code for c in codes_under("19")] == ["19", *(f"19{i}" for i in range(7))]
    under_10 = [c.code for c in codes_under("10")]
    assert under_10[0] == "10" and "1056" in under_10 and "106" in under_10
    assert all(c.root == "10" for c in codes_under("10"))
    assert [c.code for c in codes_under("138")] == ["138", "1381", "1382", "1383", "1384", "1385"]
    with pytest.raises(KeyError):
        codes_under("21")


def test_lookup_errors_are_helpful() -> None:
    with pytest.raises(KeyError, match="'042'"):
        lookup("42")
    with pytest.raises(KeyError, match="unknown CAMEO event code '999'"):
        lookup("999")
    with pytest.raises(KeyError, match="2 to 4 digits"):
        lookup("abc")
    with pytest.raises(TypeError, match="leading zeros"):
        lookup(42)  # type: ignore[arg-type]


def test_entries_are_frozen() -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        CODEBOOK["042"].goldstein = 0.0  # type: ignore[misc]


# --- whole-codebook invariants -------------------------------------------------------------


def test_size_and_roots() -> None:
    assert len(CODEBOOK) == 313  # GDELT's 311 (106 recovered) + 1213, 1214
    assert sorted(c for c in CODEBOOK if len(c) == 2) == ROOTS
    assert list(CODEBOOK) == sorted(CODEBOOK)  # hierarchical (pre-)order


def test_every_code_is_well_formed() -> None:
    for code, c in CODEBOOK.items():
        assert c.code == code
        assert code.isdigit() and 2 <= len(code) <= 4, code
        assert c.root in ROOTS, code
        if len(code) > 2:
            assert code[:-1] in CODEBOOK, f"{code} has no parent"
        assert c.name and c.name == c.name.strip() and "  " not in c.name, code
        assert c.name.isascii() and c.name.isprintable(), code
        assert -10.0 <= c.goldstein <= 10.0, code


def test_quad_class_follows_root() -> None:
    assert set(QUAD_CLASSES) == {1, 2, 3, 4}
    for code, c in CODEBOOK.items():
        assert c.quad_class == GDELT_QUAD[c.root], code


def test_plover_types() -> None:
    for code, c in CODEBOOK.items():
        if c.root in ("01", "02"):
            assert c.plover is None, code
        else:
            assert c.plover in PLOVER_TYPES, code
    assert {c.plover for c in CODEBOOK.values()} - {None} == set(PLOVER_TYPES)


# --- cross-check against the shared reference tables -----------------------------------------


def _shared(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"shared data not found at {path}; reference cross-check skipped")
    return path


def _norm(name: str) -> str:
    return " ".join(name.split()).casefold()


def _gdelt_tables() -> tuple[dict[str, str], dict[str, float]]:
    """GDELT's (names, goldstein) by code, repairing the glued 106 line on the way."""
    lookups = _shared(ONTOLOGY / "gdelt-lookups")
    names: dict[str, str] = {}
    glued_goldstein: dict[str, float] = {}
    text = (lookups / "CAMEO.eventcodes.txt").read_bytes().decode("utf-8", errors="replace")
    for line in text.splitlines()[1:]:
        code, _, name = line.partition("\t")
        if len(code) == 1:  # QuadClass header rows "1".."4"
            continue
        glued = re.search(r"(\d{2,4}):\[(-?\d+(?:\.\d+)?)\]\s*(.*)$", name)
        if glued:  # "1056 <name>106:[-5.0] Demand withdrawal"
            name = name[: glued.start()]
            names[glued.group(1)] = glued.group(3).strip()
            glued_goldstein[glued.group(1)] = float(glued.group(2))
        assert code not in names, f"duplicate GDELT code {code}"
        names[code] = name.strip()
    goldstein: dict[str, float] = {}
    for line in (lookups / "CAMEO.goldsteinscale.txt").read_text().splitlines()[1:]:
        code, value = line.split("\t")
        goldstein[code.strip()] = float(value)
    for code, value in glued_goldstein.items():
        assert goldstein[code] == value, code
    return names, goldstein


def test_codes_and_goldstein_match_gdelt() -> None:
    names, goldstein = _gdelt_tables()
    assert "106" in names  # the documented defect was repaired above
    assert set(names) == set(goldstein)
    assert set(CODEBOOK) == set(goldstein) | EXTRA_CODES
    assert not EXTRA_CODES & set(goldstein), "GDELT now has codes we add ourselves"
    mismatched = {
        c: (CODEBOOK[c].goldstein, g) for c, g in goldstein.items() if CODEBOOK[c].goldstein != g
    }
    assert not mismatched


def test_names_match_gdelt_except_documented_fixes() -> None:
    names, _ = _gdelt_tables()
    differ = {c for c, n in names.items() if _norm(CODEBOOK[c].name) != _norm(n)}
    assert differ == RENAMED


def test_plover_types_match_cameo2plover() -> None:
    path = _shared(ONTOLOGY / "plover" / "CAMEO2PLOVER-2021.txt")
    mapped: dict[str, list[str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        m = re.match(r"\s*(\d{2,4})\s*:\s*([A-Z]+)", line.split("#", 1)[0])
        if m:
            mapped.setdefault(m.group(1), []).append(m.group(2))
    assert set(mapped) <= set(CODEBOOK), set(mapped) - set(CODEBOOK)
    for code, types in mapped.items():
        # the map repeats a root header when a root splits (08: CONCEDE, then 08: RETREAT);
        # the first one listed is the root's own type
        assert CODEBOOK[code].plover == types[0], (code, types)
    unmapped = {c for c in CODEBOOK if c not in mapped}
    assert unmapped == {c for c in CODEBOOK if c[:2] in ("01", "02")}
    assert all(CODEBOOK[c].plover is None for c in unmapped)
