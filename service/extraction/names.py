"""Whether two names are one person, and why: below the stages that compare names.

Coreference (who a clitic or pronoun refers to) and people (one entry per person) both ask
it, and so does the speaker slot; it lives here so that no stage imports a later one.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from rapidfuzz import fuzz

FUZZY_THRESHOLD = 88
MIN_FUZZY_SURNAME_CHARS = 6  # shorter surnames differ by one letter too often (Budi, Budo)
CLIPPED_NAME_CHARS = 3  # a first syllable news clips a name to (Kus, Mou); longer prefixes are name.prefix


def same_person(first: list[str], second: list[str]) -> bool:
    return merge_rule(first, second) is not None


def same_name(first: str, second: str) -> bool:
    """`same_person` for names written as strings."""
    return merge_rule(first.split(), second.split()) is not None


def merge_rule(first: list[str], second: list[str]) -> str | None:
    """Why two names are one person (the rule id reported in `people[].variants`), or None."""
    return _merge_rule(tuple(first), tuple(second))


MERGE_RULE_CACHE_PAIRS = 4096  # the people stage asks each name of an article against each entry


@lru_cache(maxsize=MERGE_RULE_CACHE_PAIRS)
def _merge_rule(first: tuple[str, ...], second: tuple[str, ...]) -> str | None:
    """`merge_rule`, kept for the pairs asked again (it depends on nothing but the names)."""
    a = [strip_diacritics(word.lower()) for word in first]
    b = [strip_diacritics(word.lower()) for word in second]
    if not a or not b:
        return None
    shorter, longer = _shorter_first(a, b)
    if all(word in longer for word in shorter):
        return "name.contained"  # Grushko -> Alexander Grushko, Sánchez -> Lauren Sanchez
    if len(shorter) == 1 and any(word.startswith(shorter[0]) and len(shorter[0]) >= 4 for word in longer):
        return "name.prefix"  # Risma -> Tri Rismaharini, Susi -> Susilaningtias
    if len(shorter) == 1 and len(shorter[0]) == CLIPPED_NAME_CHARS and shorter[0].isalpha() \
            and (longer[0].startswith(shorter[0]) or longer[-1].startswith(shorter[0])):
        return "name.clipped"  # Kus -> Kuseryansyah, Mou -> Jose Mourinho
    if len(shorter) == 1 and len(shorter[0]) >= MIN_FUZZY_SURNAME_CHARS \
            and fuzz.ratio(shorter[0], longer[-1]) >= FUZZY_THRESHOLD:
        return "name.misspelt_surname"  # Cahanoglu -> Hakan Calhanoglu
    if len(shorter) == 1 and len(longer) > 1 and len(shorter[0]) >= MIN_FUZZY_SURNAME_CHARS \
            and fuzz.ratio(shorter[0], longer[0]) >= FUZZY_THRESHOLD:
        return "name.misspelt_given_name"  # Indryanto -> Indriyanto Seno Adji
    if len(shorter) == 1 and 2 <= len(shorter[0]) <= 4 and len(longer) == len(shorter[0]) \
            and "".join(word[0] for word in longer) == shorter[0]:
        return "name.initials"  # JK -> Jusuf Kalla
    if fuzz.ratio(" ".join(a), " ".join(b)) >= FUZZY_THRESHOLD:
        return "name.spelling_variant"  # Rina Wulandary -> Rina Wulandari
    return None


def _shorter_first(a: list[str], b: list[str]) -> tuple[list[str], list[str]]:
    """The name with fewer words first; of two one-word names, the one with fewer letters, so
    that a clipped form finds the name it opens whichever was written first (Susi, Susilaningtias)."""
    if len(a) != len(b):
        return (a, b) if len(a) < len(b) else (b, a)
    return (a, b) if len("".join(a)) <= len("".join(b)) else (b, a)


def strip_diacritics(text: str) -> str:
    """The text without diacritics: news writes one foreign name with and without its accents
    (Lauren Sánchez, Sanchez), and Indonesian keyboards often drop them."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(character for character in decomposed if not unicodedata.combining(character))
