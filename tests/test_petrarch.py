"""PETRARCH dictionaries (readers, actor and verb hooks) and `newsevents evaluate petrarch`."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from conftest import SHARED
from typer.testing import CliRunner

from newsevents.actors.coding import ActorCoder, entity_patterns
from newsevents.events.extract import EventExtractor
from newsevents.model import Document
from newsevents.nlp import parse_documents
from newsevents.petrarch import read_actors, read_agents, read_discards, read_verbs
from newsevents.petrarch.dictionaries import verb_forms
from newsevents.petrarch.matching import combine_codes

PETRARCH = SHARED / "data" / "petrarch2"
DICTIONARIES = PETRARCH / "dictionaries"
RECORDS = PETRARCH / "text" / "PETR.UnitTest.records.xml"

ACTORS = """
<!-- a comment
     over two lines -->
ARNOR_  [ARN]  # a comment
+ARNORIAN
GONDOR [GON]
+MINAS_TIRITH
THE_SHIRE  [FRO/BIL/SAM]
GOLLUM  # pas 27 Apr 03
+SMEAGOL
\t[HOB < 950601]
\t[HOBGOV 19950601 - 19990815]
#\t[950601-990815]  incorrect code block
\t[HOBREB > 990816]
ZIMBABWE
\t[RHO <790606]
\t[ZBW]
"""

AGENTS = """
!PERSON! = MAN, MEN, WOMAN
POLICE {} [~COP]
CONGRESS!PERSON! [~LEG]
GOLDEN_GOOSE {GOLDEN_GEESE} [~GGS]
OFFICIAL  [~GOV] # ab 12 Aug 2005
SOLDIER  [~MIL]
SECURITY_OFFICIALS  [~GOV]
MSF {}  [NGO~]
HUMAN_RIGHTS_ORGANIZATION  [  NGO~]
"""

VERBS = """
&TIETYPES
+MILITARY
+ECONOMIC

&NEGATIVE
+DID N'T
+WILL NOT

--- ABANDON  [345]  ---
ABANDON    # pas 15 Jul 2003
- * NEW_&TIETYPES_RELATIONS [903]
- * &TIETYPES TIES [902]
- * DIPLOMATIC TIES [901]

--- BREAK [1717] ---
BREAK { BROKE BROKEN  }
+BREAK_DOWN {+BREAKS_DOWN +BREAKING_DOWN +BROKE_DOWN +BROKEN_DOWN }
- * TREATY  [161]

--- CONFISCATE  [1711] ---
CONFISCATE
WIRE_+TAP {WIRE_+TAPPED  WIRE_+TAPPING }
- WILL NOT * [081]

--- MEET  [031:031]  ---
MEET    # -PAS 2/9/96
- % HAVE POSTPONED *  [191]

--- DELAY  [120]  ---
DELAY
POSTPONE
- % HAVE *  [191]

--- RESTORE  [064]  ---
RESTORE
- * FXLL DIPLOMATIC  [+++]
- * TIES  [064]

--- RECEIVE  [033]  ---
RECEIVE
- + HAS * A MESSAGE $  [031]
- + * MONEY $  [071]

