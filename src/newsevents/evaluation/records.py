"""The PETRARCH2 unit-test record format: `<Sentence date id category>` with gold
`<EventCoding sourcecode targetcode eventcode>` lines, `<Text>`, and `<Config>` switches between
records (`require_dyad`). The `<Parse>` Treebank tree is ignored: newsevents parses the text itself.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from newsevents.petrarch.dictionaries import parse_day


@dataclass(frozen=True)
class Coding:
    source: str  # '' where the record gives none
    target: str
    code: str


@dataclass
class Record:
    id: str
    date: date | None
    category: str
    text: str
    codings: list[Coding] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)  # expected error kinds ('dateline', 'storydiscard', …)
    require_dyad: bool = True

    @property
    def expects_no_events(self) -> bool:
        return not self.codings


@dataclass
class Environment:
    verbfile: str = "PETR.Validate.verbs.txt"
    actorfile: str = "PETR.Validate.actors.txt"
    agentfile: str = "PETR.Validate.agents.txt"
    discardfile: str = "PETR.Validate.discards.txt"


def _truthy(value: str) -> bool:
    return value.strip().lower() in {"true", "1", "yes"}


def read_records(path: str | Path) -> tuple[Environment, list[Record]]:
    """Read a unit-test file: its <Environment> and every <Sentence>, in order, with the
    `require_dyad` setting in force where it stands."""
    root = ET.parse(path).getroot()
    environment = Environment()
    env = root.find("Environment")
    if env is not None:
        for tag in ("Verbfile", "Actorfile", "Agentfile", "Discardfile"):
            node = env.find(tag)
            if node is not None and node.text:
                setattr(environment, tag.lower(), node.text.strip())
    records: list[Record] = []
    require_dyad = True
    container = root.find("Sentences")
    for node in (container if container is not None else root):
        if node.tag == "Config" and node.get("option") == "require_dyad":
            require_dyad = _truthy(node.get("value", "true"))
        elif node.tag == "Sentence":
            records.append(_record(node, require_dyad))
    return environment, records


def _record(node: ET.Element, require_dyad: bool) -> Record:
    text_node = node.find("Text")
    text = re.sub(r"\s+", " ", text_node.text or "").strip() if text_node is not None else ""
    try:
        day = parse_day(node.get("date", "").strip())
    except ValueError:
        day = None
    record = Record((node.get("id") or "").strip(), day, (node.get("category") or "").strip(), text,
                    require_dyad=require_dyad)
    for coding in node.findall("EventCoding"):
        if coding.get("error"):
            record.errors.append(coding.get("error", ""))
        elif coding.get("eventcode"):
            record.codings.append(Coding(_actor(coding.get("sourcecode")), _actor(coding.get("targetcode")),
                                         coding.get("eventcode", "").strip()))
    return record


def _actor(value: str | None) -> str:
    return (value or "").strip()
