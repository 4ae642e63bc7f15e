"""Cues before the speaker's words: a reporting verb after its subject ("X mengatakan
(bahwa) CLAUSE", "mencatat inflasi Mei 2,5 persen") and a noun of saying with its `bahwa`
clause ("pengakuan Budi bahwa …"). Both report the clause after the cue."""

from __future__ import annotations

from collections.abc import Iterator

from service.extraction.cues.hit import OPENING_MARKS, CueKind, Hit, ScanState
from service.extraction.cues.phrases import (
    content_after,
    opens_existential_clause,
    sentence_subject,
    small_clause_marker,
)
from service.extraction.document import Mention, Span, Token
from service.extraction.mentions import (
    PUNCTUATION_STOPS,
    TextIndex,
    has_person,
    person_before,
    phrase_before,
    skip_adverbials,
)
from service.extraction.rules import RuleSet
from service.extraction.speaker_phrases import (
    adjunct_separated_subject,
    apposition_head,
    epithet_with_relative_clause,
    opening_subject_across_adjuncts,
    parse_speaker_phrase,
    person_apposed_to,
    postmodified_subject,
    role_mention,
    subject_across_adjunct,
    written_in_a_tagged_name,
)


def _is_reporting_verb_word(lower: str, rules: RuleSet) -> bool:
    return lower in rules.reporting_verbs or lower in rules.verb_phrases \
        or _small_clause_clitic_stem(lower, rules) is not None


def _phrase_particle(state: ScanState, position: int, lower: str) -> int | None:
    """The token of the second word of a two-word verb whose first word is at `position`
    ("memberi tahu": `tahu` right after `memberi`, in the same sentence), if it is there."""
    found = state.rules.verb_phrases.get(lower)
    following = position + 1
    tokens = state.index.tokens
    if found is None or not state.in_sentence(following):
        return None
    return following if tokens[following].text.lower() == found[0] else None


def _small_clause_clitic_stem(lower: str, rules: RuleSet) -> str | None:
    """The verb of a small-clause verb with its clitic object ("menyebutnya" -> "menyebut")."""
    suffix = rules.cues.clitic.suffix
    stem = lower[:-len(suffix)] if rules.has_clitic(lower) else ""
    return stem if stem in rules.small_clause_verbs and stem in rules.reporting_verbs else None


def _is_reporting_verb(state: ScanState, position: int, lower: str) -> bool:
    """A reporting verb; with its clitic object only right before the small-clause marker
    ("menyebutnya sebagai tindakan …"), as "menyebutnya" alone points back to a name."""
    if lower in state.rules.reporting_verbs:
        return True
    if lower in state.rules.verb_phrases:
        return _phrase_particle(state, position, lower) is not None
    return _small_clause_clitic_stem(lower, state.rules) is not None \
        and small_clause_marker(state.index, position + 1, state.sentence, state.rules) == position + 1


def _read_reporting_verb(state: ScanState, position: int, lower: str) -> Hit | None:
    """ "X mengatakan (bahwa) CLAUSE" and its variants: the subject phrase before the verb."""
    index, rules, sentence = state.index, state.rules, state.sentence
    token = index.tokens[position]
    particle = _phrase_particle(state, position, lower) if lower in rules.verb_phrases else None
    if particle is not None:
        # "memberi tahu X bahwa …": the verb is both words; its object follows the second
        group, clitic_object, verb_end = rules.verb_phrases[lower][1], False, particle
        lower = f"{lower} {rules.verb_phrases[lower][0]}"
    else:
        clitic_object, verb_end = lower not in rules.reporting_verbs, position
        lower = _small_clause_clitic_stem(lower, rules) or lower if clitic_object else lower
        group = rules.reporting_verbs[lower]
    cue = Span(token.start, index.tokens[verb_end].end)
    if _continues_the_last_cue(state, position):
        # "…,” ujarnya, menambahkan bahwa …": the same speaker goes on
        return Hit(cue=cue, lemma=lower, rule=group.id, kind="verb",
                   mention=state.last_mention, segment_start=token.start, complement=group.complement,
                   content_start=content_after(index, verb_end, sentence, rules, group.complement,
                                               group.complementizers, group.max_object_words))
    phrase, _ = phrase_before(position, sentence.start, index, rules)
    if phrase and all(token.text.lower() in rules.concessives for token in phrase):
        return _concessive_hit(state, position, phrase[0].start)
    # "… mengutip sumber anonim, yang mengatakan bahwa …": the head before the relative clause
    mention = _relative_clause_head(state, position)
    rule_id = group.id if mention is None else rules.cues.relative_clause_subject.id
    if mention is None:
        # "X menyerukan persatuan sambil menegaskan …": a second predicate of X's clause
        mention = _coordinated_predicate_subject(state, position)
        rule_id = group.id if mention is None else rules.cues.coordinated_subject.id
    if mention is None and phrase:
        mention = epithet_with_relative_clause(position, sentence.start, index, rules)
    if mention is None and phrase:
        # "Rina Marlina, Kepala Riset Mega Sekuritas, mengatakan …": the name speaks
        mention = apposition_head(phrase, sentence.start, index, rules)
        rule_id = group.id if mention is None else rules.cues.apposition_head.id
    if mention is None and phrase and _opens_with_an_adverbial(phrase, rules):
        # "Saat itu wasit beranggapan …": the subject after the adverbial
        mention = parse_speaker_phrase(phrase[ADVERBIAL_TOKENS:], index, rules)
        rule_id = group.id if mention is None else rules.cues.adverbial_subject.id
    if mention is None and phrase:
        mention = parse_speaker_phrase(phrase, index, rules)
        if mention is not None and mention.kind == "role" and _is_an_adjunct(phrase, rules):
            mention = None  # "X, kepada para wartawan menegaskan …": the addressee does not speak
    if mention is None and phrase:
        mention = _pronoun_subject(position, index, rules)  # "di mana ia menyebut …"
    if mention is None and phrase:
        mention = postmodified_subject(position, sentence.start, index, rules)
    if mention is None and phrase:
        mention = _group_pronoun_subject(state, position)  # "Mereka mengatakan …"
    if mention is None and phrase:
        # "Tak hanya X, importir ponsel pun terkena …. Mereka mengeluhkan …", "A dan B. Keduanya …"
        found = _group_pronoun_antecedent(state, position)
        if found is not None:
            mention, rule_id = found
    if mention is None and phrase:
        # "Caridin, dalam laporannya menyampaikan …"
        mention = adjunct_separated_subject(position, sentence.start, index, rules)
    if mention is None and phrase:
        # "Budi dalam artikel yang dimuat harian itu, Senin (29/1) lalu menuturkan …"
        mention = opening_subject_across_adjuncts(position, sentence.start, index, rules)
    if mention is None and phrase and rules.cues.adjunct_subject is not None:
        # "Budi dalam surat bernomor S-12/PK.3/2020 menyebutkan …", "Hasan, kepada wartawan membenarkan …"
        mention = subject_across_adjunct(position, sentence.start, index, rules)
        rule_id = group.id if mention is None else rules.cues.adjunct_subject.id
    if mention is None and phrase:
        # "Saat itu wasit beranggapan …", "Dia selain itu juga mengaku …"
        mention = _subject_past_an_adverbial(phrase, index, rules)
        rule_id = group.id if mention is None else rules.cues.adverbial_subject.id
    if mention is not None and phrase:
        # "Pengungkapan berawal dari informasi masyarakat yang melaporkan …": the name read
        # before is another predicate's subject; the restrictive relative clause's head speaks
        head = _restrictive_relative_head(state, position, mention)
        if head is not None and rules.cues.restrictive_relative_subject is not None:
            mention, rule_id = head, rules.cues.restrictive_relative_subject.id
    if mention is None and phrase and rules.cues.group_subject is not None:
        # "Sejumlah peserta menyatakan …", "…, dan sektor perhotelan melaporkan …"
        mention = _group_subject(state, phrase)
        rule_id = group.id if mention is None else rules.cues.group_subject.id
    if mention is None and not phrase:
        # elided subject: "…, tetapi mengatakan …", "X menyalahkan …, dengan berargumen …"
        mention = state.last_mention or sentence_subject(sentence, position, index, rules) \
            or _chained_predicate_subject(state, position)
    elif mention is not None and mention.kind in ("name", "organization") and not any(
            index.entity_by_token.get(t.index) is not None
            and index.entity_by_token[t.index].label == "PER" for t in phrase) \
            and not written_in_a_tagged_name(mention, index):
        # the phrase next to the verb is a place or an affiliation ("Harli Siregar di Gedung
        # Kejaksaan Agung, Jakarta, Selasa (10/6), mengatakan"): the subject is the person
        # named earlier in the clause; not a short name of a person the article tags elsewhere
        # ("Tiara Yustinus Sadmoko … Yustinus mengatakan": the NER missed it here only)
        mention = person_before(position, max(sentence.start, state.last_hit_end), index, rules) or mention
    if mention is None:
        return None
    segment = phrase[0].start if phrase else token.start
    small_clause = _small_clause_start(state, position, lower, clitic_object)
    if small_clause is not None and rules.cues.small_clauses is not None:
        # "menyebutnya sebagai tindakan …", "menggambarkan Rusia sebagai ancaman …" (no quoted
        # words): the object and its predicate nominal are the reported judgement
        return Hit(cue=Span(token.start, token.end), lemma=lower, rule=rules.cues.small_clauses.id, kind="verb",
                   mention=mention, segment_start=segment, complement="optional", content_start=small_clause)
    content_start = content_after(index, verb_end, sentence, rules, group.complement, group.complementizers,
                                  group.max_object_words)
    if content_start is None and lower in rules.figure_claim_verbs:
        content_start = _figure_claim_start(index, position, sentence, rules)
        rule_id = rules.cues.figure_claims.id
    reads_clause_object = lower in rules.clause_object_verbs and not _insisted_act_follows(index, position, rules)
    if content_start is None and reads_clause_object:
        content_start = _clause_object_start(index, position, sentence, rules)
        rule_id = rules.cues.clause_objects.id if content_start is not None else rule_id
    if content_start is None and reads_clause_object and rules.cues.clause_objects.past_relative:
        # "memaparkan semua perkara yang digugat buruh telah masuk sidang": a predicate after
        # the relative clause is the object's own
        content_start = _clause_object_past_relative(index, position, sentence, rules)
        rule_id = rules.cues.clause_objects.past_relative.id if content_start is not None else rule_id
    if content_start is None and reads_clause_object and rules.cues.adjective_predicates is not None:
        content_start = _adjective_object_start(index, position, sentence, rules)
        rule_id = rules.cues.adjective_predicates.id if content_start is not None else rule_id
    if content_start is None and lower in rules.stance_object_verbs and rules.cues.stance_objects is not None:
        content_start = _stance_object_start(index, position, sentence, rules)
        rule_id = rules.cues.stance_objects.id if content_start is not None else rule_id
    if content_start is None and group.complement == "marked" and lower not in rules.subjectless_not_after:
        content_start = _subjectless_clause_start(index, position, sentence, rules)
        rule_id = rules.cues.clause_objects.id if content_start is not None else rule_id
    if content_start is None and group.complement == "marked" and lower not in rules.subjectless_not_after:
        # "membenarkan tadi pagi ada beberapa penerbangan …": a time adverbial opens the clause
        content_start = _time_adverbial_clause_start(index, position, sentence, rules)
        rule_id = rules.cues.clause_objects.id if content_start is not None else rule_id
    complement = group.complement
    if content_start is None and group.complement == "marked" and rules.cues.quoted_objects is not None:
        content_start = _quoted_object_start(index, position, sentence, rules)
        if content_start is not None:
            rule_id, complement = rules.cues.quoted_objects.id, "quote"
    return Hit(cue=cue, lemma=lower, rule=rule_id, kind="verb", mention=mention,
               segment_start=segment, complement=complement, content_start=content_start)


