"""Role nouns and titles → CAMEO agent (role) codes; the news outlets we know, by name and domain.
Our own compact tables (checked against PETRARCH's Phoenix agents dictionary), parsed at import.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from typing import Literal, cast
from urllib.parse import urlsplit

# CAMEO role (agent) codes. CAMEO's own sense: MED is media and HLH is health (PLOVER renamed
# them JRN and MED); we keep CAMEO's because our events and actor codes are CAMEO.
ROLE_CODES: dict[str, str] = {
    "GOV": "government: executive, ministers, officials, diplomats, heads of state",
    "MIL": "military: armed forces, troops, officers, military intelligence",
    "SPY": "state intelligence services and their officers",
    "COP": "police and other internal security forces",
    "JUD": "judiciary: courts, judges, prosecutors, lawyers",
    "LEG": "legislature: parliaments, lawmakers",
    "OPP": "political opposition, dissidents",
    "REB": "rebels, insurgents, militants, armed non-state groups",
    "UAF": "unidentified armed forces (gunmen, assailants)",
    "CRM": "criminals and criminal gangs",
    "PTY": "political parties",
    "MED": "media: news agencies, newspapers, broadcasters, journalists",
    "BUS": "business: companies, banks, executives",
    "CVL": "civilians, residents, protesters, activists",
    "EDU": "education: universities, schools, students, teachers",
    "HLH": "health: hospitals, doctors, medics",
    "REF": "refugees and displaced people",
    "LAB": "organised labour: unions, workers",
    "AGR": "agriculture: farmers, peasants, fishermen",
    "REL": "religious leaders and institutions",
}

# One line per code; indented lines continue it. "x(s)" stands for "x" and "xs".
# Code "-" marks phrases we know are *not* agents, so a shorter ending cannot claim them.
_ROLE_TABLE = """
GOV president(s), vice president(s), presidency, prime minister(s), premier(s), chancellor(s),
    minister(s), ministry, ministries, foreign minister(s), defence minister(s),
    defense minister(s), interior minister(s), secretary of state, secretaries of state,
    head(s) of state, head(s) of government, government(s), cabinet(s), administration(s),
    regime(s), authorities, official(s), diplomat(s), ambassador(s), embassy, embassies,
    consul(s), consulate(s), envoy(s), emissary, emissaries, delegation(s), negotiator(s),
    spokesman, spokesmen, spokeswoman, spokeswomen, spokesperson(s), spokespeople,
    press secretary, press secretaries, press service(s), press office(s), press desk(s),
    king(s), queen(s), crown prince(s), monarch(s), emir(s), sultan(s), leader(s), governor(s),
    mayor(s), state department, foreign office, secretary general, secretaries general,
    director general, directors general, inspector general, governor general, consul general,
    white house chief of staff, central bank(s), ruling party, ruling parties, governing party,
    commissioner(s), high commissioner(s), deputy high commissioner(s), secretary, secretaries,
    foreign secretary, defence secretary, defense secretary, home secretary, chief secretary,
    state secretary, cabinet secretary, supreme leader(s)
OPP opposition, opposition leader(s), opposition party, opposition parties,
    opposition figure(s), opposition activist(s), dissident(s)
MIL army, armies, military, militaries, armed forces, defence force(s), defense force(s),
    forces, troops, soldier(s), serviceman, servicemen, general(s), lieutenant general(s),
    major general(s), brigadier general(s), brigadier(s), colonel(s), lieutenant colonel(s),
    lieutenant(s), captain(s), sergeant(s), admiral(s), vice admiral(s), rear admiral(s),
    field marshal(s), air marshal(s), chief(s) of staff, chief(s) of general staff,
    commander(s), commander(s) in chief, military intelligence, army intelligence, navy, navies,
    naval forces, air force(s), special forces, government forces, government troops,
    marine(s), sailor(s), paratrooper(s), border guard(s), coast guard(s), national guard,
    battalion(s), brigade(s), regiment(s), warplane(s), fighter jet(s), artillery, warship(s),
    peacekeeper(s), peacekeeping force(s)
