"""Reference knowledge every stage may read, like the model: countries (names, demonyms, seats,
capitals, former states, CAMEO regions, organisations) and agents (role phrases, outlets). Tables still written
in code; they are to become package data with their sources beside them."""
