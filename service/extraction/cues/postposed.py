"""Cues after the speaker's words: `katanya`, `menurutnya`, "…,” kata X", "…,” tuntut X"."""

from __future__ import annotations

from service.extraction.cues.hit import CLOSING_MARKS, OPENING_MARKS, CueKind, Hit, ScanState
from service.extraction.cues.phrases import content_after, interposed_opening_start, starts_person_name
from service.extraction.document import Mention, Span, Token
from service.extraction.mentions import (
    PUNCTUATION_STOPS,
    is_capitalised,
    is_person_entity,
    name_from_tokens,
    person_after,
    phrase_after,
    starts_person,
)
from service.extraction.rules import RuleSet
from service.extraction.speaker_phrases import parse_speaker_phrase


def _is_according_to_clitic_word(lower: str, rules: RuleSet) -> bool:
    stem = rules.clitic_cue(lower)
    return stem is not None and stem in rules.according_to


def _is_according_to_clitic(state: ScanState, position: int, lower: str) -> bool:
    return _is_according_to_clitic_word(lower, state.rules)


def _read_according_to_clitic(state: ScanState, position: int, lower: str) -> Hit | None:
    """ "Menurutnya, CLAUSE", "Menurutnya CLAUSE" or "CLAUSE menurutnya …": the clitic is the
    speaker."""
    token = state.index.tokens[position]
    stem = state.rules.clitic_cue(lower) or lower
    content_start = content_after(state.index, position, state.sentence, state.rules, "marked")
    rule = state.rules.cues.according_to.id
    if state.document.opens_sentence(token) and not _marker_right_after(state, position, content_start):
        # "Menurutnya saat ini kondisi …": opening the sentence, the clitic needs no comma, and
        # a later "jika" or comma opens no clause of its own ("Menurutnya kondisi … jika …")
        content_start = _word_after(state, position) or content_start
    elif content_start is not None and (opening := interposed_opening_start(state, position)) is not None:
        # "Hal itu karena, menurutnya, tidak ada …": the opening is part of the report
        content_start, rule = opening, state.rules.cues.interposed_opening.id
    return Hit(cue=Span(token.start, token.end), lemma=stem, rule=rule,
               kind="according_to", mention=Mention(token.start, token.end, "clitic"), segment_start=token.start,
               content_start=content_start,
               backward_content=content_start is None and token.start > state.sentence.start)


def _marker_right_after(state: ScanState, position: int, content_start: int | None) -> bool:
    """The clause found after the clitic starts right after its next token (a comma, a colon,
    "bahwa"): the clitic's own marker, not one deep inside the clause."""
    following = position + 2
    tokens = state.index.tokens
    return content_start is not None and following < len(tokens) and tokens[following].start == content_start


def _word_after(state: ScanState, position: int) -> int | None:
    """Start of the word after the token when it can open a clause: in the sentence, not
    punctuation, not a preposition or another phrase stop. A phrase stop may open the clause
    when it opens a time adverbial, or when no comma follows in the sentence: with no comma to
    close an adjunct of the cue, the adjunct is the clause's own ("Menurutnya dari segi
    kuantitas para pemain juga kurang")."""
    following = position + 1
    tokens = state.index.tokens
    if not state.in_sentence(following):
        return None
    word = tokens[following].text
    if not word[:1].isalnum() or (word.lower() in state.rules.phrase_stops
                                  and not _opens_time_adverbial(state, following)
                                  and _comma_follows(state, following)):
        return None
    return tokens[following].start


def _comma_follows(state: ScanState, position: int) -> bool:
    """Whether a comma stands after the token in its sentence."""
    return "," in state.document.text[state.index.tokens[position].end:state.sentence.end]


def _opens_time_adverbial(state: ScanState, position: int) -> bool:
    """A phrase-stop word with a time word after it ("saat ini", "pada tahun depan") opens a
    time adverbial of the clause, not an adjunct of the cue ("Menurutnya saat ini kondisi …")."""
    following = position + 1
    return state.in_sentence(following) and state.index.tokens[following].text.lower() in state.rules.time_words


def _is_clitic_word(lower: str, rules: RuleSet) -> bool:
    return rules.clitic_cue(lower) is not None


