"""The API contract: request and response models (also used by the CLI's JSON output)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, Field, StringConstraints
from pydantic_core import PydanticCustomError

# Field lengths in characters (README "Limits"): checked before extraction, so both
# databases see the same values and no index row can grow past PostgreSQL's limit.
MAX_DOCUMENT_ID_CHARS = 512
MAX_OUTLET_CHARS = 200
MAX_URL_CHARS = 2_048
# The dates the store accepts (publication dates, `from`/`to`): news, with room either side;
# outside it a time zone shift or the end of a range would leave what datetime can hold.
EARLIEST_DATE = datetime(1800, 1, 1, tzinfo=UTC)
LATEST_DATE = datetime(2999, 12, 31, 23, 59, 59, tzinfo=UTC)
NUL = "\x00"
REPLACEMENT_CHARACTER = "\ufffd"
INVALID_TEXT = "invalid_text"  # the pydantic error type (and API code) of text no encoding can carry
DATE_OUT_OF_RANGE = "date_out_of_range"


def has_lone_surrogate(value: str) -> bool:
    """JSON's \\ud800 escapes decode to code points that UTF-8 (and both databases) refuse."""
    return any("\ud800" <= character <= "\udfff" for character in value)


def article_text(value: str) -> str:
    """Article text as stored and extracted: a lone surrogate refused, a NUL (which PostgreSQL
    cannot store) replaced by U+FFFD, one character for one so that offsets hold."""
    if has_lone_surrogate(value):
        raise PydanticCustomError(INVALID_TEXT, "the text holds a lone UTF-16 surrogate (\\ud800-\\udfff)")
    return value.replace(NUL, REPLACEMENT_CHARACTER)


def plain_identifier(value: str) -> str:
    """Ids, outlets, urls: no NUL (no database stores it), no lone surrogate."""
    if has_lone_surrogate(value):
        raise PydanticCustomError(INVALID_TEXT, "the value holds a lone UTF-16 surrogate")
    if NUL in value:
        raise PydanticCustomError("nul_character", "the value holds a NUL character")
    return value


def in_storable_range(value: datetime) -> bool:
    """A date the store can keep and shift to UTC (naive dates are UTC)."""
    zoned = value if value.tzinfo is not None else value.replace(tzinfo=UTC)
    try:
        return EARLIEST_DATE <= zoned <= LATEST_DATE
    except OverflowError:
        return False


DATE_RANGE_MESSAGE = f"dates from {EARLIEST_DATE.date().isoformat()} to {LATEST_DATE.date().isoformat()} (UTC) " \
                     "are accepted"


def storable_date(value: datetime) -> datetime:
    if not in_storable_range(value):
        raise PydanticCustomError(DATE_OUT_OF_RANGE, DATE_RANGE_MESSAGE)
    return value


ArticleText = Annotated[str, AfterValidator(article_text)]
# No NUL in ids, outlets and urls: checked by plain_identifier (with its own message) and stated in
# the schema, so that the OpenAPI document does not offer as valid a value the service refuses.
NO_NUL_SCHEMA = Field(json_schema_extra={"pattern": r"^[^\x00]*$"})
DocumentId = Annotated[str, StringConstraints(min_length=1, max_length=MAX_DOCUMENT_ID_CHARS),
                      AfterValidator(plain_identifier), NO_NUL_SCHEMA]
CallerId = Annotated[str, StringConstraints(max_length=MAX_DOCUMENT_ID_CHARS), AfterValidator(plain_identifier),
                     NO_NUL_SCHEMA]
Outlet = Annotated[str, StringConstraints(max_length=MAX_OUTLET_CHARS), AfterValidator(plain_identifier), NO_NUL_SCHEMA]
Url = Annotated[str, StringConstraints(max_length=MAX_URL_CHARS), AfterValidator(plain_identifier), NO_NUL_SCHEMA]
StorableDate = Annotated[datetime, AfterValidator(storable_date)]


class ExtractRequest(BaseModel):
    text: ArticleText = Field(description="Article text. Offsets in the response index into this string "
                                          "(a NUL character is read as U+FFFD).")
    id: CallerId | None = Field(default=None, description="Caller's document id, echoed back.")
    format: Literal["text", "html"] = Field(
        default="text",
        description="`html`: the article text is first extracted from HTML; the response's "
                    "`text` then holds the extracted text that offsets refer to.")


class TextSpan(BaseModel):
    text: str
    start: int = Field(description="Start offset (Python str index) into the posted text.")
    end: int = Field(description="End offset, exclusive.")


class Cue(TextSpan):
    lemma: str = Field(description="The cue without clitic: katanya -> kata.")


SPEAKER_RULE_PATTERN = r"^speaker\.[a-z_]+@[A-Za-z0-9_.+-]+$"


