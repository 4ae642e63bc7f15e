"""Stage 5: the speaker slot. Named generators propose who said each quote; a ranker chooses.

The cue readers (attribution) leave each quote with the speaker phrase next to its cue: a
name, an organisation, a role phrase, a clitic (katanya) or a pronoun (ia, dia), or nothing.
Each way the rules get from there to a speaker is a generator with an id (the table below,
one row each in rules/README.md). A generator proposes candidates, each with the signals it
computed (distances, salience, the cue's direction, the previous quote's speaker, ...) as
plain numbers and booleans. A `SpeakerRanker` chooses one; the quote's `speaker.rule` names
the generator and the ranker ("speaker.clitic_antecedent@rules"). `RuleRanker` is the rules'
order of precedence, which chooses what the coreference stage chose before the slot existed.

generator                          proposes, for a quote whose cue phrase is ...
speaker.cue_name                   a name: that name
speaker.cue_organisation           an organisation: that organisation
speaker.cue_unnamed_source         an indefinite role ("seorang pejabat"): the role as written
speaker.cue_role                   a definite role nothing resolves: the role as written
speaker.cue_unresolved             a clitic or pronoun with no antecedent and no previous speaker
speaker.self_described             a clitic or pronoun, and the quote says "saya sebagai Kepala
                                   Desa": the person named earlier with that role
speaker.clitic_antecedent          a clitic: every person in focus before it (salience)
speaker.pronoun_antecedent         a pronoun: every person in focus before it (salience)
speaker.previous_speaker_fallback  a clitic or pronoun: the previous quote's speaker (taken by
                                   the rules only when no antecedent is in focus)
speaker.earlier_unnamed_source     a definite role: the unnamed source an earlier quote named
                                   with the same words ("seorang pejabat" ... "pejabat itu")
speaker.role_holder                a definite role: the person named earlier with that role
speaker.role_abbreviation          a definite role of one shortened office ("Menkeu"): the person
                                   named earlier with the long role it abbreviates; a short form
                                   defined in brackets after an office ("Direktur … (Dirreskrimum)
                                   … Kombes Pol Surawan"): the person named right after it
speaker.role_organisation          a definite role: an organisation that spoke and whose name
                                   opens with the role's head noun ("JPU" ... "kata jaksa")
speaker.organisation_anaphor       a definite phrase headed by an institution noun ("Anak usaha BCA
                                   ini"): the organisation named last before it, never a person;
                                   the noun alone ("tulis perseroan"): the organisation that spoke last
speaker.document_issuer            a document phrase closed by a demonstrative ("riset itu"): the
                                   issuer named with the same document noun before it ("riset PT
                                   Pilarmas Investindo Sekuritas"), never the person in focus; one
                                   of an institution phrase ("laman organisasi tersebut"): the
                                   organisation that phrase points back at; a bare document
                                   ("menurut data dari BPS"): the issuer written right after it
speaker.statute_of_provision       a statute's provision ("Pasal 9 ayat (1)", "pasal 9"): the statute
                                   written in the phrase, else the one named last before it
speaker.unnamed_office             a definite role nobody was named with: the office as the article
                                   wrote it before with no one holding it ("Gubernur Aceh
                                   menyurati …" … "Gubernur menyebut")
speaker.account_handle             a definite account phrase ("tulis akun tersebut"): the last
                                   handle written before it ("@warungjurnalis"), never a person
speaker.role_in_focus              a definite role: the person in focus, for an epithet or a
                                   person introduced without a role
speaker.preceding_subject          nothing, and a person is the subject of the quote's sentence or
                                   the one before it, named since the previous quote: that person
speaker.previous_quote             nothing, the quote continues the previous one: its speaker
speaker.none                       nothing, and no continuation: no speaker
speaker.salience                   any quote, when candidates are listed or a trained ranker reads
                                   signals: every person in focus before it (the rules never take it)
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from service.deadline import NO_DEADLINE, Deadline
from service.extraction import coreference
from service.extraction.document import (
    CARRY_RULE,
    SUBJECT_RULE,
    Document,
    Mention,
    Quote,
    Signals,
    Span,
    Speaker,
    SpeakerCandidate,
    Token,
    rule_id,
    speaker_confidence,
)
from service.extraction.mentions import TextIndex, is_capitalised, phrase_after
from service.extraction.names import same_name
from service.extraction.rules import RuleSet
from service.extraction.salience import FocusGroup, FocusMention, Salience
from service.extraction.speaker_phrases import (
    bare_institution_head,
    issuer_after_marker,
    organisation_anaphor_head,
    parse_speaker_phrase,
    read_document_issuer,
)

CUE_NAME = "speaker.cue_name"
APPOSED_HEAD = "speaker.apposed_head"
CUE_ORGANISATION = "speaker.cue_organisation"
CUE_UNNAMED_SOURCE = "speaker.cue_unnamed_source"
CUE_ROLE = "speaker.cue_role"
CUE_UNRESOLVED = "speaker.cue_unresolved"
SELF_DESCRIBED = "speaker.self_described"
CLITIC_ANTECEDENT = "speaker.clitic_antecedent"
PRONOUN_ANTECEDENT = "speaker.pronoun_antecedent"
PREVIOUS_SPEAKER_FALLBACK = "speaker.previous_speaker_fallback"
EARLIER_UNNAMED_SOURCE = "speaker.earlier_unnamed_source"
ROLE_HOLDER = "speaker.role_holder"
ROLE_ABBREVIATION = "speaker.role_abbreviation"
ROLE_ORGANISATION = "speaker.role_organisation"
ORGANISATION_ANAPHOR = "speaker.organisation_anaphor"
DOCUMENT_ISSUER = "speaker.document_issuer"
STATUTE_OF_PROVISION = "speaker.statute_of_provision"
UNNAMED_OFFICE = "speaker.unnamed_office"
ACCOUNT_HANDLE = "speaker.account_handle"
ROLE_IN_FOCUS = "speaker.role_in_focus"
PRECEDING_SUBJECT = "speaker.preceding_subject"
PREVIOUS_QUOTE = "speaker.previous_quote"
NO_SPEAKER = "speaker.none"
SALIENCE = "speaker.salience"

# every id a generator can put in `speaker.rule`, in the rules' order of precedence
GENERATOR_IDS = (STATUTE_OF_PROVISION, APPOSED_HEAD, CUE_NAME, CUE_ORGANISATION, CUE_UNNAMED_SOURCE, SELF_DESCRIBED,
                 CLITIC_ANTECEDENT, PRONOUN_ANTECEDENT, PREVIOUS_SPEAKER_FALLBACK, CUE_UNRESOLVED,
                 EARLIER_UNNAMED_SOURCE,
                 ROLE_HOLDER, ROLE_ABBREVIATION, ROLE_ORGANISATION, ORGANISATION_ANAPHOR, DOCUMENT_ISSUER,
                 UNNAMED_OFFICE, ACCOUNT_HANDLE, ROLE_IN_FOCUS, CUE_ROLE, PRECEDING_SUBJECT, PREVIOUS_QUOTE, NO_SPEAKER,
                 SALIENCE)
# an apposition between an accepted name and a cue name the people check rejected: at most this
# many tokens, none of them a reporting verb, a quotation mark or a sentence end
APPOSITION_MAX_TOKENS = 20
APPOSITION_STOPS = frozenset({".", "!", "?", ";", "\"", "“", "”", "'", "‘", "’"})
# the generators whose candidate is the cue phrase itself: choosing one leaves the speaker as read
KEEPS_THE_CUE_PHRASE = frozenset({CUE_NAME, CUE_ORGANISATION, CUE_UNNAMED_SOURCE, CUE_ROLE, CUE_UNRESOLVED,
                                  NO_SPEAKER})
ANTECEDENT_GENERATORS = {"clitic": CLITIC_ANTECEDENT, "pronoun": PRONOUN_ANTECEDENT}
# generators whose choice is an organisation or a document's issuer: no person in focus after it
NOT_PEOPLE_IN_FOCUS = frozenset({ORGANISATION_ANAPHOR, DOCUMENT_ISSUER, STATUTE_OF_PROVISION, ACCOUNT_HANDLE})
# cue phrases whose resolved person is in focus where the phrase is written (focus.resolved_speaker)
RESOLVED_CUE_KINDS = frozenset({"clitic", "pronoun", "role"})
# cue phrases that speak as written, named without a closing demonstrative (phrase_name)
PHRASE_NAME_KINDS = frozenset({"organization", "role"})


class SpeakerRanker(Protocol):
    """Chooses one of a quote's candidates; the rules' order or a trained model."""

    name: str  # after the "@" in speaker.rule
    version: str  # part of meta.rules_version (and so of the store's "unchanged" check) when not the rules'
    needs_signals: bool  # whether it reads the shared signals (distances, history), which cost time

    def choose(self, quote: Quote, candidates: Sequence[SpeakerCandidate]) -> SpeakerCandidate:
        """One of `candidates` (never empty: a fallback generator always proposes)."""
        ...


class RuleRanker:
    """The rules: the first candidate by generator precedence, each generator's own first
    choice (salience rank 0); of a role's holder and organisation, the one named last."""

    name = "rules"
    version = "rules"
    needs_signals = False

    def choose(self, quote: Quote, candidates: Sequence[SpeakerCandidate]) -> SpeakerCandidate:
        firsts: dict[str, SpeakerCandidate] = {}
        for candidate in candidates:
            if candidate.generator != SALIENCE and not candidate.signals.get("generator_rank", 0):
                firsts.setdefault(candidate.generator, candidate)
        holder, organisation = firsts.get(ROLE_HOLDER), firsts.get(ROLE_ORGANISATION)
        if holder is not None and organisation is not None and EARLIER_UNNAMED_SOURCE not in firsts:
            # both fit the role: the one named last is in focus
            assert holder.mention is not None and organisation.mention is not None
            return organisation if organisation.mention.start > holder.mention.end else holder
        for generator in GENERATOR_IDS:
            if generator in firsts:
                return firsts[generator]
        raise ValueError("no candidate for the quote")  # the slot always adds a fallback