def _is_clitic(state: ScanState, position: int, lower: str) -> bool:
    stem = state.rules.clitic_cue(lower)
    return stem is not None and not _in_a_compound(state, position, stem)  # "tanggung jawabnya"


def _is_postposed_word(lower: str, rules: RuleSet) -> bool:
    return lower in rules.postposed_cues


def _read_clitic(state: ScanState, position: int, lower: str) -> Hit | None:
    """ "…,” katanya": the speaker is the person in focus (resolved by coreference)."""
    token = state.index.tokens[position]
    return Hit(cue=Span(token.start, token.end), lemma=state.rules.clitic_cue(lower) or lower,
               rule=state.rules.cues.clitic.id, kind="postposed", mention=Mention(token.start, token.end, "clitic"),
               segment_start=token.start, backward_content=True)


def _is_postposed(state: ScanState, position: int, lower: str) -> bool:
    previous = state.previous_text(position)
    return lower in state.rules.postposed_cues and not _in_a_compound(state, position, lower) and (
        previous == "," or previous in CLOSING_MARKS or starts_person_name(position + 1, state.index)
        or _pronoun_then_comma(state, position + 1))


def _in_a_compound(state: ScanState, position: int, lower: str) -> bool:
    """The cue word (a clitic's stem) and the word before or after it make a compound of
    cues.yml postposed `compounds` ("tanggung jawab Yovie", "tanggung jawabnya", "kata sandi"):
    a noun, not a verb of saying."""
    tokens, compounds = state.index.tokens, state.rules.postposed_compounds
    before = tokens[position - 1].text.lower() if position > 0 else ""
    after = tokens[position + 1].text.lower() if position + 1 < len(tokens) else ""
    return (before, lower) in compounds or (lower, after) in compounds


def _pronoun_then_comma(state: ScanState, position: int) -> bool:
    """ "SBR005 kata dia, memiliki …": a pronoun and a comma after the word make it an
    interposed cue wherever it stands ("kata" alone is also the noun "word")."""
    tokens = state.index.tokens
    return position + 1 < len(tokens) and tokens[position].text.lower() in state.rules.pronouns \
        and tokens[position + 1].text == ","


def _read_postposed(state: ScanState, position: int, lower: str) -> Hit | None:
    """ "…,” kata X", "CLAUSE, kata X", an interposed "… ini kata Teten perlu …"."""
    return _postposed_hit(state, position, lower, state.rules.cues.postposed.id)


def _postposed_hit(state: ScanState, position: int, lower: str, rule: str) -> Hit | None:
    index, rules = state.index, state.rules
    token = index.tokens[position]
    phrase = phrase_after(position + 1, index, rules)
    mention = parse_speaker_phrase(phrase, index, rules)
    if mention is None or (mention.kind in ("name", "organization") and not is_person_entity(mention, index)):
        # a name the NER missed ("terang Bass") gives way only to a person behind a title
        mention = person_after(position, state.sentence.end, index, rules,
                               through_titles_only=mention is not None) or mention
    if mention is not None and mention.kind == "role":
        mention, rule = _role_holder_apposed(state, phrase, mention, rule)
    elif mention is not None and mention.kind == "name":
        mention, rule = _holder_of_tagged_office(state, phrase, mention, rule)
    if mention is None and rule == rules.cues.postposed.id:
        mention = unlisted_noun_phrase(state, position)
        rule = rules.cues.postposed_noun_phrase.id
    if mention is None or _speaker_has_own_verb(state, position, mention):
        return None
    return Hit(cue=Span(token.start, token.end), lemma=lower, rule=rule, kind="postposed", mention=mention,
               segment_start=token.start, backward_content=True)


AFFILIATION_PUNCTUATION = frozenset(",()")  # "Direktur Pusat Riset (PR), Budi": the bracket is the institution's
AFFILIATION_STOPS = PUNCTUATION_STOPS - AFFILIATION_PUNCTUATION  # what ends an affiliation before its holder


