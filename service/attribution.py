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

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from service.document import Document, Mention, Quote, QuoteMarkSpan, Span, Speaker, Token
from service.mentions import (
    PUNCTUATION_STOPS,
    TextIndex,
    is_person_entity,
    parse_speaker_phrase,
    person_after,
    person_before,
    phrase_after,
    phrase_before,
)
from service.rules import RuleSet

CONFIDENCE = {"name": 0.9, "organization": 0.85, "clitic": 0.8, "pronoun": 0.75, "role": 0.7,
              "carry": 0.6, "none": 0.3}
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


def find_hits(document: Document, index: TextIndex, rules: RuleSet) -> list[Hit]:
    hits: list[Hit] = []
    tokens = index.tokens
    previous_sentence: Span | None = None
    for sentence in document.sentences:
        first = index.token_at(sentence.start)
        last_mention: Mention | None = None
        last_hit_end = sentence.start
        for position in range(first, len(tokens)):
            token = tokens[position]
            if token.start >= sentence.end:
                break
            if document.in_quote_marks(token.start) or document.in_boilerplate(token.start):
                continue
            lower = token.text.lower()
            previous = tokens[position - 1].text if position > 0 else ""
            after_comma_or_quote = previous in (",",) or previous in CLOSING_MARKS
            hit: Hit | None = None
            mention: Mention | None
            clitic_stem = rules.clitic_cue(lower)
            if clitic_stem is not None and clitic_stem in rules.according_to:
                # Menurutnya, CLAUSE
                mention = Mention(token.start, token.end, "clitic")
                hit = Hit(Span(token.start, token.end), clitic_stem, rules.cues.according_to.id,
                          "according_to", mention, token.start)
                hit.content_start = _content_after(index, position, sentence, rules, "marked")
                if hit.content_start is None and token.start > sentence.start:
                    hit.backward_content = True
            elif clitic_stem is not None:
                mention = Mention(token.start, token.end, "clitic")
                hit = Hit(Span(token.start, token.end), clitic_stem, rules.cues.clitic.id,
                          "postposed", mention, token.start, backward_content=True)
            elif lower in rules.postposed_cues and (after_comma_or_quote or _starts_person_name(position + 1, index)):
                # "…,” kata X" / "CLAUSE, kata X" / an interposed "… ini kata Teten perlu …"
                mention = parse_speaker_phrase(phrase_after(position + 1, index, rules), index, rules)
                if mention is None or (mention.kind in ("name", "organization")
                                       and not is_person_entity(mention, index)):
                    mention = person_after(position, sentence.end, index, rules) or mention
                if mention is not None:
                    hit = Hit(Span(token.start, token.end), lower, rules.cues.postposed.id,
                              "postposed", mention, token.start, backward_content=True)
            elif lower in rules.according_to:
                phrase = _phrase_to_comma(position + 1, sentence, index) or phrase_after(position + 1, index, rules)
                mention = parse_speaker_phrase(phrase, index, rules)
                if mention is not None:
                    hit = Hit(Span(token.start, token.end), lower, rules.cues.according_to.id,
                              "according_to", mention, token.start)
                    after = index.token_at(phrase[-1].end) if phrase else position + 1
                    if after < len(tokens) and tokens[after].text == "," and after + 1 < len(tokens) \
                            and tokens[after + 1].start < sentence.end:
                        hit.content_start = tokens[after + 1].start
                    if previous == "," and hit.content_start is None:
                        hit.backward_content = True
                    elif hit.content_start is None and not phrase_has_comma(phrase, index) \
                            and mention.kind == "name" and is_person_entity(mention, index):
                        # "Menurut Hendra harga pangan akan naik": no comma after the name
                        hit.content_start = _token_start_after(mention.end, sentence, index)
            elif rules.has_clitic(lower) and lower[:-len(rules.cues.clitic.suffix)] in rules.passive_agent_words:
                # "Pelibatan ahli bahasa disebutnya lebih cocok …": the clause around it
                mention = Mention(token.start, token.end, "clitic")
                stem = lower[:-len(rules.cues.clitic.suffix)]
                hit = Hit(Span(token.start, token.end), stem, rules.cues.passive_agent.id, "postposed",
                          mention, token.start, backward_content=True)
            elif lower in rules.passive_agent_words and (position == first or previous == ","):
                # "Disampaikan Esti, sikap resmi …"
                phrase = _phrase_to_comma(position + 1, sentence, index)
                mention = parse_speaker_phrase(phrase, index, rules) if phrase else None
                if mention is not None and mention.kind != "pronoun":
                    hit = Hit(Span(token.start, token.end), lower, rules.cues.passive_agent.id, "according_to",
                              mention, token.start)
                    after = index.token_at(phrase[-1].end)
                    if after + 1 < len(tokens) and tokens[after + 1].start < sentence.end:
                        hit.content_start = tokens[after + 1].start
            elif lower in rules.reporting_verbs:
                group = rules.reporting_verbs[lower]
                phrase, cut = phrase_before(position, sentence.start, index, rules)
                mention = parse_speaker_phrase(phrase, index, rules) if phrase else None
                if mention is None and not phrase:
                    # elided subject: "…, tetapi mengatakan …", "X menyalahkan …, dengan berargumen …"
                    mention = last_mention or _sentence_subject(sentence, position, index, rules)
                elif mention is not None and mention.kind in ("name", "organization") and not any(
                        index.entity_by_token.get(t.index) is not None
                        and index.entity_by_token[t.index].label == "PER" for t in phrase):
                    # the phrase next to the verb is a place or an affiliation ("Harli Siregar di
                    # Gedung Kejaksaan Agung, Jakarta, Selasa (10/6), mengatakan"): the subject is
                    # the person named earlier in the clause
                    person = person_before(position, max(sentence.start, last_hit_end), index, rules)
                    if person is not None:
                        mention = person
                if mention is not None:
                    segment = phrase[0].start if phrase else token.start
                    hit = Hit(Span(token.start, token.end), lower, group.id, "verb", mention, segment,
                              complement=group.complement)
                    hit.content_start = _content_after(index, position, sentence, rules, group.complement)
            if hit is None and position == first:
                hit = _backward_passive(position, sentence, previous_sentence, index, rules)
            if hit is not None:
                hit.sentence = sentence
                hits.append(hit)
                last_mention = hit.mention
                last_hit_end = hit.cue.end
        previous_sentence = sentence
    return hits


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
        if speaker_start < len(index.tokens) and index.tokens[speaker_start].text.lower() == "oleh":
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


