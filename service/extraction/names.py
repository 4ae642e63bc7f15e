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
    if len(shorter) == 1 and _misspelt(shorter[0], longer[-1]):
        return "name.misspelt_surname"  # Cahanoglu -> Hakan Calhanoglu
    if len(shorter) == 1 and len(longer) > 1 and _misspelt(shorter[0], longer[0]):
        return "name.misspelt_given_name"  # Indryanto -> Indriyanto Seno Adji, Marharet -> Margaret MS
    if len(shorter) == 1 and 2 <= len(shorter[0]) <= 4 and len(longer) == len(shorter[0]) \
            and "".join(word[0] for word in longer) == shorter[0]:
        return "name.initials"  # JK -> Jusuf Kalla
    if fuzz.ratio(" ".join(a), " ".join(b)) >= FUZZY_THRESHOLD:
        return "name.spelling_variant"  # Rina Wulandary -> Rina Wulandari
    if len(shorter) == 1 and len(longer) > 1:
        return _short_form_rule(shorter[0], longer)
    return None


SpellingSlots = dict[tuple[int, int, tuple[str, ...]], tuple[str, ...]]


def spelling_slots(full_names: list[str]) -> SpellingSlots:
    """Each full name of two words or more under each of its words left out: (how many words,
    which one, the other words in lowercase) -> the names, so that a name one misspelt word
    away from one of them is found by its other words."""
    slots: dict[tuple[int, int, tuple[str, ...]], list[str]] = {}
    for name in full_names:
        words = name.split()
        if len(words) < 2:
            continue
        for position in range(len(words)):
            rest = tuple(word.lower() for word in words[:position] + words[position + 1:])
            slots.setdefault((len(words), position, rest), []).append(name)
    return {key: tuple(names) for key, names in slots.items()}


def respelt_full_name(words: list[str], slots: SpellingSlots) -> str | None:
    """The one full name of `slots` that `words` write with one word misspelt (a slip inside a
    word of at least six letters: `_slipped_inside`) and every other word as it is ("Sri Mulyani Indawati"
    -> Sri Mulyani Indrawati); None when there is none or more than one."""
    found: set[str] = set()
    for position, word in enumerate(words):
        rest = tuple(other.lower() for other in words[:position] + words[position + 1:])
        for name in slots.get((len(words), position, rest), ()):
            usual = name.split()[position].lower()
            if _slipped_inside(strip_diacritics(word.lower()), strip_diacritics(usual)):
                found.add(name)
    return found.pop() if len(found) == 1 else None


def _slipped_inside(word: str, usual: str) -> bool:
    """A word of at least MIN_FUZZY_SURNAME_CHARS letters that a slip inside the usual word
    makes: one letter mistyped, dropped or typed once more, neither the first nor the last
    (Indawati for Indrawati, Widoddo for Widodo); names differ by design at their ends
    (Antoni and Antonio are two names)."""
    if min(len(word), len(usual)) < MIN_FUZZY_SURNAME_CHARS or word == usual:
        return False
    if len(word) == len(usual):
        return _one_letter_mistyped(word, usual)
    shorter, longer = sorted((word, usual), key=len)
    if len(longer) - len(shorter) != 1 or shorter[0] != longer[0] or shorter[-1] != longer[-1]:
        return False
    return any(longer[:cut] + longer[cut + 1:] == shorter for cut in range(1, len(longer) - 1))


def _misspelt(word: str, name_word: str) -> bool:
    """A word of at least six letters that differs slightly from a word of a name: close by
    rapidfuzz ratio, or the same length with one letter mistyped inside it ("Marharet" for
    Margaret: a slip of the keyboard, which the ratio of a long word reads as farther than a
    dropped letter)."""
    if len(word) < MIN_FUZZY_SURNAME_CHARS:
        return False
    return fuzz.ratio(word, name_word) >= FUZZY_THRESHOLD or _one_letter_mistyped(word, name_word)


def _one_letter_mistyped(word: str, name_word: str) -> bool:
    """One letter differs, inside the word: neither the opening letter nor the ending, where
    names differ by design (Rahmat and Rahmah, Suryana and Suryani are two people)."""
    if len(word) != len(name_word) or not (word.isalpha() and name_word.isalpha()):
        return False
    differing = [position for position, (ours, theirs) in enumerate(zip(word, name_word, strict=True))
                 if ours != theirs]
    return len(differing) == 1 and 0 < differing[0] < len(word) - 1


MIN_SYLLABLE_NICKNAME_CHARS = 5  # Buwas, Zulhas; "Budi" is no blend of "Bunga Dinata"
MIN_SYLLABLE_CHARS = 2  # each piece of a blended nickname opens one word of the name
MIN_NAME_END_CHARS = 4  # Tuti of Harkristuti
MIN_NAME_END_REST_CHARS = 3  # the letters of the given name before its ending


