"""Stage 2, after the tagger: its tags read as entities and repaired with the rules.

BIOES tags become entity spans; titles the model swallowed and lowercase words it ran a name
on into ("Van Gaal geram") are trimmed, an institution's words are split from a person's name,
places after a place cue are relabelled, one label per name per article ("one sense per
discourse"), a person cut from an organisation the model ran together with an office, a given
name it left out taken back, hyphenated pieces joined.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Sequence

from service.extraction.document import (
    Document,
    Entity,
    Token,
    overlaps_any,
    sorted_reach,
    whole_words,
    written_whole,
)
from service.extraction.mentions import (
    age_pattern,
    holds_run,
    is_acronym,
    leading_titles,
    ordinary_word_opening_a_sentence,
)
from service.extraction.rules import RuleSet

OUTSIDE = "O"  # the tag of a token outside every entity
WORD_JOINERS = ("-", "–", "'", "’")  # marks inside a word: the lowercase token after one is the word's rest
MIN_AFFILIATED_NAME_TOKENS = 3  # an organisation's word and a two-word name at least
HYPHENATED_REST = re.compile(r"(?:-[^\W\d_]+)+(?![\w-])")
WORD_BEFORE = re.compile(r"(\w+)[ \t]*$")  # the word that ends a stretch of text
WORD_BEFORE_REACH = 40  # characters read back for the word before a place head
ENCLOSING_LABELS = frozenset({"ORG", "LOC"})  # longer names a person's words may stand inside (a firm, a place)
BLANKS = " \t"  # what may stand between a place head and the name after it
MIN_PERSON_VOTES = 2  # PER tags a name needs before the article's other mentions of it count as a person's
OFFICE_RUN_WORDS = 4  # capitalised words read back from a name for the office that opens them ("Menteri Luar Negeri")
HEAD_REACH = 80  # characters read back for a place head before a name (a longer stretch is read in full)


def tag_spans(tags: list[str]) -> list[tuple[int, int, str]]:
    """(first token, last token + 1, label) of each entity in BIOES or BIO tags.

    A broken sequence (an I- or E- without its B-) still yields its pieces. Most tags are
    "O": it only closes an open entity, so it is answered before the tag is parsed.
    """
    spans: list[tuple[int, int, str]] = []
    first: int | None = None
    label = ""
    for position, tag in enumerate(tags):
        if tag == OUTSIDE:
            if first is not None:
                spans.append((first, position, label))
                first = None
            continue
        prefix, _, kind = tag.partition("-")
        starts_new = prefix in ("B", "S") or (prefix in ("I", "E") and (first is None or kind != label))
        if (starts_new or prefix == "O" or not kind) and first is not None:
            spans.append((first, position, label))
            first = None
        if starts_new:
            first, label = position, kind
        if first is not None and prefix in ("S", "E"):
            spans.append((first, position + 1, label))
            first = None
    if first is not None:
        spans.append((first, len(tags), label))
    return spans


def trim_person_titles(words: list[str], spans: list[tuple[int, int, str]],
                       rules: RuleSet) -> list[tuple[int, int, str]]:
    """Move a PER entity's start past titles the model swallowed: "Menhub Ignasius Jonan".

    The corpora the model learnt from mark names without titles, but titles before names
    are capitalised in news and unseen abbreviations (Menhub, Mensesneg) look like names.
    Words that are also given names (rules: `also_given_names`, e.g. Putri) are kept.
    """
    trimmed = []
    for first, end, label in spans:
        if label == "PER":
            first += leading_titles(words[first:end], rules.is_person_title)
        trimmed.append((first, end, label))
    return trimmed


MIN_WORDS_WITH_AN_INSTITUTION = 3  # "Bulog Rizal Ramdhani": the institution's word and a two-word name


def split_institution_from_person(words: list[str], spans: list[tuple[int, int, str]],
                                  rules: RuleSet) -> list[tuple[int, int, str]]:
    """Move a PER entity's start past the institution named right after a head-of role:
    "Kepala [Bulog Rizal Ramdhani]" -> "Kepala Bulog [Rizal Ramdhani]".

    Such a role noun (`institution_role_heads`) is always followed by its institution, never
    directly by a person, and the model, seeing a run of capitalised words, tags them all as
    one name. Only runs of three words or more are cut, so that a two-word name stays whole.
    """
    split = []
    for first, end, label in spans:
        if label == "PER" and first > 0 and end - first >= MIN_WORDS_WITH_AN_INSTITUTION \
                and words[first - 1].lower() in rules.institution_role_heads \
                and words[first].lower() not in rules.also_given_names:
            first += 1
        split.append((first, end, label))
    return split


def relabel_institution_people(words: list[str], spans: list[tuple[int, int, str]],
                               rules: RuleSet) -> list[tuple[int, int, str]]:
    """A PER entity made only of institution words ("NATO", "KPK") is an organisation.

    Short all-capital acronyms look like names to the model; the rules already list the
    words that head organisation names (`institution_heads`), and none of them is a
    person's whole name. Person acronyms (SBY, AHY) are not listed and stay PER.
    """
    return [
        (first, end, "ORG") if label == "PER" and (all(
            word.lower().rstrip(".") in rules.institution_heads for word in words[first:end])
            or (end - first >= MIN_ORGANISATION_NAME_WORDS and words[first].lower() in rules.institution_heads
                and words[first].lower() not in rules.also_given_names)
            or _institution_short_form(words[first], rules))
        else (first, end, label)
        for first, end, label in spans
    ]


def _institution_short_form(word: str, rules: RuleSet) -> bool:
    """An institution's short form written as one word with a listed prefix ("Kemenkopolhukam",
    "KemenkesRI", or "Kemen" of "KemenPolhukam" split at its capital): the model reads the capital
    letters as a name's; a common word with the same opening ("Kemenangan") is not one."""
    lower = word.lower()
    return word[:1].isupper() and lower.startswith(rules.institution_prefixes) and lower not in rules.common_words \
        and lower not in rules.also_given_names


MIN_ORGANISATION_NAME_WORDS = 2  # "Forum Purnawirawan", "Masyarakat Papua Peduli Demokrasi"


def entity_token_spans(words: list[str], tags: list[str], rules: RuleSet | None) -> list[tuple[int, int, str]]:
    """Token spans of the entities as the NER stage reports them.

    With rules: institution-only PER relabelled ORG, PER after a place cue relabelled LOC,
    then titles trimmed from PER and lowercase words from its end, then an institution's word
    after a head-of role, then two people joined by an ampersand split.
    """
    spans = tag_spans(tags)
    if rules is None:
        return spans
    relabelled = relabel_places(words, relabel_institution_people(words, spans, rules), rules)
    trimmed = trim_lowercase_tails(words, trim_person_titles(words, relabelled, rules))
    return split_people_joined_by_ampersand(words, split_institution_from_person(words, trimmed, rules), rules)


AMPERSAND = "&"
MIN_WORDS_AFTER_AMPERSAND = 2  # "Ebin & Faith Christabelle"; one word after it is a firm's ("Johnson & Johnson")


def split_people_joined_by_ampersand(words: list[str], spans: list[tuple[int, int, str]],
                                     rules: RuleSet) -> list[tuple[int, int, str]]:
    """A PER that holds an ampersand between names is two people ("[Aiman Vesciuno & Revan Fanur]",
    a duo's billing): no person's name holds one. Split when a full name of at least
    MIN_WORDS_AFTER_AMPERSAND words follows it and every word on both sides is name-like; a
    single word after it is as often a firm's or a brand's ("Marks & Spencer"), left whole.
    Rule names.ampersand_pair (rules/names.yml)."""
    split: list[tuple[int, int, str]] = []
    for first, end, label in spans:
        joint = words.index(AMPERSAND, first, end) if label == "PER" and AMPERSAND in words[first:end] else -1
        if joint > first and end - joint - 1 >= MIN_WORDS_AFTER_AMPERSAND \
                and all(_name_like(word, rules) for word in words[first:joint] + words[joint + 1:end]):
            split.extend([(first, joint, label), (joint + 1, end, label)])
        else:
            split.append((first, end, label))
    return split


