"""The `menurut X` cue: "Menurut X, CLAUSE", "CLAUSE, menurut X", "Menurut X CLAUSE"."""

from __future__ import annotations

import re

from service.extraction.cues.hit import CueKind, Hit, ScanState
from service.extraction.cues.phrases import (
    commaless_opening_start,
    interposed_opening_start,
    is_predicate_word,
    phrase_has_comma,
    phrase_to_comma,
    relative_subject_opening_start,
    token_start_after,
)
from service.extraction.document import Mention, Span, Token
from service.extraction.mentions import (
    APPOSITION_HEAD_TOKENS,
    MAX_UNTAGGED_NAME_TOKENS,
    PUNCTUATION_STOPS,
    TextIndex,
    has_person,
    is_apposed_name,
    is_capitalised,
    is_person_entity,
    leading_titles,
    phrase_after,
    starts_person,
)
from service.extraction.rules import RuleSet
from service.extraction.speaker_phrases import parse_speaker_phrase


def _is_according_to_word(lower: str, rules: RuleSet) -> bool:
    return lower in rules.according_to


def _is_according_to(state: ScanState, position: int, lower: str) -> bool:
    return _is_according_to_word(lower, state.rules)


def _document_source(state: ScanState, position: int, phrase: list[Token]) -> Mention | None:
    """ "Menurut statistik, …", "Menurut laman organisasi tersebut, …", "Menurut dokumen dari
    NHTSA, …": a phrase up to a comma that opens with a document or record noun (speakers.yml
    document_nouns, cues.yml according_to document_sources) is the source as written, a role,
    when no speaker phrase reads from it (guidelines: a document speaks)."""
    rules, index = state.rules, state.index
    if not phrase or phrase[0].index != position + 1 or not _comma_after(index, phrase):
        return None
    head = phrase[0].text.lower()
    if head not in rules.document_nouns and head not in rules.according_to_documents:
        return None
    start, end = phrase[0].start, phrase[-1].end
    return Mention(start, end, "role", name=index.document.text[start:end])


def _comma_after(index: TextIndex, phrase: list[Token]) -> bool:
    after = index.token_at(phrase[-1].end)
    return after < len(index.tokens) and index.tokens[after].text == ","


