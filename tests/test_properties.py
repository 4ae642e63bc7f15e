"""Property tests: arbitrary text never breaks the extractor, and the API matches its schema."""

from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from service.extraction.pipeline import Extractor
from service.http.app import create_app
from service.settings import Settings

QUOTE_MARKS = "\"“”‘’'«»"
WORDS = ["kata", "ujar", "katanya", "mengatakan", "bahwa", "Menurut", "Budi", "Santoso", "ia", "dia", ",", ".",
         "\n", "\n\n", "pejabat", "itu", "Kapolri", "KPK", "menyatakan", "“", "”", "\"", "'", "‘", "’"]

news_like = st.lists(st.one_of(st.sampled_from(WORDS), st.text(min_size=1, max_size=8)), max_size=80).map(" ".join)
unicode_text = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=400)
marks_only = st.text(alphabet=QUOTE_MARKS + " ab\n.,", max_size=300)


def check_invariants(text: str, extractor: Extractor) -> None:
    result = extractor.extract(text)
    for quote in result.quotes:
        assert 0 <= quote.start <= quote.end <= len(text)
        assert text[quote.start:quote.end] == quote.text
        for span in quote.spans:
            assert 0 <= span.start <= span.end <= len(text)
            assert text[span.start:span.end] == span.text
        if quote.cue is not None:
            assert text[quote.cue.start:quote.cue.end] == quote.cue.text
        if quote.speaker.mention is not None:
            mention = quote.speaker.mention
            assert text[mention.start:mention.end] == mention.text
        assert 0 <= quote.confidence <= 1
    for entity in result.entities:
        assert text[entity.start:entity.end] == entity.text
    people_ids = {person.id for person in result.people}
    assert all(q.speaker.person_id in people_ids for q in result.quotes if q.speaker.person_id)


@pytest.mark.model
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.one_of(news_like, unicode_text, marks_only))
def test_arbitrary_text_keeps_the_invariants(text: str, extractor: Extractor) -> None:
    check_invariants(text, extractor)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "“" * 5000,
    "”" * 5000 + "kata Budi",
    ("“Kalimat panjang tanpa penutup " + "kata " * 2000),
    ("\"a\" " * 3000),
    ("Budi mengatakan bahwa " * 1500),
    ("x" * 150_000),
    ("X" + "mem" * 50_000),
    ("Budi" + "mengatakan" * 10_000),
    ("aA" * 60_000),
    ("Baca juga: “a” kata Budi. " * 6_000),
    ("“" + "ya, " * 20000 + "” kata dia."),
])
def test_long_and_pathological_inputs(text: str, extractor: Extractor) -> None:
    check_invariants(text, extractor)


@pytest.mark.model
def test_api_matches_its_openapi_schema(extractor: Extractor) -> None:
    """Schemathesis against the app's own OpenAPI: no 5xx, responses conform to the schema."""
    app = create_app(Settings(max_chars=2000, max_batch_documents=4), extractor)
    schema = schemathesis.openapi.from_asgi("/openapi.json", app)
    operations = [result.ok() for result in schema.get_all_operations()]
    assert {operation.path for operation in operations} >= {"/v1/extract", "/v1/extract/batch", "/healthz"}
    for operation in operations:

        @settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck))
        @given(case=operation.as_strategy())
        def check(case: schemathesis.Case) -> None:
            case.call_and_validate()

        check()