def _role_holder_apposed(state: ScanState, phrase: list[Token], mention: Mention, rule: str) -> tuple[Mention, str]:
    """The role read after a postposed cue, or the name of its holder where the article states
    it right there: apposed after a comma ("ujar sang sutradara, Hestu Saputra": cues.yml
    apposed_name_after_role) or past the role's affiliation (apposed_name_past_affiliation).
    A role left alone goes to whoever is in focus, or stays as written."""
    rules = state.rules
    after_role = rules.cues.apposed_name_after_role
    if after_role is not None and phrase:
        holder = _holder_after_comma(state, phrase)
        if holder is not None:
            return holder, after_role.id
    past = rules.cues.apposed_name_past_affiliation
    holder = _holder_past_affiliation(state, phrase)
    if holder is not None and past is not None:
        return holder, past.id
    return mention, rule


def _holder_of_tagged_office(state: ScanState, phrase: list[Token], mention: Mention,
                             rule: str) -> tuple[Mention, str]:
    """The name read after a postposed cue, or the holder's full name apposed right after it
    where the tagger read the office as a person ("kata Corporate Secretary Erajaya Swasembada,
    Djatmiko Wardoyo, saat …": cues.yml apposed_name_after_tagged_office). The phrase must end
    with the PER entity the name was read from, right before the comma; the second name is a
    full person's name closing the phrase, not the first name again and not an item of a list."""
    setting = state.rules.cues.apposed_name_after_tagged_office
    index = state.index
    if setting is None or not phrase:
        return mention, rule
    office = index.entity_by_token.get(phrase[-1].index)
    if office is None or office.label != "PER" or office.end != phrase[-1].end \
            or not office.start <= mention.start < office.end:
        return mention, rule
    holder = _holder_after_comma(state, phrase)
    if holder is None or not _full_person_name(holder.name or "", setting.min_name_words, state.rules) \
            or not _only_titles_between(state, phrase[-1].index + 2, holder.start) \
            or _shares_a_word(holder.name or "", index.document.text[office.start:office.end]) \
            or _opens_a_list(state, holder):
        return mention, rule
    return holder, setting.id


def _holder_after_comma(state: ScanState, phrase: list[Token]) -> Mention | None:
    """The name apposed right after a comma that closes the speaker phrase, in its sentence."""
    comma = phrase[-1].index + 1
    if not state.in_sentence(comma + 1) or state.index.tokens[comma].text != ",":
        return None
    return _apposed_holder(state, comma + 1)


def _full_person_name(name: str, min_words: int, rules: RuleSet) -> bool:
    """At least `min_words` capitalised words of letters, none a title or role, nor a word that
    names what a thing or an organisation is (names.yml kind_words): a person's full name."""
    words = name.split()
    kinds = rules.names.kind_words
    not_person = {*kinds.organisation, *kinds.thing, *kinds.name_words}
    return len(words) >= min_words and all(
        is_capitalised(word) and word.replace("'", "").replace("’", "").replace("-", "").isalpha()
        and not rules.is_title_or_role(word) and word.lower() not in not_person for word in words)


def _only_titles_between(state: ScanState, first: int, end: int) -> bool:
    """Only capitalised titles and ranks ("Ipda", "Dr") from token `first` up to the name: a
    lowercase role or relation there ("Richard, ayah Alyssa Daguise") makes the second name the
    one the first is described by, not the first name's holder."""
    tokens = state.index.tokens
    return all(is_capitalised(tokens[position].text) and state.rules.is_title(tokens[position].text)
               for position in range(first, len(tokens)) if tokens[position].start < end)


def _shares_a_word(name: str, other: str) -> bool:
    return bool({word.lower() for word in name.split()} & {word.lower() for word in other.split()})


def _opens_a_list(state: ScanState, holder: Mention) -> bool:
    """A comma and a name connector (`dan`) after the name: an item of a list, no apposition."""
    first = state.index.token_at(holder.end)
    tokens = state.index.tokens[first:first + 2]
    return len(tokens) == 2 and tokens[0].text == "," and tokens[1].text.lower() in state.rules.name_connectors


