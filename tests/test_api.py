"""The REST API through FastAPI's TestClient, with the real extractor."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from pydantic import BaseModel

from service.extraction.pipeline import Extractor
from service.http.app import create_app
from service.schemas import BatchDocument, DocumentIn, ExtractRequest, ExtractResponse
from service.settings import Settings

ARTICLE = ("JAKARTA — Menteri Luar Negeri Retno Marsudi bertemu Antony Blinken di Jakarta.\n\n"
           "“Kami sepakat memperkuat kerja sama maritim,” kata Retno. "
           "Blinken mengatakan bahwa Amerika Serikat mendukung sentralitas ASEAN.")


@pytest.fixture(scope="module")
def client(extractor: Extractor) -> Iterator[TestClient]:
    with TestClient(create_app(Settings(max_chars=5000, max_batch_documents=3), extractor)) as test_client:
        yield test_client


def assert_offsets(text: str, body: dict) -> None:
    for quote in body["quotes"]:
        assert text[quote["start"]:quote["end"]] == quote["text"]
        for span in quote["spans"]:
            assert text[span["start"]:span["end"]] == span["text"]
        for part in (quote["cue"], quote["speaker"]["mention"]):
            if part is not None:
                assert text[part["start"]:part["end"]] == part["text"]
    for person in body["people"]:
        for mention in person["mentions"]:
            assert text[mention["start"]:mention["end"]] == mention["text"]
    for entity in body["entities"]:
        assert text[entity["start"]:entity["end"]] == entity["text"]


@pytest.mark.model
def test_extract_shape_and_offsets(client: TestClient) -> None:
    response = client.post("/v1/extract", json={"text": ARTICLE, "id": "doc-1"})
    assert response.status_code == 200
    body = response.json()
    ExtractResponse.model_validate(body)
    assert body["id"] == "doc-1"
    assert body["meta"]["schema_version"] == "1"
    assert_offsets(ARTICLE, body)
    speakers = {q["speaker"]["name"] for q in body["quotes"]}
    assert "Retno Marsudi" in speakers
    assert any("Blinken" in (name or "") for name in speakers)
    retno = next(p for p in body["people"] if p["name"] == "Retno Marsudi")
    assert retno["quote_count"] >= 1 and retno["kind"] == "person"
    assert any("Menteri" in role for role in retno["roles"])
    assert response.headers["X-Request-ID"]


@pytest.mark.model
def test_plain_text_body(client: TestClient) -> None:
    response = client.post("/v1/extract", content=ARTICLE.encode(), headers={"content-type": "text/plain"})
    assert response.status_code == 200
    assert_offsets(ARTICLE, response.json())


@pytest.mark.model
def test_html_body_returns_the_text_offsets_refer_to(client: TestClient) -> None:
    html = ("<html><body><nav>Menu</nav><article><h1>Judul</h1><p>“Kami sepakat memperkuat kerja sama maritim "
            "di kawasan,” kata Retno Marsudi di Jakarta pada Senin.</p><p>Blinken mengatakan bahwa Amerika "
            "Serikat mendukung sentralitas ASEAN dalam semua forum.</p></article></body></html>")
    response = client.post("/v1/extract", json={"text": html, "format": "html"})
    assert response.status_code == 200
    body = response.json()
    assert "<p>" not in body["text"]
    assert_offsets(body["text"], body)
    assert body["quotes"]


ERRORS = [
    ("empty_body_json", {"content": b"", "headers": {"content-type": "application/json"}}, 422, "invalid_json"),
    ("invalid_json", {"content": b"{not json", "headers": {"content-type": "application/json"}}, 422,
     "invalid_json"),
    ("missing_text", {"json": {"id": "x"}}, 422, "invalid_request"),
    ("text_not_a_string", {"json": {"text": 5}}, 422, "invalid_request"),
    ("undecodable_bytes", {"content": b"\xff\xfe\xfa", "headers": {"content-type": "text/plain"}}, 400,
     "undecodable_body"),
    ("too_long", {"json": {"text": "a " * 3000}}, 413, "text_too_long"),
    ("wrong_media_type", {"content": b"x", "headers": {"content-type": "application/xml"}}, 415,
     "unsupported_media_type"),
]


@pytest.mark.parametrize(("request_kwargs", "status", "code"), [e[1:] for e in ERRORS], ids=[e[0] for e in ERRORS])
def test_errors_are_json_with_a_stable_code(client: TestClient, request_kwargs: dict, status: int, code: str) -> None:
    response = client.post("/v1/extract", **request_kwargs)
    assert response.status_code == status
    assert response.json()["error"]["code"] == code
    assert "Traceback" not in response.text


def test_whitespace_text_gives_empty_lists(client: TestClient) -> None:
    body = client.post("/v1/extract", json={"text": "  \n\t "}).json()
    assert body["quotes"] == [] and body["people"] == [] and body["entities"] == []


def test_unknown_route_is_json(client: TestClient) -> None:
    response = client.get("/v2/nothing")
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "not_found"


@pytest.mark.model
def test_batch_keeps_order_and_isolates_errors(client: TestClient) -> None:
    documents = [{"id": "a", "text": ARTICLE}, {"id": "b", "text": "x " * 4000}, {"id": "c", "text": ""}]
    body = client.post("/v1/extract/batch", json={"documents": documents}).json()
    assert [item["id"] for item in body["results"]] == ["a", "b", "c"]
    assert body["results"][0]["result"]["quotes"]
    assert body["results"][1]["error"]["code"] == "text_too_long"
    assert body["results"][2]["result"]["quotes"] == []


def test_batch_limit(client: TestClient) -> None:
    documents = [{"id": str(i), "text": "a"} for i in range(4)]
    response = client.post("/v1/extract/batch", json={"documents": documents})
    assert response.status_code == 413
    assert response.json()["error"]["code"] == "batch_too_large"


def test_health_ready_metrics(client: TestClient) -> None:
    assert client.get("/healthz").json() == {"status": "ok"}
    assert client.get("/readyz").json()["status"] == "ready"
    client.post("/v1/extract", json={"text": "Tidak ada kutipan di sini."})
    metrics = client.get("/metrics").text
    assert "kutip_requests_total" in metrics
    assert "kutip_documents_total" in metrics
    assert "kutip_request_seconds_bucket" in metrics


def test_readyz_is_503_until_models_load() -> None:
    app = create_app(Settings())
    with TestClient(app) as test_client:  # lifespan loads the models
        app.state.extractor = None  # simulate a worker whose models are not loaded yet
        response = test_client.get("/readyz")
        assert response.status_code == 503
        assert response.json()["error"]["code"] == "not_ready"
        assert test_client.get("/healthz").status_code == 200


def test_api_key(extractor: Extractor) -> None:
    with TestClient(create_app(Settings(api_key="s3cret"), extractor)) as test_client:
        assert test_client.get("/healthz").status_code == 200
        assert test_client.get("/readyz").status_code == 200
        denied = test_client.post("/v1/extract", json={"text": "halo"})
        assert denied.status_code == 401 and denied.json()["error"]["code"] == "unauthorized"
        wrong = test_client.post("/v1/extract", json={"text": "halo"}, headers={"X-API-Key": "wrong"})
        assert wrong.status_code == 401
        right = test_client.post("/v1/extract", json={"text": "halo"}, headers={"X-API-Key": "s3cret"})
        assert right.status_code == 200
        assert test_client.get("/metrics").status_code == 401


def test_cors_allow_list(extractor: Extractor) -> None:
    settings = Settings(cors_origins=["https://dashboard.example"])
    with TestClient(create_app(settings, extractor)) as test_client:
        allowed = test_client.options("/v1/extract", headers={
            "Origin": "https://dashboard.example", "Access-Control-Request-Method": "POST"})
        assert allowed.headers.get("access-control-allow-origin") == "https://dashboard.example"
        other = test_client.options("/v1/extract", headers={
            "Origin": "https://evil.example", "Access-Control-Request-Method": "POST"})
        assert "access-control-allow-origin" not in other.headers
    with TestClient(create_app(Settings(), extractor)) as test_client:
        default = test_client.post("/v1/extract", json={"text": "halo"}, headers={"Origin": "https://x.example"})
        assert "access-control-allow-origin" not in default.headers


def test_deadline_gives_503_timeout(extractor: Extractor) -> None:
    with TestClient(create_app(Settings(request_timeout_s=0.000001), extractor)) as test_client:
        response = test_client.post("/v1/extract", json={"text": ARTICLE * 20})
        assert response.status_code == 503
        assert response.json()["error"]["code"] == "timeout"


class BrokenExtractor:
    """Stands in for an extractor with a bug, to check what a client sees when one fires."""

    model_name = "broken"

    def extract(self, text: str, document_id: str | None = None) -> ExtractResponse:
        raise RuntimeError("secret internal detail")


def test_unexpected_error_is_json_500_without_a_trace() -> None:
    app = create_app(Settings(), BrokenExtractor())  # type: ignore[arg-type]
    with TestClient(app, raise_server_exceptions=False) as test_client:
        response = test_client.post("/v1/extract", json={"text": "halo"}, headers={"X-Request-ID": "req-42"})
    assert response.status_code == 500
    assert response.json() == {"error": {"code": "internal_error", "message": "internal error; see the server log"}}
    assert response.headers["X-Request-ID"] == "req-42"
    assert "secret" not in response.text and "Traceback" not in response.text


def test_openapi_documents_the_contract(client: TestClient) -> None:
    schema = client.get("/openapi.json").json()
    extract = schema["paths"]["/v1/extract"]["post"]
    assert "application/json" in extract["requestBody"]["content"]
    assert "text/plain" in extract["requestBody"]["content"]
    assert "ExtractResponse" in str(extract["responses"]["200"])
    assert "/v1/extract/batch" in schema["paths"]
    speaker_rule = schema["components"]["schemas"]["SpeakerOut"]["properties"]["rule"]
    assert "GENERATOR@RANKER" in speaker_rule["description"] and "rules/README.md" in speaker_rule["description"]


@pytest.mark.parametrize(("model", "field"), [(ExtractRequest, "id"), (BatchDocument, "id"), (DocumentIn, "id"),
                                              (DocumentIn, "outlet"), (DocumentIn, "url")])
def test_the_schema_says_an_identifier_holds_no_nul(model: type[BaseModel], field: str) -> None:
    """The service refuses a NUL in ids, outlets and urls (422), so the OpenAPI schema must not
    offer one as valid: a schema-driven client (schemathesis found it) would send it and be refused."""
    property_schema = model.model_json_schema()["properties"][field]
    patterns = [option["pattern"] for option in property_schema.get("anyOf", [property_schema]) if "pattern" in option]
    assert patterns and all(re.search(pattern, "a\x00b") is None and re.search(pattern, "news-00026")
                            for pattern in patterns)


@pytest.mark.model
def test_concurrent_requests_match_sequential_results(extractor: Extractor) -> None:
    """The shared Stanza pipeline is used under a lock: threads must not mix results."""
    from concurrent.futures import ThreadPoolExecutor

    texts = [ARTICLE, "“Kami siap diperiksa,” kata Budi Santoso.", "Sri Mulyani mengatakan defisit masih aman."] * 4
    sequential = [extractor.extract(text).model_dump(exclude={"meta"}) for text in texts]
    with ThreadPoolExecutor(max_workers=6) as pool:
        concurrent = list(pool.map(lambda text: extractor.extract(text).model_dump(exclude={"meta"}), texts))
    assert concurrent == sequential


HTML_INPUTS = [
    ("fragment", "<p>“Saya siap,” kata Budi Santoso.</p>", "“Saya siap,” kata Budi Santoso.", "Budi Santoso"),
    ("fragment_with_entities", "<div><p>“Saya siap &amp; sanggup,” kata Budi Santoso.</p><script>x = 1;</script>"
                               "</div>", "“Saya siap & sanggup,” kata Budi Santoso.", "Budi Santoso"),
]


@pytest.mark.model
@pytest.mark.parametrize(("html", "text", "speaker"), [row[1:] for row in HTML_INPUTS], ids=[row[0] for row in HTML_INPUTS])
def test_an_html_fragment_gives_its_text(client: TestClient, html: str, text: str, speaker: str) -> None:
    """Issue 17 row 18: main-content extraction finds nothing in a fragment (it gave
    `text: ""` and no quotes); the plain HTML-to-text pass gives its text."""
    body = client.post("/v1/extract", json={"text": html, "format": "html"}).json()
    assert body["text"] == text
    assert [quote["speaker"]["name"] for quote in body["quotes"]] == [speaker]
    assert body["meta"]["warnings"] == []


@pytest.mark.parametrize("html", ["", "<div><script>var a = 1;</script><style>p {}</style></div>", "<br><hr>"])
def test_html_without_text_is_a_warning(client: TestClient, html: str) -> None:
    body = client.post("/v1/extract", json={"text": html, "format": "html"}).json()
    assert (body["text"], body["quotes"]) == ("", [])
    assert body["meta"]["warnings"] == ["html_without_text: no text was found in the HTML"]


@pytest.mark.parametrize("blank", ["", " ", "\t\n"])
def test_an_empty_api_key_refuses_to_start(blank: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 17: `KUTIP_API_KEY=` silently turned authentication off."""
    from pydantic import ValidationError

    monkeypatch.setenv("KUTIP_API_KEY", blank)
    with pytest.raises(ValidationError, match="KUTIP_API_KEY is set but empty"):
        Settings()