@dataclass
class SlotState:
    """What the slot knows when it reaches a quote: the article, the salience model and what
    it chose for the quotes before."""

    document: Document
    rules: RuleSet
    index: TextIndex
    salience: Salience
    unnamed_sources: list[str] = field(default_factory=list)  # role phrases of unnamed sources so far
    organisations: list[Mention] = field(default_factory=list)  # organisations that spoke so far, in order
    written_organisations: list[Mention] | None = None  # coreference.organisation_mentions, found when first asked
    focused_cues: set[tuple[int, int]] = field(default_factory=set)  # clitic and pronoun cues added to salience
    previous: Quote | None = None
    speakers_so_far: list[str] = field(default_factory=list)  # earlier quotes' speaker names
    sentence_starts: list[int] = field(default_factory=list)
    paragraph_starts: list[int] = field(default_factory=list)
    not_people: Sequence[Span] = ()  # mentions of the names the people check rejected


Generator = Callable[[Quote, SlotState], list[SpeakerCandidate]]


def _name_mention(focus: FocusMention) -> Mention:
    return Mention(focus.start, focus.end, "name", focus.name)


def _focus_signals(group: FocusGroup, rank: int, state: SlotState, point: int) -> Signals:
    latest = group.latest
    return {"generator_rank": rank, "salience": group.score, "salience_mentions": group.mentions,
            "is_subject": latest.is_subject, "was_speaker": latest.is_speaker,
            "has_role_words": bool(latest.role_words),
            "sentences_back": state.salience.sentences_between(latest.end, point),
            **{rule: rule in group.focus_rules for rule in coreference.FOCUS_RULE_IDS}}


def _focus_candidates(generator: str, groups: list[FocusGroup], state: SlotState,
                      point: int) -> list[SpeakerCandidate]:
    return [SpeakerCandidate(generator, group.latest.name, _name_mention(group.latest),
                             _focus_signals(group, rank, state, point), role_words=group.latest.role_words)
            for rank, group in enumerate(groups)]


def cue_phrase(quote: Quote, state: SlotState) -> list[SpeakerCandidate]:
    """The speaker phrase the cue reader found: a name, an organisation, or a role that stays as
    written (indefinite: an unnamed source; definite: a role nothing else resolves)."""
    mention = quote.speaker.mention
    if mention is None:
        return []
    if mention.kind == "name":
        generator = CUE_NAME
    elif mention.kind == "organization":
        # a short form defined as a person's office is a role, resolved by office_short_form_holder
        generator = CUE_ROLE if _office_short_form_holder(mention, state) is not None else CUE_ORGANISATION
    elif mention.kind == "role":
        anaphoric = coreference.is_anaphoric(state.document.text[mention.start:mention.end], state.rules)
        generator = CUE_ROLE if anaphoric else CUE_UNNAMED_SOURCE
    else:
        generator = CUE_UNRESOLVED
    return [SpeakerCandidate(generator, phrase_name(mention, state.rules), mention, {"generator_rank": 0})]


