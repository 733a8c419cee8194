"""What a statement advises ("said Turkey should release") is an appeal (02); what it insists on
("must release") a demand (10)."""

from helpers import coded


def test_advice_in_a_statement_is_an_appeal_not_a_demand(read):
    found = coded(read("The Greek foreign minister said Turkey should release the detained fishermen."))
    assert any(code.startswith("02") and source == "GRCGOV" and target == "TUR" for code, source, target in found), found
    assert not any(code.startswith("10") for code, _, _ in found), found


def test_an_obligation_in_a_statement_is_still_a_demand(read):
    found = coded(read("The French minister said the Iranian government must release the prisoners."))
    assert any(code.startswith("10") and source == "FRAGOV" and target == "IRNGOV" for code, source, target in found), found