def test_a_non_ascii_api_key_is_compared_as_utf8(extractor: Extractor) -> None:
    """Issue 17: only the Latin-1 bytes of a non-ASCII key matched; clients send UTF-8."""
    key = "kunci-rahasia-ñ-✓"
    with TestClient(create_app(Settings(api_key=key), extractor)) as test_client:
        for sent, status in [(key.encode("utf-8"), 200), (key.encode("utf-8")[:-1], 401),
                             ("kunci-rahasia-ñ".encode("latin-1"), 401)]:
            response = test_client.post("/v1/extract", json={"text": "halo"}, headers={"X-API-Key": sent})
            assert response.status_code == status, sent


CONFIDENCE_TEXT = ("“Harga beras harus turun pekan ini,” kata Budi Santoso di Jakarta. "
                   "Siti Rahma mengatakan bahwa stok pupuk cukup sampai akhir tahun.\n\n"
                   "“Kami sudah memeriksa gudang di tiga kabupaten.”\n\nIa juga menyebut harga cabai stabil.")


def test_min_confidence_leaves_out_doubtful_quotes(client: TestClient) -> None:
    every = client.post("/v1/extract", json={"text": CONFIDENCE_TEXT}).json()
    confidences = [quote["confidence"] for quote in every["quotes"]]
    assert len(set(confidences)) >= 2, confidences
    minimum = sorted(confidences)[-1]
    kept = client.post("/v1/extract", params={"min_confidence": minimum}, json={"text": CONFIDENCE_TEXT}).json()
    assert [q["id"] for q in kept["quotes"]] == [q["id"] for q in every["quotes"] if q["confidence"] >= minimum]
    assert kept["people"] == every["people"]  # people stay those of the whole article
    batch = client.post("/v1/extract/batch", params={"min_confidence": minimum},
                        json={"documents": [{"id": "a", "text": CONFIDENCE_TEXT}]}).json()
    assert batch["results"][0]["result"]["quotes"] == kept["quotes"]
    refused = client.post("/v1/extract", params={"min_confidence": -0.1}, json={"text": CONFIDENCE_TEXT})
    assert refused.status_code == 422 and refused.json()["error"]["code"] == "invalid_request"


