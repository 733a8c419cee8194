"""Actor codes on real news, round 29: the office holders' dates decide a known person's role as
a target as much as a source (a generic title such as "pack-leaders" says less than the office
held on the day; one titled "former" is of the office held on the day, or an elite, and an
elite in an undated story); a one-word country name that is the surname of a
person the story named in full is that person; "the president" after a title the story had to
give a country ("Chinese President Xi Jinping") is the president it titled with none; a name
owning the subject of the next clause is no apposition; the special counsel and the executive
branch are roles; "Chief Executive Carrie Lam" is the office the table gives her, no firm's.
Sentences from the precision draws' articles and the news corpus."""

from __future__ import annotations

from datetime import date

from helpers import actor_of, events_on


def test_a_generic_title_gives_way_to_the_office_on_the_day(read):
    reading = read("He reportedly raised just $3.5 million in the third quarter of 2019 — a fraction of hauls raised by "
                   "pack-leaders Joe Biden, Bernie Sanders, Elizabeth Warren and Mayor Pete Buttigieg.",
                   published=date(2020, 1, 2))
    assert actor_of(reading, "Joe Biden").code == "USAOPP"  # the opposition's candidate, not the government


def test_a_former_vice_president_in_another_office_on_the_day_takes_its_role(read):
    reading = read("Giuliani and Trump are at the center of a public firestorm surrounding their efforts to get the "
                   "Ukrainian government to investigate former Vice President Joe Biden and his son, Hunter, ahead of the "
                   "2020 election.", published=date(2019, 10, 11))
    assert actor_of(reading, "Joe Biden").code == "USAOPP"  # the opposition's candidate in 2019, no government


def test_a_former_title_in_an_undated_story_is_an_elite(read):
    reading = read("President Donald Trump said he was not concerned by North Korea's recent missile tests and endorsed "
                   "Kim Jong Un's attack on fellow American and former Vice President Joe Biden in a press conference "
                   "in Tokyo Monday.")
    assert actor_of(reading, "Joe Biden").code == "USAELI"


def test_a_country_named_like_a_person_named_in_full_is_that_person(read):
    reading = read("“Even when you disagree with him, you want to agree with him, because it’s Mike Pence,” says Jim Jordan, "
                   "the founding chairman of the Freedom Caucus. He was a Pence pupil upon coming to Congress in 2007. "
                   "Jordan wasn’t moved by Pence’s final plea, but he could tell other members were.",
                   published=date(2017, 6, 16))
    assert actor_of(reading, "Jordan").name == "Jim Jordan"
    assert all(event.target is None or event.target.code != "JOR" for event in events_on(reading, "plea"))


def test_a_country_named_with_no_namesake_stays_the_country(read):
    reading = read("Jordan wasn’t moved by Pence’s final plea, but he could tell other members were.",
                   published=date(2017, 6, 16))
    assert actor_of(reading, "Jordan").code == "JOR"


def test_the_president_is_the_one_titled_with_no_country(read):
    reading = read("President Trump has a chance to win some positive headlines on foreign policy. But there is much to do "
                   "in little time, particularly given Trump's insistence that he meet with Chinese President Xi Jinping "
                   "before signing off on any arrangement. The president has also signaled a willingness to extend talks, "
                   "saying Tuesday that the March 1 deadline is “not a magical date.”",
                   published=date(2019, 2, 21))
    assert actor_of(reading, "The president").country == "USA"


def test_a_name_owning_the_next_subject_is_no_apposition(read):
    reading = read("While a majority of the American public has expressed support for the special counsel, Trump’s campaign "
                   "to delegitimize the investigation has paid dividends with Republican voters, who remain overwhelmingly "
                   "in his favor.", published=date(2018, 5, 1))
    counsel = actor_of(reading, "the special counsel")
    assert counsel.name != "Trump" and counsel.code == "USAJUD"


def test_the_executive_branch_is_the_government(read):
    reading = read("Nadler had encouraged Trump and the White House to participate in the process, promising the executive "
                   "branch in a November 26 letter that all hearings would be “fair and informative.”",
                   published=date(2019, 12, 1))
    targets = {event.target.code for event in events_on(reading, "promising") if event.target is not None}
    assert targets == {"USAGOV"}


def test_a_chief_executive_the_office_holders_know_governs(read):
    reading = read("The demonstrators carried banners demanding that Chief Executive Carrie Lam resign and drop the "
                   "legislation completely instead of just suspending it as she announced Saturday.")
    assert actor_of(reading, "Carrie Lam").code == "HKGGOV"

