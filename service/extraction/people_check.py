"""Stage `people check`: is each `people` entry a person of the article?

The people stage lists every name the NER tagged PER or a quote's speaker slot named. About one
such entry in five on unseen news is no person of the article: a company, a team's nickname, a
product, a song, a place, a word fragment glued by the scraper. Word lists can only chase those
one by one. This stage reads signals the earlier stages already left on the document (how the
NER labelled the name elsewhere, how often and where it is mentioned, whether it speaks and how
the speaker was found, a role before it, its shape, words of the rule files inside it, the nouns
around its mentions that say what kind of thing it names: `klub asal Italia, Sassuolo`,
`Anthropic adalah perusahaan AI`, `Rina, seorang guru`, names.yml kind_words; the letters of its
words, against letter models of the words the news pool writes as people's names and as the
names of things, organisations and places, so a word no list holds is still judged: `Heater`,
`Sweetener`, `Penmas`) and a trained model (logistic regression or gradient-boosted trees,
`training/people.py`, `make train-people`, plain JSON in `models/people/`) gives the probability
that the entry is a person of the article. An entry under the model's threshold is not deleted:
it stays in `people` with kind `other` and rule `people.model_rejected`, so a quote whose
speaker it is keeps that speaker (the stage never changes a speaker).

The people stage also lists, after every other entry, the names it has no evidence for
(one word with no role, quote, initials marker or age; a full name only inside quotation marks
with no role before it: `Person.unevidenced`, rule people.no_evidence). The model judges them
with the rest (feature `unevidenced`); one it rejects is dropped from the list, not kept as
`other`, since it names no speaker.

With no model (`NoPeopleCheck`, KUTIP_PEOPLE_MODEL_PATH= empty) the entries stay as the
people stage made them, less the unevidenced ones.
"""

from __future__ import annotations

import json
import math
import string
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import chain, compress, count, repeat
from pathlib import Path
from typing import Protocol

from service.extraction.confidence import ScoreFunction, log_count, score_function, sigmoid
from service.extraction.document import Document, Person, Quote, Span
from service.extraction.mentions import TextIndex, is_short_form
from service.extraction.people import introduced_initials
from service.extraction.rules import RuleSet
from service.extraction.speakers import KEEPS_THE_CUE_PHRASE, apposition_head

REJECTED_RULE = "people.model_rejected"
KEPT_RULE = "people.model_kept"
MAX_NAME_WORDS = 5
MIN_ACRONYM_LETTERS = 2
# the letter model of name_shape: runs of three letters, each run's count smoothed by half a use
# (ngrams of two letters separated less, of four no better, in grouped cross-validation)
SHAPE_LETTERS = 3
SHAPE_SMOOTHING = 0.5
SHAPE_ALPHABET = 28  # letters, the word's start and its end
BRACKET_LOOKAHEAD_CHARS = 8  # room for spaces, the bracket and more digits than an age has
MAX_SHAPE_MEMO_WORDS = 200_000  # words whose log-likelihood a letter model keeps between documents
PRONOUN_REACH_CHARS = 20  # how far into the next sentence a pronoun still follows the name
KINDS = ("person", "organisation", "thing", "place")  # the kinds names.yml kind_words tells apart
HEADS_OPENING_A_MENTION = frozenset({"organisation", "place"})  # kinds whose head word read inside a mention counts
# the features' names of each kind (`place_after` is the place in brackets after a name)
KIND_FEATURES = {"person": "person", "organisation": "organisation", "thing": "thing", "place": "place_noun"}
APPOSITION_MARKS = frozenset({",", "-", "–", "—"})  # between a name and the noun phrase it stands beside
SENTENCE_ENDS = frozenset({".", "!", "?", ";"})
LIST_OPENERS = frozenset({":"})  # a colon opens a line-up as a list marker does (`tiga lokasi: Isfahan, Natanz`)
LIST_SEPARATORS = frozenset({",", ";"})  # between the items of a line-up (`Amin (Flores), Fathur (Bogor)`)
MAX_LIST_ITEMS = 6  # how many neighbouring items a line-up is read for, on each side
MAX_ASIDE_TOKENS = 8  # a bracketed aside after an item (`(Flores)`, `(Chamberlain 81")`)


class PeopleCheck(Protocol):
    """The slot where a learned check of the `people` list stands beside the rules."""

    @property
    def version(self) -> str:
        """Part of meta.rules_version when it is not the rules'."""

    def check(self, document: Document, rules: RuleSet, index: TextIndex | None = None) -> None:
        """Mark the entries that are no person of the article (kind `other`, with the rule)."""


class NoPeopleCheck:
    """The people stage's list as the rules leave it: the check used when no model is configured.
    The unevidenced one-word entries the people stage lists for a model to judge are dropped."""

    version = "rules"

    def check(self, document: Document, rules: RuleSet, index: TextIndex | None = None) -> None:
        drop_unevidenced(document, lambda person: True)


class EveryCandidate:
    """Every entry the people stage lists, unevidenced ones included, none judged: the rows the
    check is trained on (`training/people.py`)."""

    version = "candidates"

    def check(self, document: Document, rules: RuleSet, index: TextIndex | None = None) -> None:
        return None


