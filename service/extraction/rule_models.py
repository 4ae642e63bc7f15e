"""The shapes of the rule files under rules/, as pydantic models.

Each model forbids unknown keys, so a misspelt key stops the service at start-up instead of
being ignored; `rules.py` loads the files into these models and builds the lookup sets.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from service.extraction.morphology import Morphology, MorphologyError


class StrictModel(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def _lowercase_words(words: list[str]) -> list[str]:
    cleaned = [word.strip().lower() for word in words]
    if any(not word for word in cleaned):
        raise ValueError("empty word in list")
    return cleaned


class WordList(StrictModel):
    id: str
    words: list[str]

    _lower = field_validator("words")(_lowercase_words)


class PostposedCues(WordList):
    """The postposed cue words and the two-word compounds in which one of them is no cue
    ("tanggung jawab", "kata sandi", "putra sambung")."""

    compounds: list[str] = []

    _lower_compounds = field_validator("compounds")(_lowercase_words)

    @model_validator(mode="after")
    def _compounds_hold_a_cue_word(self) -> PostposedCues:
        """A compound is two words, one of them a cue word: anything else would never match."""
        for compound in self.compounds:
            words = compound.split()
            if len(words) != 2 or not set(words) & set(self.words):
                raise ValueError(f"postposed compound {compound!r} must be two words, one of them a cue word")
        return self


class AccordingTo(WordList):
    """The `menurut` cue and the nouns after it that name a standard, not a source."""

    not_sources: list[str] = []
    complementizer: str  # "Menurut X bahwa CLAUSE": the clause starts after it
    document_sources: list[str] = []  # "Menurut statistik, CLAUSE": a document or record speaks
    # "Menurut <titles, offices and a name>, CLAUSE" at the sentence start: the longest source
    # phrase read up to its comma (longer ones are read as before)
    max_long_source_tokens: int = Field(ge=1)

    _lower_not_sources = field_validator("not_sources", "document_sources")(_lowercase_words)


class InterposedOpening(StrictModel):
    """The opening before an interposed `menurut X,` that belongs to the reported clause,
    and the connectives that stay outside it."""

    id: str
    max_words: int = Field(ge=1)
    connectives: list[str]
    adverbs_before_source: list[str] = []  # "Hasil itu juga menurut Budi …": the adverb is the clause's
    relative_markers: list[str] = []  # "Kasus yang kini menjadi sorotan, menurut dia, …": a longer subject

    _lower_connectives = field_validator("connectives", "adverbs_before_source", "relative_markers")(_lowercase_words)


class LostQuoteRun(StrictModel):
    """Sentences before a postposed cue that speak in the first person: the rest of a
    quotation whose marks the scraper lost, reported by the same cue."""

    id: str
    voice_words: list[str]
    max_sentences: int = Field(ge=1)

    _lower_voice_words = field_validator("voice_words")(_lowercase_words)


class CliticDocumentFrame(StrictModel):
    """ "Di dalamnya disebutkan bahwa CLAUSE": the preposition with the clitic before the verb points
    back at a document named at most `max_sentences_back` sentences before."""

    id: str
    max_sentences_back: int = Field(ge=0)


class DocumentFrames(WordList):
    """ "Dalam surat itu disebutkan bahwa CLAUSE": a fronted phrase of `preposition` and a
    document noun (speakers.yml document_nouns and `nouns`) before a passive of saying (`words`)."""

    preposition: str
    nouns: list[str]
    max_opening_words: int = Field(ge=0)
    max_phrase_words: int = Field(ge=1)
    clitic: CliticDocumentFrame | None = None

    _lower_lists = field_validator("nouns")(_lowercase_words)
    _lower_preposition = field_validator("preposition")(lambda word: word.strip().lower())


class RelativeClauseSubject(StrictModel):
    """ "…, yang mengatakan bahwa …": where the head before a relative clause with a verb of saying starts."""

    id: str
    head_openers: list[str]
    postmodifier_openers: list[str] = []  # a place or time phrase after the head: read past it
    max_tokens: int = Field(ge=2)

    _lower_openers = field_validator("head_openers", "postmodifier_openers")(_lowercase_words)


class RelativeReport(StrictModel):
    """ "… atas pengerahan pasukan, yang menurutnya …": an attribution in a relative clause of an
    object reports the object and its relative clause; where that object starts."""

    id: str
    head_openers: list[str]
    max_tokens: int = Field(ge=2)

    _lower_openers = field_validator("head_openers")(_lowercase_words)


class SourceFrames(WordList):
    """ "Dalam pandangan X, CLAUSE": the preposition and the nouns of judging that frame a source."""

    preposition: str

    _lower_preposition = field_validator("preposition")(lambda word: word.strip().lower())


class StatementFrames(WordList):
    """ "“…,” demikian pernyataan dari X": the marker after a closing quotation mark, the words of
    a statement frame (`words`) and the `connectors` before its source."""

    marker: str
    connectors: list[str]
    max_words: int = Field(ge=1)

    _lower_connectors = field_validator("connectors")(_lowercase_words)
    _lower_marker = field_validator("marker")(lambda word: word.strip().lower())


class FigureClaims(WordList):
    """Marked verbs that take an object with a figure as their reported claim."""

    max_words_to_figure: int = Field(ge=1)
    number_words: list[str] = []  # a figure written as a word ("tujuh orang"), matched as written


class PastRelative(StrictModel):
    """cues.yml clause_objects.past_relative: the object's own predicate after its relative clause."""

    id: str
    max_words_past_relative: int = Field(ge=3)


class ClauseObjects(WordList):
    """Marked verbs whose object is the reported clause when it holds a predicate."""

    auxiliaries: list[str]
    relative_markers: list[str]
    not_openers: list[str]
    not_predicates: list[str]
    subjectless_openers: list[str] = []  # "menyinggung akan melakukan …": the speaker's own plan
    subjectless_not_after: list[str] = []  # "mengumumkan telah …": an announced action, no quote
    degree_words: list[str] = []  # "kondisi itu sangat parah": a degree word marks an adjective predicate
    time_adverbials: list[str] = []  # "membenarkan tadi pagi ada …": a fronted time adverbial opens a clause
    acts_after: list[str] = []  # "bersikeras menolak …": an active verb after these is the act insisted on
    max_words_to_predicate: int = Field(ge=2)
    past_relative: PastRelative | None = None  # "perkara yang digugat buruh telah masuk …"

    _lower_lists = field_validator("auxiliaries", "relative_markers", "not_openers", "not_predicates",
                                   "subjectless_openers", "subjectless_not_after",
                                   "degree_words", "time_adverbials", "acts_after")(_lowercase_words)


