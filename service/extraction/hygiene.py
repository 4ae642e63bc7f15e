"""Stage 0: text hygiene. Scraped news is damaged; this stage says where, and never edits it.

The posted text stays as it is (every offset kutip returns points into it). What this stage
produces is an offset map of repairs: each `Repair` names a stretch of the posted text and how
the later stages read it:

- `sentence_break` (rule hygiene.glued_sentence_end): a sentence end glued to the next
  sentence after a bracket, a number or a percent sign (`pada Senin (3/2).Ia menjelaskan`,
  `turun 1,1%.Widodo Santoso`); the tokenizer cuts
  the mark off and starts a sentence there, as if a space followed it.
- `sentence_break` (rule hygiene.glued_quote_sentence): a sentence end glued to a quotation
  mark and the next sentence (`… (DNA)."Test DNA …`, `… kata dia."Ia …`): the sentence starts
  at the mark when it opens a quote, after it when it closes one (straight marks by their
  count in the paragraph).
- `sentence_break` (rule hygiene.comma_paragraph_join): paragraphs a scraper joined with
  commas (`Kamis (25/6).,Menurut Stefanus`, `BP.,,,,,Tidak`): the commas are cut into tokens
  of their own and the next sentence starts at the capital after them.
- `sentence_break` (rule hygiene.glued_abbreviation_end): a sentence end glued after an
  all-capital abbreviation (`Chelsea TV.Manajer asal …`), not after those the rules list as
  standing before names (`PT.Astra`).
- `sentence_join` (rule hygiene.abbreviation_stop): the full stop of a listed abbreviation
  before a lowercase word, an opening bracket or a comma (`PT Jasa Marga (Persero) Tbk. (JSMR)
  mengklaim`), a head or title before a name (`PT. PLN`), a rank before a name that is no common
  word (`Kombes Pol. Djoko`, `AKBP. Fajar`): the tokenizer starts no sentence after it.
- `sentence_join` (rule hygiene.postnominal_letters): the stops of post-nominal letters after a
  name and its comma, by their shape (`Amerta, SS.,M.Par.,CPOD., menilai`): no sentence ends
  inside them, and the people stage reads them as degrees.
- `sentence_break` (rule hygiene.initial_sentence_end): a capital alone before a full stop,
  after a word, then a capitalised word news writes in lowercase (`Serie A. Perlu diketahui`):
  the sentence ends at the stop, which spaCy keeps inside the token `A.`.
- `word_break` (rule hygiene.glued_words): two words glued where a link was stripped
  (`Pos PengamatanGunung Semeru`, `(KemenkesRI)`): the tokenizer cuts the token there, so the
  entity tagger sees two words.
- `word_break` (rule hygiene.glued_function_word): a function word glued onto the end of a
  name (`Prabowo Subiantodi hotel`, `Bill Clintonyang akhirnya`), cut off when the stem is a
  name form of the article (written alone, or glued to other words too).
- `word_break` (rule hygiene.glued_verb): a long prefixed verb form glued onto a name or an
  abbreviation (`Israeldikecam`, `KPKmemanggil`), cut off when the article writes the stem alone.
- `boilerplate` (rule hygiene.read_more_bracket): a bracketed "read more" title inside the
  text (`(Baca: Kabareskrim Jamin …)`): read as boilerplate, like a credit, and a sentence
  starts after it.
- `boilerplate` (rule hygiene.dateline): the dateline before the first sentence (`JAKARTA,
  KOMPAS.com -`, `Liputan6.com, Jakarta -`, `TEMPO.CO, Solo –`): read as boilerplate, and the
  first sentence starts after it, so a subject read back from the first verb stops at the dash.
- `boilerplate` (rule hygiene.byline_line): a byline alone on one of the first lines (`Laporan
  Sara Masroni | Banda Aceh`, `Laporan Kontributor Warta.id Kiki Andriana dari Sumedang`): read
  as boilerplate, so the reporter is no person or speaker of the article.
- `credit` (rule hygiene.trailing_credit): bracketed credits and bylines at the end of the text
  (`(Fitra Iskandar)`, `(ant/rzk)`), also repeated; read as boilerplate, so nobody named there
  is a person or a speaker.
- `duplicate` (rule hygiene.duplicate_paragraph): a paragraph that repeats an earlier one word
  for word. Recorded only: the annotators quote each occurrence, and so does kutip.

Work is linear in the text: regular-expression scans, one pass over the paragraphs.
"""

from __future__ import annotations

import re
import string
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from types import MappingProxyType

import numpy

from service.extraction.document import Document, Repair, Span, is_word_character, whole_words
from service.extraction.rule_models import (
    BylineLine,
    Dateline,
    GluedFunctionWord,
    GluedVerb,
    GluedWords,
    HygieneRules,
    ReadMoreBracket,
    TrailingCredit,
)

# The whole-text patterns below open with a character they consume and test what stands
# before it with a lookbehind placed after it (`[.!?](?<=X[.!?])`, not `(?<=X)[.!?]`): the same
# matches, but the regex engine then skips ahead to the next candidate character instead of
# trying the lookbehind at every offset of the article (half to a quarter of their time).
# A full stop, question or exclamation mark glued between a closing bracket, a digit or a
# percent sign and a capitalised word: "(3/2).Ia", "2024.Dia", "1,1%.Widodo". After a lowercase
# letter spaCy already splits; after a percent sign it keeps "1,1%.Widodo" one token.
GLUED_SENTENCE_END = re.compile(r"[.!?](?<=[)\]0-9%][.!?])(?=[A-Z][a-z])")
# A sentence-end mark, glued to what stands before it, then one or two quotation marks glued to
# the next sentence's first letter or digit: `(DNA)."Test`, `ini.“Sebab`, `dia."Ia`, `."“Kami`.
GLUED_QUOTE_SENTENCE = re.compile(r"[.!?](?<=\S[.!?])(?P<marks>[\"“”]{1,2})(?=[A-Z0-9])")
STRAIGHT_QUOTE = '"'
OPENING_QUOTES = frozenset("“")
# A sentence-end mark (and a closing quotation mark), then commas glued to a capital letter:
# paragraphs the scraper joined with commas ("(25/6).,Menurut", "BP.,,,,,Tidak", "lemah.\",Sering").
COMMA_PARAGRAPH_JOIN = re.compile(r"[.!?][\"”’]?(?P<commas>,+)(?=[A-Z])")  # only the commas are read
# An all-capital abbreviation, a full stop and a capitalised word: "TV.Manajer", "WIB.Pergerakan".
GLUED_ABBREVIATION_END = re.compile(r"(?P<abbreviation>[A-Z](?<![A-Za-z][A-Z])[A-Z]+)\.(?=[A-Z][a-z]{2,})")
# Runs of letters, the words glued words are found in.
# A capital alone after a word and a space, its full stop, then a capitalised word: "Serie A. Perlu"
# (opens with the capital it consumes, the word and space before it read behind it: see
# tests/test_regex_equivalence.py).
INITIAL_THEN_WORD = re.compile(r"[A-Z](?<=[\w)][ \t][A-Z])\.[ \t]+(?P<word>[A-Z][a-z]+)\b")
LETTER_RUN = re.compile(r"[A-Za-z]+")
# every byte but an ASCII letter's made a space: `letter_runs` splits the text on them
_LETTERS_ONLY = bytes(byte if chr(byte).isascii() and chr(byte).isalpha() else ord(" ") for byte in range(256))