def drop_unevidenced(document: Document, rejected: Callable[[Person], bool]) -> None:
    """Remove the unevidenced entries `rejected` judges no person. They are listed after every
    other entry and never speak, so no quote's person_key moves (people.no_evidence)."""
    document.people = [person for person in document.people if not (person.unevidenced and rejected(person))]


def _share(count: int, total: int) -> float:
    return count / total if total else 0.0


@lru_cache(maxsize=4)
def _name_words(rules: RuleSet) -> frozenset[str]:
    """The words of the full names news usually gives (read off the news pool for
    names.usual_full_name), less common words: words news uses in people's names."""
    usual = rules.names.usual_full_names.names
    words = {word.lower() for name in [*usual, *usual.values()] for word in name.split()}
    return frozenset(words - rules.common_words)


@lru_cache(maxsize=4)
def _usual_full_names(rules: RuleSet) -> frozenset[str]:
    """The short forms and full names of names.usual_full_name as one set, built once per rule
    set: every entry asked whether its name is one of them (it searched the full names one by
    one)."""
    usual = rules.names.usual_full_names.names
    return frozenset([*usual, *usual.values()])


@dataclass(frozen=True)
class _LetterModel:
    """How often each run of SHAPE_LETTERS letters (the word's edges marked) opens, ends or stands
    inside the words of one list."""

    counts: Counter[str]
    total: int
    # each word's log-likelihood, kept: a model lives as long as its rule set and a name's
    # words recur through an article's mentions and across articles
    memo: dict[str, float] = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def of(cls, words: frozenset[str]) -> _LetterModel:
        counts = Counter(run for word in words for run in _letter_runs(word))
        return cls(counts, sum(counts.values()))

    def log_likelihood(self, word: str) -> float:
        known = self.memo.get(word)
        if known is not None:
            return known
        if len(self.memo) >= MAX_SHAPE_MEMO_WORDS:
            self.memo.clear()
        unseen = SHAPE_SMOOTHING * SHAPE_ALPHABET ** SHAPE_LETTERS
        value = self.memo[word] = sum(math.log((self.counts[run] + SHAPE_SMOOTHING) / (self.total + unseen))
                                      for run in _letter_runs(word))
        return value


def _letter_runs(word: str) -> list[str]:
    marked = "^" * (SHAPE_LETTERS - 1) + word + "$"
    return [marked[start:start + SHAPE_LETTERS] for start in range(len(marked) - SHAPE_LETTERS + 1)]


@lru_cache(maxsize=4)
def _shape_models(rules: RuleSet) -> tuple[_LetterModel, _LetterModel]:
    """Letter models of the words the news pool writes as people's names and of those it writes
    after an organisation's, a thing's or a place's head (names.yml person_name_words and
    other_name_words), built once per rule set."""
    return _LetterModel.of(rules.person_name_words), _LetterModel.of(rules.other_name_words)


def name_shape(name: str, rules: RuleSet) -> dict[str, float]:
    """Whether the name's words are spelt like people's names or like the names of things,
    organisations and places, per letter (log-likelihood ratio of the two letter models): a
    word no list holds is judged by its letters, so `Heater`, `Detection`, `Sweetener` or
    `Penmas` read as no person's name where `Sorojudin` or `Zainuri` do. The lowest word (one
    foreign word makes a product) and the mean."""
    words = [word.lower() for word in name.replace("-", " ").split() if word.isalpha()]
    if not words:
        return {}
    person, other = _shape_models(rules)
    ratios = [(person.log_likelihood(word) - other.log_likelihood(word)) / len(word) for word in words]
    return {"name_shape_min": min(ratios), "name_shape_mean": sum(ratios) / len(ratios)}


@dataclass(frozen=True)
class _Context:
    """What every entry's features look up, computed once per document."""

    entity_labels: dict[tuple[int, int], str]
    other_entity_words: dict[str, set[str]]  # label -> lowercased words of the article's ORG/LOC entities
    initials: set[str]
    first_sentence_end: int
    last_sentence_start: int
    lowercase_words: frozenset[str]  # words the article writes in lowercase somewhere
    name_words: frozenset[str]  # words of the names news usually gives in full (names.yml usual_full_names)
    speaker_resolutions: dict[int, set[str]]  # person position -> how its quotes' speakers were found
    next_pronoun: list[int]  # token index -> index of the first person pronoun at or after it (len: none)

    @classmethod
    def of(cls, document: Document, rules: RuleSet, index: TextIndex) -> _Context:
        """The article's facts (built once per document on the index: a second pass of the
        speaker slot leaves them as they were) with the speakers' resolutions of this pass."""
        article = index.fact("people_check.article", lambda: cls._of_article(document, rules, index))
        resolutions: dict[int, set[str]] = {}
        for quote in document.quotes:
            key = quote.speaker.person_key
            if key is not None:
                resolutions.setdefault(key, set()).add(quote.speaker.resolution or "none")
        return replace(article, speaker_resolutions=resolutions)

    @classmethod
    def _of_article(cls, document: Document, rules: RuleSet, index: TextIndex) -> _Context:
        """Everything but the speakers' resolutions (left empty)."""
        lowered = index.lowered
        labels = {(entity.start, entity.end): entity.label for entity in document.entities}
        words: dict[str, set[str]] = {"ORG": set(), "LOC": set()}
        for entity in document.entities:
            if entity.label in words:
                words[entity.label].update(document.text[entity.start:entity.end].lower().split())
        first_sentence = document.sentences[0].end if document.sentences else len(document.text)
        last_sentence = document.sentences[-1].start if document.sentences else 0
        lowercase = document.words_written_lowercase()
        initials = index.fact("introduced_initials", lambda: introduced_initials(document, rules))
        return cls(labels, words, initials, first_sentence, last_sentence,
                   lowercase, _name_words(rules), {}, _next_pronoun(lowered, rules))