def _holder_past_affiliation(state: ScanState, phrase: list[Token]) -> Mention | None:
    """The name apposed to a role past its affiliation ("kata peneliti tidur di Universitas Gadjah
    Mada, Dr Sinta Maharani", "ujar ekonom utama untuk Bank Dunia di Indonesia Frederico Gil
    Sander"): the speaker phrase stopped at the affiliation's preposition, so the role alone was
    read; the holder named after the comma, or right after the capitalised name of the
    institution or place with no comma (the tagger's entity marks where the name starts), is who
    speaks (cues.yml apposed_name_past_affiliation). Not across a sentence end, a quotation
    mark, a reporting or active verb, and not a name that goes on into a clause of its own."""
    index, rules = state.index, state.rules
    setting = rules.cues.apposed_name_past_affiliation
    if setting is None or not phrase:
        return None
    tokens = index.tokens
    opener = phrase[-1].index + 1
    if opener >= len(tokens) or tokens[opener].text not in setting.openers:
        return None
    for ahead in range(opener + 1, min(opener + 1 + setting.max_tokens, len(tokens) - 1)):
        token = tokens[ahead]
        if token.start >= state.sentence.end or token.text in AFFILIATION_STOPS \
                or token.text.lower() in rules.reporting_verbs or token.text.lower() in rules.speaker_search_stops \
                or rules.is_active_verb(token.text):
            return None
        if token.text == ",":
            return _apposed_holder(state, ahead + 1)
        if ahead > opener + 1 and _closes_an_institution(tokens[ahead - 1]) and starts_person(token, index):
            return _apposed_holder(state, ahead)
    return None


def _closes_an_institution(token: Token) -> bool:
    """The word before a name that no comma sets off ends the capitalised name of an institution or
    place ("Bank Dunia di Indonesia Frederico …") or its bracketed short form ("(Dapil) Papua")."""
    return token.text == ")" or is_capitalised(token.text)


def _apposed_holder(state: ScanState, first: int) -> Mention | None:
    """A person's name opening at token `first`, past its titles, and closing the phrase (punctuation, a phrase
    stop or the sentence end after it), as a name mention."""
    index, rules = state.index, state.rules
    tokens = index.tokens
    while first < len(tokens) - 1 and first not in index.entity_by_token and rules.is_title_or_role(tokens[first].text):
        first += 1  # "…, Dr Sinta Maharani": titles before the name
    entity = index.entity_by_token.get(first)
    if entity is None or entity.label != "PER" or entity.start != tokens[first].start \
            or index.document.in_quote_marks(entity.start):
        return None
    inside = index.tokens_in(entity.start, entity.end)
    after = inside[-1].index + 1
    if after < len(tokens) and tokens[after].start < state.sentence.end \
            and tokens[after].text not in PUNCTUATION_STOPS and tokens[after].text.lower() not in rules.phrase_stops:
        return None
    name = name_from_tokens(inside, rules, index)
    return Mention(entity.start, entity.end, "name", name=name) if name else None


def unlisted_noun_phrase(state: ScanState, position: int) -> Mention | None:
    """ "…,” kata orator saat aksi", "…, ujar sopir ambulans itu.": a postposed cue that ends a
    clause, then a short lowercase noun phrase no role list knows, closed by a boundary: the
    phrase speaks as a role, read as written (guidelines: unnamed sources get the role noun
    phrase). The clause structure stands in for the missing list: at most `max_words` plain
    words (no verb, pronoun, -nya word or phrase stop), an optional demonstrative, then
    punctuation, a phrase stop (preposition, `saat`, a day) or a time word. A verb or a name
    after the words makes them no phrase of their own (`kata pedagang menyangkal …`)."""
    index, rules = state.index, state.rules
    if not _cue_ends_a_clause(state, position):
        return None
    words = _plain_words_after(state, position + 1)
    if not words or len(words) > rules.cues.postposed_noun_phrase.max_words:
        return None
    following = words[-1].index + 1
    if state.in_sentence(following) and index.tokens[following].text.lower() in rules.demonstratives:
        words.append(index.tokens[following])
        following += 1
    if not _phrase_boundary(state, following) or _names_a_thing(words, rules):
        return None
    start, end = words[0].start, words[-1].end
    return Mention(start, end, "role", name=index.document.text[start:end])