def letters_only(text: str) -> bytes:
    """The text as one byte per character, every character but an ASCII letter a space (one `?`
    per character outside ASCII first, then a byte table): its runs of letters, at their offsets."""
    return text.encode("ascii", "replace").translate(_LETTERS_ONLY)


def letter_runs(text: str) -> list[str]:
    """`LETTER_RUN.findall(text)` in C-level string passes: `letters_only` split on its spaces;
    the regex engine read each character through a charset test, about 2 % of the rule layer.
    tests/test_regex_equivalence.py compares the two."""
    return letters_only(text).decode("ascii").split()


def letter_run_starts(letters: bytes) -> list[int]:
    """The offsets where `letters_only`'s runs start (`LETTER_RUN.finditer`'s starts): a letter
    after a space or at the start, found in numpy instead of a match object per run."""
    if not letters:
        return []
    is_letter = numpy.frombuffer(letters, dtype=numpy.uint8) != ord(" ")
    after_non_letter = numpy.concatenate(([True], ~is_letter[:-1]))
    starts: list[int] = numpy.flatnonzero(is_letter & after_non_letter).tolist()
    return starts
# a lowercase word, then an initial and a capitalised name word: "baruM. Rahman" (rules/hygiene.yml glued_initial)
GLUED_INITIAL = r"(?<![A-Za-z])(?P<word>[a-z]{{{min_lowercase},}})(?=[A-Z]\.[ \t]+[A-Z][a-z])"
# Inside a run: lowercase then a capitalised word ("PengamatanGunung"); lowercase then an
# abbreviation ending the run ("KemenkesRI"); an abbreviation then a capitalised word ("RISetya").
LOWER_THEN_CAPITALISED = re.compile(r"(?<=[a-z])(?=[A-Z][a-z])")
LOWER_THEN_ABBREVIATION = re.compile(r"(?<=[a-z]{3})(?=[A-Z]{2,}$)")
ABBREVIATION_THEN_CAPITALISED = re.compile(r"(?<=[A-Z]{2})(?=[A-Z][a-z]{3,}$)")
# Three pieces where two links were stripped around an abbreviation ("PertahananASPete"): a
# lowercase run, the abbreviation, a capitalised word. No name or brand has that shape
# ("MotoGPItalia" is the brand and a word: only the seam after the abbreviation is sure).
LOWER_ABBREVIATION_CAPITALISED = re.compile(r"(?<=[a-z]{3})(?P<abbreviation>[A-Z]{2,})(?=[A-Z][a-z]{2,})")
LOWERCASE_RUN = re.compile(r"[a-z]+")
# A number (no letter before it) and a capitalised word glued on: "2016Thomas", "000Emas".
DIGITS_THEN_CAPITALISED = re.compile(r"\d(?<![A-Za-z\d]\d)\d*(?=[A-Z][a-z]{2,})")
# Where each of the three patterns above that open with a run (the abbreviation, the lowercase
# word, the number) can end: found first, so that the pattern is tried only at the start of the
# run before each (`_anchored_matches`), not at every capital, lowercase letter or digit.
ABBREVIATION_END_ANCHOR = re.compile(r"\.(?<=[A-Z]{2}\.)(?=[A-Z][a-z]{2,})")
INITIAL_ANCHOR = re.compile(r"[A-Z](?<=[a-z][A-Z])(?=\.[ \t]+[A-Z][a-z])")
DIGITS_END_ANCHOR = re.compile(r"[A-Z](?<=\d[A-Z])(?=[a-z]{2,})")
ASCII_UPPERCASE = frozenset(string.ascii_uppercase)
ASCII_LOWERCASE = frozenset(string.ascii_lowercase)
# The capitalised word ending a run of letters ("Subiantodi", the "Clintonyang" of "denganBill").
CAPITALISED_RUN_END = re.compile(r"[A-Z][a-z]+$")
CAPITALISED_BEFORE_CAPITAL = re.compile(r"[A-Z][a-z]+(?=[A-Z])")  # `Ghazalidan` of `GhazalidanAlyssa`
# A dateline word: a capitalised place or outlet (`JAKARTA`, `Liputan6.com`, `TEMPO.CO`,
# `D.C`), a number (`9 JUNI 2025`), perhaps bracketed (`(ANTARA)`).
DATELINE_WORD = re.compile(r"[(\[]?[A-Z0-9][\w.&'/-]*[)\]]?")
DATELINE_FOLLOWERS = frozenset("\"“")  # besides a capital or a digit, the first sentence may open a quote
MAX_SPACE_AFTER_BOILERPLATE = 8  # spaces looked through for the sentence after a bracketed title
EMPTY_KNOWN_NAMES: Mapping[str, frozenset[str]] = MappingProxyType({})
MAX_GLUED_RUN_CHARS = 64  # longer runs of letters are no glued words (same bound as the tokenizer)


def find_repairs(document: Document, rules: HygieneRules, common_words: frozenset[str] = frozenset(),
                 known_names: Mapping[str, frozenset[str]] = EMPTY_KNOWN_NAMES) -> None:
    """Fill `document.repairs`, sorted by offset. `common_words` are words news writes in
    lowercase (rules/names.yml): one glued capitalised after a short lowercase run is no name.
    `known_names` maps the second-last word of each full name news usually gives to its last
    words (names.yml usual_full_names, `known_name_endings`): a glued stem that closes one is a
    name form too."""
    text = document.text
    repairs = [Repair(match.start(), match.end(), "sentence_break", rules.glued_sentence_end.id)
               for match in GLUED_SENTENCE_END.finditer(text)]
    repairs.extend(_glued_quote_sentences(text, rules))
    runs = postnominal_runs(text, rules.postnominal_letters.max_part_letters)
    repairs.extend(Repair(match.start("commas"), match.end("commas"), "sentence_break", rules.comma_paragraph_join.id)
                   for match in COMMA_PARAGRAPH_JOIN.finditer(text)
                   if not _inside_any(match.start("commas"), runs))
    repairs.extend(_postnominal_stops(text, runs, rules.postnominal_letters.id))
    repairs.extend(_glued_abbreviation_ends(text, rules))
    repairs.extend(_glued_initials(text, rules))
    repairs.extend(_abbreviation_stops(text, rules, common_words))
    repairs.extend(_initial_sentence_ends(text, rules, common_words))
    letter_runs = LetterRuns(text)
    repairs.extend(_glued_words(letter_runs, rules.glued_words, common_words))
    repairs.extend(_glued_digits(text, rules.glued_words))
    repairs.extend(_glued_function_words(letter_runs, rules.glued_function_word, rules.glued_words.keep_repeated,
                                         known_names))
    repairs.extend(_glued_verbs(letter_runs, rules.glued_verb, rules.glued_words.keep_repeated, common_words))
    repairs.extend(_read_more_brackets(text, rules.read_more_bracket))
    repairs.extend(_datelines(text, rules.dateline))
    repairs.extend(_byline_lines(text, rules.byline_line))
    repairs.extend(_trailing_credits(text, rules))
    repairs.extend(_duplicate_paragraphs(text, rules))
    document.repairs = sorted(repairs, key=lambda repair: repair.start)


