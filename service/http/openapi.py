"""The OpenAPI document as clients should read it: the configured limits on bodies and texts,
only the error answers each route can give, and the API-key scheme when a key is set."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI
from pydantic import BaseModel

from service import schemas
from service.http.middleware import OPEN_ROUTES
from service.settings import Settings

ERROR_DESCRIPTIONS = {
    400: "Undecodable body",
    401: "Missing or wrong API key (`X-API-Key`)",
    413: "Body, text or batch over its limit",
    415: "Unsupported content type",
    422: "Invalid JSON or schema, a query value out of range or unknown, a text that cannot be encoded",
    503: "Models not loaded, the request ran past the deadline, or the store is busy or down",
}
API_KEY_SCHEME = "APIKeyHeader"
BODY_METHODS = {"post", "put", "patch"}  # DELETE /v1/documents/{id} reads no body
BACKEND_PATHS = ("/v1/", "/readyz")  # routes that wait for the models or the store: they can be 503


def error_statuses(path: str, method: str, operation: dict[str, Any], keyed: bool) -> list[int]:
    """The error answers a route can give, so that the OpenAPI document lists only those
    (/healthz no 401, 413 or 415): 401 with a key set on a route that needs it, body errors
    on routes with a body, 422 where there is a parameter or a body to refuse, 503 where
    the models or the store are waited on."""
    statuses = []
    if keyed and path not in OPEN_ROUTES:
        statuses.append(401)
    if method in BODY_METHODS:
        statuses += [400, 413, 415]
    if method in BODY_METHODS or operation.get("parameters"):
        statuses.append(422)
    if path.startswith(BACKEND_PATHS):
        statuses.append(503)
    return sorted(statuses)


def document_errors(schema: dict[str, Any], keyed: bool) -> None:
    """Each operation's error answers and, with a key set, its security requirement; the
    API-key scheme in the components."""
    components = schema.setdefault("components", {})
    error_schema = schemas.ErrorResponse.model_json_schema(ref_template="#/components/schemas/{model}")
    components.setdefault("schemas", {}).update(error_schema.pop("$defs", {}))
    components["schemas"]["ErrorResponse"] = error_schema
    for unused in ("HTTPValidationError", "ValidationError"):  # FastAPI's 422 body, never sent
        components["schemas"].pop(unused, None)
    components["securitySchemes"] = {API_KEY_SCHEME: {
        "type": "apiKey", "in": "header", "name": "X-API-Key",
        "description": "Needed on every route but /healthz, /readyz, the viewer and this reference "
                       "when the server sets KUTIP_API_KEY"}}
    error_body = {"application/json": {"schema": {"$ref": "#/components/schemas/ErrorResponse"}}}
    for path, operations in schema.get("paths", {}).items():
        for method, operation in operations.items():
            responses = operation.setdefault("responses", {})
            for status in ERROR_DESCRIPTIONS:
                responses.pop(str(status), None)
            for status in error_statuses(path, method, operation, keyed):
                responses[str(status)] = {"description": ERROR_DESCRIPTIONS[status], "content": error_body}
            if keyed and path not in OPEN_ROUTES:
                operation["security"] = [{API_KEY_SCHEME: []}]


def add_batch_schema(components: dict[str, Any], batch_model: type[BaseModel], document_name: str,
                     settings: Settings) -> None:
    """A batch request body and its document schema in the OpenAPI components, with the
    configured text and batch limits."""
    batch_schema = batch_model.model_json_schema(ref_template="#/components/schemas/{model}")
    components.update(batch_schema.pop("$defs", {}))
    components[batch_model.__name__] = batch_schema
    components[document_name]["properties"]["text"]["maxLength"] = settings.max_chars
    batch_schema["properties"]["documents"]["maxItems"] = settings.max_batch_documents




def install_openapi_with_limits(app: FastAPI, settings: Settings) -> None:
    """Replace FastAPI's schema builder with one that adds the configured limits, so clients
    (and schemathesis) see them."""
    default_openapi = app.openapi

    def openapi_with_limits() -> dict[str, Any]:
        if app.openapi_schema is not None:
            return app.openapi_schema
        schema = default_openapi()
        components = schema.setdefault("components", {}).setdefault("schemas", {})
        components["ExtractRequest"] = schemas.ExtractRequest.model_json_schema(
            ref_template="#/components/schemas/{model}")
        components["ExtractRequest"]["properties"]["text"]["maxLength"] = settings.max_chars
        add_batch_schema(components, schemas.BatchRequest, "BatchDocument", settings)
        if settings.database_url:
            add_batch_schema(components, schemas.DocumentBatchIn, "DocumentIn", settings)
        plain = schema["paths"]["/v1/extract"]["post"]["requestBody"]["content"]["text/plain"]["schema"]
        plain["maxLength"] = settings.max_chars
        document_errors(schema, keyed=settings.api_key is not None)
        app.openapi_schema = schema
        return schema

    app.openapi = openapi_with_limits  # type: ignore[method-assign]
