"""Where a cue's speaker phrase and reported clause are: helpers the cue readers share."""

from __future__ import annotations

from collections.abc import Sequence

from service.extraction.cues.hit import OPENING_MARKS, ScanState
from service.extraction.document import Mention, Span, Token
from service.extraction.mentions import PUNCTUATION_STOPS, TextIndex, person_after, starts_person
from service.extraction.rules import RuleSet

PREPOSITIONS_BEFORE_COMPLEMENT = 16


MIN_CLAUSE_WORDS_AFTER_PREPOSITION = 6  # "mengatakan kepada wartawan di Jakarta, …"


def content_after(index: TextIndex, position: int, sentence: Span, rules: RuleSet,
                   complement: str, complementizers: Sequence[str] = (), max_object_words: int = 0) -> int | None:
    """Start of the reported clause after a reporting verb at token `position`, if any.

    The clause starts after `bahwa`/`kalau`, a comma or a colon, which may come after an
    object or a prepositional phrase ("meyakinkan masyarakat bahwa", "mengatakan kepada
    wartawan, Senin (12/1), bahwa"). Verbs whose complement is optional also take the
    clause directly ("mengatakan Rusia …"), unless the object is topic-only
    ("menyatakan dukungan").

    A verb of telling (complement "complementizer": "memberi tahu para donor bahwa …",
    "berbicara dengan wartawan bahwa …") takes the clause only after one of its own
    `complementizers`, past its addressee or object (`clause_after_addressee`).
    """
    tokens = index.tokens
    first = position + 1
    if first >= len(tokens) or tokens[first].start >= sentence.end:
        return None
    if complement == "complementizer":
        return clause_after_addressee(index, first, sentence, rules, complementizers, max_object_words)
    token = tokens[first]
    lower = token.text.lower()
    if lower in rules.complementizers:
        return tokens[first + 1].start if first + 1 < len(tokens) and tokens[first + 1].start < sentence.end else None
    if token.text in (",", ":"):
        return clause_start_past_comma(index, first, sentence, rules)
    if token.text in OPENING_MARKS:
        return token.start
    if lower in rules.topic_objects or (rules.has_clitic(lower) and lower[:-len(rules.cues.clitic.suffix)]
                                        in rules.topic_objects):
        # a nominal cue with its own clause: "menyampaikan tuduhan bahwa", "menyatakan harapan bahwa"
        after = first + 1
        if after + 1 < len(tokens) and tokens[after].text.lower() in rules.complementizers \
                and tokens[after + 1].start < sentence.end:
            return tokens[after + 1].start
        # a -nya nominalisation ("pentingnya", "perlunya") is a topic whatever follows it
        return token.start if not rules.has_clitic(lower) and _topic_noun_heads_clause(index, first, sentence, rules) \
            else None
    if token.text in PUNCTUATION_STOPS:
        return None
    if complement != "marked" and lower not in rules.phrase_stops:
        return token.start  # the clause follows the verb directly
    if opens_existential_clause(index, first, sentence, rules):
        return token.start  # "melihat ada ancaman …": a predicate-first clause, no subject
    # an object or a prepositional phrase before bahwa/kalau, a comma or a colon
    end = min(first + PREPOSITIONS_BEFORE_COMPLEMENT, len(tokens))
    look = first + 1
    while look < end and tokens[look].start < sentence.end:
        candidate = tokens[look]
        if candidate.text.lower() in rules.complementizers or candidate.text == ":" or (
                candidate.text == "," and (complement != "marked" or lower in rules.phrase_stops)):
            # a comma after an object ends the object ("mengeluhkan sakit perut, …"); after a
            # prepositional phrase it opens the clause ("mengatakan kepada wartawan, …"), unless
            # the phrase is the clause's own adverbial ("mengatakan dari hasil olah TKP, …")
            if candidate.text == "," and _fronted_adverbial(index, first, look, rules):
                return token.start
            if candidate.text in (",", ":"):
                return clause_start_past_comma(index, look, sentence, rules)
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