def _next_pronoun(lowered: list[str], rules: RuleSet) -> list[int]:
    """For each token position (and one past the last), the position of the first pronoun at or
    after it (len(lowered) if none), so that a mention finds the next pronoun without walking
    the rest of a (possibly giant) sentence. Built in bulk: the pronouns' positions are picked
    in C (`compress`) and each stretch up to one is filled with its position at once, not
    written token by token."""
    pronouns = compress(count(), map(rules.pronouns.__contains__, lowered))
    following: list[int] = []
    for position in chain(pronouns, (len(lowered),)):
        following.extend(repeat(position, position + 1 - len(following)))
    return following


def _word_features(person: Person, context: _Context, rules: RuleSet) -> dict[str, float]:
    """The name's own shape and the rule files' words inside it."""
    words = person.name.split()
    lowered = [word.lower() for word in words]
    last = lowered[-1]
    return {
        "words": float(min(len(words), MAX_NAME_WORDS)),
        "one_word": float(len(words) == 1),
        "has_digit": float(any(character.isdigit() for character in person.name)),
        "acronym_word": float(any(len(word) >= MIN_ACRONYM_LETTERS and word.isupper() for word in words)),
        "lowercase_word": float(any(word[:1].islower() for word in words)),
        "inner_capital": float(any(any(c.isupper() for c in word[1:]) and not word.isupper() for word in words)),
        "punctuation": float(any(not (c.isalnum() or c in " -'") for c in person.name)),
        "initials": float(len(words) == 1 and words[0] in context.initials),
        "common_word_share": _share(sum(word in rules.common_words for word in lowered), len(words)),
        # an institution's head that is also a given name (speakers.yml also_given_names) says
        # nothing on its own: `Tim Kaine` is a person, `Tim SAR` is not, the other words tell
        "institution_word": float(any(word in rules.institution_heads and word not in rules.also_given_names
                                      for word in lowered)),
        "place_word": float(any(word in rules.place_words for word in lowered)),
        "role_word": float(any(rules.is_title_or_role(word) for word in words)),
        "time_or_document_word": float(any(word in rules.time_words or word in rules.document_nouns
                                           for word in lowered)),
        "last_word_in_org": float(last in context.other_entity_words["ORG"]),
        "last_word_in_loc": float(last in context.other_entity_words["LOC"]),
        "word_written_lowercase": float(any(word in context.lowercase_words for word in lowered)),
        "known_name_words": _share(sum(word in context.name_words for word in lowered), len(words)),
        # words the news pool writes after a person's head (names.yml person_name_words): a
        # product, a title or a team has none (`Monday Night Football`, `Joule Heater`)
        "person_name_words": _share(sum(word in rules.person_name_words for word in lowered), len(words)),
        "first_word_a_person_name": float(lowered[0] in rules.person_name_words),
        # and the words it writes after an organisation's, a thing's or a place's head
        # (names.yml other_name_words: `Idul Adha`, `Super Greng`)
        "other_name_words": _share(sum(word in rules.other_name_words for word in lowered), len(words)),
        "usual_full_name": float(person.name in _usual_full_names(rules)),
        "organisation_name_word": float(any(word.strip(".") in rules.kind_words.name_words for word in lowered)),
        "foreign_article": float(any(word in rules.kind_words.foreign_articles for word in lowered)),
        "foreign_suffix_share": _share(sum(_foreign_suffixed(word, rules) for word in lowered), len(words)),
        # offices and units the news pool writes before a place or an acronym (names.yml
        # office_opening_a_name): an entry made of them is an office (`Kasubbid Penmas`)
        "office_word_share": _share(sum(word.strip(".") in rules.pool_offices for word in lowered), len(words)),
        **name_shape(person.name, rules),
    }


def _foreign_suffixed(word: str, rules: RuleSet) -> bool:
    """A word with an English noun's or adjective's ending that news never writes in a person's
    name (`Easing`, `Happiness`, `Detection`; names.yml kind_words foreign_suffixes): works,
    products and programmes in title case."""
    kind_words = rules.kind_words
    return len(word) >= kind_words.min_suffixed_letters and word.endswith(tuple(kind_words.foreign_suffixes)) \
        and word not in rules.person_name_words


