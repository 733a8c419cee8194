"""The CAMEO event codebook as data: every event code with its name, Goldstein score,
GDELT QuadClass and PLOVER 2021 event type, plus small lookup helpers.
"""

# Sources (facts, checked by tests/test_cameo.py against the shared copies when present):
# - codes, names and Goldstein scores: GDELT's CAMEO.eventcodes.txt / CAMEO.goldsteinscale.txt,
#   with GDELT's defects fixed: 106 gets its own entry; 044 mojibake and typos repaired
#   (033, 0355, 083, 086, 1245, 183, 2041); 101-108 use the CAMEO 1.1b3 manual names, because
#   GDELT's labels for 101, 102, 103 and 105-108 come from an older draft and contradict their
#   own sub-codes (e.g. 105 "Demand mediation" over 1051-1056 "Demand easing of ...").
# - 1213 and 1214 are CAMEO 1.1b3 codes (emitted by PETRARCH's verb dictionary, mapped in
#   PLOVER) that GDELT's tables lack; they take their siblings' Goldstein score, -4.0.
# - QuadClass: GDELT's grouping by root (01-05, 06-09, 10-14, 15-20). ICEWS and Phoenix differ.
# - PLOVER: CAMEO2PLOVER-2021.txt (Schrodt, PLOVER draft 0.8). It maps nothing in roots 01 and
#   02 (None here) and moves some codes across roots (0813/0814 RETREAT, 163 COERCE,
#   1712 ASSAULT, 175 ASSAULT, 191/192 COERCE, 201 ASSAULT). Root 08 is listed as both
#   CONCEDE and RETREAT; the root code takes 080's type, CONCEDE.

from __future__ import annotations

from dataclasses import dataclass

