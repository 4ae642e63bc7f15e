"""Stage 4: speech cues, their speakers, and the quotes they attribute.

One scan finds every attribution in the text (a postposed cue "kata X", a clitic cue
"katanya", a reporting verb with its subject "X mengatakan", "menurut X"). Each is then
attached to what it reports:
  - a quotation-mark span right before it (“…,” kata X) or right after it
    (X mengatakan, “…”): a direct quote;
  - otherwise the clause it introduces: an indirect quote, or a mixed quote when that
    clause embeds quoted words;
and quotation-mark spans nobody claims either continue the previous speaker (news
convention), or are scare quotes, titles and terms, which are not quotes.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field

from service.deadline import NO_DEADLINE, Deadline
from service.extraction.document import (
    UNATTRIBUTED_RULE,
    Document,
    Mention,
    Quote,
    QuoteMarkSpan,
    QuoteType,
    Span,
    Speaker,
    Token,
    rule_id,
    speaker_confidence,
)
from service.extraction.mentions import (
    PUNCTUATION_STOPS,
    TextIndex,
    is_person_entity,
    person_after,
    person_before,
    phrase_after,
    phrase_before,
    skip_adverbials,
)
from service.extraction.rules import RuleSet
from service.extraction.speaker_phrases import parse_speaker_phrase, postmodified_subject

CLOSING_MARKS = set("”\"'’»")
OPENING_MARKS = set("“\"'‘«”")
PREPOSITIONS_BEFORE_COMPLEMENT = 16
MIN_CLAUSE_WORDS_AFTER_PREPOSITION = 6  # "mengatakan kepada wartawan di Jakarta, …"


@dataclass
class Hit:
    """One attribution found in the text."""

    cue: Span
    lemma: str
    rule: str
    kind: str  # postposed | verb | according_to
    mention: Mention | None
    segment_start: int
    content_start: int | None = None  # where a reported clause starts, if one follows
    backward_content: bool = False  # "CLAUSE, kata X": the clause is before the cue
    clause_before_only: bool = False  # "CLAUSE menurut X, ADJUNCT": never the whole sentence
    content_span: Span | None = None  # a whole earlier sentence ("… . Hal itu disampaikan X.")
    complement: str = "optional"
    sentence: Span = field(default_factory=lambda: Span(0, 0))
    used: bool = False


def _speaker(mention: Mention | None) -> Speaker:
    if mention is None:
        return Speaker(None, "none")
    resolution = {"name": "name", "organization": "name", "clitic": "clitic", "pronoun": "pronoun",
                  "role": "role"}[mention.kind]
    return Speaker(mention, resolution, name=mention.name)  # type: ignore[arg-type]


def _content_after(index: TextIndex, position: int, sentence: Span, rules: RuleSet,
                   complement: str) -> int | None:
    """Start of the reported clause after a reporting verb at token `position`, if any.

    The clause starts after `bahwa`/`kalau`, a comma or a colon, which may come after an
    object or a prepositional phrase ("meyakinkan masyarakat bahwa", "mengatakan kepada
    wartawan, Senin (12/1), bahwa"). Verbs whose complement is optional also take the
    clause directly ("mengatakan Rusia …"), unless the object is topic-only
    ("menyatakan dukungan").
    """
    tokens = index.tokens
    first = position + 1
    if first >= len(tokens) or tokens[first].start >= sentence.end:
        return None
    token = tokens[first]
    lower = token.text.lower()
    if lower in rules.complementizers or token.text in (",", ":"):
        return tokens[first + 1].start if first + 1 < len(tokens) and tokens[first + 1].start < sentence.end else None
    if token.text in OPENING_MARKS:
        return token.start
    if lower in rules.topic_objects or (rules.has_clitic(lower) and lower[:-len(rules.cues.clitic.suffix)]
                                        in rules.topic_objects):
        # a nominal cue with its own clause: "menyampaikan tuduhan bahwa", "menyatakan harapan bahwa"
        after = first + 1
        if after + 1 < len(tokens) and tokens[after].text.lower() in rules.complementizers \
                and tokens[after + 1].start < sentence.end:
            return tokens[after + 1].start
        return None
    if token.text in PUNCTUATION_STOPS:
        return None
    if complement != "marked" and lower not in rules.phrase_stops:
        return token.start  # the clause follows the verb directly
    # an object or a prepositional phrase before bahwa/kalau, a comma or a colon
    end = min(first + PREPOSITIONS_BEFORE_COMPLEMENT, len(tokens))
    look = first + 1
    while look < end and tokens[look].start < sentence.end:
        candidate = tokens[look]
        if candidate.text.lower() in rules.complementizers or candidate.text == ":" or (
                candidate.text == "," and (complement != "marked" or lower in rules.phrase_stops)):
            # a comma after an object ends the object ("mengeluhkan sakit perut, …"); after a
            # prepositional phrase it opens the clause ("mengatakan kepada wartawan, …")
            following = look + 1
            return tokens[following].start if following < len(tokens) and tokens[following].start < sentence.end \
                else None
        if candidate.text == "(":
            while look < end and tokens[look].text != ")":
                look += 1
        elif candidate.text in PUNCTUATION_STOPS:
            break
        look += 1
    if complement == "marked":
        return None
    remaining = len(index.document.text[token.start:sentence.end].split())
    return token.start if remaining >= MIN_CLAUSE_WORDS_AFTER_PREPOSITION else None


@dataclass
class ScanState:
    """What the scan of one sentence knows while it reads cues left to right."""

    document: Document
    index: TextIndex
    rules: RuleSet
    sentence: Span
    first: int  # index of the sentence's first token
    previous_sentence: Span | None
    last_mention: Mention | None = None  # the speaker of the last cue read in this sentence
    last_hit_end: int = 0

    def previous_text(self, position: int) -> str:
        return self.index.tokens[position - 1].text if position > 0 else ""


CueTest = Callable[[ScanState, int, str], bool]
CueReader = Callable[[ScanState, int, str], "Hit | None"]


def find_hits(document: Document, index: TextIndex, rules: RuleSet, deadline: Deadline = NO_DEADLINE) -> list[Hit]:
    """Every attribution in the text, sentence by sentence, outside quotes and boilerplate.

    At each token the cue kinds of CUE_READERS are tried in order and the first kind whose
    test matches reads the token (even when it then finds no speaker, later kinds are not
    tried: "bilang" after a quote is a postposed cue, never a verb whose subject is missing).
    """
    hits: list[Hit] = []
    tokens = index.tokens
    previous_sentence: Span | None = None
    for sentence in document.sentences:
        deadline.check()
        state = ScanState(document, index, rules, sentence, index.token_at(sentence.start), previous_sentence,
                          last_hit_end=sentence.start)
        for position in range(state.first, len(tokens)):
            token = tokens[position]
            if token.start >= sentence.end:
                break
            if document.in_quote_marks(token.start) or document.in_boilerplate(token.start):
                continue
            lower = token.text.lower()
            hit = next((read(state, position, lower) for test, read in CUE_READERS if test(state, position, lower)),
                       None)
            if hit is None and position == state.first:
                hit = _backward_passive(position, sentence, previous_sentence, index, rules)
            if hit is not None:
                hit.sentence = sentence
                hits.append(hit)
                state.last_mention = hit.mention
                state.last_hit_end = hit.cue.end
        previous_sentence = sentence
    return hits


def _is_according_to_clitic(state: ScanState, position: int, lower: str) -> bool:
    stem = state.rules.clitic_cue(lower)
    return stem is not None and stem in state.rules.according_to


def _read_according_to_clitic(state: ScanState, position: int, lower: str) -> Hit | None:
    """ "Menurutnya, CLAUSE" or "CLAUSE menurutnya …": the clitic is the speaker."""
    token = state.index.tokens[position]
    stem = state.rules.clitic_cue(lower) or lower
    hit = Hit(Span(token.start, token.end), stem, state.rules.cues.according_to.id, "according_to",
              Mention(token.start, token.end, "clitic"), token.start)
    hit.content_start = _content_after(state.index, position, state.sentence, state.rules, "marked")
    if hit.content_start is None and token.start > state.sentence.start:
        hit.backward_content = True
    return hit


def _is_clitic(state: ScanState, position: int, lower: str) -> bool:
    return state.rules.clitic_cue(lower) is not None


def _read_clitic(state: ScanState, position: int, lower: str) -> Hit | None:
    """ "…,” katanya": the speaker is the person in focus (resolved by coreference)."""
    token = state.index.tokens[position]
    return Hit(Span(token.start, token.end), state.rules.clitic_cue(lower) or lower, state.rules.cues.clitic.id,
               "postposed", Mention(token.start, token.end, "clitic"), token.start, backward_content=True)


def _is_postposed(state: ScanState, position: int, lower: str) -> bool:
    previous = state.previous_text(position)
    return lower in state.rules.postposed_cues and (
        previous == "," or previous in CLOSING_MARKS or _starts_person_name(position + 1, state.index))


QUOTE_END_PUNCTUATION = frozenset(",?!")  # a quote that ends so is attributed right after it


def _is_postposed_by_position(state: ScanState, position: int, lower: str) -> bool:
    """ "…,” tuntut Dolfie": a lowercase word right after a quote that ends in a comma (or ?
    or !), right before a person's name, is a verb of saying even when no list has it."""
    rules, tokens = state.rules, state.index.tokens
    if position < 2 or tokens[position - 1].text not in CLOSING_MARKS \
            or tokens[position - 2].text not in QUOTE_END_PUNCTUATION:
        return False
    if not (lower.isalpha() and tokens[position].text.islower()) or lower in rules.phrase_stops \
            or lower in rules.place_cues or lower in rules.subject_adverbs or lower in rules.pronouns \
            or lower in rules.subject_boundaries:
        return False
    return _starts_person_name(position + 1, state.index)


def _read_postposed_by_position(state: ScanState, position: int, lower: str) -> Hit | None:
    hit = _read_postposed(state, position, lower)
    if hit is not None:
        hit.rule = state.rules.cues.postposed_by_position.id
    return hit


def _read_postposed(state: ScanState, position: int, lower: str) -> Hit | None:
    """ "…,” kata X", "CLAUSE, kata X", an interposed "… ini kata Teten perlu …"."""
    index, rules = state.index, state.rules
    token = index.tokens[position]
    mention = parse_speaker_phrase(phrase_after(position + 1, index, rules), index, rules)
    if mention is None or (mention.kind in ("name", "organization") and not is_person_entity(mention, index)):
        # a name the NER missed ("terang Bass") gives way only to a person behind a title
        mention = person_after(position, state.sentence.end, index, rules,
                               through_titles_only=mention is not None) or mention
    if mention is None:
        return None
    return Hit(Span(token.start, token.end), lower, rules.cues.postposed.id, "postposed", mention, token.start,
               backward_content=True)


def _is_according_to(state: ScanState, position: int, lower: str) -> bool:
    return lower in state.rules.according_to


def _read_according_to(state: ScanState, position: int, lower: str) -> Hit | None:
    """ "Menurut X, CLAUSE", "CLAUSE, menurut X", "Menurut X CLAUSE" (no comma)."""
    index, rules, sentence = state.index, state.rules, state.sentence
    tokens = index.tokens
    token = tokens[position]
    phrase = _phrase_to_comma(position + 1, sentence, index) or phrase_after(position + 1, index, rules)
    mention = parse_speaker_phrase(phrase, index, rules)
    if mention is None:
        return None
    hit = Hit(Span(token.start, token.end), lower, rules.cues.according_to.id, "according_to", mention, token.start)
    after = index.token_at(phrase[-1].end) if phrase else position + 1
    if after < len(tokens) and tokens[after].text == "," and after + 1 < len(tokens) \
            and tokens[after + 1].start < sentence.end:
        hit.content_start = tokens[after + 1].start
    after_comma = state.previous_text(position) == ","
    if _reports_the_clause_before(state, token.start, phrase[-1].end if phrase else token.end, after_comma):
        # "Kampanye itu menewaskan 65.000 orang, menurut kementerian kesehatan, dalam angka …":
        # a clause before the source is what the source says; what follows is an adjunct
        hit.content_start, hit.backward_content, hit.clause_before_only = None, True, True
    elif after_comma and hit.content_start is None:
        hit.backward_content = True
    elif hit.content_start is None and not phrase_has_comma(phrase, index) \
            and mention.kind == "name" and is_person_entity(mention, index):
        hit.content_start = _token_start_after(mention.end, sentence, index)
    return hit


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


def _is_passive_clitic(state: ScanState, position: int, lower: str) -> bool:
    rules = state.rules
    return rules.has_clitic(lower) and lower[:-len(rules.cues.clitic.suffix)] in rules.passive_agent_words


def _read_passive_clitic(state: ScanState, position: int, lower: str) -> Hit | None:
    """ "Pelibatan ahli bahasa disebutnya lebih cocok …": the clause around it."""
    token = state.index.tokens[position]
    stem = lower[:-len(state.rules.cues.clitic.suffix)]
    return Hit(Span(token.start, token.end), stem, state.rules.cues.passive_agent.id, "postposed",
               Mention(token.start, token.end, "clitic"), token.start, backward_content=True)


def _is_passive_agent(state: ScanState, position: int, lower: str) -> bool:
    return lower in state.rules.passive_agent_words and (position == state.first
                                                         or state.previous_text(position) == ",")


def _read_passive_agent(state: ScanState, position: int, lower: str) -> Hit | None:
    """ "Disampaikan Esti, sikap resmi …": a passive verb, its agent, then the clause."""
    index, rules = state.index, state.rules
    tokens = index.tokens
    token = tokens[position]
    phrase = _phrase_to_comma(position + 1, state.sentence, index) \
        or _phrase_to_complementizer(position + 1, state.sentence, index, rules)
    mention = parse_speaker_phrase(phrase, index, rules) if phrase else None
    if mention is None or mention.kind == "pronoun":
        return None
    hit = Hit(Span(token.start, token.end), lower, rules.cues.passive_agent.id, "according_to", mention,
              token.start)
    after = index.token_at(phrase[-1].end)
    if after + 1 < len(tokens) and tokens[after + 1].start < state.sentence.end:
        hit.content_start = tokens[after + 1].start
    return hit


def _agent_entity_at(position: int, index: TextIndex, rules: RuleSet) -> int | None:
    """Token index where a named agent starts: right at `position` or after `oleh`."""
    tokens = index.tokens
    if position < len(tokens) and tokens[position].text.lower() in rules.backward_agent_markers:
        position += 1
    entity = index.entity_by_token.get(position) if position < len(tokens) else None
    if entity is None or entity.label not in AGENT_LABELS or entity.start != tokens[position].start:
        return None
    return position


AGENT_LABELS = frozenset({"PER", "ORG"})


def _is_passive_inside(state: ScanState, position: int, lower: str) -> bool:
    return lower in state.rules.passive_agent_words and position > state.first \
        and state.previous_text(position) != "," \
        and state.last_hit_end < state.index.tokens[position].end \
        and state.previous_text(position).lower() not in state.rules.passive_inside_not_after \
        and not _only_backward_subject_before(state, position) \
        and _agent_entity_at(position + 1, state.index, state.rules) is not None


def _only_backward_subject_before(state: ScanState, position: int) -> bool:
    """ "Demikian disampaikan X …", "Hal itu dikatakan X …": the sentence attributes the one
    before it (the backward passive's reading), it reports nothing of its own."""
    if position - state.first > MAX_BACKWARD_SUBJECT_WORDS:
        return False  # bounded: a sentence of many passives is read once
    tokens = state.index.tokens
    opening = " ".join(token.text.lower() for token in tokens[state.first:position])
    return opening in state.rules.backward_subjects


MAX_BACKWARD_SUBJECT_WORDS = 3  # "pernyataan itu", "hal tersebut", "demikian"


def _read_passive_inside(state: ScanState, position: int, lower: str) -> Hit | None:
    """ "Kenaikan harga itu dilaporkan Reuters akan berlanjut …": the sentence around it. (Not
    the cue of "Hal itu disampaikan X", which the backward passive has read already.)"""
    index, rules = state.index, state.rules
    token = index.tokens[position]
    agent = _agent_entity_at(position + 1, index, rules)
    if agent is None:
        return None
    mention = parse_speaker_phrase(phrase_after(agent, index, rules), index, rules)
    if mention is None or mention.kind in ("pronoun", "clitic"):
        return None
    return Hit(Span(token.start, token.end), lower, rules.cues.passive_inside.id, "postposed", mention,
               token.start, backward_content=True)


def _noun_stem(lower: str, rules: RuleSet) -> str | None:
    """The noun cue a word is, with or without its clitic ("klaimnya" -> "klaim")."""
    if lower in rules.noun_cue_words:
        return lower
    suffix = rules.cues.clitic.suffix
    if lower.endswith(suffix) and lower[:-len(suffix)] in rules.noun_cue_words:
        return lower[:-len(suffix)]
    return None


def _noun_complementizer(state: ScanState, position: int) -> int | None:
    """Index of the `bahwa` that a noun cue at `position` takes, if one comes soon."""
    tokens, cues = state.index.tokens, state.rules.cues.noun_cues
    for look in range(position + 1, min(position + 1 + cues.max_gap, len(tokens))):
        token = tokens[look]
        if token.start >= state.sentence.end or token.text in PUNCTUATION_STOPS or token.text == "," \
                or token.text.lower() in state.rules.reporting_verbs:
            return None  # a verb of its own takes the clause ("laporan yang menyebut bahwa …")
        if token.text.lower() == cues.complementizer:
            return look
    return None


def _is_noun_cue(state: ScanState, position: int, lower: str) -> bool:
    return _noun_stem(lower, state.rules) is not None and _noun_complementizer(state, position) is not None \
        and state.previous_text(position).lower() not in state.rules.reporting_verbs


def _read_noun_cue(state: ScanState, position: int, lower: str) -> Hit | None:
    """ "pengakuan Budi bahwa …", "tuduhannya bahwa …": the clause after bahwa is the report."""
    index, rules = state.index, state.rules
    tokens = index.tokens
    token = tokens[position]
    complementizer = _noun_complementizer(state, position)
    if complementizer is None or complementizer + 1 >= len(tokens) \
            or tokens[complementizer + 1].start >= state.sentence.end:
        return None
    mention: Mention | None
    if lower != _noun_stem(lower, rules):
        mention = Mention(token.start, token.end, "clitic")
    else:
        between = [t for t in tokens[position + 1:complementizer] if index.entity_by_token.get(t.index) is not None]
        mention = parse_speaker_phrase(between, index, rules) if between else None
        mention = mention or state.last_mention or _sentence_subject(state.sentence, position, index, rules)
    if mention is None:
        return None
    hit = Hit(Span(token.start, token.end), _noun_stem(lower, rules) or lower, rules.cues.noun_cues.id, "verb",
              mention, token.start)
    hit.content_start = tokens[complementizer + 1].start
    return hit


def _is_reporting_verb(state: ScanState, position: int, lower: str) -> bool:
    return lower in state.rules.reporting_verbs


def _read_reporting_verb(state: ScanState, position: int, lower: str) -> Hit | None:
    """ "X mengatakan (bahwa) CLAUSE" and its variants: the subject phrase before the verb."""
    index, rules, sentence = state.index, state.rules, state.sentence
    token = index.tokens[position]
    group = rules.reporting_verbs[lower]
    if _continues_the_last_cue(state, position):
        # "…,” ujarnya, menambahkan bahwa …": the same speaker goes on
        hit = Hit(Span(token.start, token.end), lower, group.id, "verb", state.last_mention, token.start,
                  complement=group.complement)
        hit.content_start = _content_after(index, position, sentence, rules, group.complement)
        return hit
    phrase, _ = phrase_before(position, sentence.start, index, rules)
    mention = parse_speaker_phrase(phrase, index, rules) if phrase else None
    if mention is None and phrase:
        mention = _pronoun_subject(position, index, rules)  # "di mana ia menyebut …"
    if mention is None and phrase:
        mention = postmodified_subject(position, sentence.start, index, rules)
    if mention is None and not phrase:
        # elided subject: "…, tetapi mengatakan …", "X menyalahkan …, dengan berargumen …"
        mention = state.last_mention or _sentence_subject(sentence, position, index, rules)
    elif mention is not None and mention.kind in ("name", "organization") and not any(
            index.entity_by_token.get(t.index) is not None
            and index.entity_by_token[t.index].label == "PER" for t in phrase):
        # the phrase next to the verb is a place or an affiliation ("Harli Siregar di Gedung
        # Kejaksaan Agung, Jakarta, Selasa (10/6), mengatakan"): the subject is the person
        # named earlier in the clause
        mention = person_before(position, max(sentence.start, state.last_hit_end), index, rules) or mention
    if mention is None:
        return None
    segment = phrase[0].start if phrase else token.start
    content_start = _content_after(index, position, sentence, rules, group.complement)
    rule_id = group.id
    if content_start is None and lower in rules.figure_claim_verbs:
        content_start = _figure_claim_start(index, position, sentence, rules)
        rule_id = rules.cues.figure_claims.id
    hit = Hit(Span(token.start, token.end), lower, rule_id, "verb", mention, segment, complement=group.complement)
    hit.content_start = content_start
    return hit


def _figure_claim_start(index: TextIndex, position: int, sentence: Span, rules: RuleSet) -> int | None:
    """The object of a claim verb as its reported claim when a figure comes soon after the
    verb and before any punctuation ("mencatat inflasi Mei 2,5 persen")."""
    tokens = index.tokens
    first = position + 1
    if first >= len(tokens) or tokens[first].start >= sentence.end or tokens[first].text in PUNCTUATION_STOPS \
            or tokens[first].text.lower() in rules.phrase_stops:
        return None
    for ahead in range(first, min(first + rules.cues.figure_claims.max_words_to_figure, len(tokens))):
        token = tokens[ahead]
        if token.start >= sentence.end or (token.text in PUNCTUATION_STOPS and token.text != ","):
            return None
        if any(character.isdigit() for character in token.text):
            return tokens[first].start
    return None


# The cue kinds in the order they are tried. The order matters where a word fits two kinds:
# a clitic of `menurut` (Menurutnya) before other clitics; clitics before postposed cues;
# postposed cues ("…,” bilang X") before reporting verbs ("X bilang …"); the clitic passive
# (disebutnya) before the passive with an agent (Disampaikan X,).
CUE_READERS: list[tuple[CueTest, CueReader]] = [
    (_is_according_to_clitic, _read_according_to_clitic),
    (_is_clitic, _read_clitic),
    (_is_postposed, _read_postposed),
    (_is_postposed_by_position, _read_postposed_by_position),
    (_is_according_to, _read_according_to),
    (_is_passive_clitic, _read_passive_clitic),
    (_is_passive_agent, _read_passive_agent),
    (_is_passive_inside, _read_passive_inside),
    (_is_reporting_verb, _read_reporting_verb),
    (_is_noun_cue, _read_noun_cue),
]


def _continues_the_last_cue(state: ScanState, position: int) -> bool:
    """A verb right after the cue of the last attribution and a comma ("ujarnya, menambahkan",
    "kata Rutte, seraya menambahkan"): a participle clause of the same speaker."""
    tokens, rules = state.index.tokens, state.rules
    if state.last_mention is None:
        return False
    before = position - 1
    while before > 0 and tokens[before].text.lower() in rules.subject_adverbs:
        before -= 1
    if before < 1 or tokens[before].text != ",":
        return False
    return tokens[before - 1].end in (state.last_hit_end, state.last_mention.end)


def _pronoun_subject(position: int, index: TextIndex, rules: RuleSet) -> Mention | None:
    """A pronoun right before the verb, past subject adverbs ("di mana ia pun menyebut"),
    when the longer phrase before it reads as no speaker."""
    before = skip_adverbials(position - 1, index, rules)
    if before < 0 or index.tokens[before].text.lower() not in rules.pronouns:
        return None
    return Mention(index.tokens[before].start, index.tokens[before].end, "pronoun")


def _sentence_subject(sentence: Span, before: int, index: TextIndex, rules: RuleSet) -> Mention | None:
    """The person who opens the sentence (after titles and roles), for a later verb whose
    subject is elided."""
    for position in range(index.token_at(sentence.start), before):
        token = index.tokens[position]
        entity = index.entity_by_token.get(position)
        if entity is not None and entity.label == "PER":
            return person_after(position - 1, sentence.end, index, rules)
        if not (token.text[:1].isupper() or rules.is_title_or_role(token.text)):
            return None
    return None


def _backward_passive(position: int, sentence: Span, previous_sentence: Span | None, index: TextIndex,
                      rules: RuleSet) -> Hit | None:
    """"<clause>. Hal itu disampaikan (oleh) X.": the previous sentence is X's report."""
    if previous_sentence is None:
        return None
    text = index.document.text
    opening = text[sentence.start:sentence.end].lower()
    for subject in rules.backward_subjects:
        if not opening.startswith(subject + " "):
            continue
        cue_position = position + len(subject.split())
        if cue_position >= len(index.tokens):
            return None
        cue = index.tokens[cue_position]
        if cue.text.lower() not in rules.backward_words:
            return None
        speaker_start = cue_position + 1
        tokens = index.tokens
        if speaker_start < len(tokens) and tokens[speaker_start].text.lower() in rules.backward_agent_markers:
            speaker_start += 1
        mention = parse_speaker_phrase(phrase_after(speaker_start, index, rules), index, rules)
        if mention is None:
            return None
        hit = Hit(Span(cue.start, cue.end), cue.text.lower(), rules.cues.backward_passive.id, "backward_passive",
                  mention, sentence.start)
        hit.content_span = previous_sentence
        return hit
    return None


def _starts_person_name(position: int, index: TextIndex) -> bool:
    """A PER entity starts at token `position` ("kata Teten", not "kata 'oke sip'")."""
    if position >= len(index.tokens):
        return False
    entity = index.entity_by_token.get(position)
    return entity is not None and entity.label == "PER" and entity.start == index.tokens[position].start


def phrase_has_comma(phrase: list[Token], index: TextIndex) -> bool:
    return bool(phrase) and any(token.text == "," for token in index.tokens[phrase[0].index:phrase[-1].index + 2])


def _token_start_after(offset: int, sentence: Span, index: TextIndex) -> int | None:
    position = index.token_at(offset)
    if position < len(index.tokens) and index.tokens[position].start < sentence.end \
            and index.tokens[position].text not in PUNCTUATION_STOPS:
        return index.tokens[position].start
    return None


def _phrase_to_comma(start: int, sentence: Span, index: TextIndex, limit: int = 12) -> list[Token]:
    """The tokens up to the next comma in the sentence ("menurut Senator dari Partai Republik itu,")."""
    tokens = index.tokens
    for position in range(start, min(start + limit, len(tokens))):
        if tokens[position].start >= sentence.end:
            return []
        if tokens[position].text == ",":
            return tokens[start:position]
        if tokens[position].text in ".;:!?\"“”":
            return []
    return []


def _phrase_to_complementizer(start: int, sentence: Span, index: TextIndex, rules: RuleSet,
                              limit: int = 8) -> list[Token]:
    """The tokens up to bahwa/jika/kalau ("Dikatakan Roland jika …"), if one comes soon."""
    tokens = index.tokens
    for position in range(start, min(start + limit, len(tokens))):
        if tokens[position].start >= sentence.end or tokens[position].text in PUNCTUATION_STOPS:
            return []
        if tokens[position].text.lower() in rules.complementizers:
            return tokens[start:position] if position > start else []
    return []


def _gap_is_attribution_glue(text: str, max_chars: int) -> bool:
    """Only a comma or spaces between a closing mark and its cue ("…,” kata X")."""
    return len(text) <= max_chars and text.strip(" ,.\n") == "" and "\n" not in text


class SentenceHits:
    """The attributions of one sentence, indexed so that finding a hit's neighbours is a
    binary search, not a scan (a sentence of thousands of cues stays linear)."""

    def __init__(self, hits: list[Hit]) -> None:
        self.by_cue_end = sorted(hits, key=lambda hit: hit.cue.end)
        self.cue_ends = [hit.cue.end for hit in self.by_cue_end]
        self.reporting = sorted((hit for hit in hits if _reports_something(hit)), key=lambda hit: hit.segment_start)
        self.reporting_starts = [hit.segment_start for hit in self.reporting]

    def next_report_start(self, after: int) -> int | None:
        """The first segment start of a reporting hit after the offset."""
        position = bisect_right(self.reporting_starts, after)
        return self.reporting_starts[position] if position < len(self.reporting_starts) else None

    def report_at(self, offset: int) -> Hit | None:
        """The reporting hit whose segment starts at the offset, if any."""
        position = bisect_left(self.reporting_starts, offset)
        found = position < len(self.reporting_starts) and self.reporting_starts[position] == offset
        return self.reporting[position] if found else None

    def last_before(self, hit: Hit, offset: int) -> Hit | None:
        """The hit (not `hit`) whose cue ends last at or before the offset."""
        position = bisect_right(self.cue_ends, offset) - 1
        while position >= 0 and self.by_cue_end[position] is hit:
            position -= 1
        return self.by_cue_end[position] if position >= 0 else None


MAX_WORDS_SUBJECT_TO_VERB = 2  # "Andi juga sudah meminta": adverbs between a subject and its verb


def _subject_opens_clause(inner: Hit | None, text: str) -> bool:
    """The inner attribution is "SUBJECT VERB" right at the clause start: its subject mention
    starts the segment and only a few words stand between it and the verb."""
    if inner is None or inner.kind != "verb" or inner.mention is None \
            or inner.mention.start != inner.segment_start or inner.mention.end > inner.cue.start:
        return False
    return len(text[inner.mention.end:inner.cue.start].split()) <= MAX_WORDS_SUBJECT_TO_VERB


def _clause_end(hit: Hit, sentence_hits: dict[Span, SentenceHits], text: str) -> int:
    """The clause a cue introduces ends at the sentence end or where the next attribution that
    reports something starts, unless that attribution is nested in the clause.

    A reported clause can hold cues of its own: when the next attribution's subject opens the
    clause ("Budi mengatakan bahwa Andi meminta maaf …"), that attribution is inside it and the
    clause goes on; one later in the clause ("… dan ia meyakinkan …") starts a new report."""
    following = sentence_hits[hit.sentence].next_report_start(hit.cue.end)
    if following is None or following >= hit.sentence.end:
        return hit.sentence.end
    if hit.kind == "verb" and following == hit.content_start and _subject_opens_clause(
            sentence_hits[hit.sentence].report_at(following), text):
        following = sentence_hits[hit.sentence].next_report_start(following)
        return following if following is not None and following < hit.sentence.end else hit.sentence.end
    return following


CLAUSE_TEXT = re.compile(r"[^\s.!?]")  # anything but spaces and final punctuation
WORD = re.compile(r"\S+")


def _has_words(text: str, start: int, end: int, count: int) -> bool:
    """At least `count` words in text[start:end], looking no further than the count-th."""
    return any(found >= count for found, _ in enumerate(WORD.finditer(text, start, end), start=1))


def _opens_with(index: TextIndex, offset: int, words: frozenset[str]) -> bool:
    position = index.token_at(offset)
    return position < len(index.tokens) and index.tokens[position].text.lower() in words


def _coordinated_predicate_start(index: TextIndex, start: int, end: int, rules: RuleSet) -> int | None:
    """Where the reporting sentence goes on with a predicate of its own after the clause:
    "…, tetapi dia belum dapat menyebutkan …", "…, dan mempertanyakan …". The comma, a
    conjunction, then a pronoun or a prefixed verb (me-, ber-) start a new predicate."""
    tokens = index.tokens
    position = index.token_at(start)
    while position + 2 < len(tokens) and tokens[position + 2].start < end:
        if tokens[position].text == "," and tokens[position + 1].text.lower() in rules.clause_conjunctions:
            following = tokens[position + 2].text
            lower = following.lower()
            if lower in rules.pronouns or (following.islower() and len(lower) >= MIN_PREDICATE_CHARS
                                           and lower.startswith(rules.predicate_prefixes)):
                return tokens[position].start
        position += 1
    return None


MIN_PREDICATE_CHARS = 6


def _reports_something(hit: Hit) -> bool:
    """A later attribution cuts a clause only when it reports a clause of its own: a verb that
    merely names a topic inside the clause ("… anak mengeluhkan sakit perut …") does not."""
    return hit.kind != "verb" or hit.content_start is not None


def _trim_clause(text: str, start: int, end: int, rules: RuleSet) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] in ",:;"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",.;:-—"):
        end -= 1
    # a trailing conjunction left by the next clause ("…, dan")
    words = text[start:end].rsplit(None, 1)
    if len(words) == 2 and words[1].lower() in rules.clause_conjunctions:
        end = start + len(text[start:end].rstrip()) - len(words[1])
        while end > start and (text[end - 1].isspace() or text[end - 1] in ",;"):
            end -= 1
    return start, end