class SpeakerOut(BaseModel):
    name: str | None = Field(description="Canonical speaker name, or the role phrase of an unnamed speaker.")
    person_id: str | None = Field(description="Id of the entry in `people`, when the speaker is one.")
    mention: TextSpan | None = Field(description="The words in the text that attribute the quote.")
    resolution: Literal["name", "clitic", "pronoun", "role", "carry", "subject", "none"]
    rule: str | None = Field(default=None, pattern=SPEAKER_RULE_PATTERN, description=(
        "How the speaker was found and who chose it, as `GENERATOR@RANKER`: the speaker slot's "
        "candidate generator (`speaker.cue_name`: the name next to the cue; "
        "`speaker.clitic_antecedent`: the person in focus before `katanya`; "
        "`speaker.previous_speaker_fallback`: a clitic or pronoun with nobody in focus took the "
        "previous quote's speaker; `speaker.previous_quote`: a quote without a cue continues the "
        "previous one; ...; every id has a row in rules/README.md) and the ranker that chose its "
        "candidate (`rules`: the rules' order of precedence). Every extraction sets it; null only "
        "in results saved or stored before kutip recorded it."),
        examples=["speaker.cue_name@rules", "speaker.clitic_antecedent@rules"])


class QuoteOut(BaseModel):
    id: str
    type: Literal["direct", "indirect", "mixed"]
    text: str
    start: int
    end: int
    spans: list[TextSpan] = Field(description="Content pieces; quotation marks of direct quotes are outside.")
    cue: Cue | None
    speaker: SpeakerOut
    confidence: float = Field(ge=0, le=1, description=(
        "The probability that this row is right: its span is a quotation and its speaker the person who "
        "said it. Calibrated on annotated articles by the model named in meta.confidence_model (see the "
        "README's Accuracy section for how well it ranks and how close it is to the observed share); with "
        "meta.confidence_model 'rules' it is the rules' prior by how the speaker was found."))
    rule: str = Field(description="Id of the rule (rules/*.yml) that found and attributed the quote.")


class NameVariantOut(BaseModel):
    """Another form of the name in the article and the rule that merged it into this entry."""

    name: str
    rule: str


SpeakerKind = Literal["person", "organization", "other"]
"""A people entry's kind, as stored speakers keep it (`PersonOut.kind`)."""


class PersonOut(BaseModel):
    id: str
    name: str
    kind: SpeakerKind = Field(description=(
        "person: a person of the article; organization: an organisation that speaks; other: a name the "
        "people check (models/people/) judged no person of the article (a company, team, product, "
        "fragment), kept so that a quote whose speaker it is keeps its speaker."))
    mentions: list[TextSpan]
    roles: list[str]
    quote_count: int
    variants: list[NameVariantOut] = []
    rule: str | None = Field(default=None, description=(
        "Id of the rule that decided the kind when the people check ran (people.model_kept, "
        "people.model_rejected); null without it."))


class EntityOut(BaseModel):
    text: str
    label: str
    start: int
    end: int


MIN_CONFIDENCE_DESCRIPTION = ("Return only quotes whose `confidence` (the probability that the row is right) is at "
                              "least this; 0 returns every quote. Default: KUTIP_MIN_CONFIDENCE (0).")


class Meta(BaseModel):
    schema_version: str
    model: str
    rules_version: str
    elapsed_ms: float
    warnings: list[str]
    confidence_model: str = Field(default="rules", description="Version of the model behind `confidence`.")


class ExtractResponse(BaseModel):
    id: str | None
    text: str | None = Field(default=None, description="The text offsets refer to, when it differs from "
                                                        "the posted body (format=html).")
    quotes: list[QuoteOut]
    people: list[PersonOut]
    entities: list[EntityOut]
    meta: Meta

    def keep_confident(self, minimum: float) -> ExtractResponse:
        """The quotes whose confidence reaches `minimum` (people and entities stay those of the
        whole article): what a dashboard that hides doubtful rows shows."""
        if minimum <= 0:
            return self
        return self.model_copy(update={"quotes": [quote for quote in self.quotes if quote.confidence >= minimum]})


class BatchDocument(BaseModel):
    id: CallerId | None = None
    text: ArticleText
    format: Literal["text", "html"] = "text"


class BatchRequest(BaseModel):
    documents: list[BatchDocument]


class ErrorDetail(BaseModel):
    code: str
    message: str


class ErrorResponse(BaseModel):
    error: ErrorDetail


class BatchItem(BaseModel):
    id: str | None
    result: ExtractResponse | None = None
    error: ErrorDetail | None = None


class BatchResponse(BaseModel):
    results: list[BatchItem]


# ---- the quote store (routes exist only when KUTIP_DATABASE_URL is set) -----------------

class DocumentIn(BaseModel):
    id: DocumentId = Field(description="Your document id: posting the same id and text again stores nothing "
                                       "new; a new text for the id replaces the old quotes.")
    text: ArticleText
    format: Literal["text", "html"] = "text"
    outlet: Outlet | None = Field(default=None, description="Publisher, for per-outlet dashboards.")
    url: Url | None = None
    published_at: StorableDate | None = Field(
        default=None, description="ISO 8601, from 1800-01-01 to 2999-12-31 (UTC); a time or date without an "
                                  "offset is local time in KUTIP_TIMEZONE (default Asia/Jakarta). Without "
                                  "it the document is dated by when it was stored.")


