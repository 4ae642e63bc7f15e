"""Reading who speaks from a speaker phrase: an ordered list of named phrase readers.

A phrase (the subject before a reporting verb, the words after `kata` or `menurut`) is read
into a Mention: a pronoun, a name (a PER entity, or a capitalised run the NER missed), a role
noun phrase without a name, or an organisation. Each reader is a small function
`(tokens, index, rules) -> Mention | None`; they are tried in a stated order and the first
answer wins, so a phrase that fits two readings ("Salah satu pejabat Uni Eropa": an unnamed
source holding a place name) gets the one listed first.
"""

from __future__ import annotations

from collections.abc import Callable, Collection

from service.extraction.coreference import abbreviates, relation_head
from service.extraction.document import Entity, Mention, Token
from service.extraction.mentions import (
    PUNCTUATION_STOPS,
    TextIndex,
    capitalised_name_run,
    has_person,
    holds_run,
    in_a_boilerplate_marker,
    is_acronym,
    is_capitalised,
    name_from_tokens,
    name_with_particles,
    opens_with_role,
    phrase_before,
    skip_adverbials,
    starts_person,
)
from service.extraction.rules import RuleSet

PhraseReader = Callable[[list[Token], TextIndex, RuleSet], "Mention | None"]

MAX_ABBREVIATION_TOKENS = 3
MAX_PRONOUN_PHRASE_TOKENS = 2  # a pronoun alone or with one word after it
ORGANISATION_LABELS = ("ORG", "LOC")  # "Pemerintah Jepang" may be tagged as the place
BRACKETED_KINDS = ("organization", "role")  # speaker phrases read as written, brackets and all
OPENING_BRACKET, CLOSING_BRACKET = "(", ")"


def parse_speaker_phrase(tokens: list[Token], index: TextIndex, rules: RuleSet) -> Mention | None:
    """Read who speaks from the tokens of a speaker phrase.

    Words inside quotation marks and a connective before the subject ("Sehingga ia
    menyebut …") are no part of it, nor, in the name of an organisation or a role, an adverb or
    a time adjunct closing it (`without_trailing_adjuncts`). The readers of WHOLE_PHRASE_READERS see the whole
    phrase; an affiliation after a person ("… dari Loyola Law School") is then cut, and the
    readers of NAMED_PHRASE_READERS see what is left.
    """
    tokens = _after_boilerplate([token for token in tokens if not index.document.in_quote_marks(token.start)],
                                index, rules)
    if not tokens:
        return None
    while len(tokens) > 1 and tokens[0].text.lower() in rules.subject_boundaries:
        tokens = tokens[1:]
    mention = _first_reading(WHOLE_PHRASE_READERS, tokens, index, rules)
    if mention is None:
        mention = _first_reading(NAMED_PHRASE_READERS, _without_affiliation(tokens, index, rules), index, rules)
    return _without_trailing_adjunct(_with_its_closing_bracket(mention, index), tokens, index, rules)


def _after_boilerplate(tokens: list[Token], index: TextIndex, rules: RuleSet) -> list[Token]:
    """The phrase past a boilerplate marker the scraper glued into it ("SCROLL TO CONTINUE WITH
    CONTENT Hollywood Reporter melaporkan"): the marker is no part of who speaks (quotes.yml
    boilerplate_markers)."""
    last = max((position for position, token in enumerate(tokens)
                if in_a_boilerplate_marker(token, index.document, rules)), default=-1)
    return tokens[last + 1:]


def _without_trailing_adjunct(mention: Mention | None, tokens: list[Token], index: TextIndex,
                              rules: RuleSet) -> Mention | None:
    """An organisation or role read as written, less the adverb or time adjunct that closes the
    phrase (`without_trailing_adjuncts`): "Dua pejabat Amerika Serikat pada Selasa" is "Dua
    pejabat Amerika Serikat", "Data Kementerian Perhubungan tahun 2024" "Kementerian
    Perhubungan". The phrase is read whole first, so the adjunct still decides how it reads;
    only the name loses it."""
    if mention is None or mention.kind not in BRACKETED_KINDS:
        return mention
    kept = without_trailing_adjuncts(tokens, rules)
    text = index.document.text
    end = kept[-1].end
    if len(kept) == len(tokens) or not mention.start < end < mention.end \
            or mention.name != text[mention.start:mention.end]:
        return mention
    return Mention(mention.start, end, mention.kind, name=text[mention.start:end])


def without_trailing_adjuncts(tokens: list[Token], rules: RuleSet) -> list[Token]:
    """The phrase less what closes it without naming who speaks (speakers.yml
    trailing_time_openers, trailing_adverbs): an adverb left before the verb ("Para pemerhati
    lingkungan juga") and a time adjunct ("Dua pejabat Amerika Serikat pada Selasa"), so the
    speaker is named as written without them. One word is always left."""
    kept = list(tokens)
    while len(kept) > 1 and kept[-1].text.lower() in rules.trailing_adverbs:
        kept.pop()
    opener = _time_adjunct_start(kept, rules)
    return kept[:opener] if opener is not None else kept


def _time_adjunct_start(tokens: list[Token], rules: RuleSet) -> int | None:
    """Where a time adjunct closing the phrase starts: a trailing_time_openers word after the
    first word and not after a number ("bek 18 tahun ini" is an age), then one or more words
    that are time words or hold a digit ("tanggal 5 Juni 2025", "pada Selasa"). Not one closed
    by a demonstrative ("Gubernur Aceh kala itu"): the demonstrative tells the speaker slot that
    the role is dated, not a pointer to the person in focus, so it stays in the phrase."""
    if tokens and tokens[-1].text.lower() in rules.demonstratives:
        return None
    for position in range(1, len(tokens) - 1):  # the leftmost opener: the whole adjunct
        if tokens[position].text.lower() in rules.trailing_time_openers \
                and not _has_digit(tokens[position - 1].text) \
                and all(token.text.lower() in rules.time_words or _has_digit(token.text)
                        for token in tokens[position + 1:]):
            return position
    return None


def _has_digit(text: str) -> bool:
    return any(character.isdigit() for character in text)


def _with_its_closing_bracket(mention: Mention | None, index: TextIndex) -> Mention | None:
    """An organisation or role read as written up to its bracketed abbreviation, when the phrase
    stopped before the bracket closes ("Kementerian Kesehatan (KemenkesRI" + ")"), takes in the
    closing bracket right after it: the name as written ("Komisi Pemberantasan Korupsi (KPK)"),
    never half a bracket. A name the reader took from elsewhere (an alias's long form) stays."""
    if mention is None or mention.kind not in BRACKETED_KINDS:
        return mention
    text = index.document.text
    written = text[mention.start:mention.end]
    if written.count(OPENING_BRACKET) <= written.count(CLOSING_BRACKET) \
            or text[mention.end:mention.end + 1] != CLOSING_BRACKET:
        return mention
    name = text[mention.start:mention.end + 1] if mention.name == written else mention.name
    return Mention(mention.start, mention.end + 1, mention.kind, name=name)


def _first_reading(readers: list[PhraseReader], tokens: list[Token], index: TextIndex,
                   rules: RuleSet) -> Mention | None:
    for read in readers:
        mention = read(tokens, index, rules)
        if mention is not None:
            return mention
    return None