def _short_form_rule(short: str, name: list[str]) -> str | None:
    """A one-word short form of a full name that shares no whole word with it: a blend of the
    openings of its words from the first on (Buwas -> Budi Waseso, Zulhas -> Zulkifli Hasan)
    or the end of a given name (Tuti -> Harkristuti Harkrisnowo)."""
    if not short.isalpha():
        return None
    if len(short) >= MIN_SYLLABLE_NICKNAME_CHARS and _blends(short, name):
        return "name.syllables"
    if len(short) >= MIN_NAME_END_CHARS and any(
            word.endswith(short) and len(word) - len(short) >= MIN_NAME_END_REST_CHARS for word in name[:-1]):
        return "name.given_name_end"
    return None


def _blends(short: str, words: list[str]) -> bool:
    """The short form is the opening of the first word, then openings of later words in
    order (at least two pieces, each at least MIN_SYLLABLE_CHARS letters)."""
    if not words:
        return False
    first, rest = words[0], words[1:]
    for size in range(min(len(first), len(short)), MIN_SYLLABLE_CHARS - 1, -1):
        if short[:size] != first[:size]:
            continue
        remainder = short[size:]
        if not remainder:
            return False  # the opening of one word alone is name.prefix's
        if any(_blends(remainder, rest[skip:]) or _opens_fully(remainder, rest[skip])
               for skip in range(len(rest))):
            return True
    return False


def _opens_fully(piece: str, word: str) -> bool:
    return len(piece) >= MIN_SYLLABLE_CHARS and word.startswith(piece)


def _shorter_first(a: list[str], b: list[str]) -> tuple[list[str], list[str]]:
    """The name with fewer words first; of two one-word names, the one with fewer letters, so
    that a clipped form finds the name it opens whichever was written first (Susi, Susilaningtias)."""
    if len(a) != len(b):
        return (a, b) if len(a) < len(b) else (b, a)
    return (a, b) if len("".join(a)) <= len("".join(b)) else (b, a)


def strip_diacritics(text: str) -> str:
    """The text without diacritics: news writes one foreign name with and without its accents
    (Lauren Sánchez, Sanchez), and Indonesian keyboards often drop them. ASCII text has none
    and NFKD leaves it as it is: returned at once (nearly every word of Indonesian news)."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(character for character in decomposed if not unicodedata.combining(character))


@lru_cache(maxsize=MERGE_RULE_CACHE_PAIRS)
def spelling_key(word: str, respellings: tuple[tuple[str, str], ...]) -> str:
    """One spelling for the ways news writes a name's sounds (rules/names.yml respelt_clip):
    lowercase, no diacritics, letters only, each respelling applied in order, doubled letters
    once, so that Thomas and Tom, Nicolas and Niko, Djoko and Joko, Syafi'i and Syafii compare."""
    key = "".join(character for character in strip_diacritics(word.lower()) if character.isalpha())
    for written, spoken in respellings:
        key = key.replace(written, spoken)
    return "".join(character for position, character in enumerate(key)
                   if position == 0 or character != key[position - 1])


def respelt_clip(form: str, name: list[str], respellings: tuple[tuple[str, str], ...],
                 min_letters: int) -> tuple[bool, bool]:
    """Whether a one-word form could be a short form of `name` once both are in one spelling
    (some word of the name opens with its key), and whether it is one (it opens the given name
    of a name of two words or more, or spells a word of the name or a run of its words written
    together: Bogum and Park Bo Gum)."""
    key = spelling_key(form, respellings)
    if len(key) < min_letters:
        return False, False
    keys = [spelling_key(word, respellings) for word in name]
    could = any(word.startswith(key) for word in keys)
    clips_given_name = len(keys) > 1 and keys[0].startswith(key)
    return could, clips_given_name or key in _word_runs(keys)


def respelt_clip_before_surname(form: list[str], name: list[str], respellings: tuple[tuple[str, str], ...],
                                min_letters: int) -> bool:
    """Whether a form of two words or more is `name` with its given name clipped ("Tom Lembong"
    for Thomas Trikasih Lembong, "Alex Marwata" for Alexander Marwata): the form's first word, in
    one spelling, opens the name's first word without spelling all of it, and the form's other
    words are the name's later words letter for letter, in order, its last word the name's last."""
    if len(form) < 2 or len(name) < 2 or form[-1].lower() != name[-1].lower():
        return False
    key, given = spelling_key(form[0], respellings), spelling_key(name[0], respellings)
    if len(key) < min_letters or key == given or not given.startswith(key):
        return False
    rest = iter(word.lower() for word in name[1:])
    return all(word.lower() in rest for word in form[1:])


def _word_runs(keys: list[str]) -> set[str]:
    """Each word's key, and the keys of each run of consecutive words written as one word."""
    return {"".join(keys[first:end]) for first in range(len(keys)) for end in range(first + 1, len(keys) + 1)}