def _read_according_to(state: ScanState, position: int, lower: str) -> Hit | None:
    """ "Menurut X, CLAUSE", "CLAUSE, menurut X", "Menurut X CLAUSE" (no comma)."""
    index, rules, sentence = state.index, state.rules, state.sentence
    tokens = index.tokens
    token = tokens[position]
    pronoun_hit = _pronoun_source_then_clause(state, position, lower)
    if pronoun_hit is not None:
        return pronoun_hit
    if position + 1 < len(tokens) and tokens[position + 1].text.lower() in rules.according_to_not_sources:
        return None  # "menurut rencana", "menurut parameter …": a standard, not a source
    phrase = phrase_to_comma(position + 1, sentence, index)
    apposed = _apposition(state, index.token_at(phrase[-1].end)) if phrase else None
    unclosed = None if apposed else _apposed_person_before_the_clause(phrase, state)
    if unclosed:
        # "Menurut Kepala Dinas Pariwisata Bali, I Wayan Sumarajaya kebijakan ini …": the name
        # speaks, and the clause starts right after it
        mention = parse_speaker_phrase(unclosed, index, rules)
        phrase = unclosed
    elif phrase and apposed:
        # "Menurut pemain bintang Wales, Gareth Bale, …" / "Menurut Pan Ruijun, direktur R&D …, …":
        # the name of the two is the source, and the clause starts after the apposition
        named = apposed if is_person_entity_phrase(_after_titles(apposed, rules), index) else phrase
        mention = parse_speaker_phrase(named, index, rules)
        phrase = apposed
    else:
        phrase = phrase or _phrase_to_bahwa(position + 1, state) or _long_source_to_comma(state, position) \
            or phrase_after(position + 1, index, rules)
        phrase = _apposed_name(phrase, state) or phrase
        mention = parse_speaker_phrase(phrase, index, rules) or _document_source(state, position, phrase)
    if mention is None:
        return None
    hit = Hit(cue=Span(token.start, token.end), lemma=lower, rule=rules.cues.according_to.id, kind="according_to",
              mention=mention, segment_start=token.start)
    after = index.token_at(phrase[-1].end) if phrase else position + 1
    opens_clause = after < len(tokens) and (tokens[after].text == ","
                                            or tokens[after].text.lower() == rules.cues.according_to.complementizer)
    if opens_clause and after + 1 < len(tokens) and tokens[after + 1].start < sentence.end:
        # "Menurut X, CLAUSE" or "Menurut X bahwa CLAUSE"
        hit.content_start = tokens[after + 1].start
    after_comma = state.previous_text(position) == ","
    opening = None if after_comma or hit.content_start is not None or phrase_has_comma(phrase, index) \
        or mention.kind != "name" or not is_person_entity(mention, index) \
        or token_start_after(mention.end, sentence, index) is None \
        else commaless_opening_start(state, position)
    if opening is not None:
        # "Kenaikan harga itu menurut Budi tidak akan berlangsung lama": the whole sentence
        hit.content_start, hit.rule = opening, rules.cues.interposed_opening.id
    elif after_comma and hit.content_start is not None \
            and (opening := relative_subject_opening_start(state, position, hit.content_start)) is not None:
        # "Kasus tambang yang saat ini menjadi sorotan, menurut dia, bisa menjadi …": the long
        # opening is one subject, its predicate after the source
        hit.content_start, hit.rule = opening, rules.cues.interposed_opening.id
    elif _reports_the_clause_before(state, token.start, phrase[-1].end if phrase else token.end, after_comma):
        # "Kampanye itu menewaskan 65.000 orang, menurut kementerian kesehatan, dalam angka …":
        # a clause before the source is what the source says; what follows is an adjunct
        hit.content_start, hit.backward_content, hit.clause_before_only = None, True, True
    elif after_comma and hit.content_start is None:
        hit.backward_content = True
    elif after_comma and (opening := interposed_opening_start(state, position)) is not None:
        # "Praktik ini, menurut para pakar, lebih sehat": the opening is part of the report
        hit.content_start, hit.rule = opening, rules.cues.interposed_opening.id
    elif hit.content_start is None and not phrase_has_comma(phrase, index) \
            and mention.kind == "name" and is_person_entity(mention, index):
        hit.content_start = token_start_after(mention.end, sentence, index)
    elif hit.content_start is None and not phrase_has_comma(phrase, index) \
            and (organization := _opening_organization_then_clause(state, position, mention)) is not None:
        # "Menurut UE perkebunan kelapa sawit …": a tagged organisation, then the clause
        hit.mention = organization
        hit.content_start = token_start_after(organization.end, sentence, index)
    return hit


def _long_source_to_comma(state: ScanState, position: int) -> list[Token]:
    """The source of a `menurut` that opens the sentence, up to the comma that closes it, when
    it is longer than a plain phrase_to_comma reads: a chain of titles and offices before a
    name ("Menurut Direktur Strategi Investasi dan Kepala Makroekonom Bahana TCW Investment
    Management Budi Hikmat, …": cues.yml according_to max_long_source_tokens). Only a noun
    phrase that a person's name closes: a predicate before any relative clause (`yang`) makes
    the words the clause itself ("Menurut Nezar regulasi baru itu bisa …, …"), and a phrase
    that ends in a place or an office may hold the clause's subject."""
    index, rules, sentence = state.index, state.rules, state.sentence
    if position != state.first:
        return []
    phrase = phrase_to_comma(position + 1, sentence, index, rules.cues.according_to.max_long_source_tokens)
    head = []
    for token in phrase:
        if token.text.lower() in rules.relative_markers:
            break
        head.append(token)
    if not head or any(is_predicate_word(token.text, rules) or state.document.in_quote_marks(token.start)
                       for token in head):
        return []
    last = index.entity_by_token.get(phrase[-1].index)
    return phrase if last is not None and last.label == "PER" else []