def phrase_name(mention: Mention, rules: RuleSet) -> str | None:
    """The name of an organisation or role phrase that speaks as written, less the demonstrative
    that closes it ("juru bicara tersebut" -> "juru bicara", "dewan tersebut" -> "dewan"): the
    demonstrative points back, it names no one (guidelines: the canonical name as best given;
    "para peserta aksi" for "Para peserta aksi tersebut"). Kept where it closes a postmodifier
    ("para dokter di kota tersebut": the town's, not the doctors'), a time adjunct or an age
    ("Gubernur Aceh kala itu", "pejabat 60 tahun ini"), and for a document ("siaran pers tersebut",
    which the document generators read for its issuer). The mention stays the phrase as written."""
    name = mention.name
    if mention.kind not in PHRASE_NAME_KINDS or not name:
        return name
    words = name.split()
    if len(words) < 2 or words[-1].lower() not in rules.demonstratives or _closes_another_phrase(words, rules) \
            or _names_a_document(name, rules):
        return name
    return name[:len(name) - len(words[-1])].rstrip(" ,")


def _closes_another_phrase(words: list[str], rules: RuleSet) -> bool:
    """Whether the closing demonstrative belongs to a phrase inside the speaker's: a postmodifier
    ("di kota tersebut"), a time adjunct or an age ("tahun ini", "60 tahun ini", "kala itu")."""
    before = words[-2].lower()
    return before in rules.time_words or before in rules.time_nouns_before_demonstratives \
        or any(word.lower() in rules.noun_postmodifiers for word in words[1:-1])


def apposed_head(quote: Quote, state: SlotState) -> list[SpeakerCandidate]:
    """A cue name the people check rejected that closes an apposition to a person's name
    ("Rina Wulandari, pengurus Yayasan Sapto Argo, mengatakan"): the tagger's name inside the
    office is no speaker, the name the office describes is."""
    mention = quote.speaker.mention
    if mention is None or mention.kind != "name" or not state.not_people:
        return []
    head = apposition_head(mention, state.index, state.rules, state.not_people)
    if head is None:
        return []
    return [SpeakerCandidate(APPOSED_HEAD, head.name, head, {"generator_rank": 0})]


def apposition_head(mention: Span, index: TextIndex, rules: RuleSet, not_people: Sequence[Span]) -> Mention | None:
    """The person's name an apposition describes, when `mention` is a rejected name inside it:
    the nearest PER entity before the mention in its sentence, not itself rejected, followed
    by a comma, with no reporting verb, quotation mark or sentence end up to the mention."""
    if not _overlaps_spans(mention, not_people):
        return None
    document = index.document
    sentence = document.sentence_of(mention.start)
    between = [token for token in index.tokens_in(sentence.start if sentence else 0, mention.start)
               if token.end <= mention.start]
    for position in range(len(between) - 1, -1, -1):
        entity = index.entity_by_token.get(between[position].index)
        if entity is None or entity.label != "PER" or entity.end > mention.start:
            continue
        after = [token for token in between[position + 1:] if token.start >= entity.end]
        if _overlaps_spans(entity, not_people) or not _opens_apposition(after, rules):
            return None
        name = document.text[entity.start:entity.end]
        return Mention(entity.start, entity.end, "name", name)
    return None


def _opens_apposition(tokens: list[Token], rules: RuleSet) -> bool:
    """A comma first, then a short stretch with no reporting verb, quotation mark or sentence end."""
    return bool(tokens) and tokens[0].text == "," and len(tokens) <= APPOSITION_MAX_TOKENS \
        and not any(token.text in APPOSITION_STOPS or token.text.lower() in rules.reporting_verbs for token in tokens)


def _overlaps_spans(span: Span, spans: Sequence[Span]) -> bool:
    """Whether `span` overlaps any of `spans` (the rejected names' mentions, for the apposition
    head and for who may be in focus)."""
    return any(span.overlaps(other) for other in spans)


def antecedents(quote: Quote, state: SlotState) -> list[SpeakerCandidate]:
    """A clitic's or pronoun's antecedents: the person the quote says it speaks as ("saya
    sebagai Kepala Desa"), and every person in focus before the cue, most salient first;
    people the quote itself names in the third person are not its speaker."""
    mention = quote.speaker.mention
    if mention is None or mention.kind not in ANTECEDENT_GENERATORS:
        return []
    point = min(mention.start, quote.start)
    spoken_of = coreference.spoken_of(quote, state.document, state.index, state.rules)
    found: list[SpeakerCandidate] = []
    described = coreference.self_described(spoken_of, state.salience, point, state.rules)
    if described is not None:
        found.append(SpeakerCandidate(SELF_DESCRIBED, described.name, _name_mention(described),
                                      {"generator_rank": 0, "is_subject": described.is_subject},
                                      role_words=described.role_words))
    found += _focus_candidates(ANTECEDENT_GENERATORS[mention.kind], _pronoun_focus(point, spoken_of, state),
                               state, point)
    return found


def _pronoun_focus(point: int, spoken_of: coreference.SpokenOf, state: SlotState) -> list[FocusGroup]:
    """The people a pronoun, clitic or epithet at `point` may point back to, most likely first:
    the salience ranking with the focus rules applied in order (a subject over a passing
    mention, a new subject over the earlier focus, the previous quote's speaker holding)."""
    salience = state.salience
    groups = coreference.subject_over_passing_mention(salience.ranked(point, spoken_of.names_the), salience, point)
    groups = coreference.new_subject_over_earlier_focus(groups, salience, point, state.document)
    groups = coreference.subject_just_before(groups, salience, point, state.index, state.rules)
    return coreference.quoted_speaker_holds(groups, salience, point, state.previous)


def previous_speaker_fallback(quote: Quote, state: SlotState) -> list[SpeakerCandidate]:
    """A clitic or pronoun may take the previous quote's speaker by name (the rules do so only
    when no antecedent is in focus)."""
    mention = quote.speaker.mention
    previous = state.previous
    if mention is None or mention.kind not in ANTECEDENT_GENERATORS or previous is None \
            or not previous.speaker.name:
        return []
    return [SpeakerCandidate(PREVIOUS_SPEAKER_FALLBACK, previous.speaker.name, None, {"generator_rank": 0})]


def _anaphoric_role(quote: Quote, state: SlotState) -> str | None:
    mention = quote.speaker.mention
    if mention is None or mention.kind != "role":
        return None
    role_text = state.document.text[mention.start:mention.end]
    if _names_a_document(role_text, state.rules):
        return None
    return role_text if coreference.is_anaphoric(role_text, state.rules) else None