def role_mention(tokens: list[Token], index: TextIndex) -> Mention:
    """The whole phrase as a role, as written ("pejabat AS tersebut", "juru bicara kepolisian")."""
    start, end = tokens[0].start, tokens[-1].end
    return Mention(start, end, "role", name=index.document.text[start:end])


def read_pronoun(tokens: list[Token], index: TextIndex, rules: RuleSet) -> Mention | None:
    """ "ia mengatakan", "dia pun menyebut": a pronoun, resolved later by coreference."""
    first = tokens[0]
    if len(tokens) <= MAX_PRONOUN_PHRASE_TOKENS and first.text.lower() in rules.pronouns:
        return Mention(first.start, first.end, "pronoun")
    return None


def read_defined_organisation(tokens: list[Token], index: TextIndex, rules: RuleSet) -> Mention | None:
    """A phrase ending in an organisation's abbreviation the article defined ("TNI AD
    menekankan", "Komisi Kejaksaan (Komjak) menyebut"): the organisation speaks; not one
    attached to a person named before it (`_attached_to_a_person`)."""
    document = index.document
    if _attached_to_a_person(tokens, index, rules):
        return None
    for first in range(len(tokens)):
        tail = tokens[first:]
        if len(tail) > MAX_ABBREVIATION_TOKENS:
            continue
        alias = document.aliases.get(document.text[tail[0].start:tail[-1].end].lower())
        if alias is not None and alias.kind == "organization":
            return Mention(tail[0].start, tail[-1].end, "organization", name=alias.full)
    return None


def _attached_to_a_person(tokens: list[Token], index: TextIndex, rules: RuleSet) -> bool:
    """A person named first and an affiliation after the name ("Mantas Mazeika dari Center for
    AI Safety (CAIS) menilai"): the organisation only says where the person belongs; the person
    speaks, as `_without_affiliation` reads it (speakers.yml affiliation_words)."""
    return len(_without_affiliation(tokens, index, rules)) < len(tokens)


def read_document_issuer(tokens: list[Token], index: TextIndex, rules: RuleSet) -> Mention | None:
    """A document speaks for whoever issued it: "Putusan MA itu menyebutkan" -> the court,
    "Data Kementerian Perdagangan menyebut" -> the ministry."""
    if len(tokens) < 2 or tokens[0].text.lower() not in rules.document_nouns:
        return None
    rest = tokens[1:]
    while rest and rest[-1].text.lower() in rules.demonstratives:
        rest = rest[:-1]
    while rest and rest[0].text.lower() in rules.document_nouns:
        rest = rest[1:]  # "hasil survei", "siaran pers"
    if not rest:
        return None
    issuer = parse_speaker_phrase(rest, index, rules)
    if issuer is None or issuer.kind not in ("name", "organization"):
        return None
    return issuer


def issuer_after_marker(position: int, index: TextIndex, rules: RuleSet) -> int | None:
    """Where the issuer of the document noun at `position` is written after a preposition
    ("siaran pers dari Biro Humas …", "siaran pers yang dikeluarkan oleh BPBD"): the token after
    the marker (speakers.yml document_issuer_markers), past the other document nouns and a
    relative passive ("yang dikeluarkan"). None when no marker follows: the phrase reader, which
    stops at a preposition, reads the issuer written right after the noun instead."""
    tokens = index.tokens
    at = position + 1
    while at < len(tokens) and tokens[at].text.lower() in rules.document_nouns:
        at += 1
    if at + 1 < len(tokens) and tokens[at].text.lower() in rules.relative_pronouns \
            and rules.is_passive_verb(tokens[at + 1].text):
        at += 2
    if at + 1 < len(tokens) and tokens[at].text.lower() in rules.document_issuer_markers:
        return at + 1
    return None


def read_unnamed_source(tokens: list[Token], index: TextIndex, rules: RuleSet) -> Mention | None:
    """ "Salah satu pejabat Uni Eropa mengatakan": an unnamed source, whatever names it holds."""
    if tokens[0].text.lower() in rules.indefinite_markers and any(rules.is_title_or_role(t.text) for t in tokens):
        return role_mention(tokens, index)
    return None


def read_party(tokens: list[Token], index: TextIndex, rules: RuleSet) -> Mention | None:
    """ "pihak situs menyatakan", "baru-baru ini pihak klub menyatakan", "banyak pihak
    menganggap": a party named by what it is (speakers.yml party_heads), in lowercase words
    with no name, is an unnamed source, as its role phrase from the head on (or from the
    indefinite marker before it)."""
    head = next((k for k, token in enumerate(tokens) if token.text.lower() in rules.party_heads), None)
    allowed_before = rules.time_words | rules.demonstratives | rules.indefinite_markers
    if head is None or any(token.text.lower() not in allowed_before for token in tokens[:head]):
        return None
    if any(not token.text.islower() or index.entity_by_token.get(token.index) is not None
           for token in tokens[head + 1:]):
        return None  # "pihak Federasi Timnas Irak": the named organisation speaks, not its party
    start = head - 1 if head > 0 and tokens[head - 1].text.lower() in rules.indefinite_markers else head
    if start == head and head + 1 >= len(tokens):
        return None  # a bare "pihak" is no party
    return role_mention(tokens[start:], index)


def read_organisation_anaphor(tokens: list[Token], index: TextIndex, rules: RuleSet) -> Mention | None:
    """ "Badan kesehatan global tersebut menekankan", "Anak usaha BCA ini menilai": a definite noun
    phrase headed by a noun for an institution (speakers.yml organisation_anaphor_heads) and closed
    by a demonstrative refers back to an organisation; read as a role phrase, which the slot
    resolves (speaker.organisation_anaphor). A head inside an entity ("Badan Pusat Statistik
    tersebut") is a named organisation, left to the organisation readers."""
    # organisation_anaphor_head asks for the closing demonstrative and a word after the head
    if organisation_anaphor_head([token.text for token in tokens], rules) is None \
            or index.entity_by_token.get(tokens[0].index) is not None:
        return None
    return role_mention(tokens, index)


def read_bare_institution(tokens: list[Token], index: TextIndex, rules: RuleSet) -> Mention | None:
    """ "tulis perseroan", "Maskapai mengatakan", "kata otoritas": an institution noun alone
    (speakers.yml organisation_anaphor_heads), written in lowercase or capitalised only as its
    sentence's first word, is definite as it stands: news writes it for the company or body the
    article follows. Read as a role phrase, whatever the tagger made of it, so the slot resolves
    it as an organisation anaphor (speaker.organisation_anaphor), never to a person."""
    if bare_institution_head([token.text for token in tokens], rules) is None:
        return None
    if not _written_lowercase(tokens[0], index):
        return None
    return role_mention(tokens, index)


def bare_institution_head(words: list[str], rules: RuleSet) -> str | None:
    """The institution noun a phrase is made of, with nothing else ("perseroan", "anak usaha")."""
    lowered = tuple(word.lower() for word in words)
    return " ".join(lowered) if lowered in rules.organisation_anaphor_heads else None


