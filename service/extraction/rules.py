"""Load and validate the rule data files under rules/.

Rules are data so that linguists can extend them without touching code; a malformed file
must stop the service at start-up with a message that names the file and the field. The
shapes of the files are the models in `rule_models.py`; this module loads them, checks what
one model cannot (a word listed twice, a verb in two groups) and builds `RuleSet`.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import yaml
from pydantic import BaseModel, ValidationError

from service.extraction.hygiene import known_name_endings
from service.extraction.morphology import Morphology
from service.extraction.names import spelling_slots
from service.extraction.rule_models import (
    DEFAULT_HYGIENE,
    CueRules,
    DerivedOffices,
    HygieneRules,
    NameRules,
    QuoteRules,
    ReportingVerbs,
    SpeakerRules,
    WordList,
)

SAFE_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when PyYAML has it
MIN_CLITIC_STEM_CHARS = 4
MIN_PASSIVE_VERB_CHARS = 6  # di + a stem of four letters at least: "ditemui"; not "dia", "diri"
MIN_ACTIVE_VERB_CHARS = 6  # a me-/ber- prefix and a stem: "menolak", "berkata"
MAX_MEMO_WORDS = 200_000  # words whose title-or-role answer is kept between articles


class RuleError(RuntimeError):
    """A rule file is missing or malformed."""


def derived_offices(setting: DerivedOffices | None) -> frozenset[str]:
    """The deputy and sub-unit forms of the setting's offices written short with its head
    ("kabid" -> "wakabid", "kasubbid"; speakers.yml derived_offices): Indonesian builds them
    from any such office, so listing the office lists them too."""
    if setting is None:
        return frozenset()
    heads = [office for office in setting.offices if office.startswith(setting.head)]
    return frozenset(form for office in heads
                     for form in (setting.deputy + office,
                                  setting.head + setting.sub + office[len(setting.head):]))


class RuleSet:
    """All rule files, validated, with the lookup sets the stages use."""

    def __init__(self, quotes: QuoteRules, cues: CueRules, speakers: SpeakerRules, version: str,
                 names: NameRules | None = None, hygiene: HygieneRules | None = None) -> None:
        self.quotes = quotes
        self.cues = cues
        self.speakers = speakers
        self.version = version
        self.names = names or NameRules(version=1, common_words=WordList(id="names.common_word", words=[]),
                                        statute_nouns=WordList(id="names.statute", words=[]),
                                        name_endings=WordList(id="names.name_ending", words=[]),
                                        place_words=WordList(id="names.place_before_name", words=[]))
        self.hygiene = hygiene or DEFAULT_HYGIENE
        self.common_words = frozenset(self.names.common_words.words)
        # a glued function word is cut off a stem that closes one of these (hygiene.glued_function_word)
        self.known_name_endings = known_name_endings(list(self.names.usual_full_names.names.values()))
        # the full names news usually writes, by their other words: a misspelt one takes their spelling
        self.usual_spellings = spelling_slots(list(self.names.usual_full_names.names.values())
                                              + list(self.names.initial_expansions.names.values()))
        self.statute_nouns = frozenset(self.names.statute_nouns.words)
        self.name_endings = frozenset(self.names.name_endings.words)
        self.initials_markers = frozenset(self.names.initials_markers.words)
        self.name_prefixes = frozenset(self.names.name_prefixes.words)
        self.long_form_connectors = frozenset(self.names.long_form_connectors.words)
        self.name_prefix_openers = frozenset(self.names.name_prefixes.openers)
        self.degrees = frozenset(self.names.degrees.words)
        self.person_name_words = frozenset(self.names.person_name_words.words)
        self.other_name_words = frozenset(self.names.other_name_words.words)
        self.pool_offices = frozenset(self.names.office_opening_a_name.words)
        self.postposed_cues = frozenset(cues.postposed.words)
        self.postposed_compounds = frozenset(tuple(compound.split()) for compound in cues.postposed.compounds)
        self.according_to = frozenset(cues.according_to.words)
        self.according_to_not_sources = frozenset(cues.according_to.not_sources)
        self.according_to_documents = frozenset(cues.according_to.document_sources)
        self.interposed_connectives = frozenset(cues.interposed_opening.connectives)
        # the longest first, so "sementara itu" is read before "sementara"
        self.connectives_longest_first = tuple(sorted(self.interposed_connectives, key=len, reverse=True))
        self.lost_quote_voice_words = frozenset(cues.lost_quote_run.voice_words)
        self.fronted_adverbial_openers = frozenset(cues.fronted_adverbial.openers)
        self.speech_occasion_words = frozenset(cues.fronted_adverbial.occasion_words)
        self.source_frame_nouns = frozenset(cues.source_frames.words)
        frames = cues.document_frames
        self.document_frame_words = frozenset(frames.words) if frames is not None else frozenset()
        # the nouns a document frame opens with (speakers.yml document_nouns and the frames' own),
        # and every noun that heads a document phrase (those and the according-to document sources)
        self.document_frame_nouns = frozenset(speakers.document_nouns) | (
            frozenset(frames.nouns) if frames is not None else frozenset())
        self.document_heads = self.document_frame_nouns | self.according_to_documents
        self.relative_head_openers = frozenset(cues.relative_clause_subject.head_openers)
        self.relative_report_openers = frozenset(cues.relative_report.head_openers) \
            if cues.relative_report is not None else frozenset()
        self.relative_postmodifier_openers = frozenset(cues.relative_clause_subject.postmodifier_openers)
        self.complementizers = frozenset(cues.complementizers)
        self.comma_complementizers = frozenset(word.lower() for word in cues.comma_complementizers)
        self.directive_markers = frozenset(cues.directive_markers)
        self.clause_conjunctions = frozenset(cues.clause_conjunctions)
        self.co_event_conjunctions = frozenset(cues.co_event_conjunctions)
        self.existential_words = frozenset(cues.existential_clause.words)
        self.existential_negations = frozenset(cues.existential_clause.negations)
        self.existential_auxiliaries = frozenset(cues.existential_clause.auxiliaries)
        self.topic_objects = frozenset(cues.topic_objects)
        self.reporting_verbs: dict[str, ReportingVerbs] = {}
        # two-word verbs by their first word ("memberi" -> ("tahu", group)): the first word is
        # no reporting verb on its own ("memberi kabar"), only before the second
        self.verb_phrases: dict[str, tuple[str, ReportingVerbs]] = {}
        for group in cues.reporting_verbs:
            for word in group.words:
                # the first group that lists a verb decides its complement rule
                self.reporting_verbs.setdefault(word, group)
            for phrase in group.phrases:
                head, particle = phrase.split()
                self.verb_phrases.setdefault(head, (particle, group))
        self.pronouns = frozenset(speakers.pronouns.words)
        self.group_pronouns = frozenset(speakers.group_pronouns.words)
        self.demonstratives = frozenset(speakers.demonstratives)
        self.definite_markers = frozenset(speakers.definite_markers)
        self.indefinite_markers = frozenset(speakers.indefinite_markers)
        self.other_markers = frozenset(speakers.other_markers)
        self.source_nouns = frozenset(speakers.source_nouns)
        self.account_heads = frozenset(speakers.account_heads)
        self.party_heads = frozenset(speakers.party_heads)
        self.subject_adverbs = frozenset(speakers.subject_adverbs)
        self.subject_adjunct_openers = frozenset(speakers.subject_adjunct_openers)
        self.trailing_time_openers = frozenset(speakers.trailing_time_openers)
        self.trailing_adverbs = frozenset(speakers.trailing_adverbs)
        self.noun_postmodifiers = frozenset(speakers.noun_postmodifiers)
        self.manner_markers = frozenset(speakers.manner_markers)
        self.stance_negations = frozenset(speakers.stance_negations)
        self.negated_stances = frozenset(speakers.negated_stances)
        self.speech_act_nouns = frozenset(speakers.speech_act_nouns)
        self.role_abbreviations = speakers.role_abbreviations
        self.figure_claim_verbs = frozenset(cues.figure_claims.words)
        self.number_words = frozenset(cues.figure_claims.number_words)
        self.clause_object_verbs = frozenset(cues.clause_objects.words)
        self.clause_object_auxiliaries = frozenset(cues.clause_objects.auxiliaries)
        self.clause_object_degree_words = frozenset(cues.clause_objects.degree_words)
        adjectives = cues.adjective_predicates
        self.adjective_predicates = frozenset(adjectives.words if adjectives else ())
        self.adjective_min_subject_words = adjectives.min_subject_words if adjectives else 0
        self.stance_object_verbs = frozenset(cues.stance_objects.words if cues.stance_objects else ())
        self.relative_markers = frozenset(cues.clause_objects.relative_markers)
        self.clause_object_not_predicates = frozenset(cues.clause_objects.not_predicates)
        self.subjectless_openers = frozenset(cues.clause_objects.subjectless_openers)
        # longest first: "tadi pagi" before "tadi"
        time_adverbials = (tuple(phrase.split()) for phrase in cues.clause_objects.time_adverbials)
        self.object_time_adverbials = tuple(sorted(time_adverbials, key=len, reverse=True))
        self.subjectless_not_after = frozenset(cues.clause_objects.subjectless_not_after)
        self.clause_object_not_openers = frozenset(cues.clause_objects.not_openers) \
            | frozenset(speakers.subject_boundaries)
        self.phrase_stops = frozenset(speakers.phrase_stops)
        self.role_nouns = frozenset(speakers.role_nouns)
        self.honorifics = frozenset(speakers.honorifics)
        self.ranks = frozenset(speakers.ranks)
        self.titles = self.honorifics | self.ranks
        self.institution_heads = frozenset(speakers.institution_heads)
        self.institution_role_heads = frozenset(speakers.institution_role_heads)
        self.institution_prefixes = tuple(speakers.institution_prefixes)
        self.time_nouns_before_demonstratives = frozenset(speakers.time_nouns_before_demonstratives)
        self.non_name_words = frozenset(speakers.non_name_words)
        self.subject_boundaries = frozenset(speakers.subject_boundaries)
        self.role_modifying_boundaries = frozenset(speakers.role_modifying_boundaries)
        self.titles_and_roles = self.role_nouns | self.titles | derived_offices(speakers.derived_offices)
        self.also_given_names = frozenset(speakers.also_given_names)
        self.place_words = frozenset(self.names.place_words.words) - self.also_given_names
        self.person_titles = self.titles_and_roles - self.also_given_names
        self._title_or_role_memo: dict[str, bool] = {}  # `is_title_or_role`'s answers by word
        self.backward_subjects = tuple(cues.backward_passive.subjects) + tuple(
            f"{head} {demonstrative}" for head in cues.backward_passive.subject_heads
            for demonstrative in sorted(self.demonstratives))  # "informasi itu", "kabar tersebut"
        self.said_passives = frozenset(cues.backward_passive.words)  # the plain passives of saying listed
        self.backward_words = frozenset(cues.backward_passive.words) \
            | _passives_of_reporting_verbs(cues, speakers.verb_prefixes.passive)
        self.backward_agent_markers = frozenset(cues.backward_passive.agent_markers)
        self.passive_agent_words = frozenset(cues.passive_agent.words)
        comparative = cues.comparative_passive
        self.comparative_passive_words = frozenset(comparative.words if comparative else ())
        self.comparative_passive_openers = frozenset(comparative.openers if comparative else ())
        self.comparative_passive_skip = frozenset(comparative.skip if comparative else ())
        self.noun_cue_light_verb_words = frozenset(cues.noun_cues.light_verb_words)
        self.noun_cue_words = frozenset(cues.noun_cues.words) | self.noun_cue_light_verb_words
        self.noun_cue_light_verbs = frozenset(cues.noun_cues.light_verbs)
        self.noun_cue_light_complementizers = frozenset(cues.noun_cues.light_complementizers)
        self.concessives = frozenset(cues.concessive_subject.words)
        self.coordination_links = frozenset(cues.coordinated_subject.links)
        self.concessive_skips = frozenset(cues.concessive_subject.skip)
        self.passive_inside_not_after = frozenset(cues.passive_inside.not_after)
        self.false_quotes = cues.false_quotes
        self.directive_recipients = frozenset(cues.false_quotes.directive.recipients)
        self.directive_words = frozenset(cues.false_quotes.directive.markers)
        self.directive_addressee_verbs = frozenset(cues.false_quotes.directive.addressee_verbs)
        self.irrealis_markers = frozenset(cues.false_quotes.irrealis.words)
        coordinated = cues.false_quotes.irrealis.coordinated
        self.irrealis_scope_words = frozenset(coordinated.words if coordinated else ())
        self.irrealis_scope_links = frozenset(coordinated.links if coordinated else ())
        request_scope = cues.false_quotes.irrealis.request_scope
        self.request_markers = frozenset(request_scope.words if request_scope else ())
        small = cues.small_clauses
        self.small_clause_verbs = frozenset(small.words if small else ())
        self.small_clause_markers = frozenset(small.markers if small else ())
        self.small_clause_max_object_words = small.max_object_words if small else 0
        self.backward_directive_words = frozenset(cues.false_quotes.backward_directive.words)
        self.naming_nouns = frozenset(cues.false_quotes.named_title.words)
        self.refusal_words = frozenset(cues.false_quotes.refusal.words)
        self.refusal_modals = frozenset(cues.false_quotes.refusal.modals)
        self.refusal_negations = frozenset(cues.false_quotes.refusal.negations)
        negated = cues.false_quotes.negated_report
        self.negated_report_assertions = frozenset(negated.asserted) if negated is not None else frozenset()
        recorded = cues.false_quotes.recorded_figure
        self.recording_verbs = frozenset(recorded.words) if recorded is not None else frozenset()
        self.own_account_heads = frozenset(recorded.account_heads) if recorded is not None else frozenset()
        self.topic_prepositions = frozenset(cues.false_quotes.topic_object.words)
        self.topic_nouns = frozenset(cues.false_quotes.topic_object.nouns)
        self.topic_question_words = frozenset(cues.false_quotes.topic_object.question_words)
        self.object_relative_markers = frozenset(cues.false_quotes.noun_object.relative_markers)
        self.object_adjunct_clause_openers = frozenset(cues.false_quotes.noun_object.adjunct_clause_openers)
        self.object_coordinated_predicate_links = frozenset(
            cues.false_quotes.noun_object.coordinated_predicate_links)
        self.object_relative_predicate_prefixes = tuple(cues.false_quotes.noun_object.relative_predicate_prefixes)
        self.object_prepositions_before_nominal = frozenset(cues.false_quotes.noun_object.prepositions_before_nominal)
        self.closed_subject_non_predicates = frozenset(cues.false_quotes.noun_object.closed_subject_non_predicates)
        self.predicate_words = frozenset(cues.false_quotes.noun_object.predicate_words)
        self.object_predicate_prefixes = tuple(cues.false_quotes.noun_object.predicate_prefixes)
        self.clause_verbs = frozenset(cues.false_quotes.noun_object.clause_verbs)
        self.affiliation_words = frozenset(speakers.affiliation_words)
        self.time_words = frozenset(speakers.time_words)
        self.glue_tails = frozenset(speakers.glue_tails)
        self.document_nouns = frozenset(speakers.document_nouns)
        self.document_issuer_markers = frozenset(speakers.document_issuer_markers)
        self.epithet_heads = frozenset(speakers.epithet_heads) | self.role_nouns
        self.relation_heads = tuple(sorted((tuple(head.split()) for head in speakers.relation_heads),
                                           key=len, reverse=True))
        self.relative_pronouns = frozenset(speakers.relative_pronouns)
        self.oblique_prepositions = frozenset(speakers.oblique_prepositions)
        self.speaker_search_stops = frozenset(speakers.speaker_search_stops)
        # the subject boundaries that join clauses ("dan", "tetapi", "bahwa", "karena"), not
        # those that open an adjunct or a relative clause or are adverbs ("dalam", "yang", "pun")
        self.clause_links = self.subject_boundaries - self.subject_adjunct_openers - self.relative_pronouns \
            - self.subject_adverbs
        self.first_person = frozenset(speakers.first_person)
        self.self_description_markers = frozenset(speakers.self_description_markers)
        self.place_heads = frozenset(speakers.place_heads)
        self.place_cues = frozenset(speakers.place_prepositions) | self.place_heads
        # heads that make a place of the PER they open, never of a name after them (`Negeri Paman Sam`)
        self.name_opening_place_heads = self.place_heads | frozenset(speakers.name_opening_place_heads)
        # each marker's words, split once and longest first: the aliases stage compares them at
        # every token the first word opens
        self.alias_marker_words = tuple(sorted((marker.lower().split() for marker in speakers.alias_markers),
                                               key=len, reverse=True))
        self.alias_marker_first_words = frozenset(words[0] for words in self.alias_marker_words)
        self.postposed_alias_markers = tuple(sorted((marker.lower().split() for marker in
                                                     speakers.postposed_alias_markers), key=len, reverse=True))
        self.nickname_conjunctions = frozenset(speakers.nickname_conjunctions)
        self.existential_markers = frozenset(speakers.existential_markers)
        self.subject_chain_pronouns = frozenset(speakers.subject_chain_pronouns)
        # longest first, so "anak usaha" is read before a one-word head
        self.organisation_anaphor_heads = tuple(sorted((tuple(head.split()) for head in
                                                        speakers.organisation_anaphor_heads), key=len, reverse=True))
        self.not_passive_verbs = frozenset(speakers.not_passive_verbs)
        self.passive_prefix = speakers.verb_prefixes.passive
        # after passive_prefix and not_passive_verbs, which is_passive_verb reads
        self.fronted_passive_words = _fronted_passive_words(cues, self.backward_words, self.is_passive_verb)
        self.predicate_prefixes = tuple(speakers.verb_prefixes.predicate)
        self.glued_verb_prefixes = tuple(speakers.verb_prefixes.glued)
        self.alias_lead_ins = frozenset(speakers.alias_lead_ins)
        self.nickname_marker_words = tuple(speakers.nickname_marker_words)
        self.name_connectors = frozenset(speakers.name_connectors)
        self.statute_provisions = frozenset(speakers.statute_provisions)
        self.kind_words = self.names.kind_words
        self.kind_of_word = _kinds_of_words(self)
        # words that can only open an article clause, never sit inside a headline
        self.clause_openers = self.pronouns | self.according_to
        self.group_subject_non_nouns = _group_subject_non_nouns(self, cues)

    def is_active_verb(self, word: str) -> bool:
        """An Indonesian active verb by its me-/ber- prefix (speakers.yml verb_prefixes
        predicate): lowercase and long enough for a prefix and a stem ("menolak", "berkata")."""
        return word.islower() and len(word) >= MIN_ACTIVE_VERB_CHARS and word.startswith(self.predicate_prefixes)

    def is_passive_verb(self, word: str) -> bool:
        """An Indonesian passive verb by its di- prefix ("dirasakan", "ditemui"): lowercase,
        long enough to hold a stem, and not a glued preposition, a noun or a role."""
        return word.startswith(self.passive_prefix) and word.isalpha() and word.islower() \
            and len(word) >= MIN_PASSIVE_VERB_CHARS and word not in self.not_passive_verbs \
            and not self.is_title_or_role(word)

    @staticmethod
    def _listed(word: str, words: frozenset[str]) -> bool:
        """Listed as written or without its abbreviation dot (Dr., Prof., Jend.)."""
        lower = word.lower()
        return lower in words or lower.rstrip(".") in words

    def is_title(self, word: str) -> bool:
        """An honorific or rank (Dr., Irjen, Pak): dropped from canonical names."""
        return self._listed(word, self.titles)

    def is_honorific(self, word: str) -> bool:
        """A form of address (Pak, Gus, Kang): it opens a familiar name, never a rank."""
        return self._listed(word, self.honorifics)

    def is_title_or_role(self, word: str) -> bool:
        """A title or an office (Presiden, Kapolri, juru bicara): marks a role phrase. Stages ask
        it of most words they walk (13,000 times over 30 news articles), so each word's answer
        is kept: it depends on the word and the rule set only, which never changes once loaded."""
        memo = self._title_or_role_memo
        listed = memo.get(word)
        if listed is None:
            if len(memo) >= MAX_MEMO_WORDS:
                memo.clear()
            listed = memo[word] = self._listed(word, self.titles_and_roles)
        return listed

    def is_person_title(self, word: str) -> bool:
        """A title, rank or office that can precede a name but is never a given name itself."""
        return self._listed(word, self.person_titles)

    def opens_time_phrase(self, word: str) -> bool:
        """After a subordinator, a demonstrative, a figure or a day or month name makes a time
        adverbial ("saat ini", "sejak 2022", "setelah Senin"), not an adverbial clause."""
        return word in self.demonstratives or word[:1].isdigit() or word in self.time_words

    def has_clitic(self, word: str) -> bool:
        """A stem plus the clitic (-nya: "Indikasinya", "Menurutnya"), not a name that merely
        ends in those letters ("Sonya", "Tanya", "Anya")."""
        lower = word.lower()
        suffix = self.cues.clitic.suffix
        return lower.endswith(suffix) and len(lower) - len(suffix) >= MIN_CLITIC_STEM_CHARS

    def clitic_cue(self, word: str) -> str | None:
        """The cue lemma of a clitic-bearing cue word (katanya -> kata), if it is one."""
        lower = word.lower()
        suffix = self.cues.clitic.suffix
        if lower.endswith(suffix):
            stem = lower[: -len(suffix)]
            if stem in self.postposed_cues or stem in self.according_to:
                return stem
        return None


def _fronted_passive_words(cues: CueRules, backward_words: frozenset[str],
                           is_passive: Callable[[str], bool]) -> frozenset[str]:
    """The passives that open a sentence before their agent ("Diuraikan Binsar, …"): cues.yml
    passive_agent `words` and, with `fronted_backward_words`, every backward word that is a
    di- passive (not `kata`, `ujar`), less `not_fronted`. A fronted passive of saying with its
    agent reports the clause after it whichever verb of saying it is."""
    rule = cues.passive_agent
    words = set(rule.words)
    if rule.fronted_backward_words:
        words |= {word for word in backward_words if is_passive(word)}
    return frozenset(words) - frozenset(rule.not_fronted)


def _passives_of_reporting_verbs(cues: CueRules, passive_prefix: str) -> frozenset[str]:
    """The di- passives of the reporting verbs of cues.yml backward_passive
    `from_reporting_verbs` groups ("diungkap" of "mengungkap"): the passive prefix and the
    stem whose meN- form (`morphology`) is the verb, read off each verb's own letters (meN-
    drops or keeps the stem's first letter: "menyampaikan" is "sampaikan" or "nyampaikan")."""
    rule = cues.backward_passive
    morphology = cues.morphology.morphology()
    verbs = {word for group in cues.reporting_verbs if group.id in rule.from_reporting_verbs
             for word in group.words if word.startswith(morphology.plain_nasal)}
    passives = set()
    for verb in verbs:
        for stem in _stems_of(verb, morphology):
            if morphology.derive(stem, "meN") == verb:
                passives.add(passive_prefix + stem)
    return frozenset(passives) - frozenset(rule.not_from_verbs)