def _holds_a_source(index: TextIndex, start: int, sentence: Span, rules: RuleSet) -> bool:
    """A `menurut` source later in the sentence ("mengkritik jawaban “kami belum tahu” dari
    dinas, yang menurutnya tidak pantas …"): the quoted words are the object the source
    judges, and that source's report reads the clause (cues.yml relative_report)."""
    suffix = rules.cues.clitic.suffix
    tokens = index.tokens
    for position in range(start, len(tokens)):
        token = tokens[position]
        if token.start >= sentence.end:
            return False
        lower = token.text.lower()
        if lower in rules.according_to or (rules.has_clitic(lower) and lower[:-len(suffix)] in rules.according_to):
            return True
    return False


def _quoted_object_start(index: TextIndex, position: int, sentence: Span, rules: RuleSet) -> int | None:
    """Where a `marked` verb's bare object starts when it embeds quoted words (cues.yml
    quoted_objects: "memperingatkan Inggris kini menghadapi “risiko …”"): the word after the
    verb, when a quotation mark opens within `max_words_to_mark` words, one word in at least,
    before any punctuation, on a lowercase fragment of `min_quoted_words` words at least: a
    capitalised sentence in marks is speech or a caption of its own ("keterangan bertuliskan
    “Terima kasih …”"), one word a term ("gaya islami “seadanya”"), and marks right after a
    naming noun (false_quotes.named_title: "berjudul “…”", "istilah “…”") hold a name; an
    object opening with a preposition of topic (false_quotes.topic_object: "terkait pendekatan
    “…”") names a topic; a `menurut` source later in the sentence reads the clause itself. The hit's complement
    is `quote`: without the source's words in the marks (a title, a name) the verb reports
    nothing."""
    settings = rules.cues.quoted_objects
    assert settings is not None
    tokens, text = index.tokens, index.document.text
    fragments = {mark.start for mark in index.document.quote_marks
                 if text[mark.content_start:mark.content_start + 1].islower()
                 and len(text[mark.content_start:mark.content_end].split()) >= settings.min_quoted_words}
    first = position + 1
    for look in range(first, min(first + settings.max_words_to_mark + 1, len(tokens))):
        token = tokens[look]
        if token.start >= sentence.end:
            return None
        if token.start in fragments:
            named = tokens[look - 1].text.lower() in rules.naming_nouns  # "berjudul “…”", "istilah “…”"
            topic = tokens[first].text.lower() in rules.topic_prepositions  # "terkait pendekatan “…”"
            if look == first or named or topic or _holds_a_source(index, look, sentence, rules):
                return None
            return tokens[first].start
        if token.text in PUNCTUATION_STOPS or token.text in OPENING_MARKS:
            return None
    return None


def _group_subject(state: ScanState, phrase: list[Token]) -> Mention | None:
    """A short phrase of lowercase common nouns that speaks as a group (cues.yml group_subject):
    opened by a quantifier ("Sejumlah peserta"), or coordinated after a comma and a conjunction
    with an earlier report of the sentence, of `min_coordinated_words` words at least ("…, dan
    sektor perhotelan melaporkan …"; one word there is as often an adverb before an elided
    subject's verb: "…, dan segera menyampaikan …"). Tried after every other reading: a bare
    lowercase phrase elsewhere names no speaker."""
    settings, index, rules = state.rules.cues.group_subject, state.index, state.rules
    assert settings is not None
    words = phrase[1:] if phrase[0].text.lower() in settings.quantifiers else phrase
    quantified = len(words) < len(phrase)
    if not words or len(words) > settings.max_words or not all(_group_noun(token, index, rules) for token in words):
        return None
    if not quantified and not _opens_the_main_clause(state, phrase[0].index, phrase[-1].index) \
            and (len(words) < settings.min_coordinated_words
                 or not _coordinated_after_a_report(state, phrase[0].index, settings.conjunctions)):
        return None
    return role_mention(phrase, index)


def _opens_the_main_clause(state: ScanState, first: int, last: int) -> bool:
    """The phrase right after the comma that closes a short sentence opener ("Kendati begitu,
    pelaku industri menekankan …", "Kepada penyidik, pelaku mengaku …"; cues.yml group_subject
    max_opener_words): the main clause starts there, so the words before its verb are its
    subject. Only an opener that an adjunct word opens counts (`_is_adjunct_opener`): any
    other ("Pesan audio yang baru-baru ini bocor, tampaknya mengungkap …") may be the subject
    itself, and what follows its comma no subject of the sentence. A relative marker after the
    phrase ("Bahkan, kekhawatiran yang menyebut …") makes the verb the relative clause's: the
    phrase is no speaker."""
    rules = state.rules
    tokens = state.index.tokens
    settings = rules.cues.group_subject
    assert settings is not None
    comma = first - 1
    if comma < 1 or tokens[comma].text != "," or state.document.in_quote_marks(tokens[comma].start) \
            or (last + 1 < len(tokens) and tokens[last + 1].text.lower() in rules.object_relative_markers):
        return False
    opener = tokens[state.first:comma]
    if not opener or len(opener) > settings.max_opener_words \
            or any(token.text in PUNCTUATION_STOPS for token in opener):
        return False
    return _is_adjunct_opener(opener, state.document.text, rules)