def trim_lowercase_tails(words: list[str], spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Move a PER entity's end back past lowercase words the model ran on into: "[Van Gaal
    geram]" -> "[Van Gaal] geram", "[Mona Astuti woro-woro]".

    A name never ends in a lowercase word (particles such as van, de, bin stand before a
    capitalised part), so the words after the last capitalised one are the sentence's. A span
    of lowercase words only is left as it is, and so is the lowercase part of a hyphenated or
    apostrophised word ("Song Seo-bin", the tokens Seo, -, bin), where the name may then end
    ("[Lee Seo-yi meninggal]", a verb the scraper glued on: "Seo-yimeninggal")."""
    trimmed = []
    for first, end, label in spans:
        if label == "PER":
            last = end
            while last > first + 1 and words[last - 1].islower() and not words[last - 2].endswith(WORD_JOINERS):
                last -= 1
            if not words[last - 1].islower() or _hyphenated_rest(words, first, last):
                end = last
        trimmed.append((first, end, label))
    return trimmed


def decode_entities(tokens: list[Token], tags: list[str], rules: RuleSet | None = None) -> list[Entity]:
    """Entities from BIOES (or BIO) tags, with titles trimmed from PER when rules are given.
    A sentence tagged all outside (a third of them) has none, and its words are not read."""
    if tags.count(OUTSIDE) == len(tags):
        return []
    spans = entity_token_spans([token.text for token in tokens], tags, rules)
    return [Entity(tokens[first].start, tokens[end - 1].end, label) for first, end, label in spans]


def relabel_places(words: list[str], spans: list[tuple[int, int, str]],
                   rules: RuleSet) -> list[tuple[int, int, str]]:
    """A PER entity right after a place preposition or head ("di Isfahan", "ke Bahrain",
    "Pulau Manuran") is a place: a person is not "in" or "to" a bare name. A cue word that is
    itself part of another entity ("… Penerimaan Negara Yudi Purnomo") or of an office ("Wali
    Kota Karen Bass", "Kepala Desa Budi") does not count. A PER entity headed by a place word
    ("Samudera Atlantik", "Pulau Gag", "Negeri Paman Sam") is a place too."""
    covered = {position for first, end, _ in spans for position in range(first, end)}
    return [
        (first, end, "LOC") if label == "PER" and (
            (first > 0 and words[first - 1].lower() in rules.place_cues and first - 1 not in covered
             and not (first > 1 and rules.is_title_or_role(words[first - 2])))
            or (end - first > 1 and words[first].lower() in rules.name_opening_place_heads))
        else (first, end, label)
        for first, end, label in spans
    ]


def one_sense_per_article(document: Document, entities: list[Entity]) -> list[Entity]:
    """One label per name in an article: a name tagged PER in one sentence and LOC or ORG
    at least as often elsewhere ("Kadin", "Bahrain", "Garda Nasional") takes the other label.

    Decisions of a sentence-level tagger disagree across an article; the article's majority
    is the better guess (Gale, Church & Yarowsky 1992, "one sense per discourse").
    """
    votes: dict[str, Counter[str]] = {}
    for entity in entities:
        votes.setdefault(document.text[entity.start:entity.end], Counter())[entity.label] += 1
    relabelled = []
    for entity in entities:
        counts = votes[document.text[entity.start:entity.end]]
        if entity.label == "PER" and len(counts) > 1:
            other, other_count = max(((label, count) for label, count in counts.items() if label != "PER"),
                                     key=lambda item: item[1])
            if other_count >= counts["PER"]:
                entity = Entity(entity.start, entity.end, other)
        relabelled.append(entity)
    return relabelled


def places_named_after_a_head(document: Document, entities: list[Entity], rules: RuleSet) -> list[Entity]:
    """A PER name the article also writes right after a place head ("Lurah [Titi Papan]" beside
    "Kelurahan Titi Papan", "Presiden [Zimbabwe]" beside "kota Zimbabwe") is that place: an
    office's holder is named after the office, its area after a head noun. A head after a
    capitalised word is part of an office ("Wali Kota Iman Saragih", "Kepala Desa Budi") or of a
    longer name ("Jalur Samudera Cheng Ho") and does not count ("ibu kota Zimbabwe", "14 Kelurahan
    Titi Papan" do; known gap: a capitalised word opening a sentence, "Warga Kelurahan Titi Papan"). Heads of places
    named for people ("Jalan Sudirman", "Bandara Soekarno-Hatta": `named_for_people`) do not
    count either. Every PER with that text becomes LOC. Rule names.place_named_after_head
    (rules/names.yml, heads: speakers.yml place_heads)."""
    places = {text for text in {document.text[e.start:e.end] for e in entities if e.label == "PER"}
              if _may_follow_a_place_head(document.text, text, rules)
              and _written_after_a_place_head(document.text, text, rules)}
    if not places:
        return entities
    return [Entity(entity.start, entity.end, "LOC")
            if entity.label == "PER" and document.text[entity.start:entity.end] in places else entity
            for entity in entities]


def _may_follow_a_place_head(text: str, name: str, rules: RuleSet) -> bool:
    """Whether some occurrence of `name` stands after a place head and blanks: a cheap gate
    (str.find and one precompiled pattern per occurrence) before `_written_after_a_place_head`,
    whose pattern is built for the name and costs a compilation per name. It never refuses a
    name that test accepts; a head cut by the reach is let through."""
    if not name:
        return True
    at = text.find(name)
    while at != -1:
        reach = max(0, at - HEAD_REACH)
        before = _word_before_blanks(text, reach, at)
        if before is not None and (before[0] == reach > 0 or _is_counted_place_head(before[1], rules)):
            return True
        at = text.find(name, at + 1)
    return False


def _word_before_blanks(text: str, reach: int, at: int) -> tuple[int, str] | None:
    """The word (its start and text) that ends right before the blanks ending at `at`, read no
    further back than `reach`; None when no blank or no word is there. It is what the pattern
    `(\\w+)[ \\t]+\\Z` finds searched in text[reach:at], read backwards from `at`: the search tried
    the pattern at each of the HEAD_REACH positions before every occurrence of each name."""
    blank_start = at
    while blank_start > reach and text[blank_start - 1] in BLANKS:
        blank_start -= 1
    word_start = blank_start
    while word_start > reach and ((character := text[word_start - 1]).isalnum() or character == "_"):
        word_start -= 1  # a character of the pattern class \w: Unicode letters, digits, numerals and "_"
    if blank_start == at or word_start == blank_start:
        return None
    return word_start, text[word_start:blank_start]


def _is_counted_place_head(word: str, rules: RuleSet) -> bool:
    head = word.lower()
    return head in rules.place_heads and head not in rules.names.place_named_after_head.named_for_people


def _written_after_a_place_head(text: str, name: str, rules: RuleSet) -> bool:
    """Whether `name` stands right after a place head that opens the place's name: no
    capitalised word stands right before the head (an office, "Wali Kota", or a longer name
    the head is inside, "Jalur Samudera Cheng Ho")."""
    for match in re.finditer(rf"(?<!\w)(\w+)[ \t]+{re.escape(name)}(?![\w-])", text):
        if not _is_counted_place_head(match.group(1), rules):
            continue
        before = WORD_BEFORE.search(text[max(0, match.start() - WORD_BEFORE_REACH):match.start()])
        if before is None or not before.group(1)[:1].isupper():
            return True
    return False


def nouns_opening_names_cut(document: Document, entities: list[Entity], rules: RuleSet) -> list[Entity]:
    """A PER that opens its sentence with a noun capitalised only for being first
    ("[Ketidakhadiran Khofifah] saat itu …", "[Kekompakan Nanda Nindi] dalam …") starts after
    that noun, when the rest of the name stands without it elsewhere in the article (so the
    article names the person by it). The noun is a common word (names.yml common_words), a word
    the article writes in lowercase, or a derived noun of `circumfixes` (ke-…-an, pe-…-an) of at
    least `min_letters` letters; never a word news writes in people's names (person_name_words,
    also_given_names). Rule names.noun_opening_a_name."""
    lowercase = document.words_written_lowercase()
    repaired: list[Entity] = []
    for entity in entities:
        tokens = document.tokens_between(entity.start, entity.end) if entity.label == "PER" else []
        if len(tokens) >= MIN_WORDS_AFTER_OPENING_NOUN + 1 and document.opens_sentence(tokens[0]) \
                and _opening_noun(tokens[0].text, lowercase, rules) \
                and _rest_written_alone(document.text, tokens[0], tokens[1].start, entity.end):
            entity = Entity(tokens[1].start, entity.end, "PER")
        repaired.append(entity)
    return repaired


MIN_WORDS_AFTER_OPENING_NOUN = 1  # the name left once the noun is cut


def ordinary_words_opening_sentences_untagged(document: Document, entities: list[Entity],
                                              rules: RuleSet) -> list[Entity]:
    """A one-word PER that is an ordinary word capitalised only because it opens its sentence
    ("[Rumor] mengatakan …", "[Siswa-siswi] di ibu kota …") is no entity: the tagger read the
    capital as a name, and as a PER it became a speaker and a person. Only when the article
    never writes the word capitalised inside a sentence and it is no word of people's names
    (`mentions.ordinary_word_opening_a_sentence`). Rule names.word_opening_a_sentence."""
    kept: list[Entity] = []
    for entity in entities:
        word = document.text[entity.start:entity.end]
        tokens = document.tokens_between(entity.start, entity.end) if entity.label == "PER" and " " not in word else []
        if tokens and ordinary_word_opening_a_sentence(document, word, tokens[0], rules):
            continue
        kept.append(entity)
    return kept


def _opening_noun(word: str, lowercase: frozenset[str], rules: RuleSet) -> bool:
    lower = word.lower()
    if not word.isalpha() or not word[:1].isupper() or word.isupper() or lower in rules.person_name_words \
            or lower in rules.also_given_names or rules.is_title_or_role(word):
        return False
    return _derived_noun(lower, rules) or lower in rules.common_words or lower in lowercase


def _derived_noun(lower: str, rules: RuleSet) -> bool:
    """A noun derived by a circumfix (names.yml noun_opening_a_name: ke-…-an, pe-…-an), long
    enough to be no name ("Kekompakan", "Perjuangan")."""
    opening = rules.names.noun_opening_a_name
    return len(lower) >= opening.min_letters and any(
        lower.startswith(prefix) and lower.endswith(suffix) for prefix, suffix in opening.pairs())


def _rest_written_alone(text: str, noun: Token, start: int, end: int) -> bool:
    """Whether the name after the noun stands elsewhere in the text without the noun before it."""
    rest = text[start:end]
    return any(found != start and text[max(0, found - len(noun.text) - 1):found]
               != text[noun.start:start] for found, _ in written_whole(text, rest))


def given_names_after_acronyms(document: Document, entities: list[Entity], rules: RuleSet) -> list[Entity]:
    """A rare given name the tagger left out between an office's acronym and the rest of the
    name ("Deputi Penindakan BPOM Tubagus [Ade Hidayat]", "Corporate Secretary [BRI Agustya]
    [Hendy Bernadi]") is the name's first word: right after an acronym (alone or ending an ORG
    of acronyms), one capitalised word before a PER of two words or more that is no title,
    role, institution head, place, organisation's word, common word or word the article writes
    in lowercase ("Bank Mandiri Rohan Hafas", "BRI Syariah Hery Gunardi" keep the firm's word
    out), and that the article writes nowhere but before that name. The ORG shrinks to its
    acronyms. Rule names.given_name_after_acronym."""
    lowercase = document.words_written_lowercase()
    by_end = {entity.end: entity for entity in entities}
    moved: dict[int, Entity] = {}  # id of an ORG ending in the given name -> what is left of it
    repaired: list[Entity] = []
    for entity in entities:
        word = _given_name_after_acronym(document, entity, by_end, lowercase, rules)
        if word is not None:
            holder = by_end.get(word.end)
            if holder is not None and holder.label == "ORG" and holder.start < word.start:
                moved[id(holder)] = Entity(holder.start, document.text.rindex(" ", holder.start, word.start), "ORG")
            entity = Entity(word.start, entity.end, "PER")
        repaired.append(entity)
    return [moved.get(id(entity), entity) for entity in repaired]


def _given_name_after_acronym(document: Document, entity: Entity, by_end: dict[int, Entity],
                              lowercase: frozenset[str], rules: RuleSet) -> Token | None:
    text = document.text
    if entity.label != "PER" or len(text[entity.start:entity.end].split()) < MIN_WORDS_AFTER_GIVEN_NAME:
        return None
    word = _token_before(document, entity.start)
    if word is None or text[word.end:entity.start] != " " or not _rare_given_name(word.text, lowercase, rules):
        return None
    holder = by_end.get(word.end)
    if holder is not None and (holder.label != "ORG" or not all(
            is_acronym(part) for part in text[holder.start:word.start].split())):
        return None
    acronym = _token_before(document, word.start)
    if acronym is None or text[acronym.end:word.start] != " " or not is_acronym(acronym.text) \
            or (holder is not None and holder.start > acronym.start):
        return None
    return word if written_only_before(text, word.text, text[entity.start:entity.end]) else None


def written_only_before(text: str, word: str, name: str) -> bool:
    """Whether the article writes `word` nowhere but right before `name`: a place or a firm's
    word ("RU VI Balongan" beside "Kilang Balongan", "PDI Perjuangan") stands elsewhere too
    (read by the entity repairs and by the people stage)."""
    return all(text.startswith(" " + name, end)
               for _, end in written_whole(text, word))


MIN_WORDS_AFTER_GIVEN_NAME = 2  # "Tubagus [Ade Hidayat]": the tagged rest of a full name


def _rare_given_name(word: str, lowercase: frozenset[str], rules: RuleSet) -> bool:
    """A capitalised word that can only be a name: no title, role, institution head, place,
    organisation's word, common word or derived noun ("PDI Perjuangan"), never written in
    lowercase by the article."""
    lower = word.lower()
    return word.isalpha() and word[:1].isupper() and not word.isupper() and lower not in lowercase \
        and lower not in rules.common_words and not _other_sense_in_a_name(word, rules)


def _other_sense_in_a_name(word: str, rules: RuleSet) -> bool:
    """Whether a list gives the word a sense inside a name other than a given name: a title or
    role, an institution head, a place word, an organisation's word, a kind word, a derived noun."""
    lower = word.lower()
    return rules.is_title_or_role(word) or lower in rules.institution_heads or lower in rules.place_words \
        or _organisation_word(word, rules) or lower in rules.kind_of_word or _derived_noun(lower, rules)


def given_names_capitalised_mid_sentence(document: Document, entities: list[Entity],
                                         rules: RuleSet) -> list[Entity]:
    """A given name that is also an ordinary word ("Mahasiswa atas nama Bagus [Adi Prayogo]"):
    the tagger leaves it out of the name and the other given-name repairs refuse it for being a
    common word. Its shape shows it: an untagged capitalised word one space before a PER, right
    after a lowercase word, so neither its sentence nor an office's run of capitalised words gave
    it the capital, and the article writes it capitalised nowhere but
    right before that name or alone after a lowercase word ("termasuk Septian dan Bagus").
    The PER is two words or more, or a one-word name the article tags a person again (a
    surname: "dengan Rute [Cardoso]"). Not a title, role, institution head, place,
    organisation's, time or non-name word or derived noun, nor after a lowercase role
    ("pelatih Persib [Bojan Hodak]": the role's team) or a lowercase word that joins
    capitalised words ("Dinas Pemuda, Olahraga, dan Pariwisata [X Y]"), nor in boilerplate
    ("Baca juga Kisah [X]") or before a feast or formula (names.calendar_term words).
    Runs first of the name repairs: the office and place cuts after it judge what it adds.
    Rule names.given_name_mid_sentence."""
    tagged = {(entity.start, entity.end) for entity in entities}
    covered = sorted_reach(entities)
    people = Counter(document.text[entity.start:entity.end] for entity in entities if entity.label == "PER")
    repaired: list[Entity] = []
    for entity in entities:
        word = _given_name_mid_sentence(document, entity, people, covered, rules)
        if word is not None and (word.start, entity.end) not in tagged:
            entity = Entity(word.start, entity.end, "PER")
        repaired.append(entity)
    return repaired


def _given_name_mid_sentence(document: Document, entity: Entity, people: Counter[str],
                             covered: tuple[list[int], list[int]], rules: RuleSet) -> Token | None:
    text = document.text
    name = text[entity.start:entity.end]
    if entity.label != "PER" or (" " not in name and people[name] < MIN_TAGS_OF_A_SURNAME) \
            or any(part.lower() in rules.names.calendar_terms.words for part in name.split()):
        return None  # a feast or formula ("Allah [Subhanahu Wa Ta'ala]") is no name to extend
    word = _token_before(document, entity.start)
    if word is None or text[word.end:entity.start] != " " or not _ordinary_word_as_name(word.text, rules) \
            or overlaps_any(*covered, word.start, word.end) \
            or document.in_boilerplate(word.start):
        return None
    before = _token_before(document, word.start)
    if before is None or text[before.end:word.start] != " " or not _closes_lowercase(document, before, rules):
        return None
    return word if _written_only_as_a_name(document, word.text, name) else None


def _written_only_as_a_name(document: Document, word: str, name: str) -> bool:
    """Whether each other capitalised writing of the word is a name's too: right before that
    name, or alone right after a lowercase word ("termasuk Septian dan Bagus"). A writing that
    opens a sentence or a quote ("“Bagus sekali,”") may be the ordinary word."""
    text = document.text
    for start, end in written_whole(text, word):
        if text.startswith(" " + name, end):
            continue
        prior = _token_before(document, start)
        if prior is None or not prior.text.isalpha() or not prior.text.islower() or text[prior.end:start] != " ":
            return False
    return True


MIN_TAGS_OF_A_SURNAME = 2  # a one-word PER tagged again: the article names the person by it


def _ordinary_word_as_name(word: str, rules: RuleSet) -> bool:
    """A capitalised word of letters (no acronym) that no list gives another sense in a name."""
    lower = word.lower()
    return word.isalpha() and word[:1].isupper() and word[1:].islower() and not _other_sense_in_a_name(word, rules) \
        and lower not in rules.time_words and lower not in rules.non_name_words


def _joins_capitalised_words(document: Document, lowercase: Token) -> bool:
    """Whether a lowercase word follows a capitalised word (a comma between them or not): it
    joins the words of an office or a body ("Dinas Pemuda, Olahraga, dan Pariwisata", "Pusat
    Riset dan Pengembangan"), and the capitalised word after it is the run's, not a name's."""
    prior = _token_before(document, lowercase.start)
    if prior is not None and prior.text == ",":
        prior = _token_before(document, prior.start)
    return prior is not None and prior.text[:1].isupper() and prior.text.isalpha()


def _closes_lowercase(document: Document, before: Token, rules: RuleSet) -> bool:
    """Whether the token before the word leaves it no reason for a capital: a lowercase word
    that is no role and joins no capitalised words. A closing bracket does not: an office's
    short form is followed by the rest of the office ("Direktur Jenderal (Dirjen) Pajak")."""
    return before.text.isalpha() and before.text.islower() and not rules.is_title_or_role(before.text) \
        and not _joins_capitalised_words(document, before)


def given_names_closing_places(document: Document, entities: list[Entity], rules: RuleSet) -> list[Entity]:
    """The tagger runs a given name into the place or organisation before the rest of the name
    ("Manajer RU [VI Balongan Ely] [Chandra …]"): a word news writes as a person's given name
    (names.yml person_name_words) that closes a LOC or ORG of two words or more one space before a
    PER of two words or more is that name's first word, when it is a rare given name by
    `_rare_given_name` (no place, common or organisation's word, never in lowercase) and the
    article writes it nowhere but right before that name (a place named for a person, "Desa
    Rina", stands elsewhere too). The LOC or ORG shrinks to the words before it.
    Rule names.given_name_closing_a_place."""
    text = document.text
    lowercase = document.words_written_lowercase()
    by_end = {entity.end: entity for entity in entities}
    moved: dict[int, Entity] = {}  # id of the LOC or ORG the given name closed -> what is left of it
    repaired: list[Entity] = []
    for entity in entities:
        word = _given_name_closing_a_place(document, entity, by_end, lowercase, rules)
        if word is not None:
            holder = by_end[word.end]
            moved[id(holder)] = Entity(holder.start, text.rindex(" ", holder.start, word.start), holder.label)
            entity = Entity(word.start, entity.end, "PER")
        repaired.append(entity)
    return [moved.get(id(entity), entity) for entity in repaired]


def _given_name_closing_a_place(document: Document, entity: Entity, by_end: dict[int, Entity],
                                lowercase: frozenset[str], rules: RuleSet) -> Token | None:
    text = document.text
    if entity.label != "PER" or len(text[entity.start:entity.end].split()) < MIN_WORDS_AFTER_GIVEN_NAME:
        return None
    word = _token_before(document, entity.start)
    if word is None or text[word.end:entity.start] != " " or word.text.lower() not in rules.person_name_words \
            or not _rare_given_name(word.text, lowercase, rules):
        return None
    holder = by_end.get(word.end)
    if holder is None or holder.label not in ("LOC", "ORG") or holder.start >= word.start:
        return None
    return word if written_only_before(text, word.text, text[entity.start:entity.end]) else None


def people_opened_by_ranks(document: Document, entities: list[Entity], rules: RuleSet) -> list[Entity]:
    """The model tags a full name written after a rank or title as a place or organisation
    ("Kapolsek Tebing, [Akp Rudi Siregar|LOC]"): a rank or honorific opens a person's name,
    never a place's, so an ORG or LOC that opens with titles (names.yml titles) followed by
    one to max_name_words capitalised name words is a PER. Not when a word after the titles is
    an acronym, an organisation's or common word, an institution head, a title or role, or the
    first is a place word or one news writes after a thing's or organisation's head and never
    in a person's name (names.yml other_name_words less person_name_words: "TNI Angkatan
    Darat", "Jenderal Sumber Daya Air Kementerian …").
    Rule names.rank_opens_a_name (rules/names.yml)."""
    repaired: list[Entity] = []
    for entity in entities:
        if entity.label in ("LOC", "ORG") and _rank_and_name(document.text[entity.start:entity.end].split(), rules):
            entity = Entity(entity.start, entity.end, "PER")
        repaired.append(entity)
    return repaired


def _rank_and_name(words: list[str], rules: RuleSet) -> bool:
    """Whether the words are titles and then a person's name of at most max_name_words words."""
    titles = leading_titles(words, rules.is_title)
    name = words[titles:]
    first = name[0].lower() if name else ""
    if not titles or not name or len(name) > rules.names.rank_opens_a_name.max_name_words \
            or first in rules.place_words or (first in rules.other_name_words and first not in rules.person_name_words):
        return False
    return all(_name_like(word, rules) and not is_acronym(word) and not _organisation_word(word, rules)
               and word.lower() not in rules.common_words for word in name)


def offices_before_ranks(document: Document, entities: list[Entity], rules: RuleSet) -> list[Entity]:
    """The model runs the place or body of an office into the holder's name when a rank stands
    between them ("Wakapolda [Sulbar Brigjen Rachmat Pamudji]"): a rank (speakers.yml ranks,
    never a common word: `Muda` in "Iskandar Muda") comes before a name, never inside one, so
    the words before it are the office's and the name starts after the ranks, when one to
    max_name_words name words are left. Those words, tagged PER on their own elsewhere
    ("Wakapolda [Sulbar] kemudian …"), are the office's there too, no person.
    Rule names.rank_inside_a_name (rules/names.yml)."""
    repaired: list[Entity] = []
    offices: set[str] = set()
    for entity in entities:
        tokens = document.tokens_between(entity.start, entity.end) if entity.label == "PER" else []
        cut = _name_after_inner_ranks([token.text for token in tokens], rules)
        if cut is not None:
            rank, start = cut
            offices.add(document.text[entity.start:tokens[rank].start].strip())
            entity = Entity(tokens[start].start, entity.end, "PER")
        repaired.append(entity)
    return [entity for entity in repaired
            if not (entity.label == "PER" and document.text[entity.start:entity.end] in offices)]


def _name_after_inner_ranks(words: list[str], rules: RuleSet) -> tuple[int, int] | None:
    """Where the ranks and the name after them start in words that hold a rank after their
    first word and then name words only, or None."""
    for position in range(1, len(words) - 1):
        if not _inner_rank(words[position], rules):
            continue
        start = position + leading_titles(words[position:], rules.is_title)
        name = words[start:]
        if start > position and 0 < len(name) <= rules.names.rank_inside_a_name.max_name_words \
                and all(_name_like(word, rules) and not is_acronym(word) for word in name):
            return position, start
        return None
    return None


def _inner_rank(word: str, rules: RuleSet) -> bool:
    """A rank written as one (capitalised or an acronym), which no name holds: not a common word
    nor a word that is also a given name."""
    lower = word.lower().rstrip(".")
    return word[:1].isupper() and lower in rules.ranks and lower not in rules.common_words \
        and lower not in rules.also_given_names


def people_cut_from_organisations(document: Document, entities: list[Entity], rules: RuleSet) -> list[Entity]:
    """The model runs an office and its holder into one ORG or LOC ("Direktur [Retail Banking
    BNI Tambok Setyawati]"); where the article names the holder by one word alone as a person
    ("ujar Tambok"), never as a place or organisation, the name is cut from the entity's end:
    from that word when it also opens a person's name (a given name) or, for a word that never
    does (a surname) and ends the entity, from the one given name before it, unless that word
    is a place or a common word ("Provinsi Sumatra Barat Burhasman").
    Rule names.person_in_organisation (rules/names.yml)."""
    places = {document.text[e.start:e.end].lower() for e in entities if e.label in ("LOC", "ORG")
              and " " not in document.text[e.start:e.end]}
    alone = {document.text[e.start:e.end].lower() for e in entities if e.label == "PER"
             and " " not in document.text[e.start:e.end]} - places
    openers = {document.text[e.start:e.end].split()[0].lower() for e in entities if e.label == "PER"
               and " " in document.text[e.start:e.end]}
    given = alone & openers
    surnames = alone - openers
    repaired: list[Entity] = []
    for entity in entities:
        tokens = document.tokens_between(entity.start, entity.end) if entity.label in ("LOC", "ORG") else []
        cut = _name_start_in(tokens, given, surnames, places, rules, document) if len(tokens) > 1 else None
        repaired.extend(_organisation_and_holder(entity, tokens, cut, entity.label))
    return repaired


def people_named_in_full_elsewhere(document: Document, entities: list[Entity], rules: RuleSet) -> list[Entity]:
    """The model runs a firm or place into a person's full name, tagged one ORG or LOC
    ("Pendiri [Amazon Inc Jeff Bezos]"), where the article tags that full name as a person
    elsewhere ("Jeff Bezos"): the closing words that spell such a PER of two words or more are
    cut as the person, when the word before them opens no organisation ("PT [Indra Karya]" is
    the firm's own name). The article's own reading of the name decides, no list of names.
    Rule names.person_named_in_full_elsewhere (rules/names.yml)."""
    full_names = {words for words in (_lowered(document, e) for e in entities if e.label == "PER")
                  if len(words) >= MIN_HOLDER_NAME_WORDS}
    longest = rules.names.person_named_in_full_elsewhere.max_name_words
    repaired: list[Entity] = []
    for entity in entities:
        tokens = document.tokens_between(entity.start, entity.end) if entity.label in ENCLOSING_LABELS else []
        cut = _full_name_closing(tokens, full_names, longest, rules) if full_names else None
        repaired.extend(_organisation_and_holder(entity, tokens, cut, entity.label))
    return repaired


def _full_name_closing(tokens: list[Token], full_names: set[tuple[str, ...]], longest: int,
                       rules: RuleSet) -> int | None:
    """Where a full name the article tags as a person starts among an entity's closing words,
    the longest first; never at the entity's first word (the whole entity is the labels' vote,
    one_sense_per_article) nor right after an organisation's opening noun ("PT")."""
    lowered = tuple(token.text.lower() for token in tokens)
    for cut in range(max(1, len(tokens) - longest), len(tokens) - MIN_HOLDER_NAME_WORDS + 1):
        if lowered[cut:] in full_names and lowered[cut - 1] not in rules.kind_words.organisation \
                and all(_name_like(token.text, rules) for token in tokens[cut:]):
            return cut
    return None


def people_after_legal_forms(document: Document, entities: list[Entity], rules: RuleSet) -> list[Entity]:
    """A firm's legal form closes its name ("Inc", "LLC", "Plc", "Tbk"), so capitalised name
    words after one inside an ORG, LOC or PER ("partner di kantor hukum [Rower LLC Karin
    Lundell]", "CEO [Glencore Plc Ivan Glasenberg]") are no longer the firm's: two to
    max_name_words name words (no acronym, organisation, place or common word) that end the
    entity are its holder, cut as PER, and the words up to the legal form the organisation.
    Rule names.person_after_legal_form (rules/names.yml)."""
    rule = rules.names.person_after_legal_form
    repaired: list[Entity] = []
    for entity in entities:
        tokens = document.tokens_between(entity.start, entity.end)
        cut = _name_after_legal_form(tokens, rule.words, rule.max_name_words, rules) if len(tokens) > 2 else None
        repaired.extend(_organisation_and_holder(entity, tokens, cut))
    return repaired


def _name_after_legal_form(tokens: list[Token], legal_forms: Sequence[str], longest: int,
                           rules: RuleSet) -> int | None:
    """Where the holder's name starts after the last legal form inside an entity (which must
    not open it: the firm's own name stands before), if MIN_HOLDER_NAME_WORDS to `longest`
    name words follow it to the entity's end."""
    forms = [at for at, token in enumerate(tokens) if token.text.lower().rstrip(".") in legal_forms]
    if not forms or forms[-1] == 0:
        return None
    cut = forms[-1] + 1
    tail = [token.text for token in tokens[cut:]]
    if not MIN_HOLDER_NAME_WORDS <= len(tail) <= longest:
        return None
    return cut if all(_holder_name_word(word, rules) for word in tail) else None


def _holder_name_word(word: str, rules: RuleSet) -> bool:
    """A word of a person's name after a firm: name-like, and no acronym, organisation's word,
    place or common word."""
    lower = word.lower()
    return _name_like(word, rules) and not _organisation_word(word, rules) and lower not in rules.place_words \
        and lower not in rules.common_words


def people_given_an_age(document: Document, entities: list[Entity], rules: RuleSet) -> list[Entity]:
    """News gives a person's age in brackets right after the name ("Elok Rumantrini (40) Crew
    Kapal", "warga desa, Rosianoor (27)"); a place or organisation has none, so an ORG or LOC
    with an age right after it (names.age_after_name: at most max_digits digits, perhaps a
    unit) is relabelled PER. Initials with an age are left to the people stage's initials rule
    (names.age_after_name), which reads them tagged or not.
    Rule names.aged_place_or_organisation (rules/names.yml)."""
    rule = rules.names.age_after_name
    age = age_pattern(tuple(rule.units), rule.max_digits)
    max_letters = rules.names.initials_markers.max_letters
    repaired: list[Entity] = []
    for entity in entities:
        name = document.text[entity.start:entity.end]
        if entity.label in ENCLOSING_LABELS and age.match(document.text, entity.end) \
                and not (is_acronym(name) and len(name) <= max_letters):
            entity = Entity(entity.start, entity.end, "PER")
        repaired.append(entity)
    return repaired


def people_cut_from_affiliations(document: Document, entities: list[Entity], rules: RuleSet) -> list[Entity]:
    """The model runs a firm or office's words into the holder's name ("Analis [Mandala Sekuritas
    Dimas Pratama]"); where the article names the holder alone by a later word of that PER,
    as a person and never as a place or organisation ("ujar Dimas"), the name starts there,
    taking in the person-name words right before it ("Muhammad" of "Sekuritas Muhammad Fikri
    Aji"), when the words before hold an organisation's word or an acronym; they become an
    organisation. A full name whose words before the one given alone are name words ("Sri
    Wahyuni Lestari" beside "Wahyuni"), or rare given names ("Hanta Yuda Rasyid"), is not cut.
    Rule names.person_after_organisation (rules/names.yml)."""
    places = {document.text[e.start:e.end].lower() for e in entities if e.label in ("LOC", "ORG")}
    alone = {document.text[e.start:e.end].lower() for e in entities if e.label == "PER"
             and " " not in document.text[e.start:e.end]} - places
    repaired: list[Entity] = []
    for entity in entities:
        tokens = document.tokens_between(entity.start, entity.end) if entity.label == "PER" else []
        cut = _holder_start_in(tokens, alone, rules) if len(tokens) >= MIN_AFFILIATED_NAME_TOKENS else None
        repaired.extend(_organisation_and_holder(entity, tokens, cut))
    return repaired


def _organisation_and_holder(entity: Entity, tokens: list[Token], cut: int | None,
                             label: str = "ORG") -> list[Entity]:
    """The entity as it was when nothing is cut; else its words before `cut` as the ORG (or,
    where the repair keeps it, the entity's own `label`) and the rest as the PER who holds its
    office or whom the model ran into it (every repair that cuts a person off an entity's end
    splits so)."""
    if cut is None:
        return [entity]
    return [Entity(entity.start, tokens[cut - 1].end, label), Entity(tokens[cut].start, entity.end, "PER")]


CLAUSE_LOOKAHEAD_CHARS = 40  # enough for a comma and the word after an entity
INITIAL_DOT = "."
MIN_HOLDER_NAME_WORDS = 2  # "Kartika Wirjoatmodjo": one capitalised word after a firm is too often its own


def people_after_named_organisations(document: Document, entities: list[Entity], rules: RuleSet) -> list[Entity]:
    """The model runs an office's organisation into its holder's name, tagged one ORG
    ("Direktur Utama [PT Bank Mandiri Tbk Kartika Wirjoatmodjo]"), and the holder is named
    nowhere else, so people_cut_from_organisations cannot cut it. Where the ORG follows an
    office or title, and its opening words are an organisation the article names alone as an
    ORG ("Bank Mandiri"), past the firm's own name words ("Tbk"), the two to max_name_words
    capitalised words left at its end are the holder: cut as PER. A person needs no listing,
    only what the article itself shows the organisation to be.
    Rule names.person_after_named_organisation (rules/names.yml)."""
    organisations = {_lowered(document, entity) for entity in entities if entity.label == "ORG"}
    places = {document.text[e.start:e.end].lower() for e in entities if e.label in ("LOC", "ORG")
              and " " not in document.text[e.start:e.end]}
    repaired: list[Entity] = []
    for entity in entities:
        cut = None
        if entity.label == "ORG" and _after_an_office(document, entity, rules) and _opens_a_clause(document, entity):
            own = _lowered(document, entity)
            cut = _holder_after_organisation(document.tokens_between(entity.start, entity.end),
                                             organisations - {own}, places, rules)
        tokens = document.tokens_between(entity.start, entity.end) if cut is not None else []
        repaired.extend(_organisation_and_holder(entity, tokens, cut))
    return repaired


def holders_after_office_acronyms(document: Document, entities: list[Entity], rules: RuleSet) -> list[Entity]:
    """The model runs an office's acronym and its holder's name into one ORG or LOC ("Wakil
    Direktur Utama [BRI Sunarso] menyatakan"), and the holder, often named once, has no other
    writing that people_cut_from_organisations could read. An office or title right before an
    acronym (no organisation's kind word such as "PT", whose name follows it) names an
    institution whose holder comes next; one to max_name_words holder-name words (no acronym,
    organisation word, place, common word, nor a one-word place or organisation of the article)
    that end the entity, followed by the holder's predicate (an active verb, alone or after a
    comma), are the holder: cut as PER. One word is enough here, unlike after a named
    organisation: the news pool writes "office ACRONYM Name verb" for a person nineteen times
    in twenty. Rule names.holder_after_office_acronym (rules/names.yml)."""
    places = {document.text[e.start:e.end].lower() for e in entities if e.label in ENCLOSING_LABELS
              and " " not in document.text[e.start:e.end]}
    longest = rules.names.holder_after_office_acronym.max_name_words
    repaired: list[Entity] = []
    for entity in entities:
        tokens = document.tokens_between(entity.start, entity.end) if entity.label in ENCLOSING_LABELS else []
        cut = _holder_after_acronym(document, entity, tokens, places, longest, rules) if len(tokens) > 1 else None
        repaired.extend(_organisation_and_holder(entity, tokens, cut, entity.label))
    return repaired


def _holder_after_acronym(document: Document, entity: Entity, tokens: list[Token], places: set[str],
                          longest: int, rules: RuleSet) -> int | None:
    """Where the holder's name starts after the entity's last acronym, when an office stands
    right before that acronym and the entity opens a clause."""
    acronyms = [at for at, token in enumerate(tokens[:-1]) if is_acronym(token.text)]
    if not acronyms:
        return None
    at = acronyms[-1]
    tail = [token.text for token in tokens[at + 1:]]
    if len(tail) > longest or tokens[at].text.lower() in rules.kind_words.organisation \
            or not all(_holder_name_word(word, rules) and word.lower() not in places for word in tail):
        return None
    office = tokens[at - 1] if at > 0 else _token_before(document, entity.start)
    if office is None or not office.text[:1].isupper() or not rules.is_title_or_role(office.text) \
            or not _active_verb_follows(document, entity, rules):
        return None
    return at + 1


def _active_verb_follows(document: Document, entity: Entity, rules: RuleSet) -> bool:
    """Whether an active verb (me-/ber-), alone or after a comma, follows the entity: the holder's
    predicate ("… BRI Sunarso menyatakan"); a copula or a relative word ("CEO HYBE America
    adalah …") follows an organisation's name as often."""
    after = _token_after_past_comma(document, entity)
    return after is not None and rules.is_active_verb(after.text)


def organisation_words_opening_names(document: Document, entities: list[Entity], rules: RuleSet) -> list[Entity]:
    """The model splits a firm's name and runs its last words into its holder's name ("Direktur
    Sili [Gadai Nusantara Rainaldus Bramy]"); where the article tags an organisation elsewhere
    that ends in the PER's opening words ("PT Sili Gadai Nusantara"), those words are the
    organisation's, cut as ORG, when at least MIN_HOLDER_NAME_WORDS name words are left: an
    organisation's closing words never open a person's name. Only the article's own entities
    are read. Rule names.organisation_opening_a_name (rules/names.yml)."""
    organisations = [(entity, _lowered(document, entity)) for entity in entities if entity.label == "ORG"]
    repaired: list[Entity] = []
    for entity in entities:
        tokens = document.tokens_between(entity.start, entity.end) if entity.label == "PER" else []
        cut = _organisation_end_in(entity, tokens, organisations, rules) \
            if len(tokens) > MIN_HOLDER_NAME_WORDS else None
        repaired.extend(_organisation_and_holder(entity, tokens, cut))
    return repaired


def organisations_written_alone_opening_names(document: Document, entities: list[Entity],
                                              rules: RuleSet) -> list[Entity]:
    """The model runs a one-word organisation after an office into its holder's full name
    ("CEO [Rivanta Dimas Prakoso] mengatakan"), and the canonical name keeps the firm. Where a
    capitalised office or title stands right before a PER of three words or more, and the
    article writes its first word elsewhere, not before the name's next word, either right after
    an organisation's kind word ("PT Rivanta Sport", "Perum Rivanta": the model tags such a
    brand PER alone as often) or, where it is never tagged PER alone, outside every PER and LOC
    ("Rivanta membuka gerai"), that word is the organisation: cut as ORG, the rest (two name
    words or more) the holder. A given name is tagged PER where it stands alone; a listed given name
    (also_given_names, person_name_words) is never cut.
    Rule names.organisation_written_alone_opening_a_name (rules/names.yml)."""
    alone = {document.text[e.start:e.end] for e in entities if e.label == "PER"}
    named = [entity for entity in entities if entity.label in ("PER", "LOC")]
    repaired: list[Entity] = []
    for entity in entities:
        tokens = document.tokens_between(entity.start, entity.end) if entity.label == "PER" else []
        opened = len(tokens) > MIN_HOLDER_NAME_WORDS and _organisation_opening_a_holder(document, tokens, alone,
                                                                                         named, rules)
        repaired.extend(_organisation_and_holder(entity, tokens, 1 if opened else None))
    return repaired


def _organisation_opening_a_holder(document: Document, tokens: list[Token], alone: set[str], named: list[Entity],
                                   rules: RuleSet) -> bool:
    """Whether the PER's first word is an organisation the article writes on its own after an
    office (`organisations_written_alone_opening_names`)."""
    first, second = tokens[0], tokens[1]
    lower = first.text.lower()
    office = _token_before(document, first.start)
    if office is None or not office.text[:1].isupper() or not rules.is_title_or_role(office.text) \
            or lower in rules.also_given_names or lower in rules.person_name_words \
            or not first.text[:1].isupper() or not all(_name_like(token.text, rules) for token in tokens[1:]):
        return False
    return any(_word_after(document, other) != second.text
               and (_after_an_organisation_noun(document, other, rules)
                    or (first.text not in alone and _outside_names(other, named)))
               for other in document.tokens_with_text(first.text) if other.start != first.start)


def _after_an_organisation_noun(document: Document, token: Token, rules: RuleSet) -> bool:
    """Whether an organisation's kind word stands right before the token ("PT [Decathlon] Sports",
    "Perum [Jamkrindo]"): the word names the organisation, even where the model tags it PER alone."""
    before = _token_before(document, token.start)
    return before is not None and before.text.lower() in rules.kind_words.organisation


def _outside_names(token: Token, named: list[Entity]) -> bool:
    """Whether a writing of a word stands outside every PER and LOC entity."""
    return not any(entity.start <= token.start and token.end <= entity.end for entity in named)


def _word_after(document: Document, token: Token) -> str | None:
    """The text of the token right after `token`, if one follows within the clause lookahead."""
    after = document.tokens_between(token.end, token.end + CLAUSE_LOOKAHEAD_CHARS)[:1]
    return after[0].text if after else None


def organisations_split_before_names(document: Document, entities: list[Entity], rules: RuleSet) -> list[Entity]:
    """The model leaves an organisation's first words outside and runs the rest into its holder's
    name ("Direktur Utama PT [Sarana Tirta Hendra Wijaya]", "Manajer LRT [Metro Dimas Prakoso]"):
    where the capitalised word right before the PER and the PER's opening words are, in that order,
    a run of words of an organisation the article tags elsewhere ("PT Sarana Tirta Tbk",
    "LRT Metro"), those opening words are the organisation's, cut as ORG, when at least
    MIN_HOLDER_NAME_WORDS name words are left. The word before anchors the cut: an organisation
    named after a person ("Yayasan Nina") cuts nothing from "Nina Kartika Sari" written after
    another word. Only the article's own entities are read.
    Rule names.organisation_split_before_a_name (rules/names.yml)."""
    organisations = [(entity, _lowered(document, entity)) for entity in entities if entity.label == "ORG"]
    repaired: list[Entity] = []
    for entity in entities:
        tokens = document.tokens_between(entity.start, entity.end) if entity.label == "PER" else []
        cut = _split_organisation_end_in(document, entity, tokens, organisations, rules) \
            if organisations and len(tokens) > MIN_HOLDER_NAME_WORDS else None
        repaired.extend(_organisation_and_holder(entity, tokens, cut))
    return repaired


def _split_organisation_end_in(document: Document, person: Entity, tokens: list[Token],
                               organisations: list[tuple[Entity, tuple[str, ...]]], rules: RuleSet) -> int | None:
    """Where the name starts in a PER whose opening words continue the capitalised word before it
    as a run of an organisation tagged elsewhere (`organisations_split_before_names`), the
    longest such opening first."""
    before = _token_before(document, person.start)
    if before is None or not before.text[:1].isupper():
        return None
    lowered = tuple(token.text.lower() for token in tokens)
    for cut in range(len(tokens) - MIN_HOLDER_NAME_WORDS, 0, -1):
        if not all(_name_like(token.text, rules) for token in tokens[cut:]):
            continue
        run = (before.text.lower(), *lowered[:cut])
        if any(holds_run(words, run) for other, words in organisations
               if other.end <= before.start or other.start >= person.end):
            return cut
    return None


def institutions_inside_names(document: Document, entities: list[Entity], rules: RuleSet) -> list[Entity]:
    """The model runs an office's unit and institution into its holder's name ("Direktur Jenderal
    [Pauddasmen Kemendikti Sinta Maharani]", "Kepala [Humas KPK Budi Prasetyo]"): a person's name
    holds no institution written as one word, an institution's short form (`institution_prefixes`:
    Kemendikti) or a listed institution acronym (`institution_heads`: KPK, BNN). Where a PER holds
    one followed by at least MIN_HOLDER_NAME_WORDS name words, the words through it are cut as
    ORG and the rest is the holder (a PER that opens with one is relabelled ORG whole earlier).
    Rule names.institution_inside_a_name (rules/names.yml)."""
    repaired: list[Entity] = []
    for entity in entities:
        tokens = document.tokens_between(entity.start, entity.end) if entity.label == "PER" else []
        cut = _institution_end_in(tokens, rules) if len(tokens) > MIN_HOLDER_NAME_WORDS else None
        repaired.extend(_organisation_and_holder(entity, tokens, cut))
    return repaired


def _institution_end_in(tokens: list[Token], rules: RuleSet) -> int | None:
    """Where the holder's name starts after the last one-word institution inside a PER, when the
    words after it are MIN_HOLDER_NAME_WORDS name words or more."""
    for at in range(len(tokens) - MIN_HOLDER_NAME_WORDS - 1, -1, -1):
        word = tokens[at].text
        if _one_word_institution(word, rules):
            names = tokens[at + 1:]
            return at + 1 if all(_name_like(token.text, rules) for token in names) else None
    return None


def _one_word_institution(word: str, rules: RuleSet) -> bool:
    """An institution written as one word: a short form with a listed prefix, or an acronym the
    institution heads list ("KPK", "BNN"); no person's name holds one."""
    return _institution_short_form(word, rules) or (is_acronym(word) and word.lower() in rules.institution_heads)


# Closing words of an organisation that may be cut from a name: one word is as often the given
# name an organisation is named after ("Yayasan [Nina]" beside "Nina Kartika Sari"), and a
# one-word organisation before a name ("[Microsoft] Budi Hartono") is an affiliation the people
# stage cuts and records (names.affiliation_head); two words or more are cut here.
MIN_ORGANISATION_WORDS_CUT = 2


def _organisation_end_in(person: Entity, tokens: list[Token], organisations: list[tuple[Entity, tuple[str, ...]]],
                         rules: RuleSet) -> int | None:
    """Where the name starts in a PER that opens with the closing words (at least
    MIN_ORGANISATION_WORDS_CUT of them) of an organisation tagged elsewhere in the article,
    the longest such opening first."""
    lowered = tuple(token.text.lower() for token in tokens)
    for cut in range(len(tokens) - MIN_HOLDER_NAME_WORDS, 0, -1):
        if not all(_name_like(token.text, rules) for token in tokens[cut:]):
            continue
        if cut < MIN_ORGANISATION_WORDS_CUT:
            break
        if any(words[-cut:] == lowered[:cut] for other, words in organisations
               if len(words) >= cut and (other.end <= person.start or other.start >= person.end)):
            return cut
    return None


MIN_WORDS_AFTER_AN_OFFICE = 2  # a given name and a surname: one word after an office is as often the office's


def offices_opening_names(document: Document, entities: list[Entity], rules: RuleSet) -> list[Entity]:
    """The model runs an office no rule list knows into the holder's name ("[Jampidsus Febrie
    Ardiansyah]"); the news pool writes the word before its place, institution or acronym
    (names.yml office_opening_a_name), so a PER that opens with it starts at the next word, when
    two name words or more are left, the next is no place, institution or acronym (the pool's
    "Hotman Paris" counted "Hotman" as an office), and the article writes that word elsewhere
    without the office before it ("Kejagung Febrie"): a given name the pool reads as an office
    ("Puteri") opens a name whose next word only ever follows it.
    Rule names.office_opening_a_name (rules/names.yml)."""
    repaired: list[Entity] = []
    writings: WritingsWithout = {}
    for entity in entities:
        tokens = document.tokens_between(entity.start, entity.end) if entity.label == "PER" else []
        if len(tokens) > MIN_WORDS_AFTER_AN_OFFICE and _office_before_a_name(document, tokens, rules, writings):
            entity = Entity(tokens[1].start, entity.end, "PER")
        repaired.append(entity)
    return repaired


# (word, office) -> the starts of the article's writings of the word without the office right
# before it: kept per repair pass, as each mention of a name asks it again
WritingsWithout = dict[tuple[str, str], list[int]]


def _office_before_a_name(document: Document, tokens: list[Token], rules: RuleSet,
                          writings: WritingsWithout) -> bool:
    """Whether `tokens` are a pool office and a name whose first word the article also writes,
    somewhere else, without that office before it (`offices_opening_names`)."""
    office, given = tokens[0], tokens[1]
    lower = given.text.lower()
    if office.text.lower() not in rules.pool_offices or office.text.lower() in rules.also_given_names \
            or not all(_name_like(token.text, rules) for token in tokens[1:]) or is_acronym(given.text) \
            or lower in rules.place_words or lower in rules.institution_heads:
        return False
    key = (given.text, office.text)
    if key not in writings:
        writings[key] = _writings_without_office(document, given.text, office.text)
    return any(start != given.start for start in writings[key])


def _writings_without_office(document: Document, word: str, office: str) -> list[int]:
    """Where the article writes `word` (a token of that text) with no token `office` right
    before it. Found once per word and office from the document's tokens by text: asked anew
    for each mention, with every other writing read, a name written a thousand times after
    its office took a million steps."""
    starts = []
    for token in document.tokens_with_text(word):
        before = _token_before(document, token.start)
        if before is None or before.text != office:
            starts.append(token.start)
    return starts


def _lowered(document: Document, entity: Entity) -> tuple[str, ...]:
    return tuple(token.text.lower() for token in document.tokens_between(entity.start, entity.end))


def _after_an_office(document: Document, entity: Entity, rules: RuleSet) -> bool:
    """Whether an office or title stands right before the entity ("Direktur Utama [PT …]")."""
    before = _token_before(document, entity.start)
    return before is not None and rules.is_title_or_role(before.text)


def _opens_a_clause(document: Document, entity: Entity) -> bool:
    """Whether a lowercase word (a predicate), alone or after a comma, follows the entity: the
    holder named after an office opens a clause ("… Tbk Kartika Wirjoatmodjo menyebut …"); in a
    list of holders ("X selaku Direktur Utama PT Pertamina Patra Niaga, Y selaku …") the name
    came first and the tail is the organisation's own."""
    after = _token_after_past_comma(document, entity)
    return after is not None and after.text[:1].islower()


def _token_after_past_comma(document: Document, entity: Entity) -> Token | None:
    """The word right after the entity, or after the comma that follows it, within the clause
    lookahead: where the predicate of a name that opens a clause stands."""
    after = document.tokens_between(entity.end, entity.end + CLAUSE_LOOKAHEAD_CHARS)[:2]
    if after and after[0].text == ",":
        after = after[1:]
    return after[0] if after else None


def _holder_after_organisation(tokens: list[Token], organisations: set[tuple[str, ...]], places: set[str],
                               rules: RuleSet) -> int | None:
    """Where the holder's name starts in an ORG that opens with an organisation the article
    names alone, if two to max_name_words name words end it."""
    words = [token.text for token in tokens]
    lowered = tuple(word.lower() for word in words)
    longest = rules.names.person_after_named_organisation.max_name_words
    for start in range(max(1, len(words) - longest), len(words) - MIN_HOLDER_NAME_WORDS + 1):
        tail = words[start:]
        if not all((_name_like(word, rules) or _middle_initial(tail, at)) and not _organisation_word(word, rules)
                   for at, word in enumerate(tail)) \
                or any(word.lower() in places for word in tail) \
                or all(word.lower() in rules.common_words for word in tail):
            continue
        stop = start
        while stop > 1 and _organisation_word(words[stop - 1], rules):
            stop -= 1
        if any(lowered[first:end] in organisations for end in range(stop, start + 1) for first in range(end)):
            return start
    return None


def _middle_initial(words: list[str], at: int) -> bool:
    """Whether the word at `at` is an initial with its dot between two name words ("David E.
    Sumual"): news writes middle initials so; a dotted initial opening or closing a run is as
    often an organisation's abbreviation."""
    word = words[at]
    return 0 < at < len(words) - 1 and len(word) == len(INITIAL_DOT) + 1 and word[0].isupper() \
        and word[0].isalpha() and word.endswith(INITIAL_DOT)


def _holder_start_in(tokens: list[Token], alone: set[str], rules: RuleSet) -> int | None:
    """Where the holder's name starts in a PER run on from an organisation's words, if it does."""
    for position in range(1, len(tokens)):
        if tokens[position].text.lower() not in alone or not all(_name_like(t.text, rules) for t in tokens[position:]):
            continue
        start = position
        while start > 0 and _person_name_word(tokens[start - 1].text, rules):
            start -= 1
        return start if start > 0 and any(_organisation_word(t.text, rules) for t in tokens[:start]) else None
    return None


def _person_name_word(word: str, rules: RuleSet) -> bool:
    """A word news writes as a person's name (names.yml person_name_words, a name prefix such as
    the Balinese "I"), not a common word."""
    lower = word.lower()
    return lower in rules.name_prefixes or (_name_like(word, rules) and lower in rules.person_name_words
                                            and lower not in rules.common_words)


def _organisation_word(word: str, rules: RuleSet) -> bool:
    """A word that shows an organisation's name: an acronym ("BCA") or a word organisations
    carry (names.yml kind_words organisation and name_words, person_after_organisation words)."""
    lower = word.lower()
    kinds = rules.kind_words
    return is_acronym(word) or lower in kinds.organisation or lower in kinds.name_words \
        or lower in rules.names.person_after_organisation.words


def _name_start_in(tokens: list[Token], given: set[str], surnames: set[str], places: set[str],
                   rules: RuleSet, document: Document) -> int | None:
    """Where a person's name starts in an organisation's tokens, if one ends them."""
    longest = rules.names.person_in_organisation.max_name_words
    for position in range(max(1, len(tokens) - longest), len(tokens)):
        tail = tokens[position:]
        if not all(_name_like(t.text, rules) for t in tail):
            continue
        word = tokens[position].text.lower()
        if word in given or (word in surnames and position < len(tokens) - 1):
            return position
        if word in surnames:
            return position - 1 if position > 1 and _given_name_before(tokens[position - 1], word, places, rules, \
                                                                        document) else position
    return None


def _given_name_before(token: Token, surname: str, places: set[str], rules: RuleSet, document: Document) -> bool:
    """Whether the word before a surname is its given name: a name-like word that is no place,
    acronym or common word, and that the article writes nowhere but before that surname
    ("Sumatra Barat Burhasman": "Barat" also stands in "Jawa Barat")."""
    lower = token.text.lower()
    if not _name_like(token.text, rules) or token.text.isupper() or lower in places or lower in rules.place_words \
            or lower in rules.common_words:
        return False
    tokens = document.tokens
    return all(position + 1 < len(tokens) and tokens[position + 1].text.lower() == surname
               for position, other in enumerate(tokens) if other.text.lower() == lower)


def given_names_left_out(document: Document, entities: list[Entity], rules: RuleSet) -> list[Entity]:
    """The model leaves the given name out of a full name after an office's acronym ("OJK
    Deden [Firman Hendarsyah]", or tags it apart: "[Deden] [Firman Hendarsyah]") and tags it
    alone elsewhere ("Deden menegaskan"): a PER of two words or more takes in the capitalised
    word one space before it, untagged or a one-word PER, when the article tags that word
    alone as a person or right after an honorific ("dr. Ina [Agustina Isturini]"), and it is no
    place, acronym, common word, title or role, nor an office names.office_opening_a_name cut
    off. Right after a rank (`_after_a_rank`) the word is the name's even when it is a common
    word and the PER one word ("Brigjen Hari [Santoso]"). Rule names.given_name_left_out
    (rules/names.yml)."""
    alone = {document.text[e.start:e.end] for e in entities if e.label == "PER" and " " not in
             document.text[e.start:e.end].strip()}
    tagged = {e.start: e for e in entities}
    repaired: list[Entity] = []
    writings: WritingsWithout = {}
    for entity in entities:
        words = document.text[entity.start:entity.end].split()
        before = _token_before(document, entity.start) if entity.label == "PER" and len(words) > 1 else None
        own = tagged.get(before.start) if before is not None else None
        if before is None and entity.label == "PER" and len(words) == 1:
            before = _token_before(document, entity.start)
            if before is not None and not _after_a_rank(document, before, rules):
                before = None
        addressed = before is not None and _after_an_honorific(document, before, rules)
        ranked = before is not None and _after_a_rank(document, before, rules)
        if before is not None and (before.text in alone or addressed or ranked) and before.text not in words \
                and (own is None or (own.end == before.end and (own.label == "PER" or addressed))) \
                and _name_like(before.text, rules) and not before.text.isupper() \
                and before.text.lower() not in rules.place_words \
                and (ranked or before.text.lower() not in rules.common_words) \
                and document.text[before.end:entity.start] == " " \
                and not _office_before_a_name(document, [before, *document.tokens_between(entity.start, entity.end)],
                                              rules, writings):
            if own is not None and repaired and repaired[-1] is own:
                repaired.pop()  # the given name tagged apart, right before: one name
            entity = Entity(before.start, entity.end, "PER")
        repaired.append(entity)
    return repaired




def given_names_written_alone(document: Document, entities: list[Entity], rules: RuleSet) -> list[Entity]:
    """The model leaves a given name out of a full name written after an office and its
    organisation ("Direktur Utama Sinar Harapan Kapital Larasati [Dwi Anggraini]") and the
    article names the speaker by that word alone elsewhere ("Larasati menambahkan", "ujar
    Putri"): a PER of two words or more takes in the untagged capitalised word one space before
    it when that word stands alone as a speaker elsewhere (right before a reporting verb or right
    after a postposed cue, in no longer entity), is never a word of a place or organisation the
    model tagged, and is no place, organisation's, common or never-a-name word, acronym,
    institution head, title or role (one that is also a given name, "Putri", is taken). A
    person named by the given name as a speaker is the evidence no list of given names can be.
    Rule names.given_name_written_alone (rules/names.yml)."""
    placed = {word for e in entities if e.label in ("LOC", "ORG")
              for word in document.text[e.start:e.end].lower().split()}
    repaired: list[Entity] = []
    for entity in entities:
        word = _token_before(document, entity.start) if entity.label == "PER" else None
        if word is not None and _given_name_written_alone(document, entity, word, entities, placed, rules):
            entity = Entity(word.start, entity.end, "PER")
        repaired.append(entity)
    return repaired


def _given_name_written_alone(document: Document, entity: Entity, word: Token, entities: list[Entity],
                              placed: set[str], rules: RuleSet) -> bool:
    text = document.text
    words = text[entity.start:entity.end].split()
    lower = word.text.lower()
    if len(words) < 2 or text[word.end:entity.start] != " " or word.text in words \
            or not word.text.isalpha() or not word.text[:1].isupper() or word.text.isupper() \
            or lower in placed or lower in rules.place_words or lower in rules.common_words \
            or lower in rules.non_name_words or lower in rules.institution_heads \
            or _organisation_word(word.text, rules) \
            or (rules.is_title_or_role(word.text) and lower not in rules.also_given_names) \
            or any(e.start <= word.start < e.end for e in entities):
        return False
    return any(other.start != word.start and _speaker_alone(document, other, entities, rules)
               for other in document.tokens_with_text(word.text))


def _speaker_alone(document: Document, token: Token, entities: list[Entity], rules: RuleSet) -> bool:
    """Whether the word names a speaker on its own there: right before a reporting verb
    ("Larasati menambahkan"), right after a postposed cue ("ujar Putri") or a passive of saying
    (cues.yml backward_passive: "disampaikan Hercules", the agent without "oleh"), with no capitalised
    word right before it ("Partai NasDem beranggapan") and in no longer name, place or
    organisation."""
    if any(e.start <= token.start < e.end and (e.label != "PER" or e.end - e.start > len(token.text))
           for e in entities):
        return False
    before = _token_before(document, token.start)
    if before is not None and before.text[:1].isupper():
        return False
    return _word_after(document, token) in rules.reporting_verbs \
        or (before is not None and (before.text.lower() in rules.postposed_cues
                                    or before.text.lower() in rules.said_passives))


def surnames_tagged_organisations(document: Document, entities: list[Entity], rules: RuleSet) -> list[Entity]:
    """The model tags a person's surname written alone as an organisation ("kata
    [Wirasena|ORG]", "beber [De La Fuente|ORG]") where the article gives the full name as a PER
    ("Darius Wirasena", "Raul de la Fuente"): the ORG is a PER when its words, compared without
    case, close a PER of more words. A sentence-level tagger sees the surname without the full
    name; the article's own full name is the evidence. Only closing words: a PER's opening words
    are as often an organisation the model ran into the name ("Bukalapak Fajrin Rasyid"). Not an
    acronym or a word organisations carry, nor words the article writes inside a longer
    organisation or place ("Sasmita" beside "Sasmita Group"). Rule names.surname_tagged_organisation."""
    text = document.text
    surnames = _surnames(document, entities)
    if not surnames:
        return entities
    enclosing = [text[e.start:e.end].lower() for e in entities if e.label in ENCLOSING_LABELS]
    repaired: list[Entity] = []
    for entity in entities:
        if entity.label == "ORG" and _is_a_surname(text[entity.start:entity.end], surnames, enclosing, rules):
            entity = Entity(entity.start, entity.end, "PER")
        repaired.append(entity)
    return repaired


def _surnames(document: Document, entities: list[Entity]) -> set[tuple[str, ...]]:
    """The lowercased word runs that close a PER of two words or more (not the whole name)."""
    ends: set[tuple[str, ...]] = set()
    for entity in entities:
        words = tuple(document.text[entity.start:entity.end].lower().split())
        if entity.label == "PER":
            ends.update(words[-size:] for size in range(1, len(words)))
    return ends


def _is_a_surname(name: str, surnames: set[tuple[str, ...]], enclosing: list[str], rules: RuleSet) -> bool:
    lowered = name.lower()
    if tuple(lowered.split()) not in surnames or any(_organisation_word(word, rules) for word in name.split()):
        return False
    return not any(lowered != other and re.search(whole_words(lowered), other) for other in enclosing)


def names_in_full_in_apposition(document: Document, entities: list[Entity], rules: RuleSet) -> list[Entity]:
    """The model tags a rare full name only in part ("Kemenperin, [Ngakan] Timur Antara,", or not
    at all) and its first word alone elsewhere ("ujar [Ngakan]"): where the article writes that
    word between commas with more capitalised name words after it (an apposition after an
    office, "Direktur X, Ngakan Timur Antara, menjelaskan"), the whole run is the name. The
    words after it are neither acronyms, institution heads, titles nor roles, and the run ends
    at the comma. Rule names.name_in_apposition (rules/names.yml)."""
    alone = {document.text[e.start:e.end] for e in entities if e.label == "PER"
             and " " not in document.text[e.start:e.end].strip()}
    if not alone:
        return entities
    tokens = document.tokens
    added: list[Entity] = []
    for position, token in enumerate(tokens[1:], start=1):
        if token.text not in alone or tokens[position - 1].text != ",":
            continue
        end = _apposition_end(document, position, rules)
        if end is not None:
            added.append(Entity(token.start, tokens[end - 1].end, "PER"))
    if not added:
        return entities
    kept = [e for e in entities if not any(e.start < a.end and a.start < e.end for a in added)]
    return sorted(kept + added, key=lambda entity: entity.start)


def _apposition_end(document: Document, first: int, rules: RuleSet) -> int | None:
    """The token index of the comma closing a name of two words or more that opens at `first`."""
    tokens = document.tokens
    end = first + 1
    longest = rules.names.name_in_apposition.max_name_words
    while end < len(tokens) and end - first < longest and _name_like(tokens[end].text, rules) \
            and not tokens[end].text.isupper() and document.text[tokens[end - 1].end:tokens[end].start] == " ":
        end += 1
    if end == first + 1 or end >= len(tokens) or tokens[end].text != ",":
        return None
    return end


def name_prefixes_left_out(document: Document, entities: list[Entity], rules: RuleSet) -> list[Entity]:
    """The model leaves the Balinese prefix out of a name ("Sekuritas I [Made Adi Saputra]"): a PER
    takes in the untagged prefix written one space before it, a short one ("I", "Ni") only before
    a birth-order or caste name ("Made", "Luh"). Rule names.name_prefix (rules/names.yml)."""
    if not rules.name_prefixes:
        return entities
    tagged = {position for entity in entities for position in range(entity.start, entity.end)}
    repaired: list[Entity] = []
    for entity in entities:
        before = _token_before(document, entity.start) if entity.label == "PER" else None
        if before is not None and _prefix_of(before, document.text[entity.start:entity.end], rules) \
                and before.start not in tagged and document.text[before.end:entity.start] == " ":
            entity = Entity(before.start, entity.end, "PER")
        repaired.append(entity)
    return repaired


SHORT_PREFIX_LETTERS = 2  # "I", "Ni": common letters, a prefix only before a Balinese given name


def _prefix_of(token: Token, name: str, rules: RuleSet) -> bool:
    words = name.split()
    return token.text[:1].isupper() and token.text.lower() in rules.name_prefixes and bool(words) \
        and (len(token.text) > SHORT_PREFIX_LETTERS or words[0].lower() in rules.name_prefix_openers)


def _after_a_rank(document: Document, token: Token, rules: RuleSet) -> bool:
    """Whether a rank that is no common word stands one space before the word and opens the
    capitalised run ("oleh Brigjen Hari [Santoso]"): a rank opens a person's name, so the word
    after it is the name's first, even one news also writes as a common word (`Hari`, `Bagus`)
    where this article never writes it in lowercase. A rank after a capitalised word is a word
    of an office or of a longer rank ("Direktur Jenderal Pajak", "Komisaris Jenderal Polisi"),
    and so is a word the article writes in lowercase elsewhere: neither opens the name."""
    rank = _token_before(document, token.start)
    if rank is None or not _inner_rank(rank.text, rules) or document.text[rank.end:token.start] != " ":
        return False
    opener = _token_before(document, rank.start)
    if opener is not None and opener.text[:1].isupper():
        return False
    return token.text.lower() not in rules.common_words or token.text.lower() not in document.words_written_lowercase()


def _after_an_honorific(document: Document, token: Token, rules: RuleSet) -> bool:
    """Whether a form of address stands right before the word ("dr. Ina [Agustina Isturini]"):
    an honorific opens a person's name, so the word after it is the name's, not an office's."""
    before = _token_before(document, token.start)
    if before is not None and before.text == "." and document.text[before.end:token.start] == " ":
        before = _token_before(document, before.start)
        return before is not None and rules.is_honorific(before.text + ".")
    return before is not None and rules.is_honorific(before.text) and document.text[before.end:token.start] == " "


MAX_ABBREVIATED_GIVEN_NAME_CHARS = 4  # "Moch.", "Muh.": a given name shortened with a full stop


def given_names_in_apposition(document: Document, entities: list[Entity], rules: RuleSet) -> list[Entity]:
    """A name set off by a comma after it, after a comma or opening its sentence ("Wakil Ketua
    Komisi X DPR, Lalu [Hadrian Irfani], memastikan", "Putri [Maya Rumanti], kuasa hukum …"),
    takes in the capitalised word the model left out right before it, or a given name shortened
    with a full stop ("Moch. Arief Cahyono"): an apposition holds the name and nothing else. Not
    a title, rank or role ("Kompol", "Profesor"; one that is also a given name, "Putri", is
    taken), an acronym, an institution head or a word of another entity;
    opening the sentence, not a common word or one never a name ("Selain"), nor a fronted
    passive of saying before its agent ("Dituturkan Sri Lestari, …"; cues.yml passive_agent). Rule
    names.given_name_in_apposition."""
    tagged = {entity.start: entity for entity in entities}
    absorbed: set[int] = set()  # the one-word PER entities a name after them took in
    repaired: list[Entity] = []
    for entity in entities:
        word = _given_name_before_apposed(document, entity, tagged, rules)
        if word is not None:
            if word.start in tagged:
                absorbed.add(id(tagged[word.start]))
            entity = Entity(word.start, entity.end, "PER")
        repaired.append(entity)
    return [entity for entity in repaired if id(entity) not in absorbed]


def _given_name_before_apposed(document: Document, entity: Entity, tagged: dict[int, Entity],
                               rules: RuleSet) -> Token | None:
    text = document.text
    if entity.label != "PER" or len(text[entity.start:entity.end].split()) < 2 \
            or not text.startswith(",", entity.end):
        return None
    word = _token_before(document, entity.start)
    if word is not None and word.text == "." and text[word.end:entity.start] == " ":
        word = _token_before(document, word.start)
        if word is None or len(word.text) > MAX_ABBREVIATED_GIVEN_NAME_CHARS or text[word.end:word.end + 1] != ".":
            return None
    elif word is None or text[word.end:entity.start] != " ":
        return None
    own = tagged.get(word.start)
    if not word.text.isalpha() or not word.text[:1].isupper() or word.text.isupper() \
            or rules.is_person_title(word.text) or word.text.lower() in rules.institution_heads \
            or (rules.is_title_or_role(word.text) and word.text.lower() not in rules.also_given_names) \
            or (own is not None and (own.label != "PER" or own.end != word.end)):
        return None
    prior = _token_before(document, word.start)
    if prior is not None and prior.text == "," and "\n" not in text[prior.end:word.start]:
        return word
    lower = word.text.lower()
    return word if document.opens_sentence(word) and lower not in rules.common_words \
        and lower not in rules.non_name_words and lower not in rules.fronted_passive_words else None


TOKEN_BEFORE_REACH_CHARS = 40  # the token before an offset starts at most this far back


def _token_before(document: Document, offset: int) -> Token | None:
    """The last token that starts within TOKEN_BEFORE_REACH_CHARS before `offset` and ends by
    it. One binary search over the token starts, no slice: the repairs ask it about 60 times
    per article (the last of `tokens_between` over the reach, as it was found before)."""
    position = bisect_left(document.token_starts(), offset) - 1
    if position < 0:
        return None
    token = document.tokens[position]
    return token if token.start >= offset - TOKEN_BEFORE_REACH_CHARS and token.end <= offset else None


def _name_like(word: str, rules: RuleSet) -> bool:
    """A word that can be part of a person's name: capitalised, letters only (an initial "P"
    too), neither an institution head nor a title or role."""
    lower = word.lower()
    return word[:1].isupper() and word.isalpha() and lower not in rules.institution_heads \
        and not rules.is_title_or_role(word)


def _hyphenated_rest(words: list[str], first: int, last: int) -> bool:
    """Whether the span's word before `last` is the lowercase rest of a hyphenated name ("Seo",
    "-", "yi"): the name may end there ("[Lee Seo-yi meninggal]" -> "[Lee Seo-yi] meninggal")."""
    return last > first + 1 and words[last - 2].endswith(WORD_JOINERS)


def join_hyphenated_people(document: Document, entities: list[Entity], rules: RuleSet | None = None) -> list[Entity]:
    """Two PER pieces joined by a hyphen with no spaces are one name ("Alexander-Arnold",
    "Wei-ming"): the tokenizer splits at the hyphen and the tagger may label the pieces apart;
    a PER the tagger stopped at the hyphen takes the untagged rest of its word in (`_rest_of_word`)."""
    joined: list[Entity] = []
    for entity in entities:
        previous = joined[-1] if joined else None
        if previous is not None and previous.label == entity.label == "PER" \
                and document.text[previous.end:entity.start] == "-":
            joined[-1] = Entity(previous.start, entity.end, "PER")
        else:
            joined.append(entity)
    if rules is None:
        return joined
    starts = sorted(entity.start for entity in joined)
    word_breaks = sorted(repair.start for repair in document.repairs if repair.kind == "word_break")
    return [Entity(entity.start, _rest_of_word(document.text, entity.end, starts, rules.common_words, word_breaks),
                   entity.label)
            if entity.label == "PER" else entity for entity in joined]


MAX_SHORT_NAME_PIECE = 2  # "Tjoe-A-On": a piece this short after a hyphen is no name of its own


def _rest_of_word(text: str, end: int, entity_starts: list[int], common_words: frozenset[str],
                  word_breaks: Sequence[int] = ()) -> int:
    """Where a name cut at a hyphen really ends: "Chan-ocha", "Tjoe-A-On" (the word goes on
    with a lowercase or a one- or two-letter piece, up to a space or punctuation, and no other
    entity starts in it). A capitalised piece ("Prabowo-Gibran") is another name, and a word
    news writes in lowercase (names.yml common_words: the particles "-lah", "-nya", "-pun") is
    no part of a name: neither is taken. The word ends at a cut the hygiene stage made inside
    it (`word_breaks`: "Seo-yimeninggal" is "Seo-yi" and a glued verb)."""
    match = HYPHENATED_REST.match(text, end)
    if match is None:
        return end
    rest_end = match.end()
    glued = bisect_right(word_breaks, end)
    if glued < len(word_breaks) and word_breaks[glued] < rest_end:
        rest_end = word_breaks[glued]
    first_piece = text[end + 1:rest_end].split("-")[0]
    if not first_piece:
        return end
    lowercase_piece = first_piece[:1].islower() and first_piece not in common_words
    if not (lowercase_piece or len(first_piece) <= MAX_SHORT_NAME_PIECE):
        return end
    following = bisect_right(entity_starts, end)
    if following < len(entity_starts) and entity_starts[following] < rest_end:
        return end  # another entity starts inside the rest of the word
    return rest_end


def names_the_article_gives_people(document: Document, entities: list[Entity], rules: RuleSet) -> list[Entity]:
    """A name the article tags PER more often than anything else is a person wherever it is
    written alone: an LOC or ORG with that exact text ("Menteri Luar Negeri [Sugiarto|LOC]"
    beside "kata [Sugiarto|PER]") becomes PER, and an occurrence the tagger left untagged
    ("Menurut Rodgers satu hal …") becomes a PER. One-word Indonesian names and foreign surnames
    read alone in one sentence look like a place or a firm to a sentence-level tagger; the
    article's own majority is the evidence ("one sense per discourse", as
    `one_sense_per_article` does the other way round). Not where the article writes the name
    right after a place cue ("di Sugiarto"), nor an occurrence inside another entity, nor one
    run into a capitalised word that is no title or role ("Stadion Sugiarto", "Sugiarto Cup"),
    nor a word capitalised only for opening its sentence. Rule names.person_named_alike."""
    text = document.text
    people = _names_mostly_people(document, entities)
    if not people:
        return entities
    people = {name for name in people if not any(_not_a_person_word(word, rules) for word in name.split())
              and not _written_after_a_place_cue(text, name, rules)}
    repaired = [Entity(e.start, e.end, "PER") if e.label in ENCLOSING_LABELS and text[e.start:e.end] in people else e
                for e in entities]
    covered = sorted_reach(repaired)
    added = [Entity(start, end, "PER") for name in sorted(people)
             for start, end in _untagged_occurrences(document, name, covered, rules)]
    return sorted(repaired + added, key=lambda e: (e.start, e.end)) if added else repaired


MAX_FULL_NAME_WORDS = 3  # a given name and two more: a longer run after a known given name is as often a firm's


def full_names_opened_by_people(document: Document, entities: list[Entity], rules: RuleSet) -> list[Entity]:
    """The model tags a person's full name as a place or firm where it follows an office's place
    ("Wali Kota Medan [Raka Siregar|LOC]") while the article tags the given name a person
    wherever it stands alone ("kata [Raka|PER]", more often than anything else): an LOC or ORG of
    two to MAX_FULL_NAME_WORDS words that opens with that given name, whose other words can be a
    name's and show no firm or place, is that person. Not where the article writes the full name
    after a place cue or an organisation's word ("di Raka Siregar"). The article's own reading of
    the given name is the evidence ("one sense per discourse").
    Rule names.full_name_tagged_as_place (rules/names.yml)."""
    text = document.text
    given = {name for name in _names_mostly_people(document, entities) if len(name.split()) == 1}
    if not given:
        return entities
    return [Entity(e.start, e.end, "PER") if e.label in ENCLOSING_LABELS
            and _full_name_of(text, text[e.start:e.end], given, rules) else e for e in entities]


def _full_name_of(text: str, name: str, given: set[str], rules: RuleSet) -> bool:
    """Whether `name` is a full name opened by one of the article's given names (`given`): its
    words can all be a person's, and it is never written after a place cue in running text."""
    words = name.split()
    return 1 < len(words) <= MAX_FULL_NAME_WORDS and words[0] in given \
        and all(_name_like(word, rules) and not _not_a_person_word(word, rules) for word in words) \
        and not _written_after_a_place_cue(text, name, rules, lowercase_cue=True)


def _names_mostly_people(document: Document, entities: list[Entity]) -> set[str]:
    """The entity texts tagged PER at least MIN_PERSON_VOTES times and more often than with any
    other label, capitalised words only: one PER is as often the tagger's slip ("petugas Damkar")."""
    votes: dict[str, Counter[str]] = {}
    for entity in entities:
        votes.setdefault(document.text[entity.start:entity.end], Counter())[entity.label] += 1
    return {name for name, counts in votes.items()
            if counts["PER"] >= MIN_PERSON_VOTES
            and counts["PER"] > max((c for label, c in counts.items() if label != "PER"), default=0)
            and all(word[:1].isupper() for word in name.split())}


def _not_a_person_word(word: str, rules: RuleSet) -> bool:
    """A word that shows a firm's, team's or place's name rather than a person's: an
    organisation's word or acronym, a one-word place (names.yml place_words), or a word news
    writes after an organisation's or place's head more than a person's (other_name_words)."""
    lower = word.lower()
    return _organisation_word(word, rules) or lower in rules.place_words \
        or (lower in rules.other_name_words and lower not in rules.person_name_words)


def _written_after_a_place_cue(text: str, name: str, rules: RuleSet, lowercase_cue: bool = False) -> bool:
    """Whether some occurrence of `name` stands right after a place preposition or head, or a
    word organisations carry ("di toko Alfamidi"): the article uses the name as a place or firm.
    With `lowercase_cue` only a place cue written in lowercase counts: a capitalised one is a
    title-case headline's ("Orang Dekat Raka Siregar"), where a preposition says nothing of the
    name after it."""
    for start, _ in written_whole(text, name):
        before = _word_before_blanks(text, max(0, start - WORD_BEFORE_REACH), start)
        if before is not None and ((before[1].lower() in rules.place_cues
                                    and (not lowercase_cue or before[1].islower()))
                                   or _organisation_word(before[1], rules)):
            return True
    return False


def _untagged_occurrences(document: Document, name: str, covered: tuple[list[int], list[int]],
                          rules: RuleSet) -> list[tuple[int, int]]:
    """Where the article writes `name` outside every entity as a person's name on its own.
    `covered` is the entities' `sorted_reach`: whether a writing overlaps one is a binary search,
    not a walk over every entity per writing (a name written a thousand times)."""
    text = document.text
    found = []
    for start, end in written_whole(text, name):
        if overlaps_any(*covered, start, end):
            continue
        if not _free_before(document, start, rules):
            continue
        after = re.match(r"[ \t]+(\w+)", text[end:end + WORD_BEFORE_REACH])
        if after is not None and after.group(1)[:1].isupper():
            continue
        tokens = document.tokens_between(start, end)
        if not tokens or tokens[0].start != start or tokens[-1].end != end:
            continue
        if " " not in name and ordinary_word_opening_a_sentence(document, name, tokens[0], rules):
            continue
        found.append((start, end))
    return found


def _free_before(document: Document, start: int, rules: RuleSet) -> bool:
    """Whether the words before a name leave it standing alone: lowercase, punctuation, a word
    capitalised only for opening its sentence ("Menurut Rodgers …"), or a run of capitalised
    words holding a title or role ("Menteri Luar Negeri Sugiarto"); not the capitalised words
    of a longer name ("Wisma Sugiarto")."""
    run = []
    for token in reversed(document.tokens_between(max(0, start - HEAD_REACH), start)):
        if not token.text[:1].isupper() or not token.text.isalpha():
            break
        run.append(token)
        if len(run) > OFFICE_RUN_WORDS or rules.is_title_or_role(token.text):
            break
    if not run or rules.is_title_or_role(run[-1].text):
        return True
    return len(run) == 1 and document.opens_sentence(run[0])


def places_in_speaker_slots(document: Document, entities: list[Entity], rules: RuleSet) -> list[Entity]:
    """A one-word LOC in a speaker's slot ("Kepala Adat Desa Belatung, [Tumbal|LOC] meminta …",
    "ujar [Sugarto|LOC]") that the article never uses as a place is a person: right before a
    reporting verb or right after a postposed cue or a passive of saying, with no capitalised
    word before it (`_speaker_alone`). Not a word the article writes after a place cue or an
    organisation's word ("di Tumbal") or inside a longer place or organisation, nor a one-word
    place, organisation's or other-name word (names.yml place_words, other_name_words): a
    country speaks too ("Israel mengatakan"), but is a listed place. Rule
    names.place_in_speaker_slot."""
    text = document.text
    enclosing = [text[e.start:e.end] for e in entities if e.label in ENCLOSING_LABELS and " " in text[e.start:e.end]]
    repaired: list[Entity] = []
    for entity in entities:
        word = text[entity.start:entity.end]
        if entity.label == "LOC" and _person_in_a_speaker_slot(document, entity, word, enclosing, entities, rules):
            entity = Entity(entity.start, entity.end, "PER")
        repaired.append(entity)
    return repaired


def _person_in_a_speaker_slot(document: Document, entity: Entity, word: str, enclosing: list[str],
                              entities: list[Entity], rules: RuleSet) -> bool:
    if " " in word or not word[:1].isupper() or word.isupper() or _not_a_person_word(word, rules) \
            or word.lower() in rules.common_words or rules.is_title_or_role(word):
        return False
    tokens = document.tokens_between(entity.start, entity.end)
    if len(tokens) != 1 or _written_after_a_place_cue(document.text, word, rules) \
            or any(re.search(whole_words(word), other) for other in enclosing):
        return False
    others = [e for e in entities if e is not entity]
    return _speaker_alone(document, tokens[0], others, rules)