MAX_NASAL_LETTERS = 3  # the letters meN- adds after "me" at most ("ng", "ny", "nge" of "menge-")


def _stems_of(verb: str, morphology: Morphology) -> list[str]:
    """Every stem a meN- verb may be made of: the letters after each nasal form, and those
    with a dropped initial put back (the caller keeps those that give the verb back; a stem
    that is no word, "ngatakan", only adds a passive no text writes)."""
    stems = []
    opening = len(morphology.plain_nasal)
    for cut in range(opening, min(len(verb), opening + MAX_NASAL_LETTERS + 1)):
        rest = verb[cut:]
        if rest.isalpha():
            stems.append(rest)
            stems.extend(initial + rest for initial in morphology.dropped_initials)
    return stems


def _kinds_of_words(rules: RuleSet) -> dict[str, str]:
    """Each word that says what a name names (names.yml kind_words) with its kind: the lists
    written for it first, then the person nouns of speakers.yml (role nouns, epithet heads,
    honorifics, ranks) and its place heads (kind `place`, with kind_words place)."""
    kinds = {word: "place" for word in rules.place_heads}
    kinds.update({word.rstrip("."): "person" for word in rules.epithet_heads | rules.titles})
    words = rules.kind_words
    for kind, listed in (("person", words.person), ("thing", words.thing), ("organisation", words.organisation),
                         ("place", words.place)):
        kinds.update({word: kind for word in listed})
    return kinds