def _is_adjunct_opener(opener: list[Token], text: str, rules: RuleSet) -> bool:
    """An opener that is an adjunct by its first word: a connective (cues.yml interposed_opening,
    "Lebih lanjut", "Namun"), a concessive ("Kendati begitu"), a subordinator or preposition
    (speakers.yml subject_adjunct_openers, oblique_prepositions; noun_object
    adjunct_clause_openers: "Ketika ditanya wartawan", "Kepada penyidik")."""
    written = text[opener[0].start:opener[-1].end].lower()
    first = opener[0].text.lower()
    return written in rules.interposed_connectives or first in rules.interposed_connectives \
        or first in rules.concessives or first in rules.subject_adjunct_openers \
        or first in rules.oblique_prepositions or first in rules.object_adjunct_clause_openers


def _group_noun(token: Token, index: TextIndex, rules: RuleSet) -> bool:
    """A lowercase word that may be a common noun of a group phrase: no entity, no pronoun, no
    time word or noun ("Beberapa waktu lalu mengatakan"), no noun a quantifier makes an
    adverbial of (cues.yml group_subject not_heads: "beberapa kali"), no demonstrative or
    document noun, no adverb, preposition, negation or predicate word ("…, dan segera
    menyampaikan": an elided subject), no verb."""
    word = token.text
    lower = word.lower()
    if word != lower or not word.replace("-", "").isalpha() or index.entity_by_token.get(token.index) is not None:
        return False
    return lower not in rules.group_subject_non_nouns and not rules.is_active_verb(word) \
        and not rules.is_passive_verb(word)


def _coordinated_after_a_report(state: ScanState, first: int, conjunctions: list[str]) -> bool:
    """The phrase follows a comma and a coordinating conjunction, after an earlier report of
    the same sentence ("API menyampaikan A, dan sektor perhotelan melaporkan B")."""
    tokens = state.index.tokens
    return first >= 2 and tokens[first - 1].text.lower() in conjunctions and tokens[first - 2].text == "," \
        and state.last_mention is not None and state.last_hit_end <= tokens[first - 2].start


ADVERBIAL_TOKENS = 2  # an opener and a demonstrative: "Saat itu", "Kala itu"


def _opens_with_an_adverbial(phrase: list[Token], rules: RuleSet) -> bool:
    """A subject phrase opened by a time adverbial of an opener and a demonstrative
    ("Saat itu wasit", cues.yml adverbial_subject), with words after it."""
    return len(phrase) > ADVERBIAL_TOKENS and phrase[0].text.lower() in rules.subject_adjunct_openers \
        and phrase[1].text.lower() in rules.demonstratives


def _is_an_adjunct(phrase: list[Token], rules: RuleSet) -> bool:
    """A phrase opened by a lowercase adjunct opener (cues.yml adjunct_subject openers) after a
    comma or the sentence start ("Juru bicara polisi, kepada para wartawan menegaskan …"): a role
    read in it is the adjunct's own noun (the addressee "para wartawan" does not speak), and the
    adjunct readers look past it to the subject; a name after the adjunct is the fronted subject
    ("Tak disangka, kepada polisi Jefri langsung mengaku …")."""
    settings = rules.cues.adjunct_subject
    first = phrase[0].text
    return settings is not None and first == first.lower() and first in settings.openers


def _subject_past_an_adverbial(phrase: list[Token], index: TextIndex, rules: RuleSet) -> Mention | None:
    """A pronoun, then a short lowercase adverbial closed by a demonstrative ("Dia selain itu",
    cues.yml adverbial_subject): the pronoun is the subject. Indonesian sets such adverbials
    after the subject without commas, and the phrase read back from the verb takes them in."""
    words = [token.text.lower() for token in phrase]
    if 2 < len(phrase) <= rules.cues.adverbial_subject.max_tokens and words[0] in rules.pronouns \
            and words[-1] in rules.demonstratives and all(token.text.islower() for token in phrase[1:]):
        return Mention(phrase[0].start, phrase[0].end, "pronoun")
    return None


def _small_clause_start(state: ScanState, position: int, lower: str, clitic_object: bool) -> int | None:
    """Where the small clause of a verb of naming or judging starts when the verb would not read
    it otherwise: after a verb with its clitic object, at the marker; after a topic noun
    (topic_objects: "menyebut nama Sh sebagai sumber …"; false_quotes topic_object nouns: "menilai
    hal ini sebagai pelanggaran …", where the noun points back at what is judged) or a verb that
    takes only quoted words (`menggambarkan`), at the object. The clitic's marker opens the clause whatever follows
    (`menyebutnya sebagai “…”`: quoted words in it make it a mixed quote, the span from the
    marker as for the indirect one); the others only when no quotation mark follows in the
    sentence: with one the verb reads as before (a mixed quote from the object)."""
    index, rules, sentence = state.index, state.rules, state.sentence
    if lower not in rules.small_clause_verbs or position + 1 >= len(index.tokens):
        return None
    if clitic_object:
        return index.tokens[position + 1].start
    after = index.tokens[position].end
    if index.document.writes_any_between(OPENING_MARKS, after, sentence.end):
        return None
    head = index.tokens[position + 1].text.lower()
    if rules.reporting_verbs[lower].complement != "quote" and head not in rules.topic_objects \
            and head not in rules.topic_nouns:
        return None
    marker = small_clause_marker(index, position + 1, sentence, rules)
    return index.tokens[position + 1].start if marker is not None and marker > position + 1 else None


def _coordinated_predicate_subject(state: ScanState, position: int) -> Mention | None:
    """ "Netanyahu tidak menutup kemungkinan itu dan mengatakan bahwa …": a verb right after a
    link (cues.yml coordinated_subject: `dan`, `sambil`, `seraya`, …; past plain adverbs) shares
    the subject of its clause's first predicate. That is the first predicate before it in the
    sentence whose subject reads as a speaker; one whose subject reads as none is passed over
    only when a comma closes it off before the link (an opening adverbial: "Setelah bertemu
    Jokowi, Prabowo menolak … dan menegaskan …"), else there is no speaker. Another predicate
    between that one's verb group and the link opens a clause of its own, whose subject the
    link may share ("Neta menuturkan, Polri harus …, yaitu dengan memastikan …"): no reading."""
    index, rules = state.index, state.rules
    tokens = index.tokens
    link = position - 1
    while link > state.first and tokens[link].text.lower() not in rules.coordination_links \
            and tokens[link].text.lower() in rules.subject_adverbs:
        link -= 1
    if link <= state.first or tokens[link].text.lower() not in rules.coordination_links:
        return None
    predicate = state.first
    while predicate < link:
        if not _is_predicate(state, predicate):
            predicate += 1
            continue
        mention = _subject_of(state, predicate)
        if mention is not None:
            return None if _another_predicate(state, predicate, link) else mention
        comma = next((ahead for ahead in range(predicate + 1, link) if tokens[ahead].text == ","), None)
        if comma is None:
            return None
        predicate = comma + 1
    return None


def _another_predicate(state: ScanState, predicate: int, link: int) -> bool:
    """A predicate between the verb group at `predicate` (its run of predicate words and
    adverbs: "tidak menutup", "juga menyayangkan") and the link."""
    tokens, rules = state.index.tokens, state.rules
    position = predicate
    while position < link and (_is_predicate(state, position)
                               or tokens[position].text.lower() in rules.subject_adverbs):
        position += 1
    return any(_is_predicate(state, ahead) for ahead in range(position, link))


def _is_predicate(state: ScanState, position: int) -> bool:
    """A predicate word outside quotation marks: a me-/ber- verb, a reporting verb, or an
    auxiliary, negation or copula (cues.yml noun_object predicate_words)."""
    token = state.index.tokens[position]
    lower = token.text.lower()
    if state.document.in_quote_marks(token.start):
        return False
    return state.rules.is_active_verb(token.text) or lower in state.rules.reporting_verbs \
        or (token.text == lower and lower in state.rules.predicate_words)


def _subject_of(state: ScanState, predicate: int) -> Mention | None:
    """The speaker phrase before a predicate, read as a reporting verb's subject is: a name,
    role or group phrase, a pronoun, a subject with a postmodifier, a plural pronoun's group,
    a subject set off by an adjunct."""
    index, rules, sentence = state.index, state.rules, state.sentence
    phrase, _ = phrase_before(predicate, sentence.start, index, rules)
    if not phrase:
        return None
    return parse_speaker_phrase(phrase, index, rules) or _pronoun_subject(predicate, index, rules) \
        or postmodified_subject(predicate, sentence.start, index, rules) \
        or _group_pronoun_subject(state, predicate) \
        or adjunct_separated_subject(predicate, sentence.start, index, rules)


