"""The CAMEO event codebook: every event code with its name, Goldstein score, GDELT QuadClass
and PLOVER 2021 event type, read from `data/cameo_codebook.tsv` (its sources and licences are in
its header), plus small lookup helpers.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources

__all__ = [
    "STATEMENT_ROOT",
    "APPEAL_ROOT",
    "INTENT_ROOT",
    "CONTACT_ROOT",
    "ENDORSE_ROOT",
    "COOPERATION_ROOT",
    "AID_ROOT",
    "YIELD_ROOT",
    "INVESTIGATE_ROOT",
    "DEMAND_ROOT",
    "DISAPPROVE_ROOT",
    "REJECT_ROOT",
    "THREAT_ROOT",
    "PROTEST_ROOT",
    "MOBILIZE_ROOT",
    "COERCE_ROOT",
    "FIGHT_ROOT",
    "HOSTILE_QUAD",
    "CODEBOOK",
    "PLOVER_TYPES",
    "QUAD_CLASSES",
    "CameoCode",
    "codes_under",
    "lookup",
    "name_of",
    "quad_class_of",
    "root_of",
]

# The CAMEO roots other modules ask about, by name ("13" is every threat, 130-139).
STATEMENT_ROOT = "01"  # make a public statement
APPEAL_ROOT = "02"
INTENT_ROOT = "03"  # express intent to cooperate
CONTACT_ROOT = "04"  # consult: meet, telephone, visit
VISIT = "042"  # make a visit (its target is the host)
ENDORSE_ROOT = "05"  # engage in diplomatic cooperation: praise, endorse, apologise
COOPERATION_ROOT = "06"  # material cooperation: trade, shared projects
AID_ROOT = "07"
YIELD_ROOT = "08"  # yield: ease, relax, concede
INVESTIGATE_ROOT = "09"
DEMAND_ROOT = "10"
DISAPPROVE_ROOT = "11"  # disapprove, criticise, accuse
REJECT_ROOT = "12"
THREAT_ROOT = "13"
PROTEST_ROOT = "14"
MOBILIZE_ROOT = "15"  # exhibit force posture: mobilise, deploy
REDUCE_RELATIONS_ROOT = "16"  # reduce relations: sanctions, suspensions, deals left, visits cancelled
REDUCE_RELATIONS = "160"  # reduce relations, not specified: leaving a treaty or a body (senses)
COERCE_ROOT = "17"  # coerce: seizure, sanctions, arrest, repression
FIGHT_ROOT = "19"
HOSTILE_QUAD = 3  # QuadClass 3 and 4: verbal and material conflict

QUAD_CLASSES: dict[int, str] = {
    1: "Verbal Cooperation",
    2: "Material Cooperation",
    3: "Verbal Conflict",
    4: "Material Conflict",
}

PLOVER_TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)


@dataclass(frozen=True)
class CameoCode:
    """One CAMEO event code: "04" (root), "042" or "0421"-style (sub-codes)."""

    code: str
    name: str
    goldstein: float
    quad_class: int
    plover: str | None

    @property
    def root(self) -> str:
        """The two-digit root (cue category), e.g. "04" for "042"."""
        return self.code[:2]


def _quad_class(root: str) -> int:
    n = int(root)
    if 1 <= n <= 5:
        return 1
    if 6 <= n <= 9:
        return 2
    if 10 <= n <= 14:
        return 3
    if 15 <= n <= 20:
        return 4
    raise ValueError(f"not a CAMEO root: {root!r}")


def _parse(table: str) -> dict[str, CameoCode]:
    """The codebook file's rows (comment lines start with '#'), keyed by code, in file order."""
    book: dict[str, CameoCode] = {}
    for line in table.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        code, goldstein, plover, name = line.split("\t")
        if code in book:
            raise ValueError(f"duplicate CAMEO code {code!r} in table")
        book[code] = CameoCode(
            code=code,
            name=name,
            goldstein=float(goldstein),
            quad_class=_quad_class(code[:2]),
            plover=None if plover == "-" else plover,
        )
    return book


CODEBOOK: dict[str, CameoCode] = _parse(
    resources.files("newsevents.events").joinpath("data/cameo_codebook.tsv").read_text(encoding="utf-8"))
"""Every CAMEO event code (roots, 3- and 4-digit codes) in hierarchical order, keyed by code."""


def lookup(code: str) -> CameoCode:
    """The entry for a CAMEO event code string such as "042" (leading zeros matter).

    Surrounding whitespace is ignored. Raises KeyError, with a hint where one helps, for codes
    not in the codebook, and TypeError for non-strings (an int has lost its leading zero).
    """
    if not isinstance(code, str):
        raise TypeError(
            f"CAMEO codes are strings with leading zeros (e.g. '042'), got {type(code).__name__} "
            f"{code!r}"
        )
    key = code.strip()
    try:
        return CODEBOOK[key]
    except KeyError:
        pass
    hint = ""
    if key.isdigit():
        padded = "0" + key
        if padded in CODEBOOK:
            hint = f"; did you mean {padded!r} ({CODEBOOK[padded].name})? Leading zeros matter"
        elif len(key) > 4:
            hint = "; CAMEO event codes have 2 to 4 digits"
        else:
            parents = [key[:n] for n in (3, 2) if key[:n] in CODEBOOK and n < len(key)]
            if parents:
                hint = f"; nearest known parent is {parents[0]!r} ({CODEBOOK[parents[0]].name})"
    else:
        hint = "; CAMEO event codes are 2 to 4 digits, e.g. '042'"
    raise KeyError(f"unknown CAMEO event code {code!r}{hint}")


def root_of(code: str) -> str:
    """The two-digit root of a known code: root_of("0874") -> "08"."""
    return lookup(code).root


def quad_class_of(code: str) -> int:
    """GDELT QuadClass: 1 verbal / 2 material cooperation, 3 verbal / 4 material conflict."""
    return lookup(code).quad_class


def name_of(code: str) -> str:
    """The code's standard CAMEO name."""
    return lookup(code).name


def codes_under(root: str) -> list[CameoCode]:
    """The given code (normally a root such as "04") and all codes below it, in code order."""
    parent = lookup(root).code
    return [entry for code, entry in CODEBOOK.items() if code.startswith(parent)]