def _gap_is_attribution_glue(text: str, max_chars: int) -> bool:
    """Only a comma or spaces between a closing mark and its cue ("…,” kata X")."""
    return len(text) <= max_chars and text.strip(" ,.\n") == "" and "\n" not in text


def _clause_end(hit: Hit, sentence_hits: dict[Span, list[Hit]]) -> int:
    end = hit.sentence.end
    for other in sentence_hits[hit.sentence]:
        if other is not hit and hit.cue.end < other.segment_start < end and _reports_something(other):
            end = other.segment_start
    return end


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
                                           and lower.startswith(PREDICATE_PREFIXES)):
                return tokens[position].start
        position += 1
    return None


MIN_PREDICATE_CHARS = 6
PREDICATE_PREFIXES = ("me", "ber")


def _reports_something(hit: Hit) -> bool:
    """A later attribution cuts a clause only when it reports a clause of its own: a verb that
    merely names a topic inside the clause ("… anak mengeluhkan sakit perut …") does not."""
    return hit.kind != "verb" or hit.content_start is not None


def _trim_clause(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] in ",:;"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",.;:-—"):
        end -= 1
    # a trailing conjunction left by the next clause ("…, dan")
    for conjunction in (" dan", " serta", " tetapi", " namun", " sementara"):
        if text[start:end].endswith(conjunction):
            end -= len(conjunction)
            while end > start and (text[end - 1].isspace() or text[end - 1] in ",;"):
                end -= 1
    return start, end


def _quote(kind: str, spans: list[Span], hit: Hit | None, rule: str, resolution_scale: float = 1.0) -> Quote:
    speaker = _speaker(hit.mention) if hit else Speaker(None, "none")
    confidence = CONFIDENCE[speaker.resolution] * resolution_scale
    return Quote(type=kind, spans=spans, cue=hit.cue if hit else None,  # type: ignore[arg-type]
                 cue_lemma=hit.lemma if hit else None, speaker=speaker, rule=rule,
                 confidence=round(confidence, 3))


