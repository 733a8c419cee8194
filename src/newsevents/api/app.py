"""The REST API (`/api/…`, OpenAPI docs at `/docs`) and the web page (`/`) over one store.

Read-only, unless an ingest token is configured: then `POST /api/ingest` with
`Authorization: Bearer TOKEN` reads and stores new articles. Before any route sees a request,
`RequestGuard` refuses an unexpected Host, a body over the cap and an ingest without the token,
so nothing unauthenticated is ever read into memory.
"""

from __future__ import annotations

import hmac
import json
import tempfile
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Literal

from fastapi import Depends, FastAPI, Header, HTTPException, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi_offline import FastAPIOffline
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException

from newsevents import queries
from newsevents.api.params import (
    MAX_ID,
    BadParameter,
    Country,
    Cursor,
    Day,
    Id,
    IsoDate,
    Limit,
    decode_cursor,
    dyad,
    encode_cursor,
    event_filters,
    http_error,
    validation_error,
)
from newsevents.queries import Dyad, EventQuery
from newsevents.store import Store
from newsevents.web import STATIC, land_points

if TYPE_CHECKING:
    from newsevents.pipeline import Pipeline

Interval = Annotated[Literal["day", "week", "month"], Query(description="Period to sum over")]
Filters = Annotated[EventQuery, Depends(event_filters)]
# The page's own files only: article text can never bring in a script, a frame or a form target.
# The largest request body read: 1,000 articles of 60 KB. Checked before authentication.
MAX_BODY_BYTES = 64 * 1024 * 1024
LOOPBACK_HOSTS = frozenset({"localhost", "127.0.0.1", "::1"})
PAGE_POLICY = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
               "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")


class ArticleIn(BaseModel):
    text: str | None = Field(None, description="The article text (title on the first line), or…")
    html: str | None = Field(None, description="…the raw HTML of the page")
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    published: IsoDate | None = None
    id: str | None = Field(None, description="Where it came from (stored as the origin)")


class IngestRequest(BaseModel):
    documents: list[ArticleIn] = Field(min_length=1, max_length=1000)