def _mention_features(document: Document, person: Person, context: _Context, index: TextIndex,
                      rules: RuleSet) -> dict[str, float]:
    """Where and how the article mentions the name."""
    mentions = person.mentions
    total = len(mentions)
    features = {
        "mentions_log": log_count(total),
        "per_entity_share": _share(sum(context.entity_labels.get((m.start, m.end)) == "PER" for m in mentions),
                                   total),
        "in_quote_share": _share(sum(document.in_quote_marks(m.start) for m in mentions), total),
        "first_sentence_share": _share(sum(m.start < context.first_sentence_end for m in mentions), total),
        "last_sentence_share": _share(sum(m.start >= context.last_sentence_start for m in mentions), total),
        "in_brackets": _share(sum(_in_brackets(document, m) for m in mentions), total),
        "pronoun_follows": float(any(_pronoun_follows(document, index, m, context) for m in mentions)),
        "listed_with_a_person": float(any(_listed_with_a_person(index, m, rules) for m in mentions)),
        "before_capitalised_word": _share(sum(_before_capitalised_word(index, m) for m in mentions), total),
        "first_mention_position": min((m.start for m in mentions), default=0) / max(1, len(document.text)),
        "age_after": float(any(_age_after(document, m, rules) for m in mentions)),
        "after_capitalised_word": _share(sum(_after_capitalised_word(index, m, rules) for m in mentions), total),
        "next_to_reporting_verb": float(any(_next_to_reporting_verb(index, m, rules) for m in mentions)),
        "before_predicate": _share(sum(_before_predicate(index, m, rules) for m in mentions), total),
        "glued_mention": _share(sum(_glued(document, m) for m in mentions), total),
        "followed_by_person": float(any(_followed_by_person(index, m, rules) for m in mentions)),
        "acronym_after": _share(sum(_acronym_after(index, m) for m in mentions), total),
        "place_after": float(any(_place_after(index, m, rules) for m in mentions)),
    }
    features.update(_line_up_features(index, mentions, rules))
    line_ups = [_line_up_heads(document, index, m, rules) for m in mentions]
    heads = {marked for marked, _ in line_ups}
    listed = {head for _, head in line_ups}
    for kind in KINDS:
        features[f"line_up_head_{kind}"] = float(kind in heads)
        features[f"list_head_{kind}"] = float(kind in listed)
    before = [_kind_before(document, index, m, rules) for m in mentions]
    after = {_kind_after(document, index, m, rules) for m in mentions}
    for kind in KINDS:
        features[f"{KIND_FEATURES[kind]}_before"] = _share(before.count(kind), total)
        features[f"{KIND_FEATURES[kind]}_after"] = float(kind in after)
    return features


def _is_punctuation(text: str) -> bool:
    return not any(character.isalnum() for character in text)


def _kind_before(document: Document, index: TextIndex, mention: Span, rules: RuleSet) -> str | None:
    """The kind of the head noun before the mention (names.yml kind_words): a person's noun
    (a role, a rank, an honorific) if one stands there, else the nearest listed one, at most
    reach_tokens words back in its sentence, through modifiers (and the comma of an
    apposition) but never into another entity, past a verb, cue or conjunction, or past other
    punctuation: `lagu Mardua Holong`, `produsen mobil itu, Geely, juga`, `Koperasi Makio
    Dalle`, `Pak Once`, `Kepala Dinas KPKP, Hasudungan`."""
    position = index.token_at(mention.start)
    opening = _head_written_in(index, mention, position, rules)
    if opening is not None:
        return opening
    sentence_start = document.sentence_of(mention.start).start
    kinds: list[str] = []
    for back in range(position - 1, max(-1, position - 1 - rules.kind_words.reach_tokens), -1):
        text = index.lowered[back]
        if back == position - 1 and _head_tagged_alone(index, back, rules):
            return _kind_of(text.rstrip("."), rules)
        if index.tokens[back].start < sentence_start or back in index.entity_by_token \
                or _ends_noun_phrase(text, rules):
            break
        if text in APPOSITION_MARKS and back == position - 1 and _enclosed(document, index, mention):
            continue
        if _is_punctuation(text):
            break
        kind = _kind_of(text.rstrip("."), rules)
        kinds.extend([kind] if kind is not None else [])
    # a person's noun anywhere before decides (`Kepala Dinas KPKP, Hasudungan`), else the nearest
    return "person" if "person" in kinds else next(iter(kinds), None)


def _head_written_in(index: TextIndex, mention: Span, position: int, rules: RuleSet) -> str | None:
    """The kind of an organisation's or a place's head noun the mention itself opens with, before
    more words (`[RS Cipto Mangunkusumo]`, `[Koperasi Sapto Argo Raharjo]`): the tagger ran the
    head into the name, and the name written after a head is the institution's, not a person's.
    A thing's noun opening a mention is as often a given name (`Novel Baswedan`), and a person's
    (a title the people stage strips) says nothing new: None for both, and for a head that is also
    a given name (speakers.yml also_given_names: `[Tim Kaine]`, `[Putri Ayuningtyas]`)."""
    if position + 1 >= len(index.tokens) or index.tokens[position + 1].start >= mention.end:
        return None
    opening = index.lowered[position].rstrip(".")
    if opening in rules.also_given_names:  # `Tim Kaine`, `Putri Ayuningtyas`: a given name as often as a head
        return None
    kind = _kind_of(opening, rules)
    return kind if kind in HEADS_OPENING_A_MENTION else None


