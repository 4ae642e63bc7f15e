"""Scoring against gold sets: quotes and speakers by the reference rule (`quotes.py`) and the
NER tagger's entity F1 (`ner.py`)."""