class QuoteMark(StrictModel):
    id: str
    open: str | None = None
    close: str | None = None
    either: str | None = None
    doubled: bool = False  # the `either` mark typed twice ('') is one mark of a double quotation


class QuoteBounds(StrictModel):
    max_quote_chars: int
    min_words_unattributed: int
    max_cue_gap_chars: int
    max_broken_lines: int


class QuoteRules(StrictModel):
    version: int
    marks: list[QuoteMark]
    bounds: QuoteBounds
    boilerplate_markers: list[str]
    boilerplate_lines: list[str]
    credit_sentences: list[str] = []
    title_connectives: list[str] = []  # "… Tuai Pujian Meskipun demikian, …": a glued sentence starts
    title_lowercase_words: list[str] = []  # a title's only lowercase words; two in a row, one not listed: prose
    title_min_capitalised_words: int = 3

    _lower_connectives = field_validator("title_connectives", "title_lowercase_words")(_lowercase_words)


class ReportingVerbs(StrictModel):
    """A group of verbs of saying: `words` as written, and `roots` with the affixes each takes
    ("anggap: [ber-an]"); CueRules adds each root's forms to `words`."""

    id: str
    complement: Literal["optional", "marked", "quote", "complementizer"]
    words: list[str]
    roots: dict[str, list[str]] = {}
    # two-word verbs ("memberi tahu"): the first word is read as the verb when the second follows it
    phrases: list[str] = []
    # complement "complementizer": the reported clause opens only after one of these, past the
    # addressee or object ("berbicara dengan wartawan bahwa …")
    complementizers: list[str] = []
    max_object_words: int = Field(default=8, ge=1)

    _lower = field_validator("words", "phrases", "complementizers")(_lowercase_words)

    @model_validator(mode="after")
    def _complementizer_groups_name_theirs(self) -> ReportingVerbs:
        """A group that reports only after a complementizer must say which; a phrase is two words."""
        if self.complement == "complementizer" and not self.complementizers:
            raise ValueError(f"reporting verb group {self.id}: complement complementizer needs complementizers")
        for phrase in self.phrases:
            if len(phrase.split()) != 2:
                raise ValueError(f"reporting verb group {self.id}: phrase {phrase!r} must be two words")
        return self


class MorphologyRules(StrictModel):
    """cues.yml morphology: the sounds and affixes service/extraction/morphology.py applies."""

    nasal_prefix: str
    nasals: dict[str, list[str]]  # nasal form -> the first letters of the roots it goes before
    plain_nasal: str
    long_nasal: str
    dropped_initials: list[str]
    vowels: list[str]
    prefixes: list[str]
    suffixes: list[str]

    def morphology(self) -> Morphology:
        by_initial = {letter: nasal for nasal, letters in self.nasals.items() for letter in letters}
        return Morphology(nasal_prefix=self.nasal_prefix, nasal_by_initial=by_initial,
                          plain_nasal=self.plain_nasal, long_nasal=self.long_nasal,
                          dropped_initials=frozenset(self.dropped_initials), vowels=frozenset(self.vowels),
                          prefixes=frozenset(self.prefixes), suffixes=frozenset(self.suffixes))


class PositionalCue(StrictModel):
    id: str


class NounPhraseCue(StrictModel):
    """A postposed cue before a lowercase noun phrase of at most `max_words` words."""

    id: str
    max_words: int = Field(ge=1)


class AffiliationApposition(StrictModel):
    """A role after a postposed cue, an affiliation opened by one of `openers` (at most
    `max_tokens` tokens), a comma and the name of the role's holder."""

    id: str
    openers: list[str]
    max_tokens: int = Field(ge=1)


class RoleApposition(StrictModel):
    """A role after a postposed cue, then right away a comma and the name of the role's holder."""

    id: str


class OfficeApposition(StrictModel):
    """An office the tagger read as a person's name after a postposed cue, then right away a comma
    and the full name of its holder (cues.yml apposed_name_after_tagged_office)."""

    id: str
    min_name_words: int = Field(default=2, gt=1)


class CliticCue(StrictModel):
    id: str
    suffix: str


class BackwardPassive(StrictModel):
    id: str
    subjects: list[str]
    # nouns of what was said or reported: each, closed by any speakers.yml demonstrative, is a subject too
    subject_heads: list[str] = []
    words: list[str]
    agent_markers: list[str]
    # the ids of the reporting-verb groups whose di- passives are backward words too, less `not_from_verbs`
    from_reporting_verbs: list[str] = []
    not_from_verbs: list[str] = []

    _lower = field_validator("not_from_verbs", "subject_heads")(_lowercase_words)


class DirectiveReason(StrictModel):
    id: str
    recipients: list[str]
    markers: list[str]
    addressee_verbs: list[str] = []  # "mengingatkan menteri agar …": an addressee, then a request
    max_addressee_words: int = Field(default=4, ge=1)

    _lower_recipients = field_validator("recipients")(_lowercase_words)
    _lower_markers = field_validator("markers")(_lowercase_words)
    _lower_verbs = field_validator("addressee_verbs")(_lowercase_words)


class TitleCaseReason(StrictModel):
    id: str
    min_words: int
    min_capitalised_share: float
    max_function_word_letters: int


class TopicObjectReason(StrictModel):
    id: str
    words: list[str]
    nouns: list[str]
    question_words: list[str] = []

    _lower_words = field_validator("words")(_lowercase_words)
    _lower_nouns = field_validator("nouns")(_lowercase_words)
    _lower_questions = field_validator("question_words")(_lowercase_words)


class AdjectivePredicates(WordList):
    """Unprefixed adjectives that are an object's predicate where a modifier cannot stand: first,
    or after a subject of at least `min_subject_words` words."""

    min_subject_words: int = Field(ge=1)


class PassiveAgent(WordList):
    """Fronted passives with their agent ("Disampaikan Esti, …"). With `fronted_backward_words`,
    a fronted passive may also be any backward-passive word (the di- passives of the reporting
    verbs: "Diuraikan Binsar, …"), less `not_fronted` (sourcing tags, accusations); the words
    inside a clause (passive_inside) stay `words` alone."""

    fronted_backward_words: bool = False
    not_fronted: list[str] = []

    _lower_not_fronted = field_validator("not_fronted")(_lowercase_words)