__all__ = [
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


# code | Goldstein | PLOVER type ("-" for none) | name.  Roots are upper case, as in CAMEO.
_TABLE = """
01   |   0.0 | -         | MAKE PUBLIC STATEMENT
010  |   0.0 | -         | Make statement, not specified below
011  |  -0.1 | -         | Decline comment
012  |  -0.4 | -         | Make pessimistic comment
013  |   0.4 | -         | Make optimistic comment
014  |   0.0 | -         | Consider policy option
015  |   0.0 | -         | Acknowledge or claim responsibility
016  |  -2.0 | -         | Deny responsibility
017  |   0.0 | -         | Engage in symbolic act
018  |   3.4 | -         | Make empathetic comment
019  |   3.4 | -         | Express accord
02   |   3.0 | -         | APPEAL
020  |   3.0 | -         | Appeal, not specified below
021  |   3.4 | -         | Appeal for material cooperation, not specified below
0211 |   3.4 | -         | Appeal for economic cooperation
0212 |   3.4 | -         | Appeal for military cooperation
0213 |   3.4 | -         | Appeal for judicial cooperation
0214 |   3.4 | -         | Appeal for intelligence
022  |   3.2 | -         | Appeal for diplomatic cooperation, such as policy support
023  |   3.4 | -         | Appeal for aid, not specified below
0231 |   3.4 | -         | Appeal for economic aid
0232 |   3.4 | -         | Appeal for military aid
0233 |   3.4 | -         | Appeal for humanitarian aid
0234 |   3.4 | -         | Appeal for military protection or peacekeeping
024  |  -0.3 | -         | Appeal for political reform, not specified below
0241 |  -0.3 | -         | Appeal for change in leadership
0242 |  -0.3 | -         | Appeal for policy change
0243 |  -0.3 | -         | Appeal for rights
0244 |  -0.3 | -         | Appeal for change in institutions, regime
025  |  -0.3 | -         | Appeal to yield
0251 |  -0.3 | -         | Appeal for easing of administrative sanctions
0252 |  -0.3 | -         | Appeal for easing of popular dissent
0253 |  -0.3 | -         | Appeal for release of persons or property
0254 |  -0.3 | -         | Appeal for easing of economic sanctions, boycott, or embargo
0255 |  -0.3 | -         | Appeal for target to allow international involvement (non-mediation)
0256 |  -0.3 | -         | Appeal for de-escalation of military engagement
026  |   4.0 | -         | Appeal to others to meet or negotiate
027  |   4.0 | -         | Appeal to others to settle dispute
028  |   4.0 | -         | Appeal to others to engage in or accept mediation
03   |   4.0 | AGREE     | EXPRESS INTENT TO COOPERATE
030  |   4.0 | AGREE     | Express intent to cooperate, not specified below
031  |   5.2 | AGREE     | Express intent to engage in material cooperation, not specified below
0311 |   5.2 | AGREE     | Express intent to cooperate economically
0312 |   5.2 | AGREE     | Express intent to cooperate militarily
0313 |   5.2 | AGREE     | Express intent to cooperate on judicial matters
0314 |   5.2 | AGREE     | Express intent to cooperate on intelligence
032  |   4.5 | AGREE     | Express intent to provide diplomatic cooperation such as policy support
033  |   5.2 | AGREE     | Express intent to provide material aid, not specified below
0331 |   5.2 | AGREE     | Express intent to provide economic aid
0332 |   5.2 | AGREE     | Express intent to provide military aid
0333 |   5.2 | AGREE     | Express intent to provide humanitarian aid
0334 |   6.0 | AGREE     | Express intent to provide military protection or peacekeeping
034  |   7.0 | AGREE     | Express intent to institute political reform, not specified below
0341 |   7.0 | AGREE     | Express intent to change leadership
0342 |   7.0 | AGREE     | Express intent to change policy
0343 |   7.0 | AGREE     | Express intent to provide rights
0344 |   7.0 | AGREE     | Express intent to change institutions, regime
035  |   7.0 | AGREE     | Express intent to yield, not specified below
0351 |   7.0 | AGREE     | Express intent to ease administrative sanctions
0352 |   7.0 | AGREE     | Express intent to ease popular dissent
0353 |   7.0 | AGREE     | Express intent to release persons or property
0354 |   7.0 | AGREE     | Express intent to ease economic sanctions, boycott, or embargo
0355 |   7.0 | AGREE     | Express intent to allow international involvement (non-mediation)
0356 |   7.0 | AGREE     | Express intent to de-escalate military engagement
036  |   4.0 | AGREE     | Express intent to meet or negotiate
037  |   5.0 | AGREE     | Express intent to settle dispute
038  |   7.0 | AGREE     | Express intent to accept mediation
039  |   5.0 | AGREE     | Express intent to mediate
04   |   1.0 | CONSULT   | CONSULT
040  |   1.0 | CONSULT   | Consult, not specified below
041  |   1.0 | CONSULT   | Discuss by telephone
042  |   1.9 | CONSULT   | Make a visit
043  |   2.8 | CONSULT   | Host a visit
044  |   2.5 | CONSULT   | Meet at a 'third' location
045  |   5.0 | CONSULT   | Mediate
046  |   7.0 | CONSULT   | Engage in negotiation
05   |   3.5 | SUPPORT   | ENGAGE IN DIPLOMATIC COOPERATION
050  |   3.5 | SUPPORT   | Engage in diplomatic cooperation, not specified below
051  |   3.4 | SUPPORT   | Praise or endorse
052  |   3.5 | SUPPORT   | Defend verbally
053  |   3.8 | SUPPORT   | Rally support on behalf of
054  |   6.0 | SUPPORT   | Grant diplomatic recognition
055  |   7.0 | SUPPORT   | Apologize
056  |   7.0 | SUPPORT   | Forgive
057  |   8.0 | SUPPORT   | Sign formal agreement
06   |   6.0 | COOPERATE | ENGAGE IN MATERIAL COOPERATION
060  |   6.0 | COOPERATE | Engage in material cooperation, not specified below
061  |   6.4 | COOPERATE | Cooperate economically
062  |   7.4 | COOPERATE | Cooperate militarily
063  |   7.4 | COOPERATE | Engage in judicial cooperation
064  |   7.0 | COOPERATE | Share intelligence or information
07   |   7.0 | AID       | PROVIDE AID
070  |   7.0 | AID       | Provide aid, not specified below
071  |   7.4 | AID       | Provide economic aid
072  |   8.3 | AID       | Provide military aid
073  |   7.4 | AID       | Provide humanitarian aid
074  |   8.5 | AID       | Provide military protection or peacekeeping
075  |   7.0 | AID       | Grant asylum
08   |   5.0 | CONCEDE   | YIELD
080  |   5.0 | CONCEDE   | Yield, not specified below
081  |   5.0 | CONCEDE   | Ease administrative sanctions, not specified below
0811 |   5.0 | CONCEDE   | Ease restrictions on political freedoms
0812 |   5.0 | CONCEDE   | Ease ban on political parties or politicians
0813 |   5.0 | RETREAT   | Ease curfew
0814 |   5.0 | RETREAT   | Ease state of emergency or martial law
082  |   5.0 | CONCEDE   | Ease political dissent
083  |   5.0 | CONCEDE   | Accede to requests or demands for political reform, not specified below
0831 |   5.0 | CONCEDE   | Accede to demands for change in leadership
0832 |   5.0 | CONCEDE   | Accede to demands for change in policy
0833 |   5.0 | CONCEDE   | Accede to demands for rights
0834 |   5.0 | CONCEDE   | Accede to demands for change in institutions, regime
084  |   7.0 | RETREAT   | Return, release, not specified below
0841 |   7.0 | RETREAT   | Return, release person(s)
0842 |   7.0 | RETREAT   | Return, release property
085  |   7.0 | RETREAT   | Ease economic sanctions, boycott, embargo
086  |   9.0 | RETREAT   | Allow international involvement, not specified below
0861 |   9.0 | RETREAT   | Receive deployment of peacekeepers
0862 |   9.0 | RETREAT   | Receive inspectors
0863 |   9.0 | RETREAT   | Allow delivery of humanitarian aid
087  |   9.0 | RETREAT   | De-escalate military engagement
0871 |   9.0 | RETREAT   | Declare truce, ceasefire
0872 |   9.0 | RETREAT   | Ease military blockade
0873 |   9.0 | RETREAT   | Demobilize armed forces
0874 |  10.0 | RETREAT   | Retreat or surrender militarily
09   |  -2.0 | ACCUSE    | INVESTIGATE
090  |  -2.0 | ACCUSE    | Investigate, not specified below
091  |  -2.0 | ACCUSE    | Investigate crime, corruption
092  |  -2.0 | ACCUSE    | Investigate human rights abuses
093  |  -2.0 | ACCUSE    | Investigate military action
094  |  -2.0 | ACCUSE    | Investigate war crimes
10   |  -5.0 | REQUEST   | DEMAND
100  |  -5.0 | REQUEST   | Demand, not specified below
101  |  -5.0 | REQUEST   | Demand material cooperation, not specified below
1011 |  -5.0 | REQUEST   | Demand economic cooperation
1012 |  -5.0 | REQUEST   | Demand military cooperation
1013 |  -5.0 | REQUEST   | Demand judicial cooperation
1014 |  -5.0 | REQUEST   | Demand intelligence cooperation
102  |  -5.0 | REQUEST   | Demand diplomatic cooperation (such as policy support)
103  |  -5.0 | REQUEST   | Demand material aid, not specified below
1031 |  -5.0 | REQUEST   | Demand economic aid
1032 |  -5.0 | REQUEST   | Demand military aid
1033 |  -5.0 | REQUEST   | Demand humanitarian aid
1034 |  -5.0 | REQUEST   | Demand military protection or peacekeeping
104  |  -5.0 | REQUEST   | Demand political reform, not specified below
1041 |  -5.0 | REQUEST   | Demand change in leadership
1042 |  -5.0 | REQUEST   | Demand policy change
1043 |  -5.0 | REQUEST   | Demand rights
1044 |  -5.0 | REQUEST   | Demand change in institutions, regime
105  |  -5.0 | REQUEST   | Demand that target yields, not specified below
1051 |  -5.0 | REQUEST   | Demand easing of administrative sanctions
1052 |  -5.0 | REQUEST   | Demand easing of political dissent
1053 |  -5.0 | REQUEST   | Demand release of persons or property
1054 |  -5.0 | REQUEST   | Demand easing of economic sanctions, boycott, or embargo
1055 |  -5.0 | REQUEST   | Demand that target allows international involvement (non-mediation)
1056 |  -5.0 | REQUEST   | Demand de-escalation of military engagement
106  |  -5.0 | REQUEST   | Demand meeting, negotiation
107  |  -5.0 | REQUEST   | Demand settling of dispute
108  |  -5.0 | REQUEST   | Demand mediation
11   |  -2.0 | ACCUSE    | DISAPPROVE
110  |  -2.0 | ACCUSE    | Disapprove, not specified below
111  |  -2.0 | ACCUSE    | Criticize or denounce
112  |  -2.0 | ACCUSE    | Accuse, not specified below
1121 |  -2.0 | ACCUSE    | Accuse of crime, corruption
1122 |  -2.0 | ACCUSE    | Accuse of human rights abuses
1123 |  -2.0 | ACCUSE    | Accuse of aggression
1124 |  -2.0 | ACCUSE    | Accuse of war crimes
1125 |  -2.0 | ACCUSE    | Accuse of espionage, treason
113  |  -2.0 | ACCUSE    | Rally opposition against
114  |  -2.0 | ACCUSE    | Complain officially
115  |  -2.0 | ACCUSE    | Bring lawsuit against
116  |  -2.0 | ACCUSE    | Find guilty or liable (legally)
12   |  -4.0 | REJECT    | REJECT
120  |  -4.0 | REJECT    | Reject, not specified below
121  |  -4.0 | REJECT    | Reject material cooperation
1211 |  -4.0 | REJECT    | Reject economic cooperation
1212 |  -4.0 | REJECT    | Reject military cooperation
1213 |  -4.0 | REJECT    | Reject judicial cooperation
1214 |  -4.0 | REJECT    | Reject intelligence cooperation
122  |  -4.0 | REJECT    | Reject request or demand for material aid, not specified below
1221 |  -4.0 | REJECT    | Reject request for economic aid
1222 |  -4.0 | REJECT    | Reject request for military aid
1223 |  -4.0 | REJECT    | Reject request for humanitarian aid
1224 |  -4.0 | REJECT    | Reject request for military protection or peacekeeping
123  |  -4.0 | REJECT    | Reject request or demand for political reform, not specified below
1231 |  -4.0 | REJECT    | Reject request for change in leadership
1232 |  -4.0 | REJECT    | Reject request for policy change
1233 |  -4.0 | REJECT    | Reject request for rights
1234 |  -4.0 | REJECT    | Reject request for change in institutions, regime
124  |  -4.0 | REJECT    | Refuse to yield, not specified below
1241 |  -4.0 | REJECT    | Refuse to ease administrative sanctions
1242 |  -4.0 | REJECT    | Refuse to ease popular dissent
1243 |  -4.0 | REJECT    | Refuse to release persons or property
1244 |  -4.0 | REJECT    | Refuse to ease economic sanctions, boycott, or embargo
1245 |  -4.0 | REJECT    | Refuse to allow international involvement (non-mediation)
1246 |  -4.0 | REJECT    | Refuse to de-escalate military engagement
125  |  -5.0 | REJECT    | Reject proposal to meet, discuss, or negotiate
126  |  -5.0 | REJECT    | Reject mediation
127  |  -5.0 | REJECT    | Reject plan, agreement to settle dispute
128  |  -5.0 | REJECT    | Defy norms, law
129  |  -5.0 | REJECT    | Veto
13   |  -6.0 | THREATEN  | THREATEN
130  |  -4.4 | THREATEN  | Threaten, not specified below
131  |  -5.8 | THREATEN  | Threaten non-force, not specified below
1311 |  -5.8 | THREATEN  | Threaten to reduce or stop aid
1312 |  -5.8 | THREATEN  | Threaten to boycott, embargo, or sanction
1313 |  -5.8 | THREATEN  | Threaten to reduce or break relations
132  |  -5.8 | THREATEN  | Threaten with administrative sanctions, not specified below
1321 |  -5.8 | THREATEN  | Threaten to impose restrictions on political freedoms
1322 |  -5.8 | THREATEN  | Threaten to ban political parties or politicians
1323 |  -5.8 | THREATEN  | Threaten to impose curfew
1324 |  -5.8 | THREATEN  | Threaten to impose state of emergency or martial law
133  |  -5.8 | THREATEN  | Threaten political dissent, protest
134  |  -5.8 | THREATEN  | Threaten to halt negotiations
135  |  -5.8 | THREATEN  | Threaten to halt mediation
136  |  -7.0 | THREATEN  | Threaten to halt international involvement (non-mediation)
137  |  -7.0 | THREATEN  | Threaten with violent repression
138  |  -7.0 | THREATEN  | Threaten to use military force, not specified below
1381 |  -7.0 | THREATEN  | Threaten blockade
1382 |  -7.0 | THREATEN  | Threaten occupation
1383 |  -7.0 | THREATEN  | Threaten unconventional violence
1384 |  -7.0 | THREATEN  | Threaten conventional attack
1385 |  -7.0 | THREATEN  | Threaten attack with WMD
139  |  -7.0 | THREATEN  | Give ultimatum
14   |  -6.5 | PROTEST   | PROTEST
140  |  -6.5 | PROTEST   | Engage in political dissent, not specified below
141  |  -6.5 | PROTEST   | Demonstrate or rally
1411 |  -6.5 | PROTEST   | Demonstrate for leadership change
1412 |  -6.5 | PROTEST   | Demonstrate for policy change
1413 |  -6.5 | PROTEST   | Demonstrate for rights
1414 |  -6.5 | PROTEST   | Demonstrate for change in institutions, regime
142  |  -6.5 | PROTEST   | Conduct hunger strike, not specified below
1421 |  -6.5 | PROTEST   | Conduct hunger strike for leadership change
1422 |  -6.5 | PROTEST   | Conduct hunger strike for policy change
1423 |  -6.5 | PROTEST   | Conduct hunger strike for rights
1424 |  -6.5 | PROTEST   | Conduct hunger strike for change in institutions, regime
143  |  -6.5 | PROTEST   | Conduct strike or boycott, not specified below
1431 |  -6.5 | PROTEST   | Conduct strike or boycott for leadership change
1432 |  -6.5 | PROTEST   | Conduct strike or boycott for policy change
1433 |  -6.5 | PROTEST   | Conduct strike or boycott for rights
1434 |  -6.5 | PROTEST   | Conduct strike or boycott for change in institutions, regime
144  |  -7.5 | PROTEST   | Obstruct passage, block
1441 |  -7.5 | PROTEST   | Obstruct passage to demand leadership change
1442 |  -7.5 | PROTEST   | Obstruct passage to demand policy change
1443 |  -7.5 | PROTEST   | Obstruct passage to demand rights
1444 |  -7.5 | PROTEST   | Obstruct passage to demand change in institutions, regime
145  |  -7.5 | PROTEST   | Protest violently, riot
1451 |  -7.5 | PROTEST   | Engage in violent protest for leadership change
1452 |  -7.5 | PROTEST   | Engage in violent protest for policy change
1453 |  -7.5 | PROTEST   | Engage in violent protest for rights
1454 |  -7.5 | PROTEST   | Engage in violent protest for change in institutions, regime
15   |  -7.2 | MOBILIZE  | EXHIBIT FORCE POSTURE
150  |  -7.2 | MOBILIZE  | Demonstrate military or police power, not specified below
151  |  -7.2 | MOBILIZE  | Increase police alert status
152  |  -7.2 | MOBILIZE  | Increase military alert status
153  |  -7.2 | MOBILIZE  | Mobilize or increase police power
154  |  -7.2 | MOBILIZE  | Mobilize or increase armed forces
16   |  -4.0 | SANCTION  | REDUCE RELATIONS
160  |  -4.0 | SANCTION  | Reduce relations, not specified below
161  |  -4.0 | SANCTION  | Reduce or break diplomatic relations
162  |  -5.6 | SANCTION  | Reduce or stop aid, not specified below
1621 |  -5.6 | SANCTION  | Reduce or stop economic assistance
1622 |  -5.6 | SANCTION  | Reduce or stop military assistance
1623 |  -5.6 | SANCTION  | Reduce or stop humanitarian assistance
163  |  -8.0 | COERCE    | Impose embargo, boycott, or sanctions
164  |  -7.0 | SANCTION  | Halt negotiations
165  |  -6.5 | SANCTION  | Halt mediation
166  |  -7.0 | SANCTION  | Expel or withdraw, not specified below
1661 |  -7.0 | SANCTION  | Expel or withdraw peacekeepers
1662 |  -7.0 | SANCTION  | Expel or withdraw inspectors, observers
1663 |  -7.0 | SANCTION  | Expel or withdraw aid agencies
17   |  -7.0 | COERCE    | COERCE
170  |  -7.0 | COERCE    | Coerce, not specified below
171  |  -9.2 | COERCE    | Seize or damage property, not specified below
1711 |  -9.2 | COERCE    | Confiscate property
1712 |  -9.2 | ASSAULT   | Destroy property
172  |  -5.0 | COERCE    | Impose administrative sanctions, not specified below
1721 |  -5.0 | COERCE    | Impose restrictions on political freedoms
1722 |  -5.0 | COERCE    | Ban political parties or politicians
1723 |  -5.0 | COERCE    | Impose curfew
1724 |  -5.0 | COERCE    | Impose state of emergency or martial law
173  |  -5.0 | COERCE    | Arrest, detain, or charge with legal action
174  |  -5.0 | COERCE    | Expel or deport individuals
175  |  -9.0 | ASSAULT   | Use tactics of violent repression
18   |  -9.0 | ASSAULT   | ASSAULT
180  |  -9.0 | ASSAULT   | Use unconventional violence, not specified below
181  |  -9.0 | ASSAULT   | Abduct, hijack, or take hostage
182  |  -9.5 | ASSAULT   | Physically assault, not specified below
1821 |  -9.0 | ASSAULT   | Sexually assault
1822 |  -9.0 | ASSAULT   | Torture
1823 | -10.0 | ASSAULT   | Kill by physical assault
183  | -10.0 | ASSAULT   | Conduct suicide, car, or other non-military bombing, not specified below
1831 | -10.0 | ASSAULT   | Carry out suicide bombing
1832 | -10.0 | ASSAULT   | Carry out car bombing
1833 | -10.0 | ASSAULT   | Carry out roadside bombing
184  |  -8.0 | ASSAULT   | Use as human shield
185  |  -8.0 | ASSAULT   | Attempt to assassinate
186  | -10.0 | ASSAULT   | Assassinate
19   | -10.0 | ASSAULT   | FIGHT
190  | -10.0 | ASSAULT   | Use conventional military force, not specified below
191  |  -9.5 | COERCE    | Impose blockade, restrict movement
192  |  -9.5 | COERCE    | Occupy territory
193  | -10.0 | ASSAULT   | Fight with small arms and light weapons
194  | -10.0 | ASSAULT   | Fight with artillery and tanks
195  | -10.0 | ASSAULT   | Employ aerial weapons
196  |  -9.5 | ASSAULT   | Violate ceasefire
20   | -10.0 | ASSAULT   | USE UNCONVENTIONAL MASS VIOLENCE
200  | -10.0 | ASSAULT   | Use unconventional mass violence, not specified below
201  |  -9.5 | ASSAULT   | Engage in mass expulsion
202  | -10.0 | ASSAULT   | Engage in mass killings
203  | -10.0 | ASSAULT   | Engage in ethnic cleansing
204  | -10.0 | ASSAULT   | Use weapons of mass destruction, not specified below
2041 | -10.0 | ASSAULT   | Use chemical, biological, or radiological weapons
2042 | -10.0 | ASSAULT   | Detonate nuclear weapons
"""


def _parse(table: str) -> dict[str, CameoCode]:
    book: dict[str, CameoCode] = {}
    for line in table.strip().splitlines():
        code, goldstein, plover, name = (part.strip() for part in line.split("|", 3))
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


CODEBOOK: dict[str, CameoCode] = _parse(_TABLE)
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
