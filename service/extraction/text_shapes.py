"""Shape measures of a stretch of text that more than one stage reads: the punctuation speech
ends its sentences and clauses with, and the share of words a title capitalises.

The attribution stage asks them of the words inside quotation marks within a reported clause
(a title there is no mixed quote) and the false-quotes stage of a quotation no cue claimed (a
title is no speech). Kept here, in no stage's module, so that neither stage imports the
other: attribution runs before false quotes and reads nothing of that later stage.
"""

from __future__ import annotations

SPEECH_PUNCTUATION = frozenset(".,!?;")


def capitalised_share(words: list[str]) -> float:
    """The share of `words` that open with a capital (the title_case reason's measure)."""
    return sum(1 for word in words if word[0].isupper()) / len(words) if words else 0.0