def _quote(kind: QuoteType, spans: list[Span], hit: Hit | None, rule: str, scale: float = 1.0) -> Quote:
    speaker = _speaker(hit.mention) if hit else Speaker(None, "none")
    confidence = speaker_confidence(speaker) * scale
    return Quote(type=kind, spans=spans, cue=hit.cue if hit else None,
                 cue_lemma=hit.lemma if hit else None, speaker=speaker, rule=rule,
                 confidence=round(confidence, 3))


# Words before a mid-sentence `menurut X` that make them a clause of X's (fewer are an opening
# adverbial: "Di sisi lain, menurut dia, …", "Praktik ini menurut …"); after a comma the
# opening can be longer
MIN_WORDS_BEFORE_TRAILING_SOURCE = 3
MIN_WORDS_BEFORE_SOURCE_AFTER_COMMA = 6
INDIRECT_CONFIDENCE_SCALE = 0.95  # a clause boundary is less certain than a pair of quotation marks
BOUNDED_MARK_CONFIDENCE_SCALE = 0.8  # a quote cut at a bound because its closing mark was missing
MIN_CLAUSE_CHARS = 6
MIN_CLAUSE_WORDS = 2  # a one-word "clause" is a fragment; "harga naik" is a clause (length is no test)


def attribute_quotes(document: Document, rules: RuleSet, index: TextIndex | None = None,
                     deadline: Deadline = NO_DEADLINE) -> None:
    """Three passes over the attributions: (1) each quotation-mark span claims the cue next to
    it; (2) the cues left over report a clause (indirect, or mixed when it embeds quoted
    words); (3) quotation-mark spans become direct quotes, claimed or unattributed."""
    index = index or TextIndex(document)
    hits = find_hits(document, index, rules, deadline)
    grouped: dict[Span, list[Hit]] = {}
    for hit in hits:
        grouped.setdefault(hit.sentence, []).append(hit)
    sentence_hits = {sentence: SentenceHits(group) for sentence, group in grouped.items()}
    claimed = _claim_quote_marks(document, hits, sentence_hits, rules)
    quotes, absorbed = _indirect_and_mixed(document, index, hits, sentence_hits, claimed, rules)
    quotes += _direct_quotes(document, claimed, absorbed, rules)
    quotes.sort(key=lambda quote: quote.start)
    document.quotes = quotes