def _names_a_document(role_text: str, rules: RuleSet) -> bool:
    """A phrase headed by a document noun ("siaran pers tersebut", "surat itu", "laman resmi
    itu") is a document speaking as written, never an epithet of the person in focus
    (guidelines: a document speaks; its issuer is read where the phrase names one)."""
    words = role_text.split()
    return bool(words) and words[0].lower() in rules.document_heads


def role_referents(quote: Quote, state: SlotState) -> list[SpeakerCandidate]:
    """Who a definite role phrase refers to: an unnamed source named with the same words
    before, the person named earlier with the role, an organisation named by the role that
    spoke before, or the person in focus; never a person the quote names in the third person."""
    role_text = _anaphoric_role(quote, state)
    if role_text is None:
        return []
    assert quote.speaker.mention is not None
    offset = quote.speaker.mention.start
    # where the discourse stands: before the quote for a phrase written after it
    point = min(offset, quote.start)
    account = coreference.account_handle(role_text, point, state.document, state.rules)
    if account is not None:
        return [SpeakerCandidate(ACCOUNT_HANDLE, account.name, account, {"generator_rank": 0})]
    head = organisation_anaphor_head(role_text.split(), state.rules)
    if head is not None:
        return _organisation_anaphor(quote.speaker.mention, head, point, state, quote)
    bare = bare_institution_head(role_text.split(), state.rules)
    if bare is not None:
        return _bare_institution(quote.speaker.mention, bare, point, state, quote)
    found: list[SpeakerCandidate] = []
    earlier = coreference.earlier_unnamed_source(role_text, state.unnamed_sources, state.rules)
    if earlier is not None:
        found.append(SpeakerCandidate(EARLIER_UNNAMED_SOURCE, earlier, None, {"generator_rank": 0}))
    if coreference.names_a_source(role_text, state.rules):
        return found  # "ujar sumber dalam klub": an unnamed source, no holder nor person in focus
    spoken_of = coreference.spoken_of(quote, state.document, state.index, state.rules)
    holder = coreference.role_holder(role_text, state.salience, offset, state.rules, spoken_of.names_the)
    if holder is not None:
        overlap = len(set(coreference.role_words(role_text, state.rules)) & holder.role_words)
        found.append(SpeakerCandidate(ROLE_HOLDER, holder.name, _name_mention(holder),
                                      {"generator_rank": 0, "role_words_shared": overlap,
                                       "is_subject": holder.is_subject}, role_words=holder.role_words))
    else:
        shortened = coreference.role_abbreviation_holder(role_text, state.salience, offset, state.rules,
                                                         spoken_of.names_the)
        if shortened is not None:
            found.append(SpeakerCandidate(ROLE_ABBREVIATION, shortened.name, _name_mention(shortened),
                                          {"generator_rank": 0, "is_subject": shortened.is_subject},
                                          role_words=shortened.role_words))
    organisation = coreference.organisation_named_by_role(role_text, state.organisations, state.rules)
    if organisation is not None:
        found.append(SpeakerCandidate(ROLE_ORGANISATION, organisation.name, organisation, {"generator_rank": 0}))
    if holder is None:
        office = coreference.unnamed_office(role_text, point, state.index, state.rules)
        if office is not None:
            found.append(SpeakerCandidate(UNNAMED_OFFICE, office.name, office, {"generator_rank": 0}))
    # the person in focus where the discourse stands (`point`: "“…. ….” ujar mantan pelatih … ini"
    # is read before its quote, whose own sentences put no one out of focus)
    in_focus = _epithet_antecedent(role_text, point, spoken_of, state) \
        if coreference.is_epithet(role_text, state.rules) \
        else coreference.person_in_focus_for_role(role_text, state.salience, point, state.rules, spoken_of.names_the)
    if in_focus is not None:
        found.append(SpeakerCandidate(ROLE_IN_FOCUS, in_focus.name, _name_mention(in_focus),
                                      {"generator_rank": 0, "is_epithet": coreference.is_epithet(role_text,
                                                                                                  state.rules)},
                                      role_words=in_focus.role_words))
    return found


OFFICE_DEFINITION_TOKENS = 8  # how many words before "(SHORT)" an office's long form may open
BRACKETS = ("(", ")")


def office_short_form_holder(quote: Quote, state: SlotState) -> list[SpeakerCandidate]:
    """A one-word short form the article defined in brackets after an office and before a
    person's name ("Direktur Direktorat Reserse Kriminal Umum (Dirreskrimum) Polda Jabar Kombes
    Pol Surawan" … "kata Dirreskrimum"): that person holds the office it shortens (rule
    speaker.role_abbreviation), whatever the alias stage made of it (an organisation)."""
    mention = quote.speaker.mention
    if mention is None or mention.kind != "organization":
        return []
    holder = _office_short_form_holder(mention, state)
    if holder is None:
        return []
    return [SpeakerCandidate(ROLE_ABBREVIATION, holder.name, _name_mention(holder),
                             {"generator_rank": 0, "is_subject": holder.is_subject}, role_words=holder.role_words)]


def _office_short_form_holder(mention: Mention, state: SlotState) -> FocusMention | None:
    """The person named right after the bracketed definition of the one-word phrase `mention`,
    in its sentence, when the words before the brackets open with an office; the latest such
    definition before the phrase."""
    tokens, index = state.index.tokens, state.index
    first, end = index.token_at(mention.start), index.token_at(mention.end)
    if end - first != 1:
        return None
    short = tokens[first].text
    for position in range(first - 2, 0, -1):
        if tokens[position].text != short or tokens[position - 1].text != BRACKETS[0] \
                or position + 1 >= len(tokens) or tokens[position + 1].text != BRACKETS[1]:
            continue
        if not _opens_with_an_office(position - 1, state):
            continue
        return _person_right_after(tokens[position + 1].end, state)
    return None


def _opens_with_an_office(bracket: int, state: SlotState) -> bool:
    """The capitalised words before the opening bracket at token `bracket` open with an office
    or title ("Direktur …"), not an institution ("Badan Pusat Statistik (BPS)")."""
    tokens = state.index.tokens
    start = bracket
    while start - 1 >= 0 and bracket - (start - 1) <= OFFICE_DEFINITION_TOKENS \
            and tokens[start - 1].text[:1].isupper() and state.document.sentence_of(tokens[start - 1].start) \
            == state.document.sentence_of(tokens[bracket].start):
        start -= 1
    return start < bracket and state.rules.is_title_or_role(tokens[start].text) \
        and tokens[start].text.lower() not in state.rules.institution_heads