def _glued_quote_sentences(text: str, rules: HygieneRules) -> list[Repair]:
    """Where the next sentence starts after a glued `."`: at the first mark that opens a quote,
    after the marks when they all close one. A straight mark opens when the marks before it in
    its paragraph are even in number (they pair up), closes when they are odd."""
    found: list[Repair] = []
    paragraph_start = 0
    straight_before = 0  # straight marks from paragraph_start up to `counted`
    counted = 0
    for match in GLUED_QUOTE_SENTENCE.finditer(text):
        marks_start = match.start("marks")
        line_start = text.rfind("\n", counted, marks_start) + 1
        if line_start > paragraph_start:
            paragraph_start, counted, straight_before = line_start, line_start, 0
        straight_before += text.count(STRAIGHT_QUOTE, counted, marks_start)
        counted = marks_start
        sentence_start = match.end()
        for position in range(marks_start, match.end()):
            mark = text[position]
            opens = mark in OPENING_QUOTES or (mark == STRAIGHT_QUOTE and straight_before % 2 == 0)
            if mark == STRAIGHT_QUOTE:
                straight_before += 1
            counted = position + 1
            if opens:
                sentence_start = position
                break
        found.append(Repair(match.start(), sentence_start, "sentence_break", rules.glued_quote_sentence.id))
    return found


def _glued_initials(text: str, rules: HygieneRules) -> list[Repair]:
    """A sentence glued without its full stop onto a name's initial (`baruM. Rahman`): a
    sentence start, at no character, between the lowercase word and the initial."""
    rule = rules.glued_initial
    return [Repair(match.end("word"), match.end("word"), "sentence_break", rule.id)
            for match in _anchored_matches(text, _glued_initial_pattern(rule.min_lowercase), INITIAL_ANCHOR,
                                           ASCII_LOWERCASE.__contains__)]


def _anchored_matches(text: str, pattern: re.Pattern[str], anchors: re.Pattern[str],
                      in_run: Callable[[str], bool]) -> list[re.Match[str]]:
    """`pattern.finditer(text)` for a pattern whose every match opens with a run of characters
    (`in_run`) that ends where one of `anchors` starts, the rest of it read by lookarounds: the
    pattern is matched only at the start of the run before each anchor. Searched over the whole
    text it was tried at every character that may open such a run, and each try read the run to
    its end before failing. The runs before different anchors never overlap: linear."""
    found: list[re.Match[str]] = []
    for anchor in anchors.finditer(text):
        start = anchor.start()
        while start > 0 and in_run(text[start - 1]):
            start -= 1
        match = pattern.match(text, start)
        if match is not None:
            found.append(match)
    return found


@lru_cache(maxsize=4)
def _glued_initial_pattern(min_lowercase: int) -> re.Pattern[str]:
    return re.compile(GLUED_INITIAL.format(min_lowercase=min_lowercase))


def _glued_abbreviation_ends(text: str, rules: HygieneRules) -> list[Repair]:
    rule = rules.glued_abbreviation_end
    not_after = frozenset(rule.not_after)
    return [Repair(match.end() - 1, match.end(), "sentence_break", rule.id)
            for match in _anchored_matches(text, GLUED_ABBREVIATION_END, ABBREVIATION_END_ANCHOR,
                                           ASCII_UPPERCASE.__contains__)
            if match.group("abbreviation") not in not_after]


def postnominal_runs(text: str, max_part_letters: int) -> list[tuple[int, int]]:
    """The runs of post-nominal letters by their shape (rule hygiene.postnominal_letters): after
    a name and its comma, short dotted tokens, comma-separated, up to a comma before a lowercase
    word (`Amerta, SS.,M.Par.,CPOD., menilai`); (start, end) of each, in order."""
    return [match.span("run") for match in _postnominal_pattern(max_part_letters).finditer(text)]


@lru_cache(maxsize=4)
def _postnominal_pattern(max_part_letters: int) -> re.Pattern[str]:
    part = rf"[A-Z][A-Za-z]{{0,{max_part_letters}}}"
    letters = rf"{part}\.(?:{part}\.?)*"  # a dot after the first part: "SS.", "M.Si", "S.H.", "Ph.D"
    # opens with the comma it consumes, the letter before it read behind it: the regex engine skips
    # to commas instead of trying a leading lookbehind at every offset (tests/test_regex_equivalence.py)
    return re.compile(rf",(?<=[a-z],)[ \t]*(?P<run>{letters}(?:[ \t]*,[ \t]*{letters})*)(?=[ \t]*,[ \t]*[a-z])")


def _inside_any(offset: int, runs: list[tuple[int, int]]) -> bool:
    return any(start <= offset < end for start, end in runs)


def _postnominal_stops(text: str, runs: list[tuple[int, int]], rule_id: str) -> list[Repair]:
    """A sentence_join at each stop that closes a token of a run ("SS.", the last of "M.Par."):
    spaCy cut some of them off as sentence ends. A dot inside a token ("Sp.OT", "M.Eng") is
    left to the tokenizer's degree test (rule names.degree): joined there, the people stage
    read a name differently in the pool ("Gde Kresna Naria" for "Kresna Naria Putra")."""
    return [Repair(start + match.start(), start + match.end(), "sentence_join", rule_id)
            for start, end in runs for match in TOKEN_STOP.finditer(text[start:end])]


TOKEN_STOP = re.compile(r"\.(?![^\W\d_])")  # a dot no letter follows