SPY intelligence, intelligence service(s), intelligence agency, intelligence agencies,
    spy agency, spy agencies, spy, spies, spymaster(s), secret service(s), security service(s),
    secret police
COP police, policeman, policemen, policewoman, policewomen, police officer(s), police force(s),
    riot police, border police, cop(s), gendarme(s), gendarmerie, security forces,
    police commissioner(s)
JUD court(s), supreme court(s), judge(s), judiciary, tribunal(s), magistrate(s), prosecutor(s),
    prosecutor general, prosecutors general, attorney general, attorneys general,
    solicitor general, chief justice, lawyer(s), attorney(s)
LEG parliament(s), parliamentarian(s), lawmaker(s), legislator(s), legislature(s), senator(s),
    senate(s), congress, congressman, congressmen, congresswoman, congresswomen, mp(s),
    house of representatives, house of commons, national assembly
REB rebel(s), rebel forces, opposition forces, insurgent(s), insurgency, militant(s),
    guerrilla(s), guerilla(s), separatist(s), militia(s), militiaman, militiamen, jihadist(s),
    fighter(s), armed group(s)
UAF gunman, gunmen, assailant(s), attacker(s)
CRM criminal(s), gang(s), smuggler(s), cartel(s), trafficker(s), kidnapper(s), pirate(s),
    thief, thieves
PTY party, parties, political party, political parties
MED news agency, news agencies, press agency, wire service(s), newspaper(s), daily, dailies,
    paper(s), weekly, weeklies, tabloid(s), magazine(s), outlet(s), news outlet(s),
    media outlet(s), news site(s), website(s), broadcaster(s), journalist(s), reporter(s),
    correspondent(s), editor(s), columnist(s), press, media, state media, tv, television,
    state television, radio, tv channel(s), news channel(s)
BUS company, companies, firm(s), business, businesses, businessman, businessmen,
    businesswoman, businesswomen, ceo(s), chief executive(s), executive(s), bank(s),
    corporation(s), conglomerate(s), investor(s), manufacturer(s), employer(s)
CVL civilian(s), resident(s), people, citizen(s), villager(s), protester(s), protestor(s),
    demonstrator(s), activist(s), crowd(s), bystander(s), passer by, passers by,
    protest leader(s), protest organiser(s), protest organizer(s), migrant(s)
EDU university, universities, college(s), school(s), student(s), teacher(s), professor(s),
    academic(s)
HLH hospital(s), clinic(s), doctor(s), physician(s), nurse(s), medic(s), paramedic(s),
    health worker(s), surgeon general
REF refugee(s), asylum seeker(s), displaced people, displaced person(s), displaced families
LAB union(s), trade union(s), labor union(s), labour union(s), worker(s), employee(s),
    striker(s)
AGR farmer(s), peasant(s), fisherman, fishermen, herder(s)
REL cleric(s), clergy, priest(s), imam(s), rabbi(s), bishop(s), archbishop(s), cardinal(s),
    pope, church(es), mosque(s), monk(s), pastor(s), religious leader(s), ayatollah(s)
-   white paper(s), policy paper(s), position paper(s), working paper(s), ballot paper(s),
    european union, african union, soviet union, daily life
"""

# Generic heads that take the role of what precedes them ("police spokesman" is COP, "rebel
# leader" REB, "Military Intelligence chief" MIL) and fall back to their own row, if any.
_HEADS = """
spokesman, spokesmen, spokeswoman, spokeswomen, spokesperson(s), spokespeople, chief(s),
head(s), leader(s), leadership, official(s), commander(s), director(s), officer(s), source(s),
member(s), representative(s), chief(s) of staff, boss(es), delegation(s), negotiator(s),
unit(s), forces, headquarters, personnel
"""

# Titles written before a person's name. Dots are optional and "-" is as good as a space.
_TITLE_TABLE = """
MIL general, gen., lieutenant general, lt. gen., lt. general, lt.-gen., major general, maj. gen.,
    brigadier general, brig. gen., brigadier, brig., colonel, col., lieutenant colonel, lt. col.,
    admiral, adm., vice admiral, vice adm., rear admiral, rear adm., field marshal, marshal,
    air marshal, air chief marshal, commander, cmdr., cdr., captain, capt., major, maj.,
    lieutenant, lt., sergeant, sgt., corporal, cpl.