def clause_after_addressee(index: TextIndex, first: int, sentence: Span, rules: RuleSet,
                           complementizers: Sequence[str], max_object_words: int) -> int | None:
    """Start of the clause after a complementizer of `complementizers` within `max_object_words`
    tokens from token `first` (the addressee or object between: "para donor", "dengan
    wartawan di Jakarta"). A verb of telling reports nothing else: nothing after a comma (an
    occasion: "Berbicara kepada wartawan, Menteri X …"), nothing when punctuation, a quotation
    mark, another reporting verb or a request marker comes first (that verb or request takes
    the clause: "yang memberi tahu polisi mengungkapkan bahwa …")."""
    tokens = index.tokens
    for look in range(first, min(first + max_object_words + 1, len(tokens) - 1)):
        token = tokens[look]
        lower = token.text.lower()
        if token.start >= sentence.end or token.text in PUNCTUATION_STOPS or token.text in OPENING_MARKS \
                or token.text in (",", ":") or lower in rules.reporting_verbs or lower in rules.directive_markers:
            return None
        if lower in complementizers:
            following = tokens[look + 1]
            opens = following.text[:1].isalnum() or following.text[:1] in OPENING_MARKS
            return following.start if following.start < sentence.end and opens else None
    return None


def small_clause_marker(index: TextIndex, first: int, sentence: Span, rules: RuleSet) -> int | None:
    """The token of a small-clause marker (cues.yml small_clauses: `sebagai`) within the first
    `max_object_words` words from token `first`, before any punctuation, with a word after it:
    "Rusia sebagai ancaman utama", "nama Sh sebagai sumber …", or at `first` itself after a verb
    whose clitic is the object ("menyebutnya sebagai tindakan …"); the word after it may be a
    quotation mark that opens the quoted predicate ("menyebutnya sebagai “langkah berani”")."""
    tokens = index.tokens
    for look in range(first, min(first + rules.small_clause_max_object_words + 1, len(tokens) - 1)):
        token = tokens[look]
        if token.start >= sentence.end or token.text in PUNCTUATION_STOPS:
            return None
        if token.text.lower() in rules.small_clause_markers:
            following = tokens[look + 1]
            opens = following.text[:1].isalnum() or following.text[:1] in OPENING_MARKS  # sebagai “…”
            return look if following.start < sentence.end and opens else None
    return None


def _fronted_adverbial(index: TextIndex, first: int, comma: int, rules: RuleSet) -> bool:
    """The tokens from `first` to the comma are an adverbial of the reported clause (cues.yml
    fronted_adverbial): a preposition or subordinator of the content, a few words, and no
    occasion or day of speaking ("dalam keterangan tertulisnya", "pada Senin"), which
    belong to the attribution."""
    tokens = index.tokens
    if tokens[first].text.lower() not in rules.fronted_adverbial_openers:
        return False
    words = [token.text.lower() for token in tokens[first + 1:comma] if token.text[:1].isalpha()]
    if len(words) < rules.cues.fronted_adverbial.min_words_after_opener:
        return False
    suffix = rules.cues.clitic.suffix
    return not any(word in rules.speech_occasion_words
                   or (rules.has_clitic(word) and word[:-len(suffix)] in rules.speech_occasion_words)
                   for word in words)


def _topic_noun_heads_clause(index: TextIndex, first: int, sentence: Span, rules: RuleSet) -> bool:
    """ "mengatakan komitmen pembelian itu tidak bersifat jangka pendek", "menegaskan tuduhan
    persekongkolan yang melibatkan anggotanya tidak pernah terjadi": a topic noun that a
    predicate of its own follows (an auxiliary or negation, cues.yml clause_objects, outside a
    relative clause, and not right after the noun) before any punctuation is the subject of
    the reported clause, not a topic-only object. A request or purpose (`agar`, `untuk` before a predicate: "menyatakan
    kesiapan untuk tidak maju") leaves it a topic."""
    tokens = index.tokens
    relative_words = 0  # words of a relative clause still to pass: `yang`, its auxiliary, its verb
    for ahead in range(first + 1, len(tokens)):
        token = tokens[ahead]
        lower = token.text.lower()
        if token.start >= sentence.end or (token.text in PUNCTUATION_STOPS and token.text not in "()"):
            return False
        following = tokens[ahead + 1].text.lower() if ahead + 1 < len(tokens) else ""
        if lower in rules.directive_words and (following in rules.clause_object_auxiliaries
                                               or rules.is_active_verb(following)):
            return False
        if lower in rules.directive_markers or lower in rules.complementizers:
            return False
        if lower in rules.relative_pronouns:
            relative_words = 1
        elif relative_words:
            relative_words = 1 if lower in rules.clause_object_auxiliaries else 0
        elif lower in rules.clause_object_auxiliaries:
            # not right after the noun: "mosi tidak percaya", "rasa tidak puas" are one noun
            return ahead > first + 1
    return False