def _concessive_hit(state: ScanState, position: int, segment_start: int) -> Hit | None:
    """ "Meski mengaku tidak tahu …, Syamsir menerima …": the verb after a concessive
    conjunction has no subject of its own; it reports the clause up to the comma, and its
    speaker is the subject of the main clause after the comma."""
    index, rules, sentence = state.index, state.rules, state.sentence
    tokens = index.tokens
    lower = tokens[position].text.lower()
    group = rules.reporting_verbs[lower]
    content_start = content_after(index, position, sentence, rules, group.complement)
    comma = _next_comma(state, position)
    if content_start is None or comma is None or tokens[comma].start <= content_start:
        return None
    mention = _main_clause_subject(state, comma + 1)
    if mention is None:
        return None
    token = tokens[position]
    return Hit(cue=Span(token.start, token.end), lemma=lower, rule=rules.cues.concessive_subject.id, kind="verb",
               mention=mention, segment_start=segment_start, complement=group.complement,
               content_start=content_start, content_span=Span(content_start, tokens[comma].start))


def _next_comma(state: ScanState, position: int) -> int | None:
    """The first comma after the token in the sentence, outside quotation marks."""
    tokens = state.index.tokens
    for ahead in range(position + 1, len(tokens)):
        token = tokens[ahead]
        if token.start >= state.sentence.end:
            return None
        if token.text == "," and not state.document.in_quote_marks(token.start):
            return ahead
    return None


MAX_MAIN_SUBJECT_TOKENS = 8


def _main_clause_subject(state: ScanState, first: int) -> Mention | None:
    """The subject opening a main clause at token `first`, past a contrastive conjunction
    ("namun manajer Tony Pulis tidak …"): the words up to its predicate (an auxiliary or
    negation, a subject adverb, or a lowercase me-/ber- verb) read as a speaker phrase."""
    index, rules = state.index, state.rules
    tokens = index.tokens
    while first < len(tokens) and tokens[first].text.lower() in rules.concessive_skips:
        first += 1
    subject: list[Token] = []
    for ahead in range(first, min(first + MAX_MAIN_SUBJECT_TOKENS + 1, len(tokens))):
        token = tokens[ahead]
        lower = token.text.lower()
        if token.start >= state.sentence.end or token.text in PUNCTUATION_STOPS or token.text == ",":
            return None
        if lower in rules.predicate_words or lower in rules.subject_adverbs or rules.is_active_verb(token.text):
            return parse_speaker_phrase(subject, index, rules) if subject else None
        subject.append(token)
    return None


def _chained_predicate_subject(state: ScanState, position: int) -> Mention | None:
    """ "Sebagian besar warganet membela Raisa, menyebut para penonton …": a verb right after a
    comma, with no subject of its own, is the next predicate of the subject that opens the
    sentence before its first predicate (read as a speaker phrase: a role or a group too)."""
    index, rules = state.index, state.rules
    if position < 1 or index.tokens[position - 1].text != ",":
        return None
    opening = _opening_subject(state.sentence, index, rules)
    if not opening or index.tokens[opening[-1].index + 1].start >= index.tokens[position - 1].start:
        return None  # the verb after the comma is the sentence's first predicate
    return parse_speaker_phrase(opening, index, rules)


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


def _relative_pronoun_before(state: ScanState, position: int) -> int | None:
    """Where `yang` stands before the verb at `position`, past adverbs ("yang juga mengatakan";
    `yang` is one of them too), with a word of the same sentence before it; None when none does.
    Read by the non-restrictive (a comma before `yang`) and the restrictive relative head."""
    tokens, rules = state.index.tokens, state.rules
    relative = position - 1
    while relative > 0 and tokens[relative].text.lower() in rules.subject_adverbs \
            and tokens[relative].text.lower() not in rules.relative_pronouns:
        relative -= 1
    if relative < 1 or tokens[relative].text.lower() not in rules.relative_pronouns \
            or tokens[relative - 1].start < state.sentence.start:
        return None
    return relative


def _relative_clause_head(state: ScanState, position: int) -> Mention | None:
    """The noun phrase a relative clause with the verb describes, when a comma and `yang`
    stand right before the verb (a restrictive "isu yang menyebutkan …" has no comma):
    "mengutip sumber yang tidak disebutkan namanya, yang mengatakan bahwa …", "konfirmasi dari
    Gubernur Aceh kala itu, yang mengungkapkan bahwa …". The head speaks, as a document does
    in "pidato … yang menyatakan …" (cues.yml relative_clause_subject)."""
    index, rules = state.index, state.rules
    relative = _relative_pronoun_before(state, position)
    if relative is None or index.tokens[relative - 1].text != ",":
        return None
    head = _relative_head_tokens(state, relative - 1)
    if not head:
        return None
    # the whole head, its own modifiers included: "sumber yang tidak disebutkan namanya" is
    # an unnamed source as written
    mention = parse_speaker_phrase(head, index, rules)
    if mention is not None and mention.kind == "role":
        # "kritik dari Gabriel Rufian, anggota parlemen Catalan, yang menuduh …": the role is
        # the apposition of the name before it, and the named person speaks
        return person_apposed_to(head[0].index, state.sentence.start, index, rules) or mention
    if mention is None or mention.kind != "name":
        return _head_before_postmodifier(state, head[0].index) or mention
    return mention


def _restrictive_relative_head(state: ScanState, position: int, read: Mention) -> Mention | None:
    """The head of a restrictive relative clause with the verb ("informasi masyarakat yang
    melaporkan …", no comma before `yang`), when the speaker phrase read past `yang` found its
    speaker before a predicate of its own ("Pengungkapan berawal dari …"): that word is the
    subject of another clause, and the noun phrase `yang` describes (read back as
    relative_clause_subject reads it) is who reports, as written where it reads as no name or
    role ("kabar yang mengatakan …": the annotators name the report itself; cues.yml
    restrictive_relative_subject).
    A head right after the phrase's speaker ("Presiden AS Donald Trump yang mengatakan …") is
    the same reading and changes nothing."""
    index, rules = state.index, state.rules
    relative = _relative_pronoun_before(state, position)
    if relative is None or index.tokens[relative - 1].text == ",":
        return None
    head = _relative_head_tokens(state, relative)
    if not head or read.end > head[0].start or _after_a_postmodifier_opener(head[0].index, state):
        return None
    if not any(rules.is_active_verb(token.text) for token in index.tokens_in(read.end, head[0].start)):
        return None
    return parse_speaker_phrase(head, index, rules) or role_mention(head, index)


def _after_a_postmodifier_opener(first: int, state: ScanState) -> bool:
    """Whether the head read back to a preposition is a time or place phrase ("pidato
    kenegaraannya pada 15 Agustus lalu yang menyatakan …"): a postmodifier of the noun before
    it, which is nobody who reports."""
    return first > 0 and state.index.tokens[first - 1].text.lower() in state.rules.relative_postmodifier_openers


def _head_before_postmodifier(state: ScanState, opener: int) -> Mention | None:
    """The noun phrase a place or time phrase modifies, where the words after the preposition
    read as no person: "unggahan Presiden Turki Recep Erdogan di platform X sehari sebelumnya,
    yang menyebut …", "surat Gubernur Sumut pada 2009, yang menyatakan …": the post or the letter
    speaks for its writer (cues.yml relative_clause_subject `postmodifier_openers`)."""
    index, rules = state.index, state.rules
    if not _after_a_postmodifier_opener(opener, state):
        return None
    head = _relative_head_tokens(state, opener - 1)
    return parse_speaker_phrase(head, index, rules) if head else None


def _relative_head_tokens(state: ScanState, comma: int) -> list[Token]:
    """The noun phrase before the comma of a relative clause: back to a preposition, an
    active verb or punctuation ("mengutip | sumber yang tidak disebutkan namanya")."""
    tokens, rules = state.index.tokens, state.rules
    settings = rules.cues.relative_clause_subject
    first = comma
    while first > 0 and comma - first < settings.max_tokens:
        token = tokens[first - 1]
        if token.start < state.sentence.start or not token.text[:1].isalnum() \
                or token.text.lower() in rules.relative_head_openers or rules.is_active_verb(token.text):
            break
        first -= 1
    if first == comma or comma - first >= settings.max_tokens:
        return []
    return tokens[first:comma]


# a group role phrase ("Sejumlah warganet") or an organisation ("Organisasi Femen"): the
# plural pronoun's antecedents; a single person is none
GROUP_ANTECEDENT_KINDS = ("role", "organization")


def _group_pronoun_subject(state: ScanState, position: int) -> Mention | None:
    """A plural pronoun right before the verb ("Mereka menilai bahwa …", "Keduanya dengan
    kompak mengatakan …") speaks for the group or organisation that opens the previous
    sentence ("Sejumlah warganet mengkritik …", "Organisasi Femen menentang …"), as that
    phrase; no group there, no speaker."""
    index, rules = state.index, state.rules
    before = skip_adverbials(position - 1, index, rules)
    if before < 0 or index.tokens[before].text.lower() not in rules.group_pronouns \
            or state.previous_sentence is None:
        return None
    opening = _opening_subject(state.previous_sentence, index, rules)
    mention = parse_speaker_phrase(opening, index, rules) if opening else None
    return mention if mention is not None and mention.kind in GROUP_ANTECEDENT_KINDS else None