def read_yaml(text: str | bytes) -> object:
    """Safe YAML through libyaml when PyYAML was built with it: the same documents as
    `yaml.safe_load` (a test compares them on every rule file) in a tenth of its time, which
    is a quarter of a second of every cold start."""
    return yaml.load(text, Loader=SAFE_YAML_LOADER)  # noqa: S506 - a safe loader


def _load_yaml(path: Path) -> object:
    try:
        return read_yaml(path.read_text(encoding="utf-8"))
    except FileNotFoundError as error:
        raise RuleError(f"rule file missing: {path}") from error
    except yaml.YAMLError as error:
        raise RuleError(f"rule file {path} is not valid YAML: {error}") from error


def load_rules(directory: Path) -> RuleSet:
    files: dict[str, type[BaseModel]] = {"quotes": QuoteRules, "cues": CueRules, "speakers": SpeakerRules,
                                         "names": NameRules, "hygiene": HygieneRules}
    loaded: dict[str, BaseModel] = {}
    digest = hashlib.sha256()
    for name, model in files.items():
        path = directory / f"{name}.yml"
        data = _load_yaml(path)
        digest.update(path.read_bytes())
        try:
            loaded[name] = model.model_validate(data)
        except ValidationError as error:
            raise RuleError(f"rule file {path} is invalid:\n{error}") from error
    quotes, cues, speakers = loaded["quotes"], loaded["cues"], loaded["speakers"]
    assert isinstance(quotes, QuoteRules)
    assert isinstance(cues, CueRules)
    assert isinstance(speakers, SpeakerRules)
    names = loaded["names"]
    assert isinstance(names, NameRules)
    _check_no_repeats(directory, cues, speakers)
    _check_recording_verbs_claim_figures(directory, cues)
    _check_no_repeated_names(directory, names)
    hygiene = loaded["hygiene"]
    assert isinstance(hygiene, HygieneRules)
    return RuleSet(quotes, cues, speakers, version=digest.hexdigest()[:12], names=names, hygiene=hygiene)


