"""The API contract: request and response models (also used by the CLI's JSON output)."""

from __future__ import annotations

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


class PersonOut(BaseModel):
    id: str
    name: str
    kind: Literal["person", "organization"]
    mentions: list[TextSpan]
    roles: list[str]
    quote_count: int


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
