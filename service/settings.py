"""Service settings, read from the environment with the KUTIP_ prefix."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Literal
from zoneinfo import ZoneInfo, available_timezones

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_TIMEZONE = "Asia/Jakarta"  # WIB: where Indonesian newsrooms date their articles


@cache
def known_zones() -> frozenset[str]:
    """IANA zone names, read once. Names are checked against this list, never opened as given:
    ZoneInfo("Asia") raises IsADirectoryError, ZoneInfo("tzdata.zi") a ValueError."""
    return frozenset(available_timezones())


def zone_named(name: str) -> ZoneInfo | None:
    return ZoneInfo(name) if name in known_zones() else None


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="KUTIP_", env_file=None)

    rules_dir: Path = PROJECT_ROOT / "rules"
    ner_model_path: Path | None = PROJECT_ROOT / "models" / "ner" / "id_kutip_nertagger.pt"
    ner_pretrain_path: Path | None = PROJECT_ROOT / "models" / "ner" / "id_kutip_pretrain.pt"
    # only for a model trained with character LMs (`training.recipe --charlm-dir`)
    ner_forward_charlm_path: Path | None = None
    ner_backward_charlm_path: Path | None = None
    ner_batch_size: int = 64
    # int8: the tagger's LSTM and Linear layers quantized at load (README "Performance")
    ner_precision: Literal["int8", "fp32"] = "fp32"
    torch_threads: int | None = None  # per worker process; 1 is best when workers == cores
    max_chars: int = 200_000
    max_batch_documents: int = 64
    # bytes of one request body, checked from Content-Length before reading (README "Limits"):
    # a document route's body holds one text of max_chars (4 bytes a character at most in
    # UTF-8, more when escaped in JSON); a batch route's body several
    max_body_bytes: int = Field(default=4_000_000, gt=0)
    max_batch_body_bytes: int = Field(default=16_000_000, gt=0)
    request_timeout_s: float = 30.0
    # a whole batch: unset means its documents times request_timeout_s
    batch_timeout_s: float | None = Field(default=None, gt=0)
    # how long a write waits for another process's SQLite write lock before 503 `store_busy`
    store_busy_timeout_s: float = Field(default=5.0, gt=0, le=5.0)
    api_key: str | None = None
    cors_origins: list[str] = []
    log_level: str = "INFO"
    debug_log_text: bool = False
    # the quote store: off unless set (e.g. sqlite:///kutip.db, postgresql://user@host/kutip)
    database_url: str | None = None
    aliases_file: Path | None = None  # default: rules_dir/aliases.yml
    # the store keeps each document's text (GET /v1/documents/{id}); false keeps only quotes
    store_text: bool = True
    # the trained quote confidence (service/extraction/confidence.py); none: the rules' confidence as it is
    confidence_model_path: Path | None = PROJECT_ROOT / "models" / "confidence" / "confidence.json"
    # who chooses each quote's speaker among the slot's candidates: the rules' order of precedence
    # (default) or the trained ranker of speaker_ranker_model_path, opt-in: it loses to the rules in
    # cross-validation, on the held-out set and on pfsa_dev (models/ranker/MODEL_CARD.md)
    speaker_ranker: Literal["rules", "trained"] = "rules"
    speaker_ranker_model_path: Path = PROJECT_ROOT / "models" / "ranker" / "ranker.json"
    # the trained people check (service/extraction/people_check.py): entries it judges no person
    # of the article get kind `other`; none: the people stage's list as it is
    people_model_path: Path | None = PROJECT_ROOT / "models" / "people" / "people.json"
    # quotes under this confidence are left out of extraction results (?min_confidence= and
    # kutip extract --min-confidence override it); the store keeps every quote
    min_confidence: float = Field(default=0.0, ge=0.0, le=1.0)
    # kutip serve: a request head (line and headers) must arrive within this, else the
    # connection is closed (slow-header clients); an idle kept-alive connection closes after
    # keep_alive_timeout_s
    header_timeout_s: float = Field(default=10.0, gt=0)
    keep_alive_timeout_s: int = Field(default=5, ge=1)
    # the store's local time (IANA name): a time or date without an offset is read in it,
    # `from`/`to` dates and day/week timelines follow it, returned times carry its offset
    timezone: str = DEFAULT_TIMEZONE

    @field_validator("confidence_model_path", "people_model_path", mode="before")
    @classmethod
    def _empty_means_rules(cls, value: object) -> object:
        """KUTIP_CONFIDENCE_MODEL_PATH= / KUTIP_PEOPLE_MODEL_PATH= (empty) turns the trained model off."""
        return None if value == "" else value

    @field_validator("timezone")
    @classmethod
    def known_timezone(cls, value: str) -> str:
        """A misspelt zone would otherwise surface only at the first dated request."""
        if zone_named(value) is None:
            raise ValueError(f"KUTIP_TIMEZONE: {value!r} is not an IANA time zone (e.g. Asia/Jakarta)")
        return value

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    @field_validator("api_key")
    @classmethod
    def api_key_not_blank(cls, value: str | None) -> str | None:
        """`KUTIP_API_KEY=` would otherwise turn authentication off without a word."""
        if value is not None and not value.strip():
            raise ValueError("KUTIP_API_KEY is set but empty: unset it to run without a key, or give a key")
        return value

    @property
    def aliases_path(self) -> Path:
        return self.aliases_file or self.rules_dir / "aliases.yml"
