"""Who a clitic, pronoun, role noun or continuation quote refers to: the rules the speaker
slot's generators (service/extraction/speakers.py, stage 5) are made of.

Indonesian news convention (also the PFSA-ID derivation rule): a clitic cue (katanya) or
a pronoun (ia, dia, beliau) refers to the person mentioned last before it; a role noun
phrase (pejabat Rusia itu) refers to the person that role was attached to earlier, or to an
organisation named by that role that spoke earlier ("Jaksa Penuntut Umum (JPU) menyebut …
kata jaksa"); an unattributed quote right after another one continues its speaker.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from service.extraction.aliases import names_an_organisation
from service.extraction.document import (
    Document,
    Mention,
    Quote,
    Span,
    Token,
    covers_any,
    sorted_reach,
)
from service.extraction.mentions import TextIndex, follows_tag, glued_hyphen, name_from_tokens
from service.extraction.names import same_person
from service.extraction.rules import RuleSet
from service.extraction.salience import FocusGroup, FocusMention, Salience

ROLE_CONTEXT_TOKENS = 7
# speaker phrases that may hold a name among other words ("salah satu siswa, Kashaf Zahra")
PHRASES_NAMING_SPEAKERS = frozenset({"name", "role"})

# focus rules: why a mention weighs as a subject or a speaker where the older rules did not
# (recorded on the mention and in the antecedent candidates' signals; rows in rules/README.md)
FOCUS_ACTIVE_SUBJECT = "focus.active_subject"
FOCUS_NAMED_IN_SPEAKER_PHRASE = "focus.named_in_speaker_phrase"
FOCUS_RESOLVED_SPEAKER = "focus.resolved_speaker"
FOCUS_PERSON_READ_AS_ORGANISATION = "focus.person_read_as_organisation"
FOCUS_SUBJECT_PRONOUN = "focus.subject_pronoun"
FOCUS_SUBJECT_OVER_PASSING_MENTION = "focus.subject_over_passing_mention"
FOCUS_NEW_SUBJECT = "focus.new_subject"
FOCUS_SUBJECT_JUST_BEFORE = "focus.subject_just_before"
FOCUS_QUOTED_SPEAKER_HOLDS = "focus.quoted_speaker_holds"
FOCUS_PASSIVE_REPORT_AGENT = "focus.passive_report_agent"
FOCUS_SHORT_NAME = "focus.short_name_written_alone"
FOCUS_RULE_IDS = (FOCUS_ACTIVE_SUBJECT, FOCUS_NAMED_IN_SPEAKER_PHRASE, FOCUS_RESOLVED_SPEAKER,
                  FOCUS_PERSON_READ_AS_ORGANISATION, FOCUS_SUBJECT_PRONOUN, FOCUS_SUBJECT_OVER_PASSING_MENTION,
                  FOCUS_NEW_SUBJECT, FOCUS_QUOTED_SPEAKER_HOLDS, FOCUS_PASSIVE_REPORT_AGENT,
                  FOCUS_SHORT_NAME, FOCUS_SUBJECT_JUST_BEFORE)
CARRY_MAX_GAP_CHARS = 600
FOCUS_SENTENCES = 4
SPEECH_OBJECT_TOKENS = 2  # "melontarkan kritik", "memberikan beberapa masukan": the verb's object head


def subject_over_passing_mention(groups: list[FocusGroup], salience: Salience, point: int) -> list[FocusGroup]:
    """The people in focus for a clitic or pronoun at `point`, most salient first, except that
    a person only ever named in passing there (never a subject nor a quote's speaker: "tujuan
    tambahan bagi Presiden Joko Widodo", "Dua pemain itu adalah Ozil dan Sanchez") yields to the
    most salient person who was a subject or speaker within FOCUS_SENTENCES sentences: recency
    and repetition make a passing name salient, but news continues its subject or speaker
    (focus.subject_over_passing_mention). The group moved up records the rule."""
    if not groups or groups[0].prominent:
        return groups
    promoted = next((group for group in groups[1:] if group.prominent
                     and salience.sentences_between(group.latest.end, point) <= FOCUS_SENTENCES), None)
    if promoted is None:
        return groups
    promoted.focus_rules |= {FOCUS_SUBJECT_OVER_PASSING_MENTION}
    return [promoted] + [group for group in groups if group is not promoted]


def new_subject_over_earlier_focus(groups: list[FocusGroup], salience: Salience, point: int,
                                   document: Document) -> list[FocusGroup]:
    """The people in focus for a clitic or pronoun at `point`, except that a person first named
    in the article after the last mention of the first one, whose latest mention opens its
    sentence as its subject, within FOCUS_SENTENCES sentences, goes first (focus.new_subject):
    news introduces a new source by role and name as the subject of a sentence ("Kepala Dinas …
    Prasetyo menyambut baik …") and the pronouns after it are theirs, however often the earlier
    speaker was named (a shift of the centre, Grosz, Joshi & Weinstein 1995), or that hands them the
    word anywhere in a sentence ("Dalam debat itu, pesaingnya Siti menegaskan …", "Hal senada
    dikatakan pasangan Ikhsan …": a reporting verb's subject or a passive report's agent). A name inside a
    clause ("Zulhas menyampaikan Presiden Prabowo menginginkan …") shifts nothing. The group
    moved up records the rule."""
    if len(groups) < 2:
        return groups
    focus_end = groups[0].latest.end
    newcomer = next((group for group in groups[1:] if group.latest.is_subject
                     and salience.first_mention_start(group.name) > focus_end
                     and salience.sentences_between(group.latest.end, point) <= FOCUS_SENTENCES
                     and (opens_its_sentence(group.latest, document) or group.latest.reports)), None)
    if newcomer is None:
        return groups
    newcomer.focus_rules |= {FOCUS_NEW_SUBJECT}
    return [newcomer] + [group for group in groups if group is not newcomer]


def subject_just_before(groups: list[FocusGroup], salience: Salience, point: int, index: TextIndex,
                        rules: RuleSet) -> list[FocusGroup]:
    """The people in focus for a clitic or pronoun at `point`, except that a source who spoke in
    the sentence just before it goes first over a person last named further back, however much
    weight that person gathered earlier (focus.subject_just_before): the subject, opening that
    sentence, of a reporting verb or of a verb whose object is an act of speech (speakers.yml
    speech_act_nouns), or the agent of a passive verb of saying ("“…,” kata Hayashi. Trump
    sebelumnya melontarkan kritik terhadap Jepang. “…,” tulisnya." -> Trump). Summed salience
    favours a source quoted often; the sentence before a quote is where news hands the word to
    the next one. The subject of any other action ("Abu mengalami luka") is what the source
    speaks about, and where the leader is named in that sentence too, salience decides. The group
    moved up records the rule."""
    if len(groups) < 2 or salience.sentences_between(groups[0].latest.end, point) <= 1:
        return groups
    source = next((group for group in groups[1:] if salience.sentences_between(group.latest.end, point) == 1
                   and _spoke_in_its_sentence(group.latest, index, rules)), None)
    if source is None:
        return groups
    source.focus_rules |= {FOCUS_SUBJECT_JUST_BEFORE}
    return [source] + [group for group in groups if group is not source]


def _spoke_in_its_sentence(mention: FocusMention, index: TextIndex, rules: RuleSet) -> bool:
    """A subject that opens its sentence and reports there or acts with an act of speech as
    its object, or a source handed the word anywhere in it (a reporting verb's subject, a
    passive report's agent)."""
    if not mention.is_subject or mention.oblique:
        return False
    if mention.reports:
        return True
    return opens_its_sentence(mention, index.document) and _object_is_speech(mention, index, rules)


def _object_is_speech(mention: FocusMention, index: TextIndex, rules: RuleSet) -> bool:
    """The mention's verb (past subject adverbs) is active and a speech_act_nouns word stands
    within SPEECH_OBJECT_TOKENS after it ("melontarkan kritik", "memberikan beberapa masukan")."""
    tokens = index.tokens_in(mention.start, mention.end)
    if not tokens:
        return False
    verb_and_before = _adverbs_then_word(tokens[-1].index, index, rules)
    if not verb_and_before or not _is_active_verb(verb_and_before[-1].text, rules):
        return False
    verb = verb_and_before[-1].index
    return any(token.text.lower() in rules.speech_act_nouns
               for token in index.tokens[verb + 1:verb + 1 + SPEECH_OBJECT_TOKENS])


def quoted_speaker_holds(groups: list[FocusGroup], salience: Salience, point: int,
                         previous: Quote | None) -> list[FocusGroup]:
    """The people in focus for a clitic or pronoun at `point`, except that the previous quote's
    speaker goes first over a person who never spoke before (no quote's speaker), who since that
    quote was neither the subject of a reporting verb, nor the subject of the sentence just before,
    nor a subject named again in full, and who is no new subject introduced since
    (focus.quoted_speaker_holds):
    a source's account names the people it is about as subjects of actions ("Akhirun
    memerintahkan stafnya …"), and the clitic after it is still the source's; a source is
    handed on by a reporting verb or a cue, not by an action. Within FOCUS_SENTENCES sentences
    of that speaker's latest mention. The group moved up records the rule."""
    if len(groups) < 2 or previous is None or not previous.speaker.name:
        return groups
    held = next((group for group in groups[1:] if salience.same_person(group.name, previous.speaker.name)), None)
    if held is None or salience.same_person(groups[0].name, previous.speaker.name) \
            or salience.sentences_between(held.latest.end, point) > FOCUS_SENTENCES:
        return groups
    leader = groups[0]
    since = [mention for mention in salience.candidates(point)
             if mention.start >= previous.end and salience.same_person(mention.name, leader.name)]
    if any(mention.is_speaker or mention.reports for mention in since):
        return groups  # the leader was handed the word since: "… Sugiono mengakui …"
    if any(mention.is_subject and salience.sentences_between(mention.end, point) == 1 for mention in since):
        return groups  # the subject of the sentence just before: "Maia langsung memberikan jawaban. Ia mengatakan …"
    if any(mention.is_subject and _reintroduces(mention) for mention in since):
        return groups  # a subject named again in full: "Sebelumnya, ekonom senior AS Arthur Laffer menyarankan …"
    if salience.spoke_before(leader.name, point):
        return groups  # two sources: who spoke last is no reason to pass over the other
    if salience.first_mention_start(leader.name) >= previous.end and any(mention.is_subject for mention in since):
        return groups  # a new subject introduced since: focus.new_subject's ground
    held.focus_rules |= {FOCUS_QUOTED_SPEAKER_HOLDS}
    return [held] + [group for group in groups if group is not held]


def _reintroduces(mention: FocusMention) -> bool:
    """A name written with its role words or in more than one word: news names a person again in
    full where it turns to them (a new segment), and by the short name where it goes on."""
    if FOCUS_SUBJECT_PRONOUN in mention.focus_rules:
        return False  # "Ia …" carries its antecedent's name, written by nobody
    return bool(mention.role_phrase) or len(mention.name.split()) > 1


def opens_its_sentence(mention: FocusMention, document: Document) -> bool:
    """A capitalised name with only its capitalised role words before it in its sentence, after
    an opening adverbial closed by a comma ("Sebagai informasi, Direktur Utama Bank Mandiri
    Kartika …"): the sentence's topic, not a name inside one of its clauses."""
    if not mention.name[:1].isupper():
        return False  # a lowercase "name" is a tagging error ("Peserta didik")
    before = document.text[document.sentence_of(mention.start).start:mention.start]
    if _capitalised_words(before):
        return True
    return "," in before and _capitalised_words(before.split(",", 1)[1])


def _capitalised_words(text: str) -> bool:
    words = [word.strip(PHRASE_PUNCTUATION) for word in text.split()]
    return all(not word or word[:1].isupper() or not word[:1].isalpha() for word in words)


PHRASE_PUNCTUATION = ",()\"“”'‘’"
AGENT_LOOKBACK_TOKENS = 2  # a passive verb of saying, then "oleh" or one descriptive noun
MAX_ADVERBIAL_TOKENS = 8  # "Selepas pertandingan, Lautaro …": a sentence-initial adverbial before the subject
MAX_CONNECTIVE_TOKENS = 2  # "Namun sebelumnya Budi …": connectives before the subject, no comma
WEB_ADDRESS = re.compile(r"[^\W\d_]\.[a-z]{2,}(?:\.[a-z]{2,})*$")  # a name ending "….com", "….co.id"
MAX_AGENT_PHRASE_TOKENS = 14  # an agent's office read back to its passive verb ("Kepala Biro … Jawa Timur, Lilik")
OFFICE_PHRASE_SYMBOLS = frozenset({",", "&"})  # and the rules' name_connectors: "Politik, Hukum, dan Keamanan"
MAX_SHORT_FORM_TOKENS = 2  # "(Menko)", "(Dirjen Pajak)": an office's bracketed short form


def person_mentions(document: Document, index: TextIndex, rules: RuleSet) -> list[FocusMention]:
    """PER entities and named speakers outside quotation marks, with the role words before them."""
    found: dict[tuple[int, int], FocusMention] = {}
    speaker_spans = {(q.speaker.mention.start, q.speaker.mention.end) for q in document.quotes
                     if q.speaker.mention is not None and q.speaker.mention.kind == "name"}
    # searched by `covers_any`: one binary search per name, not a scan of every quote's phrase
    phrase_starts, phrase_reach = sorted_reach(q.speaker.mention for q in document.quotes
                                               if q.speaker.mention is not None
                                               and q.speaker.mention.kind in PHRASES_NAMING_SPEAKERS)
    spans = [Span(e.start, e.end) for e in document.entities if e.label == "PER"]
    short_names = untagged_short_names(document, index, rules)
    spans += short_names
    spans += [Span(start, end) for start, end in speaker_spans]
    short_name_spans = {(span.start, span.end) for span in short_names}
    cited = _cited_only(document, spans, speaker_spans, rules)
    for span in spans:
        if document.in_quote_marks(span.start) or document.in_boilerplate(span.start):
            continue
        tokens = index.tokens_in(span.start, span.end)
        if not tokens:
            continue
        name = name_from_tokens(tokens, rules, index)
        if not name or names_an_organisation(name, document) or WEB_ADDRESS.search(name):
            continue  # "kepadaCNNIndonesia.com" tagged PER: an outlet's address is nobody in focus
        if document.text[span.start:span.end] in cited:
            continue  # "kata Bale dilansir Goal.com/en.": the outlet cited, not the next quote's speaker
        first = tokens[0].index
        context: set[str] = set()
        phrase: list[str] = []
        phrase_first = first
        sentence_start = document.sentence_of(tokens[0].start).start
        window = index.tokens[max(0, first - ROLE_CONTEXT_TOKENS):first]
        skip_to = len(index.tokens)
        for token in reversed(window):
            if token.index >= skip_to:
                continue  # inside an office's bracketed short form, read below
            if _apposition_comma(token, phrase, phrase_first, first, index, rules):
                phrase_first = token.index  # "Wali Kota Tebing Tinggi, H. Iman …": the office before the comma
                continue
            short_form = _office_short_form_before(token, phrase_first, index)
            if short_form:
                # "Menteri Koordinator (Menko) Bidang Pangan Zulkifli Hasan": the office goes on before its
                # bracketed short form, which is one of its role words
                context.update(word.text.lower() for word in short_form)
                skip_to = short_form[0].index - 1
                continue
            if token.text in ",.;:\"“”" or not (token.text[:1].isupper() or rules.is_title_or_role(token.text)):
                break
            if token.start < sentence_start or "\n" in document.text[token.end:index.tokens[phrase_first].start]:
                break  # a title line above ("Baca Juga") is not the name's role, and the name opens its line
            if _common_noun_opening(token, index, document, rules):
                break  # "Penangkapan Yosef …": the name is a possessor, not the subject
            context.add(token.text.lower())
            phrase.insert(0, token.text.lower())
            phrase_first = token.index
        inside_roles = [token.text.lower() for token in tokens if rules.is_title_or_role(token.text)]
        context.update(inside_roles)
        phrase += inside_roles
        focus_rules: set[str] = {FOCUS_SHORT_NAME} if (span.start, span.end) in short_name_spans else set()
        is_speaker = (span.start, span.end) in speaker_spans
        if not is_speaker and covers_any(phrase_starts, phrase_reach, span.start, span.end):
            is_speaker = True  # "kata salah satu siswa, Kashaf Zahra": the name is the speaker
            focus_rules.add(FOCUS_NAMED_IN_SPEAKER_PHRASE)
        verb_after = _apposition_end(tokens[0].index, tokens[-1].index, index)
        reports = _before_reporting_verb(verb_after, index, rules)
        if not reports and (_agent_of_passive_report(phrase_first, index, rules)
                            or ((office_opening := _office_phrase_opening(phrase_first, index, document, rules))
                                != phrase_first and _agent_of_passive_report(office_opening, index, rules))):
            reports = True  # "Hal senada dikatakan Siti …", "diperingatkan oleh Michael Chen": a source
            focus_rules.add(FOCUS_PASSIVE_REPORT_AGENT)
        is_subject = is_speaker or reports or _opens_clause(phrase_first, index, document, rules) \
            or _introduced_as_topic(phrase_first, index, rules)
        if not is_subject:
            described_from = _lowercase_description_start(phrase_first, index, rules)
            is_subject = described_from is not None and _opens_clause(described_from, index, document, rules)
        if not is_subject and _before_active_verb(verb_after, index, rules) \
                and not _possessor_before_relative(phrase_first, tokens[-1].index, index, rules) \
                and not _relative_clause_agent(phrase_first, index, rules) \
                and not _after_oblique_preposition(phrase_first, index, rules):
            is_subject = True  # "… Kontras Yati Andriyani menyayangkan …": the verb's subject
            focus_rules.add(FOCUS_ACTIVE_SUBJECT)
        oblique = not (is_subject or is_speaker) and _after_oblique_preposition(phrase_first, index, rules)
        key = (tokens[0].start, span.end)
        if key in found:
            is_subject = is_subject or found[key].is_subject
            is_speaker = is_speaker or found[key].is_speaker
            focus_rules |= found[key].focus_rules
            reports = reports or found[key].reports
            oblique = oblique and found[key].oblique
        found[key] = FocusMention(tokens[0].start, span.end, name, frozenset(context), is_subject, is_speaker,
                                  frozenset(focus_rules), tuple(phrase), reports, oblique)
    return sorted(found.values(), key=lambda mention: mention.end)


def _cited_only(document: Document, spans: list[Span], speaker_spans: set[tuple[int, int]],
                rules: RuleSet) -> set[str]:
    """The names written only right after a sourcing tag (names.cited_outlet: `dilansir Cadena
    SER`, `dikutip dari Gekisaka`) and never a quote's named speaker: the outlet cited, no person
    in focus. A name also written elsewhere is a person the article cites (as the people stage
    reads it), and stays in focus everywhere."""
    tags = rules.names.cited_outlet
    after_tag: set[str] = set()
    elsewhere: set[str] = set()
    for span in spans:
        name = document.text[span.start:span.end]
        if (span.start, span.end) not in speaker_spans and follows_tag(document.text, span.start, tags):
            after_tag.add(name)
        else:
            elsewhere.add(name)
    return after_tag - elsewhere


MIN_SHORT_NAME_CHARS = 3  # "Hodak", "Ernest"; shorter words are initials or particles


def untagged_short_names(document: Document, index: TextIndex, rules: RuleSet) -> list[Span]:
    """A person's given name or surname written alone that the tagger left untagged ("Pelatih
    Persib Bojan Hodak …. Hodak sudah memantau …"), after the article first names them in full
    (a PER of two words or more): news goes on by the short name, and the focus must see that
    person there (focus.short_name_written_alone). A capitalised word in no entity, standing
    alone (no capitalised word right after it; before it only a title or role), outside
    quotation marks and boilerplate; not a common word, a non-name word, a title or a role."""
    first_full: dict[str, int] = {}
    for entity in document.entities:
        if entity.label != "PER":
            continue
        words = name_from_tokens(index.tokens_in(entity.start, entity.end), rules, index).split()
        if len(words) < 2:
            continue
        for word in (words[0], words[-1]):
            if word not in first_full or entity.end < first_full[word]:
                first_full[word] = entity.end
    # only the tokens written as one of those words (`tokens_with_text`), not every token of the article
    written = sorted((token for word in first_full for token in document.tokens_with_text(word)),
                     key=lambda token: token.index)
    return [Span(token.start, token.end) for token in written
            if token.start >= first_full[token.text] and _stands_alone(token, index, rules)
            and not document.in_quote_marks(token.start) and not document.in_boilerplate(token.start)]


def _stands_alone(token: Token, index: TextIndex, rules: RuleSet) -> bool:
    """An untagged name-like word that is no common word and no part of a longer capitalised run."""
    word = token.text
    if len(word) < MIN_SHORT_NAME_CHARS or not word.isalpha() or not word[:1].isupper() or word.isupper() \
            or index.entity_by_token.get(token.index) is not None:
        return False
    lowered = word.lower()
    if lowered in rules.common_words or lowered in rules.non_name_words or rules.is_title_or_role(word):
        return False
    tokens = index.tokens
    following = tokens[token.index + 1] if token.index + 1 < len(tokens) else None
    if following is not None and following.text[:1].isupper() and following.text.isalpha():
        return False
    previous = tokens[token.index - 1] if token.index > 0 else None
    return previous is None or not previous.text[:1].isupper() or not previous.text.isalpha() \
        or rules.is_title_or_role(previous.text)


def subject_pronouns(document: Document, index: TextIndex, rules: RuleSet) -> list[Span]:
    """Singular personal pronouns that open a sentence or a clause outside quotation marks ("Ia
    lantas memuji …"), in text order, except the speaker phrases of quotes (those are resolved as
    cues): Indonesian keeps the subject of a narrative with such a pronoun, so each one is the
    person its antecedent is, as a subject (focus.subject_pronoun)."""
    cue_phrases = {(quote.speaker.mention.start, quote.speaker.mention.end) for quote in document.quotes
                   if quote.speaker.mention is not None}
    # only the tokens written as one of the pronouns, in any case, from the document's index, in
    # text order: not every token's lowercase form tested against the list
    return [Span(token.start, token.end) for token in document.tokens_with_lowered_texts(rules.subject_chain_pronouns)
            if (token.start, token.end) not in cue_phrases
            and not document.in_quote_marks(token.start) and not document.in_boilerplate(token.start)
            and _opens_clause(token.index, index, document, rules)]


def subject_pronoun_mention(pronoun: Span, salience: Salience) -> FocusMention | None:
    """The subject pronoun as a subject mention of the most salient person before it, if any."""
    antecedent = salience.antecedent(pronoun.start)
    if antecedent is None:
        return None
    return FocusMention(pronoun.start, pronoun.end, antecedent.name, antecedent.role_words, is_subject=True,
                        focus_rules=frozenset({FOCUS_SUBJECT_PRONOUN}), role_phrase=antecedent.role_phrase)


MAX_DESCRIPTION_TOKENS = 4  # "kapten tim", "warga asli desa itu": a lowercase description before a name


def _lowercase_description_start(first: int, index: TextIndex, rules: RuleSet) -> int | None:
    """Where a lowercase description of the person before their name starts ("Sementara itu,
    kapten tim Andritany …", "pelatih kepala Budi …"): its head, the first word, an office or a
    person noun (speakers.yml epithet_heads), the words after it lowercase nouns (no connective,
    preposition or verb). The description and the name are one noun phrase, so where the head
    opens a clause the name is its subject. A noun that is no person's ("penampilan Budi")
    makes the name a possessor: None."""
    position = first - 1
    head: int | None = None
    while position >= 0 and first - position <= MAX_DESCRIPTION_TOKENS:
        word = index.tokens[position].text
        if not (word.isalpha() and word.islower()) or word in rules.subject_boundaries \
                or word in rules.phrase_stops or word in rules.oblique_prepositions \
                or rules.is_active_verb(word) or rules.is_passive_verb(word):
            break
        if rules.is_title_or_role(word) or word in rules.epithet_heads:
            head = position
        position -= 1
    return head


def _after_connectives_only(token: Token, sentence_start: int, index: TextIndex, rules: RuleSet) -> bool:
    """Only connectives (speakers.yml subject_boundaries: `sebelumnya`, `namun`, `kemudian`) stand
    between the sentence start and `token`, at most MAX_CONNECTIVE_TOKENS of them. Reads no
    further back than that, so a giant sentence of offices stays linear."""
    first = max(0, token.index - MAX_CONNECTIVE_TOKENS)
    if first > 0 and index.tokens[first - 1].start >= sentence_start:
        return False  # more words than connectives can be open the sentence
    opening = [before for before in index.tokens[first:token.index] if before.start >= sentence_start]
    return bool(opening) and all(t.text.lower() in rules.subject_boundaries for t in opening)


def _office_short_form_before(closing: Token, phrase_first: int, index: TextIndex) -> list[Token]:
    """The words of a bracketed short form closed by `closing`, written right before the role
    words read so far and after a capitalised word of the office ("Menteri Koordinator (Menko)
    Bidang Pangan …", "Direktur Jenderal (Dirjen) Pajak …"); empty for any other bracket."""
    if closing.text != ")" or closing.index + 1 != phrase_first:
        return []
    inside: list[Token] = []
    for token in reversed(index.tokens[max(0, closing.index - MAX_SHORT_FORM_TOKENS - 1):closing.index]):
        if token.text == "(":
            before = token.index - 1
            capitalised = bool(inside) and all(word.text[:1].isupper() for word in inside)
            if capitalised and before >= 0 and index.tokens[before].text[:1].isupper():
                return inside
            return []
        inside.insert(0, token)
    return []


def _common_noun_opening(token: Token, index: TextIndex, document: Document, rules: RuleSet) -> bool:
    """A sentence's first word, capitalised only because it opens the sentence: not a title,
    a role or part of an entity."""
    return token.start == document.sentence_of(token.start).start and not rules.is_title_or_role(token.text) \
        and index.entity_by_token.get(token.index) is None and not token.text.isupper()


def _opens_clause(position: int, index: TextIndex, document: Document, rules: RuleSet) -> bool:
    """The phrase opens its sentence, or the clause after a short sentence-initial adverbial
    ("Sebelumnya, Presiden Joko …", "Selepas pertandingan, Lautaro …"), or an office after
    connectives alone, with no comma ("Sebelumnya Menteri …", "Namun Kapolda …": speakers.yml
    subject_boundaries link the sentence to the one before, and news names a person by office
    where it turns to them). A bare name after a connective may open a list fragment
    ("Kemudian Ewelin (6 bulan), dan Valerin (3 tahun)."): no subject by position."""
    token = index.tokens[position]
    sentence = document.sentence_of(token.start)
    if token.start == sentence.start:
        return True
    if rules.is_title_or_role(token.text) and _after_connectives_only(token, sentence.start, index, rules):
        return True
    if position == 0 or index.tokens[position - 1].text != ",":
        return False
    opening = index.tokens_in(sentence.start, index.tokens[position - 1].start)
    return len(opening) <= MAX_ADVERBIAL_TOKENS and "," not in (t.text for t in opening)


def _introduced_as_topic(position: int, index: TextIndex, rules: RuleSet) -> bool:
    """The name right after an existential ("ada Daniya Sabirova, …") or after a passive
    verb, as its agent ("Kehangatan juga dirasakan Nita, …"): the sentence is about them. Not
    the agent of a passive inside a relative clause ("para penyerang yang diinginkan Arsene
    Wenger sudah memilih …"): that clause only picks out the noun before `yang`, which the
    sentence is about (issue 21)."""
    if position == 0:
        return False
    before = index.tokens[position - 1].text
    if before.lower() in rules.existential_markers:
        return True
    return rules.is_passive_verb(before) and not _relative_clause_agent(position, index, rules)


def _after_oblique_preposition(position: int, index: TextIndex, rules: RuleSet) -> bool:
    """The phrase at `position` is the object of a preposition ("terkagum-kagum pada
    Azpilicueta", "kutipan dari Nelson Mandela"): an oblique, not an argument of the clause,
    which Lappin & Leass weigh below the subject and the objects, and no subject of a verb
    after it ("pada Azpilicueta yang menerjang …": a relative clause on the oblique)
    (speakers.yml oblique_prepositions)."""
    return position > 0 and index.tokens[position - 1].text.lower() in rules.oblique_prepositions


def _relative_clause_agent(position: int, index: TextIndex, rules: RuleSet) -> bool:
    """The name at `position` is the agent of a passive verb inside a relative clause ("yang
    diinginkan Arsene Wenger sudah memilih …"): neither the sentence's topic nor the subject of
    the verb after it, which is the noun's before `yang`."""
    return position > 0 and rules.is_passive_verb(index.tokens[position - 1].text) \
        and _in_relative_clause(position - 1, index, rules)


RELATIVE_VERB_LOOKBACK_TOKENS = 2  # "yang diinginkan", "yang sempat dilatih": `yang`, an adverb, the verb


def _in_relative_clause(verb: int, index: TextIndex, rules: RuleSet) -> bool:
    """The verb at `verb` is a relative clause's: a relative pronoun right before it, or before
    the subject adverbs before it ("yang sempat dilatih")."""
    position = verb - 1
    while position >= 0 and verb - position <= RELATIVE_VERB_LOOKBACK_TOKENS:
        word = index.tokens[position].text.lower()
        if word in rules.relative_pronouns:
            return True
        if word not in rules.subject_adverbs:
            return False
        position -= 1
    return False


def _agent_of_passive_report(position: int, index: TextIndex, rules: RuleSet) -> bool:
    """The name (with its role words) right after a di- passive of a verb of saying, or after
    that verb and its agent marker ("dikatakan Siti", "diperingatkan oleh Michael Chen"; cues.yml
    backward_passive `words`, `from_reporting_verbs`, `agent_markers`): the agent said it, so
    the sentence hands the word to them as a reporting verb's subject does."""
    words = [token.text.lower() for token in index.tokens[max(0, position - AGENT_LOOKBACK_TOKENS):position]]
    if words and (words[-1] in rules.backward_agent_markers or _describes_the_agent(words[-1], rules)):
        words.pop()  # "oleh", or the agent's description: "dikatakan pedagang Siti", "… pasangan X"
    return bool(words) and words[-1] in rules.backward_words and rules.is_passive_verb(words[-1])


def _office_phrase_opening(position: int, index: TextIndex, document: Document, rules: RuleSet) -> int:
    """Where the office phrase before the name's role words opens, read back past what the
    role window stops at, within MAX_AGENT_PHRASE_TOKENS and the sentence: capitalised words,
    numbers and titles, joined by speakers.yml name_connectors, `&`, a comma or a hyphen with
    no space ("dikonfirmasi Kepala Biro Pemerintahan dan Otonomi Daerah Sekretariat Daerah
    Provinsi Jawa Timur, Lilik …", "disampaikan Penasehat Panitia RUA INSA ke-XVI, Budhi …").
    A long office is how news introduces a source as a passive's agent; the agent is read from
    where it opens. Another person's name ends it ("pasangan Ikhsan Modjo - Li Claudia …")."""
    if position >= len(index.tokens):
        return position
    sentence_start = document.sentence_of(index.tokens[position].start).start
    opening = position
    cursor = position - 1
    while cursor >= 0 and position - cursor <= MAX_AGENT_PHRASE_TOKENS:
        token = index.tokens[cursor]
        if token.start < sentence_start or _in_person(token, index):
            break  # another person's name: "pasangan Ikhsan Modjo - Li Claudia" is two people, no office
        if _office_phrase_word(token.text, rules) or glued_hyphen(index.tokens, cursor + 1):
            opening = cursor
        elif token.text not in OFFICE_PHRASE_SYMBOLS and token.text not in rules.name_connectors \
                and not glued_hyphen(index.tokens, cursor):
            break
        cursor -= 1
    return opening


def _office_phrase_word(word: str, rules: RuleSet) -> bool:
    """A word an office phrase is made of: capitalised, a number (a year, an edition), or a
    title or role word written in lowercase ("dr.", "anggota")."""
    return word[:1].isupper() or word.isdigit() or rules.is_title_or_role(word)


def _describes_the_agent(word: str, rules: RuleSet) -> bool:
    """A lowercase common noun between a passive verb and its agent's name ("pedagang",
    "pasangan"): no preposition, conjunction or verb ends the agent phrase there."""
    return word.isalpha() and word.islower() and word not in rules.phrase_stops \
        and word not in rules.subject_boundaries and not rules.is_passive_verb(word) \
        and not rules.is_active_verb(word)


def _possessor_before_relative(first: int, last: int, index: TextIndex, rules: RuleSet) -> bool:
    """The name closes a noun phrase that a relative clause follows ("sepakan keras Aaron Ramsey
    yang sempat berbelok"): a lowercase word other than a clause boundary before it and a
    relative pronoun after it, so the verb after `yang` is the relative clause's, and the name,
    a possessor, is no subject."""
    if first == 0 or last + 1 >= len(index.tokens):
        return False
    before = index.tokens[first - 1].text
    return index.tokens[last + 1].text.lower() in rules.relative_pronouns and before.isalpha() \
        and before.islower() and before not in rules.subject_boundaries


def _apposition_end(first: int, last: int, index: TextIndex) -> int:
    """Where the name's verb is looked for from: its last token, or the comma closing it where a
    comma also opens it ("Wakil Ketua KPK, Indriyanto Seno Adji, menanggapi …": an apposed name,
    the subject of the verb after the closing comma)."""
    tokens = index.tokens
    if first > 0 and last + 1 < len(tokens) and tokens[first - 1].text == "," and tokens[last + 1].text == ",":
        return last + 1
    return last


def _before_reporting_verb(last: int, index: TextIndex, rules: RuleSet) -> bool:
    """The name is the subject of a reporting verb ("Andi pun langsung menegaskan")."""
    return any(token.text.lower() in rules.reporting_verbs for token in _adverbs_then_word(last, index, rules))


def _before_active_verb(last: int, index: TextIndex, rules: RuleSet) -> bool:
    """The name is the subject of an active verb that is no reporting verb ("Yati Andriyani
    menyayangkan …", "Budi pun berharap …"): Indonesian puts the subject before its me-/ber-
    verb, so a name there is what the sentence is about even when it does not open it."""
    return any(_is_active_verb(token.text, rules) for token in _adverbs_then_word(last, index, rules))


def _adverbs_then_word(last: int, index: TextIndex, rules: RuleSet) -> list[Token]:
    """The tokens after the name's last token up to and including the first that is no
    subject adverb ("pun", "langsung"), within ROLE_CONTEXT_TOKENS: where its verb stands."""
    following: list[Token] = []
    for token in index.tokens[last + 1:last + 1 + ROLE_CONTEXT_TOKENS]:
        following.append(token)
        if token.text.lower() not in rules.subject_adverbs:
            break
    return following


def _is_active_verb(word: str, rules: RuleSet) -> bool:
    """A lowercase me-/ber- word long enough for a stem, not a preposition spelled like a verb
    (cues.yml clause_objects not_predicates: "melalui", "bersama") nor "mereka"."""
    return word.isalpha() and rules.is_active_verb(word) and word not in rules.clause_object_not_predicates \
        and word not in rules.group_pronouns


def role_words(role_text: str, rules: RuleSet) -> list[str]:
    """The words of a role phrase without its demonstrative or definite marker, in order,
    lowercase."""
    return [word.lower() for word in _unmarked_words(role_text, rules)]


def _unmarked_words(role_text: str, rules: RuleSet) -> list[str]:
    """The words of a role phrase as written, without its demonstrative or definite marker."""
    markers = rules.demonstratives | rules.definite_markers
    return [word for word in role_text.split() if word.lower() not in markers]


def _role_head(role_text: str, rules: RuleSet) -> str:
    """A role phrase up to its relative clause ("Saksi yang menelepon polisi" -> "Saksi"): the
    clause's words (polisi) are not the role's."""
    words = role_text.split()
    for position, word in enumerate(words):
        if position and word.lower() in rules.relative_pronouns:
            return " ".join(words[:position])
    return role_text


def role_holder(role_text: str, salience: Salience, offset: int, rules: RuleSet,
                ruled_out: Callable[[FocusMention], bool] | None = None) -> FocusMention | None:
    """The person named earlier with this role ("Kapolri Listyo … kata Kapolri").

    The words shared must hold an office or title: "ekonom BCA" shares only the bank with
    "Presiden Direktur BCA Jahja" and is not his role (a head of an institution, "Kepala NATO",
    is whoever holds an office of it). Of the holders sharing the most words,
    the latest who spoke before (a quote's speaker) is the one the role points back at, over
    one named since in passing ("hakim anggota Purwanto … mengatakan", then "diserahkan ke
    Hakim Agung Soesilo", then "ujar hakim"); `ruled_out` drops people the quote itself names
    in the third person. Rule speaker.role_holder."""
    ordered = role_words(_role_head(role_text, rules), rules)
    words = set(ordered)
    # "Kepala NATO" is whoever heads NATO, named with any office of it ("Sekjen NATO Jens …")
    heads_an_institution = bool(ordered) and ordered[0] in rules.institution_role_heads
    best: FocusMention | None = None
    best_speaker: FocusMention | None = None
    best_overlap = 0
    for mention in salience.mentions:
        if mention.end > offset:
            break
        shared = words & mention.role_words
        if not shared or not (heads_an_institution or any(rules.is_title_or_role(word) for word in shared)):
            continue
        if ruled_out is not None and ruled_out(mention):
            continue
        if len(shared) > best_overlap:
            best_overlap, best_speaker = len(shared), None
        if len(shared) == best_overlap:
            best = mention
            if mention.is_speaker:
                best_speaker = mention
    return best_speaker or best


def abbreviates(short: str, words: Sequence[str], rules: RuleSet) -> bool:
    """Whether `short` is an akronim of consecutive role words ("menkeu" of "menteri
    keuangan", "gm" of "general manager"): each word from the first an office or title gives
    the next letters of `short` from its own start, all of `short` is spelled, and at least
    `min_words` words give letters (speakers.yml role_abbreviations). The spelled office is not
    part of a longer one: "Menkeu" is not spelled from the "Menteri Keuangan" of "Wakil Menteri
    Keuangan", nor "Kapolda" from "Wakil Kepala Polda"."""
    settings = rules.role_abbreviations
    capitals = short.isupper()
    segment = settings.capital_segment_chars if capitals else settings.min_segment_chars
    lowered = short.lower()
    lowered_words = [word.lower() for word in words]  # once, not once per opening word (quadratic)
    # each word asked once: every opening word reads its own answer and its neighbours'
    offices = [rules.is_title_or_role(word) for word in words]
    forms = {} if capitals else dict(settings.word_short_forms)
    return any(_opens_office(offices, first) and not (first and offices[first - 1])
               and _spelled_from(lowered, lowered_words[first:], segment, capitals, settings.min_words, forms)
               for first in range(len(words)))


def _opens_office(offices: Sequence[bool], first: int) -> bool:
    """An office or title opens the words from `first`, or a modifier of one right after it
    ("general manager": the manager's rank is part of the office its short form spells, GM).
    `offices` holds each word's `is_title_or_role`, so no word is asked twice."""
    return offices[first] or (first + 1 < len(offices) and offices[first + 1])


def _spelled_from(short: str, words: list[str], segment: int, exact: bool, min_words: int,
                  forms: Mapping[str, str]) -> bool:
    """`short` is a run of prefixes of `words` in order, each `segment` letters or more (exactly
    `segment` where `exact`), or a word's usual short form (`forms`: "ka" for "kepala"), from at
    least `min_words` words."""
    if not short:
        return min_words <= 0
    if not words:
        return False
    longest = segment if exact else len(words[0])
    pieces = [words[0][:size] for size in range(segment, min(longest, len(short)) + 1)]
    if words[0] in forms:
        pieces.append(forms[words[0]])
    return any(short.startswith(piece) and _spelled_from(short[len(piece):], words[1:], segment, exact,
                                                         min_words - 1, forms)
               for piece in pieces)


def office_short_form(role_text: str, rules: RuleSet) -> str | None:
    """The word of a role phrase that may shorten a longer office: a listed office alone
    ("Menkeu"), or a capitalised first word the rules do not list, alone or before the
    institution it heads ("GM", "Kakanwil Kemenagjabar"), which only a spelled office makes
    a role (speaker_phrases.read_short_form_of_an_office)."""
    words = _unmarked_words(role_text, rules)
    if not words:
        return None
    if rules.is_title_or_role(words[0]):
        return words[0] if len(words) == 1 else None
    return words[0] if words[0][:1].isupper() else None


def role_abbreviation_holder(role_text: str, salience: Salience, offset: int, rules: RuleSet,
                             ruled_out: Callable[[FocusMention], bool] | None = None) -> FocusMention | None:
    """The person named earlier with the long role a one-word office abbreviates ("Menteri
    Keuangan Bambang …" then "ujar Menkeu"); the latest who spoke, else the latest named.
    Rule speaker.role_abbreviation."""
    short = office_short_form(role_text, rules)
    if short is None:
        return None
    best: FocusMention | None = None
    for mention in salience.mentions:
        if mention.end > offset:
            break
        if short.lower() in mention.role_words or not abbreviates(short, mention.role_phrase, rules):
            continue
        if ruled_out is not None and ruled_out(mention):
            continue
        if best is None or mention.is_speaker or not best.is_speaker:
            best = mention
    return best


def organisation_named_by_role(role_text: str, organisations: list[Mention], rules: RuleSet) -> Mention | None:
    """The latest organisation that spoke and whose name opens with the role's head noun:
    "Jaksa Penuntut Umum (JPU) menyebut …" then "kata jaksa" is the prosecution speaking."""
    words = role_words(role_text, rules)
    if not words:
        return None
    for organisation in reversed(organisations):
        name_words = (organisation.name or "").lower().split()
        if name_words and name_words[0] == words[0]:
            return organisation
    return None


def named_in_description(phrase: str, name: str) -> bool:
    """The description names this person after its head word ("tetangga Rio Ferdinand itu",
    "kuasa hukum Vidi ini", "istri Budi"): a word of the person's name written capitalised in
    the phrase past its first word, which may be a capitalised head. The person a relation
    or description names is the one the speaker is related to, never the speaker."""
    written = {word.strip(PHRASE_PUNCTUATION) for word in phrase.split()[1:]}
    return any(word[:1].isupper() and word in written for word in name.split())


def unnamed_office(role_text: str, offset: int, index: TextIndex, rules: RuleSet) -> Mention | None:
    """The office a definite role names, as the article wrote it before with no one holding it
    ("Gubernur Aceh menyurati Presiden …", then "Gubernur menyebut …"): the latest capitalised
    office phrase before `offset`, outside quotation marks, that opens with the role's first word,
    holds every word of the role and a qualifier after it (MIN_ROLE_PHRASE_WORDS: a bare
    "Presiden" names too many people), and has no person's name in or right after it
    ("Gubernur Aceh Muzakir Manaf", "Gubernur Aceh, Muzakir Manaf"). The article never ties the
    office to a name, so the office as written speaks (guidelines: a role the article never ties
    to a name stays the speaker), not the person in focus. Rule speaker.unnamed_office."""
    words = role_words(_role_head(role_text, rules), rules)
    if not words or not rules.is_title_or_role(words[0]):
        return None
    tokens, document = index.tokens, index.document
    found: Mention | None = None
    for token in document.tokens_with_lowered_text(words[0]):
        if token.end > offset:
            break
        position = token.index
        if not token.text[:1].isupper() or document.in_quote_marks(token.start) \
                or document.in_boilerplate(token.start):
            continue
        if position and tokens[position - 1].text[:1].isupper() \
                and document.sentence_of(tokens[position - 1].start) == document.sentence_of(token.start):
            continue  # inside another name ("Tim Komunikasi Presiden")
        end = _office_phrase_end(position, offset, index)
        phrase = tokens[position:end]
        if len(phrase) < MIN_ROLE_PHRASE_WORDS or not set(words) <= {item.text.lower() for item in phrase} \
                or _person_after(end, index):
            continue
        start, stop = phrase[0].start, phrase[-1].end
        found = Mention(start, stop, "role", name=document.text[start:stop])
    return found


def _office_phrase_end(position: int, offset: int, index: TextIndex) -> int:
    """The token after the run of capitalised words that opens at `position`, before `offset`,
    at most MAX_ROLE_PHRASE_WORDS long; a person's name ends it (and is looked at after it)."""
    tokens = index.tokens
    end = position + 1
    while end < len(tokens) and end - position < MAX_ROLE_PHRASE_WORDS and tokens[end].end <= offset \
            and tokens[end].text[:1].isupper() and not _in_person(tokens[end], index):
        end += 1
    return end


def _person_after(end: int, index: TextIndex) -> bool:
    """A person's name right after an office phrase, or after a comma ("…, Muzakir Manaf")."""
    tokens = index.tokens
    if end < len(tokens) and tokens[end].text == ",":
        end += 1
    return end < len(tokens) and _in_person(tokens[end], index)


def person_in_focus_for_role(role_text: str, salience: Salience, offset: int, rules: RuleSet,
                             ruled_out: Callable[[FocusMention], bool] | None = None) -> FocusMention | None:
    """The person in focus, for a role nothing else names; not one the quote itself names in
    the third person (`ruled_out`: "Netizen menyebut penampilan Judika …" is not Judika)."""
    recent = salience.antecedent(offset)
    if recent is None or salience.sentences_between(recent.end, offset) > FOCUS_SENTENCES \
            or (ruled_out is not None and ruled_out(recent)) or is_dated_role(role_text, rules) \
            or named_in_description(role_text, recent.name):
        return None
    if is_epithet(role_text, rules):
        return recent  # "pria berusia 54 tahun itu", "sang bendahara": the person in focus
    if _role_head(role_text, rules) != role_text:
        # "Saksi yang menelepon polisi mengatakan": a relative clause that no demonstrative
        # closes picks someone out by what they did, someone new, not the person in focus
        return None
    # "kata Kapolri" after a person introduced with no role may be that person; a person the
    # article gave another role ("terdakwa Tom") is not: the role stays the speaker ("kata jaksa").
    # A noun that is no office nor epithet ("kata orator", cues.postposed_noun_phrase) names a
    # kind of people, not an office someone holds: it stays as written.
    if not any(rules.is_title_or_role(word) or word.lower() in rules.epithet_heads for word in role_text.split()):
        return None
    return recent if not recent.role_words else None


ORGANISATION_LABEL = "ORG"
MIN_INSTITUTION_NAME_TOKENS = 2  # "Organisasi Kesehatan Dunia": a head noun and a capitalised word


def organisation_mentions(document: Document, index: TextIndex, rules: RuleSet) -> list[Mention]:
    """Organisations written outside quotation marks and boilerplate, by where they end: ORG
    entities, and institution names the tagger missed, a capitalised institution head noun with
    the capitalised words after it ("Organisasi Kesehatan Dunia (WHO)", "Badan Tenaga Atom
    Internasional"), named as the institution is in Indonesian, head first."""
    kept = [mention for mention in _all_organisation_mentions(document, index, rules)
            if not document.in_quote_marks(mention.start) and not document.in_boilerplate(mention.start)]
    return sorted(kept, key=lambda mention: (mention.end, mention.start))


def organisation_named_in_quote(quote: Span, document: Document, index: TextIndex,
                                rules: RuleSet) -> Mention | None:
    """The first organisation a quote's own words name ("“Federasi Tinju Internasional (IBF)
    menerima pemberitahuan …,” bunyi pernyataan badan sanksi tersebut"): a statement names its
    issuing body in the third person, so an institution phrase attributing it with no
    organisation written before points at it. Its defined long form where it is an abbreviation.
    Rule speaker.organisation_anaphor (its fallback)."""
    inside = [mention for mention in _all_organisation_mentions(document, index, rules)
              if quote.start <= mention.start and mention.end <= quote.end]
    if not inside:
        return None
    first = min(inside, key=lambda mention: (mention.start, -mention.end))
    return _as_organisation(first, first.name or document.text[first.start:first.end], document)


def _as_organisation(mention: Mention, name: str, document: Document) -> Mention:
    """The organisation a mention names, by its defined long form where the name is an
    abbreviation ("WHO" -> "Organisasi Kesehatan Dunia (WHO)")."""
    alias = document.aliases.get(name.lower())
    full = alias.full if alias is not None and alias.kind == "organization" else name
    return Mention(mention.start, mention.end, "organization", name=full)


def _all_organisation_mentions(document: Document, index: TextIndex, rules: RuleSet) -> list[Mention]:
    """ORG entities and institution names the tagger missed, wherever written."""
    text = document.text
    found = [Mention(entity.start, entity.end, "organization", name=text[entity.start:entity.end])
             for entity in document.entities if entity.label == ORGANISATION_LABEL]
    tokens = index.tokens
    position = 0
    while position < len(tokens):
        token = tokens[position]
        if not (token.text[:1].isupper() and token.text.lower() in rules.institution_heads):
            position += 1
            continue
        last = position
        while last + 1 < len(tokens) and tokens[last + 1].text[:1].isupper() \
                and tokens[last + 1].start <= tokens[last].end + 1 and not _in_person(tokens[last + 1], index):
            last += 1  # up to a person named after the institution ("PT Bank BCA Syariah John Kosasih")
        if last + 1 - position >= MIN_INSTITUTION_NAME_TOKENS:
            end = tokens[last].end
            found.append(Mention(token.start, end, "organization", name=text[token.start:end]))
        position = last + 1
    return found


def _in_person(token: Token, index: TextIndex) -> bool:
    entity = index.entity_by_token.get(token.index)
    return entity is not None and entity.label == "PER"


def organisation_antecedent(phrase: Span, head: str, point: int, organisations: Sequence[Mention],
                            document: Document, salience: Salience) -> Mention | None:
    """The organisation a definite institution phrase ("Badan kesehatan global tersebut", "Anak
    usaha BCA ini") refers back to: of the organisations written before `point` (organisation_mentions
    and those that spoke), within FOCUS_SENTENCES, the latest whose name holds the head noun,
    else the latest; never one the phrase itself names ("BCA" modifies "Anak usaha BCA ini").
    Its defined long form where it is an abbreviation ("WHO" -> "Organisasi Kesehatan Dunia
    (WHO)"). Rule speaker.organisation_anaphor."""
    text = document.text
    inside = {text[entity.start:entity.end].lower() for entity in document.entities
              if phrase.start <= entity.start and entity.end <= phrase.end}
    head_words = set(head.split())
    latest: Mention | None = None
    for mention in sorted(organisations, key=lambda mention: (mention.end, mention.start), reverse=True):
        if mention.end > point or phrase.overlaps(Span(mention.start, mention.end)):
            continue
        if salience.sentences_between(mention.end, point) > FOCUS_SENTENCES:
            break
        name = mention.name or text[mention.start:mention.end]
        if name.lower() in inside:
            continue
        named = _as_organisation(mention, name, document)
        if head_words & set((named.name or "").lower().split()):
            return named
        latest = latest or named
    return latest


MIN_ROLE_PHRASE_WORDS = 2  # "Presiden Turki": a bare "Presiden" names too many people
MAX_ROLE_PHRASE_WORDS = 8  # "Wakil Menteri Luar Negeri Rusia …"; bounds the work on a run of capitals


@dataclass(frozen=True)
class SpokenOf:
    """Who a quote's own words name in the third person: people and role phrases."""

    names: tuple[str, ...]
    role_phrases: tuple[frozenset[str], ...]
    self_roles: tuple[str, ...] = ()  # "Saya sebagai Kepala Desa …": the speaker's own roles
    name_words: frozenset[str] = frozenset()  # untagged capitalised words inside its sentences ("Pak Bahlil")

    def names_the(self, candidate: FocusMention) -> bool:
        """Whether the quote names this person by name or by one of their role phrases, or
        writes one word of their name, untagged, inside a sentence."""
        return any(same_person(candidate.name.split(), name.split()) for name in self.names) \
            or any(phrase <= candidate.role_words for phrase in self.role_phrases) \
            or self.writes_a_word_of(candidate.name)

    def writes_a_word_of(self, name: str) -> bool:
        """The quote writes a word of this name where the tagger saw no entity ("… era
        kepemimpinan Pak Bahlil. Justru beliau hadir …" of Bahlil Lahadalia)."""
        return any(word.lower() in self.name_words for word in name.split())


def spoken_of(quote: Quote, document: Document, index: TextIndex, rules: RuleSet) -> SpokenOf:
    """The people a quote names, and the role phrases it uses ("meskipun Presiden Turki telah
    mengunggah …"): its speaker is not among them."""
    names: list[str] = []
    roles: list[frozenset[str]] = []
    self_roles: list[str] = []
    name_words: set[str] = set()
    for span in quote.spans:
        tokens = index.tokens_in(span.start, span.end)  # the quote's own tokens: work grows with its length
        name_words.update(_untagged_name_words(tokens, index, rules))
        seen: set[int] = set()
        for token in tokens:
            entity = index.entity_by_token.get(token.index)
            if entity is None or entity.label != "PER" or entity.start in seen or entity.end > span.end:
                continue
            seen.add(entity.start)
            name = name_from_tokens(index.tokens_in(entity.start, entity.end), rules, index)
            if name:
                names.append(name)
        for position, token in enumerate(tokens):
            if not (rules.is_title_or_role(token.text) and token.text[:1].isupper()) \
                    or _names_a_statute(tokens, position, rules):
                continue
            phrase = [token.text.lower()]
            for following in tokens[position + 1:position + MAX_ROLE_PHRASE_WORDS]:
                if not following.text[:1].isupper():
                    break
                phrase.append(following.text.lower())
            if len(phrase) < MIN_ROLE_PHRASE_WORDS:
                continue
            if _describes_self(tokens, position, rules):
                self_roles.append(" ".join(phrase))
            else:
                roles.append(frozenset(phrase))
    return SpokenOf(tuple(names), tuple(roles), tuple(self_roles), frozenset(name_words))


SENTENCE_OPENERS = frozenset(".!?:;\"“”‘’'(")  # a capital after one of these may only open a sentence


def _untagged_name_words(tokens: list[Token], index: TextIndex, rules: RuleSet) -> set[str]:
    """Capitalised words in no PER entity (those are its names) inside the quote's sentences, in
    lowercase, whatever else the tagger read them as ("Pak Bahlil" as a place): not its first
    word nor a word after sentence punctuation (a capital there may open the sentence only), nor a
    title, role or place word ("Timur" of "Indonesia Timur"). A quote speaks of the people whose
    names it writes, tagged or not; a word of its speaker's own name is rare inside it."""
    words: set[str] = set()
    for previous, token in zip(tokens, tokens[1:], strict=False):
        text = token.text
        if not (text[:1].isupper() and text[1:].islower() and text.isalpha()) or len(text) < MIN_SHORT_NAME_CHARS \
                or previous.text[-1:] in SENTENCE_OPENERS or _in_person(token, index):
            continue
        lower = text.lower()
        if rules.is_title_or_role(text) or lower in rules.place_words:
            continue
        words.add(lower)
    return words


def _names_a_statute(tokens: list[Token], position: int, rules: RuleSet) -> bool:
    """An office after a statute noun ("Peraturan Menteri Keuangan", "Keputusan Presiden")
    names a regulation, not the person holding the office (names.yml statute_nouns)."""
    return position >= 1 and tokens[position - 1].text.lower() in rules.statute_nouns


def _describes_self(tokens: list[Token], position: int, rules: RuleSet) -> bool:
    """A role phrase after "saya sebagai" / "kami selaku": the speaker speaking of themself."""
    return position >= 2 and tokens[position - 1].text.lower() in rules.self_description_markers \
        and tokens[position - 2].text.lower() in rules.first_person


def self_described(spoken_of: SpokenOf, salience: Salience, offset: int, rules: RuleSet) -> FocusMention | None:
    """The person named earlier with the role the quote's speaker gives themself, if any."""
    for role_text in spoken_of.self_roles:
        holder = role_holder(role_text, salience, offset, rules)
        if holder is not None:
            return holder
    return None


def is_epithet(role_text: str, rules: RuleSet) -> bool:
    """A description that points back at the person in focus: it ends with a demonstrative
    ("mantan pelatih Persib ini") or starts with the definite "sang" ("Sang Bendahara")."""
    words = role_text.lower().split()
    if is_dated_role(role_text, rules):
        return words[0] in rules.definite_markers  # "Gubernur Aceh kala itu": the demonstrative dates the office
    return bool(words) and (words[-1] in rules.demonstratives or words[0] in rules.definite_markers)


def opens_with_relation(role_text: str, rules: RuleSet) -> bool:
    """A role phrase opened by a relation noun (speakers.yml relation_heads: "kakak Andi Wijaya",
    "kuasa hukum Andi"): it describes someone by whose relative or representative they are, so
    the name inside it is the person spoken of, never the speaker's own."""
    return relation_head(role_text.split(), rules) is not None


def relation_head(words: Sequence[str], rules: RuleSet) -> tuple[str, ...] | None:
    """The relation noun (one or two words, speakers.yml relation_heads) that opens these words
    with at least one word after it, if any."""
    lowered = tuple(word.lower() for word in words)
    return next((head for head in rules.relation_heads
                 if lowered[:len(head)] == head and len(head) < len(lowered)), None)


def is_dated_role(role_text: str, rules: RuleSet) -> bool:
    """A role dated by a time adverbial ("Gubernur Aceh kala itu", the governor at the time):
    whoever held the office then, a source of its own, never the person the article follows."""
    words = role_text.lower().split()
    return len(words) > 2 and words[-1] in rules.demonstratives and words[-2] in rules.time_nouns_before_demonstratives


def _apposition_comma(token: Token, phrase: list[str], phrase_first: int, first: int, index: TextIndex,
                      rules: RuleSet) -> bool:
    """The comma of an office apposed to a name ("Lurah Sawang, Azman, …", "Wali Kota Tebing
    Tinggi, H. Iman Irdian Saragih, …"): right before the name or its person titles, after a
    capitalised word of an office that a title or role opens; the office is the name's role.
    The speaker phrases read the same shape (`mentions.is_apposed_name`) for another question,
    whether the words after the comma are a name that speaks; this one needs the office's
    extent instead, so the two stay apart."""
    if token.text != "," or any(not rules.is_person_title(word) for word in phrase) \
            or index.tokens[phrase_first].index != first - len(phrase):
        return False
    office: list[Token] = []
    for before in reversed(index.tokens[max(0, token.index - ROLE_CONTEXT_TOKENS):token.index]):
        if not before.text[:1].isupper() or before.text in ",.;:\"“”":
            break
        office.insert(0, before)
    return bool(office) and rules.is_title_or_role(office[0].text)


def is_anaphoric(role_text: str, rules: RuleSet) -> bool:
    """A role phrase refers to a person named elsewhere ("pejabat Rusia itu", "Kapolri",
    "ahli hukum pidana") unless it is indefinite or plural ("seorang pejabat senior AS",
    "para peserta aksi tersebut"): those are unnamed sources and stay as written. So does a
    phrase closed by a word that says it speaks of another source ("netizen lainnya", "pejabat
    lain": speakers.yml other_markers): someone new, not the one named before. A description
    that goes on after the marker ("aktivis lain berusia 24 tahun") may still be apposed to a
    name, so it stays anaphoric."""
    words = [word.lower() for word in role_text.split()]
    return bool(words) and words[0] not in rules.indefinite_markers \
        and not (len(words) > 1 and words[-1] in rules.other_markers)


def names_a_source(role_text: str, rules: RuleSet) -> bool:
    """A role phrase headed by a noun for a news source ("sumber dalam klub", "sumber tersebut":
    speakers.yml source_nouns) is an unnamed source: news names no one it calls a source, so the
    phrase is never a named person's epithet nor an office someone holds; at most it points back at
    an unnamed source quoted before with the same noun."""
    words = role_words(role_text, rules)
    return bool(words) and words[0] in rules.source_nouns


HANDLE = re.compile(r"@[A-Za-z0-9_](?:[A-Za-z0-9_.]*[A-Za-z0-9_])?")  # "@warungjurnalis", "@fakta.jakarta"
ACCOUNT_REACH_CHARS = 1500  # how far back an account phrase's handle is looked for (a few paragraphs)


def account_handle(role_text: str, offset: int, document: Document, rules: RuleSet) -> Mention | None:
    """The account a definite account phrase points back at ("“…,” tulis akun tersebut" after
    "video yang diunggah akun @warungjurnalis"): the last handle written before `offset`
    outside quotation marks and boilerplate, within ACCOUNT_REACH_CHARS. An account speaks for
    itself (guidelines: accounts known only by a handle keep the account), never for the person
    in focus. None for a phrase headed by no account noun (speakers.yml account_heads) or with
    no handle before it: the phrase then resolves as any role. Rule speaker.account_handle."""
    words = role_text.lower().split()
    if not words or words[0] not in rules.account_heads:
        return None
    found: re.Match[str] | None = None
    for match in HANDLE.finditer(document.text, max(0, offset - ACCOUNT_REACH_CHARS), offset):
        start = match.start()
        if (start and document.text[start - 1].isalnum()) or document.in_quote_marks(start) \
                or document.in_boilerplate(start):
            continue  # an e-mail address, or a handle someone quoted
        found = match
    if found is None or _another_account_named(found.end(), offset, document, rules):
        return None
    return Mention(found.start(), found.end(), "role", name=found.group())


def _another_account_named(after: int, offset: int, document: Document, rules: RuleSet) -> bool:
    """Whether an account noun between the handle and the phrase names another account ("Unggahan
    duka lain datang dari Manchester City lewat akun X mereka"): one no demonstrative follows
    ("akun itu" points back at the same account; an account written with its own handle would
    have been the last handle)."""
    for token in document.tokens_with_lowered_texts(rules.account_heads):
        if token.start < after or token.start >= offset or document.in_quote_marks(token.start):
            continue
        following = document.tokens[token.index + 1] if token.index + 1 < len(document.tokens) else None
        if following is None or following.text.lower() not in rules.demonstratives:
            return True
    return False


def earlier_unnamed_source(role_text: str, sources: list[str], rules: RuleSet) -> str | None:
    words = set(role_words(role_text, rules))
    for source in reversed(sources):
        if words & ({w.lower() for w in source.split()} - rules.indefinite_markers):
            return source
    return None


SUBJECT_MAX_SENTENCES_BACK = 1  # the subject's sentence is the quote's own or the one right before it
SUBJECT_MAX_PARAGRAPHS_BACK = 1  # in the quote's paragraph or the one right before it


def subject_before(quote: Quote, previous: Quote | None, salience: Salience,
                   paragraph_starts: list[int]) -> FocusMention | None:
    """The person who is the subject of the sentence right before a cue-less direct quote, or
    of its own sentence ("Kluivert memberikan pujian. “…”", "Mamah Dedeh pun memuji penampilan
    mereka, “…”"), when nothing was quoted since: news introduces a speaker with a sentence
    about them, then gives their words. The latest subject mention after the previous quote
    and its cue; none when the sentence or paragraph before the quote names no person as subject."""
    floor = _quote_extent(previous) if previous is not None else 0
    quote_paragraph = bisect_right(paragraph_starts, quote.start)
    for mention in reversed(salience.candidates(quote.start)):
        if mention.start < floor or salience.sentences_between(mention.end, quote.start) > SUBJECT_MAX_SENTENCES_BACK \
                or quote_paragraph - bisect_right(paragraph_starts, mention.start) > SUBJECT_MAX_PARAGRAPHS_BACK:
            return None
        if mention.is_subject:
            return mention
    return None


def _quote_extent(quote: Quote) -> int:
    """Where a quote and its attribution end: its text, its cue and its speaker phrase."""
    ends = [quote.end]
    if quote.cue is not None:
        ends.append(quote.cue.end)
    if quote.speaker.mention is not None:
        ends.append(quote.speaker.mention.end)
    return max(ends)


def continues(previous: Quote, quote: Quote, document: Document) -> bool:
    """An unattributed quote continues the previous speaker in the same paragraph run."""
    if previous.speaker.name is None or quote.type != "direct":
        return False
    gap = quote.start - previous.end
    if gap > CARRY_MAX_GAP_CHARS:
        return False
    paragraph = document.paragraph_of(previous.end)
    if paragraph.start <= quote.start < paragraph.end:
        return True
    # the next paragraph opens with the quote: consecutive statement paragraphs
    following = document.paragraph_of(quote.start)
    return document.text[following.start:quote.start].strip() in ("", "“", "\"", "”", "«")