def attribute_quotes(document: Document, rules: RuleSet) -> None:
    text = document.text
    index = TextIndex(document)
    hits = find_hits(document, index, rules)
    sentence_hits: dict[Span, list[Hit]] = {}
    for hit in hits:
        sentence_hits.setdefault(hit.sentence, []).append(hit)
    quotes: list[Quote] = []
    claimed: dict[int, Hit] = {}  # quote-mark span start -> the attribution that claims it

    # 1. direct quotes: attributions adjacent to a quotation-mark span
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

    # 2. indirect and mixed quotes: attributions with a clause of their own
    mark_starts = [mark.start for mark in document.quote_marks]
    absorbed: set[int] = set()
    for hit in hits:
        if hit.used:
            continue
        if hit.content_span is not None:
            start, end = hit.content_span.start, hit.content_span.end
            if any(quote.spans[0].overlaps(hit.content_span) for quote in quotes) or any(
                    mark.overlaps(hit.content_span) for mark in document.quote_marks):
                continue  # the sentence is already someone's quote
        elif hit.backward_content:
            start, end = _backward_clause(hit, sentence_hits, document)
        elif hit.content_start is not None:
            start, end = hit.content_start, _clause_end(hit, sentence_hits)
            if _opens_with(index, start, rules.directive_markers):
                continue  # "menekankan agar …": a request, not reported speech
            end = _coordinated_predicate_start(index, start, end, rules) or end
        else:
            continue
        inner = _marks_between(document.quote_marks, mark_starts, start, end)
        for mark in inner:
            start, end = min(start, mark.start), max(end, mark.end)
        start, end = _trim_clause(text, start, end)
        if end - start < 8 or len(text[start:end].split()) < 3:
            continue
        if hit.complement == "quote" and not inner:
            continue
        if any(mark.start in claimed for mark in inner):
            continue
        kind = "mixed" if inner else "indirect"
        hit.used = True
        absorbed.update(mark.start for mark in inner)
        quotes.append(_quote(kind, [Span(start, end)], hit, f"{kind}.{hit.rule}", 0.95))

    # 3. quotation-mark spans: claimed ones, continuations, and the rest
    min_words = rules.quotes.bounds.min_words_unattributed
    for mark in document.quote_marks:
        if mark.start in absorbed:
            continue
        span = Span(mark.content_start, mark.content_end)
        claimant = claimed.get(mark.start)
        scale = 0.8 if mark.bounded else 1.0
        if claimant is not None:
            quotes.append(_quote("direct", [span], claimant, f"direct.{claimant.rule}", scale))
        elif _looks_like_speech(text[mark.content_start:mark.content_end], min_words):
            quote = _quote("direct", [span], None, "direct.unattributed", scale)
            quotes.append(quote)
    quotes.sort(key=lambda quote: quote.start)
    document.quotes = quotes


def _marks_between(marks: list[QuoteMarkSpan], starts: list[int], start: int, end: int) -> list[QuoteMarkSpan]:
    """Quotation-mark spans overlapping [start, end); marks are sorted and do not overlap."""
    first = max(bisect_right(starts, start) - 1, 0)
    found = []
    for mark in marks[first:]:
        if mark.start >= end:
            break
        if start < mark.end:
            found.append(mark)
    return found


def _direct_covers_clause(hit: Hit, mark: QuoteMarkSpan, sentence_hits: dict[Span, list[Hit]],
                          document: Document) -> bool:
    """True when the quotation-mark span is the whole clause a cue introduces."""
    if hit.complement == "quote":
        return False
    clause_end = _clause_end(hit, sentence_hits)
    if clause_end <= mark.end:
        return True
    return document.text[mark.end:clause_end].strip(" .,;:!?\n") == ""


def _backward_clause(hit: Hit, sentence_hits: dict[Span, list[Hit]], document: Document) -> tuple[int, int]:
    """The clause around a postposed cue.

    "CLAUSE, kata X." gives the clause before the cue; an interposed cue ("Noel, kata dia,
    tidak menempuh …" or "Pengembangan itu menurutnya perlu …") gives the whole sentence,
    attribution included, as the annotation guidelines do.
    """
    start = hit.sentence.start
    for other in sentence_hits[hit.sentence]:
        if other is not hit and start <= other.cue.end <= hit.cue.start:
            phrase_end = other.mention.end if other.mention else other.cue.end
            start = max(other.cue.end, phrase_end)
    phrase_end = max(hit.cue.end, hit.mention.end if hit.mention else hit.cue.end)
    rest = document.text[phrase_end:hit.sentence.end].strip(" .!?\n")
    if rest:
        return start, hit.sentence.end
    return start, hit.cue.start


def _looks_like_speech(content: str, min_words: int) -> bool:
    """Unattributed quotation marks hold speech, not a term or title, when long enough or
    when they hold a whole sentence ("Kita harus bersatu.")."""
    words = content.split()
    if len(words) >= min_words:
        return True
    return len(words) >= 2 and content[:1].isupper() and content.rstrip()[-1:] in ".!?,"