GOV president, pres., vice president, prime minister, premier, chancellor, minister,
    foreign minister, defence minister, defense minister, interior minister, finance minister,
    secretary of state, secretary, king, queen, prince, crown prince, emir, sultan, governor,
    gov., mayor, ambassador, amb., envoy, spokesman, spokeswoman, spokesperson
LEG senator, sen., representative, rep., congressman, congresswoman, speaker, mp
JUD judge, justice, chief justice, prosecutor, attorney general
COP inspector, chief inspector, detective, det., superintendent, constable
REL pope, cardinal, archbishop, bishop, rabbi, imam, ayatollah, patriarch, reverend, rev.
-   mr., mrs., ms., miss, dr., prof., professor, sir, dame
"""

# Words that follow "General" and friends in names that are not people ("General Motors").
_NOT_PERSON = frozenset(
    "motors electric assembly dynamics staff secretary mills atomics hospital council court "
    "prosecutor election elections strike manager counsel league department ministry party".split()
)
_TITLE_MODIFIERS = r"(?:(?:deputy|acting|interim|first)\s+)?"


def _expand(phrase: str) -> list[str]:
    m = re.search(r"\((e?s)\)", phrase)
    if not m:
        return [phrase]
    head, tail = phrase[: m.start()], phrase[m.end() :]
    return [head + tail, head + m.group(1) + tail]


def _parse_rows(table: str) -> list[tuple[str, str]]:
    """(code, phrase) pairs from a 'CODE phrase, phrase' table with indented continuations."""
    rows: list[tuple[str, str]] = []
    code = ""
    for line in table.strip("\n").splitlines():
        if not line.strip():
            continue
        if not line[0].isspace():
            code, line = line.split(None, 1)
        for item in line.split(","):
            if item.strip():
                rows.extend((code, p) for p in _expand(item.strip()))
    return rows


def _words(text: str) -> list[str]:
    """Case-folded words, possessives dropped, hyphens as spaces: 'Putin's' → 'putin'."""
    text = unicodedata.normalize("NFKC", text).casefold()
    text = re.sub(r"['’]s\b|['’]", "", text)
    return re.findall(r"[^\W_]+", text)


def _build(table: str) -> dict[str, str]:
    """Normalised phrase → code; a phrase under two codes is a mistake in the table."""
    codes: dict[str, str] = {}
    for code, phrase in _parse_rows(table):
        key = " ".join(_words(phrase))
        if codes.get(key, code) != code:
            raise ValueError(f"{phrase!r} is listed under both {codes[key]} and {code}")
        codes[key] = code
    return codes


ROLES: dict[str, str] = _build(_ROLE_TABLE)
"""Normalised role phrase → CAMEO role code ("-" for known non-agents)."""
_HEAD_SET = frozenset(
    " ".join(_words(p)) for item in _HEADS.split(",") if item.strip() for p in _expand(item.strip())
)
_MAX_WORDS = max(len(k.split()) for k in ROLES.keys() | _HEAD_SET)


def role_of(phrase: str) -> str | None:
    """CAMEO role code of the longest known role phrase ending `phrase`, or None.

    >>> role_of("Israeli Defence Forces chief-of-staff"), role_of("Putin's spokesman")
    ('MIL', 'GOV')
    """
    return _role(_words(phrase))


def _role(words: list[str]) -> str | None:
    for n in range(min(len(words), _MAX_WORDS), 0, -1):
        key = " ".join(words[-n:])
        if key in _HEAD_SET:
            # "army spokesman": the army's role; "Putin's spokesman": the head's own row.
            code = _role(words[:-n]) or ROLES.get(key)
        else:
            code = ROLES.get(key)
            if code is None:
                continue
        return None if code == "-" else code
    return None


def _title_pattern(title: str) -> str:
    words = re.split(r"[\s-]+", title)
    dotted = (re.escape(w.rstrip(".")) + (r"\.?" if w.endswith(".") else "") for w in words)
    return r"[\s-]+".join(dotted)