def _head_tagged_alone(index: TextIndex, back: int, rules: RuleSet) -> bool:
    """Whether the word right before the mention is a head noun the tagger made an entity of its
    own (`[PT] [Agrinas Palma Nusantara]`): read as the head, where another entity before a name
    otherwise stops the walk."""
    entity = index.entity_by_token.get(back)
    if entity is None or index.token_at(entity.start) != back or index.tokens[back].end != entity.end:
        return False
    return _kind_of(index.lowered[back].rstrip("."), rules) not in (None, "person")


def _kind_of(word: str, rules: RuleSet) -> str | None:
    """The kind a lowercase word says a name is (names.yml kind_words), a reduplicated plural
    read as its noun (`tempat-tempat`, `klub-klub`), a noun with the clitic as the noun
    (`istrinya, Rina`, `perusahaannya, Berkshire Hathaway`: whose it is does not change what
    it names); a rank with the clitic is no noun (`salah satunya`, `utamanya`)."""
    half, dash, rest = word.partition("-")
    listed = rules.kind_of_word.get(half if dash and half == rest else word)
    if listed is not None or not rules.has_clitic(word):
        return listed
    stem = word[:-len(rules.cues.clitic.suffix)]
    return None if stem in rules.ranks else rules.kind_of_word.get(stem)


def _line_up_heads(document: Document, index: TextIndex, mention: Span,
                   rules: RuleSet) -> tuple[str | None, str | None]:
    """The kind of the noun that heads the line-up the mention stands in, walking back over the
    items before it (capitalised words, bracketed asides), commas, `dan` and a list marker
    (names.yml kind_words list_markers) to that noun, within reach_tokens words of the marker:
    `tempat-tempat liburan ikonik seperti Santorini, Mykonos dan Kreta`, `sejumlah klub,
    antara lain Sassuolo dan Empoli`. Two readings of one walk: the first is None when no
    marker opens the line-up (a comma alone also ends a role's apposition: `Kepala Dinas
    Pertanian, Hasan`; feature line_up_head_*); for the second a comma or `dan` passed is
    enough (`pemain Andi, Budi dan Cici`: feature list_head_*). The noun right before a name
    alone is _kind_before's."""
    sentence_start = document.sentence_of(mention.start).start
    position, marked, separated = _line_up_start(index, mention, sentence_start, rules)
    if not marked and not separated:
        return None, None
    kind = _line_up_noun(index, position, sentence_start, rules)
    return (kind if marked else None), kind


def _line_up_start(index: TextIndex, mention: Span, sentence_start: int, rules: RuleSet) -> tuple[int, bool, bool]:
    """Where the walk back over the line-up's items stops (the token before them), whether it
    passed a list marker and whether it passed a comma or `dan`."""
    position = index.token_at(mention.start) - 1
    marked = False
    separated = False
    while position >= 0 and index.tokens[position].start >= sentence_start:
        position = _past_aside(index, position, -1)
        if position < 0:
            break
        text = index.lowered[position]
        if text in LIST_SEPARATORS or text in rules.name_connectors:
            separated = True
            position -= 1
        elif text in rules.kind_words.list_markers or text in LIST_OPENERS:
            marked = True
            position -= 1
        elif not marked and (index.tokens[position].text[:1].isupper() or position in index.entity_by_token):
            position -= 1
        else:
            break
    return position, marked, separated


def _line_up_noun(index: TextIndex, position: int, sentence_start: int, rules: RuleSet) -> str | None:
    """The kind of the nearest listed noun at or before `position`, within reach_tokens words,
    not past a clause's end or punctuation."""
    for back in range(position, max(-1, position - rules.kind_words.reach_tokens), -1):
        text = index.lowered[back]
        if index.tokens[back].start < sentence_start or _ends_clause(text, rules) or _is_punctuation(text):
            break
        if _lowercase_rank(index.tokens[back].text, rules):
            continue
        kind = _kind_of(text.rstrip("."), rules)
        if kind is not None:  # the nearest noun
            return kind
    return None


def _ends_clause(word: str, rules: RuleSet) -> bool:
    """A cue, a conjunction or a relative pronoun: the line-up's noun is after it. Unlike
    _ends_noun_phrase a verb form does not end it: the noun's modifiers take `ber-` (`situs
    bersejarah seperti Dubrovnik`)."""
    return word in rules.reporting_verbs or word in rules.postposed_cues or word in rules.according_to \
        or word in rules.subject_boundaries or word in rules.relative_pronouns


def _lowercase_rank(text: str, rules: RuleSet) -> bool:
    """A rank's word written in lowercase is a count or an adjective, no person's noun (`dua
    produk, yakni`, `tiga lapisan utama, yaitu`)."""
    return text[:1].islower() and text in rules.ranks