class InterposedPassive(StrictModel):
    """cues.yml interposed_passive: a fronted passive of saying after a comma inside its clause,
    its agent closed by a comma, attributes the clause around it."""

    id: str


class ComparativePassive(WordList):
    """ "Sebagaimana disampaikan X, CLAUSE": the comparison openers before a fronted passive of
    saying and the words they may skip ("seperti yang dikatakan X, …")."""

    openers: list[str]
    skip: list[str] = []

    _lower_lists = field_validator("openers", "skip")(_lowercase_words)


class RecordedFigureReason(WordList):
    """cues.yml false_quotes.recorded_figure: a verb of recording whose object books a result."""

    # "mencatat laba bersih sebesar …": a noun of one's own accounts, the result booked
    account_heads: list[str] = []

    _lower_heads = field_validator("account_heads")(_lowercase_words)


class NounObjectReason(StrictModel):
    """cues.yml false_quotes.noun_object: an object with no predicate is a noun phrase."""

    id: str
    predicate_words: list[str]
    predicate_prefixes: list[str]
    min_prefixed_chars: int
    clause_verbs: list[str]
    relative_markers: list[str] = []
    relative_predicate_prefixes: list[str] = []
    prepositions_before_nominal: list[str] = []
    adjunct_clause_openers: list[str] = []
    coordinated_predicate_links: list[str] = []
    role_heads: list[str] = []  # "posisinya sebagai pionir": a role noun, whose `sebagai` predicates nothing
    purpose_heads: list[str] = []  # "tekadnya untuk kembali …": a noun of intent, whose `untuk` clause is its own
    purpose_markers: list[str] = []
    # "strateginya dalam menjaga …": before a prefixed verb, a preposition whose verb names what a
    # possessed or purpose head noun concerns (a nominalised complement, no predicate)
    complement_markers: list[str] = []
    topic_heads: list[str] = []  # "permintaan maaf atas …": with topic_objects, a head that names a topic
    topic_head_prepositions: list[str] = []
    max_words_to_topic_preposition: int = Field(default=0, ge=0)
    # "hadis ini shahih": past a noun phrase closed by a demonstrative, a word that is none of these
    closed_subject_non_predicates: list[str] = []
    # "menegaskan Jokowi dalam kondisi …": NER labels of a name that, opening the object and followed by
    # more words, is its clause's subject
    subject_labels: list[str] = []

    _lower = field_validator("predicate_words", "predicate_prefixes", "clause_verbs", "relative_markers",
                             "relative_predicate_prefixes", "prepositions_before_nominal",
                             "adjunct_clause_openers", "coordinated_predicate_links", "role_heads",
                             "purpose_heads", "purpose_markers", "complement_markers", "topic_heads",
                             "topic_head_prepositions", "closed_subject_non_predicates")(_lowercase_words)


class ExistentialClause(StrictModel):
    """cues.yml existential_clause: a predicate-first clause a marked verb takes bare."""

    words: list[str] = []
    negations: list[str] = []
    auxiliaries: list[str] = []  # "telah terjadi kecelakaan …": time before the predicate

    _lower = field_validator("words", "negations", "auxiliaries")(_lowercase_words)


class RefusalReason(WordList):
    """`words` refuse on their own (enggan); `modals` refuse after one of `negations`."""
    modals: list[str]
    negations: list[str]

    _lower_more = field_validator("modals", "negations")(_lowercase_words)


class NegatedReportReason(StrictModel):
    """A verb of saying right after a negation (refusal's `negations`) reports no speech, but for
    the verbs of `asserted` ("tak menampik bahwa …", "tak melihat ada …"), whose negation asserts."""

    id: str
    asserted: list[str]

    _lower = field_validator("asserted")(_lowercase_words)


class ReasonId(StrictModel):
    """A false-quote reason that is a test of clause structure only, with no words of its own."""

    id: str


class CoordinatedIrrealis(WordList):
    """Words of wish or intent whose scope takes in a verb of saying joined by a link to the
    verb right after them ("ingin melihat dan memastikan …")."""

    links: list[str]

    _lower_more = field_validator("links")(_lowercase_words)


class RequestScope(WordList):
    """Markers of a request ("agar", "supaya") whose clause holds the verb of saying further on
    ("mendesak agar Kadis PU segera datang dan memastikan …")."""

    max_words: int = Field(ge=1)


class IrrealisReason(WordList):
    """Words of purpose, obligation or volition right before a verb of saying, and the words
    whose scope also covers a coordinated verb."""

    coordinated: CoordinatedIrrealis | None = None
    request_scope: RequestScope | None = None


class SecuredOutcomeReason(WordList):
    """Verbs of saying (`words`) that mean securing a result when their object opens with one of
    `objects` ("memastikan lolos ke babak final", "memastikan tiket ke Piala Dunia")."""

    objects: list[str]

    _lower_more = field_validator("objects")(_lowercase_words)


class FalseQuoteRules(StrictModel):
    mental_states: WordList
    directive: DirectiveReason
    topic_object: TopicObjectReason
    noun_object: NounObjectReason
    title_case: TitleCaseReason
    irrealis: IrrealisReason
    refusal: RefusalReason
    passive_topic: ReasonId
    quoted_fragment: ReasonId
    backward_directive: WordList
    named_title: WordList
    negated_report: NegatedReportReason | None = None
    recorded_figure: RecordedFigureReason | None = None
    secured_outcome: SecuredOutcomeReason | None = None
    time_only: ReasonId | None = None



class SmallClauses(WordList):
    """Verbs of naming or judging whose object `X sebagai Y` is a small clause: an object and
    its predicate nominal after a marker, at most `max_object_words` words in."""

    markers: list[str]
    max_object_words: int = Field(ge=1)

    _lower_more = field_validator("markers")(_lowercase_words)


class QuotedObjects(StrictModel):
    """A `marked` verb's bare object that embeds the source's quoted words within
    `max_words_to_mark` words: the object is the reported clause, a mixed quote."""

    id: str
    max_words_to_mark: int = Field(ge=1)
    min_quoted_words: int = Field(default=1, ge=1)