def _group_pronoun_antecedent(state: ScanState, position: int) -> tuple[Mention, str] | None:
    """A plural pronoun right before the verb whose previous sentence opens with no group:
    the group or organisation that is the subject of that sentence past its opening adverbials
    (cues.yml group_clause_subject), else the two people it names together (group_named_pair),
    with the id of the reading."""
    index, rules = state.index, state.rules
    before = skip_adverbials(position - 1, index, rules)
    if before < 0 or index.tokens[before].text.lower() not in rules.group_pronouns \
            or state.previous_sentence is None:
        return None
    settings = rules.cues
    pronoun = index.tokens[before]
    for earlier in _antecedent_sentences(state):
        found = _group_clause_subject(earlier, index, rules) or _group_passive_agent(earlier, index, rules)
        if found is not None:
            return found
        coordination = _person_coordination(earlier, index, rules)
        if coordination is not None and settings.group_coordination is not None:
            # "Taeil dan kuasa hukumnya memohon …. Mereka menyatakan …": the pronoun speaks as
            # the coordinated subject, as written
            return Mention(pronoun.start, pronoun.end, "role", coordination), settings.group_coordination.id
        pair = _named_pair(earlier, index, rules)
        if pair is not None:
            # the pronoun is the attributing phrase; it speaks as the pair, named as the article names them
            return Mention(pronoun.start, pronoun.end, "role", pair), settings.group_named_pair.id
    return None


def _antecedent_sentences(state: ScanState) -> list[Span]:
    """The sentences a plural pronoun may point back to, nearest first: the previous one, and
    further back (up to cues.yml group_clause_subject `max_sentences_back`) only past sentences
    that hold a plural pronoun themselves and so continue talking about the same group
    ("Sebanyak 262 pelaku musik menolak …. Di antara mereka ada …. …, mereka berpendapat …")."""
    document, rules = state.document, state.rules
    if state.previous_sentence is None:
        return []
    found = [state.previous_sentence]
    number = document.sentences_before(state.previous_sentence.start)
    while len(found) < rules.cues.group_clause_subject.max_sentences_back and number > 0 \
            and _holds_a_group_pronoun(found[-1], state.index, rules):
        number -= 1
        found.append(document.sentences[number])
    return found


def _holds_a_group_pronoun(sentence: Span, index: TextIndex, rules: RuleSet) -> bool:
    return any(token.text.lower() in rules.group_pronouns for token in index.tokens_in(sentence.start, sentence.end))


def _person_coordination(sentence: Span, index: TextIndex, rules: RuleSet) -> str | None:
    """The subject of a comma-closed stretch of the sentence (before its first predicate,
    `_stretch_subjects`; "Dikutip dari X, dalam pembelaannya, Taeil dan kuasa hukumnya memohon
    …") when it coordinates a person with others (cues.yml group_coordination `links`: "Taeil dan kuasa
    hukumnya", "Budi serta para pengacaranya"): a person and a group that speak together, named
    as the article writes them."""
    rule = rules.cues.group_coordination
    if rule is None:
        return None
    for subject, _ in _stretch_subjects(sentence, index, rules):
        words = [token.text.lower() for token in subject]
        links = [number for number, word in enumerate(words) if word in rule.links]
        if len(links) != 1 or links[0] in (0, len(words) - 1) or len(subject) > rule.max_tokens:
            continue
        if has_person(subject, index):
            return index.document.text[subject[0].start:subject[-1].end]
    return None


def _group_clause_subject(sentence: Span, index: TextIndex, rules: RuleSet) -> tuple[Mention, str] | None:
    """Each comma-closed stretch of the sentence in turn: the words before its first predicate
    (a me-/ber- verb, a reporting verb, a subject adverb such as `pun`, an auxiliary or
    negation), read as a speaker phrase; the first that reads as one decides: a group or an
    organisation speaks, a person does not. A relative clause is the subject's modifier, not a
    stretch of its own ("Kelompok Tani, yang didukung desa, telah …", "maskapai nasional yang
    tergabung dalam asosiasi kompak menaikkan …"): the subject is its head, before the relative
    marker. A head of lowercase common nouns that names no speaker elsewhere ("massa", "maskapai
    penerbangan nasional") is the group here: the plural pronoun says it is one (cues.yml
    group_noun_antecedent). Returns the mention and the id of the reading."""
    for subject, set_off in _stretch_subjects(sentence, index, rules):
        found = _group_reading(subject, index, rules)
        if found is not None and found[0] is not None and set_off and rules.cues.group_set_off_subject is not None:
            return found[0], rules.cues.group_set_off_subject.id  # the set-off subject is the decision
        if found is not None:
            return None if found[0] is None else (found[0], found[1])
    return None


def _group_reading(subject: list[Token], index: TextIndex, rules: RuleSet) -> tuple[Mention | None, str] | None:
    """How a stretch's subject reads as a plural pronoun's antecedent: an organisation or a group
    role phrase, a quantified group, a short group of lowercase nouns, each with its rule id;
    (None, id) for a phrase that names a person (no group: the search stops), None for a phrase
    that reads as no speaker at all (the next stretch is read)."""
    mention = parse_speaker_phrase(subject, index, rules)
    if mention is not None and mention.kind in GROUP_ANTECEDENT_KINDS:
        return mention, rules.cues.group_clause_subject.id
    # a quantity opening the sentence reads as a capitalised name ("Ratusan sopir truk")
    quantified = _quantified_group(subject, index, rules)
    if quantified is not None:
        return quantified
    if mention is not None:
        return None, rules.cues.group_clause_subject.id
    noun_group = _group_noun_antecedent(subject, index, rules)
    return (noun_group, rules.cues.group_noun_antecedent.id) if noun_group is not None else None


def _quantity_words(subject: list[Token], rules: RuleSet) -> int:
    """How many words open the phrase as its quantity (cues.yml group_quantified_antecedent):
    digits ("262"), number words ("Tiga"), quantifiers ("Sejumlah") and collective or
    approximating words ("Sekelompok", "Sekitar seratusan")."""
    settings, group = rules.cues.group_quantified_antecedent, rules.cues.group_subject
    assert settings is not None
    quantifiers = set(settings.quantities) | set(group.quantifiers if group is not None else ())
    count = 0
    for token in subject:
        lower = token.text.lower()
        if not (token.text[:1].isdigit() or lower in rules.number_words or lower in quantifiers):
            break
        count += 1
    return count


def _quantified_group(subject: list[Token], index: TextIndex, rules: RuleSet) -> tuple[Mention, str] | None:
    """A quantity then a short phrase of lowercase common nouns ("Ratusan sopir truk", "Sekitar
    seratusan pencari suaka", cues.yml group_quantified_antecedent): a quantity of people is a
    group that speaks by the whole phrase, as written. Returns the mention and the rule's id."""
    settings = rules.cues.group_quantified_antecedent
    if settings is None:
        return None
    count = _quantity_words(subject, rules)
    nouns = subject[count:]
    if count == 0 or not nouns or len(nouns) > settings.max_words \
            or not all(_group_noun(token, index, rules) for token in nouns):
        return None
    return role_mention(subject, index), settings.id


def _group_passive_agent(sentence: Span, index: TextIndex, rules: RuleSet) -> tuple[Mention, str] | None:
    """The agent of the sentence's first passive of saying ("usulan itu disampaikan sejumlah
    pabrikan …", "dikonfirmasi oleh para eksekutif dari …", cues.yml group_passive_agent):
    after its agent marker within `max_marker_gap` words, else right after the verb, up to the
    first comma, phrase stop or verb. An organisation or a group role phrase speaks, or a
    quantified group; a person is no group, and a phrase that reads as none gives no speaker.
    An agent coordinated with another ("disampaikan A dan B") is no single group: the pair
    readers after this one decide."""
    settings = rules.cues.group_passive_agent
    if settings is None:
        return None
    tokens = index.tokens
    inside = index.tokens_in(sentence.start, sentence.end)
    verb = next((token.index for token in inside if token.text.lower() in rules.backward_words
                 and token.text.lower() not in settings.not_verbs and rules.is_passive_verb(token.text)), None)
    if verb is None:
        return None
    agent = _agent_tokens(tokens, verb + 1, sentence, rules, settings.max_marker_gap, settings.max_tokens)
    after = agent[-1].index + 1 if agent else None
    if after is None or (after < len(tokens) and tokens[after].text.lower() in rules.cues.group_named_pair.links):
        return None  # "disampaikan A dan B": the coordination is the group, read as a pair or not at all
    mention = parse_speaker_phrase(agent, index, rules)
    if mention is not None and mention.kind in GROUP_ANTECEDENT_KINDS:
        return mention, settings.id
    quantified = _quantified_group(agent, index, rules)
    return (quantified[0], settings.id) if quantified is not None else None