_TITLES: dict[str, str] = _build(_TITLE_TABLE)
_TITLE_FORMS = sorted((t for _, t in _parse_rows(_TITLE_TABLE)), key=len, reverse=True)
_TITLE_RE = re.compile(
    r"^\s*(?P<title>" + _TITLE_MODIFIERS + "(?:"
    + "|".join(_title_pattern(t) for t in _TITLE_FORMS)
    + r"))\s+(?P<rest>[^\W\d_][\w'’.-]*(?:\s+\S+)*)\s*$",
    re.IGNORECASE,
)


def split_title(name: str) -> tuple[str, str | None, str]:
    """(title, role code, bare name) of a person's name: 'Lt. Gen. Gadi Eisenkot' →
    ('Lt. Gen.', 'MIL', 'Gadi Eisenkot'); ('', None, name) when no title leads it."""
    m = _TITLE_RE.match(name)
    if not m or not m.group("rest")[0].isupper():
        return "", None, name.strip()
    if _words(m.group("rest"))[0] in _NOT_PERSON:
        return "", None, name.strip()
    title = m.group("title")
    words = [w for w in _words(title) if w not in {"deputy", "acting", "interim", "first"}]
    code = _TITLES.get(" ".join(words))
    return title, (None if code in (None, "-") else code), m.group("rest")


# ---------------------------------------------------------------------------------------------
# News outlets: "Name; other name | ISO-3 | kind | domain domain". Domains are registrable
# hosts (or a fixed subdomain where the parent is not the outlet's, like news.sky.com).

OutletKind = Literal["agency", "newspaper", "magazine", "broadcaster", "online"]


@dataclass(frozen=True)
class Outlet:
    """A news outlet: `names` holds every name it goes by, the canonical `name` first."""

    name: str
    names: tuple[str, ...]
    country: str
    kind: OutletKind
    domains: tuple[str, ...]


