"""Targets named by a place or a topic, on real news (precision draws' articles and the news corpus):
a country's own name before an investigation noun is what it looks into ("Mueller's Russia
probe": Russia); a state's forces fighting for a town of their own country fight whoever holds it,
not their own state ("forces loyal to President Bashar al-Assad captured the town of Nabak": no Syria); and a country
after "at" in a hostile act is whom it is aimed at ("lashed out at China"), as it is for force."""

from __future__ import annotations

from helpers import coded


def test_a_country_named_before_a_probe_is_what_it_investigates(read):
    found = coded(read("Trump appeared to be referring in that portion of the call to the origins of special counsel "
                       "Robert Mueller's Russia probe."))
    assert ("090", "USAJUD", "RUS") in found and ("090", "USAJUD", None) not in found, found


def test_a_country_named_before_an_investigation_is_its_target(read):
    found = coded(read("Meanwhile, Trump's White House has been hampered at times by Special Counsel Robert Mueller’s "
                       "Russia investigation and daily drama, often the result of tweets fired off by the president himself."))
    assert ("090", "USAJUD", "RUS") in found and ("090", "USAJUD", None) not in found, found


def test_forces_loyal_to_a_president_taking_a_town_of_his_country_do_not_target_it(read):
    found = coded(read("A woman weeps inside a damaged vehicle after forces loyal to President Bashar al-Assad captured "
                       "the town of Nabak on Monday, December 9."))
    assert all(target != "SYR" for cameo, _, target in found if cameo.startswith("19")), found


def test_lashing_out_at_a_country_targets_it(read):
    found = coded(read("President Donald Trump lashed out at China for what he said is its unwillingness to buy "
                       "American agricultural products."))
    assert ("111", "USAGOV", "CHN") in found and ("111", "USAGOV", None) not in found, found