def _agent_tokens(tokens: list[Token], first: int, sentence: Span, rules: RuleSet, gap: int,
                  most: int) -> list[Token]:
    """The words of a passive's agent from `first`: past an agent marker (`oleh`) found
    within `gap` words, up to the first comma, stop, phrase stop or verb, at most `most`."""
    for ahead in range(first, min(first + gap + 1, len(tokens))):
        if tokens[ahead].start >= sentence.end or tokens[ahead].text in PUNCTUATION_STOPS \
                or tokens[ahead].text == ",":
            break
        if tokens[ahead].text.lower() in rules.backward_agent_markers:
            first = ahead + 1
            break
    agent: list[Token] = []
    for token in tokens[first:first + most + 1]:
        lower = token.text.lower()
        if token.start >= sentence.end or token.text in PUNCTUATION_STOPS or token.text == "," \
                or lower in rules.phrase_stops or lower in rules.relative_markers or _opens_a_predicate(token, rules) \
                or rules.is_passive_verb(token.text):
            break
        agent.append(token)
    return agent if 0 < len(agent) <= most else []


def _stretch_subjects(sentence: Span, index: TextIndex, rules: RuleSet) -> Iterator[tuple[list[Token], bool]]:
    """The subject of each comma-closed stretch of the sentence in turn (cues.yml
    group_clause_subject `max_tokens` from its start): the words before the stretch's first
    predicate, when there are some and not too many. A relative clause is the subject's
    modifier, not a stretch of its own: the subject is its head, before the relative marker.
    Each comes with whether it was set off from its predicate by an adjunct (`_set_off_subjects`)."""
    tokens = index.tokens
    first = index.token_at(sentence.start)
    last = min(first + rules.cues.group_clause_subject.max_tokens, len(tokens))
    start, closed, relative = first, False, False
    unclosed: list[list[Token]] = []  # stretches closed by a comma before any predicate
    for position in range(first, last):
        token = tokens[position]
        if token.text == ",":
            if relative:
                relative = False  # the comma that closes a relative clause: the subject goes on
            elif _opens_a_relative_clause(tokens, position + 1, rules) and position > start:
                relative = True
            else:
                if not closed and position > start:
                    unclosed.append(tokens[start:position])
                start, closed = position + 1, False
            continue
        if token.start >= sentence.end or token.text in PUNCTUATION_STOPS:
            return
        if relative or closed or not _opens_a_predicate(token, rules):
            continue
        closed = True  # the rest of this stretch is its predicate's
        if position == start and rules.cues.group_set_off_subject is not None:
            # "Pemerintah Hong Kong, seperti dilansir …, kemudian mengutuk …": a predicate right
            # after a comma has its subject in a stretch before, set off by an adjunct
            yield from ((subject, True) for subject in _set_off_subjects(unclosed, first, index, rules))
            continue
        subject = _head_before_relative_clause(tokens[start:position], rules)
        if subject and len(subject) <= MAX_OPENING_SUBJECT_TOKENS:
            yield subject, False


def _set_off_subjects(unclosed: list[list[Token]], sentence_first: int, index: TextIndex,
                      rules: RuleSet) -> Iterator[list[Token]]:
    """The subject of a predicate right after a comma (cues.yml group_set_off_subject): the
    sentence's first stretch, without its relative clause, when it had no predicate of its own
    and the stretches after it are adjuncts set off by commas. A stretch an adjunct word opens
    ("Pada April lalu", "Seperti dilansir …") or that holds a verb is no subject; a first stretch
    inside a sentence (a quotation's clauses: "…, hak orang lain, juga …") is never read."""
    if not unclosed or unclosed[0][0].index != sentence_first:
        return
    subject = _head_before_relative_clause(unclosed[0], rules)
    if subject and len(subject) <= MAX_OPENING_SUBJECT_TOKENS \
            and not _is_adjunct_opener(subject, index.document.text, rules) \
            and not any(rules.is_passive_verb(token.text) or rules.is_active_verb(token.text) for token in subject):
        yield subject


def _opens_a_relative_clause(tokens: list[Token], position: int, rules: RuleSet) -> bool:
    """A relative marker (`yang`) at this token: what follows modifies the noun before it."""
    return position < len(tokens) and tokens[position].text.lower() in rules.relative_markers


def _head_before_relative_clause(subject: list[Token], rules: RuleSet) -> list[Token]:
    """The subject without its relative clause: the words before the first relative marker or
    the comma that opens one; the whole phrase when it has none, or when it opens with one."""
    for cut, token in enumerate(subject):
        if cut > 0 and (token.text.lower() in rules.relative_markers
                        or (token.text == "," and _opens_a_relative_clause(subject, cut + 1, rules))):
            return subject[:cut]
    return subject


def _group_noun_antecedent(subject: list[Token], index: TextIndex, rules: RuleSet) -> Mention | None:
    """A short phrase of lowercase common nouns (`_group_noun`, at most cues.yml
    group_noun_antecedent max_words) as a plural pronoun's antecedent: a group that speaks by
    its role phrase, as written (guidelines: unnamed groups speak by their role phrase)."""
    if len(subject) > rules.cues.group_noun_antecedent.max_words \
            or not all(_group_noun(token, index, rules) for token in subject):
        return None
    return role_mention(subject, index)


def _opens_a_predicate(token: Token, rules: RuleSet) -> bool:
    """A word that ends a subject: a reporting or me-/ber- verb, a subject adverb (`pun`,
    `juga`), or a lowercase auxiliary, negation or copula."""
    lower = token.text.lower()
    return lower in rules.reporting_verbs or rules.is_active_verb(token.text) or lower in rules.subject_adverbs \
        or (token.text == lower and lower in rules.predicate_words)


# a title and name the tagger read as an organisation ("Duta Besar Swiss Bernardino Regazzoni")
# may stand beside a person in a pair; two organisations are no pair of people
PAIR_LABELS = ("PER", "ORG")


def _named_pair(sentence: Span, index: TextIndex, rules: RuleSet) -> str | None:
    """The last two people the sentence names together: two names joined by a link (`dan`)
    with only capitalised words (their titles) between, one of them a person: the two names
    ("Andi Wijaya dan Budi Santoso")."""
    named = sorted({entity for entity in index.document.entities
                    if entity.label in PAIR_LABELS and sentence.start <= entity.start and entity.end <= sentence.end},
                   key=lambda entity: entity.start)
    links = rules.cues.group_named_pair.links
    text = index.document.text
    for left, right in reversed(list(zip(named, named[1:], strict=False))):
        if "PER" not in (left.label, right.label):
            continue
        between = text[left.end:right.start].split()
        joining = [word for word in between if word.lower() in links]
        if len(joining) == 1 and all(word in joining or word[:1].isupper() for word in between):
            return " ".join((text[left.start:left.end], joining[0], text[right.start:right.end]))
    return None


MAX_OPENING_SUBJECT_TOKENS = 8


def _opening_subject(sentence: Span, index: TextIndex, rules: RuleSet) -> list[Token]:
    """The words that open a sentence up to its first predicate (a me-/ber- verb or a reporting
    verb): its subject phrase, if the sentence opens with one."""
    tokens = index.tokens
    first = index.token_at(sentence.start)
    for position in range(first, min(first + MAX_OPENING_SUBJECT_TOKENS + 1, len(tokens))):
        token = tokens[position]
        lower = token.text.lower()
        if token.start >= sentence.end or token.text in PUNCTUATION_STOPS or token.text == ",":
            return []
        if lower in rules.reporting_verbs or rules.is_active_verb(token.text):
            return _without_relative_pronoun(tokens[first:position], rules)
    return []


def _without_relative_pronoun(subject: list[Token], rules: RuleSet) -> list[Token]:
    """A subject read up to the first verb that ends in a relative pronoun ("Sejumlah warga
    yang melintasi …": the verb is the relative clause's) is the head before it ("Sejumlah
    warga"), which speaks for the whole phrase."""
    if len(subject) > 1 and subject[-1].text.lower() in rules.relative_pronouns:
        return subject[:-1]
    return subject


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
        if any(character.isdigit() for character in token.text) or (ahead > first and token.text in rules.number_words):
            # "inflasi Mei 2,5 persen", "korban sebanyak tujuh orang"; a figure word opening the
            # object counts the object itself ("mencatat tiga kemenangan"), no claim
            return tokens[first].start
    return None