class PassiveInside(StrictModel):
    id: str
    not_after: list[str]
    # capitalised words of an office the agent's name may follow ("dinilai Menteri Lingkungan Hidup Siti Nurbaya")
    max_role_words: int = Field(default=0, ge=0)

    _lower = field_validator("not_after")(_lowercase_words)


class ConcessiveSubject(WordList):
    """cues.yml concessive_subject: the conjunctions, and the words between the comma and the
    main clause's subject."""

    skip: list[str]

    _lower_skip = field_validator("skip")(_lowercase_words)


class AppositionHead(StrictModel):
    """cues.yml apposition_head: a name before an office apposed to it speaks."""

    id: str


class GroupClauseSubject(StrictModel):
    """cues.yml group_clause_subject: a plural pronoun's group is the previous sentence's subject,
    past opening adverbials closed by commas."""

    id: str
    max_tokens: int = Field(ge=1)
    # further back than the previous sentence only past sentences that hold a plural pronoun
    max_sentences_back: int = Field(default=1, ge=1)


class GroupCoordination(StrictModel):
    """cues.yml group_coordination: a plural pronoun speaks for a person coordinated with others
    ("Taeil dan kuasa hukumnya …. Mereka menyatakan …")."""

    id: str
    links: list[str]
    max_tokens: int = Field(default=8, ge=3)

    _lower = field_validator("links")(_lowercase_words)


class GroupNounAntecedent(StrictModel):
    """cues.yml group_noun_antecedent: a plural pronoun's antecedent may be a short phrase of
    lowercase common nouns, the group speaking by its role phrase."""

    id: str
    max_words: int = Field(ge=1)


class GroupSubject(StrictModel):
    """cues.yml group_subject: a short lowercase noun phrase opened by a quantifier,
    coordinated after a comma with an earlier report, or right after a short adjunct opener's
    comma (max_opener_words), speaks as a group."""

    id: str
    quantifiers: list[str]
    conjunctions: list[str]
    not_heads: list[str]
    max_words: int = Field(ge=1)
    min_coordinated_words: int = Field(ge=1)
    max_opener_words: int = Field(ge=1)


class AdverbialSubject(StrictModel):
    """cues.yml adverbial_subject: a short adverbial closed by a demonstrative at the edge of
    the subject phrase is no part of the subject."""

    id: str
    max_tokens: int = Field(ge=3)


class AdjunctSubject(StrictModel):
    """cues.yml adjunct_subject: an adjunct of the act of saying, up to `max_tokens` tokens read
    back from the verb, between the subject and its verb."""

    id: str
    openers: list[str]
    noun_modifier_prefixes: list[str]
    max_tokens: int = Field(ge=2)


class GroupNamedPair(StrictModel):
    """cues.yml group_named_pair: a plural pronoun speaks for two people named together."""

    id: str
    links: list[str]

    _lower_links = field_validator("links")(_lowercase_words)


class GroupSetOffSubject(StrictModel):
    """cues.yml group_set_off_subject: a plural pronoun's group may be a subject set off from its
    predicate by adjuncts between commas."""

    id: str


class GroupQuantifiedAntecedent(StrictModel):
    """cues.yml group_quantified_antecedent: a plural pronoun's antecedent may be a quantity of
    people ("Ratusan sopir truk"), the group speaking by the whole phrase."""

    id: str
    quantities: list[str]
    max_words: int = Field(ge=1)

    _lower_quantities = field_validator("quantities")(_lowercase_words)


class GroupPassiveAgent(StrictModel):
    """cues.yml group_passive_agent: a plural pronoun's antecedent may be the agent of a passive
    of saying ("disampaikan sejumlah pabrikan")."""

    id: str
    not_verbs: list[str] = []
    max_marker_gap: int = Field(ge=0)
    max_tokens: int = Field(ge=1)

    _lower_not_verbs = field_validator("not_verbs")(_lowercase_words)


class CoordinatedSubject(StrictModel):
    """cues.yml coordinated_subject: the conjunctions that join a second predicate to the
    clause's subject ("… dan mengatakan", "… sambil menegaskan")."""

    id: str
    links: list[str]

    _lower = field_validator("links")(_lowercase_words)


class NounCues(StrictModel):
    id: str
    words: list[str]
    complementizer: str
    max_gap: int
    light_verbs: list[str]
    light_complementizers: list[str]
    # nouns that are a cue only as a light verb's object ("memberikan catatan bahwa …"; alone
    # "dengan catatan bahwa …" is a condition, "beredar kabar bahwa …" a rumour with no source)
    light_verb_words: list[str] = []

    _lower = field_validator("words", "light_verbs", "light_complementizers", "light_verb_words")(_lowercase_words)


class MisspeltVerbs(StrictModel):
    """cues.yml misspelt_verbs: a word no list knows, one edit from a listed reporting verb
    (`cues/spelling.py`): the verb, misspelt ("menngatakan")."""

    id: str
    min_length: int = Field(gt=0)  # the listed verb's length: shorter verbs have too many neighbours
    max_edits: int = Field(ge=1, le=1)  # insertion, deletion, substitution or transposition
    shared_prefix: int = Field(ge=1)  # letters the word and the verb open with alike
    known_words: list[str] = []  # real words one edit from a verb ("mematikan", "bertanda")

    _lower = field_validator("known_words")(_lowercase_words)


class FrontedAdverbial(StrictModel):
    """A phrase between a reporting verb and a comma that opens with one of `openers` is the
    reported clause's own adverbial, unless one of `occasion_words` (the occasion or day of
    speaking) is in it."""

    openers: list[str]
    occasion_words: list[str]
    min_words_after_opener: int = Field(ge=1)