def _claim_quote_marks(document: Document, hits: list[Hit], sentence_hits: dict[Span, SentenceHits],
                       rules: RuleSet) -> dict[int, Hit]:
    """Pass 1: quotation-mark span start -> the attribution right before it (X mengatakan, “…”)
    whose whole clause it is, or else the one right after it (“…,” kata X)."""
    text = document.text
    claimed: dict[int, Hit] = {}
    by_segment = sorted(hits, key=lambda h: h.segment_start)
    segment_starts = [h.segment_start for h in by_segment]
    max_gap = rules.quotes.bounds.max_cue_gap_chars
    with_content = sorted((h for h in hits if h.content_start is not None), key=lambda h: h.content_start or 0)
    content_starts = [h.content_start or 0 for h in with_content]
    for mark in document.quote_marks:
        chosen: Hit | None = None
        position = bisect_right(content_starts, mark.start) - 1
        while position >= 0 and chosen is None:
            hit = with_content[position]
            if text[hit.content_start or 0:mark.start].strip():
                break
            if not hit.used and _direct_covers_clause(hit, mark, sentence_hits, document):
                chosen = hit
            position -= 1
        if chosen is None:
            position = bisect_left(segment_starts, mark.end)
            while position < len(by_segment):
                hit = by_segment[position]
                if not _gap_is_attribution_glue(text[mark.end:hit.segment_start], max_gap):
                    break
                if not hit.used and (hit.kind != "verb" or hit.content_start is None):
                    chosen = hit
                    break
                position += 1
        if chosen is not None:
            chosen.used = True
            claimed[mark.start] = chosen
    return claimed