def _person_right_after(offset: int, state: SlotState) -> FocusMention | None:
    """The person named within ROLE_CONTEXT_TOKENS tokens after `offset`, in its sentence, with
    only capitalised words before it (the office's place and the person's rank: "Polda Jabar
    Kombes Pol"); a lowercase word there ("(JPU) menyebut tindakan Tom …") ends the office."""
    index, document = state.index, state.document
    at, sentence = index.token_at(offset), document.sentence_of(offset)
    near = [focus for focus in state.salience.mentions
            if focus.start >= offset and document.sentence_of(focus.start) == sentence
            and index.token_at(focus.start) - at <= coreference.ROLE_CONTEXT_TOKENS]
    person = min(near, key=lambda focus: focus.start, default=None)
    if person is None or not all(token.text[:1].isupper() for token in index.tokens_in(offset, person.start)):
        return None
    return person


def _epithet_antecedent(role_text: str, point: int, spoken_of: coreference.SpokenOf,
                        state: SlotState) -> FocusMention | None:
    """An epithet ("pria 70 tahun itu", "sang bek") points back as a pronoun does, so its
    antecedent is ranked as a pronoun's: a person named only in passing since the source spoke
    ("terlalu dini bagi Roy Hodgson") yields to the subject or speaker in focus, a new subject
    that opens its sentence goes first, the previous quote's speaker holds over people its
    account is about (issue 21). Never the person the epithet itself names ("tetangga Rio
    Ferdinand itu", "kuasa hukum Vidi itu"): the one the speaker is related to. None when
    nobody is in focus or the role is dated."""
    if coreference.is_dated_role(role_text, state.rules):
        return None
    groups = [group for group in _pronoun_focus(point, spoken_of, state)
              if not coreference.named_in_description(role_text, group.name)]
    if not groups or state.salience.sentences_between(groups[0].latest.end, point) > coreference.FOCUS_SENTENCES:
        return None
    return groups[0].latest


DOCUMENT_ANTECEDENT_TOKENS = 400  # how far back a document phrase's earlier mention is looked for


def document_issuer(quote: Quote, state: SlotState) -> list[SpeakerCandidate]:
    """A document phrase closed by a demonstrative ("riset itu", "siaran pers tersebut") refers
    back to the same document, written before with its issuer ("dalam riset PT Pilarmas
    Investindo Sekuritas menyebutkan"): that issuer speaks (guidelines: a document speaks for
    its issuer). A document of an institution phrase ("laman organisasi tersebut") speaks for
    the organisation that phrase points back at (as speaker.organisation_anaphor reads it). No
    earlier mention with an issuer: nothing (the phrase stays as written)."""
    mention = quote.speaker.mention
    if mention is None or mention.kind != "role":
        return []
    tokens, rules = state.index.tokens, state.rules
    first, end = state.index.token_at(mention.start), state.index.token_at(mention.end)
    issued = _issuer_of_a_bare_document(first, end, state)
    if issued is not None:
        return [issued]
    if end - first < 2 or tokens[first].text.lower() not in rules.document_heads \
            or tokens[end - 1].text.lower() not in rules.demonstratives:
        return []
    owner = organisation_anaphor_head([token.text for token in tokens[first + 1:end]], rules)
    if owner is not None:
        # "laman organisasi tersebut": the page of the organisation the phrase points back at
        owned = Mention(tokens[first + 1].start, mention.end, "role")
        return _organisation_anaphor(owned, owner, min(mention.start, quote.start), state, rule=DOCUMENT_ISSUER)
    head = tokens[first].text.lower()
    for position in range(first - 1, max(-1, first - 1 - DOCUMENT_ANTECEDENT_TOKENS), -1):
        if tokens[position].text.lower() != head:
            continue
        issuer = read_document_issuer(_up_to_a_verb(phrase_after(position, state.index, rules), rules),
                                      state.index, rules) or _issuer_after_marker(position, state)
        if issuer is not None:
            return [_issuer_candidate(issuer, state)]
    return []


def statute_of_provision(quote: Quote, state: SlotState) -> list[SpeakerCandidate]:
    """A statute's provision ("Pasal 9 ayat (1) menyebutkan bahwa …", "kata pasal 9", "Pasal 1
    Peraturan Menteri Perhubungan tersebut menyebutkan") speaks for its statute (guidelines:
    the statute speaks), written as the article titles it: the statute named in the phrase
    after the provision's numbers, else the one the article named last before it. A provision
    is no name ("Pasal") and no role ("pasal 9") to keep as read; with no statute written
    before, nothing (the phrase stays as read)."""
    mention = quote.speaker.mention
    if mention is None:
        return []
    tokens, rules = state.index.tokens, state.rules
    first = state.index.token_at(mention.start)
    if first >= len(tokens) or tokens[first].text.lower() not in rules.statute_provisions:
        return []
    after = _after_provision_numbers(first, tokens, rules)
    title = _statute_title(after, tokens, rules) if after < len(tokens) else None
    if title is not None and title[1] < len(tokens) and tokens[title[1]].text.lower() in rules.demonstratives:
        title = _earlier_title_opening_alike(title, first, tokens, rules) or title
    for position in range(first - 1, max(-1, first - 1 - DOCUMENT_ANTECEDENT_TOKENS), -1):
        if title is not None:
            break
        title = _statute_title(_title_start(position, tokens, rules), tokens, rules)
    if title is None:
        return []
    start, end = tokens[title[0]].start, tokens[title[1] - 1].end
    name = state.document.text[start:end]
    return [SpeakerCandidate(STATUTE_OF_PROVISION, name, Mention(start, end, "organization", name=name),
                             {"generator_rank": 0})]


def _earlier_title_opening_alike(title: tuple[int, int], first: int, tokens: list[Token],
                                 rules: RuleSet) -> tuple[int, int] | None:
    """ "Pasal 1 Peraturan Menteri Perhubungan tersebut": the demonstrative points back to the
    statute titled in full before, whose title opens with the same words ("Peraturan Menteri
    Perhubungan No 77 Tahun 2011"); None when no earlier title does."""
    words = [token.text.lower() for token in tokens[title[0]:title[1]]]
    for position in range(first - 1, max(-1, first - 1 - DOCUMENT_ANTECEDENT_TOKENS), -1):
        earlier = _statute_title(position, tokens, rules)
        if earlier is not None and earlier[1] - earlier[0] > len(words) \
                and [token.text.lower() for token in tokens[position:position + len(words)]] == words:
            return earlier
    return None