def organisation_anaphor_head(words: list[str], rules: RuleSet) -> str | None:
    """The institution noun that heads a phrase closed by a demonstrative, if it opens with one
    and holds a word after it ("Anak usaha BCA ini" -> "anak usaha"; "Bank ini" -> "bank")."""
    lowered = [word.lower() for word in words]
    if len(lowered) < 2 or lowered[-1] not in rules.demonstratives:
        return None
    for head in rules.organisation_anaphor_heads:
        if tuple(lowered[:len(head)]) == head and len(head) < len(lowered):
            return " ".join(head)
    return None


def read_epithet(tokens: list[Token], index: TextIndex, rules: RuleSet) -> Mention | None:
    """ "mantan pemain Cardiff City ini", "bintang film Story of Dinda … itu", "tetangga Rio
    Ferdinand itu": a description of a person already named, headed by a role or person noun
    and closed by a demonstrative. The names inside modify the description (a club, a film, a
    neighbour); the role generators resolve it to the person it points at. A phrase that says
    what the person is called ("pria yang kerap dipanggil Buwas itu") is left to the name readers."""
    tokens = _after_an_opening_adjunct(tokens, rules)
    head = tokens[0]
    if len(tokens) < 2 or tokens[-1].text.lower() not in rules.demonstratives \
            or head.text.lower() not in rules.epithet_heads or index.entity_by_token.get(head.index) is not None:
        return None
    if not (head.text.islower() or rules.is_title_or_role(head.text)
            or head.start == index.document.sentence_of(head.start).start):
        return None  # a capitalised word inside the sentence may be a given name ("Bintang Emon itu")
    if any(token.text.lower().endswith(rules.nickname_marker_words) for token in tokens):
        return None
    return role_mention(tokens, index)


MAX_OPENING_ADJUNCT_TOKENS = 2  # "Kali ini", "Saat itu"


def _after_an_opening_adjunct(tokens: list[Token], rules: RuleSet) -> list[Token]:
    """The phrase after an adjunct closed by a demonstrative that opens the sentence before an
    epithet ("Kali ini legenda Persija itu menyebut"): that demonstrative closes the adjunct,
    the one at the end closes the epithet. The phrase as it is when no epithet head follows."""
    for at in range(1, min(MAX_OPENING_ADJUNCT_TOKENS, len(tokens) - 2) + 1):
        if tokens[at].text.lower() in rules.demonstratives:
            following = tokens[at + 1]
            if following.text.lower() in rules.epithet_heads and following.text.islower():
                return tokens[at + 1:]
            return tokens
    return tokens


def read_definite_description(tokens: list[Token], index: TextIndex, rules: RuleSet) -> Mention | None:
    """ "Sang penyanyi", "sang pelatih asal Portugal": `sang` (speakers.yml definite_markers)
    before a common noun marks a description of a person already named, whatever the noun; the
    role generators resolve it to the person in focus, as they do an epithet closed by a
    demonstrative. A phrase that holds a name ("sang kakak, Budi") is the name readers'."""
    if len(tokens) < 2 or tokens[0].text.lower() not in rules.definite_markers \
            or not tokens[1].text.isalpha() or has_person(tokens, index) \
            or index.entity_by_token.get(tokens[1].index) is not None:
        return None
    return role_mention(tokens, index)


def _person_entities(tokens: list[Token], index: TextIndex, rules: RuleSet) -> list[Entity]:
    """The PER entities of the phrase, but not one made only of titles and roles."""
    return [index.entity_by_token[token.index] for token in tokens
            if token.index in index.entity_by_token and index.entity_by_token[token.index].label == "PER"
            and not all(rules.is_title_or_role(t.text) for t in tokens
                        if index.entity_by_token.get(t.index) is index.entity_by_token[token.index])]


def read_person_entity(tokens: list[Token], index: TextIndex, rules: RuleSet) -> Mention | None:
    """The last PER entity of the phrase, after the titles it swallowed ("Kapolri Listyo
    Sigit Prabowo" -> "Listyo Sigit Prabowo")."""
    person = _person_entities(tokens, index, rules)
    if not person:
        return None
    entity = person[-1]
    inside = [t for t in tokens if entity.start <= t.start < entity.end]
    rest = [t for t in tokens if t.start >= entity.start]
    if len(rest) > len(inside) and name_with_particles(rest, index, rules):
        inside = rest  # "[Ruben de] la Red": the particles and the words after them are the name's
    name_tokens = _after_titles_and_relations(inside, rules, index)
    name = name_from_tokens(name_tokens, rules, index)
    if not name:
        return None
    start = name_tokens[0].start + index.document.text[name_tokens[0].start:name_tokens[-1].end].find(name)
    return Mention(max(start, name_tokens[0].start), name_tokens[-1].end, "name", name=name)


def read_relative_of_a_named_person(tokens: list[Token], index: TextIndex, rules: RuleSet) -> Mention | None:
    """ "kata kuasa hukum Andi", "ujar kakak Budi": a relation noun (speakers.yml relation_heads)
    right before the name of a person the article names elsewhere without that noun says whose
    relative or representative speaks, so the phrase is a role (the role generators resolve it,
    never to the person it names); the name alone would give the words to the client or the
    relative spoken of. A name apposed after a comma ("kuasa hukumnya, Hotman") is the speaker's
    own and left to the name readers, as is a name the article gives only here."""
    head = relation_head([token.text for token in tokens], rules)
    if head is None:
        return None
    rest = tokens[len(head):]
    entity = index.entity_by_token.get(rest[0].index)
    if entity is None or entity.label != "PER" or index.entity_by_token.get(rest[-1].index) is not entity \
            or any(token.text in PUNCTUATION_STOPS for token in rest):
        return None
    if not index.names_another_person(rest, unless=head[-1]):
        return None
    return role_mention(tokens, index)


def read_anaphoric_role(tokens: list[Token], index: TextIndex, rules: RuleSet) -> Mention | None:
    """ "Ketum Gerindra ini", "pejabat AS tersebut": an anaphoric role, whatever names it holds."""
    if tokens[-1].text.lower() in rules.demonstratives and any(rules.is_title_or_role(t.text) for t in tokens):
        return role_mention(tokens, index)
    return None


OFFICE_WINDOW_TOKENS = 8  # "Sosialisasi dipimpin oleh Kepala BBWS Citarum, Mochammad …"
OFFICE_WINDOW_STOPS = frozenset([".", ";", ":", "?", "!", "\"", "“", "”"])


def read_office_of_a_named_person(tokens: list[Token], index: TextIndex, rules: RuleSet) -> Mention | None:
    """ "Kepala BBWS Citarum menyampaikan", "pungkas Wali Kota": an office and the capitalised
    words of its institution, which the article wrote before a person's name earlier ("Kepala
    BBWS Citarum, Mochammad Dian Al Ma’ruf", "Wali Kota Tebing Tinggi, H. Iman Irdian Saragih"),
    is that office, a role the role holder resolves; not a name the NER missed (`Citarum`,
    `Kota`). Rule speaker.role_holder then names the person."""
    if len(tokens) < 2 or not rules.is_title_or_role(tokens[0].text) or _person_entities(tokens, index, rules) \
            or not all(token.text[:1].isupper() for token in tokens):
        return None
    words = [token.text.lower() for token in tokens]
    offices = index.fact("offices_before_names", lambda: _offices_before_names(index, rules))
    if any(start < tokens[0].start and holds_run(before, words) for start, before in offices):
        return role_mention(tokens, index)
    return None


