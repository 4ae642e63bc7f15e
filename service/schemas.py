"""The API contract: request and response models (also used by the CLI's JSON output)."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, Field


class ExtractRequest(BaseModel):
    text: str = Field(description="Article text. Offsets in the response index into this string.")
    id: str | None = Field(default=None, description="Caller's document id, echoed back.")
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


class SpeakerOut(BaseModel):
    name: str | None = Field(description="Canonical speaker name, or the role phrase of an unnamed speaker.")
    person_id: str | None = Field(description="Id of the entry in `people`, when the speaker is one.")
    mention: TextSpan | None = Field(description="The words in the text that attribute the quote.")
    resolution: Literal["name", "clitic", "pronoun", "role", "carry", "none"]


class QuoteOut(BaseModel):
    id: str
    type: Literal["direct", "indirect", "mixed"]
    text: str
    start: int
    end: int
    spans: list[TextSpan] = Field(description="Content pieces; quotation marks of direct quotes are outside.")
    cue: Cue | None
    speaker: SpeakerOut
    confidence: float = Field(ge=0, le=1)
    rule: str = Field(description="Id of the rule (rules/*.yml) that found and attributed the quote.")


class NameVariantOut(BaseModel):
    """Another form of the name in the article and the rule that merged it into this entry."""

    name: str
    rule: str


class PersonOut(BaseModel):
    id: str
    name: str
    kind: Literal["person", "organization"]
    mentions: list[TextSpan]
    roles: list[str]
    quote_count: int
    variants: list[NameVariantOut] = []


class EntityOut(BaseModel):
    text: str
    label: str
    start: int
    end: int


class Meta(BaseModel):
    schema_version: str
    model: str
    rules_version: str
    elapsed_ms: float
    warnings: list[str]


class ExtractResponse(BaseModel):
    id: str | None
    text: str | None = Field(default=None, description="The text offsets refer to, when it differs from "
                                                        "the posted body (format=html).")
    quotes: list[QuoteOut]
    people: list[PersonOut]
    entities: list[EntityOut]
    meta: Meta


class BatchDocument(BaseModel):
    id: str | None = None
    text: str
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

MAX_DOCUMENT_ID_CHARS = 512


class DocumentIn(BaseModel):
    id: str = Field(min_length=1, max_length=MAX_DOCUMENT_ID_CHARS,
                    description="Your document id: posting the same id and text again stores nothing new; "
                                "a new text for the id replaces the old quotes.")
    text: str
    format: Literal["text", "html"] = "text"
    outlet: str | None = Field(default=None, description="Publisher, for per-outlet dashboards.")
    url: str | None = None
    published_at: datetime | None = Field(default=None, description="ISO 8601; without it the document is "
                                                                       "dated by when it was stored.")


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
    kind: Literal["person", "organization"]
    roles: list[str]
    aliases: list[str] = Field(description="Other names merged into this speaker.")
    quote_count: int
    document_count: int
    first_seen: str | None
    last_seen: str | None


class SpeakerList(BaseModel):
    speakers: list[SpeakerSummary]


class TimelinePoint(BaseModel):
    period: str = Field(description="The day, or the Monday of the ISO week.")
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
    outlet: str | None
    url: str | None
    dated_at: str | None


class SpeakerDetail(SpeakerSummary):
    interval: Literal["day", "week"]
    timeline: list[TimelinePoint]
    latest_quotes: list[StoredQuote]


class QuotePage(BaseModel):
    quotes: list[StoredQuote]
    next_cursor: str | None = Field(description="Pass as `cursor` for the next page; null on the last.")