def starts_person_name(position: int, index: TextIndex) -> bool:
    """`starts_person` at token `position`; False past the last token."""
    return position < len(index.tokens) and starts_person(index.tokens[position], index)


def phrase_has_comma(phrase: list[Token], index: TextIndex) -> bool:
    return bool(phrase) and any(token.text == "," for token in index.tokens[phrase[0].index:phrase[-1].index + 2])


def token_start_after(offset: int, sentence: Span, index: TextIndex) -> int | None:
    position = index.token_at(offset)
    if position < len(index.tokens) and index.tokens[position].start < sentence.end \
            and index.tokens[position].text not in PUNCTUATION_STOPS:
        return index.tokens[position].start
    return None


def phrase_to_comma(start: int, sentence: Span, index: TextIndex, limit: int = 12) -> list[Token]:
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


def phrase_to_complementizer(start: int, sentence: Span, index: TextIndex, rules: RuleSet,
                              limit: int = 8) -> list[Token]:
    """The tokens up to bahwa/jika/kalau ("Dikatakan Roland jika …"), if one comes soon."""
    tokens = index.tokens
    for position in range(start, min(start + limit, len(tokens))):
        if tokens[position].start >= sentence.end or tokens[position].text in PUNCTUATION_STOPS:
            return []
        if tokens[position].text.lower() in rules.complementizers:
            return tokens[start:position] if position > start else []
    return []


def sentence_subject(sentence: Span, before: int, index: TextIndex, rules: RuleSet) -> Mention | None:
    """The person who opens the sentence (after titles and roles), or the personal pronoun
    that opens it ("Ia tak bersembunyi …, tapi justru mengakui …", resolved by coreference),
    for a later verb whose subject is elided."""
    first = index.token_at(sentence.start)
    if first < before and index.tokens[first].text.lower() in rules.pronouns:
        opening = index.tokens[first]
        return Mention(opening.start, opening.end, "pronoun")
    for position in range(first, before):
        token = index.tokens[position]
        entity = index.entity_by_token.get(position)
        if entity is not None and entity.label == "PER":
            return person_after(position - 1, sentence.end, index, rules)
        if not (token.text[:1].isupper() or rules.is_title_or_role(token.text)):
            return None
    return None


def interposed_opening_start(state: ScanState, position: int) -> int | None:
    """Where the sentence starts when the cue at `position` is interposed after a short opening
    of the clause and a comma ("Praktik ini, menurut para pakar, lebih sehat"): the opening is
    part of the report, so the span runs from the sentence start, attribution included. None
    when the cue opens the sentence, follows another attribution, or follows a connective
    ("Di sisi lain, menurut dia, …": cues.yml interposed_opening connectives) or a longer
    clause (the according_to reading decides that one)."""
    tokens, rules = state.index.tokens, state.rules
    comma = position - 1
    if comma <= state.first or tokens[comma].text != "," or state.last_hit_end != state.sentence.start:
        return None
    opening = tokens[state.first:comma]
    if len(opening) > rules.cues.interposed_opening.max_words or not _plain_opening(state, opening):
        return None
    if " ".join(token.text.lower() for token in opening) in rules.interposed_connectives:
        return None
    return opening[0].start


def _plain_opening(state: ScanState, opening: list[Token]) -> bool:
    """Words only, none inside quotation marks or boilerplate."""
    return not any(not token.text[:1].isalnum() or state.document.in_quote_marks(token.start)
                   or state.document.in_boilerplate(token.start) for token in opening)


def relative_subject_opening_start(state: ScanState, position: int, content_start: int) -> int | None:
    """Where the sentence starts when the cue at `position` is interposed after a comma that
    closes a long subject with a relative clause, and the clause after the source (from
    `content_start`) opens with a predicate ("Kasus tambang di wilayah itu yang saat ini
    menjadi sorotan, menurut dia, bisa menjadi …"): the subject is part of the report however
    long its relative clause, so the span runs from the sentence start, attribution included.
    An adjunct after the source ("…, menurut dia, sejak pagi tadi") leaves the clause before."""
    tokens, rules = state.index.tokens, state.rules
    comma = position - 1
    if comma <= state.first or tokens[comma].text != "," or state.last_hit_end != state.sentence.start:
        return None
    first_after = state.index.token_at(content_start)
    if first_after >= len(tokens) or not is_predicate_word(tokens[first_after].text, rules):
        return None
    opening = tokens[state.first:comma]
    if len(opening) <= rules.cues.interposed_opening.max_words or not _plain_opening(state, opening) \
            or not _subject_with_relative_clause(opening, rules):
        return None
    return opening[0].start