def _after_provision_numbers(first: int, tokens: list[Token], rules: RuleSet) -> int:
    """The token after a provision and its numbers ("Pasal 9 ayat (1) huruf a")."""
    position = first
    while position < len(tokens) and (tokens[position].text.lower() in rules.statute_provisions
                                      or _provision_number(tokens[position].text)):
        position += 1
    return position


def _provision_number(word: str) -> bool:
    """A provision's number as written: digits, a bracket, or one letter ("huruf a")."""
    return any(char.isdigit() for char in word) or word in ("(", ")") or (len(word) == 1 and word.isalpha())


def _statute_title(position: int, tokens: list[Token], rules: RuleSet) -> tuple[int, int] | None:
    """The token range of a statute's title opening at `position` ("Peraturan Menteri Kelautan
    dan Perikanan Nomor 10 Tahun 2024", "Perpres RI no 26/2015"): a capitalised statute noun
    that is no provision, then capitalised words, numbers, statute nouns ("no") and name
    connectors ("dan"); two words at least."""
    word = tokens[position].text
    if not is_capitalised(word) or word.lower() not in rules.statute_nouns or word.lower() in rules.statute_provisions:
        return None
    end = position + 1
    while end < len(tokens) and _continues_title(tokens[end].text, rules):
        end += 1
    while end - 1 > position and tokens[end - 1].text.lower() in rules.name_connectors:
        end -= 1
    return (position, end) if end - position >= 2 else None


def _title_start(position: int, tokens: list[Token], rules: RuleSet) -> int:
    """Where the title holding `position` opens: "Nomor" of "Peraturan Menteri … Nomor 10" is
    inside the title "Peraturan" opens, not one of its own. `position` when none opens before."""
    if _statute_title(position, tokens, rules) is None:
        return position
    start = position
    while start > 0 and _continues_title(tokens[start - 1].text, rules):
        start -= 1
    return next(at for at in range(start, position + 1) if _statute_title(at, tokens, rules) is not None)


def _continues_title(word: str, rules: RuleSet) -> bool:
    lower = word.lower()
    return (is_capitalised(word) and lower not in rules.demonstratives) or any(char.isdigit() for char in word) \
        or lower in rules.statute_nouns or lower in rules.name_connectors


def _up_to_a_verb(phrase: list[Token], rules: RuleSet) -> list[Token]:
    """The phrase before its first verb ("riset PT Pilarmas menyebutkan" -> "riset PT Pilarmas")."""
    end = next((at for at, token in enumerate(phrase)
                if rules.is_active_verb(token.text) or rules.is_passive_verb(token.text)), len(phrase))
    return phrase[:end]


def _issuer_of_a_bare_document(first: int, end: int, state: SlotState) -> SpeakerCandidate | None:
    """A speaker phrase of document nouns only ("menurut data dari Badan Pusat Statistik", "kata
    laporan yang dikeluarkan oleh Bank Dunia"): the phrase reader stopped at the preposition, so
    the document alone was read, but the issuer written right after it speaks for it
    (guidelines: "menurut laporan Bank Dunia" is Bank Dunia's). Rule speaker.document_issuer."""
    tokens, rules = state.index.tokens, state.rules
    if end <= first or not all(token.text.lower() in rules.document_nouns for token in tokens[first:end]):
        return None
    issuer = _issuer_after_marker(first, state)
    if issuer is None:
        return None
    return _issuer_candidate(issuer, state)


def _issuer_candidate(issuer: Mention, state: SlotState) -> SpeakerCandidate:
    """The issuer of a document as the speaker: its name, or its words as written."""
    name = issuer.name or state.document.text[issuer.start:issuer.end]
    return SpeakerCandidate(DOCUMENT_ISSUER, name, issuer, {"generator_rank": 0})


def _issuer_after_marker(position: int, state: SlotState) -> Mention | None:
    """The issuer written after a preposition following the document noun at `position`
    ("siaran pers dari Biro Humas …"): a name or an organisation, read up to its verb."""
    start = issuer_after_marker(position, state.index, state.rules)
    if start is None:
        return None
    phrase = _up_to_a_verb(phrase_after(start, state.index, state.rules), state.rules)
    issuer = parse_speaker_phrase(phrase, state.index, state.rules) if phrase else None
    return issuer if issuer is not None and issuer.kind in ("name", "organization") else None


def _written_organisations(state: SlotState) -> list[Mention]:
    """The article's organisations, found once, the first time an institution phrase asks."""
    if state.written_organisations is None:
        state.written_organisations = coreference.organisation_mentions(state.document, state.index, state.rules)
    return state.written_organisations


def _organisation_anaphor(phrase: Mention, head: str, point: int, state: SlotState,
                          quote: Quote | None = None, rule: str = ORGANISATION_ANAPHOR) -> list[SpeakerCandidate]:
    """An institution phrase closed by a demonstrative refers to an organisation, never to a
    person: the organisation before it; with none, for a phrase after the quote it attributes,
    the organisation the quote's own words name (a statement names its body); else nothing (the
    phrase stays as written). `rule` records which generator asked (a document of the phrase:
    speaker.document_issuer)."""
    organisation = coreference.organisation_antecedent(Span(phrase.start, phrase.end), head, point,
                                                       _written_organisations(state) + state.organisations,
                                                       state.document, state.salience)
    if organisation is None and quote is not None and phrase.start >= quote.end:
        organisation = coreference.organisation_named_in_quote(Span(quote.start, quote.end), state.document,
                                                               state.index, state.rules)
    if organisation is None:
        return []
    return [SpeakerCandidate(rule, organisation.name, organisation, {"generator_rank": 0})]


def _bare_institution(phrase: Mention, head: str, point: int, state: SlotState,
                      quote: Quote) -> list[SpeakerCandidate]:
    """An institution noun alone ("tulis perseroan", "Maskapai mengatakan") is the body the
    article follows: the organisation that spoke last before it, else the one an institution
    phrase with a demonstrative would point back at (speaker.organisation_anaphor). The latest
    organisation written is often one the body spoke of ("Danamon mengatakan, kepemilikan saham
    MUFG Bank …" … "tulis perseroan" is Danamon's)."""
    spoke = [organisation for organisation in state.organisations
             if organisation.end <= point and organisation.name and not organisation.overlaps(phrase)]
    if spoke:
        latest = max(spoke, key=lambda organisation: organisation.end)
        return [SpeakerCandidate(ORGANISATION_ANAPHOR, latest.name, latest, {"generator_rank": 0})]
    return _organisation_anaphor(phrase, head, point, state, quote)


