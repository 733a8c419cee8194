"""Actors: who is mentioned, coded like CAMEO (country + role), and where things happen."""