def _ends_noun_phrase(word: str, rules: RuleSet) -> bool:
    """A verb, a cue or a conjunction: the noun phrase that could head the name starts after it
    (`Film yang disutradarai oleh Ryan`, `teknologi ini kata Teten`, `Setia Band dan Trio Macan`)."""
    return rules.is_active_verb(word) or rules.is_passive_verb(word) or word in rules.reporting_verbs \
        or word in rules.postposed_cues or word in rules.according_to or word in rules.subject_boundaries \
        or word in rules.relative_pronouns


def _enclosed(document: Document, index: TextIndex, mention: Span) -> bool:
    """A comma or dash or the sentence's end right after the mention: with the comma before it,
    the name is an apposition to the noun phrase before (`produsen mobil itu, Geely, juga …`),
    not the subject after an opening adverbial (`Mengenai kendaraan, Nina mengaku …`)."""
    position = index.token_at(mention.end)
    if position >= len(index.tokens) or index.tokens[position].start >= document.sentence_of(mention.start).end:
        return True
    return index.lowered[position] in APPOSITION_MARKS or index.lowered[position] in SENTENCE_ENDS


def _kind_after(document: Document, index: TextIndex, mention: Span, rules: RuleSet) -> str | None:
    """The kind of the word that opens an apposition or a predicate noun after the mention,
    past a comma or dash and a copula: `Anthropic adalah perusahaan AI`, `Moo Deng,
    kuda nil kerdil`, `Budi, seorang guru`."""
    end = document.sentence_of(mention.start).end
    first = position = index.token_at(mention.end)
    while position < len(index.tokens) and index.tokens[position].start < end:
        text = index.lowered[position]
        if text in APPOSITION_MARKS or text in rules.kind_words.copulas:
            position += 1
            continue
        # a noun right after the name, with no comma or copula, is a noun of its own (`Ma Qi Yue drama ini`)
        return rules.kind_of_word.get(text) if position > first else None
    return None


def _followed_by_person(index: TextIndex, mention: Span, rules: RuleSet) -> bool:
    """Another PER right after the mention, past a comma and the ranks or titles before it: the
    name is the affiliation in a role phrase (`mantan pelatih Persipur Purwodadi, Gunawan`,
    `Kabid Humas RSKD Dadi, Abdul Malik`, `Kasubbid Penmas, Kompol Siti Rohani`)."""
    position = index.token_at(mention.end)
    if position < len(index.tokens) and index.lowered[position] == ",":
        position += 1
    while position < len(index.tokens) and position not in index.entity_by_token \
            and rules.is_title(index.tokens[position].text):
        position += 1
    entity = index.entity_by_token.get(position)
    return entity is not None and entity.label == "PER" and entity.start >= mention.end


def _aside_after(index: TextIndex, mention: Span) -> tuple[int, int] | None:
    """The token range inside a bracketed aside right after the mention (`Amin (Flores)`,
    `Arwana Citramulia (ARNA)`), if there is one."""
    position = index.token_at(mention.end)
    if position >= len(index.tokens) or index.tokens[position].text != "(":
        return None
    for close in range(position + 1, min(len(index.tokens), position + MAX_ASIDE_TOKENS + 1)):
        if index.tokens[close].text == ")":
            return position + 1, close
    return None


def _acronym_after(index: TextIndex, mention: Span) -> bool:
    """An abbreviation in brackets right after the name (`Koninklijk Nederlandsch-Indisch Leger
    (KNIL)`, `Sawit Sumbermas Sarana (SSMS)`): the article defines an organisation's, a
    product's or a programme's short form; people are given an age or a role there."""
    aside = _aside_after(index, mention)
    if aside is None or aside[1] - aside[0] != 1:
        return False
    return is_short_form(index.tokens[aside[0]].text)


def _place_after(index: TextIndex, mention: Span, rules: RuleSet) -> bool:
    """A place in brackets right after the name (`Amin (Flores), Fathur (Bogor)`): where a
    contestant or a victim comes from; the NER or the rule files call it a place."""
    aside = _aside_after(index, mention)
    if aside is None:
        return False
    inside = range(aside[0], aside[1])
    return bool(inside) and all(
        (entity := index.entity_by_token.get(position)) is not None and entity.label == "LOC"
        or index.lowered[position] in rules.place_words for position in inside)


def _line_up_features(index: TextIndex, mentions: list[Span], rules: RuleSet) -> dict[str, float]:
    """The line-up a mention stands in: capitalised items between commas, semicolons and `dan`,
    each perhaps with a bracketed aside (`Lara, Manon, Sophia, Daniela, Megan, dan Yoon Chae`,
    `Logindo Samudramakmur (LEAD), M Cash Integra (MCAS)`). How many neighbours it has, and the
    share the NER tagged a person or a place or organisation: a name among people is a person
    even where the NER or the check doubts one word alone."""
    best = {"line_up_items": 0.0, "line_up_person_share": 0.0, "line_up_other_share": 0.0}
    for mention in mentions:
        labels = _line_up_labels(index, mention, rules)
        if not labels:
            continue
        best["line_up_items"] = max(best["line_up_items"], log_count(len(labels)))
        best["line_up_person_share"] = max(best["line_up_person_share"],
                                           _share(labels.count("PER"), len(labels)))
        best["line_up_other_share"] = max(best["line_up_other_share"],
                                          _share(sum(label in ("ORG", "LOC") for label in labels), len(labels)))
    return best