def previous_quote(quote: Quote, state: SlotState) -> list[SpeakerCandidate]:
    """A quote with no cue right after another one, in the same paragraph run, continues its
    speaker (news convention); otherwise it has none."""
    if quote.speaker.mention is not None:
        return []
    previous = state.previous
    if previous is not None and coreference.continues(previous, quote, state.document):
        return [SpeakerCandidate(PREVIOUS_QUOTE, previous.speaker.name, previous.speaker.mention,
                                 {"generator_rank": 0, "gap_chars": quote.start - previous.end})]
    return [SpeakerCandidate(NO_SPEAKER, None, None, {"generator_rank": 0})]


def preceding_subject(quote: Quote, state: SlotState) -> list[SpeakerCandidate]:
    """A direct quote with no cue after a sentence whose subject is a person named since the
    previous quote: that person, unless the quote continues the previous one and they are its
    speaker (a continuation) or the quote names them in the third person."""
    if quote.speaker.mention is not None or quote.type != "direct":
        return []
    subject = coreference.subject_before(quote, state.previous, state.salience, state.paragraph_starts)
    if subject is None:
        return []
    previous = state.previous
    if previous is not None and previous.speaker.name and same_name(subject.name, previous.speaker.name) \
            and coreference.continues(previous, quote, state.document):
        return []  # the previous speaker again, right after: a continuation (speaker.previous_quote)
    if coreference.spoken_of(quote, state.document, state.index, state.rules).names_the(subject):
        return []
    return [SpeakerCandidate(PRECEDING_SUBJECT, subject.name, _name_mention(subject),
                             {"generator_rank": 0, "sentences_back": state.salience.sentences_between(
                                 subject.end, quote.start)}, role_words=subject.role_words)]


def salience_candidates(quote: Quote, in_focus: list[FocusGroup], state: SlotState) -> list[SpeakerCandidate]:
    """Every person in focus before the quote (`in_focus`, the salience model's ranking there),
    whatever its cue: listed for a trained ranker."""
    return _focus_candidates(SALIENCE, in_focus, state, quote.start)


# the rules' generators, in the order they run; the listing adds salience_candidates
GENERATORS: tuple[Generator, ...] = (apposed_head, cue_phrase, antecedents, previous_speaker_fallback, role_referents,
                                     office_short_form_holder, document_issuer, statute_of_provision, preceding_subject,
                                     previous_quote)


def choose_speakers(document: Document, rules: RuleSet, ranker: SpeakerRanker, index: TextIndex | None = None,
                    deadline: Deadline = NO_DEADLINE, keep_candidates: bool = False,
                    not_people: Sequence[Span] = ()) -> None:
    """For each quote in order: every generator proposes, the ranker chooses, the choice is
    applied and remembered (the salience model, the organisations and unnamed sources that
    spoke, the previous quote), and how many people are in focus there (`Quote.people_in_focus`,
    read by the confidence stage). `keep_candidates` keeps them all on the quote
    (`Quote.candidates`), with the shared signals; both it and a ranker that reads signals get
    the salience generator's too. Mentions overlapping `not_people` (names the people check
    rejected) are never in focus: no clitic, pronoun, role or carry resolves to them."""
    index = index or TextIndex(document)
    mentions = [mention for mention in coreference.person_mentions(document, index, rules)
                if not _overlaps_spans(Span(mention.start, mention.end), not_people)]
    salience = Salience(mentions, [sentence.start for sentence in document.sentences], same_name)
    state = SlotState(document, rules, index, salience,
                      sentence_starts=[sentence.start for sentence in document.sentences],
                      paragraph_starts=[paragraph.start for paragraph in document.paragraphs],
                      not_people=not_people)
    with_signals = keep_candidates or ranker.needs_signals
    pronouns = coreference.subject_pronouns(document, index, rules)
    for quote in document.quotes:
        deadline.check()
        cue_mention = quote.speaker.mention
        pronouns = _chain_subject_pronouns(pronouns, _discourse_point(quote), state)
        candidates = [candidate for generator in GENERATORS for candidate in generator(quote, state)]
        in_focus = state.salience.ranked(quote.start)  # ranked once: counted here, listed for a ranker
        quote.people_in_focus = len(in_focus)
        if with_signals:  # a trained ranker sees the candidates it was trained on, with the shared signals
            candidates += salience_candidates(quote, in_focus, state)
            candidates = [_with_shared_signals(candidate, quote, state) for candidate in candidates]
        chosen = ranker.choose(quote, candidates)
        _apply(chosen, quote, state)
        quote.speaker.rule = f"{chosen.generator}@{ranker.name}"
        if keep_candidates:
            quote.candidates = candidates
            quote.speaker.candidate = chosen
        if cue_mention is not None and cue_mention.kind == "role" and _anaphoric_role(quote, state) is None:
            state.unnamed_sources.append(document.text[cue_mention.start:cue_mention.end])
        if cue_mention is not None and cue_mention.kind == "organization" and cue_mention.name:
            state.organisations.append(cue_mention)
        if quote.speaker.name:
            state.speakers_so_far.append(quote.speaker.name)
        state.previous = quote


def _discourse_point(quote: Quote) -> int:
    """Where the discourse stands when a quote is attributed: its start, or its cue phrase's
    where that comes first."""
    mention = quote.speaker.mention
    return min(quote.start, mention.start) if mention is not None else quote.start


def _chain_subject_pronouns(pronouns: list[Span], point: int, state: SlotState) -> list[Span]:
    """Put the subject pronouns before `point` in focus, in text order, each as the person most
    salient where it stands (focus.subject_pronoun); returns those after `point`."""
    position = 0
    while position < len(pronouns) and pronouns[position].end <= point:
        mention = coreference.subject_pronoun_mention(pronouns[position], state.salience)
        if mention is not None:
            state.salience.add(mention)
        position += 1
    return pronouns[position:]


