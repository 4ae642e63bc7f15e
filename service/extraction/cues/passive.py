"""Passive cues: "disebutnya", "Disampaikan X, CLAUSE", "… dilaporkan Reuters akan …" and
the backward passive "<clause>. Hal itu disampaikan (oleh) X.", which reads a sentence
opening and attributes the sentence before it."""

from __future__ import annotations

from bisect import bisect_left

from service.extraction.cues.hit import CueKind, Hit, ScanState
from service.extraction.cues.phrases import clause_start_past_comma, phrase_to_comma, phrase_to_complementizer
from service.extraction.document import Mention, Span, Token
from service.extraction.mentions import TextIndex, phrase_after
from service.extraction.rules import RuleSet
from service.extraction.speaker_phrases import parse_speaker_phrase


def _is_passive_clitic_word(lower: str, rules: RuleSet) -> bool:
    return rules.has_clitic(lower) and lower[:-len(rules.cues.clitic.suffix)] in rules.passive_agent_words


def _is_passive_clitic(state: ScanState, position: int, lower: str) -> bool:
    return _is_passive_clitic_word(lower, state.rules)


def _is_passive_agent_word(lower: str, rules: RuleSet) -> bool:
    return lower in rules.passive_agent_words


def _is_fronted_passive_word(lower: str, rules: RuleSet) -> bool:
    return lower in rules.fronted_passive_words


def _read_passive_clitic(state: ScanState, position: int, lower: str) -> Hit | None:
    """ "Pelibatan ahli bahasa disebutnya lebih cocok …": the clause around it. After a relative
    pronoun with quoted words for its complement ("Hun Sen, yang disebutnya “paman”, …") it
    reports the relative clause alone, up to the closing mark: what the speaker called the head."""
    token = state.index.tokens[position]
    stem = lower[:-len(state.rules.cues.clitic.suffix)]
    relative = _relative_quoted_complement(state, position)
    if relative is not None:
        return Hit(cue=Span(token.start, token.end), lemma=stem, rule=state.rules.cues.passive_agent.id,
                   kind="postposed", mention=Mention(token.start, token.end, "clitic"),
                   segment_start=relative.start, content_span=relative)
    return Hit(cue=Span(token.start, token.end), lemma=stem, rule=state.rules.cues.passive_agent.id, kind="postposed",
               mention=Mention(token.start, token.end, "clitic"), segment_start=token.start, backward_content=True)


def _relative_quoted_complement(state: ScanState, position: int) -> Span | None:
    """ "yang disebutnya “paman”", "yang disebutnya sebagai “ancaman”": the span from the relative
    pronoun to the end of the quotation that opens right after the cue (past a small-clause
    marker), or None."""
    tokens, rules, document = state.index.tokens, state.rules, state.document
    if position <= state.first or tokens[position - 1].text.lower() not in rules.relative_pronouns:
        return None
    following = position + 1
    if following < len(tokens) and tokens[following].text.lower() in rules.small_clause_markers:
        following += 1
    if following >= len(tokens) or tokens[following].start >= state.sentence.end:
        return None
    starts = document.quote_mark_starts()
    at = bisect_left(starts, tokens[following].start)
    if at == len(starts) or starts[at] != tokens[following].start:
        return None
    return Span(tokens[position - 1].start, document.quote_marks[at].end)


def _is_passive_agent(state: ScanState, position: int, lower: str) -> bool:
    """At the sentence start, or after a comma when a comma or bahwa closes the agent ("…,
    disampaikan Budi, harga …"); without one the passive is inside its clause (passive_inside).
    Any fronted passive of saying opens a sentence ("Dituturkan X, …"); after a comma only the
    listed ones read, since one interposed in its clause ("Sebab …, dituturkan X, masih …")
    attributes the words around it, not only those after it."""
    rules = state.rules
    if position == state.first:
        return lower in rules.fronted_passive_words
    return (lower in rules.passive_agent_words and (
        (state.previous_text(position) == "," and bool(_fronted_agent_phrase(state, position)))
        or _after_comparison_opener(state, position, lower))) or _is_interposed_passive(state, position, lower)