class CueRules(StrictModel):
    version: int
    morphology: MorphologyRules
    postposed: PostposedCues
    postposed_by_position: PositionalCue
    name_after_quote: PositionalCue | None = None
    name_before_colon: PositionalCue | None = None
    postposed_noun_phrase: NounPhraseCue
    apposed_name_past_affiliation: AffiliationApposition | None = None
    apposed_name_after_role: RoleApposition | None = None
    apposed_name_after_tagged_office: OfficeApposition | None = None
    clitic: CliticCue
    according_to: AccordingTo
    interposed_opening: InterposedOpening
    lost_quote_run: LostQuoteRun
    fronted_adverbial: FrontedAdverbial
    source_frames: SourceFrames
    statement_frames: StatementFrames | None = None
    document_frames: DocumentFrames | None = None
    relative_clause_subject: RelativeClauseSubject
    relative_report: RelativeReport | None = None
    restrictive_relative_subject: PositionalCue | None = None
    reporting_verbs: list[ReportingVerbs]
    topic_objects: list[str]
    complementizers: list[str]
    comma_complementizers: list[str] = []  # "mengatakan, bahwa …": the clause starts after it
    directive_markers: list[str]
    clause_conjunctions: list[str]
    co_event_conjunctions: list[str]
    existential_clause: ExistentialClause = ExistentialClause()
    backward_passive: BackwardPassive
    passive_agent: PassiveAgent
    comparative_passive: ComparativePassive | None = None
    interposed_passive: InterposedPassive | None = None
    passive_inside: PassiveInside
    noun_cues: NounCues
    concessive_subject: ConcessiveSubject
    coordinated_subject: CoordinatedSubject
    apposition_head: AppositionHead
    group_clause_subject: GroupClauseSubject
    group_noun_antecedent: GroupNounAntecedent
    group_named_pair: GroupNamedPair
    group_set_off_subject: GroupSetOffSubject | None = None
    group_quantified_antecedent: GroupQuantifiedAntecedent | None = None
    group_passive_agent: GroupPassiveAgent | None = None
    group_coordination: GroupCoordination | None = None
    adverbial_subject: AdverbialSubject
    group_subject: GroupSubject | None = None
    adjunct_subject: AdjunctSubject | None = None
    false_quotes: FalseQuoteRules
    figure_claims: FigureClaims
    clause_objects: ClauseObjects
    adjective_predicates: AdjectivePredicates | None = None
    stance_objects: WordList | None = None
    misspelt_verbs: MisspeltVerbs | None = None
    small_clauses: SmallClauses | None = None
    quoted_objects: QuotedObjects | None = None

    @model_validator(mode="before")
    @classmethod
    def _derive_root_forms(cls, data: object) -> object:
        """Each reporting-verb group's roots become words, so every check and lookup that
        reads `words` sees the derived forms too."""
        if not isinstance(data, dict) or not isinstance(data.get("reporting_verbs"), list):
            return data
        morphology = MorphologyRules.model_validate(data.get("morphology")).morphology()
        groups = []
        for group in data["reporting_verbs"]:
            roots = group.get("roots") or {} if isinstance(group, dict) else {}
            try:
                derived = [morphology.derive(root, affix) for root, affixes in roots.items() for affix in affixes]
            except MorphologyError as error:
                raise ValueError(str(error)) from error
            groups.append({**group, "words": [*group.get("words", []), *derived]} if derived else group)
        return {**data, "reporting_verbs": groups}


class RoleAbbreviations(StrictModel):
    """speakers.yml role_abbreviations: how an office written short (an akronim: "Menkeu",
    "Sekjen", "GM") is spelled from the words of the role phrase it shortens."""

    min_words: int = Field(gt=1)
    min_segment_chars: int = Field(gt=0)
    capital_segment_chars: int = Field(gt=0)
    word_short_forms: list[tuple[str, str]] = []


class DerivedOffices(StrictModel):
    """speakers.yml derived_offices: the deputy and sub-unit offices of the `offices` written short
    with `head` ("Kabid" -> "Wakabid", "Kasubbid")."""

    id: str
    head: str = Field(min_length=1)
    deputy: str = Field(min_length=1)
    sub: str = Field(min_length=1)
    offices: list[str]


class VerbPrefixes(StrictModel):
    """speakers.yml verb_prefixes: the passive di-, the me-/ber- of a new predicate, glued verbs."""

    passive: str
    predicate: list[str]
    glued: list[str]

    _lower = field_validator("predicate", "glued")(_lowercase_words)

    @field_validator("passive")
    @classmethod
    def _lower_passive(cls, prefix: str) -> str:
        return _lowercase_words([prefix])[0]


class SpeakerRules(StrictModel):
    version: int
    pronouns: WordList
    group_pronouns: WordList
    demonstratives: list[str]
    definite_markers: list[str]
    indefinite_markers: list[str]
    other_markers: list[str] = []
    source_nouns: list[str] = []
    account_heads: list[str] = []
    party_heads: list[str] = []
    subject_adverbs: list[str]
    subject_adjunct_openers: list[str]
    trailing_time_openers: list[str] = []
    trailing_adverbs: list[str] = []
    phrase_stops: list[str]
    role_nouns: list[str]
    honorifics: list[str]
    ranks: list[str]
    institution_heads: list[str]
    institution_role_heads: list[str]
    institution_prefixes: list[str] = []
    time_nouns_before_demonstratives: list[str] = []
    non_name_words: list[str]
    subject_boundaries: list[str]
    role_modifying_boundaries: list[str] = []
    also_given_names: list[str]
    alias_markers: list[str]
    postposed_alias_markers: list[str] = []
    nickname_conjunctions: list[str]
    existential_markers: list[str]
    subject_chain_pronouns: list[str]
    organisation_anaphor_heads: list[str]
    not_passive_verbs: list[str]
    verb_prefixes: VerbPrefixes
    alias_lead_ins: list[str]
    nickname_marker_words: list[str]
    name_connectors: list[str]
    place_prepositions: list[str]
    place_heads: list[str]
    name_opening_place_heads: list[str] = []
    affiliation_words: list[str]
    time_words: list[str]
    glue_tails: list[str]
    document_nouns: list[str]
    document_issuer_markers: list[str] = []
    statute_provisions: list[str] = []
    epithet_heads: list[str] = []
    relation_heads: list[str] = []
    relative_pronouns: list[str] = []
    oblique_prepositions: list[str] = []
    speaker_search_stops: list[str] = []
    first_person: list[str]
    self_description_markers: list[str]
    noun_postmodifiers: list[str]
    manner_markers: list[str]
    stance_negations: list[str]
    negated_stances: list[str]
    speech_act_nouns: list[str] = []
    role_abbreviations: RoleAbbreviations
    derived_offices: DerivedOffices | None = None


class EntityRepair(StrictModel):
    """An article-level repair of the NER's labels (service/extraction/ner.py): its rule id and,
    where it cuts a name out of another entity, the most words that name may have."""

    id: str
    max_name_words: int = Field(default=4, gt=0)


