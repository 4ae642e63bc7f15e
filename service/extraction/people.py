"""Stage 6: one canonical entry per person (or speaking organisation) in the article.

Mentions cluster when one name's words are contained in the other's (Grushko ⊂ Alexander
Grushko) or when they are spelling variants (rapidfuzz ratio). The entry is named by the
earliest of the longest forms; titles and roles seen before a mention are kept as roles.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass, field

from service.extraction.aliases import long_form_around, names_an_organisation
from service.extraction.coreference import is_epithet, opens_with_relation
from service.extraction.document import (
    Document,
    NameVariant,
    Person,
    Quote,
    Span,
    Token,
    whole_words,
)
from service.extraction.entity_repairs import written_only_before
from service.extraction.known_names import AliasBook
from service.extraction.mentions import (
    PUNCTUATION_STOPS,
    ROMAN_NUMERALS,
    TextIndex,
    age_pattern,
    follows_tag,
    is_acronym,
    name_from_tokens,
    ordinary_word_opening_a_sentence,
    strip_titles,
)
from service.extraction.names import merge_rule, respelt_clip, respelt_clip_before_surname, respelt_full_name
from service.extraction.rule_models import CitedOutlet
from service.extraction.rules import RuleSet


@dataclass
class Cluster:
    words: list[str]
    kind: str
    mentions: list[Span] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    speaks: bool = False  # some quote's speaker resolves to it
    by_initials: bool = False  # introduced by initials after a marker ("berinisial JH")
    quoted_only: bool = False  # named only inside quotation marks, in full, with no role before it
    person_by_layout: bool = False  # a person by the article's layout: an age in brackets (one_word_person_evidence)
    paired: bool = False  # one half of a ticket after a pair head or of listed short forms (names.paired_names)
    headline_only: bool = False  # its words come from a title-case line only (names.title_case_line)
    variants: dict[str, str] = field(default_factory=dict)  # another form of the name -> the rule that merged it

    def add_variant(self, form: str, rule: str) -> None:
        """Record a form merged into this entry and why; the canonical name is never its own variant."""
        if form != self.name and form not in self.variants:
            self.variants[form] = rule

    @property
    def name(self) -> str:
        return " ".join(self.words)


def _words(name: str, rules: RuleSet) -> list[str]:
    return strip_titles([word for word in name.replace(",", " ").split() if word], rules)


AMBIGUOUS = "name.ambiguous"
INITIALS_MERGE = "name.initials"  # names.merge_rule's rule for initials spelling a full name
AFFILIATION_LABELS = frozenset({"ORG", "LOC"})  # entities whose last words may be glued before a name


def _matching_cluster(clusters: list[Cluster], words: list[str], name: str, kind: str, at: int,
                      document: Document, rules: RuleSet,
                      initials: Collection[str] = ()) -> tuple[Cluster | None, str | None]:
    """The entry a name at offset `at` joins, and the rule that joins it (an organisation only
    by its exact name). A short form that fits several people ("Prabowo": Listyo Sigit Prabowo
    and Prabowo Subianto) goes by usage, then salience; where neither decides, no entry and
    the rule name.ambiguous. Initials the article introduces as a person's (`initials`) never
    join a full name they spell (see `_initials_of_someone_else`)."""
    matches: list[tuple[Cluster, str]] = []
    for cluster in clusters:
        if cluster.kind != kind:
            continue
        if kind != "person":
            if cluster.name.lower() == name.lower():
                return cluster, "name.same"
            continue
        rule = merge_rule(cluster.words, words)
        if rule is not None and not _initials_of_someone_else(rule, cluster.words, words, initials, clusters):
            matches.append((cluster, rule))
    if len(matches) == 1:
        return matches[0]
    if not matches:
        return _respelt_clip_of(clusters, words, kind, at, document, rules)
    matches = _written_exactly(matches) if len(words) == 1 else matches
    if len(matches) == 1:
        return matches[0][0], WRITTEN_EXACTLY
    return _by_usage_or_salience(matches, words, at, document)


WRITTEN_EXACTLY = "name.written_exactly"
CONTAINED = "name.contained"  # the form's words, each written letter for letter in the name
RESPELT_WORD_AT = {"name.misspelt_surname": -1, "name.misspelt_given_name": 0}  # the name's word a merge respells
MISSPELLING_MERGES = frozenset(RESPELT_WORD_AT)  # one word slightly off


def _written_exactly(matches: list[tuple[Cluster, str]]) -> list[tuple[Cluster, str]]:
    """For a one-word form, the matches left when a name holds the word letter for letter: the
    names it matches only as a misspelt word drop out ("Prabowo" beside Prabowo Subianto and Ganjar
    Pranowo is Prabowo Subianto's, whoever was named last). Other short forms (a clip, a
    blend) still compete, and so do longer forms (a full name respelt, "Jose Maourinho",
    may be either person's). Where no name holds the word, every misspelling stays (a
    one-letter slip in one article is nearly always the same person: the pool's pairs written
    twice in each spelling, Nonato/Nanato, Saepudin/Saefudin, are one person)."""
    if not any(rule == CONTAINED for _, rule in matches):
        return matches
    return [match for match in matches if match[1] not in MISSPELLING_MERGES]


def _initials_of_someone_else(rule: str, first: list[str], second: list[str], initials: Collection[str],
                              clusters: list[Cluster]) -> bool:
    """Whether a merge by initials (name.initials: `JK` -> Jusuf Kalla) would join initials the
    article introduces as a person's own (`berinisial MH`, `TAS (47)`; rules
    names.initials_marker and names.age_after_name), already an entry of their own because they
    came first, to a full name: crime news names a suspect so because the full name is withheld,
    so a full name written later that those capitals spell (the police chief `Mukhlis Hasibuan`
    beside the suspect `MH`) is somebody else. Initials introduced after the full name (`KPK
    mengumumkan Ma'ruf Cahyono ... tersangka dengan inisial MC`) restate it and join it."""
    if rule != INITIALS_MERGE:
        return False
    forms = [words[0] for words in (first, second) if len(words) == 1 and words[0] in initials]
    return any(cluster.words == [form] for form in forms for cluster in clusters)


def _respelt_clip_of(clusters: list[Cluster], words: list[str], kind: str, at: int, document: Document,
                     rules: RuleSet) -> tuple[Cluster | None, str | None]:
    """The one person named before `at` whose given name a one-word form clips once both are
    written in one spelling ("Tom" after Thomas Trikasih Lembong, "Niko" after Nicolas Kanter;
    rule names.respelt_clip). A form of two words or more joins where it clips the given name
    and keeps the later words, the surname last ("Tom Lembong" after Thomas Trikasih Lembong).
    When another person named before fits too ("Tom" beside Thomas Wibowo and Thomson Sitorus)
    no one is chosen: the form stays apart, with a warning."""
    setting = rules.names.respelt_clip
    if kind != "person" or not words:
        return None, None
    named_before = [cluster for cluster in clusters
                    if cluster.kind == "person" and any(span.start < at for span in cluster.mentions)]
    if len(words) > 1:
        could = [(cluster, True) for cluster in named_before
                 if respelt_clip_before_surname(words, cluster.words, setting.respellings, setting.min_letters)]
    else:
        fits = [(cluster, respelt_clip(words[0], cluster.words, setting.respellings, setting.min_letters))
                for cluster in named_before]
        could = [(cluster, joins) for cluster, (possible, joins) in fits if possible or joins]
    if len(could) == 1 and could[0][1]:
        return could[0][0], setting.id
    warning = f"name {' '.join(words)!r} could clip several people's names; left apart ({setting.id})"
    if len(could) > 1 and any(joins for _, joins in could) and warning not in document.warnings:
        document.warnings.append(warning)
    return None, None


def _by_usage_or_salience(matches: list[tuple[Cluster, str]], words: list[str], at: int,
                          document: Document) -> tuple[Cluster | None, str]:
    """Usage: the one person the article already called by this form. Then the given name: a
    one-word form that opens exactly one of the names (Indonesian news calls Prabowo Subianto
    "Prabowo"; a name ending in the word is a surname, and surnames alone are the Western
    usage, which leaves both to salience). Salience: the person named last before it, unless
    two were last named in one sentence (then it is ambiguous)."""
    form = " ".join(words)
    used = [match for match in matches if form in match[0].variants]
    if len(used) == 1:
        return used[0][0], "name.usage"
    lowered = [word.lower() for word in words]
    opening = [match for match in matches
               if len(lowered) == 1 and match[0].words[0].lower() == lowered[0] and len(match[0].words) > 1]
    if len(opening) == 1:
        return opening[0][0], "name.given_name"
    latest = sorted(((max((span.start for span in cluster.mentions if span.start < at), default=-1), position)
                     for position, (cluster, _) in enumerate(matches)), reverse=True)
    (first, chosen), (second, _) = latest[0], latest[1]
    if first < 0 or (second >= 0 and document.sentence_of(first) == document.sentence_of(second)):
        return None, AMBIGUOUS
    return matches[chosen][0], "name.salience"


def _canonical_with_rule(name: str, kind: str, document: Document, rules: RuleSet,
                         known_names: AliasBook) -> tuple[str, str | None]:
    """The canonical form of a name, and the rule that replaced it, if one did: an alias the
    article defines (name.article_alias: brackets, `alias`, `atau`) or the alias book's usual
    full name (name.known_alias)."""
    alias = document.aliases.get(name.lower())
    if alias is not None and alias.kind == kind:
        return alias.full, "name.article_alias"
    defined = _defined_long_form(name, kind, document)
    if defined is not None:
        return defined, "name.article_alias"
    usual = known_names.usual_name(name, kind, rules)
    return (usual, "name.known_alias") if usual else (name, None)


def _defined_long_form(name: str, kind: str, document: Document) -> str | None:
    """An organisation named by the long form the article defines with its abbreviation
    ("Organisasi Kesehatan Dunia" beside "Organisasi Kesehatan Dunia (WHO)"): the guidelines
    give an organisation as written, abbreviation included, and the abbreviation's mentions
    take that form too, so both are one entry."""
    if kind != "organization":
        return None
    lowered = name.lower()
    for alias in document.aliases.values():
        if alias.kind == kind and alias.full.lower().startswith(lowered + " (") \
                and alias.full.lower() == f"{lowered} ({alias.short.lower()})":
            return alias.full
    return None


def _canonical_form(name: str, kind: str, document: Document, rules: RuleSet, known_names: AliasBook) -> str:
    """The long form the article defined for a short one (Zulhas -> Zulkifli Hasan, MA ->
    Mahkamah Agung (MA)), else the usual full name the alias book lists for a well-known
    person the article names only by a nickname (Jokowi -> Joko Widodo); other names as
    they are."""
    alias = document.aliases.get(name.lower())
    if alias is not None and alias.kind == kind:
        return alias.full
    return _defined_long_form(name, kind, document) or known_names.usual_name(name, kind, rules) or name


def _named_with_a_role(entity: Span, index: TextIndex, rules: RuleSet) -> bool:
    """A full name inside quotation marks with a title or role before it ("kata Pak Heri
    Suwantoro", "Presiden Joe Biden"): a person the speaker names (the guidelines list people
    named only inside quotes); other capitalised runs in quotes are too often slogans,
    greetings or foreign phrases ("Quantitative Easing"), so without a role such a name is only
    listed as unevidenced, for the people check to judge. One word after a title ("Pak
    Kenneth") is not taken: it lowered people precision on the news set."""
    full_name = len(index.document.text[entity.start:entity.end].split()) > 1
    return full_name and _role_before(Span(entity.start, entity.end), index, rules) is not None


def _role_before(span: Span, index: TextIndex, rules: RuleSet) -> str | None:
    """The title phrase right before a name ("Wakil Menteri Luar Negeri Rusia"), on the name's
    own line: a headline above the first paragraph is capitalised word by word, and its last
    words ("Sekjen NATO Memperingatkan") are not the role of the name that opens the text."""
    first = index.token_at(span.start)
    run = []
    following_start = span.start
    for token in reversed(index.tokens[max(0, first - 6):first]):
        if token.text in ",.;:" or not (token.text[:1].isupper() or rules.is_title_or_role(token.text)):
            break
        if "\n" in index.document.text[token.end:following_start]:
            break
        run.append(token)
        following_start = token.start
    run.reverse()
    while run and not rules.is_title_or_role(run[0].text):
        run.pop(0)
    return " ".join(token.text for token in run) or None


def canonicalise_people(document: Document, rules: RuleSet, index: TextIndex | None = None,
                        known_names: AliasBook | None = None) -> None:
    index = index or TextIndex(document)
    known = known_names or AliasBook.empty()
    candidates: list[tuple[Span, str, str]] = []
    descriptions = unresolved_epithets(document, rules)
    offices = resolved_offices(document)
    quoted_names: set[int] = set()  # full names only inside quotation marks: a person only if the check says so
    paired_starts: set[int] = set()  # the halves of tickets split into two people (names.paired_names)
    split_tickets: set[str] = set()
    for entity in document.entities:
        if entity.label == "PER" and not any(span.start < entity.start and entity.end <= span.end
                                             for span in descriptions) \
                and document.text[entity.start:entity.end] not in offices:
            tokens = index.tokens_in(entity.start, entity.end)
            name = name_from_tokens(tokens, rules, index)
            if name and any(w[:1].isupper() for w in name.split()) \
                    and not document.in_boilerplate(entity.start) and not names_an_organisation(name, document) \
                    and not inside_a_handle(document.text, entity.start):
                halves = _ticket_halves(entity.start, entity.end, name, document, index, rules, known)
                if halves:
                    candidates.extend((span, half, "person") for span, half in halves)
                    paired_starts.update(span.start for span, _ in halves)
                    split_tickets.add(name)
                    continue
                if document.in_quote_marks(entity.start) and not _named_with_a_role(entity, index, rules):
                    if len(name.split()) == 1:
                        continue  # one word in quotes without a role: not taken
                    quoted_names.add(entity.start)
                candidates.append((Span(entity.start, entity.end), name, "person"))
    for quote in document.quotes:
        mention = quote.speaker.mention
        whole = long_form_around(mention, document) if mention is not None and mention.name else None
        if mention is not None and whole is not None:
            candidates.append((Span(mention.start, mention.end), whole.full, "organization"))
        elif mention is not None and mention.kind == "name" and mention.name \
                and not names_an_organisation(mention.name, document):
            candidates.append((Span(mention.start, mention.end), mention.name, "person"))
        elif mention is not None and mention.kind == "organization" and mention.name:
            kind = "person" if _a_given_name_alone(mention.name, index) \
                or _a_persons_defined_short_form(mention.name, document) \
                or _aged_initials(mention.name, document, index, rules) else "organization"
            candidates.append((Span(mention.start, mention.end), mention.name, kind))
    initials = index.fact("introduced_initials", lambda: introduced_initials(document, rules))
    people_by_layout = one_word_person_evidence(document, rules)
    candidates.extend((span, name, "person") for span, name in _initials_mentions(document, initials, candidates))
    candidates.sort(key=lambda item: item[0].start)
    affiliation_endings = organisation_and_place_endings(document)

    clusters: list[Cluster] = []
    seen: set[tuple[int, int]] = set()
    for span, name, kind in candidates:
        if (span.start, span.end) in seen:
            continue
        seen.add((span.start, span.end))
        written = " ".join(_words(name, rules))
        name, alias_rule = _canonical_with_rule(name, kind, document, rules, known)
        words = _words(name, rules)
        if not words:
            continue
        tail_rule = None
        if kind == "person" and alias_rule is None:
            words, tail_rule = without_tail(words, rules, document.text)
            words, head_rule = without_affiliation(words, affiliation_endings, rules)
            words, repeat_rule = without_repeated_words(words, rules)
            tail_rule = repeat_rule or head_rule or tail_rule
            name = " ".join(words)
        match, rule = _matching_cluster(clusters, words, name, kind, span.start, document, rules, initials)
        quoted = span.start in quoted_names
        if rule == AMBIGUOUS or (quoted and match is not None and not match.quoted_only):
            continue
        headline = kind == "person" and in_title_case_line(span, index, rules)
        if match is None:
            match = Cluster(words, kind, quoted_only=quoted, headline_only=headline)
            clusters.append(match)
        else:
            match.quoted_only = match.quoted_only and quoted
            _merge_form(match, words, rule or "name.same", headline, rules)
        if alias_rule is not None or tail_rule is not None:
            match.add_variant(written, alias_rule or tail_rule or "")
        match.mentions.append(span)
        match.by_initials = match.by_initials or (len(words) == 1 and words[0] in initials)
        match.person_by_layout = match.person_by_layout or span.start in people_by_layout
        match.paired = match.paired or span.start in paired_starts
        role = _role_before(span, index, rules) if kind == "person" else None
        if role and role not in match.roles:
            match.roles.append(role)
        title_words = [w for w in name.split() if rules.is_title(w)]
        for title in title_words:
            if title not in match.roles:
                match.roles.append(title)

    _lengthen_from_boilerplate(clusters, document, index, rules)
    _lengthen_by_initials(clusters, document, index, rules)
    speaker_clusters = [_speaker_cluster(quote, clusters, document, rules, known, index) for quote in document.quotes]
    for cluster in speaker_clusters:
        if cluster is not None:
            cluster.speaks = True
    named = [cluster for cluster in clusters
             if not _never_a_name(cluster, rules) and not _word_opening_sentences(cluster, document, rules)
             and not _calendar_term(cluster, index, rules) and not _paired_names(cluster, document, rules)
             and cluster.name not in split_tickets
             and not _named_only_after(cluster, document, rules.names.cited_outlet)
             and not _named_only_after(cluster, document, rules.names.real_name)
             and not _foreign_article_name(cluster, rules)]
    kept = [cluster for cluster in named if _is_evidenced(cluster)]
    for cluster in kept:
        _respell_by_majority(cluster, document, rules)
        _give_usual_full_name(cluster, rules)
    folded = _fold_renamed_twins(kept)
    kept = [cluster for cluster in kept if id(cluster) not in folded]
    named = [cluster for cluster in named if id(cluster) not in folded]
    speaker_clusters = [folded.get(id(cluster), cluster) if cluster is not None else None
                        for cluster in speaker_clusters]
    document.people = [_person(cluster) for cluster in kept]
    # after the evidenced ones, so that no quote's person_key moves when the check drops them
    document.people.extend(_person(cluster, unevidenced=True) for cluster in named if not _is_evidenced(cluster))
    positions = {id(cluster): position for position, cluster in enumerate(kept)}
    for quote, cluster in zip(document.quotes, speaker_clusters, strict=True):
        if cluster is None or id(cluster) not in positions:
            continue
        position = positions[id(cluster)]
        quote.speaker.person_key = position
        quote.speaker.name = cluster.name
        document.people[position].quote_count += 1


HANDLE_MARK = "@"


def inside_a_handle(text: str, start: int) -> bool:
    """Whether offset `start` lies inside a social-media handle (`@realDonaldTrump`, glued to the
    next word by the scraper: `@realDonaldTrumplast week`): the NER reads a name in its capitals,
    but the handle is an account's address, not a mention, and a glued tail makes a second
    person of it (`Donald Trumplast` beside Donald Trump) that the article's `Trump` joins."""
    word_start = start
    while word_start > 0 and not text[word_start - 1].isspace():
        word_start -= 1
    return HANDLE_MARK in text[word_start:start + 1]


def _lengthen_from_boilerplate(clusters: list[Cluster], document: Document, index: TextIndex,
                               rules: RuleSet) -> None:
    """A full name inside boilerplate ("Laporan Wartawan …, MADINAH - Dalam pertemuan dengan
    Ketua X, Hasanudin Jafar Lubis, …" or a related title run into the body's first sentence)
    makes no person, but it is the full name of the people the body names only by one of its
    words ("Hasanudin", "Bimo"): they take it, one entry, the body's forms kept as variants; a
    full name the body writes itself ("Jay Idzes") keeps it.
    Not a name of more than max_name_words words, across a comma, or in a title-case line (a
    related title runs its verbs into the name), nor one that holds another person's full name
    from the body ("Budi Waseso Ingatkan Pansel" lengthens no "Pansel").
    Rule names.longer_form_in_boilerplate."""
    longer = rules.names.longer_form_in_boilerplate
    for entity in sorted(document.entities, key=lambda entity: entity.end - entity.start):  # fewest extra words first
        if entity.label != "PER" or not document.in_boilerplate(entity.start) \
                or "," in document.text[entity.start:entity.end] \
                or in_title_case_line(Span(entity.start, entity.end), index, rules):
            continue  # a headline runs its verbs into the name ("Miguel Uribe Disidang")
        words = _words(name_from_tokens(index.tokens_in(entity.start, entity.end), rules, index), rules)
        if not 2 <= len(words) <= longer.max_name_words or any(cluster.words == words for cluster in clusters):
            continue
        inside = [cluster for cluster in clusters if cluster.kind == "person" and len(cluster.words) == 1
                  and merge_rule(cluster.words, words) == "name.contained"]
        if inside and not _holds_another_full_name(words, inside, clusters):
            _merge_into_full_name(inside, words, longer.id, clusters)


INITIALS_LETTERS = 2  # "AB Widyanta"; three capitals or more are an organisation's ("KPK", "DPR")


def _lengthen_by_initials(clusters: list[Cluster], document: Document, index: TextIndex, rules: RuleSet) -> None:
    """The model leaves a person's initials out of a one-word name ("Sosiolog UGM AB [Widyanta]",
    or runs them into the organisation before it), so the longest form the article gives is lost:
    the person takes the two capitals written one space before a mention, when the article writes
    them nowhere but right before that name (an organisation's or a country's short form, "AS",
    "RI", "MK", stands elsewhere too) and they are no title, role, place word, institution head
    or roman numeral. Rule names.initials_opening_a_name."""
    rule = rules.names.initials_opening_a_name.id
    text = document.text
    for cluster in clusters:
        if cluster.kind != "person" or len(cluster.words) != 1:
            continue
        for span in cluster.mentions:
            before = index.tokens_in(max(0, span.start - INITIALS_LETTERS - 1), span.start)
            if before and before[-1].end == span.start - 1 and text[before[-1].end] == " " \
                    and _initials_of_a_name(before[-1].text, rules) \
                    and written_only_before(text, before[-1].text, text[span.start:span.end]):
                _rename(cluster, f"{before[-1].text} {cluster.name}", rule)
                break


def _initials_of_a_name(word: str, rules: RuleSet) -> bool:
    lower = word.lower()
    return len(word) == INITIALS_LETTERS and word.isalpha() and word.isupper() \
        and not rules.is_title_or_role(word) and not rules.is_person_title(word) and not rules.is_honorific(word) \
        and lower not in rules.place_words and lower not in rules.institution_heads and lower not in ROMAN_NUMERALS


def _holds_another_full_name(words: list[str], inside: list[Cluster], clusters: list[Cluster]) -> bool:
    """Whether the boilerplate name holds the full name of a person the body writes in full
    without the words of the entries it would lengthen ("Rina Marlina Ingatkan Pansel" beside
    "Rina Marlina" and "Pansel"): a related title runs two people's words together, and one
    full name is no other person's."""
    short = {word.lower() for cluster in inside for word in cluster.words}
    return any(cluster.kind == "person" and len(cluster.words) > 1
               and merge_rule(cluster.words, words) == "name.contained"
               and not short & {word.lower() for word in cluster.words}
               for cluster in clusters)


def _merge_into_full_name(inside: list[Cluster], words: list[str], rule: str, clusters: list[Cluster]) -> None:
    """The entries a full name contains become one entry named by it."""
    first = inside[0]
    for other in inside[1:]:
        first.mentions = sorted(first.mentions + other.mentions, key=lambda span: span.start)
        first.roles.extend(role for role in other.roles if role not in first.roles)
        first.variants.update(other.variants)
        first.add_variant(other.name, rule)
        first.by_initials = first.by_initials or other.by_initials
        first.person_by_layout = first.person_by_layout or other.person_by_layout
        first.quoted_only = first.quoted_only and other.quoted_only
        first.headline_only = first.headline_only and other.headline_only
        clusters.remove(other)
    first.add_variant(first.name, rule)
    first.words = list(words)
    first.variants.pop(first.name, None)


def without_tail(words: list[str], rules: RuleSet, text: str) -> tuple[list[str], str | None]:
    """A full name less the words at its end that name no person, and the rule that cut them
    (the words as they were and None when nothing is cut): degrees in capitals
    (names.degree_tail) wherever they stand, then a run of words that name things
    (names.thing_tail: a channel or an award named after the person), from the shortest name
    the article also writes without the word after it, so a rarer surname that other_name_words
    happens to hold (`Ali Ghufron Mukti`, written whole every time) stays."""
    kept = list(words)
    rule = None
    while len(kept) > rules.names.degree_tail.min_name_words and _degree_in_capitals(kept[-1], rules):
        kept.pop()
        rule = rules.names.degree_tail.id
    run = len(kept)
    while run > rules.names.thing_tail.min_name_words and _names_a_thing(kept[run - 1], rules):
        run -= 1
    for cut in range(run, len(kept)):
        if _written_without(" ".join(kept[:cut]), kept[cut], text):
            return kept[:cut], rules.names.thing_tail.id
    return kept, rule


def organisation_and_place_endings(document: Document) -> frozenset[tuple[str, ...]]:
    """The last one, two, ... words of every organisation and place the NER found in the
    article (`Los Angeles` gives `Angeles` and `Los Angeles`): what an affiliation glued before
    a person's name may be (names.affiliation_head)."""
    endings: set[tuple[str, ...]] = set()
    for entity in document.entities:
        if entity.label in AFFILIATION_LABELS:
            words = document.text[entity.start:entity.end].split()
            endings.update(tuple(words[-size:]) for size in range(1, len(words) + 1))
    return frozenset(endings)


def without_affiliation(words: list[str], endings: frozenset[tuple[str, ...]],
                        rules: RuleSet) -> tuple[list[str], str | None]:
    """A full name less the affiliation the NER glued before it (`karyawan Microsoft Raymond
    Chen`, `Wali Kota Los Angeles Karen Bass`): its first words end an organisation or a place
    the article names elsewhere and each is a word the news pool writes only in the names of
    things, organisations and places (`_names_a_thing`), so a given name that also ends an
    organisation (`Yayasan Nina` beside `Nina Kartika`) stays. At least `min_name_words` words
    are left. Rule names.affiliation_head; the words as they were and None when nothing is cut."""
    rule = rules.names.affiliation_head
    for size in range(len(words) - rule.min_name_words, 0, -1):
        head = words[:size]
        if tuple(head) in endings and all(_names_a_thing(word, rules) for word in head):
            return words[size:], rule.id
    return words, None


def without_repeated_words(words: list[str], rules: RuleSet) -> tuple[list[str], str | None]:
    """A full name with a word or a run of words written twice in a row ("Adam Mosseri Mosseri":
    a typo of the source; "Brian McKnight Brian McKnight", "Raisa Raisa": a profile's heading
    glued to the paragraph that opens with the name) less the repeat, and the rule
    (names.repeated_word); the words as they were and None when nothing repeats. A run holding
    a word shorter than `min_letters` (initials: "A A Gede Putra") is left alone."""
    rule = rules.names.repeated_word
    kept: list[str] = []
    for word in words:
        kept.append(word)
        for size in range(1, len(kept) // 2 + 1):
            run = kept[-size:]
            if all(len(part) >= rule.min_letters for part in run) \
                    and [part.lower() for part in kept[-2 * size:-size]] == [part.lower() for part in run]:
                del kept[-size:]
                break
    return (kept, rule.id) if len(kept) < len(words) else (words, None)


def _written_without(name: str, tail: str, text: str) -> bool:
    """Whether the article writes `name` as a whole name somewhere not followed by `tail`."""
    whole = re.compile(whole_words(name) + rf"(?!\s+{re.escape(tail)}(?!\w))")
    return whole.search(text) is not None


def _names_a_thing(word: str, rules: RuleSet) -> bool:
    """A capitalised word the news pool writes after a thing's or an organisation's head and
    never in a person's name (names.other_name_word less names.person_name_word)."""
    lowered = word.lower()
    return word[:1].isupper() and lowered in rules.other_name_words and lowered not in rules.person_name_words


def _degree_in_capitals(word: str, rules: RuleSet) -> bool:
    """`SIK` after a full name: a listed degree written in capitals, long enough not to be a
    name's own abbreviation (`Mahfud MD`)."""
    return word.isupper() and len(word) >= rules.names.degree_tail.min_letters and word.lower() in rules.degrees


def _merge_form(cluster: Cluster, words: list[str], rule: str, headline: bool, rules: RuleSet) -> None:
    """Add a form to an entry: a longer form names the entry, but a form from a title-case
    line never replaces one the body writes, and a body form replaces one from such a line
    (names.title_case_line)."""
    if cluster.headline_only and not headline:
        cluster.add_variant(cluster.name, rules.names.title_case_line.id)
        cluster.words, cluster.headline_only = words, False
        cluster.variants.pop(cluster.name, None)
        return
    if len(words) > len(cluster.words) and (cluster.headline_only or not headline):
        cluster.add_variant(cluster.name, rule)
        cluster.words = words
        cluster.variants.pop(cluster.name, None)
    cluster.add_variant(" ".join(words), rules.names.title_case_line.id if headline and not cluster.headline_only
                        else rule)


def in_title_case_line(span: Span, index: TextIndex, rules: RuleSet) -> bool:
    """Whether at least `min_context_words` words follow the span in title case, up to
    `window_words` of them, and the words before it are capitalised too, neither side past a
    punctuation mark or a line break: a headline or a related article's title ("Kisah Haru
    Rina Marlina Beberkan Kondisi Terkini …"), where the tagger runs a name into the words
    around it. A body sentence goes on in lowercase or breaks at a comma ("…, Tri Wahyu
    Rubianto, Selasa (10/6)")."""
    settings = rules.names.title_case_line
    text = index.document.text
    first = index.token_at(span.start)
    last = index.token_at(span.end)
    after = _line_words(index, range(last, len(index.tokens)), span.end, settings.window_words, text)
    if len(after) < settings.min_context_words:
        return False
    before = _line_words(index, range(first - 1, -1, -1), span.start, settings.window_words, text)
    return all(word[:1].isupper() for word in before + after)


def _line_words(index: TextIndex, positions: range, edge: int, limit: int, text: str) -> list[str]:
    """Up to `limit` words (tokens with a letter) from `positions`, stopping at a punctuation
    mark or a line break."""
    words: list[str] = []
    for position in positions:
        token = index.tokens[position]
        if token.text in PUNCTUATION_STOPS or "\n" in text[min(token.end, edge):max(token.start, edge)]:
            break
        edge = token.start if token.start < edge else token.end
        if any(character.isalpha() for character in token.text):
            words.append(token.text)
            if len(words) == limit:
                break
    return words


def _person(cluster: Cluster, unevidenced: bool = False) -> Person:
    """The output entry of a cluster; `unevidenced` marks a name kept only for the people check to judge."""
    return Person(cluster.name, cluster.kind, cluster.mentions, cluster.roles,  # type: ignore[arg-type]
                  variants=[NameVariant(form, rule) for form, rule in cluster.variants.items()],
                  unevidenced=unevidenced)


def resolved_offices(document: Document) -> set[str]:
    """The role phrases quotes resolved to a person named elsewhere, as written ("Kakanwil
    Kemenagjabar" -> the Kepala Kanwil named before): where the tagger labelled the same words
    PER, they are that person's office, not another person."""
    return {document.text[quote.speaker.mention.start:quote.speaker.mention.end] for quote in document.quotes
            if quote.speaker.mention is not None and quote.speaker.mention.kind == "role"
            and quote.speaker.antecedent is not None and quote.speaker.name}


def unresolved_epithets(document: Document, rules: RuleSet) -> list[Span]:
    """The epithets quotes kept as their speaker because nobody in focus resolved them ("…,”
    kata mantan pemain Cardiff City ini" with no one named before): the names inside only
    modify the description (a club, a film, a neighbour), so neither they nor the epithet's
    words make a person (rules/README.md, `epithet_heads`)."""
    found: list[Span] = []
    for quote in document.quotes:
        mention = quote.speaker.mention
        if mention is not None and _is_unresolved_epithet(quote, document, rules):
            found.append(Span(mention.start, mention.end))
    return found


def _a_given_name_alone(name: str, index: TextIndex) -> bool:
    """An "organisation" speaker that is one word opening a person's full name in the article
    ("kata Giri" beside "Giri Suprapdiono"): the model tagged a rare given name as a place or
    organisation where it stood alone, and the speaker is that person (the mentions stage keeps
    such a word in the full name, rule names.given_name_tagged_as_place)."""
    words = name.split()
    if len(words) != 1 or is_acronym(words[0]) or words[0].lower() in index.place_or_organisation_words:
        return False
    lowered = words[0].lower()
    text = index.document.text
    return any(entity.label == "PER" and len(opened := text[entity.start:entity.end].lower().split()) > 1
               and opened[0] == lowered for entity in index.document.entities)


def _speaker_cluster(quote: Quote, clusters: list[Cluster], document: Document, rules: RuleSet,
                     known_names: AliasBook, index: TextIndex) -> Cluster | None:
    """The cluster a quote's speaker name belongs to (its canonical person or organisation)."""
    speaker = quote.speaker
    if speaker.name is None or _is_unresolved_epithet(quote, document, rules):
        return None
    spoken_for = speaker.antecedent or speaker.mention  # a role may resolve to an organisation
    whole = long_form_around(spoken_for, document) if spoken_for is not None else None
    kind = "organization" if whole is not None or (spoken_for and spoken_for.kind == "organization"
                                                   and not _a_given_name_alone(speaker.name, index)
                                                   and not _a_persons_defined_short_form(speaker.name, document)
                                                   and not _aged_initials(speaker.name, document, index, rules)) \
        else "person"
    speaker.name = whole.full if whole is not None else \
        _canonical_form(speaker.name, kind, document, rules, known_names)
    words = _words(speaker.name, rules)
    at = spoken_for.start if spoken_for is not None else quote.start
    initials = index.fact("introduced_initials", lambda: introduced_initials(document, rules))
    cluster, rule = _matching_cluster(clusters, words, speaker.name, kind, at, document, rules, initials)
    if rule == AMBIGUOUS:
        document.warnings.append(f"speaker {speaker.name!r} at {at} fits several people; left ambiguous "
                                 f"({AMBIGUOUS})")
    return cluster


def _a_persons_defined_short_form(name: str, document: Document) -> bool:
    """A speaker the tagger took for an organisation that the article defined as a person's
    short form ("Sosok yang biasa disapa ADS tersebut"): all-capital nicknames look like
    abbreviations to the tagger."""
    alias = document.aliases.get(name.lower())
    return alias is not None and alias.kind == "person"


def _is_unresolved_epithet(quote: Quote, document: Document, rules: RuleSet) -> bool:
    mention = quote.speaker.mention
    if mention is None or mention.kind != "role" or quote.speaker.antecedent is not None:
        return False
    written = document.text[mention.start:mention.end]
    return is_epithet(written, rules) or opens_with_relation(written, rules)


MIN_WORDS_AROUND_AN_INITIAL = 2  # a given name before the initial and a surname after it


def _give_usual_full_name(cluster: Cluster, rules: RuleSet) -> None:
    """A person the article names only in part ("Anies") takes the full name news usually
    gives (rules/names.yml usual_full_names, read off the news pool); the short form is kept as
    a variant. Rule names.usual_full_name."""
    usual = rules.names.usual_full_names
    full = usual.names.get(cluster.name) if cluster.kind == "person" else None
    if full is None:
        if not _respell_as_usual(cluster, rules):
            _expand_middle_initial(cluster, rules)
        return
    if full.split()[0].lower() in rules.name_opening_place_heads:
        return  # a country's nickname ("Negeri Sakura") read off the pool is no person's full name
    if _office_word_before_a_full_name(cluster.words, full.split(), rules):
        return
    _rename(cluster, full, usual.id)


MIN_FULL_NAME_WORDS = 2  # a given name and a surname: the name is already whole


def _respell_as_usual(cluster: Cluster, rules: RuleSet) -> bool:
    """A full name the article writes with one word misspelt ("Sri Mulyani Indawati", "Joko
    Widdodo") takes the spelling news usually gives that person (usual_full_names and
    initial_expansions, read off the news pool): the guidelines give a public figure the usual
    full name, and one slip of the keyboard is no other person. Rule names.usual_spelling."""
    if cluster.kind != "person" or len(cluster.words) < MIN_FULL_NAME_WORDS:
        return False
    usual = respelt_full_name(cluster.words, rules.usual_spellings)
    if usual is None:
        return False
    _rename(cluster, usual, rules.names.usual_spelling.id)
    return True


def _office_word_before_a_full_name(words: list[str], full: list[str], rules: RuleSet) -> bool:
    """Whether the usual full name only puts a thing's word (names.other_name_word, never a
    person's) in front of a name already written in full: the pool read the ministry's name
    glued to its minister ("Kementerian Perhubungan Dudy Purwagandhi" -> "Perhubungan Dudy
    Purwagandhi"), so the words added in front are the office's, not the person's."""
    if len(words) < MIN_FULL_NAME_WORDS or len(full) <= len(words) or full[-len(words):] != words:
        return False
    return any(_names_a_thing(word, rules) for word in full[:-len(words)])


def _expand_middle_initial(cluster: Cluster, rules: RuleSet) -> None:
    """A person named with a middle initial ("Rosan P. Roeslani") takes the middle name news
    writes in full for that name (rules/names.yml initial_expansions, read off the news pool):
    the guidelines give a well-known person the usual full name. Rule names.initial_expansion."""
    if cluster.kind != "person" or len(cluster.words) < MIN_WORDS_AROUND_AN_INITIAL + 1:
        return
    key = " ".join(word.rstrip(".") if len(word.rstrip(".")) == 1 else word for word in cluster.words)
    expansions = rules.names.initial_expansions
    full = expansions.names.get(key)
    if full is not None:
        _rename(cluster, full, expansions.id)


def _respell_by_majority(cluster: Cluster, document: Document, rules: RuleSet) -> None:
    """A full name written once with a word the article's short mentions spell otherwise
    ("Christopher Philips", then "kata Phillips" nine times) takes the mentions' spelling when
    they write it far more often: the full name holds the slip, and the guidelines give the
    name as best given in the article. Rule names.majority_spelling."""
    if cluster.kind != "person" or len(cluster.words) < MIN_FULL_NAME_WORDS:
        return
    rule = rules.names.majority_spelling
    for form, merge in list(cluster.variants.items()):
        position = RESPELT_WORD_AT.get(merge)
        if position is None or len(form.split()) != 1 or form == cluster.words[position]:
            continue
        respelt = len(document.tokens_with_text(form))
        written = len(document.tokens_with_text(cluster.words[position]))
        if respelt >= rule.min_uses and respelt >= rule.min_ratio * max(written, 1):
            words = list(cluster.words)
            words[position] = form
            cluster.variants[form] = CONTAINED
            _rename(cluster, " ".join(words), rule.id)
            return


def _fold_renamed_twins(kept: list[Cluster]) -> dict[int, Cluster]:
    """People that the renaming above gave one and the same name ("Jose Maourinho" respelt
    beside "Jose Mourinho"; "Trent" and "Alexander-Arnold" both given "Trent Alexander-Arnold")
    are one person: each later entry folds into the first, its mentions, roles and forms
    joining it. By id of each folded cluster, the entry it joined."""
    first: dict[tuple[str, ...], Cluster] = {}
    folded: dict[int, Cluster] = {}
    for cluster in kept:
        if cluster.kind != "person":
            continue
        survivor = first.setdefault(tuple(cluster.words), cluster)
        if survivor is cluster:
            continue
        survivor.mentions = sorted([*survivor.mentions, *cluster.mentions], key=lambda span: span.start)
        survivor.speaks = survivor.speaks or cluster.speaks
        survivor.roles.extend(role for role in cluster.roles if role not in survivor.roles)
        for form, rule in cluster.variants.items():
            survivor.add_variant(form, rule)
        folded[id(cluster)] = survivor
    return folded


def _rename(cluster: Cluster, full: str, rule: str) -> None:
    """Give the cluster the full name; the form the article wrote stays a variant."""
    short = cluster.name
    cluster.words = full.split()
    cluster.variants.pop(full, None)
    cluster.add_variant(short, rule)


def _is_evidenced(cluster: Cluster) -> bool:
    """A person with some evidence beyond one capitalised word the NER called PER: a full name
    (two words or more), a title or role before a mention, or a quote. One-word "people"
    without any are mostly places and organisations ("Bahrain", "Natanz", "Kadin"), about one
    in four a person ("Shakira", "Coutinho" in a line-up). A full name written only inside
    quotation marks with no role before it ("kata Justin Bieber" in a quote) is as often a
    slogan or a foreign phrase. Both are listed last as unevidenced, for the people check to
    judge on the words around them (rule people.no_evidence)."""
    if cluster.kind != "person":
        return True
    return (len(cluster.words) > 1 and not cluster.quoted_only) or bool(cluster.roles) or cluster.speaks \
        or cluster.by_initials or cluster.person_by_layout or cluster.paired


def one_word_person_evidence(document: Document, rules: RuleSet) -> set[int]:
    """Starts of the PER entities that are people by the article's own layout, whatever their
    length: a name with an age in brackets after it ("Iyan (22)"; rule names.age_after_name).
    (A one-word name listed with full names was tried too and lowered people precision on the
    news set: rules/README.md, names.age_after_name.)"""
    text = document.text
    age = age_pattern(tuple(rules.names.age_after_name.units), rules.names.age_after_name.max_digits)
    return {entity.start for entity in document.entities if entity.label == "PER" and age.match(text, entity.end)}


def introduced_initials(document: Document, rules: RuleSet) -> set[str]:
    """Initials the article introduces as a person's ("seorang pria berinisial JH", "inisial
    tersangka masing-masing LS dan HB"): capitals after a marker word, past a few lowercase
    words and between the list's commas and "dan" (rule names.initials_marker); and capitals
    with an age in brackets right after them, marker or not ("yakni AP (25) dan TRS (37)";
    rule names.age_after_name); and capitals with an office after them ("TOP selaku Kepala
    Dinas"; rule names.initials_before_role)."""
    markers = rules.names.initials_markers
    found: set[str] = set()
    tokens = document.tokens
    for token in document.tokens_with_lowered_texts(rules.initials_markers):  # from the document's index
        found.update(_initials_after(tokens, token.index + 1, markers.max_words_between, markers.max_letters, rules))
    shaped = _initials_shaped_words(document, markers.max_letters)
    found.update(_initials_with_an_age(document, rules, shaped))
    found.update(_initials_before_a_role(document, rules, shaped))
    return found


def _initials_shaped_words(document: Document, max_letters: int) -> dict[str, list[Token]]:
    """The words written as initials (`_is_initials`) and their tokens: each distinct word's
    shape tested once for the two readers after a marker-less pair of initials."""
    return {word: written for word, written in document.tokens_by_text().items() if _is_initials(word, max_letters)}


def _initials_before_a_role(document: Document, rules: RuleSet, shaped: dict[str, list[Token]]) -> set[str]:
    """Initials with an office or a suspect's part after them (`TOP selaku Kepala Dinas`, `LM
    sebagai tersangka`; rule names.initials_before_role): corruption news names suspects so
    with no marker word. A body's acronym is left out: one the NER tags ORG or LOC, one inside
    or right after another capitalised word (`DPR RI selaku`), one spelt out in brackets."""
    found: set[str] = set()
    for word, written in shaped.items():
        if f"({word})" in document.text:
            continue
        if any(_role_after(document.tokens, token.index + 1, rules) and _standing_alone(document, token)
               for token in written):
            found.add(word)
    return found


def _standing_alone(document: Document, token: Token) -> bool:
    """Capitals no entity but a PER of their own covers, not right after a capitalised word."""
    for entity in document.entities:
        if entity.start <= token.start and token.end <= entity.end \
                and (entity.label != "PER" or (entity.start, entity.end) != (token.start, token.end)):
            return False
    before = document.tokens[token.index - 1].text if token.index > 0 else ""
    return not (before[:1].isupper() and before.replace("-", "").isalpha())


def _role_after(tokens: list[Token], first: int, rules: RuleSet) -> bool:
    """A link (`selaku`, `sebagai`) after a comma and `between` words, then a capitalised title
    or role or one of `nouns` (names.initials_before_role)."""
    rule = rules.names.initials_before_role
    position = first
    while position < len(tokens) and (tokens[position].text == "," or tokens[position].text.lower() in rule.between):
        position += 1
    if position + 1 >= len(tokens) or tokens[position].text.lower() not in rule.links:
        return False
    role = tokens[position + 1].text
    return (role[:1].isupper() and rules.is_title_or_role(role)) or role in rule.nouns


def _aged_initials(name: str, document: Document, index: TextIndex, rules: RuleSet) -> bool:
    """Initials the article writes with an age after them (`FA (43 tahun)`) name a person even
    where the NER tagged them ORG and a quote is attributed to that mention: an organisation
    has no age (names.age_after_name)."""
    max_letters = rules.names.initials_markers.max_letters
    return name in index.fact("initials_with_an_age", lambda: _initials_with_an_age(
        document, rules, _initials_shaped_words(document, max_letters)))


def _initials_with_an_age(document: Document, rules: RuleSet, shaped: dict[str, list[Token]]) -> set[str]:
    """Initials with an age in brackets right after them (`AP (25)`): crime news names
    suspects so, with or without a marker word. `shaped`: the words written as initials."""
    age = age_pattern(tuple(rules.names.age_after_name.units), rules.names.age_after_name.max_digits)
    return {word for word, written in shaped.items() if any(age.match(document.text, token.end) for token in written)}


def _initials_after(tokens: list[Token], first: int, max_words_between: int, max_letters: int,
                    rules: RuleSet) -> list[str]:
    """The initials listed right after a marker, from token `first` on (read in place: a copy of
    the rest of the article per marker made a text full of markers quadratic); a bracketed
    aside ("LS (suami) dan HB") is skipped."""
    listed: list[str] = []
    between = 0
    depth = 0
    for position in range(first, len(tokens)):
        word = tokens[position].text
        if word == "(" or depth:
            depth += (word == "(") - (word == ")")
        elif _is_initials(word, max_letters):
            listed.append(word)
        elif listed and (word == "," or word.lower() in rules.clause_conjunctions):
            continue
        elif not listed and word.replace("-", "").isalpha() and word.islower() and between < max_words_between:
            between += 1
        else:
            break
    return listed


def _is_initials(word: str, max_letters: int) -> bool:
    return 1 <= len(word) <= max_letters and word.isalpha() and word.isupper()


def _initials_mentions(document: Document, initials: set[str],
                       candidates: list[tuple[Span, str, str]]) -> list[tuple[Span, str]]:
    """Every place outside boilerplate where the article writes introduced initials, except
    where another candidate already stands."""
    if not initials:
        return []
    taken = {(span.start, span.end) for span, _, _ in candidates}
    return [(Span(token.start, token.end), token.text) for token in document.tokens_with_texts(initials)
            if (token.start, token.end) not in taken
            and not document.in_boilerplate(token.start)]


def _word_opening_sentences(cluster: Cluster, document: Document, rules: RuleSet) -> bool:
    """A one-word "person" written only where it opens a sentence, an ordinary word there
    ("Romantisme mengatakan …" beside "romantisme"): capitalised by its place, read as the
    subject as written but no person (rule names.word_opening_a_sentence)."""
    if cluster.kind != "person" or len(cluster.words) != 1 or not cluster.mentions:
        return False
    for mention in cluster.mentions:
        tokens = document.tokens_between(mention.start, mention.end)
        if not tokens or not ordinary_word_opening_a_sentence(
                document, document.text[mention.start:mention.end], tokens[0], rules):
            return False
    return True


def _never_a_name(cluster: Cluster, rules: RuleSet) -> bool:
    """A "person" made only of common words ("Pesan", "Sambutan Hangat": capitalised by position
    or by a heading; rule names.common_word) or opening with a statute noun ("Pasal", "Perda";
    rule names.statute) is not a person, whatever the NER said. Initials the article introduces
    as a person's (`TAS (47)`, `berinisial ADA`) are capitals, not the word they spell (`tas`)."""
    if cluster.kind != "person":
        return False
    lowered = [word.lower() for word in cluster.words]
    return lowered[0] in rules.statute_nouns \
        or (not cluster.by_initials and all(word in rules.common_words for word in lowered))


def _calendar_term(cluster: Cluster, index: TextIndex, rules: RuleSet) -> bool:
    """A feast, a Hijri month or day or the formula after God's name that the NER tagged PER
    ("Idul Adha", "Nisfu Syaban", "Subhanahu Wa Ta'ala"; rule names.calendar_term): every word
    a calendar word, a head or a common word, and one of them never a given name; a month
    that is also a given name ("Muharram") only after a number or a head and where it never
    speaks. A date is no person, whatever the NER said."""
    terms = rules.names.calendar_terms
    if cluster.kind != "person" or not terms.words:
        return False
    lowered = [word.lower() for word in cluster.words]
    calendar = set(terms.words) | set(terms.given_names)
    if not all(word in calendar or word in terms.heads or word in rules.common_words or word.isdigit()
               for word in lowered):
        return False
    if any(word in terms.words for word in lowered):
        return True
    return any(word in terms.given_names for word in lowered) and not cluster.speaks \
        and any(_after_calendar_head(mention, index, terms.heads) for mention in cluster.mentions)


def _after_calendar_head(mention: Span, index: TextIndex, heads: list[str]) -> bool:
    """A number or a calendar head (`bulan`, `tanggal`) right before the mention: "1 Muharram"."""
    position = index.token_at(mention.start)
    if position <= 0:
        return False
    before = index.lowered[position - 1]
    return before.isdigit() or before in heads


def _paired_names(cluster: Cluster, document: Document, rules: RuleSet) -> bool:
    """Two names joined by a hyphen and tagged as one ("pemerintahan Prabowo-Gibran"; rule
    names.paired_names): one word of two capitalised halves, each written alone elsewhere in
    the article (as a word of its own, not inside another hyphenated word). A ticket or a duo
    is no one person; a hyphenated surname ("Alexander-Arnold") never has its halves alone."""
    if cluster.kind != "person" or len(cluster.words) != 1:
        return False
    halves = cluster.words[0].split("-")
    minimum = rules.names.paired_names.min_letters
    if len(halves) != 2 or not all(len(half) >= minimum and half[:1].isupper() for half in halves):
        return False
    return all(_written_alone(half, document.text) for half in halves)


def _ticket_halves(start: int, end: int, name: str, document: Document, index: TextIndex, rules: RuleSet,
                   known: AliasBook) -> list[tuple[Span, str]]:
    """The two people of a ticket the NER tagged as one name ("pemerintahan Jokowi-JK",
    "pasangan Prabowo-Gibran"; rule names.paired_names): one word of two capitalised halves,
    after a pair head or both halves listed short forms of people, each half a name of its own
    (a half shorter than min_letters only when listed: "JK"); or two full names of
    full_name_words words or more each ("Prabowo Subianto-Gibran Rakabuming Raka"), a ticket
    with no head. A hyphenated surname ("Trent Alexander-Arnold") has one word after the hyphen,
    no pair head before it and is no listed pair: it stays one name."""
    paired = rules.names.paired_names
    halves = name.split("-")
    if len(halves) != 2 or not all(half[:1].isupper() for half in halves):
        return []
    # the words the hyphen joins: each a name word, of min_letters unless listed (`Jokowi-JK`)
    joined = [halves[0].split()[-1], halves[1].split()[0]]
    listed = [_listed_short_form(half, rules, known) for half in halves]
    if not all(ok or len(word) >= paired.min_letters for word, ok in zip(joined, listed, strict=True)):
        return []
    position = index.token_at(start)
    after_head = position > 0 and index.lowered[position - 1] in paired.heads
    # two full names, one word of them at least a word news writes in people's names (a body's
    # foreign name is no ticket: `Koninklijk Nederlandsch-Indisch Leger`)
    full_names = all(len(half.split()) >= paired.full_name_words for half in halves) \
        and any(word.lower() in rules.person_name_words for word in name.replace("-", " ").split())
    offset = document.text.find(name, start, end)
    if not (after_head or all(listed) or full_names) or offset < 0:
        return []
    first, second = halves
    return [(Span(offset, offset + len(first)), first), (Span(offset + len(first) + 1, offset + len(name)), second)]


def _listed_short_form(word: str, rules: RuleSet, known: AliasBook) -> bool:
    """A short form the rules give a person's full name for (aliases.yml, usual_full_names)."""
    return word in rules.names.usual_full_names.names or known.usual_name(word, "person", rules) is not None


WORD_JOINERS = "'’-"  # a hyphen or apostrophe joins two halves into one word ("Alexander-Arnold")


def _written_alone(word: str, text: str) -> bool:
    """`word` as a whole word of its own somewhere in the text (not a piece of a hyphenated one)."""
    return re.search(whole_words(word, WORD_JOINERS), text) is not None


def _named_only_after(cluster: Cluster, document: Document, tags: CitedOutlet) -> bool:
    """A "person" named only right after one of `tags` that speaks nowhere. After a sourcing tag
    ("dikutip Mundo Deportivo", "dilansir dari Gazzetta", "laporanCorriere della Sera"; rule
    names.cited_outlet) it is the outlet or the reporter cited; after a real-name marker ("nama
    asli Kim Jung-Hwan"; rule names.real_name) another name of a person the article names
    otherwise. Neither is a (second) person of the article."""
    if cluster.kind != "person" or cluster.speaks or not cluster.mentions or not tags.words:
        return False
    return all(follows_tag(document.text, mention.start, tags) for mention in cluster.mentions)


def _foreign_article_name(cluster: Cluster, rules: RuleSet) -> bool:
    """A team's nickname or a work's title opening with a foreign article ("Gli Azzurri", "Der
    Panzer"; rule names.foreign_article_name) that speaks nowhere: no person's name opens so."""
    articles = rules.names.foreign_article_name.words
    return cluster.kind == "person" and not cluster.speaks and len(cluster.words) >= 2 \
        and cluster.words[0].lower() in articles