def create_app(store: Store, ingest_token: str | None = None,
               pipeline: Pipeline | Callable[[], Pipeline] | None = None,
               allowed_hosts: frozenset[str] | set[str] | None = None, max_body_bytes: int = MAX_BODY_BYTES) -> FastAPI:
    """The app over `store`. `pipeline` (or a function making one) is used by `POST /api/ingest`;
    by default spaCy loads on the first ingest. `allowed_hosts`: the Host names answered (None:
    any; `newsevents serve` passes the names of the address it listens on, against DNS rebinding)."""
    if ingest_token is not None and not ingest_token.strip():
        raise ValueError("the ingest token is empty: give a long random one, or none for a read-only server")
    app = FastAPIOffline(
        title="newsevents", version="0.1.0",
        description="CAMEO-coded, source-attributed events read from news articles. Every list pages with "
                    "`limit` and `cursor` (the `next` value of the previous page); bad parameters answer 400.",
        responses={400: {"description": "A bad parameter: `error` says which and why"}},
    )
    app.add_exception_handler(RequestValidationError, validation_error)  # type: ignore[arg-type]  # Starlette types handlers by the base Exception
    app.add_exception_handler(StarletteHTTPException, http_error)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    loaded: dict[str, Pipeline] = {}
    ingesting = threading.Lock()
    app.add_middleware(RequestGuard, allowed_hosts=allowed_hosts, max_body_bytes=max_body_bytes,
                       ingest_token=ingest_token)

    @app.middleware("http")
    async def headers(request: Request, call_next: Any) -> Any:
        response = await call_next(request)
        if not request.url.path.startswith(("/docs", "/redoc", "/static-offline-docs")):
            response.headers["Content-Security-Policy"] = PAGE_POLICY
        response.headers["X-Content-Type-Options"] = "nosniff"
        return response

    @app.get("/", include_in_schema=False)
    def page() -> FileResponse:
        return FileResponse(STATIC / "index.html")

    @app.get("/schema", include_in_schema=False)
    def schema() -> Response:
        """docs/schema.md: the tables, to query the store with SQL (datasette, sqlite-utils)."""
        return Response((STATIC / "schema.md").read_text(encoding="utf-8"), media_type="text/plain; charset=utf-8")

    # --- events ---------------------------------------------------------------------------
    @app.get("/api/events", tags=["events"], summary="Events, filtered and paged")
    def list_events(filters: Filters, limit: Limit = 50, cursor: Cursor = None,
                    total: Annotated[bool, Query(description="Also count all matching events")] = False) -> dict:
        filters.after, filters.limit = decode_cursor(cursor, int), limit
        page = queries.event_page(store, filters, with_total=total)
        return {"items": [e.to_json() for e in page.items], "next": encode_cursor(page.next), "total": page.total}

    @app.get("/api/events/download", tags=["events"], summary="Every matching event as a CSV or JSON file")
    def download_events(filters: Filters, format: Annotated[Literal["csv", "json"], Query()] = "csv") -> Response:
        """The events the filters select, all of them, as `newsevents export` writes them: `csv`
        (one flat table) or `json` (an array of the event records /api/events pages through)."""
        from newsevents.export import export

        filters.after, filters.limit = None, None
        if format == "csv":
            body, media = export(store, "csv", query=filters), "text/csv; charset=utf-8"
        else:
            body, media = json.dumps([e.to_json() for e in queries.event_page(store, filters).items], ensure_ascii=False), "application/json"
        return Response(body, media_type=media,
                        headers={"Content-Disposition": f'attachment; filename="newsevents-events.{format}"'})

    @app.get("/api/facets", tags=["aggregates"], summary="Counts per filter value (CAMEO root, QuadClass, …)")
    def facets(filters: Filters) -> dict:
        """For `root`, `quad_class`, `modality`, `outlet` and `country`: each value with the number
        of events matching the other filters and that value, most first."""
        return {name: [c.to_json() for c in counts] for name, counts in queries.facets(store, filters).items()}

    @app.get("/api/events/{event_id}", tags=["events"], summary="One event with its evidence")
    def one_event(event_id: Id) -> dict:
        found = queries.event(store, event_id)
        if found is None:
            raise HTTPException(404, {"error": f"no event {event_id}"})
        return found.to_json()

    @app.get("/api/timeline", tags=["aggregates"], summary="Events per period, by QuadClass")
    def timeline(filters: Filters, interval: Interval = "day") -> dict:
        return {"interval": interval, "series": _series(store, filters, interval)}

    @app.get("/api/dyads/series", tags=["aggregates"], summary="Two actors or countries over time")
    def dyad_series(filters: Filters, pair: Annotated[Dyad, Depends(dyad)], interval: Interval = "month") -> dict:
        """Count and Goldstein sum per period of the events between `a` and `b` (both directions
        unless `directed`), with cooperation (QuadClass 1–2) against conflict (3–4)."""
        filters.dyad = pair
        return {"a": pair.a, "b": pair.b, "kind": pair.kind, "directed": pair.directed, "interval": interval,
                "series": _series(store, filters, interval)}

    @app.get("/api/network", tags=["aggregates"], summary="Actors (or countries) and the events between them")
    def network(filters: Filters, level: Annotated[Literal["actor", "country"], Query()] = "actor",
                min_weight: Annotated[int, Query(ge=1, le=100000)] = 1,
                max_edges: Annotated[int, Query(ge=1, le=2000)] = 300,
                top: Annotated[int | None, Query(ge=1, le=500, description="Keep the heaviest `top` edges, one node per actor name and code")] = None) -> dict:
        """Country nodes are states (ISO-3); IGO, NGO and regional codes are left out at that level."""
        graph = queries.network(store, filters, level, min_weight, max_edges if top is None else 2000)
        return (graph if top is None else queries.merged_network(graph, top)).to_json()

    @app.get("/api/places", tags=["aggregates"], summary="Places of events (and places documents mention)")
    def event_places(filters: Filters) -> dict:
        return {"items": [p.to_json() for p in queries.event_places(store, filters)]}

    @app.get("/api/clusters", tags=["events"], summary="Events as reported across articles (GDELT-like counts)")
    def clusters(min_articles: Annotated[int, Query(ge=1, le=MAX_ID)] = 1, limit: Limit = 50,
                 cursor: Cursor = None) -> dict:
        rows, after = store.cluster_page(min_articles, decode_cursor(cursor, int), limit)
        return {"items": [row.to_json() for row in rows], "next": encode_cursor(after)}

    # --- actors and documents ------------------------------------------------------------
    @app.get("/api/actors", tags=["actors"], summary="Actors with mention and event counts")
    def list_actors(q: Annotated[str | None, Query(max_length=200, description="Name or code contains this")] = None,
                    country: Country = None,
                    kind: Annotated[Literal["person", "organisation", "country", "outlet", "group"] | None, Query()] = None,
                    limit: Limit = 50, cursor: Cursor = None) -> dict:
        page = queries.actor_page(store, q, country, kind, decode_cursor(cursor, int), limit)
        return {"items": [a.to_json() for a in page.items], "next": encode_cursor(page.next)}

    @app.get("/api/actors/{actor_id}", tags=["actors"], summary="One actor")
    def one_actor(actor_id: Id) -> dict:
        found = queries.actor(store, actor_id)
        if found is None:
            raise HTTPException(404, {"error": f"no actor {actor_id}"})
        return found.to_json()

    @app.get("/api/documents", tags=["documents"], summary="Documents (without bodies), paged")
    def list_documents(outlet: Annotated[str | None, Query(max_length=200)] = None,
                       q: Annotated[str | None, Query(max_length=200, description="Title or text contains this")] = None,
                       since: Day = None, until: Day = None, limit: Limit = 50, cursor: Cursor = None) -> dict:
        page = queries.document_page(store, outlet, q, since, until, decode_cursor(cursor, str), limit)
        return {"items": [d.to_json() for d in page.items], "next": encode_cursor(page.next)}

    @app.get("/api/documents/{document_id}", tags=["documents"],
             summary="One document: clean text with every mention, event, attribution and place")
    def one_document(document_id: str) -> dict:
        if not document_id.isalnum() or len(document_id) > 32:
            raise BadParameter("document_id", f"'{document_id}' is not a document id (hex digits)")
        found = queries.document_view(store, document_id)
        if found is None:
            raise HTTPException(404, {"error": f"no single document has the id (or id prefix) '{document_id}'"})
        return found.to_json()

    @app.get("/api/summary", tags=["meta"], summary="Counts, outlets and the span of event days")
    def summary() -> dict:
        return {**queries.summary(store).to_json(), "ingest": ingest_token is not None}

    @app.get("/api/basemap", tags=["meta"], summary="World silhouette for the offline map (lon, lat cells)")
    def basemap(step: Annotated[float, Query(ge=0.5, le=10)] = 2.0) -> JSONResponse:
        return JSONResponse({"step": step, "points": land_points(step)}, headers={"Cache-Control": "max-age=86400"})

    # --- writing --------------------------------------------------------------------------
    @app.post("/api/ingest", tags=["ingest"], summary="Read and store articles (needs the ingest token)")
    def ingest(request: IngestRequest, authorization: Annotated[str | None, Header()] = None) -> dict:
        refusal = ingest_refusal(authorization, ingest_token)  # RequestGuard checked it before the body
        if refusal is not None:
            raise HTTPException(refusal[0], {"error": refusal[1]}, headers=_CHALLENGE if refusal[0] == 401 else None)
        for number, article in enumerate(request.documents):
            if not (article.text or article.html):
                raise BadParameter(f"documents.{number}", "needs 'text' or 'html'")
        with ingesting:
            summary = _ingest(store, request.documents, _pipeline(pipeline, loaded))
        return {"read": summary.read, "stored": summary.stored, "copies": summary.copies,
                "duplicates": summary.duplicates, "events": summary.events, "mentions": summary.mentions,
                "attributions": summary.attributions, "skipped": dict(summary.skipped)}

    return app