def _opening_organization_then_clause(state: ScanState, position: int, mention: Mention) -> Mention | None:
    """`menurut` opens the sentence, its source phrase (no comma) opens with a tagged
    organisation, and a lowercase word follows the organisation that opens no adjunct of the
    source (speakers.yml phrase_stops: "Menurut BPS dalam laporannya …") nor a relative clause:
    where the tagger ends the name, the clause starts, as it does after a person's name. The
    organisation, read alone."""
    index, rules = state.index, state.rules
    if mention.kind != "organization" or index.tokens[position].start != state.sentence.start:
        return None
    entity = index.entity_by_token.get(index.token_at(mention.start))
    if entity is None or entity.label != "ORG" or entity.start != mention.start or entity.end > mention.end:
        return None
    following = token_start_after(entity.end, state.sentence, index)
    if following is None:
        return None
    word = index.tokens[index.token_at(following)].text
    if not word[:1].isalpha() or word != word.lower() or word in rules.phrase_stops or word in rules.relative_pronouns:
        return None
    text = index.document.text[entity.start:entity.end]
    return Mention(entity.start, entity.end, "organization", text)


MAX_SOURCE_WORDS = 8
MAX_APPOSITION_TOKENS = 8


def _apposition(state: ScanState, comma: int) -> list[Token] | None:
    """The apposition between the comma after a `menurut` source and a second comma: one
    person's name ("pemain bintang Wales, Gareth Bale,") or a role phrase opening with a
    lowercase title or office and holding no predicate ("Pan Ruijun, direktur R&D proyek ini,").
    A segment with a predicate is the clause itself ("Menurut Budi, direktur itu tidak …")."""
    index, rules = state.index, state.rules
    tokens = index.tokens
    first = comma + 1
    for ahead in range(first, min(first + MAX_APPOSITION_TOKENS + 1, len(tokens))):
        token = tokens[ahead]
        if token.start >= state.sentence.end or state.document.in_quote_marks(token.start):
            return None
        if token.text == ",":
            segment = tokens[first:ahead]
            if not segment or ahead + 1 >= len(tokens) or tokens[ahead + 1].start >= state.sentence.end:
                return None
            return segment if is_person_entity_phrase(_after_titles(segment, rules), index) \
                or _is_role_apposition(segment, rules) else None
        if token.text in PUNCTUATION_STOPS:
            return None
    return None


def _apposed_person_before_the_clause(phrase: list[Token], state: ScanState) -> list[Token] | None:
    """The person apposed to a `menurut` office whose closing comma the writer left out
    ("Menurut Kepala Dinas Pariwisata Bali, I Wayan Sumarajaya kebijakan ini …"): an office
    written as a title (capitalised), then a tagged person right after its comma and the sentence goes on after the name
    without a comma and with no predicate of the name's own; the office's words are no one's
    name and the name is no part of the clause."""
    index, rules = state.index, state.rules
    if not phrase or not is_capitalised(phrase[0].text) or not rules.is_title_or_role(phrase[0].text) \
            or has_person(phrase, index):
        return None  # a lowercase description ("pelatih tim") may be followed by the clause's subject
    comma = index.token_at(phrase[-1].end)
    tokens = index.tokens
    if comma + 1 >= len(tokens) or tokens[comma].text != "," or not starts_person(tokens[comma + 1], index):
        return None
    entity = index.entity_by_token[tokens[comma + 1].index]
    after = index.token_at(entity.end)
    if after >= len(tokens) or tokens[after].start >= state.sentence.end \
            or not tokens[after].text[:1].isalnum() or state.document.in_quote_marks(entity.start) \
            or _opens_a_predicate(tokens[after].text, rules):
        return None
    return tokens[comma + 1:after]


def _opens_a_predicate(word: str, rules: RuleSet) -> bool:
    """A verb, auxiliary or adverb right after the name makes the name the clause's subject
    ("Menurut pelatih Persib, Ciro Alves tampil sangat baik": the coach speaks of Ciro), not
    a name apposed to the office."""
    lower = word.lower()
    return lower in rules.predicate_words or lower in rules.subject_adverbs or rules.is_active_verb(word) \
        or rules.is_passive_verb(word)


def is_person_entity_phrase(segment: list[Token], index: TextIndex) -> bool:
    """The tokens are exactly one PER entity."""
    entity = index.entity_by_token.get(segment[0].index)
    return entity is not None and entity.label == "PER" and entity.start == segment[0].start \
        and entity.end == segment[-1].end