def _insisted_act_follows(index: TextIndex, position: int, rules: RuleSet) -> bool:
    """An active me-/ber- verb right after a verb of insisting (cues.yml clause_objects
    `acts_after`): the act insisted on ("bersikeras menolak rumahnya diserahkan"), not the
    subject of a reported clause. A pronoun or a role written like a verb (`mereka`, `menteri`)
    may open a subject."""
    following = position + 1
    if index.tokens[position].text.lower() not in rules.cues.clause_objects.acts_after \
            or following >= len(index.tokens):
        return False
    word = index.tokens[following].text
    lower = word.lower()
    return rules.is_active_verb(word) and lower not in rules.pronouns and lower not in rules.group_pronouns \
        and not rules.is_title_or_role(word)


def _clause_object_start(index: TextIndex, position: int, sentence: Span, rules: RuleSet) -> int | None:
    """The object of a marked verb as its reported clause when it is one: a subject, then a
    predicate (an auxiliary, a me-/ber- verb that is no preposition, or a di- passive: "Milfan
    memaparkan perusahaan itu selama ini dikenal sebagai …") soon after the verb, before any
    punctuation or relative clause ("BRIN mengungkap air hujan di Jakarta mengandung …"; not
    "mengungkap kasus yang melibatkan …"). An existential verb after the subject is a predicate
    too ("mengungkap peristiwa itu terjadi saat …"), and an adverbial clause ends the search."""
    tokens = index.tokens
    first = position + 1
    if not _may_open_an_object(tokens, first, sentence, rules):
        return None
    for ahead in _object_positions(tokens, first, sentence, rules):
        if _object_predicate(tokens, ahead, sentence, rules):
            return tokens[first].start
    return None


def _clause_object_past_relative(index: TextIndex, position: int, sentence: Span, rules: RuleSet) -> int | None:
    """The object of a clause-object verb as its reported clause when its subject carries a
    relative clause and the object's own predicate follows it (cues.yml clause_objects
    past_relative): "mencatat total kerugian yang dilaporkan korban mencapai Rp 2,6 triliun",
    "memaparkan semua perkara yang digugat buruh telah masuk sidang". The relative clause's
    predicate is the first predicate after `yang` (an auxiliary and its verb, a run of
    predicates); only a predicate after a word that is none (its object or agent) is the
    object's. `mengungkap kasus yang melibatkan pejabat daerah` has none and stays a noun
    phrase; a second `yang` opens another relative clause; a verb right after a preposition
    (speakers.yml oblique_prepositions: `untuk`, `dengan`) heads an adjunct, no predicate of
    the object; the walk ends as the clause-object reader's does (punctuation, a subordinator)
    or past `max_words_past_relative` words."""
    settings = rules.cues.clause_objects.past_relative
    assert settings is not None
    tokens = index.tokens
    first = position + 1
    if not _may_open_an_object(tokens, first, sentence, rules):
        return None
    marker = next((ahead + 1 for ahead in _object_positions(tokens, first, sentence, rules)
                   if ahead + 1 < len(tokens) and tokens[ahead + 1].text.lower() in rules.relative_markers), None)
    if marker is None or tokens[marker].start >= sentence.end:
        return None
    state = "waiting"  # for the relative clause's predicate; then "inside" its run, then "after" it
    for ahead in range(marker + 1, min(marker + 1 + settings.max_words_past_relative, len(tokens))):
        token = tokens[ahead]
        lower = token.text.lower()
        if token.start >= sentence.end or not token.text[:1].isalnum() \
                or _opens_an_adverbial_clause(tokens, ahead, rules):
            return None
        if lower in rules.relative_markers:
            state = "waiting"
            continue
        predicate = _object_predicate(tokens, ahead, sentence, rules) or (
            state == "waiting" and _relative_clause_verb(token.text, rules))
        if state == "after" and predicate and tokens[ahead - 1].text.lower() not in rules.oblique_prepositions:
            return tokens[first].start  # not "… yang produknya digunakan untuk mendukung …": a purpose
        if predicate:
            state = "inside"
        elif state == "inside":
            state = "after"
    return None


def _relative_clause_verb(word: str, rules: RuleSet) -> bool:
    """A verb right after `yang`, which the object reader's tests pass over after a phrase stop:
    a di- passive or a ter- word ("yang dilaporkan korban", "yang terdampak"; cues.yml
    false_quotes noun_object relative_predicate_prefixes)."""
    return rules.is_passive_verb(word) or (word.islower() and word.startswith(rules.object_relative_predicate_prefixes))


def _object_predicate(tokens: list[Token], position: int, sentence: Span, rules: RuleSet) -> bool:
    """A predicate of an object clause, by the clause-object reader's tests: an auxiliary, an
    existential word, a di- passive, a me-/ber- verb that is no preposition, a degree word
    before an adjective."""
    token = tokens[position]
    lower = token.text.lower()
    return lower in rules.clause_object_auxiliaries or lower in rules.existential_words \
        or _passive_predicate(tokens, position, rules) \
        or (rules.is_active_verb(token.text) and lower not in rules.clause_object_not_predicates) \
        or _degree_before_adjective(tokens, position, sentence, rules)


def _object_positions(tokens: list[Token], first: int, sentence: Span, rules: RuleSet,
                      stops: frozenset[str] = frozenset()) -> Iterator[int]:
    """The positions of a verb's object words after its first, up to cues.yml clause_objects
    `max_words_to_predicate`, passing over the second half of a word the tokenizer split at its
    hyphen ("periode Januari-Maret"); they end at the sentence end, punctuation, a relative
    clause, an adverbial clause or a word of `stops`. The clause and stance object readers walk
    the same words and look for different predicates."""
    last = min(first + rules.cues.clause_objects.max_words_to_predicate + 1, len(tokens))
    for ahead in range(first + 1, last):
        token = tokens[ahead]
        if _joins_two_words(tokens, ahead):
            continue
        lower = token.text.lower()
        if token.start >= sentence.end or not token.text[:1].isalnum() or lower in rules.relative_markers \
                or _opens_an_adverbial_clause(tokens, ahead, rules) or lower in stops:
            return
        yield ahead


def _may_open_an_object(tokens: list[Token], first: int, sentence: Span, rules: RuleSet) -> bool:
    """The word right after a verb can open its object as a clause: a word of the sentence, not
    punctuation, a phrase stop (a preposition) or a cues.yml clause_objects `not_openers` word. The
    object readers (clause, adjective and stance objects) share this test."""
    if first >= len(tokens) or tokens[first].start >= sentence.end:
        return False
    opener = tokens[first].text.lower()
    return opener[:1].isalnum() and opener not in rules.phrase_stops and opener not in rules.clause_object_not_openers


def _opens_an_adverbial_clause(tokens: list[Token], position: int, rules: RuleSet) -> bool:
    """A subordinator (cues.yml false_quotes noun_object adjunct_clause_openers) not followed by a
    time word, a demonstrative or a figure: what follows is an adverbial clause's, whose predicate
    makes no clause of the object ("membocorkan dokumen rahasia setelah melaporkan …"; not
    "mencatat kunjungan saat ini mencapai …")."""
    if tokens[position].text.lower() not in rules.object_adjunct_clause_openers:
        return False
    following = tokens[position + 1].text.lower() if position + 1 < len(tokens) else ""
    return not rules.opens_time_phrase(following)


def _adjective_object_start(index: TextIndex, position: int, sentence: Span, rules: RuleSet) -> int | None:
    """The object of a marked verb as its reported clause when an unprefixed adjective
    (cues.yml adjective_predicates, written in lowercase) follows a subject of a few words
    before any punctuation or relative clause ("MER-C mengungkap kondisi RS itu rusak parah")."""
    tokens = index.tokens
    first = position + 1
    if not _may_open_an_object(tokens, first, sentence, rules):
        return None
    last = min(first + rules.cues.clause_objects.max_words_to_predicate + 1, len(tokens))
    for ahead in range(first + rules.adjective_min_subject_words, last):
        token = tokens[ahead]
        if token.start >= sentence.end or not token.text[:1].isalnum() or token.text.lower() in rules.relative_markers:
            return None
        if token.text in rules.adjective_predicates:
            return tokens[first].start
    return None