_OUTLET_TABLE = """
Reuters | GBR | agency | reuters.com
Associated Press; The Associated Press; AP | USA | agency | apnews.com ap.org
Agence France-Presse; AFP; Agence France Presse | FRA | agency | afp.com
RIA Novosti; RIA | RUS | agency | ria.ru
TASS; ITAR-TASS | RUS | agency | tass.com tass.ru
Interfax | RUS | agency | interfax.ru interfax.com
Sputnik | RUS | agency | sputnikglobe.com sputniknews.com
Xinhua; Xinhua News Agency | CHN | agency | xinhuanet.com news.cn
Kyodo News; Kyodo | JPN | agency | kyodonews.net
Jiji Press; Jiji | JPN | agency | jiji.com
Yonhap; Yonhap News Agency | KOR | agency | yna.co.kr
ANSA | ITA | agency | ansa.it
Deutsche Presse-Agentur; dpa | DEU | agency | dpa.com
EFE; Agencia EFE | ESP | agency | efe.com
Anadolu Agency; Anadolu | TUR | agency | aa.com.tr
IRNA; Islamic Republic News Agency | IRN | agency | irna.ir
Fars News Agency; Fars | IRN | agency | farsnews.ir
Tasnim News Agency; Tasnim | IRN | agency | tasnimnews.com
Press Trust of India; PTI | IND | agency | ptinews.com
WAFA; Wafa news agency | PSE | agency | wafa.ps
SANA; Syrian Arab News Agency | SYR | agency | sana.sy
KCNA; Korean Central News Agency | PRK | agency | kcna.kp
Ukrinform | UKR | agency | ukrinform.net ukrinform.ua
Middle East News Agency; MENA | EGY | agency | mena.org.eg
Saudi Press Agency; SPA | SAU | agency | spa.gov.sa
Emirates News Agency; WAM | ARE | agency | wam.ae
Kuwait News Agency; KUNA | KWT | agency | kuna.net.kw
Petra; Jordan News Agency | JOR | agency | petra.gov.jo
Bloomberg; Bloomberg News | USA | agency | bloomberg.com
Polish Press Agency; PAP | POL | agency | pap.pl
Belga | BEL | agency | belga.be
ANP | NLD | agency | anp.nl
Bernama | MYS | agency | bernama.com
Antara | IDN | agency | antaranews.com
Central News Agency; Focus Taiwan | TWN | agency | focustaiwan.tw cna.com.tw
Australian Associated Press; AAP | AUS | agency | aap.com.au
The Canadian Press | CAN | agency | thecanadianpress.com
Prensa Latina | CUB | agency | prensa-latina.cu
Jerusalem Post; The Jerusalem Post; JPost | ISR | newspaper | jpost.com
Haaretz; Ha'aretz | ISR | newspaper | haaretz.com haaretz.co.il
The Times of Israel | ISR | online | timesofisrael.com
Yedioth Ahronoth; Yediot Aharonot; Ynet; Ynetnews | ISR | newspaper | ynetnews.com ynet.co.il
Israel Hayom | ISR | newspaper | israelhayom.com israelhayom.co.il
The New York Times; NYT | USA | newspaper | nytimes.com
The Washington Post | USA | newspaper | washingtonpost.com
The Washington Times | USA | newspaper | washingtontimes.com
New York Post | USA | newspaper | nypost.com
The Wall Street Journal; WSJ | USA | newspaper | wsj.com
USA Today | USA | newspaper | usatoday.com
Los Angeles Times; LA Times | USA | newspaper | latimes.com
The Boston Globe | USA | newspaper | bostonglobe.com
Chicago Tribune | USA | newspaper | chicagotribune.com
The Hill | USA | newspaper | thehill.com
The Guardian | GBR | newspaper | theguardian.com guardian.co.uk
The Times; The Times of London | GBR | newspaper | thetimes.co.uk thetimes.com
The Daily Telegraph; The Telegraph | GBR | newspaper | telegraph.co.uk
Financial Times; FT | GBR | newspaper | ft.com
The Independent | GBR | newspaper | independent.co.uk
Daily Mail; MailOnline; Mail Online | GBR | newspaper | dailymail.co.uk
The Sun | GBR | newspaper | thesun.co.uk
Le Monde | FRA | newspaper | lemonde.fr
Le Figaro | FRA | newspaper | lefigaro.fr
Libération | FRA | newspaper | liberation.fr
Frankfurter Allgemeine Zeitung; FAZ | DEU | newspaper | faz.net
Süddeutsche Zeitung | DEU | newspaper | sueddeutsche.de
Die Welt | DEU | newspaper | welt.de
Bild | DEU | newspaper | bild.de
El País | ESP | newspaper | elpais.com
El Mundo | ESP | newspaper | elmundo.es
Corriere della Sera | ITA | newspaper | corriere.it
La Repubblica | ITA | newspaper | repubblica.it
Neue Zürcher Zeitung; NZZ | CHE | newspaper | nzz.ch
The Irish Times | IRL | newspaper | irishtimes.com
Gazeta Wyborcza | POL | newspaper | wyborcza.pl
Kommersant | RUS | newspaper | kommersant.ru kommersant.com
Izvestia | RUS | newspaper | iz.ru
Pravda | RUS | newspaper | pravda.ru
Rossiyskaya Gazeta | RUS | newspaper | rg.ru
Novaya Gazeta | RUS | newspaper | novayagazeta.ru
The Moscow Times | RUS | online | themoscowtimes.com
Kyiv Post | UKR | newspaper | kyivpost.com
People's Daily; Renmin Ribao | CHN | newspaper | people.com.cn people.cn
Global Times | CHN | newspaper | globaltimes.cn
China Daily | CHN | newspaper | chinadaily.com.cn
South China Morning Post; SCMP | HKG | newspaper | scmp.com
The Asahi Shimbun; Asahi | JPN | newspaper | asahi.com
The Yomiuri Shimbun; Yomiuri | JPN | newspaper | yomiuri.co.jp
Nikkei; Nikkei Asia | JPN | newspaper | nikkei.com
The Japan Times | JPN | newspaper | japantimes.co.jp
The Korea Herald | KOR | newspaper | koreaherald.com
Al-Ahram; Ahram Online | EGY | newspaper | ahram.org.eg
Dawn | PAK | newspaper | dawn.com
Hindustan Times | IND | newspaper | hindustantimes.com
The Times of India | IND | newspaper | timesofindia.indiatimes.com
The Hindu | IND | newspaper | thehindu.com
Daily Sabah | TUR | newspaper | dailysabah.com
Hürriyet; Hurriyet Daily News | TUR | newspaper | hurriyet.com.tr hurriyetdailynews.com
Asharq Al-Awsat | SAU | newspaper | aawsat.com
The National | ARE | newspaper | thenationalnews.com
Gulf News | ARE | newspaper | gulfnews.com
Tehran Times | IRN | newspaper | tehrantimes.com
The Straits Times | SGP | newspaper | straitstimes.com
The Globe and Mail | CAN | newspaper | theglobeandmail.com
The Sydney Morning Herald | AUS | newspaper | smh.com.au
The Australian | AUS | newspaper | theaustralian.com.au
Folha de S.Paulo; Folha | BRA | newspaper | folha.uol.com.br
O Globo | BRA | newspaper | oglobo.globo.com
Clarín | ARG | newspaper | clarin.com
Daily Nation | KEN | newspaper | nation.africa
Mail & Guardian | ZAF | newspaper | mg.co.za
The Punch; Punch | NGA | newspaper | punchng.com
BBC; BBC News; British Broadcasting Corporation | GBR | broadcaster | bbc.co.uk bbc.com
Sky News | GBR | broadcaster | news.sky.com
ITV News | GBR | broadcaster | itv.com
CNN | USA | broadcaster | cnn.com
Fox News | USA | broadcaster | foxnews.com
NPR; National Public Radio | USA | broadcaster | npr.org
NBC News; NBC | USA | broadcaster | nbcnews.com
ABC News; ABC | USA | broadcaster | abcnews.go.com
CBS News; CBS | USA | broadcaster | cbsnews.com
MSNBC | USA | broadcaster | msnbc.com
PBS; PBS NewsHour | USA | broadcaster | pbs.org
Voice of America; VOA | USA | broadcaster | voanews.com
Radio Free Europe/Radio Liberty; RFE/RL; Radio Free Europe | USA | broadcaster | rferl.org
Al Jazeera | QAT | broadcaster | aljazeera.com aljazeera.net
Al Arabiya | SAU | broadcaster | alarabiya.net
Al Mayadeen | LBN | broadcaster | almayadeen.net
RT; Russia Today | RUS | broadcaster | rt.com
Deutsche Welle; DW | DEU | broadcaster | dw.com
France 24 | FRA | broadcaster | france24.com
Radio France Internationale; RFI | FRA | broadcaster | rfi.fr
Euronews | FRA | broadcaster | euronews.com
CGTN | CHN | broadcaster | cgtn.com
NHK | JPN | broadcaster | nhk.or.jp
CNA; Channel NewsAsia | SGP | broadcaster | channelnewsasia.com
ABC Australia; Australian Broadcasting Corporation | AUS | broadcaster | abc.net.au
CBC; CBC News; Canadian Broadcasting Corporation | CAN | broadcaster | cbc.ca
TRT World | TUR | broadcaster | trtworld.com
Press TV | IRN | broadcaster | presstv.ir
i24NEWS | ISR | broadcaster | i24news.tv
Kan; Kan News | ISR | broadcaster | kan.org.il
NDTV | IND | broadcaster | ndtv.com
Geo News | PAK | broadcaster | geo.tv
Newsweek | USA | magazine | newsweek.com
Time; Time magazine; TIME | USA | magazine | time.com
The Economist | GBR | magazine | economist.com
The Atlantic | USA | magazine | theatlantic.com
The New Yorker | USA | magazine | newyorker.com
Foreign Policy | USA | magazine | foreignpolicy.com
Foreign Affairs | USA | magazine | foreignaffairs.com
Forbes | USA | magazine | forbes.com
National Review | USA | magazine | nationalreview.com
The Spectator | GBR | magazine | spectator.co.uk
New Statesman | GBR | magazine | newstatesman.com
Der Spiegel; Spiegel | DEU | magazine | spiegel.de
Le Point | FRA | magazine | lepoint.fr
Jeune Afrique | FRA | magazine | jeuneafrique.com
Politico | USA | online | politico.com politico.eu
Axios | USA | online | axios.com
HuffPost; Huffington Post; The Huffington Post | USA | online | huffpost.com huffingtonpost.com
Breitbart; Breitbart News | USA | online | breitbart.com
Vox | USA | online | vox.com
The Daily Beast | USA | online | thedailybeast.com
Business Insider; Insider | USA | online | businessinsider.com
The Intercept | USA | online | theintercept.com
ProPublica | USA | online | propublica.org
Semafor | USA | online | semafor.com
Yahoo News | USA | online | news.yahoo.com
Al-Monitor | USA | online | al-monitor.com
Middle East Eye | GBR | online | middleeasteye.net
Meduza | LVA | online | meduza.io
Kyiv Independent | UKR | online | kyivindependent.com
Ukrainska Pravda | UKR | online | pravda.com.ua
Bellingcat | NLD | online | bellingcat.com
"""