def _indirect_and_mixed(document: Document, index: TextIndex, hits: list[Hit], sentence_hits: dict[Span, SentenceHits],
                        claimed: dict[int, Hit], rules: RuleSet) -> tuple[list[Quote], set[int]]:
    """Pass 2: attributions with a clause of their own. Returns the quotes and the starts of
    the quotation-mark spans that mixed quotes absorbed."""
    text = document.text
    quotes: list[Quote] = []
    mark_starts = [mark.start for mark in document.quote_marks]
    cue_starts = [hit.cue.start for hit in hits]
    absorbed: set[int] = set()
    for hit in hits:
        if hit.used:
            continue
        clause = _reported_clause(hit, document, index, sentence_hits, quotes, rules)
        if clause is None:
            continue
        start, end = clause
        inner = _marks_between(document.quote_marks, mark_starts, start, end)
        for mark in inner:
            start, end = min(start, mark.start), max(end, mark.end)
        start, end = _trim_clause(text, start, end, rules)
        if end - start < MIN_CLAUSE_CHARS or not _has_words(text, start, end, MIN_CLAUSE_WORDS):
            continue
        if hit.complement == "quote" and not inner:
            continue
        if any(mark.start in claimed for mark in inner):
            continue
        kind: QuoteType = "mixed" if inner else "indirect"
        hit.used = True
        absorbed.update(mark.start for mark in inner)
        quotes.append(_quote(kind, [Span(start, end)], hit, rule_id(kind, hit.rule), INDIRECT_CONFIDENCE_SCALE))
        _consume_nested(hits, cue_starts, hit, start, end)
    return quotes, absorbed