_CHALLENGE = {"WWW-Authenticate": "Bearer"}


def _series(store: Store, filters: EventQuery, interval: queries.Interval) -> list[dict[str, Any]]:
    return [period.to_json() for period in queries.series(queries.event_days(store, filters), interval)]


def ingest_refusal(authorization: str | None, token: str | None) -> tuple[int, str] | None:
    """Why an ingest request is refused (status, sentence), or None: allowed. Only the Bearer
    scheme, and the whole token, compared in constant time."""
    if token is None:
        return 403, "this server is read-only; start it with --ingest-token to allow ingest"
    scheme, _, offered = (authorization or "").strip().partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(offered.strip().encode(), token.encode()):
        return 401, "send the ingest token as 'Authorization: Bearer TOKEN'"
    return None


class RequestGuard:
    """ASGI middleware that answers before the app reads anything: 400 for a Host not served
    (DNS rebinding against a loopback server), 413 for a body over `max_body_bytes` (announced, or
    counted as it streams in), and 403/401 for an ingest without the token."""

    def __init__(self, app: Any, allowed_hosts: frozenset[str] | set[str] | None, max_body_bytes: int,
                 ingest_token: str | None) -> None:
        self.app, self.max_body_bytes, self.ingest_token = app, max_body_bytes, ingest_token
        self.allowed_hosts = None if allowed_hosts is None else {h.lower() for h in allowed_hosts}

    async def __call__(self, scope: dict, receive: Callable, send: Callable) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        refusal = self._refusal(scope, headers)
        if refusal is not None:
            status, message = refusal
            await JSONResponse({"error": message}, status_code=status,
                               headers=_CHALLENGE if status == 401 else None)(scope, receive, send)
            return
        received, started = 0, False

        async def counted_receive() -> dict:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_body_bytes:
                    raise _BodyTooLarge(self._too_large())
            return message

        async def watched_send(message: dict) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, counted_receive, watched_send)
        except _BodyTooLarge:
            if not started:
                await JSONResponse({"error": self._too_large()}, status_code=413)(scope, receive, send)

    def _refusal(self, scope: dict, headers: dict[str, str]) -> tuple[int, str] | None:
        if self.allowed_hosts is not None and "*" not in self.allowed_hosts:
            host = _host_name(headers.get("host", ""))
            if host not in self.allowed_hosts:
                return 400, f"this server does not answer for the host '{host}'"
        length = headers.get("content-length")
        if length is not None and (not length.isdigit() or int(length) > self.max_body_bytes):
            return 413, self._too_large()
        if scope["path"].rstrip("/") == "/api/ingest" and scope["method"] == "POST":
            return ingest_refusal(headers.get("authorization"), self.ingest_token)
        return None

    def _too_large(self) -> str:
        return f"the request body is over {self.max_body_bytes:,} bytes; send fewer articles at a time"