def _line_up_labels(index: TextIndex, mention: Span, rules: RuleSet) -> list[str]:
    """The NER labels (empty string: none) of the items listed beside the mention, both ways."""
    first, after = index.token_at(mention.start), index.token_at(mention.end)
    return _items(index, after, 1, rules) + _items(index, first - 1, -1, rules)


def _items(index: TextIndex, position: int, step: int, rules: RuleSet) -> list[str]:
    """Walk from `position` in direction `step` over asides and separators to the next items."""
    labels: list[str] = []
    tokens = index.tokens
    while len(labels) < MAX_LIST_ITEMS:
        position = _past_aside(index, position, step)
        separated = False
        while 0 <= position < len(tokens) and (tokens[position].text in LIST_SEPARATORS
                                               or index.lowered[position] in rules.name_connectors):
            separated = True
            position += step
        if not separated:
            break
        position = _past_aside(index, position, step)
        if not (0 <= position < len(tokens)) or not tokens[position].text[:1].isupper():
            break
        entity = index.entity_by_token.get(position)
        labels.append(entity.label if entity is not None else "")
        while 0 <= position + step < len(tokens) and (
                (entity is not None and index.entity_by_token.get(position + step) is entity)
                or (entity is None and tokens[position + step].text[:1].isupper())):
            position += step
        position += step
    return labels


def _past_aside(index: TextIndex, position: int, step: int) -> int:
    """The position past a bracketed aside that starts at `position` going in direction `step`."""
    opening, closing = ("(", ")") if step > 0 else (")", "(")
    if not (0 <= position < len(index.tokens)) or index.tokens[position].text != opening:
        return position
    for reach in range(1, MAX_ASIDE_TOKENS + 1):
        at = position + step * reach
        if not (0 <= at < len(index.tokens)):
            break
        if index.tokens[at].text == closing:
            return at + step
    return position


def _bracketed_number_after(document: Document, mention: Span) -> str:
    """The digits that open a bracketed aside right after the mention (`Iyan (22)`,
    `Scarlet Dawn (2014)`), empty when there is none."""
    following = document.text[mention.end:mention.end + BRACKET_LOOKAHEAD_CHARS].lstrip()
    if not following.startswith("("):
        return ""
    inside = following[1:]
    return inside[:len(inside) - len(inside.lstrip(string.digits))]


def _age_after(document: Document, mention: Span, rules: RuleSet) -> bool:
    """"Iyan (22)": an age in brackets right after a name, at most names.age_after_name
    max_digits digits (a year in brackets is no age: `Scarlet Dawn (2014)` is a film)."""
    digits = _bracketed_number_after(document, mention)
    return 0 < len(digits) <= rules.names.age_after_name.max_digits


def _after_capitalised_word(index: TextIndex, mention: Span, rules: RuleSet) -> bool:
    """A capitalised word that is no title or role right before the name on its line: the name
    is the tail of a longer name (`Koperasi Sapto Argo Raharjo`, `Persipur Purwodadi`)."""
    position = index.token_at(mention.start)
    if position <= 0:
        return False
    before = index.tokens[position - 1]
    if "\n" in index.document.text[before.end:mention.start]:
        return False
    return before.text[:1].isupper() and not rules.is_title_or_role(before.text)


def _in_brackets(document: Document, mention: Span) -> bool:
    before = document.text[max(0, mention.start - 2):mention.start].strip()
    return before.endswith("(") and document.text[mention.end:mention.end + 1] == ")"


def _pronoun_follows(document: Document, index: TextIndex, mention: Span, context: _Context) -> bool:
    """A person pronoun (`ia`, `dia`, `beliau`) later in the mention's sentence or among the
    first words of the next one: the article goes on about a person. The reach only grows with
    the offset, so the first pronoun after the mention decides."""
    sentence = document.sentence_of(mention.start)
    following = document.sentence_of(sentence.end + 1) if sentence.end < len(document.text) else sentence
    position = context.next_pronoun[min(index.token_at(mention.end), len(index.tokens))]
    if position >= len(index.tokens):
        return False
    start = index.tokens[position].start
    return not (start >= following.end or (start >= sentence.end and start > following.start + PRONOUN_REACH_CHARS))


def _listed_with_a_person(index: TextIndex, mention: Span, rules: RuleSet) -> bool:
    """A comma or a name connector (`dan`) between this name and a PER entity: a list of people."""
    position = index.token_at(mention.start)
    after = index.token_at(mention.end)
    neighbours = [(position - 2, position - 1), (after + 1, after)]
    for entity_at, separator_at in neighbours:
        if not (0 <= entity_at < len(index.tokens) and 0 <= separator_at < len(index.tokens)):
            continue
        separator = index.tokens[separator_at].text.lower()
        listing = separator == "," or separator in rules.name_connectors
        entity = index.entity_by_token.get(entity_at)
        if listing and entity is not None and entity.label == "PER":
            return True
    return False


def _before_capitalised_word(index: TextIndex, mention: Span) -> bool:
    """A capitalised word right after the name in its sentence: the name heads a longer one."""
    after = index.token_at(mention.end)
    if after >= len(index.tokens):
        return False
    following = index.tokens[after]
    return following.start == mention.end + 1 and following.text[:1].isupper()