def _after_titles(segment: list[Token], rules: RuleSet) -> list[Token]:
    """The segment without the ranks and titles before a name ("Iptu Dimas Pratama"): a name
    with its rank is still one person's name."""
    return segment[leading_titles([token.text for token in segment], rules.is_person_title):]


def _is_role_apposition(segment: list[Token], rules: RuleSet) -> bool:
    first = segment[0].text
    return first.islower() and rules.is_title_or_role(first) and not any(
        token.text.lower() in rules.predicate_words or token.text.lower() in rules.reporting_verbs
        or rules.is_active_verb(token.text) for token in segment)


def _phrase_to_bahwa(start: int, state: ScanState) -> list[Token]:
    """The source up to `bahwa` when one comes soon and before any punctuation ("Pun menurut
    Putra bahwa …")."""
    tokens, marker = state.index.tokens, state.rules.cues.according_to.complementizer
    for position in range(start, min(start + MAX_SOURCE_WORDS, len(tokens))):
        if tokens[position].start >= state.sentence.end or not tokens[position].text[:1].isalnum():
            return []
        if tokens[position].text.lower() == marker:
            return tokens[start:position]
    return []


def _apposed_name(phrase: list[Token], state: ScanState) -> list[Token] | None:
    """ "Menurut Kepala Dinas Pariwisata dan Kebudayaan Jabar, Nunung Sobari, ia …": a role or
    an organisation's office, then a name between commas: the name speaks (the words of the
    office are no person's), and the clause starts after the name's comma."""
    index, rules = state.index, state.rules
    if not phrase:
        return None
    comma = index.token_at(phrase[-1].end)
    if comma >= len(index.tokens) or index.tokens[comma].text != ",":
        return None
    if not any(rules.is_title_or_role(token.text) for token in phrase):
        return None
    apposed = phrase_to_comma(comma + 1, state.sentence, index, limit=MAX_UNTAGGED_NAME_TOKENS + 1)
    if not is_apposed_name(apposed, phrase[-APPOSITION_HEAD_TOKENS:], index, rules):
        return None
    return apposed


def _pronoun_source_then_clause(state: ScanState, position: int, lower: str) -> Hit | None:
    """ "Menurut dia harusnya …" opening the sentence: a pronoun source with no comma after it;
    the clause starts right after the pronoun (with a comma, or inside the sentence, the
    general reading applies)."""
    index, rules, sentence = state.index, state.rules, state.sentence
    tokens = index.tokens
    source, first = position + 1, position + 2
    if tokens[position].start != sentence.start or first >= len(tokens) or tokens[first].start >= sentence.end \
            or tokens[source].text.lower() not in rules.pronouns:
        return None
    word = tokens[first].text
    if not word[:1].isalnum() or word.lower() in rules.phrase_stops:
        return None
    token = tokens[position]
    return Hit(cue=Span(token.start, token.end), lemma=lower, rule=rules.cues.according_to.id, kind="according_to",
               mention=Mention(tokens[source].start, tokens[source].end, "pronoun"), segment_start=token.start,
               content_start=tokens[first].start)


def _reports_the_clause_before(state: ScanState, cue_start: int, phrase_end: int, after_comma: bool) -> bool:
    """A mid-sentence `menurut X` after a clause of its own that is no shorter than what
    follows the source ("… menewaskan 65.000 orang, menurut kementerian kesehatan, dalam
    angka …"); a short opening ("Di sisi lain,", "Seluruh produk yang menurut dia, …")
    leaves the clause after it. Counting stops at the words that decide, so a sentence of
    many sources is read once."""
    text = state.document.text
    before = len(CONTENT_WORD.findall(text, state.last_hit_end, cue_start))
    needed = MIN_WORDS_BEFORE_SOURCE_AFTER_COMMA if after_comma else MIN_WORDS_BEFORE_TRAILING_SOURCE
    if before < needed:
        return False
    after = CONTENT_WORD.finditer(text, phrase_end, state.sentence.end)
    return not any(found > before for found, _ in enumerate(after, start=1))


CONTENT_WORD = re.compile(r"\w[\w'’.-]*")  # a word, not a punctuation mark standing alone