def _is_interposed_passive(state: ScanState, position: int, lower: str) -> bool:
    """A fronted passive that is no passive_agent word (cues.yml interposed_passive: "…,
    dituturkan Dejan, masih …"), after a comma inside the sentence, its agent closed by a comma
    and words of the clause after it, not an adjunct of the attribution ("…, diunggah oleh X,
    Minggu (8/6)": speakers.yml phrase_stops open one). An agent holds no verb or predicate
    word: "…, disimpulkan pemilik toko telah melanggar …," is an agentless passive's clause."""
    rules, index = state.rules, state.index
    if rules.cues.interposed_passive is None or lower in rules.passive_agent_words \
            or lower not in rules.fronted_passive_words or position - 1 <= state.first \
            or state.previous_text(position) != ",":
        return False
    agent = phrase_to_comma(_agent_start(position + 1, index, rules), state.sentence, index)
    if not agent or any(rules.is_active_verb(token.text) or token.text in rules.predicate_words for token in agent):
        return False  # "…, disimpulkan pemilik toko telah melanggar …,": a clause, not an agent
    following = index.token_at(agent[-1].end) + 1
    return state.in_sentence(following) and index.tokens[following].text.lower() not in rules.phrase_stops


def _after_comparison_opener(state: ScanState, position: int, lower: str) -> bool:
    """ "Sebagaimana disampaikan Margaret, …", "Seperti yang dikatakan X, …": a passive of saying
    (cues.yml comparative_passive) after a comparison opener that starts the sentence, its agent
    closed by a comma; the opener compares the clause after the comma with what X said."""
    rules = state.rules
    if lower not in rules.comparative_passive_words or position == state.first:
        return False
    words = [token.text.lower() for token in state.index.tokens[state.first:position]]
    if words[0] not in rules.comparative_passive_openers or any(
            word not in rules.comparative_passive_skip for word in words[1:]):
        return False
    agent = _agent_start(position + 1, state.index, rules)
    return bool(phrase_to_comma(agent, state.sentence, state.index))


def _fronted_agent_phrase(state: ScanState, position: int) -> list[Token]:
    """The agent of a fronted passive: the words after it up to a comma or bahwa/jika/kalau."""
    index = state.index
    agent = _agent_start(position + 1, index, state.rules)
    return phrase_to_comma(agent, state.sentence, index) \
        or phrase_to_complementizer(agent, state.sentence, index, state.rules)


def _read_passive_agent(state: ScanState, position: int, lower: str) -> Hit | None:
    """ "Disampaikan Esti, sikap resmi …": a passive verb, its agent, then the clause."""
    index, rules = state.index, state.rules
    tokens = index.tokens
    token = tokens[position]
    phrase = _fronted_agent_phrase(state, position)
    mention = parse_speaker_phrase(phrase, index, rules) if phrase else None
    if mention is None or (mention.kind == "pronoun" and not _lone_pronoun_before_comma(phrase, index)):
        return None
    if rules.cues.interposed_passive is not None and _is_interposed_passive(state, position, lower):
        # "…, dituturkan Dejan, masih …": the clause around the attribution, as for "…, kata X, …"
        return Hit(cue=Span(token.start, token.end), lemma=lower, rule=rules.cues.interposed_passive.id,
                   kind="postposed", mention=mention, segment_start=token.start, backward_content=True)
    after = index.token_at(phrase[-1].end)
    if tokens[after].text == ",":
        content_start = clause_start_past_comma(index, after, state.sentence, rules)  # "Disampaikan X, bahwa …"
    else:
        content_start = tokens[after + 1].start if state.in_sentence(after + 1) else None
    comparative = rules.cues.comparative_passive
    rule = comparative.id if comparative is not None and _after_comparison_opener(state, position, lower) \
        else rules.cues.passive_agent.id
    return Hit(cue=Span(token.start, token.end), lemma=lower, rule=rule, kind="according_to",
               mention=mention, segment_start=token.start, content_start=content_start)


def _lone_pronoun_before_comma(phrase: list[Token], index: TextIndex) -> bool:
    """ "Dikatakan dia, petugas di sektor itu berjumlah 14 orang": a pronoun alone as the agent,
    closed by a comma, names the person in focus as the speaker, as "Menurut dia, …" does
    (issue 20); a pronoun inside a longer agent phrase is no agent read here."""
    comma = index.token_at(phrase[-1].end)
    return len(phrase) == 1 and comma < len(index.tokens) and index.tokens[comma].text == ","


def _agent_start(position: int, index: TextIndex, rules: RuleSet) -> int:
    """The agent after a fronted passive, past adverbs and `oleh` ("Disampaikan juga oleh GM,")."""
    tokens = index.tokens
    while position < len(tokens) and (tokens[position].text.lower() in rules.subject_adverbs
                                      or tokens[position].text.lower() in rules.backward_agent_markers):
        position += 1
    return position


def _agent_entity_at(position: int, index: TextIndex, rules: RuleSet, after_office: bool = True) -> int | None:
    """Token index where a named agent starts: right at `position` or after `oleh`, or, when
    `after_office`, where the office before the name starts."""
    tokens = index.tokens
    if position < len(tokens) and tokens[position].text.lower() in rules.backward_agent_markers:
        position += 1
    if _entity_starts_at(position, index):
        return position
    return position if after_office and _office_before_entity(position, index, rules) else None