def _apply(chosen: SpeakerCandidate, quote: Quote, state: SlotState) -> None:
    """Make the chosen candidate the quote's speaker; a resolved clitic or pronoun keeps its
    antecedent in focus for the ones that follow (one cue serving two quotes is one mention)."""
    speaker = quote.speaker
    mention = speaker.mention
    if chosen.generator == PREVIOUS_QUOTE:
        previous = state.previous
        assert previous is not None
        # the attribution stage left this quote unattributed; continuing the previous
        # speaker is this stage's decision, so it says so in `rule` and `confidence`
        quote.speaker = Speaker(previous.speaker.mention, "carry", name=previous.speaker.name,
                                antecedent=previous.speaker.antecedent)
        quote.rule = rule_id(quote.type, CARRY_RULE)
        quote.confidence = speaker_confidence(quote.speaker)
        return
    if chosen.generator == PRECEDING_SUBJECT:
        # no cue: the speaker is this stage's reading of the sentence before, said in
        # `rule` and a confidence below a carried speaker's
        quote.speaker = Speaker(chosen.mention, "subject", name=chosen.name, antecedent=chosen.mention)
        quote.rule = rule_id(quote.type, SUBJECT_RULE)
        quote.confidence = speaker_confidence(quote.speaker)
        return
    if chosen.generator == CUE_ORGANISATION:
        _person_read_as_organisation(chosen, state)
    if chosen.generator in KEEPS_THE_CUE_PHRASE:
        if mention is not None and speaker.name == mention.name and chosen.name != mention.name \
                and mention.kind in PHRASE_NAME_KINDS:
            speaker.name = chosen.name  # the phrase's name less its closing demonstrative (phrase_name)
        return
    speaker.name = chosen.name
    if chosen.mention is None:
        return
    speaker.antecedent = chosen.mention
    if mention is not None and mention.kind in RESOLVED_CUE_KINDS and chosen.name \
            and chosen.generator not in NOT_PEOPLE_IN_FOCUS:
        # the person a clitic, pronoun or role phrase was resolved to spoke here: in focus as a
        # speaker for what follows ("kata Kapolri" -> Listyo keeps Listyo in focus)
        _keep_in_focus(state, mention, chosen.name, chosen.role_words, coreference.FOCUS_RESOLVED_SPEAKER)


def _person_read_as_organisation(chosen: SpeakerCandidate, state: SlotState) -> None:
    """An "organisation" speaker phrase that is the short name of a person in focus ("kata
    Giri" after "Direktur Gratifikasi KPK, Giri Suprapdiono"; the NER labelled the short form
    ORG): that person spoke here, so they stay in focus as a speaker (focus.person_read_as_organisation)."""
    mention = chosen.mention
    if mention is None or not chosen.name or (mention.start, mention.end) in state.focused_cues:
        return
    person = next((focus for focus in reversed(state.salience.candidates(mention.start))
                   if same_name(focus.name, chosen.name)), None)
    if person is not None:
        _keep_in_focus(state, mention, person.name, person.role_words, coreference.FOCUS_PERSON_READ_AS_ORGANISATION)


def _keep_in_focus(state: SlotState, cue_phrase: Mention, name: str, role_words: frozenset[str],
                   focus_rule: str) -> None:
    """The person a cue phrase was read as spoke where the phrase stands: a speaker mention in
    focus for the quotes that follow, added once per phrase (one cue can serve two quotes),
    with the focus rule that put it there."""
    if (cue_phrase.start, cue_phrase.end) in state.focused_cues:
        return
    state.focused_cues.add((cue_phrase.start, cue_phrase.end))
    state.salience.add(FocusMention(cue_phrase.start, cue_phrase.end, name, role_words, is_subject=True,
                                    is_speaker=True, focus_rules=frozenset({focus_rule})))


def _number(starts: list[int], offset: int) -> int:
    return bisect_right(starts, offset) - 1


def _with_shared_signals(candidate: SpeakerCandidate, quote: Quote, state: SlotState) -> SpeakerCandidate:
    """The signals every candidate shares: where it is written relative to the quote and its
    cue, the quote's kind and cue, and what the quotes before said."""
    signals: Signals = dict(candidate.signals)
    cue, cue_mention = quote.cue, quote.speaker.mention
    signals.update({"quote_" + quote.type: True, "has_cue": cue is not None,
                    "cue_before_quote": cue is not None and cue.end <= quote.start,
                    "cue_after_quote": cue is not None and cue.start >= quote.end,
                    "cue_phrase_" + (cue_mention.kind if cue_mention else "none"): True})
    mention = candidate.mention
    signals["has_mention"] = mention is not None
    if mention is not None:
        tokens = state.index.token_at
        before = mention.end <= quote.start
        signals["before_quote"] = before
        signals["inside_quote"] = quote.start <= mention.start < quote.end
        edge = quote.start if before else quote.end
        signals["tokens_to_quote"] = abs(tokens(mention.start) - tokens(edge))
        sentence_gap = _number(state.sentence_starts, edge) - _number(state.sentence_starts, mention.start)
        signals["sentences_to_quote"] = abs(sentence_gap)
        signals["same_sentence"] = sentence_gap == 0
        signals["same_paragraph"] = _number(state.paragraph_starts, mention.start) \
            == _number(state.paragraph_starts, quote.start)
        if cue is not None:
            signals["tokens_to_cue"] = min(abs(tokens(mention.start) - tokens(cue.start)),
                                           abs(tokens(mention.end) - tokens(cue.end)))
    previous = state.previous
    name = candidate.name
    signals["previous_speaker"] = bool(name and previous is not None and previous.speaker.name
                                       and same_name(name, previous.speaker.name))
    signals["times_quoted"] = sum(1 for spoken in state.speakers_so_far if name and same_name(name, spoken))
    return SpeakerCandidate(candidate.generator, candidate.name, candidate.mention, signals,
                            role_words=candidate.role_words)


def candidate_rows(document: Document) -> list[dict[str, object]]:
    """Per quote (analysed with keep_candidates), every candidate with its signals and whether
    the ranker chose it; `in_people` says whether the name reached the people list (the NER
    found names that the people stage dropped)."""
    rows: list[dict[str, object]] = []
    for number, quote in enumerate(document.quotes, start=1):
        chosen = quote.speaker.candidate
        candidates = []
        for candidate in quote.candidates:
            signals = dict(candidate.signals)
            signals["in_people"] = bool(candidate.name) and any(
                same_name(person.name, candidate.name or "") for person in document.people)
            candidates.append({"generator": candidate.generator, "name": candidate.name,
                               "start": candidate.mention.start if candidate.mention else None,
                               "end": candidate.mention.end if candidate.mention else None,
                               "kind": candidate.mention.kind if candidate.mention else None,
                               "chosen": candidate is chosen, "signals": signals})
        rows.append({"quote": f"q{number}", "type": quote.type, "start": quote.start, "end": quote.end,
                     "speaker": quote.speaker.name, "rule": quote.speaker.rule, "candidates": candidates})
    return rows