def _offices_before_names(index: TextIndex, rules: RuleSet) -> list[tuple[int, list[str]]]:
    """Each PER entity's start and the lowercased words before it in its sentence (commas and
    person titles such as `H.` left out): where an article writes a person's office."""
    found: list[tuple[int, list[str]]] = []
    for entity in index.document.entities:
        if entity.label != "PER":
            continue
        first = index.token_at(entity.start)
        words: list[str] = []
        for token in reversed(index.tokens[max(0, first - OFFICE_WINDOW_TOKENS):first]):
            if token.text in OFFICE_WINDOW_STOPS or "\n" in index.document.text[token.end:entity.start]:
                break
            if token.text != "," and not (rules.is_person_title(token.text) and token.text.endswith(".")):
                words.insert(0, token.text.lower())
        found.append((entity.start, words))
    return found


def read_short_form_of_an_office(tokens: list[Token], index: TextIndex, rules: RuleSet) -> Mention | None:
    """ "kata GM", "Kakanwil Kemenagjabar mengatakan": a capitalised first word the rules do not
    list as an office, spelled from an office the article wrote before a person's name earlier
    ("General Manager PT …", "Kepala Kanwil Kementerian Agama …"; coreference.abbreviates), is
    that office, whatever the tagger made of it (an acronym's organisation, a PER entity); the
    words after it are its institution, unless the article names a person with them ("GM RU VI
    Yulianto": Yulianto is a name). Rule speaker.role_abbreviation then names the holder."""
    first = tokens[0]
    if not first.text[:1].isupper() or rules.is_title_or_role(first.text) or len(tokens) > MAX_ABBREVIATION_TOKENS:
        return None
    spelled_at = _earliest_office_spelled(first.text, index, rules)
    if spelled_at is None or spelled_at >= first.start:
        return None
    rest = {token.text.lower() for token in tokens[1:]}
    if rest & _words_of_other_people(tokens, index):
        return None
    return role_mention(tokens, index)


def _earliest_office_spelled(short: str, index: TextIndex, rules: RuleSet) -> int | None:
    """Where the article first writes, before a person's name, an office that `short` spells;
    None if it never does. Kept per short form and read over the distinct offices, so a long
    article of many speaker phrases does not spell every phrase against every office again
    (the work stays linear in the article, tests/test_limits.py)."""
    memo: dict[str, int | None] = index.fact("earliest_office_spelled", dict)
    if short not in memo:
        offices = index.fact("distinct_offices_before_names", lambda: _distinct_offices(index, rules))
        memo[short] = min((start for words, start in offices.items() if abbreviates(short, words, rules)),
                          default=None)
    return memo[short]


def _distinct_offices(index: TextIndex, rules: RuleSet) -> dict[tuple[str, ...], int]:
    """Each distinct run of words before a person's name, with where the article first writes it."""
    first_at: dict[tuple[str, ...], int] = {}
    for start, words in index.fact("offices_before_names", lambda: _offices_before_names(index, rules)):
        key = tuple(words)
        first_at[key] = min(start, first_at.get(key, start))
    return first_at


def _words_of_other_people(tokens: list[Token], index: TextIndex) -> set[str]:
    """The lowercased words of the article's PER entities written otherwise than the phrase
    (the tagger labels each writing of "Kakanwil Kemenagjabar" alike)."""
    phrase = index.document.text[tokens[0].start:tokens[-1].end]
    words_by_text = index.fact("person_entity_words", lambda: _person_entity_words(index))
    return {word for text, words in words_by_text.items() if text != phrase for word in words}


def _person_entity_words(index: TextIndex) -> dict[str, frozenset[str]]:
    """Each distinct text the tagger labelled PER, with its lowercased words: read once per
    article, not once per speaker phrase that spells an office."""
    text = index.document.text
    return {text[entity.start:entity.end]: frozenset(word.lower() for word in text[entity.start:entity.end].split())
            for entity in index.document.entities if entity.label == "PER"}


def written_in_a_tagged_name(mention: Mention, index: TextIndex) -> bool:
    """Whether a name the NER left untagged where it speaks ("Yustinus mengatakan …") is part of
    a name the tagger labelled PER elsewhere in the article ("Tiara Yustinus Sadmoko"): the same
    person, named short, not a place or an affiliation that a person before it speaks from."""
    if mention.kind != "name" or not mention.name:
        return False
    words = frozenset(mention.name.lower().split())
    words_by_text = index.fact("person_entity_words", lambda: _person_entity_words(index))
    return any(words <= tagged for tagged in words_by_text.values())


def read_institution(tokens: list[Token], index: TextIndex, rules: RuleSet) -> Mention | None:
    """ "Kementerian Perdagangan menyebut", "keberatan dari Komisi II yang menilai": the
    capitalised words from an institution head on are its name, not a person's (a role
    before the head is a person of it: "Kepala NATO", "Ketua KPK")."""
    head = next((token for token in tokens if token.text.lower() in rules.institution_heads
                 and token.text[:1].isupper()), None)
    if head is None or _person_entities(tokens, index, rules) \
            or any(rules.is_title_or_role(token.text) for token in tokens if token.start < head.start):
        return None
    return Mention(head.start, tokens[-1].end, "organization", name=index.document.text[head.start:tokens[-1].end])


def read_defined_abbreviation(tokens: list[Token], index: TextIndex, rules: RuleSet) -> Mention | None:
    """ "Komisi Kejaksaan (Komjak) menyebut": a capitalised run that is an abbreviation the
    article defined for an organisation."""
    run = capitalised_name_run(tokens, index, rules)
    if not run:
        return None
    alias = index.document.aliases.get(index.document.text[run[0].start:run[-1].end].lower())
    if alias is None or alias.kind != "organization":
        return None
    return Mention(run[0].start, run[-1].end, "organization", name=alias.full)


def read_capitalised_name(tokens: list[Token], index: TextIndex, rules: RuleSet) -> Mention | None:
    """A name the NER missed: the last capitalised run that is neither a title nor an
    organisation ("kata Anies", "Kapolri Listyo")."""
    run = capitalised_name_run(tokens, index, rules)
    name = name_from_tokens(run, rules, index) if run else ""
    if not name:
        return None
    start = run[0].start + index.document.text[run[0].start:run[-1].end].find(name)
    return Mention(max(start, run[0].start), run[-1].end, "name", name=name)


def read_role(tokens: list[Token], index: TextIndex, rules: RuleSet) -> Mention | None:
    """A role noun phrase that names nobody ("kata jaksa", "juru bicara kepolisian")."""
    if any(rules.is_title_or_role(token.text) for token in tokens):
        return role_mention(tokens, index)
    return None