def _consume_nested(hits: list[Hit], cue_starts: list[int], outer: Hit, start: int, end: int) -> None:
    """Cues inside a reported clause belong to the reported speech ("Budi mengatakan bahwa Andi
    menyebut …" is Budi's report): they report nothing of their own (quotes never nest)."""
    if outer.kind != "verb":
        return
    for position in range(bisect_left(cue_starts, max(start, outer.cue.end)), bisect_left(cue_starts, end)):
        if hits[position].kind == "verb":
            hits[position].used = True


def _reported_clause(hit: Hit, document: Document, index: TextIndex, sentence_hits: dict[Span, SentenceHits],
                     quotes: list[Quote], rules: RuleSet) -> tuple[int, int] | None:
    """The stretch of text an attribution reports, before trimming, if it reports one."""
    if hit.content_span is not None:
        if any(quote.spans[0].overlaps(hit.content_span) for quote in quotes) or any(
                mark.overlaps(hit.content_span) for mark in document.quote_marks):
            return None  # the sentence is already someone's quote
        return hit.content_span.start, hit.content_span.end
    if hit.backward_content:
        return _backward_clause(hit, sentence_hits, document)
    if hit.content_start is None:
        return None
    start, end = hit.content_start, _clause_end(hit, sentence_hits, document.text)
    if _opens_with(index, start, rules.directive_markers):
        return None  # "menekankan agar …": a request, not reported speech
    return start, _coordinated_predicate_start(index, start, end, rules) or end