class DocumentBatchIn(BaseModel):
    documents: list[DocumentIn]


class DocumentStored(BaseModel):
    id: str
    status: Literal["created", "updated", "unchanged"]
    content_hash: str
    quote_count: int
    speaker_keys: list[str] = Field(description="Cross-article keys of the people quoted or named.")


class DocumentBatchItem(BaseModel):
    id: str | None
    result: DocumentStored | None = None
    error: ErrorDetail | None = None


class DocumentBatchOut(BaseModel):
    results: list[DocumentBatchItem]


class SpeakerSummary(BaseModel):
    key: str = Field(description="Stable across articles: normalised canonical name.")
    name: str
    kind: SpeakerKind = Field(description=(
        "The kind of the people entry that gave the speaker its key: person, organization, or other (a "
        "name the people check judged no person of its article; its quotes keep it as their speaker)."))
    roles: list[str]
    aliases: list[str] = Field(description="Other names merged into this speaker.")
    quote_count: int
    document_count: int
    first_seen: str | None = Field(description="ISO 8601 with the offset of the request's zone (`tz`).")
    last_seen: str | None = Field(description="ISO 8601 with the offset of the request's zone (`tz`).")


class SpeakerList(BaseModel):
    speakers: list[SpeakerSummary]
    total: int = Field(description="Speakers the filters leave, beyond `limit` too.")


class TimelinePoint(BaseModel):
    period: str = Field(description="The local day (`tz`, else KUTIP_TIMEZONE), or the Monday of its ISO week.")
    quote_count: int
    document_count: int


class StoredQuote(BaseModel):
    document_id: str
    quote_id: str
    type: Literal["direct", "indirect", "mixed"]
    text: str
    start: int
    end: int
    cue: str | None
    rule: str
    confidence: float
    speaker_key: str | None
    speaker: str | None = Field(description="The speaker's canonical name across articles.")
    speaker_in_article: str | None = Field(description="The name or role phrase in this article.")
    resolution: str
    speaker_rule: str | None = Field(description=(
        "`speaker.rule` of the extraction: the speaker slot's generator and the ranker that chose it "
        "(`speaker.cue_name@rules`); null for quotes stored before the store kept it."))
    outlet: str | None
    url: str | None
    dated_at: str | None = Field(description="Publication time (else storage time), ISO 8601 with the offset "
                                             "of the request's zone (`tz`).")


class SpeakerDetail(SpeakerSummary):
    interval: Literal["day", "week"]
    timeline: list[TimelinePoint]
    latest_quotes: list[StoredQuote]


class QuotePage(BaseModel):
    quotes: list[StoredQuote]
    next_cursor: str | None = Field(description="Pass as `cursor` for the next page; null on the last.")
    total: int = Field(description="Quotes the filters leave, on every page together.")


class DocumentSummary(BaseModel):
    id: str
    outlet: str | None
    url: str | None
    published_at: str | None = Field(description="ISO 8601 with the offset of the request's zone (`tz`).")
    dated_at: str = Field(description="`published_at`, else when it was stored; ISO 8601 with its offset.")
    extracted_at: str
    content_hash: str
    text_length: int
    quote_count: int
    model: str
    rules_version: str


class DocumentList(BaseModel):
    documents: list[DocumentSummary]
    next_cursor: str | None = Field(description="Pass as `cursor` for the next page; null on the last.")
    total: int = Field(description="Documents the filters leave, on every page together.")


class DocumentDetail(DocumentSummary):
    text: str | None = Field(description="The text quote offsets index into (for HTML, the extracted text); "
                                         "null when the store keeps no text (KUTIP_STORE_TEXT=false).")
    extraction: ExtractResponse | None = Field(description="The extraction as /v1/extract returned it; null for a "
                                                           "document stored before kutip kept it.")


class DocumentDeleted(BaseModel):
    id: str
    deleted_quotes: int


# ---- issue 24: the aggregates the dashboard reads -----------------------------------------

class SpeakerTimeline(SpeakerSummary):
    outlet_count: int = Field(description="Outlets that quote this speaker within the filters.")
    timeline: list[TimelinePoint] = Field(description="Quotes per local day or week, oldest first; periods "
                                                      "without quotes are left out.")


class SpeakerTimelineList(BaseModel):
    interval: Literal["day", "week"]
    speakers: list[SpeakerTimeline]
    total: int = Field(description="Speakers the filters leave, beyond `limit` too.")


class OutletSummary(BaseModel):
    outlet: str | None = Field(description="As posted with the articles; null for articles posted without one.")
    quote_count: int
    document_count: int


class OutletList(BaseModel):
    outlets: list[OutletSummary]
    total: int = Field(description="Outlets the filters leave, beyond `limit` too.")