--- CLASH  [223] ---
CLASH
- &NEGATIVE * OVER EFFORTS  [904]
"""

DISCARDS = """
# Story-level discards are indicated with a '+'.
YEARS LATER
+World Golf Championships   # pas 26-Feb-2014
BASEBALL
"""


# --- readers ----------------------------------------------------------------------------------
def test_actor_reader_handles_synonyms_comments_and_date_ranges():
    actors = read_actors(ACTORS)
    assert len(actors) == 5
    assert actors.lookup("Minas Tirith").code_on(None) == "GON"
    assert actors.lookup("arnorian") is actors.lookup("ARNOR")
    gollum = actors.lookup("smeagol")
    assert gollum.code_on(date(1995, 5, 31)) == "HOB"
    assert gollum.code_on(date(1995, 6, 1)) == "HOBGOV"
    assert gollum.code_on(date(1999, 8, 16)) == "HOBREB"
    zimbabwe = actors.lookup("zimbabwe")
    assert zimbabwe.code_on(date(1978, 12, 23)) == "RHO"
    assert zimbabwe.code_on(date(2001, 1, 1)) == "ZBW"
    assert actors.lookup("the shire").code_on(None) == "FRO/BIL/SAM"


def test_agent_reader_makes_plurals_substitutions_and_prefixes():
    agents = read_agents(AGENTS)
    assert agents.lookup("police").code == "COP" and agents.lookup("polices") is None  # {}: no plural
    assert agents.lookup("officials").code == "GOV"  # regular plural
    assert agents.lookup("golden geese").code == "GGS"
    assert agents.lookup("congresswoman").code == "LEG"  # !PERSON! substitution
    assert agents.lookup("msf").prefix and not agents.lookup("official").prefix
    assert agents.lookup("human rights organization").code == "NGO"
    assert combine_codes("ARN", "GOV") == "ARNGOV"
    assert combine_codes("ARN", "NGO", prefix=True) == "NGOARN"
    assert combine_codes("USAGOV", "GOV") == "USAGOV"
    assert combine_codes("GMWGOV", "WGO") == "GMWGOVWGO"  # only whole three-letter parts count


def test_verb_reader_reads_blocks_forms_patterns_and_synsets():
    verbs = read_verbs(VERBS)
    assert [b.name for b in verbs.blocks][:3] == ["ABANDON", "BREAK", "CONFISCATE"]
    assert {"break", "breaks", "broke", "broken", "breaking"} <= {f for e, _ in verbs.candidates("broken") for f in e.forms}
    (entry, block), = [c for c in verbs.candidates("tapped") if c[0].words == ("wire", "tap")]
    assert entry.verb_index == 1 and block.code == "1711"
    meet = next(b for b in verbs.blocks if b.name == "MEET")
    assert (meet.code, meet.reciprocal) == ("031", "031")
    pattern = next(b for b in verbs.blocks if b.name == "ABANDON").patterns[0]
    assert [(e.kind, e.value, e.joined) for e in pattern.after] == [
        ("word", "new", False), ("synset", "TIETYPES", True), ("word", "relations", True)]
    receive = next(b for b in verbs.blocks if b.name == "RECEIVE").patterns[1]
    assert [e.kind for e in receive.before] == ["target"] and [e.kind for e in receive.after] == ["word", "source"]
    assert len(verbs.synsets["NEGATIVE"]) == 2
    assert "stopped" in verb_forms("stop") and "denied" in verb_forms("deny")


def test_discard_reader_separates_story_and_sentence_discards():
    discards = read_discards(DISCARDS)
    assert discards.sentence == [("years", "later"), ("baseball",)]
    assert discards.story == [("world", "golf", "championships")]


@pytest.mark.skipif(not DICTIONARIES.exists(), reason=f"PETRARCH2 dictionaries not found at {DICTIONARIES} (../shared is absent)")
def test_real_phoenix_and_cameo_dictionaries_load():
    actors = read_actors(DICTIONARIES / "Phoenix.Countries.actors.txt")
    verbs = read_verbs(DICTIONARIES / "CAMEO.2.0.txt")
    agents = read_agents(DICTIONARIES / "Phoenix.agents.txt")
    assert len(actors) > 10_000 and verbs.verbs > 1_000 and verbs.patterns > 4_000 and len(agents) > 2_000
    netanyahu = actors.lookup("BINYAMIN NETANYAHU")
    assert netanyahu.code_on(date(2015, 9, 17)) == "ISRGOV"
    assert netanyahu.code_on(date(1980, 1, 1)) == "ISRELI"
    assert agents.lookup("police").code == "COP"
    assert any(b.name == "ACCELERATE" for b in verbs.blocks)


# --- the hooks --------------------------------------------------------------------------------
def _parse(pipeline, text: str, published: date | None = None):
    document = Document("d", "<test>", text, published=published, language="en", paragraphs=[(0, len(text))])
    return parse_documents([document], pipeline.nlp)[0]


def _code(actor) -> str:
    return actor.code if actor is not None else "---"


def test_dictionary_actors_combine_with_agents_and_follow_dates(pipeline):
    coder = ActorCoder(dictionary=read_actors(ACTORS), agents=read_agents(AGENTS), builtin=False)
    mentions = coder(_parse(pipeline, "Arnorian police arrested Smeagol near Minas Tirith.", date(1997, 3, 1)))
    assert [(m.text, m.actor.code) for m in mentions] == [
        ("Arnorian police", "ARNCOP"), ("Smeagol", "HOBGOV"), ("Minas Tirith", "GON")]
    later = coder(_parse(pipeline, "Smeagol fled.", date(2001, 1, 1)))
    assert later[0].actor.code == "HOBREB"


def test_builtin_knowledge_still_codes_what_the_dictionary_lacks(pipeline):
    coder = ActorCoder(dictionary=read_actors(ACTORS), agents=read_agents(AGENTS))
    mentions = coder(_parse(pipeline, "Russian president Vladimir Putin met Gondor officials."))
    codes = {m.text: m.actor.code for m in mentions}
    assert codes["Gondor officials"] == "GONGOV" and codes["Vladimir Putin"] == "RUSGOV"


def test_entity_patterns_take_dictionary_names():
    patterns = entity_patterns(read_actors(ACTORS))
    assert {"label": "GPE", "pattern": [{"LOWER": "minas"}, {"LOWER": "tirith"}]} in patterns
    assert len(patterns) > len(entity_patterns())


@pytest.mark.parametrize("text, expected", [
    ("Gondor will abandon full economic ties with Arnor.", {("GON", "ARN", "902")}),
    ("Gondor will abandon new economic relations with Arnor.", {("GON", "ARN", "903")}),
    ("Gondor will soon abandon new global economic relations with Arnor.", {("GON", "ARN", "345")}),
    ("Gondor has broken down relations with Arnor.", {("GON", "ARN", "1717")}),
    ("Gondor broke a treaty with Arnor.", {("GON", "ARN", "161")}),
    ("Soldiers from Arnor wire tapped the phones of Gondor.", {("ARNMIL", "GON", "1711")}),
    ("Soldiers from Arnor will not wire tap the phones of Gondor.", {("ARNMIL", "GON", "081")}),
    ("Gondor and Arnor have postponed their meeting.", {("GON", "ARN", "191"), ("ARN", "GON", "191")}),
    ("Gondor will meet Arnor officials on Monday.", {("GON", "ARNGOV", "031"), ("ARNGOV", "GON", "031")}),
    ("Gondor is about to quickly restore fxll diplomatic ties with Arnor.", {("GON", "ARN", "064")}),
    ("Arnor has received by courier money from Gondor.", {("GON", "ARN", "071")}),
    ("Gondor didn't clash over the efforts of Arnor.", {("GON", "ARN", "904")}),
    ("Gondor will abandon its baseball ties with Arnor.", set()),
])
def test_verb_dictionary_patterns_over_our_parse(pipeline, text, expected):
    parsed = _parse(pipeline, text, date(1995, 1, 1))
    actors = ActorCoder(dictionary=read_actors(ACTORS), agents=read_agents(AGENTS), builtin=False)
    extract = EventExtractor(verbs=read_verbs(VERBS), discards=read_discards(DISCARDS))
    events = extract(parsed, actors(parsed), {})
    assert {(_code(e.source), _code(e.target), e.cameo) for e in events} == expected


def test_dictionary_events_keep_modality_and_the_codebook(pipeline):
    parsed = _parse(pipeline, "Gondor will abandon full military ties with Arnor.", date(1995, 1, 1))
    actors = ActorCoder(dictionary=read_actors(ACTORS), agents=read_agents(AGENTS), builtin=False)
    (event,) = EventExtractor(verbs=read_verbs(VERBS))(parsed, actors(parsed), {})
    assert (event.cameo, event.root, event.modality, event.trigger) == ("902", "90", "planned", "abandon")


def test_a_story_discard_drops_every_event(pipeline):
    parsed = _parse(pipeline, "Gondor will abandon diplomatic ties with Arnor after the World Golf Championships.")
    actors = ActorCoder(dictionary=read_actors(ACTORS), builtin=False)
    assert EventExtractor(verbs=read_verbs(VERBS), discards=read_discards(DISCARDS))(parsed, actors(parsed), {}) == []


# --- the evaluate command ---------------------------------------------------------------------
RECORDS_XML = """<Validation>
<Environment>
    <Verbfile>test.verbs.txt</Verbfile>
    <Actorfile>test.actors.txt</Actorfile>
    <Agentfile>test.agents.txt</Agentfile>
    <Discardfile>test.discards.txt</Discardfile>
