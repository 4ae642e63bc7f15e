"""Finding speaker phrases and names in the text: where a cue's subject or object is.

`TextIndex` looks tokens and entities up by offset; `phrase_before`/`phrase_after` find the
tokens of the speaker phrase next to a cue, `person_before`/`person_after` the nearest PER
entity, `name_from_tokens` the name in a run of tokens. Reading who a phrase names is
`speaker_phrases.py`.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import Any, TypeVar, cast

from service.extraction.document import Document, Entity, Mention, Token
from service.extraction.hygiene import postnominal_runs
from service.extraction.rule_models import CitedOutlet, PostnominalLetters
from service.extraction.rules import RuleSet

PUNCTUATION_STOPS = set(",.;:!?()[]\"“”‘’'«»—–")

Fact = TypeVar("Fact")


class TextIndex:
    """Token and entity lookups by character offset for one document."""

    def __init__(self, document: Document) -> None:
        self.document = document
        self.tokens = document.tokens
        self.starts = document.token_starts()  # the document's own table, shared, not rebuilt
        self._mark_starts: set[int] | None = None
        self._lowercase_words: set[str] | None = None
        self._person_words: list[tuple[int, int, set[str]]] | None = None
        self._sentence_starts: set[int] = set()
        self._facts: dict[str, Any] = {}
        # names read from runs of tokens (`name_from_tokens`), by the rule set's id and the tokens' indices
        self.names: dict[tuple[int, tuple[int, ...]], str] = {}
        self.place_or_organisation_words = place_or_organisation_words(document)
        self.place_or_organisation_words.update(
            key for key, alias in document.aliases.items() if alias.kind == "organization" and " " not in key)
        self.entity_by_token: dict[int, Entity] = {}
        for entity in document.entities:
            for index in range(self.token_at(entity.start), len(self.tokens)):
                if self.tokens[index].start >= entity.end:
                    break
                self.entity_by_token[index] = entity

    def names_another_person(self, tokens: list[Token], unless: str | None = None) -> bool:
        """Whether these words all belong to one PER entity elsewhere in the article; with
        `unless`, one that does not hold that word too (the same full name repeated, "Putra
        Siregar" twice, is the same person, not a relative of one)."""
        if not tokens:
            return False
        if self._person_words is None:
            self._person_words = [(entity.start, entity.end,
                                   {word.lower() for word in self.document.text[entity.start:entity.end].split()})
                                  for entity in self.document.entities if entity.label == "PER"]
        words = {token.text.lower() for token in tokens}
        start, end = tokens[0].start, tokens[-1].end
        return any(words <= person_words and unless not in person_words
                   for entity_start, entity_end, person_words in self._person_words
                   if entity_end <= start or entity_start >= end)

    def is_postnominal(self, token: Token, rule: PostnominalLetters) -> bool:
        """Whether the token lies in a run of post-nominal letters found by their shape (rule
        hygiene.postnominal_letters: "SS.,M.Par.,CPOD." after a name and its comma), the commas
        between them aside: the letters and dots of "Sp.DVE" are degree tokens however cut."""
        if token.text == ",":
            return False
        runs = self.fact(rule.id, lambda: postnominal_runs(self.document.text, rule.max_part_letters))
        return any(start <= token.start and token.end <= end for start, end in runs)

    @property
    def lowered(self) -> list[str]:
        """Each token's text in lowercase, by token index (the document's, built once: several
        stages scan every token for listed words)."""
        return self.document.lowered_tokens()

    def fact(self, name: str, build: Callable[[], Fact]) -> Fact:
        """A fact of the article built on first use and kept: one that depends on the tokens,
        entities and rules only, never on the speakers, so the people stage, the people check
        and the speaker slot's second pass (after the check rejected a resolved name) share it."""
        if name not in self._facts:
            self._facts[name] = build()
        return cast(Fact, self._facts[name])

    def is_common_word_at_sentence_start(self, token: Token) -> bool:
        """A sentence's first word that the article also writes in lowercase: capitalised only by
        position ("Ketidakhadiran Khofifah …"), so not part of a name."""
        if self._lowercase_words is None:
            self._lowercase_words = {text for text in self.document.tokens_by_text() if text.islower()}
            self._sentence_starts = {sentence.start for sentence in self.document.sentences}
        return token.start in self._sentence_starts and token.text.lower() in self._lowercase_words

    def is_mark_start(self, offset: int) -> bool:
        if self._mark_starts is None:
            self._mark_starts = {mark.start for mark in self.document.quote_marks}
        return offset in self._mark_starts

    def token_at(self, offset: int) -> int:
        """Index of the first token starting at or after offset."""
        return bisect_left(self.starts, offset)

    def tokens_in(self, start: int, end: int) -> list[Token]:
        return self.document.tokens_between(start, end)


def place_or_organisation_words(document: Document) -> set[str]:
    """One-word places and organisations of the article, cut when they open a name ("Jatim
    Khofifah …"). The model tags a given name LOC or ORG now and then ("Almi" once LOC among
    ten PER): a word the article uses more often as the first word of a person's name than as
    a place or organisation on its own is a given name, and stays in the name."""
    as_place: Counter[str] = Counter()
    in_longer: set[str] = set()
    person_names: list[list[str]] = []
    for entity in document.entities:
        words = document.text[entity.start:entity.end].lower().split()
        if entity.label in ("LOC", "ORG") and len(words) == 1:
            as_place[words[0]] += 1
        elif entity.label in ("LOC", "ORG"):
            in_longer.update(words)
        elif entity.label == "PER" and words:
            person_names.append(words)
    openers = {name[0] for name in person_names}
    return {word for word, count in as_place.items()
            if word not in openers or not _given_name_of_the_article(word, count, in_longer, set(as_place),
                                                                      person_names)}


def _given_name_of_the_article(word: str, as_place: int, in_longer: set[str], alone: set[str],
                               person_names: list[list[str]]) -> bool:
    """A word tagged alone as a place or organisation that opens a person's name is that
    person's given name when it opens the name more often than it stands alone, or, however
    often it stands alone ("kata [Giri|LOC]" four times beside one "Giri Suprapdiono"), when
    it is never a word of a longer place or organisation ("Kabupaten Kampar") and the rest of
    the name never stands alone: the model tags a rare given name after a speech verb as a
    place, while a place taken into a name is also written in its region's name. A "name"
    whose other words are places or organisations of the article too ("Geopark Nias",
    "Slowakia Slowakia") is a place. Rule names.given_name_tagged_as_place."""
    uses = _given_name_uses(word, person_names)
    placed = any(name[0] == word and any(other in alone or other in in_longer for other in name[1:])
                 for name in person_names)
    return as_place < uses or (uses > 0 and word not in in_longer and not placed)


def _given_name_uses(word: str, person_names: list[list[str]]) -> int:
    """How often a word opens a person's name without being a prefix cut from a name the article
    gives without it ("Kampar Rudi Hartono" does not count for Kampar when "Rudi" stands alone).
    Called only for a word that is both a place and a name opener: a few per article."""
    alone = [set(name) for name in person_names if word not in name]
    return sum(1 for name in person_names if name[0] == word
               and not any(other <= set(name[1:]) for other in alone))


def is_capitalised(word: str) -> bool:
    return word[:1].isupper()


def strip_titles(words: list[str], rules: RuleSet) -> list[str]:
    """Drop leading titles, ranks and honorifics (Irjen, Dr., Pak) from a name."""
    return words[leading_titles(words, rules.is_title):]


def leading_titles(words: Sequence[str], is_title: Callable[[str], bool]) -> int:
    """How many of the words open the run as titles before a name ("Irjen Pol. Budi": two): the
    last word is never counted, so a lone title stays a one-word run for the caller to judge.
    `is_title` says which titles: `RuleSet.is_title` (ranks and honorifics, dropped from a
    canonical name) or `RuleSet.is_person_title` (offices too, less words that are also given
    names, as in "Putri")."""
    count = 0
    while count < len(words) - 1 and is_title(words[count]):
        count += 1
    return count


NAME_JOINERS = frozenset("-'’.")  # kept without spaces inside a name: Al-Harbi, Ma'ruf
MIN_WORDS_AFTER_A_PLACE = 2  # "Kampar Rudi Hartono" -> "Rudi Hartono"; a two-word name keeps both
ROMAN_NUMERALS = frozenset(["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"])


def name_tokens(tokens: list[Token], rules: RuleSet, index: TextIndex | None = None) -> list[Token]:
    """The tokens of the name in a run: titles, acronyms and place or organisation words that
    precede it are dropped ("Jatim Khofifah Indar Parawansa" -> "Khofifah Indar Parawansa"; a
    place before a one-word name only after an office, `_place_after_an_office`); a
    name prefix ("AA Raka Putra Dharmana", rule names.name_prefix) is the name's own first word;
    degrees written after it ("Zakia, Sp.OG", rule names.degree) are no part of it."""
    tokens = [token for token in tokens if not is_degree(token, rules, index)]
    if not tokens:
        return []
    kept = tokens[leading_titles([token.text for token in tokens], rules.is_title):]
    while len(kept) > 1 and kept[0].text.lower() not in rules.name_prefixes \
            and (is_acronym(kept[0].text) or opens_with_role(kept, rules, index)
                             or (kept[0].text.lower() in rules.place_words
                                 and (len(kept) > MIN_WORDS_AFTER_A_PLACE
                                      or _place_after_an_office(kept[0], rules, index)))
                             or (index is not None and kept[0].text.lower() in index.place_or_organisation_words)
                             or (index is not None and index.is_common_word_at_sentence_start(kept[0]))):
        kept = kept[1:]
    if len(kept) == 1:
        word = kept[0].text
        if len(word) < 2 or word.lower() in ROMAN_NUMERALS or rules.has_clitic(word) or rules.is_person_title(word) \
                or word.lower() in rules.non_name_words or word.lower() in rules.definite_markers:
            return []  # "X" of "Komisi X", "Indikasinya", a lone title ("Kapuspen", "Purn"): not names
    return kept


def _place_after_an_office(token: Token, rules: RuleSet, index: TextIndex | None) -> bool:
    """Whether a place word opening a two-word run is the office's place, not the name's first
    word: written one space after an office's acronym or a role ("Kepala BMKG Pekanbaru Sugarin"
    -> "Sugarin"); never a word news writes as a given name (names.yml person_name_words)."""
    if index is None or token.index < 1 or token.text.lower() in rules.person_name_words:
        return False
    before = index.tokens[token.index - 1]
    return index.document.text[before.end:token.start] == " " \
        and (is_acronym(before.text) or rules.is_title_or_role(before.text))


def is_degree(token: Token, rules: RuleSet, index: TextIndex | None) -> bool:
    """An academic or professional degree written as one (rule names.degree): a listed word with
    a dot inside it ("S.IK", "M.Si."), right after a comma (", Sp"), or after another degree and
    its dot (the "OG" of "Sp.OG"; the "A(K" of "Sp.A(K)", whose letters complete `spa`); or,
    listed or not, a token of a run of post-nominal letters (rule hygiene.postnominal_letters).
    "Mahfud MD" and a sentence-final "Jack Ma." are names."""
    word = _degree_letters(token.text)
    listed = word in rules.degrees
    if listed and "." in token.text.rstrip("."):
        return True
    if index is None or token.index < 1:
        return False
    if index.is_postnominal(token, rules.hygiene.postnominal_letters):
        return True  # listed or not, by its shape in a run after a name ("SS.,M.Par.,CPOD.")
    previous = index.tokens[token.index - 1]
    if previous.text == ",":
        return listed
    if previous.text != "." or token.index < 2:
        return False
    head = _degree_letters(index.tokens[token.index - 2].text)
    return head in rules.degrees and (listed or head + word in rules.degrees)


def _degree_letters(text: str) -> str:
    """A degree word's letters, lowercase, without its dots and a bracketed qualifier ("A(K" -> "a")."""
    return text.split("(", 1)[0].replace(".", "").lower()


def opens_with_role(tokens: list[Token], rules: RuleSet, index: TextIndex | None) -> bool:
    """Whether the first word is a role noun to cut from the name that follows. A word that
    is also a given name (Putra Nababan, Ratu Tisha Destria) is the name's first word, unless
    the rest names a person the article names elsewhere: then it says how the speaker relates
    to that person ("Ayah Paetongtarn, Thaksin": Paetongtarn's father)."""
    lower = tokens[0].text.lower()
    if lower not in rules.role_nouns:
        return False
    if lower not in rules.also_given_names:
        return True
    return index is not None and index.names_another_person(tokens[1:], unless=lower)


def name_from_tokens(tokens: list[Token], rules: RuleSet, index: TextIndex | None = None) -> str:
    """The name in a run of tokens, as a slice of the text when the text is at hand, so that
    "Al-Harbi" stays "Al-Harbi" (not "Al - Harbi"). With the index, kept per run of tokens:
    the speaker slot, the people stage and the people check read the same entities' names."""
    if index is None:
        return _name_from_tokens(tokens, rules, None)
    key = (id(rules), tuple(token.index for token in tokens))
    name = index.names.get(key)
    if name is None:
        name = index.names[key] = _name_from_tokens(tokens, rules, index)
    return name


def _name_from_tokens(tokens: list[Token], rules: RuleSet, index: TextIndex | None) -> str:
    kept = name_tokens(tokens, rules, index)
    if not kept:
        return ""
    if index is None:
        return " ".join(token.text for token in kept)
    text = index.document.text
    parts = [kept[0].text]
    for previous, token in zip(kept, kept[1:], strict=False):
        gap = text[previous.end:token.start]
        if gap:
            parts.append(" ")  # any whitespace, one space
        elif previous.text not in NAME_JOINERS and token.text not in NAME_JOINERS:
            parts.append(" ")  # words glued by the scraper: "MulyaniIndrawati"
        parts.append(token.text)
    return "".join(parts)


def is_acronym(word: str) -> bool:
    """An organisation's or office's short form of capital letters only ("BPOM", "BRI"): it
    opens no name, and a name's own words are tested against it. Narrower than
    `is_short_form`: letters only, as the words written beside a name are."""
    return len(word) >= 2 and word.isupper() and word.isalpha()


def is_short_form(word: str) -> bool:
    """A short form as an article defines it in brackets after the long one (`Koninklijk
    Nederlandsch-Indisch Leger (KNIL)`, `(COVID-19)`): two capitals or more and no lowercase
    letter, digits and hyphens allowed. Wider than `is_acronym`: in brackets a code is as
    telling as a word."""
    return sum(character.isupper() for character in word) >= MIN_SHORT_FORM_CAPITALS \
        and not any(character.islower() for character in word)


MIN_SHORT_FORM_CAPITALS = 2  # `(KNIL)`, `(ARNA)`; not `(Flores)`


def capitalised_name_run(tokens: list[Token], index: TextIndex, rules: RuleSet) -> list[Token]:
    """The last run of capitalised words that is neither a title nor an organisation.

    This catches names the NER missed ("kata Anies"), after titles ("Kapolri Listyo"). A role
    noun that is also a given name ("Putri Kanesia") opens a run, never stands alone as one;
    `name_tokens` cuts it where it is a relation ("Ayah Paetongtarn"). A word right after a form
    of address ("dr. Zakia", "Pak Harun") is a person's whatever the NER tagged it; a degree
    ("Zakia, Sp.OG") is nobody's name.
    """
    runs: list[list[Token]] = []
    current: list[Token] = []
    in_institution = False
    for position, token in enumerate(tokens):
        lower = token.text.lower()
        entity = index.entity_by_token.get(token.index)
        addressed = not current and position > 0 and rules.is_honorific(tokens[position - 1].text)
        previous = index.entity_by_token.get(tokens[position - 1].index) if position else None
        if previous is not None and previous is not entity and previous.label != "PER":
            in_institution = False  # "Kepala Divisi Pembelaan Kontras Putri Kanesia": the tagged name ends it
        in_institution = _continues_institution(token, entity, in_institution, rules)
        usable = (
            not in_institution
            and is_capitalised(token.text)
            and not rules.has_clitic(token.text)
            and token.text.isalpha() is not False
            and lower not in rules.non_name_words
            and lower not in rules.institution_heads
            and (not rules.is_title_or_role(token.text) or lower in rules.also_given_names)
            and (entity is None or entity.label == "PER" or addressed)
            and not is_degree(token, rules, index)
            and not (token.text.isupper() and len(token.text) > 1 and entity is None and current == [])
            and not _common_noun_before_demonstrative(tokens, position, entity, rules)
            and not _ordinary_word_before_a_name(tokens, position, entity, index, rules)
        )
        if current and glued_hyphen(tokens, position) and is_capitalised(tokens[position + 1].text):
            current.append(token)  # "Allain-Moreno": a hyphen glued on both sides keeps one word
            continue
        if usable and not current and _opens_after_a_glued_hyphen(tokens, position):
            usable = False  # "Kadin-Jatim", "MER-C": the second half of a word is no name
        if usable and current and rules.is_title_or_role(token.text):
            runs.append(current)  # a given name that is also a role noun opens a new run
            current = [token]
        elif usable:
            current.append(token)
        else:
            if current:
                runs.append(current)
            current = []
    if current:
        runs.append(current)
    runs = [run[:-1] if run[-1].text == "-" else run for run in runs]  # "Budi-KPK": the hyphen led nowhere
    runs = [run for run in runs if len(run) > 1 or run[0].text.lower() not in rules.also_given_names]
    return runs[-1] if runs else []


def glued_hyphen(tokens: list[Token], position: int) -> bool:
    """A hyphen with no space on either side ("Allain-Moreno", "MER-C"): it joins two parts
    of one written word, unlike a dash set off by spaces."""
    if tokens[position].text != "-" or position == 0 or position + 1 >= len(tokens):
        return False
    return tokens[position - 1].end == tokens[position].start \
        and tokens[position].end == tokens[position + 1].start


def _opens_after_a_glued_hyphen(tokens: list[Token], position: int) -> bool:
    """A token right after a glued hyphen: the second half of a written word whose first half
    the run did not take (an acronym, an institution: "MER-C", "Kadin-Jatim")."""
    return position >= 2 and glued_hyphen(tokens, position - 1)


def _ordinary_word_before_a_name(tokens: list[Token], position: int, entity: Entity | None,
                                 index: TextIndex, rules: RuleSet) -> bool:
    """ "Lantas Neville pun menyebut …": an untagged ordinary word capitalised by its place at
    the sentence start, right before another capitalised word, is no part of the name after it
    (names.word_opening_a_sentence). So too before a phrase that goes on to a tagged name
    ("Sebuah perusahaan bernama Gotion High Tech mengklaim …"): the name is the phrase's head,
    the opening word its determiner. Before a lowercase word and nothing tagged after it, it
    stays the subject as written: news and the annotators name a body by its common noun
    ("Manajemen mengatakan …", "Penyelenggara menyebut …"), and the people stage makes no
    person of it."""
    following = position + 1
    token = tokens[position]
    return entity is None and following < len(tokens) \
        and (is_capitalised(tokens[following].text) or _tagged_name_after(tokens, following, index)) \
        and ordinary_word_opening_a_sentence(index.document, token.text, token, rules)


def _tagged_name_after(tokens: list[Token], first: int, index: TextIndex) -> bool:
    """Whether a word the tagger put in an entity stands in the phrase from `first` on."""
    return any(token.index in index.entity_by_token for token in tokens[first:])


def ordinary_word_opening_a_sentence(document: Document, word: str, first: Token, rules: RuleSet) -> bool:
    """A word capitalised only because it opens its sentence ("Lantas Neville pun menyebut …",
    "[Siswa-siswi] di …"): an ordinary word (names.yml common_words, a
    word the article writes in lowercase, or a reduplicated noun whose first half is one) that
    the article never writes capitalised inside a sentence, and that is no word news writes in
    people's names (person_name_words, also_given_names) nor a title or role, is no name.
    "Jokowi mengatakan …" stays (a person-name word), and so does "Senja mengatakan …" beside
    "kata Senja". `word` is the token's text or a hyphenated word the tagger joined from `first`
    on. Rule names.word_opening_a_sentence."""
    lower = word.lower()
    if not is_capitalised(word) or word.isupper() or lower in rules.person_name_words \
            or lower in rules.also_given_names or rules.is_title_or_role(word):
        return False
    return _ordinary_word(word, document, rules) and document.opens_sentence(first) \
        and word not in document.words_capitalised_inside_sentences()


def _ordinary_word(word: str, document: Document, rules: RuleSet) -> bool:
    """A word news or this article writes in lowercase; a reduplicated form ("Siswa-siswi",
    "Anak-anak": its second half in lowercase, unlike "Prabowo-Gibran") counts by its first half."""
    first, _, rest = word.partition("-")
    if rest and rest.isalpha() and rest.islower():
        word = first
    lower = word.lower()
    return lower.isalpha() and (lower in rules.common_words or lower in document.words_written_lowercase())


def _common_noun_before_demonstrative(tokens: list[Token], position: int, entity: Entity | None,
                                      rules: RuleSet) -> bool:
    """ "Sambutan ini menegaskan bahwa …", "Pencapaian ini …": a word news writes in lowercase
    (names.yml common_words), capitalised only because it opens the sentence, the tagger left
    untagged and a demonstrative follows, is a noun phrase about a thing, not a name."""
    following = position + 1
    return entity is None and following < len(tokens) and tokens[following].text.lower() in rules.demonstratives \
        and tokens[position].text.lower() in rules.common_words


def _continues_institution(token: Token, entity: Entity | None, inside: bool, rules: RuleSet) -> bool:
    """Whether the token is part of an institution's name: the capitalised words from an
    institution head on ("Dinas Pariwisata dan Kebudayaan Jabar", joined by `name_connectors`)
    name an office, never a person, up to a lowercase word, a punctuation mark, the end of an
    organisation the tagger found, or a person it found. A head that is also a given name
    ("Tim") opens nothing. (After a head of an institution, "Direktur Pengabdian …", the run is
    left alone: where the tagger missed the holder's name it is the only name there.)"""
    lower = token.text.lower()
    if entity is not None and entity.label == "PER":
        return False
    if is_capitalised(token.text) and lower in rules.institution_heads and lower not in rules.also_given_names:
        return True
    return inside and (is_capitalised(token.text) or lower in rules.name_connectors)


def phrase_after(start_token: int, index: TextIndex, rules: RuleSet, limit: int = 14) -> list[Token]:
    """Tokens of the speaker phrase that follows a postposed cue (kata X ...).

    A parenthetical abbreviation is skipped ("Kepala Pusat Penerangan (Kapuspen) TNI"), and
    a role is allowed its apposed name ("kata Kepala Puspen TNI, Mayjen Kristomei Sianturi").
    """
    phrase: list[Token] = []
    tokens = index.tokens
    position = start_token
    while position < len(tokens) and len(phrase) < limit:
        token = tokens[position]
        lower = token.text.lower()
        if phrase and "\n" in index.document.text[phrase[-1].end:token.start]:
            break
        if token.text == "(" and phrase:
            close = next((p for p in range(position + 1, min(position + 6, len(tokens))) if tokens[p].text == ")"),
                         None)
            if close is None:
                break
            position = close + 1
            continue
        if token.text == "," and phrase and position + 1 < len(tokens):
            region = _region_closing_an_epithet(phrase, position, index, rules)
            if region:
                phrase += region
                break
            following = tokens[position + 1]
            only_roles = all(rules.is_title_or_role(t.text) or t.text.isupper() or t.text[:1].isupper()
                             for t in phrase) \
                and any(rules.is_title_or_role(t.text) for t in phrase) and not has_person(phrase, index)
            only_roles = only_roles or (starts_person(following, index)
                                        and any(rules.is_title_or_role(t.text) for t in phrase))
            if only_roles and (following.text[:1].isupper() and following.text.lower() not in rules.non_name_words):
                position += 1
                continue
            break
        if phrase and lower in rules.speaker_search_stops and token.text == lower:
            break  # "tanya Enny karena Hendardji pernah …": another clause
        if phrase and glued_tag(token.text, rules.names.cited_outlet):
            break  # "kata Bungaran dilansirdetikSumut": the outlet the glued tag cites is no speaker
        if token.text in PUNCTUATION_STOPS or (phrase and lower in rules.phrase_stops and token.text == lower
                                               and not _joins_office_words(phrase, position, index, rules)):
            phrase += _epithet_tail(phrase, position, index, rules)
            break
        phrase.append(token)
        position += 1
    return phrase


def _joins_office_words(phrase: list[Token], position: int, index: TextIndex, rules: RuleSet) -> bool:
    """A lowercase `dan` between two capitalised words of an office's name ("kata Kepala Dinas
    Pariwisata dan Ekonomi Kreatif Sumbar Burhasman", "Wakil Ketua Umum Kamar Dagang dan Industri
    Benny"): the name goes on, so the phrase keeps the holder at its end. Not after a person's
    name ("kata Menteri Budi dan Menteri Ani": two people)."""
    tokens = index.tokens
    token, before = tokens[position], phrase[-1]
    if token.text not in rules.name_connectors or position + 1 >= len(tokens):
        return False
    following = tokens[position + 1]
    entity = index.entity_by_token.get(before.index)
    return is_capitalised(before.text) and is_capitalised(following.text) \
        and (entity is None or entity.label != "PER") and rules.is_title_or_role(phrase[0].text) \
        and not rules.is_title_or_role(following.text)


MAX_EPITHET_TAIL_TOKENS = 2  # "tahun ini" of "bek 18 tahun ini"


def _epithet_tail(phrase: list[Token], position: int, index: TextIndex, rules: RuleSet) -> list[Token]:
    """The words from a phrase stop to the demonstrative that closes an epithet ("ujar bek 18
    tahun ini seperti …": "tahun" ends a phrase after a name, "kata Budi tahun lalu", but inside
    a description opened by a person noun it is part of it)."""
    if len(phrase) < 2 or phrase[0].text.lower() not in rules.epithet_heads:
        return []
    tail = index.tokens[position:position + MAX_EPITHET_TAIL_TOKENS]
    for end, token in enumerate(tail):
        if token.text in PUNCTUATION_STOPS:
            return []
        if token.text.lower() in rules.demonstratives:
            return tail[:end + 1]
    return []


MAX_EPITHET_REGION_TOKENS = 4  # "Sulawesi Tenggara" of "pemain kelahiran Raha, Sulawesi Tenggara itu"


def _region_closing_an_epithet(phrase: list[Token], comma: int, index: TextIndex, rules: RuleSet) -> list[Token]:
    """The comma, the wider place and the demonstrative that close an epithet whose place is
    given as "town, province" ("ucap pemain kelahiran Raha, Sulawesi Tenggara itu"): the
    comma separates two parts of one place, not the phrase from what follows, so the
    demonstrative still closes the description and the town is no speaker's name."""
    head = phrase[0]
    if not head.text.islower() or head.text not in rules.epithet_heads and not rules.is_title_or_role(head.text):
        return []
    after = index.tokens[comma + 1:comma + 2 + MAX_EPITHET_REGION_TOKENS]
    for end, token in enumerate(after):
        if token.text.lower() in rules.demonstratives and token.text.islower():
            return [index.tokens[comma], *after[:end + 1]] if end else []
        if not is_capitalised(token.text):
            return []
    return []


def starts_person(token: Token, index: TextIndex) -> bool:
    """A PER entity starts at the token ("kata Teten", not "kata 'oke sip'"; the first of an
    apposed pair, "Kadisperpa Badung, I Wayan Wijana"): a speaker's name opens there."""
    entity = index.entity_by_token.get(token.index)
    return entity is not None and entity.label == "PER" and entity.start == token.start


def has_person(tokens: list[Token], index: TextIndex) -> bool:
    return any(index.entity_by_token.get(t.index) is not None and index.entity_by_token[t.index].label == "PER"
               for t in tokens)


def phrase_before(end_token: int, sentence_start: int, index: TextIndex, rules: RuleSet,
                  limit: int = 12) -> tuple[list[Token], bool]:
    """Tokens of the subject phrase before a reporting verb at token `end_token`.

    Returns the phrase and whether the phrase was cut by a conjunction or comma (an elided
    subject: "…, tetapi mengatakan …").
    """
    position = _before_degrees(skip_adverbials(end_token - 1, index, rules), index, rules)
    # a parenthetical between subject and verb: "Grushko, pada bagiannya, menggambarkan";
    # an apposed name is the subject itself: "Kepala BPBD Berau, Mashyadi, menyatakan"
    if position >= 0 and index.tokens[position].text == ",":
        for back in range(position - 1, max(position - 14, -1), -1):
            if index.tokens[back].start < sentence_start:
                break
            if index.tokens[back].text == ",":
                apposed = _without_bracketed_tail(index.tokens[back + 1:position])
                if is_apposed_name(apposed, index.tokens[max(0, back - APPOSITION_HEAD_TOKENS):back], index, rules):
                    return apposed, False
                if back - 1 >= 0 and (index.tokens[back - 1].text not in PUNCTUATION_STOPS
                                      or index.tokens[back - 1].text == ")"):
                    # past the apposition to the subject, through a bracket that closes it
                    # ("China Association … (CAAM), asosiasi industri otomotif, menyatakan"):
                    # the loop below reads the bracket
                    position = back - 1
                break
    phrase: list[Token] = []
    cut = False
    while position >= 0 and len(phrase) < limit:
        token = index.tokens[position]
        if token.start < sentence_start or index.document.in_boilerplate(token.start):
            break
        if token.text == ")":
            opening = next((p for p in range(position - 1, max(position - 6, -1), -1)
                            if index.tokens[p].text == "("), None)
            if opening is not None and index.tokens[opening].start >= sentence_start:
                inner = index.tokens[opening + 1:position]
                if not phrase and all(token.text.isalpha() for token in inner):
                    # "Komisi Pemberantasan Korupsi (KPK) mengungkapkan": the abbreviation is the subject's end
                    phrase.extend(reversed(inner))
                # otherwise a parenthetical inside the subject ("(Kapuspenkum) Kejagung Harli") is skipped
                position = opening - 1
                continue
        lower = token.text.lower()
        if lower in rules.subject_boundaries and token.text == lower and _only_time(phrase, rules):
            # "Djuyamto pada Kamis (13/2) menyatakan": a time adverbial between subject and verb
            phrase = []
            position -= 1
            continue
        if token.text in PUNCTUATION_STOPS or (lower in rules.subject_boundaries and token.text == lower
                                                and not _modifies_the_role_before(position, phrase, index, rules)):
            cut = not phrase
            break
        phrase.append(token)
        position -= 1
    phrase.reverse()
    return _without_opening_connective(phrase, index, rules), cut


def _modifies_the_role_before(position: int, phrase: list[Token], index: TextIndex, rules: RuleSet) -> bool:
    """A boundary word that, right after a role noun, is the role's adjective (speakers.yml
    role_modifying_boundaries: "Pimpinan sementara KPK itu menyebut", the interim head): it
    joins no clauses there, so the subject phrase reads on to the role. Not before a
    demonstrative ("sementara itu", meanwhile) nor with no word after it in the phrase."""
    if position == 0 or not phrase or index.tokens[position].text not in rules.role_modifying_boundaries:
        return False
    if phrase[-1].text.lower() in rules.demonstratives:
        return False
    return rules.is_title_or_role(index.tokens[position - 1].text)


def _without_opening_connective(phrase: list[Token], index: TextIndex, rules: RuleSet) -> list[Token]:
    """The subject phrase less a connective that opens its sentence with no comma ("Lebih
    lanjut dia menjelaskan", "Selanjutnya Budi menyebut": cues.yml interposed_opening
    connectives): the connective links the sentence to the one before, and its first word,
    capitalised by its place, is no name. A connective word the tagger put in a name ("Lalu
    Muhammad Iqbal", a Sasak name part) stays; so does a phrase that is the connective alone."""
    if not phrase or phrase[0].index in index.entity_by_token or not index.document.opens_sentence(phrase[0]):
        return phrase
    lowered = [token.text.lower() for token in phrase]
    for connective in rules.connectives_longest_first:
        words = connective.split()
        if len(words) < len(phrase) and lowered[:len(words)] == words:
            return phrase[len(words):]
    return phrase


def skip_adverbials(position: int, index: TextIndex, rules: RuleSet) -> int:
    """The token before the adverbials that end at `position`: single adverbs ("juga", "pun"),
    two-word manner adverbials ("dengan tenang", "secara terpisah", "secara blak-blakan") and
    negated stances ("tak sungkan", "tidak ragu")."""
    tokens = index.tokens
    while position >= 0:
        lower = tokens[position].text.lower()
        if lower in rules.subject_adverbs:
            position -= 1
        elif position >= 1 and _two_word_adverbial(tokens[position - 1], tokens[position], rules):
            position -= 2
        else:
            break
    return position


def _two_word_adverbial(first: Token, second: Token, rules: RuleSet) -> bool:
    """A manner marker and a lowercase word ("dengan tenang"), or a negated stance ("tak sungkan")."""
    before = first.text.lower()
    if before in rules.stance_negations and second.text.lower() in rules.negated_stances:
        return True
    return before in rules.manner_markers and second.text.replace("-", "").isalpha() and second.text.islower()


def _before_degrees(position: int, index: TextIndex, rules: RuleSet) -> int:
    """The token before the degrees that end at `position` and the comma that sets them off
    ("Reza Pahlevi, Sp.A(K) menjelaskan", "Budi Santoso, S.H., M.H. mengatakan"): a degree
    is no part of the subject, and the comma before it opens no apposition."""
    tokens = index.tokens
    start = position
    while position >= 0:
        if is_degree(tokens[position], rules, index):
            position -= 1
        elif tokens[position].text in DEGREE_JOINS and position >= 1 \
                and is_degree(tokens[position - 1], rules, index):
            position -= 1  # the bracket of "A(K)", a dot or a comma between two degrees
        else:
            break
    if position != start and position >= 0 and tokens[position].text == ",":
        position -= 1
    return position


DEGREE_JOINS = frozenset([")", ".", ","])


def _only_time(phrase: list[Token], rules: RuleSet) -> bool:
    """Day and month names, numbers and dates only ("Kamis", "13 Februari")."""
    return bool(phrase) and all(token.text.lower() in rules.time_words or not token.text.isalpha()
                                for token in phrase)


APPOSITION_HEAD_TOKENS = 6


def is_apposed_name(apposed: list[Token], head: list[Token], index: TextIndex, rules: RuleSet) -> bool:
    """", NAME," after a role or affiliation names the one who speaks ("Kuasa hukum Rudi
    Hartono, Maya Lestari, menilai" -> Maya Lestari; "Seorang warga Corinto, Luz Amparo,
    menuturkan"). The name is a PER entity, or a capitalised run after a role the NER missed."""
    if not apposed or not head:
        return False
    last = index.entity_by_token.get(apposed[-1].index)
    if len(apposed) <= MAX_UNTAGGED_NAME_TOKENS and last is not None and last.label == "PER":
        return True
    if len(apposed) <= MAX_UNTAGGED_NAME_TOKENS and name_with_particles(apposed, index, rules):
        return True
    if len(apposed) <= MAX_UNTAGGED_NAME_TOKENS and given_an_age(apposed, index, rules):
        return True
    has_role = any(rules.is_title_or_role(token.text) for token in head)
    run = capitalised_name_run(apposed, index, rules)
    return has_role and len(apposed) <= MAX_UNTAGGED_NAME_TOKENS and len(run) == len(apposed)


def given_an_age(apposed: list[Token], index: TextIndex, rules: RuleSet) -> bool:
    """", FA (43 tahun), mengaku", ", Rudi Hartono (52), menilai": capitalised words or initials
    with an age in brackets right after them (names.age_after_name) name a person, whatever the
    NER tagged them and whatever noun phrase they are apposed to ("orang tua calon siswa
    lainnya"): places and organisations have no age."""
    rule = rules.names.age_after_name
    if not all(is_capitalised(token.text) or is_acronym(token.text) for token in apposed):
        return False
    return age_pattern(tuple(rule.units), rule.max_digits).match(index.document.text, apposed[-1].end) is not None


@lru_cache(maxsize=8)
def age_pattern(units: tuple[str, ...], max_digits: int) -> re.Pattern[str]:
    """`(22)`, `( 3 tahun )` right after a name (built once per rule set)."""
    unit = "|".join(re.escape(word) for word in sorted(units, key=len, reverse=True))
    return re.compile(rf"[ \t]*\(\s*\d{{1,{max_digits}}}(?:\s*(?:{unit}))?\s*\)", re.IGNORECASE)


MAX_UNTAGGED_NAME_TOKENS = 4
MAX_PARTICLE_CHARS = 3  # "de", "la", "van", "der", "bin": short lowercase words inside a name
MAX_BRACKETED_TAIL_TOKENS = 3  # "(25)", "(45 tahun)"


def name_with_particles(tokens: list[Token], index: TextIndex, rules: RuleSet) -> bool:
    """A person's name whose lowercase particles the NER stopped at ("[Ruben de] la Red"):
    it opens with a PER entity, ends with a capitalised word, and every word after the entity
    is a capitalised word of no other entity or a short lowercase particle that is no
    preposition ("Sutrisno di Bogor" is a person and a place)."""
    first = index.entity_by_token.get(tokens[0].index)
    if first is None or first.label != "PER" or not is_capitalised(tokens[-1].text) or len(tokens) < 2:
        return False
    for token in tokens:
        if token.start < first.end:
            continue
        entity = index.entity_by_token.get(token.index)
        if entity is not None and entity.label != "PER":
            return False
        lower = token.text.lower()
        particle = token.text.isalpha() and token.text == lower and len(lower) <= MAX_PARTICLE_CHARS \
            and lower not in rules.phrase_stops and lower not in rules.place_cues \
            and lower not in rules.subject_boundaries and lower not in rules.affiliation_words
        if not (particle or is_capitalised(token.text)):
            return False
    return True


def _without_bracketed_tail(tokens: list[Token]) -> list[Token]:
    """An apposed name without the age or note in brackets after it ("Oksana Shachko (25)")."""
    if len(tokens) < 3 or tokens[-1].text != ")":
        return tokens
    for opening in range(len(tokens) - 2, max(len(tokens) - 3 - MAX_BRACKETED_TAIL_TOKENS, 0), -1):
        if tokens[opening].text == "(":
            return tokens[:opening]
    return tokens


def person_before(position: int, sentence_start: int, index: TextIndex, rules: RuleSet) -> Mention | None:
    """The last PER entity between the sentence start and token `position`, outside quotes."""
    for back in range(position - 1, -1, -1):
        token = index.tokens[back]
        if token.start < sentence_start:
            return None
        entity = index.entity_by_token.get(back)
        if entity is not None and entity.label == "PER" and not index.document.in_quote_marks(token.start):
            tokens = index.tokens_in(entity.start, entity.end)
            name = name_from_tokens(tokens, rules, index)
            if name:
                return Mention(entity.start, entity.end, "name", name=name)
    return None


def person_after(position: int, sentence_end: int, index: TextIndex, rules: RuleSet,
                 limit: int = 24, through_titles_only: bool = False) -> Mention | None:
    """The first PER entity after token `position` in the sentence, outside quotes.

    A long title can push the name past the phrase: "kata Menteri Koordinator Bidang
    Politik, Hukum, dan Keamanan Mahfud MD". With `through_titles_only`, a clause after a
    comma ends the search: "terang Bass, merujuk pada kerusuhan Rodney King" is Bass
    speaking about Rodney King (a lowercase word that is not a title or role opens it);
    "…, Jakarta Pusat, Letnan Kolonel Laut dokter gigi M Arifin" goes on to the name. A person
    after an addressee preposition or a subordinating conjunction (speakers.yml
    speaker_search_stops: "ujar Tumbal kepada Bupati Kapuas Hulu, Fransiskus Diaan") is not
    looked for: the addressee or a clause of its own."""
    for ahead in range(position + 1, min(position + 1 + limit, len(index.tokens))):
        token = index.tokens[ahead]
        if token.start >= sentence_end or token.text in ("“", "”", "\"", ";") \
                or (ahead > position + 1 and token.text in rules.speaker_search_stops):
            return None
        if through_titles_only and index.tokens[ahead - 1].text == "," and _opens_a_clause(token.text, rules):
            return None
        entity = index.entity_by_token.get(ahead)
        if entity is not None and entity.label == "PER" and not index.document.in_quote_marks(token.start):
            name = name_from_tokens(index.tokens_in(entity.start, entity.end), rules, index)
            if name:
                return Mention(entity.start, entity.end, "name", name=name)
    return None


def _opens_a_clause(word: str, rules: RuleSet) -> bool:
    return word.isalpha() and word.islower() and word not in rules.name_connectors and not rules.is_title_or_role(word)


def is_person_entity(mention: Mention, index: TextIndex) -> bool:
    entity = index.entity_by_token.get(index.token_at(mention.start))
    return entity is not None and entity.label == "PER"


def in_a_boilerplate_marker(token: Token, document: Document, rules: RuleSet) -> bool:
    """A word of a stand-alone boilerplate marker glued into the text ("SCROLL TO CONTINUE WITH
    CONTENT Hollywood Reporter", quotes.yml boilerplate_markers). Only a marker's own words: where
    a "Baca juga" title ends inside glued text is a guess, and its last words may be the article's
    ("… 2019 Bank Dunia pun mengingatkan")."""
    return document.in_boilerplate(token.start) and any(
        token.text in marker.split() for marker in rules.quotes.boilerplate_markers)


def holds_run(words: Sequence[str], run: Sequence[str]) -> bool:
    """Whether `run` stands in `words` as consecutive words (both lists or both tuples)."""
    return any(words[start:start + len(run)] == run for start in range(len(words) - len(run) + 1))


def follows_tag(text: str, start: int, tags: CitedOutlet) -> bool:
    """The text right before `start` ends with one of `tags` (any case, glued or not), perhaps a
    connector after it: a sourcing tag before an outlet ("dilansir Goal.com", "dikutip dari
    Antara", names.cited_outlet) or a real-name marker before another name (names.real_name)."""
    if not tags.words:
        return False
    pattern = _tag_pattern(tuple(tags.words), tuple(tags.connectors))
    return pattern.search(text[max(0, start - tags.reach_chars):start]) is not None


def glued_tag(word: str, tags: CitedOutlet) -> bool:
    """A lowercase word that opens with one of `tags` and goes on in lowercase letters where a
    link was stripped ("dilansirdetik" before "Sumut", "dikutipdetik"): the tag, glued to the
    first letters of the outlet's name."""
    return word.islower() and any(word.startswith(tag) and word[len(tag):].isalpha()
                                  for tag in tags.words if len(word) > len(tag))


@lru_cache(maxsize=4)
def _tag_pattern(words: tuple[str, ...], connectors: tuple[str, ...]) -> re.Pattern[str]:
    """A tag as a whole word (any case), perhaps a connector, then only spaces, or a lowercase
    run glued to the mention, up to the end of the searched text (the mention's start): glued
    tags match too."""
    tags = "|".join(re.escape(word).replace(r"\ ", r"\s+") for word in words)
    joined = "|".join(re.escape(word) for word in connectors)
    connector = rf"(?:\s*(?:{joined}))?" if connectors else ""
    # then perhaps the lowercase start of the outlet's name glued to the mention ("dilansirdetik"
    # or "dikutip dari detik" + "Sumut": a stripped link)
    return re.compile(rf"(?<!\w)(?i:{tags}){connector}\s*[a-z]*$")