def read_acronym(tokens: list[Token], index: TextIndex, rules: RuleSet) -> Mention | None:
    """ "Namun, MK menegaskan …": an acronym that is not a person's is an organisation. So is
    one written word of capitals joined by hyphens ("MER-C menyatakan", "PDI-P meminta"): the
    tokenizer splits it at the hyphen, but it is still the one short form."""
    first, last = tokens[0], tokens[-1]
    if len(tokens) == 1 and is_acronym(first.text):
        return Mention(first.start, first.end, "organization", name=first.text)
    written = index.document.text[first.start:last.end]
    if _one_hyphenated_short_form(written):
        return Mention(first.start, last.end, "organization", name=written)
    return None


def _one_hyphenated_short_form(written: str) -> bool:
    """Capital-letter parts joined by hyphens with no space anywhere, the first an acronym
    ("MER-C", "PDI-P"): one written word, not a dash between two phrases."""
    parts = written.split("-")
    return len(parts) > 1 and is_acronym(parts[0]) \
        and all(part.isalpha() and part.isupper() for part in parts[1:])


def read_organisation_entity(tokens: list[Token], index: TextIndex, rules: RuleSet) -> Mention | None:
    """ORG or LOC entities ("Pemerintah Jepang"), or a phrase opened by an institution head."""
    organisation = [index.entity_by_token[token.index] for token in tokens
                    if token.index in index.entity_by_token
                    and index.entity_by_token[token.index].label in ORGANISATION_LABELS]
    if not organisation and tokens[0].text.lower() not in rules.institution_heads:
        return None
    start = _with_institution_heads_before(organisation[0].start, tokens, index, rules) if organisation \
        else tokens[0].start
    if organisation and in_a_boilerplate_marker(index.document.tokens[index.token_at(start)], index.document, rules):
        # the tagger ran a glued marker into the name
        start = tokens[0].start
    end = organisation[-1].end if organisation else tokens[-1].end
    return Mention(start, end, "organization", name=index.document.text[start:end])


def _with_institution_heads_before(start: int, tokens: list[Token], index: TextIndex, rules: RuleSet) -> int:
    """Where an organisation named after its institution heads starts: a head written in
    lowercase before the entity ("militer Israel", "pemerintah Kota Seoul", "Manajemen klub
    Persita" with the sentence's capital; speakers.yml institution_heads) is part of who speaks,
    as the guidelines write the organisation as written; the tagger leaves the lowercase head out
    of the entity. A head glued to the name ("pemerintahIsrael") is a scraper's damage, not read."""
    first = next((position for position, token in enumerate(tokens) if token.start == start), None)
    if first is None:
        return start  # the entity opens before the phrase: as the tagger found it
    while first > 0 and _lowercase_head(tokens[first - 1], index, rules) \
            and tokens[first - 1].end < tokens[first].start:
        first -= 1
    return tokens[first].start


def _lowercase_head(token: Token, index: TextIndex, rules: RuleSet) -> bool:
    """An institution head written in lowercase, or capitalised only as its sentence's first word."""
    return _written_lowercase(token, index) and token.text.lower() in rules.institution_heads


def _written_lowercase(token: Token, index: TextIndex) -> bool:
    """A word written in lowercase, or capitalised only because it opens its sentence."""
    opens_sentence = index.document.sentence_of(token.start).start == token.start
    return token.text.islower() or (opens_sentence and token.text[1:].islower())


def read_unissued_document(tokens: list[Token], index: TextIndex, rules: RuleSet) -> Mention | None:
    """ "laporan yang belum terkonfirmasi menyebutkan …", "sejumlah laporan menyebut …": a
    document (speakers.yml document_nouns, after an indefinite marker) that names no issuer
    speaks as written (guidelines: a document speaks; with no issuer, the phrase itself).
    Tried last: an issuer, a person or an office in the phrase is read first. A demonstrative
    ("Laporan itu") points back to a document named before, and a document after an adjunct
    opener ("X dalam surat bernomor … menyebutkan") is where its writer said it: not read here."""
    head = 1 if len(tokens) > 1 and tokens[0].text.lower() in rules.indefinite_markers else 0
    before = tokens[0].index - 1
    if tokens[head].text.lower() not in rules.document_nouns \
            or any(token.text.lower() in rules.demonstratives for token in tokens) \
            or (before >= 0 and index.tokens[before].text.lower() in rules.subject_adjunct_openers):
        return None
    return role_mention(tokens, index)


# The readers of the whole phrase, in the order they are tried: a pronoun; an organisation
# the article defined by its abbreviation; a document for its issuer; an unnamed source
# ("salah satu pejabat …") before any name it holds is read as the speaker; an organisation
# anaphor ("Anak usaha BCA ini") and an epithet ("mantan pemain Cardiff City ini") before the
# names that modify them.
WHOLE_PHRASE_READERS: list[PhraseReader] = [
    read_pronoun,
    read_defined_organisation,
    read_document_issuer,
    read_unnamed_source,
    read_party,
    read_bare_institution,
    read_organisation_anaphor,
    read_epithet,
    read_definite_description,
]

# The readers of the phrase without an affiliation after the person, in the order they are
# tried: a relative or representative of a person named elsewhere ("kuasa hukum Andi"), a role;
# a person the NER found; an anaphoric role ("pejabat AS tersebut") before the names
# it holds; an office the article wrote before a person's name ("Kepala BBWS Citarum"); an
# institution; a capitalised run (an organisation's defined abbreviation, else a name the NER
# missed); a role with no name; a lone acronym; an organisation entity.
NAMED_PHRASE_READERS: list[PhraseReader] = [
    read_short_form_of_an_office,
    read_relative_of_a_named_person,
    read_person_entity,
    read_anaphoric_role,
    read_office_of_a_named_person,
    read_institution,
    read_defined_abbreviation,
    read_capitalised_name,
    read_role,
    read_acronym,
    read_organisation_entity,
    read_unissued_document,
]


def _without_affiliation(tokens: list[Token], index: TextIndex, rules: RuleSet) -> list[Token]:
    """Cut an affiliation after the person ("pakar hukum Jessica Levinson dari Loyola Law
    School"): the speaker is the person, not the institution after `dari`/`asal`."""
    for position, token in enumerate(tokens):
        if position and token.text in rules.affiliation_words and has_person(tokens[:position], index):
            return tokens[:position]
    return tokens


def _after_titles_and_relations(tokens: list[Token], rules: RuleSet, index: TextIndex) -> list[Token]:
    """A PER entity's tokens after the titles and roles it swallowed; a word that is also a
    given name stays unless it relates the speaker to another person (opens_with_role). Not
    `leading_titles`: whether a word relates depends on the words after it, not on it alone."""
    position = 0
    while position < len(tokens) - 1 and (rules.is_title(tokens[position].text)
                                          or opens_with_role(tokens[position:], rules, index)):
        position += 1
    return tokens[position:]


MAX_POSTMODIFIER_TOKENS = 6  # "yang menelepon polisi", "di kota tersebut"
# a postmodifier closed by a demonstrative ("Pengacara yang dikenal kerap membela hak-hak
# publik itu menyatakan"): the demonstrative marks where the noun phrase ends, so a longer
# relative clause is still the subject's
MAX_CLOSED_POSTMODIFIER_TOKENS = 12
POSTMODIFIED_HEAD_KINDS = frozenset({"role", "organization"})