def _entity_starts_at(position: int, index: TextIndex) -> bool:
    entity = index.entity_by_token.get(position) if position < len(index.tokens) else None
    return entity is not None and entity.label in AGENT_LABELS and entity.start == index.tokens[position].start


def _office_before_entity(position: int, index: TextIndex, rules: RuleSet) -> bool:
    """ "Menteri Lingkungan Hidup (dan Kehutanan) Siti Nurbaya": a title or role noun opens
    capitalised words (and name connectors) that run into a named agent (cues.yml
    passive_inside max_role_words)."""
    tokens = index.tokens
    if position >= len(tokens) or not rules.is_title_or_role(tokens[position].text):
        return False
    last = min(len(tokens), position + 1 + rules.cues.passive_inside.max_role_words)
    for ahead in range(position + 1, last):
        if _entity_starts_at(ahead, index):
            return True
        word = tokens[ahead].text
        if not (word[:1].isupper() or word.lower() in rules.name_connectors):
            return False
    return False


AGENT_LABELS = frozenset({"PER", "ORG"})


def _is_passive_inside(state: ScanState, position: int, lower: str) -> bool:
    return lower in state.rules.passive_agent_words and position > state.first \
        and (state.previous_text(position) != "," or _closes_a_subject(state, position)) \
        and state.last_hit_end < state.index.tokens[position].end \
        and state.previous_text(position).lower() not in state.rules.passive_inside_not_after \
        and not (lower in state.rules.backward_words and _only_backward_subject_before(state, position)) \
        and not _points_back(state, position, lower) \
        and _agent_entity_at(position + 1, state.index, state.rules,
                             after_office=lower not in state.rules.said_passives) is not None


def _closes_a_subject(state: ScanState, position: int) -> bool:
    """ "Keputusan itu, diakui Pedro karena …": the comma before the passive closes its
    subject (words before it in the sentence) and no comma or bahwa closes the agent, so the
    passive is not fronted; the whole sentence is the agent's report."""
    return position - state.first >= MIN_SUBJECT_TOKENS_BEFORE_COMMA + 1 and not _fronted_agent_phrase(state, position)


MIN_SUBJECT_TOKENS_BEFORE_COMMA = 2  # "Keputusan itu ,": a subject, not a lone connective ("Namun ,")


def _points_back(state: ScanState, position: int, lower: str) -> bool:
    """ "Pernyataan dukungan tersebut disampaikan X saat …": a subject closed by a demonstrative
    before a plain passive of saying (backward_passive `words`) names what was said before, as
    "Hal itu disampaikan X" does; the sentence reports nothing of its own."""
    return lower in state.rules.said_passives and position > state.first \
        and state.previous_text(position).lower() in state.rules.demonstratives


def _only_backward_subject_before(state: ScanState, position: int) -> bool:
    """ "Demikian disampaikan X …", "Hal itu dikatakan X …": the sentence attributes the one
    before it (the backward passive's reading, for its own words only: "Hal itu dinilai X bisa
    …" reports X's assessment), it reports nothing of its own."""
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
    return Hit(cue=Span(token.start, token.end), lemma=lower, rule=rules.cues.passive_inside.id, kind="postposed",
               mention=mention, segment_start=token.start, backward_content=True)


def _is_backward_passive(state: ScanState, position: int, lower: str) -> bool:
    """The sentence's first token, after a sentence the opening can point back to."""
    return position == state.first and state.previous_sentence is not None


def _read_backward_passive(state: ScanState, position: int, lower: str) -> Hit | None:
    """"<clause>. Hal itu disampaikan (oleh) X.": the previous sentence is X's report."""
    index, rules, sentence = state.index, state.rules, state.sentence
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
        return Hit(cue=Span(cue.start, cue.end), lemma=cue.text.lower(), rule=rules.cues.backward_passive.id,
                   kind="backward_passive", mention=mention, segment_start=sentence.start,
                   content_span=state.previous_sentence)
    return None


PASSIVE_CLITIC = CueKind("passive_clitic", _is_passive_clitic, _read_passive_clitic,
                         word_gate=_is_passive_clitic_word)
PASSIVE_AGENT = CueKind("passive_agent", _is_passive_agent, _read_passive_agent, word_gate=_is_fronted_passive_word)
PASSIVE_INSIDE = CueKind("passive_inside", _is_passive_inside, _read_passive_inside, word_gate=_is_passive_agent_word)
BACKWARD_PASSIVE = CueKind("backward_passive", _is_backward_passive, _read_backward_passive, reads="opening",
                           at_sentence_start=True)