def _abbreviation_stops(text: str, rules: HygieneRules, common_words: frozenset[str] = frozenset()) -> list[Repair]:
    """The full stop of each listed abbreviation that a lowercase word, an opening bracket or a
    comma follows: no sentence end (`Tbk. (JSMR) mengklaim`), though spaCy cuts it off as one.
    A rank's stop before a capitalised word news writes in lowercase (`common_words`) stays one:
    the rank stood alone as a noun (`oleh Brigjen. Kemudian …`), a name is no common word."""
    rule = rules.abbreviation_stop
    return [Repair(match.start("stop"), match.end("stop"), "sentence_join", rule.id)
            for abbreviations, followers, guarded in ((rule.abbreviations, ABBREVIATION_STOP_FOLLOWERS, False),
                                                      (rule.before_names, NAME_STOP_FOLLOWERS, False),
                                                      (rule.ranks, NAME_STOP_FOLLOWERS, True)) if abbreviations
            for match in _abbreviation_stops_in(text, tuple(abbreviations), followers)
            if not (guarded and _word_after(text, match.end("stop")).lower() in common_words)]


def _abbreviation_stops_in(text: str, abbreviations: tuple[str, ...], followers: str) -> list[re.Match[str]]:
    """The matches of `_abbreviation_stop_pattern` in the text, in order. When every
    abbreviation is a run of word characters (all listed ones), a match is a whole run of them
    that ends at a full stop `followers` follow: the pattern is matched only at the start of
    the run before each such stop (`_anchored_matches`) instead of being tried, with its dozens
    of alternatives, at every word's start."""
    pattern = _abbreviation_stop_pattern(abbreviations, followers)
    if not _all_word_runs(abbreviations):
        return list(pattern.finditer(text))
    return _anchored_matches(text, pattern, _stop_before(followers), is_word_character)


WORD_RUN = re.compile(r"\w+")


@lru_cache(maxsize=8)
def _all_word_runs(abbreviations: tuple[str, ...]) -> bool:
    """Whether every abbreviation is one run of word characters: a fact of the rule's list,
    asked once per list, not once per article (a full match per abbreviation each time)."""
    return all(WORD_RUN.fullmatch(abbreviation) for abbreviation in abbreviations)


@lru_cache(maxsize=8)
def _stop_before(followers: str) -> re.Pattern[str]:
    """A full stop that `followers` follow: where an abbreviation's stop may be."""
    return re.compile(rf"\.(?={followers})")


def _word_after(text: str, offset: int) -> str:
    """The run of letters after `offset` and the blanks after it ("" before a bracket or a comma)."""
    found = WORD_AFTER.match(text, offset)
    return found.group(1) if found else ""


WORD_AFTER = re.compile(r"[ \t]*([^\W\d_]+)")


# what follows an abbreviation's stop that ends no sentence: a lowercase word, a bracket or a comma;
# after a head or title of a name (`before_names`) a capitalised word too ("PT. PLN", "Ir. Soekarno")
ABBREVIATION_STOP_FOLLOWERS = r"[ \t]+[a-z]|[ \t]*[(,]"
NAME_STOP_FOLLOWERS = r"[ \t]+[A-Za-z]|[ \t]*[(,]"


@lru_cache(maxsize=8)
def _abbreviation_stop_pattern(abbreviations: tuple[str, ...], followers: str) -> re.Pattern[str]:
    alternatives = "|".join(sorted(map(re.escape, abbreviations), key=len, reverse=True))
    return re.compile(rf"(?<![\w.])(?:{alternatives})(?P<stop>\.)(?={followers})")


def _initial_sentence_ends(text: str, rules: HygieneRules, common_words: frozenset[str]) -> list[Repair]:
    """A sentence start, at no character, before a capitalised word news writes in lowercase
    (`common_words`) after a capital alone and its full stop, after a word: `Serie A. Perlu`
    is a sentence end, `M. Rahman` an initial (a name is no common word)."""
    rule = rules.initial_sentence_end
    return [Repair(match.start("word"), match.start("word"), "sentence_break", rule.id)
            for match in INITIAL_THEN_WORD.finditer(text) if match.group("word").lower() in common_words]