def _direct_quotes(document: Document, claimed: dict[int, Hit], absorbed: set[int], rules: RuleSet) -> list[Quote]:
    """Pass 3: quotation-mark spans not inside a mixed quote: claimed ones are attributed, the
    rest are direct quotes without a cue when they look like speech (coreference may carry a
    speaker to them), else scare quotes, titles and terms, which are not quotes."""
    quotes: list[Quote] = []
    min_words = rules.quotes.bounds.min_words_unattributed
    for mark in document.quote_marks:
        if mark.start in absorbed:
            continue
        span = Span(mark.content_start, mark.content_end)
        claimant = claimed.get(mark.start)
        scale = BOUNDED_MARK_CONFIDENCE_SCALE if mark.bounded else 1.0
        if claimant is not None:
            quotes.append(_quote("direct", [span], claimant, rule_id("direct", claimant.rule), scale))
        elif _looks_like_speech(document.text[mark.content_start:mark.content_end], min_words):
            quotes.append(_quote("direct", [span], None, rule_id("direct", UNATTRIBUTED_RULE), scale))
    return quotes


def _marks_between(marks: list[QuoteMarkSpan], starts: list[int], start: int, end: int) -> list[QuoteMarkSpan]:
    """Quotation-mark spans overlapping [start, end); marks are sorted and do not overlap."""
    first = max(bisect_right(starts, start) - 1, 0)
    last = bisect_left(starts, end)
    return [mark for mark in marks[first:last] if start < mark.end]