def postmodified_subject(verb_position: int, sentence_start: int, index: TextIndex,
                         rules: RuleSet) -> Mention | None:
    """A role or organisation head with a place or relative postmodifier before the verb
    ("Para dokter di kota tersebut mengatakan", "Saksi yang menelepon polisi mengatakan"):
    Indonesian noun phrases are head-first, so the phrase right before the verb is the
    modifier and the head before it is the speaker. A role mention spans head and modifier
    (the guidelines' speaker is the whole phrase); an organisation keeps its name."""
    last = skip_adverbials(verb_position - 1, index, rules)
    closed = last >= 0 and index.tokens[last].text.lower() in rules.demonstratives
    found = _head_before_opener(verb_position, sentence_start, index, rules, rules.noun_postmodifiers,
                                MAX_CLOSED_POSTMODIFIER_TOKENS if closed else MAX_POSTMODIFIER_TOKENS)
    if found is None:
        return None
    end, head = found
    mention = parse_speaker_phrase(head, index, rules) if head else None
    if mention is None or mention.kind not in POSTMODIFIED_HEAD_KINDS:
        return None
    if mention.kind == "organization":
        # only an organisation the tagger found: a capitalised first word alone ("Rumah di
        # ujung jalan itu") is no institution
        return mention if _has_organisation_entity(head, index) else None
    phrase_end = index.tokens[end].end
    return Mention(mention.start, phrase_end, "role", name=index.document.text[mention.start:phrase_end])


def _head_before_opener(verb_position: int, sentence_start: int, index: TextIndex, rules: RuleSet,
                        openers: Collection[str], max_tokens: int) -> tuple[int, list[Token]] | None:
    """Walks back from the verb (past adverbials) to the nearest lowercase opener word within
    `max_tokens` words and returns the last token before the verb with the phrase before the
    opener; None at the sentence start, punctuation or a quote mark, where the subject is not
    split. Tokens written together count as one word ("90-an", "ke-80": the tokenizer splits
    them at the hyphen, the writer wrote one word)."""
    end = skip_adverbials(verb_position - 1, index, rules)
    words = 0
    for opener in range(end, -1, -1):
        token = index.tokens[opener]
        if opener == end or token.end < index.tokens[opener + 1].start:
            words += 1
        if words > max_tokens:
            return None
        if token.start < sentence_start or token.text in PUNCTUATION_STOPS \
                or index.document.in_quote_marks(token.start):
            return None
        if token.text.lower() in openers and token.text == token.text.lower():
            head, _ = phrase_before(opener, sentence_start, index, rules)
            return end, head
    return None


MAX_ADJUNCT_TOKENS = 6  # "dalam arahan nya", "saat dikonfirmasi wartawan di Jakarta"
ADJUNCT_SUBJECT_KINDS = ("name", "organization", "role")


def adjunct_separated_subject(verb_position: int, sentence_start: int, index: TextIndex,
                              rules: RuleSet) -> Mention | None:
    """A subject, then an adjunct of the act of saying, then the verb ("Caridin, dalam laporannya
    menyampaikan …", "Suryanegara saat dikonfirmasi mengaku …"): the speaker is the phrase
    before the adjunct's opening word (a pronoun too: "Ia dalam keterangan tertulis menyatakan
    …"); the adjunct holds no punctuation."""
    found = _head_before_opener(verb_position, sentence_start, index, rules, rules.subject_adjunct_openers,
                                MAX_ADJUNCT_TOKENS)
    if found is None:
        return None
    _, head = found
    mention = parse_speaker_phrase(head, index, rules) if head else None
    if mention is not None and mention.kind == "pronoun":
        return mention  # "Ia dalam keterangan tertulis menyatakan …": coreference resolves it
    if mention is None or mention.kind not in ADJUNCT_SUBJECT_KINDS:
        return None
    # a name or an organisation only where the tagger found one: a capitalised first word
    # alone ("Rumah itu dalam foto lama") is neither
    if mention.kind == "role" or _has_entity(head, index):
        return mention
    return capitalised_role(head, mention, rules)


def capitalised_role(head: list[Token], mention: Mention, rules: RuleSet) -> Mention | None:
    """A phrase the readers took for a name or an organisation only because its first word is
    capitalised ("Juru bicara polisi dalam pernyataannya mengatakan …": the sentence opens with
    it, or an office is written in capitals), no entity in it: when that word heads a role noun
    phrase (speakers.yml role_nouns) the phrase is that role, as "juru bicara polisi" mid-sentence
    reads (cues.yml adjunct_subject)."""
    if mention.kind not in ("name", "organization") or head[0].text.lower() not in rules.role_nouns:
        return None
    return Mention(mention.start, mention.end, "role", name=mention.name)


def subject_across_adjunct(verb_position: int, sentence_start: int, index: TextIndex,
                           rules: RuleSet) -> Mention | None:
    """A subject, then a longer adjunct of the act of saying, then the verb ("Budi dalam surat
    bernomor S-12/PK.3/2020 menyebutkan bahwa …", "Hasan, kepada wartawan membenarkan …",
    cues.yml adjunct_subject): Indonesian sets such adjuncts between subject and predicate, so
    read back from the verb (past a comma that closes the adjunct) to the farthest opener within
    the bound, the phrase before it (and a comma before it) is the speaker when
    it is a role or holds a tagged name or organisation and only adjunct words lie between."""
    settings = rules.cues.adjunct_subject
    if settings is None:
        return None
    tokens = index.tokens
    end = skip_adverbials(verb_position - 1, index, rules)
    closed = end >= 0 and tokens[end].text == ","
    if closed:
        end -= 1
    openers: list[int] = []
    for position in range(end, max(end - settings.max_tokens, -1), -1):
        token = tokens[position]
        if token.start < sentence_start or token.text in ADJUNCT_STOPS or index.document.in_quote_marks(token.start):
            break
        lower = token.text.lower()
        if token.text == lower and (lower in settings.openers or lower in rules.relative_pronouns):
            openers.append(position)
    # the farthest opener whose words up to the verb are an adjunct opens it; nearer ones are
    # inside it ("yang ditemui usai acara di Jakarta")
    opener = next((opener for opener in reversed(openers)
                   if _adjunct_words(tokens[opener:end + 1], index, rules, settings.noun_modifier_prefixes)), None)
    if opener is None:
        return None
    # a relative clause no comma closes leaves open where it ends ("Pengacara yang selama ini
    # dikenal kerap membela hak-hak publik menyatakan"): a role before it is no subject
    open_relative = not closed and tokens[opener].text.lower() in rules.relative_pronouns
    return _subject_before_adjunct(opener, sentence_start, index, rules, roles=not open_relative)


def _subject_before_adjunct(opener: int, sentence_start: int, index: TextIndex, rules: RuleSet,
                            roles: bool) -> Mention | None:
    """The phrase before an adjunct's opener, past a comma that sets the adjunct off, read as a
    role (when `roles`; the person a role is apposed to always), or as a name or organisation
    the tagger found."""
    before = opener - 1 if opener >= 1 and index.tokens[opener - 1].text == "," else opener
    head, _ = phrase_before(before, sentence_start, index, rules)
    mention = parse_speaker_phrase(head, index, rules) if head else None
    if mention is None or mention.kind not in ADJUNCT_SUBJECT_KINDS:
        return None
    if mention.kind == "role":
        person = person_apposed_to(head[0].index, sentence_start, index, rules)
        return person or (mention if roles else None)
    if _has_entity(head, index):
        return mention
    return capitalised_role(head, mention, rules) if roles else None