def _stance_object_start(index: TextIndex, position: int, sentence: Span, rules: RuleSet) -> int | None:
    """The object of a verb of viewing (cues.yml stance_objects: `melihat`) as the reported
    judgement when the first predicate after its subject is a word of stance: an auxiliary or
    negation, a degree word before an adjective, or an adjective predicate ("melihat prospek
    kredit masih cukup bagus"). A prefixed verb first is what was seen happen ("melihat api
    besar membakar …"): no report, and neither is a relative clause, a manner adverbial
    (speakers.yml manner_markers) or punctuation first."""
    tokens = index.tokens
    first = position + 1
    if not _may_open_an_object(tokens, first, sentence, rules) \
            or tokens[first].text.lower() in rules.clause_object_auxiliaries:
        return None
    # a manner adverbial ends it too ("melihat Budi secara tidak sengaja …" tells how one saw)
    for ahead in _object_positions(tokens, first, sentence, rules, rules.manner_markers):
        token = tokens[ahead]
        lower = token.text.lower()
        if (token.text == lower and lower in rules.clause_object_auxiliaries) \
                or _degree_before_adjective(tokens, ahead, sentence, rules) \
                or (token.text in rules.adjective_predicates and ahead - first >= rules.adjective_min_subject_words):
            return tokens[first].start
        if rules.is_active_verb(token.text) or rules.is_passive_verb(token.text):
            return None
    return None


HYPHENS = frozenset("-‐–")


def _joins_two_words(tokens: list[Token], position: int) -> bool:
    """A hyphen written with no space on either side between two words or figures ("Januari-Maret",
    "2020-2021") joins them into one word; it ends nothing."""
    if tokens[position].text not in HYPHENS or position == 0 or position + 1 >= len(tokens):
        return False
    before, after = tokens[position - 1], tokens[position + 1]
    return before.end == tokens[position].start and tokens[position].end == after.start \
        and before.text[-1:].isalnum() and after.text[:1].isalnum()


def _degree_before_adjective(tokens: list[Token], position: int, sentence: Span, rules: RuleSet) -> bool:
    """A degree word after the object's subject and before a lowercase word ("kondisi rumah
    sakit itu sangat parah", "level pemain itu nyaris sama …"): an adjective predicate, which
    has no prefix to mark it (cues.yml clause_objects degree_words)."""
    if tokens[position].text not in rules.clause_object_degree_words or position + 1 >= len(tokens):
        return False
    following = tokens[position + 1]
    return following.start < sentence.end and following.text.isalpha() and following.text.islower()


def _passive_predicate(tokens: list[Token], position: int, rules: RuleSet) -> bool:
    """A di- passive as the object clause's predicate, unless an adjunct opener stands right
    before it ("membenarkan kejadian tersebut saat dihubungi wartawan": the passive is the
    adjunct's, speakers.yml phrase_stops)."""
    return rules.is_passive_verb(tokens[position].text) and tokens[position - 1].text.lower() not in rules.phrase_stops


def _subjectless_clause_start(index: TextIndex, position: int, sentence: Span, rules: RuleSet) -> int | None:
    """The object of a marked verb as its reported clause when it opens with an auxiliary of
    time or intent right before a lowercase me-/ber- verb (cues.yml clause_objects
    subjectless_openers): a clause whose subject, elided, is the speaker ("Pramono menyinggung
    akan melakukan normalisasi sungai", "KPK melaporkan telah menahan …"). Not before a
    preposition-like verb or a -nya nominalisation ("menyoroti telah menurunnya …")."""
    tokens = index.tokens
    first = position + 1
    if first + 1 >= len(tokens) or tokens[first + 1].start >= sentence.end \
            or tokens[first].text.lower() not in rules.subjectless_openers:
        return None
    verb = tokens[first + 1].text
    if not rules.is_active_verb(verb) or verb in rules.clause_object_not_predicates or rules.has_clitic(verb):
        return None
    return tokens[first].start


def _time_adverbial_end(index: TextIndex, first: int, sentence: Span, rules: RuleSet) -> int | None:
    """The last token of a time adverbial (cues.yml clause_objects time_adverbials, longest
    first) that opens at token `first`, if one does."""
    tokens = index.tokens
    for phrase in rules.object_time_adverbials:
        last = first + len(phrase) - 1
        if last < len(tokens) and tokens[last].start < sentence.end \
                and tuple(token.text.lower() for token in tokens[first:last + 1]) == phrase:
            return last
    return None


def _time_adverbial_clause_start(index: TextIndex, position: int, sentence: Span, rules: RuleSet) -> int | None:
    """The object of a marked verb as its reported clause when a time adverbial opens it and a
    clause follows (an existential predicate, a subject and its predicate, or an auxiliary and
    a verb with the speaker as elided subject): "membenarkan tadi pagi ada beberapa penerbangan
    …", "memaparkan saat ini istilah itu tidak hanya …". A noun object takes no time adverbial
    before it, so the adverbial is the clause's own and starts the span (guidelines: an
    adverbial that belongs to the content stays inside). Not before a noun alone ("melihat tadi
    peragaan yang luar biasa")."""
    last = _time_adverbial_end(index, position + 1, sentence, rules)
    if last is None or last + 1 >= len(index.tokens) or index.tokens[last + 1].start >= sentence.end:
        return None
    if opens_existential_clause(index, last + 1, sentence, rules) \
            or _clause_object_start(index, last, sentence, rules) is not None \
            or _adjective_object_start(index, last, sentence, rules) is not None \
            or _subjectless_clause_start(index, last, sentence, rules) is not None:
        return index.tokens[position + 1].start
    return None


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
        if token.text.lower() == cues.complementizer or _light_complementizer(state, position, look):
            return look
    return None


def _light_complementizer(state: ScanState, position: int, look: int) -> bool:
    """ "memberikan pernyataan jika dirinya …": jika/kalau right after a noun cue that is a
    light verb's object opens the reported clause, as after "mengatakan"; a verb right after
    it opens a condition ("memberikan keterangan jika dipanggil")."""
    tokens, rules = state.index.tokens, state.rules
    if look != position + 1 or position == 0 or tokens[look].text.lower() not in rules.noun_cue_light_complementizers \
            or tokens[position - 1].text.lower() not in rules.noun_cue_light_verbs or look + 1 >= len(tokens):
        return False
    after = tokens[look + 1].text
    return not (rules.is_active_verb(after) or rules.is_passive_verb(after))


def _is_noun_cue_word(lower: str, rules: RuleSet) -> bool:
    return _noun_stem(lower, rules) is not None


def _is_noun_cue(state: ScanState, position: int, lower: str) -> bool:
    return _is_noun_cue_word(lower, state.rules) and _noun_complementizer(state, position) is not None \
        and state.previous_text(position).lower() not in state.rules.reporting_verbs \
        and _light_verb_object_if_needed(state, position, lower)


def _light_verb_object_if_needed(state: ScanState, position: int, lower: str) -> bool:
    """A noun of cues.yml noun_cues `light_verb_words` is a cue only right after a light verb
    ("Budi memberikan catatan bahwa …", "menebarkan isu kalau …"); the others anywhere."""
    rules = state.rules
    return _noun_stem(lower, rules) not in rules.noun_cue_light_verb_words \
        or state.previous_text(position).lower() in rules.noun_cue_light_verbs


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
        mention = mention or state.last_mention or sentence_subject(state.sentence, position, index, rules) \
            or _opening_subject_phrase(state, position)
    if mention is None:
        return None
    return Hit(cue=Span(token.start, token.end), lemma=_noun_stem(lower, rules) or lower, rule=rules.cues.noun_cues.id,
               kind="verb", mention=mention, segment_start=token.start,
               content_start=tokens[complementizer + 1].start)


def _opening_subject_phrase(state: ScanState, position: int) -> Mention | None:
    """The speaker phrase that opens the noun's sentence before its predicate, when the sentence
    opens with no person's name ("Pakar Italia tersebut telah menghadapi kritik atas tuduhan lama
    bahwa …": an epithet, resolved by coreference; "Kelompok itu …": a group), past an opening
    adjunct closed by a comma."""
    first = state.index.token_at(state.sentence.start)
    if first >= position:
        return None
    return _main_clause_subject(state, first) or _subject_past_opening_adjunct(state, first, position)


def _subject_past_opening_adjunct(state: ScanState, first: int, position: int) -> Mention | None:
    """ "Dalam pernyataannya, Putri juga memberikan penegasan bahwa …": a sentence opened by an
    adjunct (speakers.yml subject_adjunct_openers) closed by a comma has its subject after the
    comma, before the noun cue's light verb."""
    tokens = state.index.tokens
    if tokens[first].text.lower() not in state.rules.subject_adjunct_openers:
        return None
    comma = next((look for look in range(first + 1, position) if tokens[look].text == ","), None)
    return _main_clause_subject(state, comma + 1) if comma is not None and comma + 1 < position else None


REPORTING_VERB = CueKind("reporting_verb", _is_reporting_verb, _read_reporting_verb,
                         word_gate=_is_reporting_verb_word)
NOUN_CUE = CueKind("noun_cue", _is_noun_cue, _read_noun_cue, word_gate=_is_noun_cue_word)