def _check_recording_verbs_claim_figures(directory: Path, cues: CueRules) -> None:
    """false_quotes.recorded_figure reads only figure claims: a verb of recording it lists that no
    figure_claims rule finds would never be read."""
    recorded = cues.false_quotes.recorded_figure
    stray = sorted(set(recorded.words) - set(cues.figure_claims.words)) if recorded is not None else []
    if stray:
        raise RuleError(f"rule file {directory / 'cues.yml'}: false_quotes.recorded_figure lists "
                        f"{', '.join(stray)}, not in figure_claims words")


def _check_no_repeated_names(directory: Path, names: NameRules) -> None:
    """A word listed twice in names.yml is a slip (checked with a Counter: the list is long)."""
    for word_list in (names.common_words, names.statute_nouns, names.name_endings, names.place_words,
                      names.initials_markers, names.name_prefixes, names.degrees, names.person_name_words,
                      names.other_name_words):
        repeated = sorted(word for word, count in Counter(word_list.words).items() if count > 1)
        if repeated:
            raise RuleError(f"rule file {directory / 'names.yml'}: {word_list.id} lists "
                            f"{', '.join(repeated)} more than once")


def _check_no_repeats(directory: Path, cues: CueRules, speakers: SpeakerRules) -> None:
    """A word listed twice in one list is a slip; a reporting verb in two groups is a
    contradiction (only the first group would ever apply)."""
    lists: dict[str, list[str]] = {
        f"cues.yml {name}": getattr(cues, name).words for name in ("postposed", "according_to", "passive_agent")}
    lists["cues.yml topic_objects"] = cues.topic_objects
    lists["cues.yml according_to not_sources"] = cues.according_to.not_sources
    lists["cues.yml complementizers"] = cues.complementizers
    lists["cues.yml directive_markers"] = cues.directive_markers
    lists["cues.yml clause_conjunctions"] = cues.clause_conjunctions
    if cues.group_subject is not None:
        lists["cues.yml group_subject quantifiers"] = cues.group_subject.quantifiers
        lists["cues.yml group_subject conjunctions"] = cues.group_subject.conjunctions
        lists["cues.yml group_subject not_heads"] = cues.group_subject.not_heads
    lists["cues.yml co_event_conjunctions"] = cues.co_event_conjunctions
    lists["cues.yml noun_cues"] = cues.noun_cues.words + cues.noun_cues.light_verb_words
    lists["cues.yml concessive_subject"] = cues.concessive_subject.words
    lists["cues.yml clause_objects"] = cues.clause_objects.words
    lists["cues.yml clause_objects auxiliaries"] = cues.clause_objects.auxiliaries
    lists["cues.yml clause_objects not_predicates"] = cues.clause_objects.not_predicates
    if cues.comparative_passive is not None:
        lists["cues.yml comparative_passive"] = cues.comparative_passive.words
    if cues.adjective_predicates is not None:
        lists["cues.yml adjective_predicates"] = cues.adjective_predicates.words
    if cues.stance_objects is not None:
        lists["cues.yml stance_objects"] = cues.stance_objects.words
    if cues.small_clauses is not None:
        lists["cues.yml small_clauses"] = cues.small_clauses.words
        lists["cues.yml small_clauses markers"] = cues.small_clauses.markers
    if cues.false_quotes.irrealis.coordinated is not None:
        lists["cues.yml false_quotes irrealis coordinated"] = cues.false_quotes.irrealis.coordinated.words
        lists["cues.yml false_quotes irrealis coordinated links"] = cues.false_quotes.irrealis.coordinated.links
    if cues.false_quotes.irrealis.request_scope is not None:
        lists["cues.yml false_quotes irrealis request_scope"] = cues.false_quotes.irrealis.request_scope.words
    lists["cues.yml false_quotes mental_states"] = cues.false_quotes.mental_states.words
    lists["cues.yml false_quotes backward_directive"] = cues.false_quotes.backward_directive.words
    lists["cues.yml false_quotes named_title"] = cues.false_quotes.named_title.words
    if cues.false_quotes.negated_report is not None:
        lists["cues.yml false_quotes negated_report asserted"] = cues.false_quotes.negated_report.asserted
    lists["cues.yml false_quotes topic_object"] = cues.false_quotes.topic_object.words
    lists["cues.yml false_quotes topic_object nouns"] = cues.false_quotes.topic_object.nouns
    lists["cues.yml false_quotes topic_object question_words"] = cues.false_quotes.topic_object.question_words
    lists["cues.yml false_quotes noun_object predicate_words"] = cues.false_quotes.noun_object.predicate_words
    for name, field in SpeakerRules.model_fields.items():
        value = getattr(speakers, name)
        if field.annotation == list[str]:
            lists[f"speakers.yml {name}"] = value
    lists["speakers.yml pronouns"] = speakers.pronouns.words
    lists["speakers.yml group_pronouns"] = speakers.group_pronouns.words
    for group in cues.reporting_verbs:
        lists[f"cues.yml reporting_verbs {group.id}"] = group.words
    for where, words in lists.items():
        repeated = sorted({word for word in words if words.count(word) > 1})
        if repeated:
            raise RuleError(f"rule file {directory / where.split()[0]}: {' '.join(where.split()[1:])} lists "
                            f"{', '.join(repeated)} more than once")
    seen: dict[str, str] = {}
    for group in cues.reporting_verbs:
        for word in group.words:
            if word in seen:
                raise RuleError(f"rule file {directory / 'cues.yml'}: reporting verb {word!r} is in both "
                                f"{seen[word]} and {group.id}; list it in one group")
            seen[word] = group.id
    clause_verbs = {word for group in cues.reporting_verbs if group.complement != "quote" for word in group.words}
    mental = sorted(set(cues.false_quotes.mental_states.words) & clause_verbs)
    if mental:
        raise RuleError(f"rule file {directory / 'cues.yml'}: {', '.join(mental)} listed as a mental state "
                        f"(false_quotes.mental_states) and in a reporting-verb group that takes a clause; a "
                        f"thought is no report of speech: list it only in a group with complement: quote")


def _group_subject_non_nouns(rules: RuleSet, cues: CueRules) -> frozenset[str]:
    """The lowercase words that are never a noun of a group subject (cues.yml group_subject):
    pronouns, time words and nouns, demonstratives, document nouns, adverbs, prepositions and
    subordinators (noun_object adjunct_clause_openers: "jika kalian menyebut"), question words
    ("bagaimana"), relative markers, adjective predicates ("penting memastikan"), negations,
    predicate words, reporting verbs, and the group_subject not_heads."""
    settings = cues.group_subject
    return rules.pronouns | rules.group_pronouns | rules.time_words | rules.time_nouns_before_demonstratives \
        | rules.demonstratives | rules.document_nouns | rules.subject_adverbs | rules.trailing_adverbs \
        | rules.phrase_stops | rules.oblique_prepositions | rules.subject_adjunct_openers \
        | rules.stance_negations | rules.predicate_words | frozenset(rules.reporting_verbs) \
        | rules.object_adjunct_clause_openers | rules.topic_question_words | rules.object_relative_markers \
        | rules.adjective_predicates | frozenset(settings.not_heads if settings is not None else ())