class _BodyTooLarge(StarletteHTTPException):
    """An HTTP error, so FastAPI's body reader passes it on as a 413 (not "error parsing the body")."""

    def __init__(self, message: str) -> None:
        super().__init__(413, {"error": message})  # type: ignore[arg-type]  # FastAPI answers any JSON detail


def _host_name(header: str) -> str:
    """'example.org:8000' → 'example.org'; '[::1]:8000' → '::1'."""
    header = header.strip().lower()
    if header.startswith("["):
        return header[1:].partition("]")[0]
    return header.rpartition(":")[0] if header.count(":") == 1 else header


def _pipeline(given: Any, loaded: dict[str, Any]) -> Pipeline:
    """The pipeline given, or made once from the factory given (by default the Pipeline class)."""
    if "pipeline" not in loaded:
        if given is None:
            from newsevents.pipeline import Pipeline

            given = Pipeline
        # A class has a `run` attribute too: only an instance is used as it is.
        is_instance = hasattr(given, "run") and not isinstance(given, type)
        loaded["pipeline"] = given if is_instance else given()
    return loaded["pipeline"]


def _ingest(store: Store, articles: list[ArticleIn], pipeline: Pipeline):
    """Articles → a JSON Lines file → the ordinary pipeline run (same readers, same de-duplication)."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "posted.jsonl"
        with path.open("w", encoding="utf-8") as lines:
            for number, article in enumerate(articles):
                record = article.model_dump(exclude_none=True, mode="json")
                record.setdefault("id", f"api:{record.get('url') or number}")
                lines.write(json.dumps(record, ensure_ascii=False) + "\n")
        return pipeline.run([str(path)], store)