def _subject_with_relative_clause(opening: list[Token], rules: RuleSet) -> bool:
    """A long opening that is one subject: a head of at most `max_words` words with no
    predicate, then a relative clause (cues.yml interposed_opening relative_markers: "Kasus
    tambang di wilayah itu yang saat ini menjadi sorotan"), whose predicate is the subject's."""
    settings = rules.cues.interposed_opening
    marker = next((k for k, token in enumerate(opening) if token.text.lower() in settings.relative_markers), None)
    if marker is None or not 0 < marker <= settings.max_words:
        return False
    head = [token.text.lower() for token in opening[:marker]]
    return not any(is_predicate_word(token.text, rules) for token in opening[:marker]) \
        and not _opens_with_connective(head, rules)


def commaless_opening_start(state: ScanState, position: int) -> int | None:
    """Where the sentence starts when the cue at `position` is interposed without commas after
    a short subject that holds no predicate ("Kenaikan harga itu menurut Budi tidak …", "Faktor
    berikutnya yang menurut Deddy membuat …"): the subject is part of the report, so the span
    runs from the sentence start, attribution included. None after a connective ("Namun
    menurut Budi …"), a clause ("Pemerintah menaikkan harga menurut Budi …") or another
    attribution, or when the cue opens the sentence."""
    tokens, rules = state.index.tokens, state.rules
    if position <= state.first or state.last_hit_end != state.sentence.start:
        return None
    opening = tokens[state.first:position]
    while opening and opening[-1].text.lower() in rules.cues.interposed_opening.adverbs_before_source:
        opening = opening[:-1]  # "Hasil penetapan ini juga menurut Masykur …": the adverb is the clause's
    if not opening:
        return None
    if len(opening) > rules.cues.interposed_opening.max_words or not _plain_opening(state, opening) \
            or any(is_predicate_word(token.text, rules) for token in opening):
        return None
    if _opens_with_connective([token.text.lower() for token in opening], rules):
        return None
    return opening[0].start


def _opens_with_connective(words: list[str], rules: RuleSet) -> bool:
    """The words are an opening connective, or open with a one-word one (cues.yml
    interposed_opening connectives: "Namun", "Di sisi lain")."""
    return words[0] in rules.interposed_connectives or " ".join(words) in rules.interposed_connectives


def is_predicate_word(text: str, rules: RuleSet) -> bool:
    lower = text.lower()
    return rules.is_active_verb(text) or rules.is_passive_verb(text) or lower in rules.reporting_verbs \
        or (text == lower and lower in rules.predicate_words)


def clause_start_past_comma(index: TextIndex, comma: int, sentence: Span, rules: RuleSet) -> int | None:
    """Where the clause after the comma or colon at token `comma` starts: after a complementizer
    right behind it (cues.yml comma_complementizers: "mengatakan, bahwa harga …"), else at the
    next token; None when the sentence ends first."""
    tokens = index.tokens
    following = comma + 1
    if following + 1 < len(tokens) and tokens[following + 1].start < sentence.end \
            and tokens[following].text.lower() in rules.comma_complementizers:
        following += 1
    return tokens[following].start if following < len(tokens) and tokens[following].start < sentence.end else None


def opens_existential_clause(index: TextIndex, first: int, sentence: Span, rules: RuleSet) -> bool:
    """The object opens with an existential predicate, after an auxiliary of time or a
    negation or not ("ada ancaman …", "tidak ada aktivitas …", "telah terjadi kecelakaan …";
    cues.yml existential_clause), and something follows it."""
    tokens = index.tokens
    position = first
    if position + 1 < len(tokens) and tokens[position].text.lower() in rules.existential_auxiliaries:
        position += 1
    if position < len(tokens) and tokens[position].text.lower() in rules.existential_negations:
        position += 1
    return position + 1 < len(tokens) and tokens[position + 1].start < sentence.end \
        and tokens[position].text.lower() in rules.existential_words
