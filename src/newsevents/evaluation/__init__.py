"""Evaluation harnesses that run the stages against outside test sets (not a stage itself):
`petrarch.py` scores our coding on the PETRARCH2 unit-test records (`records.py` reads them)."""