def _parse_outlets(table: str) -> tuple[Outlet, ...]:
    outlets = []
    for line in table.strip().splitlines():
        names, country, kind, domains = (part.strip() for part in line.split("|"))
        all_names = tuple(n.strip() for n in names.split(";"))
        kind = cast(OutletKind, kind)
        outlets.append(Outlet(all_names[0], all_names, country, kind, tuple(domains.split())))
    return tuple(outlets)


OUTLETS: tuple[Outlet, ...] = _parse_outlets(_OUTLET_TABLE)


def _name_key(name: str) -> str:
    """'The Jerusalem Post' and 'jerusalem post' meet; so do 'Al-Jazeera' and 'Al Jazeera'."""
    text = unicodedata.normalize("NFKD", name.strip())
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = re.sub(r"['’]s$", "", text)
    words = re.findall(r"[^\W_]+", text.replace("&", " and ").replace("'", "").replace("’", ""))
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    return " ".join(words)


_BY_NAME: dict[str, Outlet] = {_name_key(n): o for o in OUTLETS for n in o.names}
_BY_DOMAIN: dict[str, Outlet] = {d: o for o in OUTLETS for d in o.domains}


def outlet_by_name(text: str) -> Outlet | None:
    """The outlet called `text` (any case, with or without a leading 'the'), or None.
    A bare host such as 'Newsweek.com' is looked up as a domain."""
    outlet = _BY_NAME.get(_name_key(text))
    if outlet is None and re.fullmatch(r"\S+\.[a-zA-Z]{2,}\S*", text.strip()):
        outlet = outlet_by_domain(text)
    return outlet