class AffiliationRepair(EntityRepair):
    """names.person_after_organisation: besides the kind_words organisation heads and name words,
    the words of firms' names (`Sekuritas`) that show a PER opens with an organisation."""

    words: list[str] = []


class LegalFormRepair(EntityRepair):
    """names.person_after_legal_form: the legal forms that close a firm's name (`Inc`, `Tbk`),
    after which an entity's name words are a person's."""

    words: list[str] = []

    _lower = field_validator("words")(_lowercase_words)


class InitialsMarkers(StrictModel):
    """Words that introduce a person by initials ("berinisial JH"), how many lowercase words
    may stand between (`inisial tersangka masing-masing LS`) and how long initials are."""

    id: str
    words: list[str]
    max_words_between: int = Field(default=3, ge=0)
    max_letters: int = Field(default=4, gt=0)


class AgeAfterName(StrictModel):
    """An age in brackets right after a name ("Iyan (22)", "Valerin (3 tahun)"): at most
    max_digits digits, optionally one of `units`."""

    id: str
    units: list[str]
    max_digits: int = Field(default=2, gt=0)

    _lower = field_validator("units")(_lowercase_words)


class UsualFullNames(StrictModel):
    """A public figure's usual full name by the short form an article may give alone."""

    id: str
    names: dict[str, str] = {}


class NamePrefixes(StrictModel):
    """Words that open a person's name as its first word ("I Made", "Ni Luh", "AA Raka"): never
    cut from a name as a title or an acronym, and taken into a name the NER started after them
    when that name opens with one of `openers` (a one- or two-letter prefix needs one)."""

    id: str
    words: list[str]
    openers: list[str] = []

    _lower = field_validator("words", "openers")(_lowercase_words)


class KindWords(StrictModel):
    """The words Indonesian news puts around a name to say what kind of thing it names
    (`klub Sassuolo`, `lagu Mardua Holong`, `Anthropic adalah perusahaan AI`, `seorang
    mahasiswa`), read by the people check (service/extraction/people_check.py)."""

    id: str
    reach_tokens: int = Field(default=4, gt=0)
    organisation: list[str]
    thing: list[str]
    person: list[str]
    name_words: list[str]
    foreign_articles: list[str]
    copulas: list[str]
    foreign_suffixes: list[str] = []
    min_suffixed_letters: int = Field(default=5, gt=0)
    place: list[str] = []
    list_markers: list[str] = []

    _lower = field_validator("organisation", "thing", "person", "name_words", "foreign_articles",
                             "copulas", "foreign_suffixes", "place", "list_markers")(_lowercase_words)


class TitleCaseLine(StrictModel):
    """names.yml title_case_line: how many capitalised words around a name, on its own line,
    mark a headline, and how far to look on each side."""

    id: str
    min_context_words: int = Field(default=3, gt=0)
    window_words: int = Field(default=4, gt=0)


class PlaceAfterHead(StrictModel):
    """names.yml place_named_after_head: the place heads (speakers.yml place_heads) of places
    that are often named for a person, which say nothing of the name after them."""

    id: str
    named_for_people: list[str] = []

    _lower = field_validator("named_for_people")(_lowercase_words)


CIRCUMFIX_JOINER = "-"


class NounOpeningName(StrictModel):
    """names.yml noun_opening_a_name: the derived nouns (prefix, suffix) that a sentence may open
    before a name, and the fewest letters such a noun has."""

    id: str
    circumfixes: list[str] = []  # "prefix-suffix"
    min_letters: int = Field(default=8, gt=0)

    @field_validator("circumfixes")
    @classmethod
    def _prefix_and_suffix(cls, value: list[str]) -> list[str]:
        for item in value:
            prefix, _, suffix = item.partition(CIRCUMFIX_JOINER)
            if not prefix or not suffix or CIRCUMFIX_JOINER in suffix:
                raise ValueError(f"{item!r} is no prefix-suffix pair")
        return value

    def pairs(self) -> list[tuple[str, str]]:
        """(prefix, suffix) of each circumfix."""
        return [(prefix, suffix) for prefix, _, suffix in (item.partition(CIRCUMFIX_JOINER)
                                                          for item in self.circumfixes)]


class NameTail(StrictModel):
    """names.yml thing_tail and degree_tail: words cut from the end of a full name of at least
    `min_name_words` words (`min_letters`: the shortest degree in capitals that is cut);
    affiliation_head: words cut from its start, leaving at least `min_name_words`."""

    id: str
    min_name_words: int = Field(default=2, gt=0)
    min_letters: int = Field(default=1, gt=0)


class MajoritySpelling(StrictModel):
    """names.yml majority_spelling: a word of a full name the article respells in its short
    mentions takes their spelling when they write it at least `min_uses` times and at least
    `min_ratio` times as often as the full name's spelling."""

    id: str
    min_uses: int = Field(default=3, gt=0)
    min_ratio: float = Field(default=2.0, gt=1.0)


class UsualSpelling(StrictModel):
    """names.yml usual_spelling: a full name one misspelt word away from a usual full name
    (usual_full_names, initial_expansions) takes that name's spelling."""

    id: str


class RespeltClip(StrictModel):
    """names.yml respelt_clip: letter groups news writes for one sound (`respellings`, each
    rewritten to its second form) and the fewest letters a clipped given name keeps."""

    id: str
    min_letters: int = Field(default=3, gt=0)
    respellings: tuple[tuple[str, str], ...] = ()  # a tuple: the spelling key's cache hashes it


class CalendarTerms(WordList):
    """names.yml calendar_terms: words of feasts, Hijri months and days and the formula after
    God's name (`words`: never a given name); `given_names`: months and feasts that are given
    names too, a calendar term only after a number or a calendar head (`heads`)."""

    given_names: list[str] = []
    heads: list[str] = []

    _lower_given = field_validator("given_names", "heads")(_lowercase_words)


class InitialsBeforeRole(StrictModel):
    """names.yml initials_before_role: initials followed by a link (`selaku`, `sebagai`), past
    `between` words and a comma, and an office written capitalised (a title or role) or one of
    `nouns` (`tersangka`): a person named by the initials with no marker word."""

    id: str
    links: list[str] = []
    between: list[str] = []
    nouns: list[str] = []

    _lower_links = field_validator("links")(_lowercase_words)
    _lower_between = field_validator("between")(_lowercase_words)
    _lower_nouns = field_validator("nouns")(_lowercase_words)


