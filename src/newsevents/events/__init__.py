"""Events: CAMEO codebook, trigger lexicon, and the extraction of who did what to whom."""