def outlet_by_domain(url_or_host: str) -> Outlet | None:
    """The outlet at a URL or host: 'https://www.newsweek.com/x' → Newsweek; subdomains such as
    'edition.cnn.com' fall back to their parent domain."""
    text = url_or_host.strip()
    try:
        host = urlsplit(text if "//" in text else "//" + text).hostname or ""
    except ValueError:  # "Invalid IPv6 URL" ('[' or ']' in it), a bad port: no outlet, not an error
        return None
    labels = host.rstrip(".").split(".")
    for i in range(len(labels) - 1):
        outlet = _BY_DOMAIN.get(".".join(labels[i:]))
        if outlet is not None:
            return outlet
    return None


# Names that are ordinary words too ("Time", "Dawn", "The Australian government"): in running text
# only their domains count, or, for a few, their name with its "The" ("The Times").
_AMBIGUOUS = frozenset(
    "time times sun independent hill insider punch national atlantic australian petra kan dawn "
    "mena spiegel".split()
)
_THE_ONLY = frozenset("times sun independent hill".split())


def _mention_forms() -> dict[str, Outlet]:
    forms: dict[str, Outlet] = {}
    for outlet in OUTLETS:
        for name in outlet.names:
            core = name[4:] if name.startswith("The ") else name
            if core.casefold() not in _AMBIGUOUS:
                forms.setdefault(core, outlet)
                forms.setdefault(name, outlet)  # "The Times of Israel" must outrun "The Times"
            elif core.casefold() in _THE_ONLY and name != core:
                forms.setdefault(name, outlet)
        for domain in outlet.domains:
            forms.setdefault(domain, outlet)
    return forms


