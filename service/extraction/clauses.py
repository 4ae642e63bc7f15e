"""Where the clause a cue reports starts and ends: the sentence's attributions indexed
(`SentenceHits`), the clause after a verb up to the next report, the clause around a
postposed cue, and the trimming of what is left."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from service.extraction.cues.hit import Hit
from service.extraction.document import Document, Quote, QuoteMarkSpan, Span
from service.extraction.mentions import TextIndex
from service.extraction.rules import RuleSet


class SentenceHits:
    """The attributions of one sentence, indexed so that finding a hit's neighbours is a
    binary search, not a scan (a sentence of thousands of cues stays linear). A verb of
    thinking (`thoughts`: cues.yml false_quotes mental_states) reports no clause of its own
    and does not cut one ("… tidak mudah, tetapi AS merasa berada dalam posisi kuat")."""

    def __init__(self, hits: list[Hit], thoughts: frozenset[str] = frozenset()) -> None:
        self.by_cue_end = sorted(hits, key=lambda hit: hit.cue.end)
        self.cue_ends = [hit.cue.end for hit in self.by_cue_end]
        self.reporting = sorted((hit for hit in hits if _reports_something(hit) and hit.lemma not in thoughts),
                                key=lambda hit: hit.segment_start)
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


def _reports_something(hit: Hit) -> bool:
    """A later attribution cuts a clause only when it reports a clause of its own: a verb that
    merely names a topic inside the clause ("… anak mengeluhkan sakit perut …") does not."""
    return hit.kind != "verb" or hit.content_start is not None


MAX_WORDS_SUBJECT_TO_VERB = 2  # "Andi juga sudah meminta": adverbs between a subject and its verb


def _subject_opens_clause(inner: Hit | None, text: str) -> bool:
    """The inner attribution is "SUBJECT VERB" right at the clause start: its subject mention
    starts the segment and only a few words stand between it and the verb."""
    if inner is None or inner.kind != "verb" or inner.mention is None \
            or inner.mention.start != inner.segment_start or inner.mention.end > inner.cue.start:
        return False
    return len(text[inner.mention.end:inner.cue.start].split()) <= MAX_WORDS_SUBJECT_TO_VERB


def _opens_the_clause(inner: Hit | None, text: str, rules: RuleSet | None = None) -> bool:
    """A report whose segment starts where the clause starts is nested in it when its subject
    opens the clause, near its verb ("Budi mengatakan bahwa Andi meminta maaf …") or far from
    it ("… bahwa bot X mengakses situs itu ribuan kali meskipun mengatakan …"). Cutting there
    would leave the clause empty."""
    return _subject_opens_clause(inner, text) or _subject_far_from_verb(inner, text) or (
        rules is not None and _verbless_subject_phrase(inner, text, rules))


def _verbless_subject_phrase(inner: Hit | None, text: str, rules: RuleSet) -> bool:
    """The inner report's subject phrase, from the clause start to its verb, holds no verb of its
    own ("Dia menyebutkan, Asosiasi transportasi X melaporkan bahwa …"): the whole report is
    the clause. One that does ("dirinya mengundurkan diri … Pemimpin PP X menuduh …") is a
    sentence the splitter did not cut, and a new report."""
    if inner is None or inner.kind != "verb" or inner.mention is None or inner.mention.end > inner.cue.start:
        return False
    return not any(rules.is_active_verb(word.group()) or rules.is_passive_verb(word.group())
                   for word in TAIL_WORD.finditer(text, inner.segment_start, inner.cue.start))


def _subject_far_from_verb(inner: Hit | None, text: str) -> bool:
    """The inner report's subject stands many words before its verb: the verb is a later
    predicate of the clause's subject ("bot X mengakses situs itu … meskipun mengatakan …"),
    not a new report (whose subject stands right before its verb)."""
    if inner is None or inner.kind != "verb" or inner.mention is None or inner.mention.end > inner.cue.start:
        return False
    return len(text[inner.mention.end:inner.cue.start].split()) > MAX_WORDS_SUBJECT_TO_VERB


# the speaker phrases of `menurut X,` that report a nested report as their own: a person, by
# name, pronoun, clitic or role (an organisation or a document phrase is left out, below)
PERSONAL_SOURCE_KINDS = frozenset({"name", "pronoun", "clitic", "role"})


def _may_hold_a_nested_report(hit: Hit, text: str, rules: RuleSet | None) -> bool:
    """Whether a report whose subject opens this attribution's clause is nested in it: after a
    reporting verb ("Budi mengatakan bahwa Andi meminta maaf …"), and after `menurut` a person
    ("Menurut Budi, para ahli menilai …", "Menurutnya, Andi mengaku …": the person's report of
    what the others said; quotes never nest). Not after an outlet's or a document's phrase
    ("Menurut laporan Antara, Budi menyebutkan …": a sourcing tag, and the named reporter in
    the clause speaks; speakers.yml document_heads)."""
    if hit.kind == "verb":
        return True
    mention = hit.mention
    if hit.kind != "according_to" or rules is None or mention is None or mention.kind not in PERSONAL_SOURCE_KINDS:
        return False
    words = text[mention.start:mention.end].split()
    return not words or words[0].lower() not in rules.document_heads


def clause_end(hit: Hit, sentence_hits: dict[Span, SentenceHits], text: str, rules: RuleSet | None = None) -> int:
    """The clause a cue introduces ends at the sentence end or where the next attribution that
    reports something starts, unless that attribution is nested in the clause.

    A reported clause can hold cues of its own: when the next attribution's subject opens the
    clause ("Budi mengatakan bahwa Andi meminta maaf …"), that attribution is inside it and the
    clause goes on; one later in the clause ("… dan ia meyakinkan …") starts a new report.
    With `rules`, one whose subject phrase follows neither punctuation nor a coordinating
    conjunction ("… akan membuat para pesaing tak lagi memandang …", "… naik karena para
    pedagang menilai …") is nested too: it stands inside a phrase of the clause."""
    hits_here = sentence_hits[hit.sentence]
    following = hits_here.next_report_start(hit.cue.end)
    if following is None or following >= hit.sentence.end:
        return hit.sentence.end
    if _may_hold_a_nested_report(hit, text, rules) and following == hit.content_start and _opens_the_clause(
            hits_here.report_at(following), text, rules):
        following = hits_here.next_report_start(following)
    if rules is not None:
        clause_start = max(hit.content_start or hit.cue.end, hit.cue.end)
        while following is not None and following < hit.sentence.end \
                and _inside_a_phrase(text, clause_start, hits_here.report_at(following), rules):
            following = hits_here.next_report_start(following)
    return following if following is not None and following < hit.sentence.end else hit.sentence.end


CLAUSE_WORD = re.compile(r"[^\W\d_]+")
CLAUSE_BREAKS = frozenset(",;:()—–-\"“”'‘’")
MIN_WORDS_BEFORE_NESTED = 2  # a word of the clause and the word that governs the nested report
NAMED_KINDS = ("name", "organization", "role")


def _inside_a_phrase(text: str, clause_start: int, inner: Hit | None, rules: RuleSet) -> bool:
    """The inner report follows a word of the clause that is no coordinating conjunction
    (cues.yml clause_conjunctions, co_event_conjunctions; adverbs after one are passed over:
    "dan sekaligus meminta") and no punctuation: a preposition, a subordinator or a verb of
    the clause governs it. A report right at the clause's start (a relative clause of the
    speaker: "para pejabat mengklaim, yang meminta …") is not nested, nor a named speaker's
    after a comma and a subordinator ("…, setelah Trump mengatakan bahwa …"); a negated one
    always is ("… jelas dan tidak pernah menyebutkan …": it reports nothing)."""
    if inner is None:
        return False
    before, words = _words_before(text, clause_start, inner.segment_start, rules)
    if not before or before[-1] in CLAUSE_BREAKS:
        return False
    if len(words) < MIN_WORDS_BEFORE_NESTED:
        return False
    last = len(words) - 1
    while last > 0 and words[last].lower() in rules.subject_adverbs:
        if words[last].lower() in rules.existential_negations:
            return True  # "… dan tidak pernah menyebutkan …": a negated verb reports nothing of its own
        last -= 1
    word = words[last].lower()
    if word in rules.clause_conjunctions or word in rules.co_event_conjunctions:
        return False
    after_comma = before[:before.lower().rfind(word)].rstrip().endswith(",")
    return not (after_comma and inner.mention is not None and inner.mention.kind in NAMED_KINDS)


NESTED_TAIL_CHARS = 240  # the words right before a nested report decide it: read that far back first


def _words_before(text: str, clause_start: int, end: int, rules: RuleSet) -> tuple[str, list[str]]:
    """The clause's text before a nested report (right-stripped) and its words, read over the
    last NESTED_TAIL_CHARS characters when those hold enough words to decide (at least
    MIN_WORDS_BEFORE_NESTED, one of them no subject adverb), so a giant sentence of nested
    reports stays linear; the whole clause otherwise. A word cut by the window is left out."""
    window_start = end - NESTED_TAIL_CHARS
    if window_start > clause_start:
        before = text[window_start:end].rstrip()
        words = CLAUSE_WORD.findall(before)
        if words and CLAUSE_WORD.fullmatch(text, window_start - 1, window_start + 1):
            words = words[1:]  # the window opened inside this word
        if len(words) > MIN_WORDS_BEFORE_NESTED \
                and any(word.lower() not in rules.subject_adverbs for word in words[1:]):
            return before, words
    before = text[clause_start:end].rstrip()
    return before, CLAUSE_WORD.findall(before)


def backward_clause(hit: Hit, sentence_hits: dict[Span, SentenceHits], document: Document,
                    rules: RuleSet) -> tuple[int, int]:
    """The clause around a postposed cue.

    "CLAUSE, kata X." gives the clause before the cue; an interposed cue ("Noel, kata dia,
    tidak menempuh …" or "Pengembangan itu menurutnya perlu …") gives the whole sentence,
    attribution included, as the annotation guidelines do. After the speaker, a comma and
    only an adjunct of the attribution ("…, ujar Budi, di Kompleks Mabes Polri, Selasa") is
    no clause: the report is the clause before the cue.
    """
    start = hit.sentence.start
    other = sentence_hits[hit.sentence].last_before(hit, hit.cue.start)
    if other is not None and other.cue.end >= start:
        start = max(other.cue.end, other.mention.end if other.mention else other.cue.end)
    phrase_end = max(hit.cue.end, hit.mention.end if hit.mention else hit.cue.end)
    if not hit.clause_before_only and CLAUSE_TEXT.search(document.text, phrase_end, hit.sentence.end) \
            and not _attribution_adjunct_follows(document.text, phrase_end, hit.sentence.end, rules):
        # interposed: the clause goes on after the attribution, up to the next one
        return _clause_start_past_connective(document.text, start, hit.cue.start, phrase_end, rules), \
            _interposed_clause_end(hit, phrase_end, sentence_hits, document.text)
    return start, hit.cue.start


def relative_clause_report(hit: Hit, index: TextIndex, sentence_hits: dict[Span, SentenceHits],
                           rules: RuleSet) -> tuple[int, int] | None:
    """The report of an attribution inside a relative clause of an object ("… atas pengerahan
    pasukan, yang menurutnya memperkeruh situasi", "… tentang dakwaan KPK yang dinilainya
    asal-asalan"): the object and its relative clause, up to where an interposed report ends
    (cues.yml relative_report). None when the cue is no clause-reading attribution right after
    `yang`, or when the head is the sentence's subject (the whole sentence is the report)."""
    if rules.cues.relative_report is None or hit.kind not in ("according_to", "postposed") \
            or not hit.backward_content:
        return None
    head_start = _relative_object_start(hit, index, rules)
    if head_start is None:
        return None
    phrase_end = max(hit.cue.end, hit.mention.end if hit.mention else hit.cue.end)
    return head_start, _interposed_clause_end(hit, phrase_end, sentence_hits, index.document.text)


HEAD_QUOTE_MARKS = frozenset("\"“”‘’'")  # quoted words inside an object do not end it


def _relative_object_start(hit: Hit, index: TextIndex, rules: RuleSet) -> int | None:
    """Where the object a relative clause right before the cue describes starts: read back from
    `yang` (past a comma) to an active verb (no office) or a relative_report head opener, at most
    `max_tokens` words, quoted words inside it ("jawaban “kami belum tahu” dari dinas, yang …");
    None at the sentence start, other punctuation or the limit."""
    settings = rules.cues.relative_report
    assert settings is not None
    tokens = index.tokens
    relative = index.token_at(hit.cue.start) - 1
    if relative < 1 or tokens[relative].start < hit.sentence.start \
            or tokens[relative].text.lower() not in rules.relative_pronouns:
        return None
    head_end = relative - 1 if tokens[relative - 1].text == "," else relative
    first = head_end
    while first > 0 and head_end - first < settings.max_tokens:
        token = tokens[first - 1]
        if token.start < hit.sentence.start or not (token.text[:1].isalnum() or token.text in HEAD_QUOTE_MARKS):
            return None  # the sentence start or punctuation: the head is the subject
        if token.text.lower() in rules.relative_report_openers or _is_main_verb(token.text, rules):
            return tokens[first].start if first < head_end else None
        first -= 1
    return None


def _is_main_verb(word: str, rules: RuleSet) -> bool:
    """An active verb that is no office ("menteri" reads as a me- word)."""
    return rules.is_active_verb(word) and not rules.is_title_or_role(word)


def lost_quote_run_start(hit: Hit, start: int, end: int, sentence_hits: dict[Span, SentenceHits],
                         document: Document, rules: RuleSet) -> int | None:
    """Where speech whose quotation marks were lost starts, when a postposed cue ends it: at the
    furthest of the few sentences before the cue's sentence, in its paragraph, that speaks in
    the first person ("Saya kira hasilnya baik. Itu sudah cukup. Semua pihak harus …, kata X":
    narration does not say "saya"). A sentence with quotation marks or a cue of its own ends
    the run: it is someone's quote or its own report. None when no sentence joins."""
    if not hit.backward_content or is_interposed(hit, start, end) or start != hit.sentence.start:
        return None
    sentences = document.sentences
    position = document.sentences_before(hit.sentence.start)
    paragraph = document.paragraph_of(hit.sentence.start)
    run_start = None
    for sentence in reversed(sentences[max(0, position - rules.cues.lost_quote_run.max_sentences):position]):
        if sentence.start < paragraph.start or sentence in sentence_hits \
                or _holds_quotation(document, sentence):
            break
        words = {word.group().lower() for word in TAIL_WORD.finditer(document.text, sentence.start, sentence.end)}
        if words & rules.lost_quote_voice_words:
            run_start = sentence.start
    return run_start


QUOTATION_CHARACTERS = frozenset("\"“”")


def _holds_quotation(document: Document, sentence: Span) -> bool:
    """A quotation-mark span or a stray double quotation mark in the sentence."""
    return document.quote_marks_overlap(sentence.start, sentence.end) \
        or any(character in QUOTATION_CHARACTERS for character in document.text[sentence.start:sentence.end])


def _interposed_clause_end(hit: Hit, phrase_end: int, sentence_hits: dict[Span, SentenceHits], text: str) -> int:
    """Where an interposed report ends: as `clause_end`, except that a report whose subject
    opens the words after the attribution ("Saat ini, kata Ade, pihaknya sedang meminta …",
    "Mulanya, kata X, Kaligis menemui Syamsir menyatakan …") is nested in the clause."""
    hits_here = sentence_hits[hit.sentence]
    following = hits_here.next_report_start(hit.cue.end)
    after_attribution = phrase_end + len(text[phrase_end:hit.sentence.end]) \
        - len(text[phrase_end:hit.sentence.end].lstrip(" ,"))
    while following is not None and following == after_attribution \
            and _subject_before_verb(hits_here.report_at(following)):
        following = hits_here.next_report_start(following)
    return following if following is not None and following < hit.sentence.end else hit.sentence.end


def _subject_before_verb(inner: Hit | None) -> bool:
    """A verb report with its subject before the verb (where it starts is where its subject
    phrase starts)."""
    return inner is not None and inner.kind == "verb" and inner.mention is not None \
        and inner.mention.end <= inner.cue.start


def is_interposed(hit: Hit, start: int, end: int) -> bool:
    """A postposed cue whose report goes on after it: the cue lies inside the clause."""
    return hit.kind == "postposed" and start < hit.cue.start and end > hit.cue.end


def _clause_start_past_connective(text: str, start: int, cue_start: int, phrase_end: int, rules: RuleSet) -> int:
    """Where an interposed report starts: at the sentence start ("Mulanya, kata dia, …": the
    opening is part of the clause), or after the attribution when only a connective and its
    comma stand before it ("Namun, kata dia, …": the connective stays outside, dev2 decision;
    cues.yml interposed_opening connectives). A cue that opens the sentence, its attribution
    closed by a comma ("Kata X, …", "Lanjut X, …", "Dikatakannya, …") or one word with its
    clitic ("Diungkapkannya persoalan …"), has no opening: the clause is what follows the
    attribution (guidelines rule 4: the clause after the cue)."""
    opening = text[start:cue_start].rstrip(" ,")
    fronted = not opening.strip() and (text[phrase_end:].lstrip(" ").startswith(",")
                                       or not any(c.isspace() for c in text[cue_start:phrase_end]))
    if not fronted and " ".join(opening.lower().split()) not in rules.interposed_connectives:
        return _past_leading_connective(text, start, cue_start, rules)
    return phrase_end


def _past_leading_connective(text: str, start: int, end: int, rules: RuleSet) -> int:
    """Where a longer opening starts past the connective that leads it ("Namun, untuk pastinya,
    lanjut X, …", "Sementara pada 2019, kata X, …": the connective stays outside, guidelines
    rule 4): a cues.yml interposed_opening connective closed by a comma, or a coordinating
    conjunction (clause_conjunctions) closed by a space. Any other opening stays whole."""
    lower = text[start:end].lower()
    for connective in rules.connectives_longest_first:
        if not lower.startswith(connective) or len(lower) <= len(connective):
            continue
        follower = lower[len(connective)]
        if follower == "," or (follower == " " and connective in rules.clause_conjunctions):
            rest = start + len(connective)
            while rest < end and text[rest] in " ,":
                rest += 1
            return rest if CLAUSE_WORD.search(text, rest, end) else start
        if follower.isalnum():
            continue  # "namunpun", "lalulintas": another word
        return start
    return start


CLAUSE_TEXT = re.compile(r"[^\s.!?]")  # anything but spaces and final punctuation
FIRST_WORD_AFTER_SPEAKER = re.compile(r"\s*,?\s*([^\W\d_]+)")


def _attribution_adjunct_follows(text: str, start: int, end: int, rules: RuleSet) -> bool:
    """An adjunct of the attribution after the speaker, with or without a comma (a place, a
    time, the occasion, the addressee: it opens with a word of speakers.yml phrase_stops) up
    to the sentence end: no predicate follows ("…, di Kompleks Mabes Polri, Selasa", "…, saat
    ditemui di Jakarta", "… jelas Kunto dari bengkel X kepada wartawan di Jakarta, Senin";
    not "…, saat ini bank telah …")."""
    found = FIRST_WORD_AFTER_SPEAKER.match(text, start, end)
    if found is not None and _speaker_modifier_opens(text, start, found, rules):
        comma = text.find(",", found.end(), end)
        return comma < 0 or _only_adjuncts_after(text, comma + 1, end, rules)
    if found is None or found.group(1).lower() not in rules.phrase_stops:
        return False
    return not any(_is_clause_predicate(word.group().lower(), rules) for word in TAIL_WORD.finditer(text, start, end))


def _speaker_modifier_opens(text: str, start: int, found: re.Match[str], rules: RuleSet) -> bool:
    """The words after the speaker open the speaker's own modifier, which runs to the next comma:
    a relative clause right after the name ("…, kata Budi yang juga menjabat Ketua RT") or an
    occasion with the speaker as its elided subject, a subordinator and a verb ("…, ujarnya
    ketika menghadiri rapat", "…, kata X usai memimpin apel"; speakers.yml
    subject_adjunct_openers, cues.yml co_event_conjunctions). Neither continues the report; a
    subordinator before a subject or a time word ("…, saat ini bank telah …") may."""
    word = found.group(1).lower()
    if word in rules.relative_pronouns:
        return "," not in text[start:found.start(1)]
    if word not in rules.subject_adjunct_openers and word not in rules.co_event_conjunctions:
        return False
    following = TAIL_WORD.match(text, found.end() + 1) if text[found.end():found.end() + 1] == " " else None
    if following is None:
        return False
    return rules.is_active_verb(following.group()) or rules.is_passive_verb(following.group())


def _only_adjuncts_after(text: str, start: int, end: int, rules: RuleSet) -> bool:
    """What follows the speaker's modifier is no clause: nothing with a word (a date in
    brackets), or adjuncts of the attribution again (", Senin", ", di Jakarta")."""
    return TAIL_WORD.search(text, start, end) is None or _attribution_adjunct_follows(text, start, end, rules)


TAIL_WORD = re.compile(r"[^\W\d_]+")


def _is_clause_predicate(word: str, rules: RuleSet) -> bool:
    """An auxiliary, negation or copula (cues.yml false_quotes.noun_object predicate_words) or
    an active verb (me-, ber-): what an adjunct of place and time does not hold."""
    return word in rules.predicate_words or (len(word) >= MIN_PREDICATE_CHARS
                                             and word.startswith(rules.predicate_prefixes))


def reported_clause(hit: Hit, document: Document, index: TextIndex, sentence_hits: dict[Span, SentenceHits],
                     quotes: list[Quote], rules: RuleSet) -> tuple[int, int] | None:
    """The stretch of text an attribution reports, before trimming, if it reports one."""
    if hit.content_span is not None:
        if any(quote.spans[0].overlaps(hit.content_span) for quote in quotes) \
                or not _marks_only_inside(document, hit.content_span):
            return None  # the sentence is already someone's quote
        return hit.content_span.start, hit.content_span.end
    if hit.backward_content:
        return _quote_cut_backward_clause(hit, backward_clause(hit, sentence_hits, document, rules), document)
    if hit.content_start is None:
        return None
    start, end = hit.content_start, clause_end(hit, sentence_hits, document.text, rules)
    if opens_with(index, start, rules.directive_markers):
        return None  # "menekankan agar …": a request, not reported speech
    end = glued_quote_start(document, start, end) or end
    end = co_event_report_start(document, index, start, end, rules) or end
    return start, coordinated_predicate_start(index, start, end, rules) or end


SENTENCE_END_MARKS = ".!?"


def _marks_only_inside(document: Document, span: Span) -> bool:
    """A set clause holds quotation marks only as quoted fragments of its own ("Meski menyebut
    insiden itu sebagai “terorganisasi”, BYD …": a mixed quote): every mark it overlaps lies
    within it and none opens it. A mark across its edge, or one that opens it, is a quotation of
    its own (a direct quote; one a cue claims is passed over by the caller)."""
    if not document.quote_marks_overlap(span.start, span.end):
        return True
    opening = span.start + len(document.text[span.start:span.end]) - len(document.text[span.start:span.end].lstrip())
    position = bisect_right(document.quote_mark_starts(), span.start) - 1
    for mark in document.quote_marks[max(position, 0):]:
        if mark.start >= span.end:
            break
        if mark.end <= span.start:
            continue
        if mark.start < span.start or mark.end > span.end or mark.start == opening:
            return False
    return True


def _quote_cut_backward_clause(hit: Hit, clause: tuple[int, int], document: Document) -> tuple[int, int]:
    """An interposed report ends before a quotation that opens after a full stop past its
    attribution ("…, kata X, harganya naik drastis. ''Kalau …"); with no words left after the
    attribution it is no interposed report, and ends at its cue."""
    start, end = clause
    phrase_end = max(hit.cue.end, hit.mention.end if hit.mention else hit.cue.end)
    cut = glued_quote_start(document, max(start, phrase_end), end)
    if cut is None:
        return start, end
    return (start, cut) if WORD_CHARACTER.search(document.text, phrase_end, cut) else (start, min(end, hit.cue.start))


WORD_CHARACTER = re.compile(r"\w")


def glued_quote_start(document: Document, start: int, end: int) -> int | None:
    """Where a quotation opens right after a full stop ("… angka 1-0.“Setelah semua …", "…
    naik drastis. ''Kalau …"): the scraper glued the next sentence, a direct quote, to the
    reported clause, or the sentence splitter left the opening mark (one it does not read as
    a mark, '') on the sentence before; the clause ends at that full stop."""
    text, marks = document.text, document.quote_marks
    position = bisect_right(document.quote_mark_starts(), start)
    while position < len(marks) and marks[position].start < end:
        before = text[start:marks[position].start].rstrip()
        if before and before[-1] in SENTENCE_END_MARKS:
            return marks[position].start
        position += 1
    return None


def direct_covers_clause(hit: Hit, mark: QuoteMarkSpan, sentence_hits: dict[Span, SentenceHits],
                          document: Document) -> bool:
    """True when the quotation-mark span is the whole clause a cue introduces."""
    if hit.complement == "quote":
        return False
    end = clause_end(hit, sentence_hits, document.text)
    if end <= mark.end:
        return True
    return document.text[mark.end:end].strip(" .,;:!?\n") == ""


WORD = re.compile(r"\S+")


def has_words(text: str, start: int, end: int, count: int) -> bool:
    """At least `count` words (runs of non-space, WORD) in text[start:end]: `str.split` stops
    after the count-th, splitting at the same spaces as WORD's `\\S` (`str.isspace`) in C, where
    the regex engine stepped through each word's characters."""
    if count < 1:
        return WORD.search(text, start, end) is not None  # no words: none of them is the count-th
    return len(text[max(start, 0):max(end, 0)].split(None, count - 1)) >= count  # clamped as the regex's bounds


def opens_with(index: TextIndex, offset: int, words: frozenset[str]) -> bool:
    position = index.token_at(offset)
    return position < len(index.tokens) and index.tokens[position].text.lower() in words


def coordinated_predicate_start(index: TextIndex, start: int, end: int, rules: RuleSet) -> int | None:
    """Where the reporting sentence goes on with a predicate of its own after the clause:
    "…, tetapi dia belum dapat menyebutkan …", "…, dan mempertanyakan …". The comma, a
    conjunction, then a prefixed verb (me-, ber-), or a pronoun before a reporting verb,
    start a new predicate."""
    tokens = index.tokens
    position = index.token_at(start)
    while position + 2 < len(tokens) and tokens[position + 2].start < end:
        if tokens[position].text == "," and tokens[position + 1].text.lower() in rules.clause_conjunctions:
            following = tokens[position + 2].text
            lower = following.lower()
            if rules.is_active_verb(following) or (
                    lower in rules.pronouns and _reporting_verb_within(index, position + 3, end, rules)):
                return tokens[position].start
        position += 1
    return None


MAX_WORDS_PRONOUN_TO_VERB = 4  # "dia belum dapat menyebutkan": auxiliaries between a pronoun and its verb


def _reporting_verb_within(index: TextIndex, position: int, end: int, rules: RuleSet) -> bool:
    """A reporting verb within a few words from the token: after a conjunction and a pronoun
    it makes a new predicate of the reporting sentence ("…, tetapi dia belum dapat menyebutkan
    …"); without one the pronoun's clause goes on with the report, the speaker speaking of
    himself ("…, namun ia tetap bertahan di klub itu", "…, dan ia sengaja ingin …")."""
    tokens = index.tokens
    last = min(len(tokens), position + MAX_WORDS_PRONOUN_TO_VERB)
    return any(tokens[at].start < end and tokens[at].text.lower() in rules.reporting_verbs
               for at in range(position, last))


MIN_PREDICATE_CHARS = 6


def co_event_report_start(document: Document, index: TextIndex, start: int, end: int, rules: RuleSet) -> int | None:
    """Where a second report of the same speaker starts after an accompanying-act conjunction
    (cues.yml co_event_conjunctions): "… menuntut “penyerahan tanpa syarat” Iran sambil
    membanggakan bahwa …", "… seraya menambahkan …". Only a reporting verb, or a me-/ber- verb
    with a complementizer, after the conjunction counts: "bekerja sambil bernyanyi" is part of
    the reported clause."""
    tokens = index.tokens
    position = index.token_at(start)
    while position + 1 < len(tokens) and tokens[position + 1].start < end:
        token = tokens[position]
        if token.text.lower() in rules.co_event_conjunctions and not document.in_quote_marks(token.start) \
                and _opens_a_report(index, position + 1, rules):
            return token.start
        position += 1
    return None


def _opens_a_report(index: TextIndex, position: int, rules: RuleSet) -> bool:
    """A reporting verb at the token, or a lowercase me-/ber- verb followed by a complementizer."""
    tokens = index.tokens
    word = tokens[position].text
    lower = word.lower()
    if lower in rules.reporting_verbs:
        return True
    following = tokens[position + 1].text.lower() if position + 1 < len(tokens) else ""
    followed_by_complementizer = following in rules.complementizers
    return rules.is_active_verb(word) and followed_by_complementizer


def trim_clause(text: str, start: int, end: int, rules: RuleSet) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] in ",:;"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",.;:-—"):
        end -= 1
    # a trailing conjunction left by the next clause ("…, dan", "… dan sekaligus", "…, setelah")
    cut = _dangling_tail_start(text, start, end, rules)
    if cut is not None:
        end = cut
        while end > start and (text[end - 1].isspace() or text[end - 1] in ",;"):
            end -= 1
    return start, end


