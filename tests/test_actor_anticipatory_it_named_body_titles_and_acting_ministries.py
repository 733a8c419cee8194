"""Three facts of actor coding, on passages of real articles (the judged precision draws'):

- an anticipatory "it" ("It was the first time the administration fingered Russia …", "It is
  unclear whether …") stands for no actor: it takes no antecedent, so the country named before it
  does not become the acting side of its sentence (and the role noun's country);
- a title whose deciding words are a named body's whole name holds that body's code: "Secret
  Service Director X" is the US Secret Service's (USACOP, as organisations.txt has it), not a spy
  agency's, which a "secret service" in general is;
- a state's body with no country of its own ("The Foreign Ministry") that acts on other states,
  in a story one country leads, is the leading country's.
"""

from __future__ import annotations

from helpers import coded

# Washington Times, on US sanctions for Russian election meddling (seed 40's "administration" RUSGOV)
SANCTIONS = (
    "The Trump administration slapped sanctions on two dozen Russian individuals and spy agencies Thursday, "
    "officially blaming them for meddling in the 2016 U.S. presidential election.\n\n"
    "The Russians hit with U.S. sanctions were involved in election meddling and cyberattacks, including what "
    "Treasury Department and national security officials said were attacks on the U.S. energy grid, aviation "
    "system and infrastructure. It was the first time the administration fingered Russia for cyberattacks that "
    "began at least two years ago.\n\n"
    "“The administration is confronting and countering malign Russian cyber activity, including their attempted "
    "interference in U.S. elections, destructive cyber-attacks, and intrusions targeting critical "
    "infrastructure,” he said."
)

# CNN Business, on the arrest of Huawei's Meng Wanzhou (seed 19's "Foreign Ministry" GOV)
HUAWEI = (
    "Hong Kong (CNN Business) The conflict between the United States and China over trade and technology is expanding.\n\n"
    "The arrest of a top executive at Chinese tech giant Huawei at the request of the US government has angered "
    "Beijing, alarmed investors and raised new doubts about the fragile truce that the leaders of the world's top "
    "two economies reached just days ago.\n\n"
    "China's Commerce Ministry said Thursday it was confident a trade agreement with the United States could still "
    "be reached in time to hit a 90-day deadline set by President Donald Trump.\n\n"
    "But the Chinese government is clearly angry about Meng's arrest. The Foreign Ministry called on the United "
    "States and Canada to \"immediately correct the wrongdoing\" and restore her \"personal freedom.\""
)


def test_anticipatory_it_is_no_one(read):
    reading = read(SANCTIONS)
    assert not [m for m in reading.mentions if m.text == "It"]  # not Russia
    administrations = [m.actor.code for m in reading.mentions if m.text.lower() == "the administration"]
    assert administrations and set(administrations) == {"USAGOV"}
    events = coded(reading)
    assert ("110", "USAGOV", "RUS") in events
    assert not [e for e in events if e[1] == "RUSGOV"]


def test_it_with_a_clause_of_its_adjective_is_still_the_body(read):
    reading = read(HUAWEI)
    # "it was confident a trade agreement … could be reached": the ministry was confident
    assert any(m.text == "it" and m.actor.code == "CHNGOV" for m in reading.mentions)


def test_a_title_named_by_a_body_holds_the_body_s_code(read):
    reading = read("Secret Service Director Julia Pierson ordered an investigation by the agency's Office of "
                   "Professional Responsibility.")
    pierson = next(m.actor for m in reading.mentions if m.text == "Julia Pierson")
    assert pierson.code == "USACOP", pierson
    assert ("090", "USACOP", None) in coded(reading)
    assert not [e for e in coded(reading) if e[1] == "USASPY"]


def test_a_ministry_acting_on_other_states_is_the_leading_country_s(read):
    events = coded(read(HUAWEI))
    assert ("020", "CHNGOV", "USA") in events
    assert ("020", "CHNGOV", "CAN") in events
    assert not [e for e in events if e[1] == "GOV"]


def test_it_with_a_to_clause_is_still_the_body(read):
    # Washington Times, on documents the Justice Department handed Congress: "it" is the department
    reading = read("The Justice Department said it was slow to comply because of the volume of documents "
                   "and number of reductions needed.")
    assert any(m.text == "it" and m.actor.code == "USAGOV" for m in reading.mentions)