class LetterRuns:
    """The text's runs of letters (LETTER_RUN), the words glued words are found in. Their
    offsets are found only when a cut is made: most articles have no glued word, and a match
    object per run cost twice the runs themselves."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._letters = letters_only(text)
        self.words: list[str] = self._letters.decode("ascii").split()
        self._starts: list[int] | None = None
        self._capitalised: list[tuple[int, str]] | None = None
        self._written_alone: frozenset[str] | None = None
        self._run_contexts: dict[str, set[tuple[str, str]]] | None = None

    def capitalised(self) -> list[tuple[int, str]]:
        """(position, run) of the runs with a capital letter, at most MAX_GLUED_RUN_CHARS long:
        the only runs glue is looked for in. Found once and shared by the two glued-word
        searches, which walked every run of the article each (most are lowercase words)."""
        if self._capitalised is None:
            self._capitalised = [(position, run) for position, run in enumerate(self.words)
                                 if not run.islower() and len(run) <= MAX_GLUED_RUN_CHARS]
        return self._capitalised

    def run_contexts(self) -> dict[str, set[tuple[str, str]]]:
        """Each capitalised run's (`capitalised`) distinct pairs of neighbouring runs
        (`_neighbours`): a run written between several of them is a name. Found once and read by
        the glued-word and glued-verb searches, which each walked the runs for them before."""
        if self._run_contexts is None:
            words = self.words
            contexts: dict[str, set[tuple[str, str]]] = {}
            for position, run in self.capitalised():
                contexts.setdefault(run, set()).add(_neighbours(words, position))
            self._run_contexts = contexts
        return self._run_contexts

    def written_alone(self) -> frozenset[str]:
        """The distinct runs that open with a capital: the names and stems the article writes
        on their own, which the glued function-word and glued-verb searches both ask about."""
        if self._written_alone is None:
            self._written_alone = frozenset(run for run in set(self.words) if run[:1].isupper())
        return self._written_alone

    def start(self, position: int) -> int:
        """The offset of the run at `position`."""
        if self._starts is None:
            self._starts = letter_run_starts(self._letters)
        return self._starts[position]


def _neighbours(words: list[str], position: int) -> tuple[str, str]:
    """The runs of letters before and after the one at `position` ("" at the text's ends): a
    run written between several different pairs of them is a name, not glue."""
    before = words[position - 1] if position > 0 else ""
    after = words[position + 1] if position + 1 < len(words) else ""
    return before, after


def _glued_words(letter_runs: LetterRuns, rule: GluedWords, common_words: frozenset[str]) -> list[Repair]:
    """Cuts inside runs of letters where two words were glued (see rules/hygiene.yml). The
    article's own words decide the doubtful shapes: a run written between `keep_repeated`
    different pairs of neighbours is a name (a duplicated paragraph repeats its glue with the
    same neighbours); after a short lowercase run (`BosTottenham`, but `McGregor`), after an
    abbreviation and before one, a word is cut off only when the article writes it alone
    elsewhere or (after a short run) it or the word before it is a common word."""
    contexts = letter_runs.run_contexts()
    runs = letter_runs.capitalised()  # (position, run)
    known = _KnownWords(frozenset(contexts), common_words, frozenset(rule.short_words))
    found: list[Repair] = []
    cuts_of_run: dict[str, list[int]] = {}  # a run's cuts depend on the run alone: found once per article
    for position, run in runs:
        cuts = cuts_of_run.get(run)
        if cuts is None:
            cuts = cuts_of_run[run] = _run_cuts(run, contexts, rule, known)
        for cut in cuts:
            start = letter_runs.start(position)
            found.append(Repair(start + cut, start + cut, "word_break", rule.id))
    return found


def _run_cuts(run: str, contexts: Mapping[str, set[tuple[str, str]]], rule: GluedWords,
              known: _KnownWords) -> list[int]:
    """The glue cuts inside one run of letters (`_glued_words`); the shape tests come first,
    the article-wide ones (neighbours, a name after the seam) only for runs with a seam."""
    if run.isupper() or run[1:].islower():
        return []  # a run with one capital, its first letter, has no lowercase-to-capital seam
    if len(contexts[run]) >= rule.keep_repeated and not _glue_before_a_name(run, contexts):
        return []
    return _glued_cuts(run, rule.min_lowercase, known)


def _glue_before_a_name(run: str, contexts: Mapping[str, set[tuple[str, str]]]) -> bool:
    """Whether a run written between several pairs of neighbours is still glue: its capitalised
    word before the first lowercase-to-capital seam is one the article writes on its own, and a
    capitalised word follows it everywhere (`Wali Kota MedanRico Tri …`, `… MedanRico Waas`: a
    place glued onto a name whose link was stripped). Brands recur before lowercase words
    (`WhatsApp`, `PlayStation`: `Whats` and `Play` never stand alone either); over the 16,439
    pool articles 22 forms pass, 8 of them brands (`AirAsia`, `YouTube`)."""
    seam = LOWER_THEN_CAPITALISED.search(run)
    return seam is not None and run[:seam.start()] in contexts \
        and all(after[:1].isupper() for _, after in contexts[run])


def _glued_digits(text: str, rule: GluedWords) -> list[Repair]:
    """Cuts between a number and a capitalised word glued onto it where a line break or a link
    was stripped (`2015-2016Thomas Lembong`, `Rp5.000Emas`)."""
    return [Repair(match.end(), match.end(), "word_break", rule.id)
            for match in _anchored_matches(text, DIGITS_THEN_CAPITALISED, DIGITS_END_ANCHOR, str.isdecimal)]


@dataclass(frozen=True)
class _KnownWords:
    alone: frozenset[str]  # runs of letters the article writes on their own
    common: frozenset[str]  # words news writes in lowercase
    short: frozenset[str]  # short lowercase words that glue to a word's start ("diPiala")

    def __contains__(self, word: str) -> bool:
        return word in self.alone or word.lower() in self.common


def _glued_cuts(run: str, min_lowercase: int, known: _KnownWords) -> list[int]:
    cuts = []
    for match in LOWER_THEN_CAPITALISED.finditer(run):
        before = run[:match.start()]
        lowercase = len(before) - len(before.rstrip(string.ascii_lowercase))
        head = before[max(0, len(before) - lowercase - 1):]
        if lowercase >= min_lowercase or (lowercase == len(before) and before in known.short) \
                or _word_at(run, match.start()) in known or head.lower() in known.common:
            cuts.append(match.start())
    for match in LOWER_ABBREVIATION_CAPITALISED.finditer(run):
        abbreviation_end = match.end()
        if _glued_onto_abbreviation(run, match.end(), known):
            abbreviation_end += 1  # `WartawanAFPyang`: the capital is the abbreviation's last letter
        cuts.append(abbreviation_end)
        if run[match.start():abbreviation_end] in known.alone or _common_word_before(run, match.start(), known):
            cuts.append(match.start())  # the article writes the abbreviation on its own too, or no name precedes it
    glued = LOWER_THEN_ABBREVIATION.search(run)
    if glued is not None and (run[glued.start():] in known.alone or _written_alone_before(run, glued.start(), known)):
        cuts.append(glued.start())
    glued = ABBREVIATION_THEN_CAPITALISED.search(run)
    if glued is not None and run[glued.start():] in known.alone:
        cuts.append(glued.start())
    return sorted(set(cuts))


def _written_alone_before(run: str, end: int, known: _KnownWords) -> bool:
    """Whether the capitalised word ending at `end` is one the article writes on its own
    (`KemenkesRI` where it writes `Kemenkes`) and the word with the abbreviation is not (a
    brand: `pembalapMotoGP` where it writes `Moto2` and `MotoGP`): the abbreviation was glued on.
    A run that is the word and the abbreviation alone is left to `keep_repeated`."""
    word = CAPITALISED_RUN_END.search(run, 0, end)
    if word is None or word.group() not in known.alone:
        return False
    return word.start() == 0 or run[word.start():] not in known.alone


def _common_word_before(run: str, end: int, known: _KnownWords) -> bool:
    """Whether the capitalised word ending at `end` is one news writes in lowercase
    (`PantauanCNNIndonesia`): no name or brand ends there, so the abbreviation after it is
    a word of its own."""
    word = CAPITALISED_RUN_END.search(run, 0, end)
    return word is not None and word.group().lower() in known.common


def _glued_onto_abbreviation(run: str, capital: int, known: _KnownWords) -> bool:
    """Whether the "capitalised word" at `capital` is the abbreviation's last letter with a
    word news writes in lowercase glued on (`AFPbahwa`, `BMKGucapkan`, `KRLdi`), not a name."""
    tail = LOWERCASE_RUN.match(run, capital + 1)
    return tail is not None and (tail.group() in known.common or tail.group() in known.short)


def known_name_endings(full_names: list[str]) -> dict[str, frozenset[str]]:
    """The last word of each full name by the word before it (`Prabowo Subianto`: `Prabowo` ->
    {`Subianto`}): the stems a glued word may keep after that capitalised word."""
    endings: dict[str, set[str]] = {}
    for words in (name.split() for name in full_names):
        if len(words) > 1:
            endings.setdefault(words[-2], set()).add(words[-1])
    return {first: frozenset(lasts) for first, lasts in endings.items()}


def _glued_function_words(letter_runs: LetterRuns, rule: GluedFunctionWord, keep_repeated: int,
                          known_names: Mapping[str, frozenset[str]] = EMPTY_KNOWN_NAMES) -> list[Repair]:
    """Cuts a function word off the capitalised word ending a run of letters when the stem is
    a name form of the article (see rules/hygiene.yml): names that only end in the same
    letters (`Wulandari`, `Ramadan`) have no such stem, so the article's own words decide.
    A stem that closes a full name news usually gives with the capitalised word before it
    (`Prabowo Subiantodi`, where the article never writes `Subianto` alone) is one too."""
    if not rule.function_words:
        return []
    words = letter_runs.words
    function_words = frozenset(rule.function_words)
    alone = letter_runs.written_alone()
    lowercase = {run for run in set(words) if run.islower()}  # each distinct run's shape tested once
    # a cut needs a function word ending the word: one C-level suffix test per run, and only
    # the runs that pass are kept, with the contexts they are written in
    suffixes = tuple(function_words)
    distinct_endings: set[str] = set()  # every capitalised word ending a run: the stems' tails are read from all
    contexts: dict[str, set[tuple[str, str]]] = {}
    endings: list[tuple[int, int, str]] = []  # (run position, offset in the run, capitalised word ending it)
    for position, run in letter_runs.capitalised():  # a run with no capital has no capitalised word ending it
        for offset, word in _capitalised_words_ending_glue(run):
            distinct_endings.add(word)
            if word.endswith(suffixes):
                endings.append((position, offset, word))
                if offset + len(word) == len(run):  # a word inside a run has the second name for neighbour
                    contexts.setdefault(word, set()).add(_neighbours(words, position))
    tails: dict[str, set[str]] = {}  # stem -> lowercase words of the article glued to it
    known_tails = lowercase | function_words  # one lookup per cut
    for word in distinct_endings:
        for cut in range(rule.min_stem_chars, len(word) - 1):
            tail = word[cut:]
            if tail in known_tails:
                tails.setdefault(word[:cut], set()).add(tail)
    # each distinct word's answer is kept (a name recurs through the article)
    cuts: dict[tuple[str, str], int] = {}
    found: list[Repair] = []
    for position, offset, word in endings:
        before = _capitalised_word_before(words, position, offset)
        if (word, before) not in cuts:  # the names a cut may keep depend on the word before
            named = known_names.get(before, frozenset())
            cuts[word, before] = _function_word_cut(word, function_words, rule, alone | named, tails)
        cut = cuts[word, before]
        if cut and len(contexts.get(word, ())) < keep_repeated:
            start = letter_runs.start(position) + offset
            found.append(Repair(start + cut, start + cut, "word_break", rule.id))
    return found


def _capitalised_words_ending_glue(run: str) -> list[tuple[int, str]]:
    """(offset, word) of the capitalised word ending a run of letters (`_capitalised_ending`)
    and of each capitalised word inside it that another capital follows: a function word glued
    between two names (`Al GhazalidanAlyssa`, `Real MadriddiPiala`, 154 such in the news pool)
    ends a word inside the run, which the glued-words cut before `Alyssa` leaves whole."""
    offset = _capitalised_ending(run)
    found = [] if offset < 0 else [(offset, run[offset:])]
    if offset != 0:  # most runs are one capitalised word: no word inside them
        found.extend((inner.start(), inner.group(0)) for inner in CAPITALISED_BEFORE_CAPITAL.finditer(run))
    return found


def _capitalised_ending(run: str) -> int:
    """Where the capitalised word ending a run of letters starts (CAPITALISED_RUN_END), or -1.
    Most capitalised runs are one such word ("Jakarta"): that is told by two C-level tests, and
    the regex, which tries each offset of the run, reads only the others ("PolriKPK", "UNESCO")."""
    if run[:1].isupper() and run[1:].islower():
        return 0  # a run holds only ASCII letters: one capital, then lowercase letters to its end
    ending = CAPITALISED_RUN_END.search(run)
    return -1 if ending is None else ending.start()


def _function_word_cut(word: str, function_words: frozenset[str], rule: GluedFunctionWord, alone: frozenset[str],
                       tails: dict[str, set[str]]) -> int:
    """Where `word` splits into a name-form stem and a glued function word, or 0 (whole)."""
    for cut in range(rule.min_stem_chars, len(word) - 1):
        stem, tail = word[:cut], word[cut:]
        if tail not in function_words:
            continue
        if stem in alone or len(tails.get(stem, set()) - {tail}) >= rule.min_other_tails:
            return cut
    return 0


# The stem a glued tail may follow, ending the letters before it: an all-capital abbreviation
# ("KPK" of "PenyidikKPKmemanggil") or a capitalised word ("Yamal" of "Yamalditerpa").
STEM_BEFORE_TAIL = re.compile(r"[A-Z]+$|[A-Z][a-z]+$")


def _glued_verbs(letter_runs: LetterRuns, rule: GluedVerb, keep_repeated: int,
                 common_words: frozenset[str] = frozenset()) -> list[Repair]:
    """Cuts a long prefixed verb form off the name or abbreviation ending a run of letters when
    the article writes that stem alone (see rules/hygiene.yml): words that only start like a
    name (`Pendidikan`, `Beberapa`) have no such stem, so the article's own words decide."""
    if not rule.prefixes:
        return []
    prefixes = tuple(rule.prefixes)
    alone = letter_runs.written_alone()
    contexts = letter_runs.run_contexts()
    candidates = [(position, run) for position, run in letter_runs.capitalised()  # no capital: no stem to keep
                  if len(run) > rule.min_tail_chars and run[-1].islower()]
    cuts: dict[str, int] = {}
    found: list[Repair] = []
    for position, run in candidates:
        if len(contexts[run]) >= keep_repeated:
            continue  # written between several pairs of neighbours: a name
        if run not in cuts:
            cuts[run] = _verb_cut(run, prefixes, rule, alone, common_words)
        if cuts[run]:
            start = letter_runs.start(position)
            found.append(Repair(start + cuts[run], start + cuts[run], "word_break", rule.id))
    found.extend(_hyphenated_glued_verbs(letter_runs.text, prefixes, rule))
    return found


@lru_cache(maxsize=4)
def _hyphenated_glue_pattern(prefixes: tuple[str, ...], min_tail_chars: int) -> re.Pattern[str]:
    """A hyphenated capitalised name whose lowercase last part runs into a prefixed verb form:
    "Seo-yimeninggal" is "Seo-yi" and "meninggal"."""
    alternatives = "|".join(re.escape(prefix) for prefix in sorted(prefixes, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?P<stem>[A-Z][a-z]+(?:-[A-Za-z]+)*-[a-z]+?)"
                      rf"(?P<tail>(?:{alternatives})[a-z]{{{max(min_tail_chars - 2, 1)},}})(?![\w-])")


def _hyphenated_glued_verbs(text: str, prefixes: tuple[str, ...], rule: GluedVerb) -> list[Repair]:
    """Cuts a prefixed verb form glued onto a hyphenated name (`Lee Seo-yimeninggal`) when the
    article writes the name alone (`Lee Seo-yi`): runs of letters split at the hyphen, so the
    glued part is a lowercase run of its own, and only the whole name decides."""
    found: list[Repair] = []
    pattern = _hyphenated_glue_pattern(prefixes, rule.min_tail_chars)
    for start, end in _hyphenated_runs(text):
        match = pattern.fullmatch(text, start, end) if text[start] in string.ascii_uppercase else None
        if match is not None and _written_alone_unhyphenated(text, match.group("stem")):
            found.append(Repair(match.start("tail"), match.start("tail"), "word_break", rule.id))
    return found


def _hyphenated_runs(text: str) -> list[tuple[int, int]]:
    """The maximal runs of word characters and hyphens that hold a hyphen, as (start, end).

    A glued hyphenated name (`_hyphenated_glue_pattern`) is made of letters and hyphens with
    neither a word character nor a hyphen on either side: it is one such run whole or none.
    Found from each hyphen outwards, each run once, so the pattern is tried on a few runs and
    not at every capital of the text (it backtracked through each capitalised word there)."""
    runs: list[tuple[int, int]] = []
    hyphen = text.find(HYPHEN)
    while hyphen != -1:
        start = hyphen
        while start > 0 and _joins_a_run(text[start - 1]):
            start -= 1
        end = hyphen + 1
        while end < len(text) and _joins_a_run(text[end]):
            end += 1
        runs.append((start, end))
        hyphen = text.find(HYPHEN, end)
    return runs


def _joins_a_run(character: str) -> bool:
    """A character of the pattern class [\\w-]: Unicode letters, digits and numerals, "_", "-"."""
    return character.isalnum() or character in WORD_JOINERS


WORD_JOINERS = "_-"  # the word characters that are not alphanumeric ("_") and the hyphen


def _written_alone_unhyphenated(text: str, word: str) -> bool:
    """Whether the text has `word` with no letter, digit or hyphen on either side: a hyphen
    joins the parts of one name ("Seo-yi"), so a part alone is no name the article writes."""
    return re.search(whole_words(word, joiners=HYPHEN), text) is not None


HYPHEN = "-"


def _verb_cut(run: str, prefixes: tuple[str, ...], rule: GluedVerb, alone: frozenset[str],
              common_words: frozenset[str]) -> int:
    """Where `run` splits into a stem the article writes alone and a glued verb form, or 0."""
    for cut in range(1, len(run) - rule.min_tail_chars + 1):
        tail = run[cut:]
        if not tail.islower():
            continue
        if not tail.startswith(prefixes):
            continue  # a longer tail that is no verb form: a shorter one may be
        stem = STEM_BEFORE_TAIL.search(run, 0, cut)
        if stem is None:
            continue
        name = stem.group()
        shortest = rule.min_abbreviation_chars if name.isupper() else rule.min_stem_chars
        if len(name) >= shortest and name in alone and name.lower() not in common_words:
            return cut
    return 0


def _capitalised_word_before(words: list[str], position: int, offset: int) -> str:
    """The capitalised word right before the one ending the run at `position`, at `offset` in
    it: inside the same run (`RIPrabowoSubiantodi`) or ending the run before (`Prabowo`)."""
    head = words[position][:offset] if offset else (words[position - 1] if position > 0 else "")
    found = CAPITALISED_RUN_END.search(head)
    return found.group(0) if found else ""


def _word_at(run: str, start: int) -> str:
    """The capitalised word starting at `start` in a run of letters: up to the next capital."""
    end = start + 1
    while end < len(run) and run[end].islower():
        end += 1
    return run[start:end]


def _read_more_brackets(text: str, rule: ReadMoreBracket) -> list[Repair]:
    if not rule.openers:
        return []
    pattern = _read_more_pattern(tuple(rule.openers), rule.max_chars)
    return [Repair(match.start(), match.end(), "boilerplate", rule.id) for match in pattern.finditer(text)]


@lru_cache(maxsize=8)
def _read_more_pattern(openers: tuple[str, ...], max_chars: int) -> re.Pattern[str]:
    """The bracketed "read more" title pattern of a rule set, built once (not per document):
    the longest opener first, then a colon or a capitalised word, at most `max_chars` inside."""
    alternatives = "|".join(re.escape(opener) for opener in sorted(openers, key=len, reverse=True))
    return re.compile(rf"\(\s*(?:{alternatives})(?:\s*:|(?=[A-Z]))[^()\n]{{1,{max_chars}}}\)")


def _datelines(text: str, rule: Dateline) -> list[Repair]:
    """The dateline at the start of one of the first lines (a byline line may come first)."""
    if not rule.dashes:
        return []
    dash = _dash_pattern(tuple(rule.dashes))
    for start, line in _first_lines(text, rule.max_lines):
        found = _dateline_in(line, dash, rule)
        if found is not None:
            return [Repair(start + found.start, start + found.end, "boilerplate", rule.id)]
    return []


@lru_cache(maxsize=8)
def _dash_pattern(dashes: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(dash) for dash in sorted(dashes, key=len, reverse=True))
    return re.compile(rf"[^\S\n]*(?:{alternatives})[^\S\n]*")


def _first_lines(text: str, count: int) -> Iterator[tuple[int, str]]:
    """(offset, line) for the first `count` lines that hold more than spaces."""
    position = 0
    seen = 0
    while seen < count and position < len(text):
        end = text.find("\n", position)
        end = len(text) if end < 0 else end
        line = text[position:end]
        if line.strip():
            seen += 1
            yield position, line
        position = end + 1


def _dateline_in(line: str, dash: re.Pattern[str], rule: Dateline) -> Span | None:
    """The first spaced dash near the line start, when only place and outlet words stand
    before it and a sentence opens after it. A hyphen inside a word (`PDI-P`) is passed by."""
    for match in dash.finditer(line, 0, rule.max_chars):
        separator = match.group(0)
        if separator.strip() == "-" and not (separator[0].isspace() or separator[-1].isspace()):
            continue
        following = line[match.end():match.end() + 1]
        words = line[:match.start()].replace(",", " ").split()
        if (following and (following.isupper() or following.isdigit() or following in DATELINE_FOLLOWERS)
                and len(words) <= rule.max_words and all(DATELINE_WORD.fullmatch(word) for word in words)):
            opening = len(line) - len(line.lstrip())
            return Span(opening, match.start() + len(separator.rstrip()))
        return None
    return None


def _byline_lines(text: str, rule: BylineLine) -> list[Repair]:
    """A byline alone on one of the first lines (`Laporan Sara Masroni | Banda Aceh`): the
    reporter's name and place, which no stage should read as a person of the article."""
    for start, line in _first_lines(text, rule.max_lines):
        if _is_byline(line, rule):
            opening = len(line) - len(line.lstrip())
            return [Repair(start + opening, start + len(line.rstrip()), "boilerplate", rule.id)]
    return []


def _is_byline(line: str, rule: BylineLine) -> bool:
    """An opener, then only capitalised words, numbers or outlet domains (DATELINE_WORD) and
    joiners, min_words to max_words of the former: no lowercase word, so no sentence."""
    content = line.strip().removesuffix(".")
    opener = next((opener for opener in rule.openers if content.startswith(opener + " ")), None)
    if opener is None:
        return False
    words = content[len(opener):].replace(",", " , ").split()
    named = [word for word in words if word not in rule.joiners]
    return rule.min_words <= len(named) <= rule.max_words and all(DATELINE_WORD.fullmatch(word) for word in named)


def _trailing_credits(text: str, rules: HygieneRules) -> list[Repair]:
    """Bracketed groups at the very end of the text, peeled one by one from the end: each
    holds at most `max_words` words and no sentence punctuation (a name, initials, an agency
    code; a full stop only inside an outlet's domain, `Tribunnews.com/Name`), and stands after
    a sentence end or on its own line; and a last line that credits by a label (`EDITOR :
    Rahmad`, `Penulis: Arby Salim`)."""
    rule = rules.trailing_credit
    credit = re.compile(rf"[(\[]\s*(?:[^()\[\].!?\n]|\.(?=[A-Za-z])){{1,{rule.max_chars}}}[)\]]\s*$")
    labelled = _labelled_credit_pattern(tuple(rule.labels), rule.max_chars)
    found: list[Repair] = []
    end = len(text.rstrip())
    while end > 0:
        line = labelled.match(text, _line_start(text, end), end) if rule.labels else None
        if line is not None and len(line.group("credited").split()) <= rule.max_words:
            found.append(Repair(line.start(), end, "credit", rule.id))
            end = len(text[:line.start()].rstrip())
            continue
        match = credit.search(text, 0, end)
        if match is None or len(match.group(0)[1:-1].split()) > _most_credit_words(match.group(0), rule):
            break
        before = text[:match.start()].rstrip(" ")
        if before and before[-1] not in rules.trailing_credit.after:
            break
        found.append(Repair(match.start(), match.start() + len(match.group(0).rstrip()), "credit",
                            rules.trailing_credit.id))
        end = len(before.rstrip())
    return found


def _most_credit_words(bracket: str, rule: TrailingCredit) -> int:
    """How many words a trailing bracket may hold: max_words, or max_labelled_words when it opens
    with a credit label (`(Kontributor Tribunjabar Kabupaten Cianjur, Fauzi Noviandi)`): the
    label says it is a credit, so the outlet, the place and the name may all stand in it."""
    words = bracket[1:-1].split()
    opening = words[0].rstrip(":").lower() if words else ""
    return max(rule.max_words, rule.max_labelled_words) if opening in rule.labels else rule.max_words


def _line_start(text: str, end: int) -> int:
    """The start of the line that holds offset `end - 1`. A labelled credit has no line break in
    it, ends at `end` and opens a line, so it can only start there: it is matched there, the
    same match the search of the whole text found, without trying the pattern's line-start test
    at every offset of the article (or even of the line: a last paragraph is one long line)."""
    return text.rfind("\n", 0, end) + 1


@lru_cache(maxsize=8)
def _labelled_credit_pattern(labels: tuple[str, ...], max_chars: int) -> re.Pattern[str]:
    """A last line `Label : Name`: a credit label (any case), a colon, then a capitalised run
    of at most `max_chars` characters with no sentence punctuation."""
    alternatives = "|".join(re.escape(label) for label in sorted(labels, key=len, reverse=True))
    return re.compile(rf"(?:^|(?<=\n))[ \t]*(?i:{alternatives})[ \t]*:[ \t]*"
                      rf"(?P<credited>[A-Z][^.!?:\n]{{0,{max_chars}}}?)[ \t]*$")


def _duplicate_paragraphs(text: str, rules: HygieneRules) -> list[Repair]:
    """Paragraphs (lines) that repeat an earlier one exactly, long enough to be content."""
    seen: set[str] = set()
    found: list[Repair] = []
    offset = 0
    for line in text.split("\n"):
        content = line.strip()
        if len(content) >= rules.duplicate_paragraph.min_chars:
            if content in seen:
                found.append(Repair(offset, offset + len(line), "duplicate", rules.duplicate_paragraph.id))
            seen.add(content)
        offset += len(line) + 1
    return found


def sentence_starts(document: Document) -> frozenset[int]:
    """Where a sentence starts that the scraper glued to the text before it: after a glued
    sentence-end mark (and a closing quotation mark), where a trailing credit begins, and
    after a bracketed "read more" title (spaCy starts one at its first word)."""
    starts: set[int] = set()
    for repair in document.repairs:
        if repair.kind == "sentence_break":
            starts.add(repair.end)
        elif repair.kind == "credit":
            starts.add(repair.start)
        elif repair.kind == "boilerplate":
            rest = document.text[repair.end:repair.end + MAX_SPACE_AFTER_BOILERPLATE]
            starts.add(repair.end + len(rest) - len(rest.lstrip()))
    return frozenset(starts)


def sentence_joins(document: Document) -> frozenset[int]:
    """Where a full-stop token ends no sentence: an abbreviation's stop before a lowercase word, an
    opening bracket or a comma (rule hygiene.abbreviation_stop), and each stop of a run of degrees
    after a name (rule hygiene.postnominal_letters)."""
    return frozenset(repair.start for repair in document.repairs if repair.kind == "sentence_join")


def token_cuts(document: Document) -> frozenset[int]:
    """Where the tokenizer must cut a token: around each character of a glued sentence end (the
    mark and a closing quotation mark are tokens of their own), at a glued word's start, after
    a stop that ends no sentence, and before a trailing credit."""
    cuts: set[int] = set()
    for repair in document.repairs:
        if repair.kind == "sentence_break":
            cuts.update(range(repair.start, repair.end + 1))
        elif repair.kind == "word_break":
            cuts.add(repair.start)
        elif repair.kind == "sentence_join":
            cuts.add(repair.end)  # the stop ends its token: "SS.,M.Par" is "SS." "," "M.Par"
        elif repair.kind == "credit":
            cuts.update((repair.start - 1, repair.start))
        elif repair.kind == "boilerplate":
            cuts.update((repair.start, repair.end))
    return frozenset(cuts)


def boilerplate_spans(document: Document) -> list[Span]:
    """Trailing credits, bracketed "read more" titles and datelines: boilerplate for the later
    stages."""
    return [Span(repair.start, repair.end) for repair in document.repairs
            if repair.kind in ("credit", "boilerplate")]