def person_apposed_to(first: int, sentence_start: int, index: TextIndex, rules: RuleSet) -> Mention | None:
    """The person a role phrase set off by commas describes ("Lara, sesama anggota grup itu,
    yang lebih dahulu menyatakan …"): the PER entity that ends right before the comma
    opening the role phrase, or a name the tagger found elsewhere in the article (it often
    misses a short one), is the subject, the role its apposition."""
    comma = first - 1
    if comma < 1 or index.tokens[comma].text != ",":
        return None
    entity = index.entity_by_token.get(comma - 1)
    if entity is not None and entity.label == "PER" and entity.end == index.tokens[comma - 1].end:
        mention = read_person_entity(index.tokens_in(entity.start, entity.end), index, rules)
    elif entity is None and _names_a_tagged_person(index.tokens[comma - 1], index):
        head, _ = phrase_before(comma, sentence_start, index, rules)
        mention = parse_speaker_phrase(head, index, rules) if head else None
    else:
        return None
    return mention if mention is not None and mention.kind == "name" else None


def _adjunct_words(gap: list[Token], index: TextIndex, rules: RuleSet, modifier_prefixes: list[str]) -> bool:
    """Adjunct words only (_only_adjuncts), where a word with a noun-modifying prefix right after
    a noun ("surat bernomor", "laporan berjudul") is no predicate."""
    words = [token for position, token in enumerate(gap)
             if not (position > 0 and token.text.startswith(tuple(modifier_prefixes))
                     and gap[position - 1].text[:1].isalpha() and not rules.is_active_verb(gap[position - 1].text))]
    return _only_adjuncts(words, index, rules)


MAX_OPENING_PREFIX_TOKENS = 12  # "Kasat Samapta Polres Kapuas Hulu, Provinsi Kalimantan Barat, AKP"
MAX_OPENING_ADJUNCT_TOKENS = 20  # "dalam artikel yang dimuat harian itu, Senin (29/1) lalu"
# sentence punctuation inside a clause; a full stop inside it is an abbreviation's ("PK.2")
ADJUNCT_STOPS = frozenset(";:!?\"“”‘’'«»")


def opening_subject_across_adjuncts(verb_position: int, sentence_start: int, index: TextIndex,
                                    rules: RuleSet) -> Mention | None:
    """The speaker phrase that opens the sentence, when only adjuncts stand between it and the
    verb ("Budi dalam artikel yang dimuat harian itu, Senin (29/1) lalu menuturkan …", "I
    Wayan Wijana yang dikonfirmasi Senin menyatakan, …", "Reza Pahlevi, M.Si menjelaskan,"):
    Indonesian puts the subject first, so a name that opens its clause is the subject of the
    first predicate after it. Titles, roles and their affiliations may precede the name
    ("Spesialis Anak dari RS Cipto Mangunkusumo dr Reza Pahlevi"). A clause link, another
    predicate outside a relative clause, another person or a quotation between subject and verb
    means the verb has another subject: no reading."""
    found = _opening_subject(index.token_at(sentence_start), verb_position, index, rules)
    if found is None:
        return None
    name, after = found
    end = skip_adverbials(verb_position - 1, index, rules)
    gap = index.tokens[after:end + 1]
    if not gap or len(gap) > MAX_OPENING_ADJUNCT_TOKENS or not _only_adjuncts(gap, index, rules):
        return None
    return name


def _opening_subject(first: int, verb_position: int, index: TextIndex,
                     rules: RuleSet) -> tuple[Mention, int] | None:
    """The speaker that opens the sentence at token `first` and the token after it: the PER
    entity reached past the words of a role phrase and commas only (the last of an apposition
    "Kadisperpa Badung, I Wayan Wijana"), or else the phrase before the first adjunct or
    relative clause opener read as a name, role or organisation the tagger found ("Gati yang
    ditemui …"). No verb, auxiliary, preposition or conjunction before it (not "Menurut Budi",
    "Kepada Budi", "Saat ditemui, Budi")."""
    person: tuple[Mention, int] | None = None
    position = first
    while position < min(first + MAX_OPENING_PREFIX_TOKENS, verb_position):
        token = index.tokens[position]
        if index.document.in_quote_marks(token.start) or index.document.in_boilerplate(token.start):
            return None
        entity = index.entity_by_token.get(position)
        if entity is not None and entity.label == "PER" and entity.start == token.start:
            name = name_from_tokens(index.tokens_in(entity.start, entity.end), rules, index)
            after = index.token_at(entity.end)
            person = (Mention(entity.start, entity.end, "name", name=name), after) if name else None
            if person is None or not _apposed_person_follows(after, index):
                return person
            position = after + 1
            continue
        lower = token.text.lower()
        if token.text in (",", "(", ")") or lower in rules.affiliation_words or rules.is_title_or_role(token.text):
            position += 1
            continue
        if lower in rules.subject_adjunct_openers or lower in rules.relative_pronouns:
            return _opening_phrase(index.tokens[first:position], position, index, rules)
        if not token.text[:1].isalnum() or lower in rules.according_to or lower in rules.phrase_stops \
                or lower in rules.subject_boundaries or lower in rules.predicate_words \
                or lower in rules.reporting_verbs or rules.is_active_verb(token.text) \
                or rules.is_passive_verb(token.text):
            return None
        position += 1
    return None


def _apposed_person_follows(after: int, index: TextIndex) -> bool:
    """A comma, then another PER entity: the name apposed to the one before it."""
    if after + 1 >= len(index.tokens) or index.tokens[after].text != ",":
        return False
    return starts_person(index.tokens[after + 1], index)


def _opening_phrase(phrase: list[Token], after: int, index: TextIndex, rules: RuleSet) -> tuple[Mention, int] | None:
    """The opening words before an adjunct or relative clause opener read as a name (one the
    tagger missed: "Gati yang ditemui …"). Not a role: "Pengacara yang … membela hak-hak
    publik menyatakan" leaves open where a long relative clause ends."""
    if not phrase or phrase[-1].text == "," or not _names_a_tagged_person(phrase[-1], index):
        return None
    mention = parse_speaker_phrase(phrase, index, rules)
    return (mention, after) if mention is not None and mention.kind == "name" else None


def _names_a_tagged_person(token: Token, index: TextIndex) -> bool:
    """The word is part of a name the tagger found elsewhere in the article ("Gati" of "Gati
    Wibawaningsih"): a capitalised opening word ("Pesan", "Sebuah") names no one."""
    text = index.document.text
    return any(entity.label == "PER" and token.text in text[entity.start:entity.end].split()
               for entity in index.document.entities)