MAX_DANGLING_WORDS = 3


def _dangling_tail_start(text: str, start: int, end: int, rules: RuleSet) -> int | None:
    """Where the words that the next report left at the clause's end start: a conjunction
    (cues.yml clause_conjunctions) or a preposition or subordinator that opens an adjunct
    (speakers.yml subject_adjunct_openers: "setelah", "saat", "di"),
    with the adverbs after it ("dan sekaligus"); adverbs alone end a clause ("datang lagi").
    Only the last MAX_DANGLING_WORDS words and the one before them are read: the words are
    matched from where `str.rsplit` (C, splitting where WORD does) found the last of those
    begin, when more words stand before them (then the first word is not among them either)."""
    segment = text[max(start, 0):max(end, 0)]  # clamped as the regex's bounds
    parts = segment.rsplit(None, MAX_DANGLING_WORDS + 1)
    window_start = max(start, 0) + len(parts[0]) if len(parts) > MAX_DANGLING_WORDS + 1 else start
    words = list(WORD.finditer(text, window_start, end))
    cut = None
    for position in range(len(words) - 1, max(1, len(words) - MAX_DANGLING_WORDS) - 1, -1):  # never the first word
        word = words[position]
        lower = word.group().lower()
        if _ends_a_time_phrase(lower, words[position - 1].group().lower(), rules):
            break
        if lower in rules.clause_conjunctions or lower in rules.subject_adjunct_openers:
            cut = word.start()
        elif lower not in rules.subject_adverbs:
            break
    return cut


def _ends_a_time_phrase(lower: str, previous: str, rules: RuleSet) -> bool:
    """A time word after a time word or a number ends a time adverbial ("sejak pekan lalu",
    "pada 2018 lalu", "6 Juni lalu"): "lalu" there is "last", not the conjunction "then"."""
    return lower in rules.time_words and (previous in rules.time_words or any(c.isdigit() for c in previous))