# Words before a mid-sentence `menurut X` that make them a clause of X's (fewer are an opening
# adverbial: "Di sisi lain, menurut dia, …", "Praktik ini menurut …"); after a comma the
# opening can be longer
MIN_WORDS_BEFORE_TRAILING_SOURCE = 3
MIN_WORDS_BEFORE_SOURCE_AFTER_COMMA = 6


def _frame_noun(state: ScanState, position: int) -> tuple[str, bool] | None:
    """The noun of judging after the frame's preposition ("Dalam pandangan", "Dalam
    penilaiannya") and whether it carries the clitic, if the token after `position` is one."""
    following = position + 1
    if following >= len(state.index.tokens):
        return None
    lower = state.index.tokens[following].text.lower()
    if lower in state.rules.source_frame_nouns:
        return lower, False
    suffix = state.rules.cues.clitic.suffix
    if lower.endswith(suffix) and lower[:-len(suffix)] in state.rules.source_frame_nouns:
        return lower[:-len(suffix)], True
    return None


def _is_source_frame(state: ScanState, position: int, lower: str) -> bool:
    return lower == state.rules.cues.source_frames.preposition \
        and _opens_the_sentence(state, position) and _frame_noun(state, position) is not None


def _opens_the_sentence(state: ScanState, position: int) -> bool:
    """The token at `position` opens its sentence, or follows only an opening connective
    (cues.yml interposed_opening connectives) and a comma after it, if any: "Adapun, dalam
    catatan Tempo, …", "Sementara itu dalam pandangan Budi, …"."""
    tokens, sentence = state.index.tokens, state.sentence
    if tokens[position].start == sentence.start:
        return True
    before = tokens[state.first:position]
    if before and before[-1].text == ",":
        before = before[:-1]
    return bool(before) and " ".join(token.text.lower() for token in before) in state.rules.interposed_connectives


def _read_source_frame(state: ScanState, position: int, lower: str) -> Hit | None:
    """ "Dalam pandangan komentator Budi, CLAUSE" / "Dalam penilaiannya, CLAUSE" opening the
    sentence: the source (the clitic, or the phrase up to the comma) says the clause after
    the comma. Without a comma, or when no speaker phrase is read, nothing is reported."""
    index, rules, sentence = state.index, state.rules, state.sentence
    tokens = index.tokens
    frame = _frame_noun(state, position)
    if frame is None:
        return None
    noun, has_clitic = frame
    noun_token = tokens[position + 1]
    if has_clitic:
        comma = position + 2
        mention: Mention | None = Mention(noun_token.start, noun_token.end, "clitic")
    else:
        phrase = phrase_to_comma(position + 2, sentence, index)
        comma = index.token_at(phrase[-1].end) if phrase else position + 2
        mention = parse_speaker_phrase(phrase, index, rules) if phrase else None
        mention = mention if mention is None or _names_its_source(phrase, mention, rules) else None
    if mention is None or comma + 1 >= len(tokens) or tokens[comma].text != "," \
            or tokens[comma + 1].start >= sentence.end:
        return None
    return Hit(cue=Span(noun_token.start, noun_token.end), lemma=noun, rule=rules.cues.source_frames.id,
               kind="according_to", mention=mention, segment_start=tokens[position].start,
               content_start=tokens[comma + 1].start)


def _names_its_source(phrase: list[Token], mention: Mention, rules: RuleSet) -> bool:
    """The frame's noun takes its source right after it ("Dalam catatan BI, …", "Dalam pandangan
    komentator Budi, …"): a phrase stop (a preposition) or a relative pronoun before the speaker
    read from the phrase modifies the frame's noun, and the speaker is no source of it ("Dalam
    catatan karier dengan motor Ducati, …", "Dalam catatan yang ia kirim, …")."""
    return not any(token.start < mention.start and (token.text.lower() in rules.phrase_stops
                                                    or token.text.lower() in rules.relative_pronouns)
                   for token in phrase)


def _is_source_frame_word(lower: str, rules: RuleSet) -> bool:
    return lower == rules.cues.source_frames.preposition


ACCORDING_TO = CueKind("according_to", _is_according_to, _read_according_to, word_gate=_is_according_to_word)
SOURCE_FRAME = CueKind("source_frame", _is_source_frame, _read_source_frame, word_gate=_is_source_frame_word)
