"""Actors: who is mentioned, coded like CAMEO (country + role), and where things happen.

`coding` finds and codes mentions, `countries` and `agents` hold the facts it codes with, `people`
keeps known office holders, the same-person test and role periods across documents, `places`
geocodes place names offline."""