def test_min_confidence_defaults_to_the_setting(extractor: Extractor) -> None:
    with TestClient(create_app(Settings(min_confidence=1.0), extractor)) as strict_client:
        assert strict_client.post("/v1/extract", json={"text": CONFIDENCE_TEXT}).json()["quotes"] == []
        some = strict_client.post("/v1/extract", params={"min_confidence": 0}, json={"text": CONFIDENCE_TEXT})
        assert some.json()["quotes"]


# ---- issue 23: an API reference that works offline and documents what routes answer ----

REFERENCE_PAGES = [
    # (path, what the page must load from kutip itself)
    ("/docs", ["/docs/assets/swagger-ui-bundle.js", "/docs/assets/swagger-ui.css"]),
    ("/redoc", ["/docs/assets/redoc.standalone.js"]),
]


@pytest.mark.parametrize(("path", "assets"), REFERENCE_PAGES)
def test_the_reference_loads_its_assets_from_kutip(extractor: Extractor, path: str, assets: list[str]) -> None:
    with TestClient(create_app(Settings(api_key="s3cret"), extractor)) as keyed:
        page = keyed.get(path)
        assert page.status_code == 200, page.text[:200]
        assert "http://" not in page.text and "https://" not in page.text  # no CDN, no web fonts
        for asset in assets:
            assert f'"{asset}"' in page.text
            loaded = keyed.get(asset)
            assert loaded.status_code == 200 and len(loaded.content) > 100_000
        assert keyed.get("/openapi.json").status_code == 200  # the schema is no secret
        assert keyed.post("/v1/extract", json={"text": "halo"}).status_code == 401  # the routes stay closed