def _names_a_thing(words: list[Token], rules: RuleSet) -> bool:
    """A document, not a person: a word of a document noun (`kata laporan itu`, `ujar isi surat
    tersebut`, `kata tulisan itu`): a document phrase speaks for its issuer, read elsewhere
    (speaker.document_issuer), and with none written it is no speaker here."""
    return any(word.text.lower() in rules.document_heads for word in words)


def _cue_ends_a_clause(state: ScanState, position: int) -> bool:
    """The cue stands after a comma, or after a closing quotation mark that a comma, `?` or `!`
    precedes: not "kata" the noun after a quoted term (`Istilah “mudik” kata serapan …`)."""
    tokens = state.index.tokens
    previous = state.previous_text(position)
    return previous == "," or (position >= 2 and previous in CLOSING_MARKS
                               and tokens[position - 2].text in QUOTE_END_PUNCTUATION)


def _plain_words_after(state: ScanState, first: int) -> list[Token]:
    """The lowercase words from `first` on that can be nouns of a phrase, up to the first that
    cannot (one more than the limit at most)."""
    tokens, rules = state.index.tokens, state.rules
    words: list[Token] = []
    limit = rules.cues.postposed_noun_phrase.max_words
    position = first
    while len(words) <= limit and state.in_sentence(position) and _is_plain_noun(tokens[position].text, rules):
        words.append(tokens[position])
        position += 1
    return words


def _is_plain_noun(word: str, rules: RuleSet) -> bool:
    """A lowercase word of letters (a hyphen allowed) that no list reads as something else: no
    pronoun, demonstrative, phrase stop, time word, adverb, clause boundary or cue, no active
    or passive verb, no -nya word."""
    lower = word.lower()
    return word.islower() and word.replace("-", "").isalpha() \
        and lower not in rules.pronouns and lower not in rules.demonstratives \
        and lower not in rules.phrase_stops and lower not in rules.time_words \
        and lower not in rules.subject_adverbs and lower not in rules.subject_boundaries \
        and lower not in rules.postposed_cues and lower not in rules.reporting_verbs \
        and not rules.has_clitic(word) and not rules.is_active_verb(word) and not rules.is_passive_verb(word)


def _phrase_boundary(state: ScanState, position: int) -> bool:
    """What may close the speaker phrase: the sentence end, punctuation, a phrase stop
    (`saat`, `dalam`, `kepada`, a day) or a time word."""
    if not state.in_sentence(position):
        return True
    word = state.index.tokens[position].text
    lower = word.lower()
    return word in PUNCTUATION_STOPS or lower in state.rules.phrase_stops or lower in state.rules.time_words


def _speaker_has_own_verb(state: ScanState, position: int, mention: Mention) -> bool:
    """ "Lebih lanjut Budi menuturkan, …", "Tetapi, kata Budi menambahkan, …": a reporting verb
    right after the speaker phrase (past subject adverbs), with a clause after it, makes the phrase that verb's subject,
    and the verb reports the clause after it; the word before the name is an adverb ("lebih
    lanjut") or a second cue of the same speaker, and reading it as a postposed cue would report
    the same clause twice. Not after a closing quotation mark: "…,” kata Budi menambahkan" is
    the quote's own attribution, and so is "…”, kata Budi sambil menyerukan …" (the comma typed
    after the closing mark)."""
    index, rules = state.index, state.rules
    if state.previous_text(position) in CLOSING_MARKS or _comma_after_closing_mark(state, position):
        return False
    following = index.token_at(mention.end)
    while following < len(index.tokens) and index.tokens[following].text.lower() in rules.subject_adverbs:
        following += 1
    if not state.in_sentence(following):
        return False
    group = rules.reporting_verbs.get(index.tokens[following].text.lower())
    # the verb must report a clause of its own ("…, kata Budi menambahkan." reports none)
    return group is not None and content_after(index, following, state.sentence, rules, group.complement) is not None


def _comma_after_closing_mark(state: ScanState, position: int) -> bool:
    tokens = state.index.tokens
    return position >= 2 and tokens[position - 1].text == "," and tokens[position - 2].text in CLOSING_MARKS