class PairedNames(StrictModel):
    """names.yml paired_names: a one-word entry of two capitalised halves joined by a hyphen,
    each at least `min_letters` letters and written alone elsewhere in the article, is a pair
    (a ticket, a duo), not one person. After one of `heads` (nouns that name a pair or a
    government: `pasangan`, `pemerintahan`), or with both halves listed short forms of people,
    each half is a person of its own. Two full names joined so (`Prabowo Subianto-Gibran
    Rakabuming Raka`), each of `full_name_words` words or more, are two people with no head."""

    id: str
    min_letters: int = Field(default=3, gt=0)
    heads: list[str] = []
    full_name_words: int = Field(default=2, gt=1)

    _lower_heads = field_validator("heads")(_lowercase_words)


class CitedOutlet(WordList):
    """names.yml cited_outlet: sourcing tags (`words`: dikutip, dilansir, laporan), perhaps with
    a connector after them (`connectors`: dari), right before every mention of an entry."""

    connectors: list[str] = []
    reach_chars: int = Field(default=30, gt=0)

    _lower_connectors = field_validator("connectors")(_lowercase_words)


class NameRules(StrictModel):
    """rules/names.yml: what is never a person's name (service/extraction/people.py)."""

    version: int
    common_words: WordList
    statute_nouns: WordList
    name_endings: WordList
    place_words: WordList
    person_in_organisation: EntityRepair = EntityRepair(id="names.person_in_organisation")
    person_after_organisation: AffiliationRepair = AffiliationRepair(id="names.person_after_organisation")
    person_after_named_organisation: EntityRepair = EntityRepair(id="names.person_after_named_organisation")
    person_named_in_full_elsewhere: EntityRepair = EntityRepair(id="names.person_named_in_full_elsewhere",
                                                                max_name_words=3)
    aged_place_or_organisation: EntityRepair = EntityRepair(id="names.aged_place_or_organisation")
    person_after_legal_form: LegalFormRepair = LegalFormRepair(id="names.person_after_legal_form", max_name_words=3)
    organisation_opening_a_name: EntityRepair = EntityRepair(id="names.organisation_opening_a_name")
    organisation_split_before_a_name: EntityRepair = EntityRepair(id="names.organisation_split_before_a_name")
    institution_inside_a_name: EntityRepair = EntityRepair(id="names.institution_inside_a_name")
    organisation_written_alone_opening_a_name: EntityRepair = EntityRepair(
        id="names.organisation_written_alone_opening_a_name")
    holder_after_office_acronym: EntityRepair = EntityRepair(id="names.holder_after_office_acronym",
                                                             max_name_words=3)
    given_name_left_out: EntityRepair = EntityRepair(id="names.given_name_left_out")
    given_name_in_apposition: EntityRepair = EntityRepair(id="names.given_name_in_apposition")
    given_name_written_alone: EntityRepair = EntityRepair(id="names.given_name_written_alone")
    surname_tagged_organisation: EntityRepair = EntityRepair(
        id="names.surname_tagged_organisation")
    person_named_alike: EntityRepair = EntityRepair(id="names.person_named_alike")
    full_name_tagged_as_place: EntityRepair = EntityRepair(id="names.full_name_tagged_as_place")
    place_in_speaker_slot: EntityRepair = EntityRepair(id="names.place_in_speaker_slot")
    rank_opens_a_name: EntityRepair = EntityRepair(id="names.rank_opens_a_name")
    rank_inside_a_name: EntityRepair = EntityRepair(id="names.rank_inside_a_name")
    ampersand_pair: EntityRepair = EntityRepair(id="names.ampersand_pair")
    longer_form_in_boilerplate: EntityRepair = EntityRepair(id="names.longer_form_in_boilerplate")
    given_name_tagged_as_place: EntityRepair = EntityRepair(id="names.given_name_tagged_as_place")
    place_named_after_head: PlaceAfterHead = PlaceAfterHead(id="names.place_named_after_head")
    given_name_after_acronym: EntityRepair = EntityRepair(id="names.given_name_after_acronym")
    given_name_closing_a_place: EntityRepair = EntityRepair(id="names.given_name_closing_a_place")
    given_name_mid_sentence: EntityRepair = EntityRepair(id="names.given_name_mid_sentence")
    noun_opening_a_name: NounOpeningName = NounOpeningName(id="names.noun_opening_a_name")
    word_opening_a_sentence: EntityRepair = EntityRepair(id="names.word_opening_a_sentence")
    name_prefixes: NamePrefixes = NamePrefixes(id="names.name_prefix", words=[])
    initials_opening_a_name: EntityRepair = EntityRepair(id="names.initials_opening_a_name")
    long_form_connectors: WordList = WordList(id="names.long_form_connector", words=[])
    name_in_apposition: EntityRepair = EntityRepair(id="names.name_in_apposition", max_name_words=4)
    initials_markers: InitialsMarkers = InitialsMarkers(id="names.initials_marker", words=[])
    age_after_name: AgeAfterName = AgeAfterName(id="names.age_after_name", units=[])
    initials_before_role: InitialsBeforeRole = InitialsBeforeRole(id="names.initials_before_role")
    degrees: WordList = WordList(id="names.degree", words=[])
    person_name_words: WordList = WordList(id="names.person_name_word", words=[])
    other_name_words: WordList = WordList(id="names.other_name_word", words=[])
    office_opening_a_name: WordList = WordList(id="names.office_opening_a_name", words=[])
    usual_full_names: UsualFullNames = UsualFullNames(id="names.usual_full_name")
    initial_expansions: UsualFullNames = UsualFullNames(id="names.initial_expansion")
    title_case_line: TitleCaseLine = TitleCaseLine(id="names.title_case_line")
    thing_tail: NameTail = NameTail(id="names.thing_tail")
    degree_tail: NameTail = NameTail(id="names.degree_tail", min_letters=3)
    affiliation_head: NameTail = NameTail(id="names.affiliation_head")
    repeated_word: NameTail = NameTail(id="names.repeated_word", min_letters=2)
    respelt_clip: RespeltClip = RespeltClip(id="names.respelt_clip")
    majority_spelling: MajoritySpelling = MajoritySpelling(id="names.majority_spelling")
    usual_spelling: UsualSpelling = UsualSpelling(id="names.usual_spelling")
    calendar_terms: CalendarTerms = CalendarTerms(id="names.calendar_term", words=[])
    paired_names: PairedNames = PairedNames(id="names.paired_names")
    cited_outlet: CitedOutlet = CitedOutlet(id="names.cited_outlet", words=[])
    foreign_article_name: WordList = WordList(id="names.foreign_article_name", words=[])
    real_name: CitedOutlet = CitedOutlet(id="names.real_name", words=[])
    kind_words: KindWords = KindWords(id="names.kind_word", organisation=[], thing=[], person=[], name_words=[],
                                      foreign_articles=[], copulas=[])