def _only_adjuncts(gap: list[Token], index: TextIndex, rules: RuleSet) -> bool:
    """Whether the tokens between a subject and its verb are adjuncts only: no sentence
    punctuation or quotation mark, no clause link, no other person, no reporting verb, and no
    predicate (a me-/ber- verb or an auxiliary) except inside a relative clause that `yang`
    opens and a comma closes."""
    in_relative = False
    for token in gap:
        lower = token.text.lower()
        entity = index.entity_by_token.get(token.index)
        if token.text in ADJUNCT_STOPS or index.document.in_quote_marks(token.start) \
                or (entity is not None and entity.label == "PER") or lower in rules.reporting_verbs \
                or (token.text == lower and lower in rules.clause_links):
            return False
        if lower in rules.relative_pronouns:
            in_relative = True
        elif token.text == ",":
            in_relative = False
        elif not in_relative and (rules.is_active_verb(token.text) or lower in rules.predicate_words):
            return False
    return True


MAX_RELATIVE_CLAUSE_TOKENS = 10  # the relative clause of "Aktris yang sekarang tinggal di Amerika Serikat itu"


def epithet_with_relative_clause(verb_position: int, sentence_start: int, index: TextIndex,
                                 rules: RuleSet) -> Mention | None:
    """An epithet whose head a relative clause follows ("Aktris yang sekarang tinggal di Amerika
    Serikat itu mengaku …", "Pengacara yang dikenal kerap membela hak publik itu menyatakan"):
    the demonstrative before the verb closes the noun phrase the head opens, so the whole phrase
    is one description (read_epithet), not a subject cut at `yang`. A name before `yang`
    ("Kapolres Hendra Gunawan yang hadir saat itu", "Jefri yang juga Ketua DPD Golkar
    mengatakan") is the subject itself, demonstrative or not: a name takes no restrictive
    clause, so the clause describes the person, and an organisation inside it (Golkar) is no
    subject of the verb."""
    found = _head_before_opener(verb_position, sentence_start, index, rules, rules.relative_pronouns,
                                MAX_RELATIVE_CLAUSE_TOKENS)
    if found is None:
        return None
    end, head = found
    if not head:
        return None
    named = _named_head(head, end, index, rules)
    if named is not None:
        return named
    if index.tokens[end].text.lower() not in rules.demonstratives:
        return None
    first = next((token.index for token in head if token.text.lower() in rules.epithet_heads), None)
    if first is None:
        return None
    return read_epithet(index.tokens[first:end + 1], index, rules)


def _named_head(head: list[Token], end: int, index: TextIndex, rules: RuleSet) -> Mention | None:
    """The person a relative clause describes, when a name ends the phrase before `yang` and
    the clause holds a word before the verb ("Jefri yang juga Ketua DPD Golkar mengatakan" →
    Jefri; not "Budi yang mengatakan", which the restrictive-relative rules read): a PER entity,
    or a name the tagger left untagged there but labelled PER elsewhere in the article. Not
    where the clause holds a person of its own, who may be the subject the head describes."""
    before = head[-1]
    if end <= before.index + 1 or not before.text[:1].isupper() \
            or index.tokens[before.index + 1].text not in rules.relative_pronouns:
        return None  # a comma between: an apposed clause the adjunct rules read
    if has_person(index.tokens[before.index + 2:end + 1], index):
        return None  # "rekan Barbie yang juga pengacara Indra Tarigan menyebutkan": the clause names the speaker
    entity = index.entity_by_token.get(before.index)
    if entity is not None and entity.label != "PER":
        return None
    named = parse_speaker_phrase(head, index, rules)
    if named is None or named.kind != "name":
        return None
    return named if entity is not None or written_in_a_tagged_name(named, index) else None


def _has_entity(tokens: list[Token], index: TextIndex) -> bool:
    return any(index.entity_by_token.get(token.index) is not None for token in tokens)


def _has_organisation_entity(tokens: list[Token], index: TextIndex) -> bool:
    return any(index.entity_by_token.get(token.index) is not None
               and index.entity_by_token[token.index].label == "ORG" for token in tokens)


MIN_APPOSITION_HEAD_WORDS = 2  # a full name, as an article introduces a person with an office
MAX_APPOSED_OFFICE_TOKENS = 10  # an office's name read back across "dan" to the comma, at most


def apposition_head(phrase: list[Token], sentence_start: int, index: TextIndex, rules: RuleSet) -> Mention | None:
    """ "Rina Marlina, Kepala Riset Mega Sekuritas, mengatakan", "Hendra Gunawan, Direktur
    Utama Biomedika menuturkan": a subject phrase opening with an office (or an indefinite
    marker and an office: "seorang anggota dewan …") right after a comma describes the name
    before that comma, and the name speaks; the tagger often takes the company of the office
    for a person (cues.yml apposition_head). The name, a full one with no title before it,
    must make up everything from the start of the sentence or a punctuation mark to the
    comma: "Selain Budi, Direktur Utama Andi mengatakan" has Andi speak, and so does
    "Kapolsek Sukajadi, Kompol Andi Wijaya menjelaskan" (an office before the comma)."""
    if phrase and not _opens_with_office(phrase, rules):
        phrase = _office_across_connectors(phrase, sentence_start, index, rules)
    if not phrase or not _opens_with_office(phrase, rules):
        return None
    tokens = index.tokens
    comma = phrase[0].index - 1
    if comma < 1 or tokens[comma].text != ",":
        return None
    name = _name_alone_before(comma, sentence_start, index, rules)
    if not name:
        return None
    mention = read_person_entity(name, index, rules)
    return mention if mention is not None and mention.kind == "name" else None


def _office_across_connectors(phrase: list[Token], sentence_start: int, index: TextIndex,
                              rules: RuleSet) -> list[Token]:
    """The subject phrase read back over an office's name that holds a `name_connectors` word
    ("Direktur Riset dan Pengembangan Biomedika": the phrase before the verb stops at "dan") to
    the comma after the name, when only capitalised words and connectors stand between; else
    the phrase as it was."""
    tokens = index.tokens
    position = phrase[0].index - 1
    crossed = False
    while position > 0 and phrase[-1].index - position < MAX_APPOSED_OFFICE_TOKENS \
            and tokens[position].start >= sentence_start:
        text = tokens[position].text
        if text == ",":
            return tokens[position + 1:phrase[-1].index + 1] if crossed else phrase
        crossed = crossed or text.lower() in rules.name_connectors
        if not (is_capitalised(text) or text.lower() in rules.name_connectors):
            return phrase
        position -= 1
    return phrase


def _opens_with_office(phrase: list[Token], rules: RuleSet) -> bool:
    words = [token.text for token in phrase[:2]]
    if rules.is_title_or_role(words[0]):
        return True
    return len(words) == 2 and words[0].lower() in rules.indefinite_markers and rules.is_title_or_role(words[1])


def _name_alone_before(comma: int, sentence_start: int, index: TextIndex, rules: RuleSet) -> list[Token]:
    """The tokens of the PER entity of two words or more that ends right before the comma,
    when nothing but the sentence start or a punctuation mark comes before it."""
    tokens = index.tokens
    entity = index.entity_by_token.get(comma - 1)
    if entity is None or entity.label != "PER" or entity.end != tokens[comma - 1].end \
            or entity.start < sentence_start:
        return []
    first = index.token_at(entity.start)
    if comma - first < MIN_APPOSITION_HEAD_WORDS:
        return []
    if first > 0 and tokens[first - 1].start >= sentence_start and tokens[first - 1].text not in PUNCTUATION_STOPS:
        return []
    return tokens[first:comma]