QUOTE_END_PUNCTUATION = frozenset(",?!")  # a quote that ends so is attributed right after it


def _is_postposed_by_position(state: ScanState, position: int, lower: str) -> bool:
    """ "…,” tuntut Dolfie": a lowercase word right after a quote that ends in a comma (or ?
    or !), right before a person's name, is a verb of saying even when no list has it."""
    rules, tokens = state.rules, state.index.tokens
    if position < 2 or tokens[position - 1].text not in CLOSING_MARKS \
            or tokens[position - 2].text not in QUOTE_END_PUNCTUATION:
        return False
    if not (_is_postposed_by_position_word(lower, rules) and tokens[position].text.islower()):
        return False
    return starts_person_name(position + 1, state.index)


def _is_postposed_by_position_word(lower: str, rules: RuleSet) -> bool:
    """A word that can be a verb of saying by its position: a word of letters that is no
    phrase stop, place cue, adverb, pronoun or subject boundary (its word gate)."""
    return lower.isalpha() and lower not in rules.phrase_stops and lower not in rules.place_cues \
        and lower not in rules.subject_adverbs and lower not in rules.pronouns and lower not in rules.subject_boundaries


def _read_postposed_by_position(state: ScanState, position: int, lower: str) -> Hit | None:
    return _postposed_hit(state, position, lower, state.rules.cues.postposed_by_position.id)


def _is_statement_frame_word(lower: str, rules: RuleSet) -> bool:
    frames = rules.cues.statement_frames
    return frames is not None and lower == frames.marker


def _is_statement_frame(state: ScanState, position: int, lower: str) -> bool:
    return _is_statement_frame_word(lower, state.rules) and position > 0 \
        and state.index.tokens[position - 1].text in CLOSING_MARKS and _frame_source(state, position) is not None


def _frame_source(state: ScanState, position: int) -> tuple[Token, int] | None:
    """The frame's cue word (its first noun of `words`) and the position where its source
    starts, after the frame's words, connectors and passives; None when the words after the
    marker hold no statement noun ("Demikian disampaikan X" is the backward passive's) or
    nothing follows them in the sentence."""
    frames, rules, tokens = state.rules.cues.statement_frames, state.rules, state.index.tokens
    assert frames is not None
    cue: Token | None = None
    at = position + 1
    while state.in_sentence(at) and at - position <= frames.max_words:
        lower = tokens[at].text.lower()
        if lower in frames.words:
            cue = cue or tokens[at]
        elif lower not in frames.connectors and not rules.is_passive_verb(tokens[at].text):
            break
        at += 1
    if cue is None or not state.in_sentence(at) or not tokens[at].text[:1].isalnum():
        return None
    return cue, at


def _read_statement_frame(state: ScanState, position: int, lower: str) -> Hit | None:
    """ "“…,” demikian pernyataan dari IRGC": the source after the frame says the quote before it."""
    frame = _frame_source(state, position)
    if frame is None:
        return None
    cue, source = frame
    mention = parse_speaker_phrase(phrase_after(source, state.index, state.rules), state.index, state.rules)
    if mention is None:
        return None
    frames = state.rules.cues.statement_frames
    assert frames is not None
    return Hit(cue=Span(cue.start, cue.end), lemma=cue.text.lower(), rule=frames.id, kind="postposed",
               mention=mention, segment_start=state.index.tokens[position].start, backward_content=True)


def _is_name_after_quote(state: ScanState, position: int, lower: str) -> bool:
    """ "…,” Prasetyo Ariwibowo, Kepala Dinas …": a person's name right after a quote that ends
    in a comma (? or !), apposed to a title or role, with no verb of saying after it in the
    sentence: a verbless attribution (a verb there reads the name as its subject)."""
    rules, index = state.rules, state.index
    tokens = index.tokens
    if rules.cues.name_after_quote is None or position < 2 or tokens[position - 1].text not in CLOSING_MARKS \
            or tokens[position - 2].text not in QUOTE_END_PUNCTUATION or not starts_person_name(position, index):
        return False
    entity = index.entity_by_token[position]
    comma = index.token_at(entity.end)
    if not state.in_sentence(comma + 1) or tokens[comma].text != "," \
            or not rules.is_title_or_role(tokens[comma + 1].text):
        return False
    rest = index.tokens_in(tokens[comma + 1].start, state.sentence.end)
    return not any(token.text.lower() in rules.reporting_verbs or rules.is_passive_verb(token.text)
                   for token in rest)