class HygieneRule(StrictModel):
    id: str


class TrailingCredit(StrictModel):
    id: str
    max_words: int
    max_chars: int
    after: str
    labels: list[str] = []  # a last line `Label : Name` that credits the writer or the source ("EDITOR : Rahmad")
    max_labelled_words: int = 0  # words of a bracket that opens with a label ("(Kontributor Warta Garut, Nanda Putri)")


class DuplicateParagraph(StrictModel):
    id: str
    min_chars: int


class GluedAbbreviationEnd(StrictModel):
    id: str
    not_after: list[str]  # abbreviations that stand before a name, not at a sentence end (PT, KH)


class AbbreviationStop(StrictModel):
    id: str
    abbreviations: list[str] = []  # written before their full stop mid-sentence ("Tbk", "Ltd", "Jr")
    before_names: list[str] = []  # heads and titles whose stop a name follows ("PT. PLN", "Jl. Sudirman", "Ir.")
    ranks: list[str] = []  # ranks and titles before a name that news also writes alone ("AKBP. Fajar", "Mr.")


class GluedWords(StrictModel):
    id: str
    min_lowercase: int  # letters of the lowercase run before a glued capitalised word
    short_words: list[str] = []  # shorter lowercase words glued at a word start ("diPiala")
    keep_repeated: int  # a glued form the article writes this often is a name (WhatsApp), kept whole


class GluedFunctionWord(StrictModel):
    id: str
    function_words: list[str] = []  # closed-class words scrapers glue onto a name's end ("Subiantodi")
    min_stem_chars: int  # letters of the capitalised word left before the function word
    min_other_tails: int  # other lowercase words the article glues to the same stem that make it a name


class GluedVerb(StrictModel):
    id: str
    prefixes: list[str] = []  # verb prefixes a glued tail starts with ("me", "ber", "di", "ter")
    min_tail_chars: int  # letters of the glued tail: shorter prefixed tails end names ("Humberto")
    min_stem_chars: int  # letters of a capitalised stem ("Yamal"); shorter ones start words ("Didirikan")
    min_abbreviation_chars: int  # letters of an all-capital stem ("KPK", "RI")


class ReadMoreBracket(StrictModel):
    id: str
    openers: list[str]  # "Baca juga", "Baca": a bracket that opens with one, then a colon or a title
    max_chars: int


class Dateline(StrictModel):
    id: str
    max_lines: int  # the dateline opens one of the text's first max_lines non-empty lines
    max_words: int  # place and outlet words before the dash
    max_chars: int  # the dash stands within this many characters of the line start
    dashes: list[str]  # "--", "-", "–", "—"


class BylineLine(StrictModel):
    id: str
    openers: list[str]  # "Laporan": the word a byline line opens with
    joiners: list[str]  # "|", "I", "dari", ",": between the reporter's name, the outlet and the place
    max_lines: int  # the byline is one of the text's first max_lines non-empty lines
    min_words: int  # capitalised words after the opener (a name at least)
    max_words: int


class GluedInitial(StrictModel):
    id: str
    min_lowercase: int = Field(gt=0)  # lowercase letters of the word the initial is glued onto


class PostnominalLetters(StrictModel):
    id: str
    max_part_letters: int = Field(gt=0)  # letters after a part's capital ("Par" of "M.Par", "POD" of "CPOD")


class HygieneRules(StrictModel):
    """rules/hygiene.yml: where scraped text is damaged (service/extraction/hygiene.py)."""

    version: int
    glued_sentence_end: HygieneRule
    glued_quote_sentence: HygieneRule = HygieneRule(id="hygiene.glued_quote_sentence")
    comma_paragraph_join: HygieneRule = HygieneRule(id="hygiene.comma_paragraph_join")
    glued_abbreviation_end: GluedAbbreviationEnd = GluedAbbreviationEnd(id="hygiene.glued_abbreviation_end",
                                                                        not_after=[])
    glued_words: GluedWords = GluedWords(id="hygiene.glued_words", min_lowercase=3, keep_repeated=2)
    abbreviation_stop: AbbreviationStop = AbbreviationStop(id="hygiene.abbreviation_stop")
    initial_sentence_end: HygieneRule = HygieneRule(id="hygiene.initial_sentence_end")
    postnominal_letters: PostnominalLetters = PostnominalLetters(id="hygiene.postnominal_letters", max_part_letters=5)
    glued_initial: GluedInitial = GluedInitial(id="hygiene.glued_initial", min_lowercase=3)
    glued_function_word: GluedFunctionWord = GluedFunctionWord(id="hygiene.glued_function_word", min_stem_chars=4,
                                                               min_other_tails=1)
    glued_verb: GluedVerb = GluedVerb(id="hygiene.glued_verb", min_tail_chars=7, min_stem_chars=4,
                                      min_abbreviation_chars=2)
    read_more_bracket: ReadMoreBracket = ReadMoreBracket(id="hygiene.read_more_bracket", openers=[], max_chars=200)
    dateline: Dateline = Dateline(id="hygiene.dateline", max_lines=2, max_words=4, max_chars=60, dashes=[])
    byline_line: BylineLine = BylineLine(id="hygiene.byline_line", openers=[], joiners=[], max_lines=2,
                                         min_words=2, max_words=8)
    trailing_credit: TrailingCredit
    duplicate_paragraph: DuplicateParagraph


DEFAULT_HYGIENE = HygieneRules(version=1, glued_sentence_end=HygieneRule(id="hygiene.glued_sentence_end"),
                               trailing_credit=TrailingCredit(id="hygiene.trailing_credit", max_words=5,
                                                              max_chars=60, after=".!?\"”’)\n"),
                               duplicate_paragraph=DuplicateParagraph(id="hygiene.duplicate_paragraph",
                                                                      min_chars=40))