def _neighbour_words(index: TextIndex, mention: Span) -> tuple[str, str]:
    position = index.token_at(mention.start)
    after = index.token_at(mention.end)
    before = index.tokens[position - 1].text.lower() if position > 0 else ""
    following = index.tokens[after].text.lower() if 0 <= after < len(index.tokens) else ""
    return before, following


def _next_to_reporting_verb(index: TextIndex, mention: Span, rules: RuleSet) -> bool:
    before, following = _neighbour_words(index, mention)
    return before in rules.postposed_cues or following in rules.reporting_verbs or before in rules.according_to


def _before_predicate(index: TextIndex, mention: Span, rules: RuleSet) -> bool:
    """The word after the name is a lowercase verb (`me-`, `ber-` …): the name is a subject."""
    _, following = _neighbour_words(index, mention)
    return following.isalpha() and following.startswith(rules.predicate_prefixes)


def _glued(document: Document, mention: Span) -> bool:
    """A letter right against the mention: the scraper glued words (`RIPrabowo`)."""
    before = document.text[mention.start - 1:mention.start] if mention.start else ""
    after = document.text[mention.end:mention.end + 1]
    return before.isalpha() or after.isalpha()


def _speaking_features(person: Person, position: int, context: _Context, document: Document) -> dict[str, float]:
    features = {
        "speaks": float(person.quote_count > 0),
        "quote_share": _share(person.quote_count, len(document.quotes)),
        "roles": float(bool(person.roles)),
        "title_role": float(any(role.split()[0:1] and role.split()[0][:1].isupper() for role in person.roles)),
        "variants": float(bool(person.variants)),
        "unevidenced": float(person.unevidenced),
    }
    for resolution in context.speaker_resolutions.get(position, set()):
        features[f"speaker_resolution={resolution}"] = 1.0
    return features


def person_features(document: Document, rules: RuleSet, index: TextIndex | None = None) -> list[dict[str, float]]:
    """Named features of every `people` entry of kind person, in list order (the training
    table's rows); entries of another kind get an empty row."""
    index = index or TextIndex(document)
    context = _Context.of(document, rules, index)
    rows: list[dict[str, float]] = []
    for position, person in enumerate(document.people):
        if person.kind != "person" or not person.name.split():
            rows.append({})
            continue
        features = _word_features(person, context, rules)
        features.update(_mention_features(document, person, context, index, rules))
        features.update(_speaking_features(person, position, context, document))
        rows.append(features)
    return rows


@dataclass(frozen=True)
class TrainedPeopleCheck:
    """A fitted model's probability that an entry is a person of the article; under the
    threshold the entry becomes kind `other` (people.model_rejected)."""

    version: str
    model: ScoreFunction
    threshold: float

    @classmethod
    def load(cls, path: Path) -> TrainedPeopleCheck:
        data = json.loads(path.read_text(encoding="utf-8"))
        return cls(version=data["version"], model=score_function(data["model"]), threshold=float(data["threshold"]))

    def check(self, document: Document, rules: RuleSet, index: TextIndex | None = None) -> None:
        checked = [(person, features) for person, features
                   in zip(document.people, person_features(document, rules, index), strict=True) if features]
        scores = self.model.log_odds_many([features for _, features in checked])
        for (person, _), log_odds in zip(checked, scores, strict=True):
            person.person_probability = round(sigmoid(log_odds), 4)
            rejected = person.person_probability < self.threshold
            person.kind = "other" if rejected else person.kind
            person.rule = REJECTED_RULE if rejected else KEPT_RULE
        drop_unevidenced(document, lambda person: person.rule == REJECTED_RULE)


def resolved_to_rejected(document: Document, rules: RuleSet, index: TextIndex) -> list[Span]:
    """The mentions of every entry the check rejected, when some quote's speaker was resolved
    to a rejected entry through focus (a clitic, pronoun, role or carried quote), or is a
    rejected cue name closing an apposition to a person's name (speaker.apposed_head): the
    speaker slot runs again with them out of focus. Empty otherwise."""
    rejected = {position for position, person in enumerate(document.people) if person.rule == REJECTED_RULE}
    if not rejected:
        return []
    mentions = [mention for position in sorted(rejected) for mention in document.people[position].mentions]
    resolved = any(quote.speaker.person_key in rejected and quote.speaker.rule is not None
                   and (quote.speaker.rule.split("@")[0] not in KEEPS_THE_CUE_PHRASE
                        or _apposed_cue_name(quote, rules, index, mentions)) for quote in document.quotes)
    return mentions if resolved else []


def _apposed_cue_name(quote: Quote, rules: RuleSet, index: TextIndex, rejected: list[Span]) -> bool:
    mention = quote.speaker.mention
    return mention is not None and mention.kind == "name" \
        and apposition_head(mention, index, rules, rejected) is not None


def load_people_check(path: Path | None) -> PeopleCheck:
    """The trained check when a model file is configured, the people stage's list otherwise."""
    if path is None:
        return NoPeopleCheck()
    return TrainedPeopleCheck.load(path)