def _loose(name: str) -> str:
    """Regex for a name with space and hyphen interchangeable: 'Al Jazeera', 'Al-Jazeera'."""
    return r"[\s-]".join(re.escape(part) for part in re.split(r"[\s-]", name))


def _mention_key(form: str) -> str:
    return re.sub(r"[\s-]+", " ", form).casefold()


_MENTION_FORMS = _mention_forms()
_MENTION_KEYS = {_mention_key(f): o for f, o in _MENTION_FORMS.items()}
# Names match case-sensitively, domains in any case ("Newsweek.com"); longest alternative first.
_MENTION_RE = re.compile(
    r"(?<!\w)(?:"
    + "|".join(
        (f"(?i:{re.escape(f)})" if "." in f and " " not in f and f.islower() else _loose(f))
        for f in sorted(_MENTION_FORMS, key=len, reverse=True)
    )
    + r")(?!\w)"
)


def outlet_mentioned_in(text: str, min_mentions: int = 2) -> Outlet | None:
    """The outlet named most often in `text` (names case-sensitively, or its domains), the
    earliest on a tie; for telling whose page a block of boilerplate belongs to. A single
    mention is more often a cited source than the page's own name, hence `min_mentions`."""
    counts: Counter[Outlet] = Counter()
    first: dict[Outlet, int] = {}
    for m in _MENTION_RE.finditer(text.replace("\u2019", "'")):
        outlet = _MENTION_KEYS[_mention_key(m.group(0))]
        counts[outlet] += 1
        first.setdefault(outlet, m.start())
    best = max(counts, key=lambda o: (counts[o], -first[o]), default=None)
    return best if best is not None and counts[best] >= min_mentions else None


# ---------------------------------------------------------------------------------------------
# US press style names members of Congress and party politicians in ways no other country's news
# does: "Sen."/"Rep."/"Congressman", a congressional leadership title ("House Speaker", "Senate
# Minority Leader"), a party-and-state tag "(R-Calif.)", "a Democrat from Vermont", "an Arizona
# Republican", "Nancy Pelosi of California". CAMEO codes them USALEG (members of Congress) or
# USAPTY (party people).
US_CONGRESS_TITLES = frozenset({"sen.", "rep.", "congressman", "congresswoman"})
US_CONGRESS_LEADERSHIP = frozenset({
    "house speaker", "speaker of the house", "house majority leader", "house minority leader",
    "senate majority leader", "senate minority leader", "house majority whip", "house minority whip",
    "senate majority whip", "senate minority whip", "senate republican leader", "senate democratic leader",
    "house republican leader", "house democratic leader",
})
US_PARTY_TAG = re.compile(r"^\s*[,(]\s*(?:[RDI])-\s?[A-Z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]*)?\s*[,)]")
US_PARTY_APPOSITION = re.compile(
    r"^\s*,\s*(?:(?:a|an|the)\s+)?(?:(?:[A-Z][a-z.]+|[A-Z]\.[A-Z]\.)\s+){0,2}(?:Republican|Democrat)\b")
US_PARTY_WORDS = frozenset({"republican", "democrat", "democratic", "gop"})
# "Nancy Pelosi of California": a name followed by "of" and a place (checked to be a US state).
US_OF_STATE = re.compile(r"^\s+of\s+((?:[A-Z][a-z]+)(?:\s[A-Z][a-z]+)?)\b")

# Titles that name the country with the office: "Pope Francis" heads the Holy See.
TITLE_COUNTRIES = {"pope": "VAT"}

# "Democrats" and "Republicans" written alone are the US parties' people in English news (USAPTY);
# with a chamber before them they sit in Congress ("House Democrats", USALEG). Another capitalised
# word before them names another party ("Sweden Democrats", "Liberal Democrats"): not these.
US_PARTY_MEMBERS = frozenset({"democrats", "republicans"})
US_CHAMBER_WORDS = frozenset({"house", "senate", "congressional"})