</Environment>
<Sentences>
<Sentence date="19950101" id="T-01" category="DEMO">
<EventCoding sourcecode="GON" targetcode="ARN" eventcode="902"></EventCoding>
<Text>Gondor will abandon full economic ties with Arnor almost five years after the war.</Text>
<Parse>(ROOT (S (NP (NNP Arnor))))</Parse>
</Sentence>
<Sentence date="19950101" id="T-02" category="VERB">
<EventCoding sourcecode="GON" targetcode="ARN" eventcode="161"></EventCoding>
<Text>Gondor broke a treaty with Arnor.</Text>
</Sentence>
<Sentence date="19950101" id="T-03" category="VERB">
<EventCoding noevents="True"></EventCoding>
<Text>Gondor departx from Arnor.</Text>
</Sentence>
<Sentence date="19950101" id="T-05" category="ERROR">
<EventCoding error="sentencediscard"></EventCoding>
<Text>Gondor broke a treaty with Arnor to play baseball.</Text>
</Sentence>
<Sentence date="20010101" id="T-04" category="DATE">
<EventCoding sourcecode="GON" targetcode="HOBREB" eventcode="064"></EventCoding>
<Text>Gondor is about to quickly restore full diplomatic ties with Smeagol.</Text>
</Sentence>
</Sentences>
</Validation>
"""


def _dictionary_folder(tmp_path: Path) -> Path:
    for name, text in (("actors", ACTORS), ("agents", AGENTS), ("verbs", VERBS), ("discards", DISCARDS)):
        (tmp_path / f"test.{name}.txt").write_text(text, encoding="utf-8")
    (tmp_path / "records.xml").write_text(RECORDS_XML, encoding="utf-8")
    return tmp_path


def _invoke(args: list[str]):
    """Run `newsevents evaluate …` as the main CLI mounts it."""
    import typer

    from newsevents.cli_evaluate import evaluate_app

    app = typer.Typer()
    app.add_typer(evaluate_app, name="evaluate")
    return CliRunner().invoke(app, ["evaluate", *args], terminal_width=200)


def _final_line(output: str) -> tuple[float, float]:
    last = output.strip().splitlines()[-1]
    match = re.fullmatch(r"root F1 (\d\.\d{3}) full F1 (\d\.\d{3})", last)
    assert match, last
    return float(match.group(1)), float(match.group(2))


def test_evaluate_petrarch_command_on_inline_records(tmp_path):
    folder = _dictionary_folder(tmp_path)
    result = _invoke(["petrarch", str(folder / "records.xml"), "--dictionaries", str(folder)])
    assert result.exit_code == 0, result.output
    assert "DEMO" in result.output and "VERB" in result.output and "DATE" in result.output
    assert _final_line(result.output) == (1.0, 1.0)


def test_evaluate_petrarch_says_which_dictionary_is_missing(tmp_path):
    folder = _dictionary_folder(tmp_path)
    (folder / "test.verbs.txt").unlink()
    result = _invoke(["petrarch", str(folder / "records.xml"), "--dictionaries", str(folder)])
    assert result.exit_code == 2 and "test.verbs.txt" in result.output


@pytest.mark.bench
@pytest.mark.skipif(not RECORDS.exists(), reason=f"PETRARCH2 unit-test records not found at {RECORDS} (../shared is absent)")
def test_petrarch2_unit_tests_meet_the_targets():
    result = _invoke(["petrarch", str(RECORDS), "--dictionaries", str(DICTIONARIES)])
    assert result.exit_code == 0, result.output
    root, full = _final_line(result.output)
    # Targets: root F1 ≥ 0.90 and full F1 ≥ 0.80; reached 0.911 on both with en_core_web_sm 3.8.0.
    assert root >= 0.90 and full >= 0.90, result.output