def _read_name_after_quote(state: ScanState, position: int, lower: str) -> Hit | None:
    rules, index = state.rules, state.index
    assert rules.cues.name_after_quote is not None
    entity = index.entity_by_token[position]
    name = name_from_tokens(index.tokens_in(entity.start, entity.end), rules, index)
    if not name:
        return None
    mention = Mention(entity.start, entity.end, "name", name)
    return Hit(cue=Span(entity.start, entity.end), lemma="", rule=rules.cues.name_after_quote.id,
               kind="postposed", mention=mention, segment_start=entity.start, backward_content=True)


COLON = ":"


def _is_colon_word(lower: str, rules: RuleSet) -> bool:
    return lower == COLON and rules.cues.name_before_colon is not None


def _is_name_before_colon(state: ScanState, position: int, lower: str) -> bool:
    """ "…, Nelson Mandela: “…”", "Ia mengutip pesan Presiden Joko Widodo: “…”": a person's name
    right before a colon that an opening quotation mark follows (on the same line or opening
    the next) introduces the quotation as that person's words, when nothing in the sentence
    was read as an attribution before it (a verb reads "Budi mengatakan kepada Andi: “…”")
    and no addressee word stands before the name ("bertanya kepada Budi: “…”": Budi is asked,
    speakers.yml speaker_search_stops)."""
    index, rules = state.index, state.rules
    tokens = index.tokens
    if not _is_colon_word(lower, rules) or position < 1 or position + 1 >= len(tokens) \
            or tokens[position + 1].text not in OPENING_MARKS or state.last_hit_end > state.sentence.start:
        return False
    entity = index.entity_by_token.get(position - 1)
    if entity is None or entity.label != "PER" or entity.end != tokens[position - 1].end \
            or entity.start < state.sentence.start or index.document.in_quote_marks(entity.start):
        return False
    before = index.token_at(entity.start) - 1
    while before >= state.first and rules.is_title_or_role(tokens[before].text):
        before -= 1
    return before < state.first or tokens[before].text.lower() not in rules.speaker_search_stops


def _read_name_before_colon(state: ScanState, position: int, lower: str) -> Hit | None:
    rules, index = state.rules, state.index
    assert rules.cues.name_before_colon is not None
    entity = index.entity_by_token[position - 1]
    name = name_from_tokens(index.tokens_in(entity.start, entity.end), rules, index)
    if not name:
        return None
    colon = index.tokens[position]
    return Hit(cue=Span(colon.start, colon.end), lemma=COLON, rule=rules.cues.name_before_colon.id, kind="verb",
               mention=Mention(entity.start, entity.end, "name", name), segment_start=entity.start,
               content_start=index.tokens[position + 1].start)


ACCORDING_TO_CLITIC = CueKind("according_to_clitic", _is_according_to_clitic, _read_according_to_clitic,
                              word_gate=_is_according_to_clitic_word)
CLITIC = CueKind("clitic", _is_clitic, _read_clitic, word_gate=_is_clitic_word)
POSTPOSED = CueKind("postposed", _is_postposed, _read_postposed, word_gate=_is_postposed_word)
POSTPOSED_BY_POSITION = CueKind("postposed_by_position", _is_postposed_by_position, _read_postposed_by_position,
                                word_gate=_is_postposed_by_position_word, after_closing_mark=True)
NAME_AFTER_QUOTE = CueKind("name_after_quote", _is_name_after_quote, _read_name_after_quote,
                           after_closing_mark=True)
NAME_BEFORE_COLON = CueKind("name_before_colon", _is_name_before_colon, _read_name_before_colon,
                            word_gate=_is_colon_word)
STATEMENT_FRAME = CueKind("statement_frame", _is_statement_frame, _read_statement_frame,
                          word_gate=_is_statement_frame_word, after_closing_mark=True)