def _direct_covers_clause(hit: Hit, mark: QuoteMarkSpan, sentence_hits: dict[Span, SentenceHits],
                          document: Document) -> bool:
    """True when the quotation-mark span is the whole clause a cue introduces."""
    if hit.complement == "quote":
        return False
    clause_end = _clause_end(hit, sentence_hits, document.text)
    if clause_end <= mark.end:
        return True
    return document.text[mark.end:clause_end].strip(" .,;:!?\n") == ""


def _backward_clause(hit: Hit, sentence_hits: dict[Span, SentenceHits], document: Document) -> tuple[int, int]:
    """The clause around a postposed cue.

    "CLAUSE, kata X." gives the clause before the cue; an interposed cue ("Noel, kata dia,
    tidak menempuh …" or "Pengembangan itu menurutnya perlu …") gives the whole sentence,
    attribution included, as the annotation guidelines do.
    """
    start = hit.sentence.start
    other = sentence_hits[hit.sentence].last_before(hit, hit.cue.start)
    if other is not None and other.cue.end >= start:
        start = max(other.cue.end, other.mention.end if other.mention else other.cue.end)
    phrase_end = max(hit.cue.end, hit.mention.end if hit.mention else hit.cue.end)
    if not hit.clause_before_only and CLAUSE_TEXT.search(document.text, phrase_end, hit.sentence.end):
        # interposed: the clause goes on after the attribution, up to the next one
        return start, _clause_end(hit, sentence_hits, document.text)
    return start, hit.cue.start


def _looks_like_speech(content: str, min_words: int) -> bool:
    """Unattributed quotation marks hold speech, not a term or title, when long enough or
    when they hold a whole sentence ("Kita harus bersatu.")."""
    words = content.split()
    if len(words) >= min_words:
        return True
    return len(words) >= 2 and content[:1].isupper() and content.rstrip()[-1:] in ".!?,"