def operation_errors(schema: dict, path: str, method: str) -> set[str]:
    return {status for status in schema["paths"][path][method]["responses"] if status != "200"}


@pytest.mark.parametrize(("api_key", "path", "method", "errors"), [
    (None, "/healthz", "get", set()),
    ("s3cret", "/healthz", "get", set()),
    ("s3cret", "/readyz", "get", {"503"}),
    (None, "/metrics", "get", set()),
    ("s3cret", "/metrics", "get", {"401"}),
    (None, "/v1/extract", "post", {"400", "413", "415", "422", "503"}),
    ("s3cret", "/v1/extract", "post", {"400", "401", "413", "415", "422", "503"}),
])
def test_openapi_lists_only_the_answers_a_route_gives(extractor: Extractor, api_key: str | None, path: str,
                                                      method: str, errors: set[str]) -> None:
    with TestClient(create_app(Settings(api_key=api_key), extractor)) as test_client:
        schema = test_client.get("/openapi.json").json()
    assert operation_errors(schema, path, method) == errors
    for status in errors:
        body = schema["paths"][path][method]["responses"][status]["content"]["application/json"]["schema"]
        assert body == {"$ref": "#/components/schemas/ErrorResponse"}


@pytest.mark.parametrize(("api_key", "secured"), [
    (None, set()), ("s3cret", {"/v1/extract", "/v1/extract/batch", "/metrics"})])
def test_openapi_declares_the_api_key_scheme(extractor: Extractor, api_key: str | None, secured: set[str]) -> None:
    with TestClient(create_app(Settings(api_key=api_key), extractor)) as test_client:
        schema = test_client.get("/openapi.json").json()
    assert schema["components"]["securitySchemes"]["APIKeyHeader"] == {
        "type": "apiKey", "in": "header", "name": "X-API-Key",
        "description": schema["components"]["securitySchemes"]["APIKeyHeader"]["description"]}
    with_security = {path for path, operations in schema["paths"].items()
                     for operation in operations.values() if operation.get("security")}
    assert with_security == secured
