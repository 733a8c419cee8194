"""Query parameters shared by the REST endpoints, the stable paging cursor, and the error answers
(bad parameters are 400 with a sentence saying which parameter and why, never a 500)."""

from __future__ import annotations

import base64
import binascii
import json
import re
from datetime import date
from typing import Annotated, Any, Literal

from fastapi import HTTPException, Path, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BeforeValidator

from newsevents.model import Modality  # the one list of modalities: the choices of `modality=`
from newsevents.queries import MAX_LIMIT, Dyad, EventQuery


class BadParameter(HTTPException):
    def __init__(self, parameter: str, message: str) -> None:
        super().__init__(400, {"error": f"{parameter}: {message}", "parameter": parameter})


# What a parameter with a pattern takes, in words (the pattern itself means nothing to a reader).
PATTERN_WORDS = {
    "country": "an ISO-3 country code such as RUS", "cameo": "a CAMEO code of 2–4 digits such as 04 or 042",
    "root": "a CAMEO root from 01 to 20", "document": "a document id (hex digits) or its prefix",
}


async def validation_error(_request: Request, error: RequestValidationError) -> JSONResponse:
    """FastAPI's 422 → 400 with one readable line per bad parameter."""
    problems = []
    for item in error.errors():
        where = ".".join(str(part) for part in item.get("loc", ())[1:]) or "request"
        got = item.get("input")
        shown = f" (got {got!r})" if got is not None and not isinstance(got, (dict, list)) else ""
        message = item.get("msg", "invalid")
        if item.get("type") == "string_pattern_mismatch" and where in PATTERN_WORDS:
            message = f"should be {PATTERN_WORDS[where]}"
        problems.append({"parameter": where, "message": f"{message}{shown}"})
    text = "; ".join(f"{p['parameter']}: {p['message']}" for p in problems)
    return JSONResponse({"error": text, "problems": problems}, status_code=400)


async def http_error(_request: Request, error: Any) -> JSONResponse:
    """Every error answers `{"error": "what went wrong and what to do"}` (plus details)."""
    body = error.detail if isinstance(error.detail, dict) else {"error": str(error.detail)}
    return JSONResponse(body, status_code=error.status_code, headers=getattr(error, "headers", None))


# --- cursors ------------------------------------------------------------------------------------
def encode_cursor(key: Any) -> str | None:
    """The key of the last row on a page, opaque to clients (they hand it back as `cursor`)."""
    if key is None:
        return None
    return base64.urlsafe_b64encode(json.dumps({"after": key}).encode()).decode().rstrip("=")


def decode_cursor(cursor: str | None, kind: type) -> Any:
    if not cursor:
        return None
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        key = json.loads(raw)["after"]
    except (binascii.Error, ValueError, KeyError, TypeError, UnicodeDecodeError):
        raise BadParameter("cursor", "not a cursor this API gave out; use the `next` value of the previous page") from None
    if not isinstance(key, kind) or isinstance(key, bool) or (isinstance(key, int) and kind is int and not 0 <= key <= MAX_ID):
        raise BadParameter("cursor", "not a cursor for this list; use the `next` value of the previous page")
    return key


# --- parameters ---------------------------------------------------------------------------------
# Ids are 64-bit signed integers in both stores: a larger number can name nothing, and binding it
# would overflow the driver (a 500), so every integer parameter is range-checked.
MAX_ID = 2**63 - 1
ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def iso_day(value: Any) -> Any:
    """Only YYYY-MM-DD is a date here: pydantic would also take a number as a Unix time, so that
    `until=0` silently meant 1970-01-01."""
    if isinstance(value, date) or value is None:
        return value
    if not isinstance(value, str) or not ISO_DAY.fullmatch(value):
        raise ValueError("write the date as YYYY-MM-DD, e.g. 2015-09-17")
    return value


IsoDate = Annotated[date, BeforeValidator(iso_day)]
Id = Annotated[int, Path(ge=1, le=MAX_ID, description="A positive id")]
Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description=f"Rows per page, 1–{MAX_LIMIT}")]
Cursor = Annotated[str | None, Query(description="The `next` value of the previous page")]
Country = Annotated[str | None, Query(pattern=r"^[A-Za-z]{3}$", description="ISO-3 country, e.g. RUS")]
Day = Annotated[IsoDate | None, Query(description="YYYY-MM-DD")]


def event_filters(
    actor: Annotated[str | None, Query(max_length=200, description="Source or target name or actor code contains this, e.g. Putin or ISRGOV")] = None,
    actor_id: Annotated[int | None, Query(ge=1, le=MAX_ID, description="This actor (id from /api/actors), as source or target")] = None,
    country: Country = None,
    cameo: Annotated[str | None, Query(pattern=r"^\d{2,4}$", description="CAMEO code or prefix: 04 (a root), 042")] = None,
    root: Annotated[str | None, Query(pattern=r"^(0[1-9]|1\d|20)$", description="CAMEO root 01–20")] = None,
    quad_class: Annotated[int | None, Query(ge=1, le=4, description="1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict")] = None,
    modality: Annotated[Modality | None, Query(description="Whether it happened, or was planned, denied, …")] = None,
    since: Annotated[IsoDate | None, Query(description="Event day on or after YYYY-MM-DD (its own date when known to the day, else its publication date)")] = None,
    until: Annotated[IsoDate | None, Query(description="Event day on or before YYYY-MM-DD")] = None,
    outlet: Annotated[str | None, Query(max_length=200, description="An outlet that ran the article (exact name, any case)")] = None,
    place: Annotated[str | None, Query(max_length=200, description="The event's place: name contains this, or ISO-3 country")] = None,
    q: Annotated[str | None, Query(max_length=200, description="The evidence sentence or the title contains this")] = None,
    document: Annotated[str | None, Query(pattern=r"^[0-9a-f]{1,32}$", description="A document id or its prefix")] = None,
    cluster: Annotated[int | None, Query(ge=1, le=MAX_ID, description="Events of this cluster (id from /api/clusters)")] = None,
) -> EventQuery:
    if since and until and since > until:
        raise BadParameter("since", f"{since} is after until ({until})")
    return EventQuery(actor=actor, actor_id=actor_id, country=country, cameo=cameo, root=root, quad_class=quad_class,
                      modality=modality, since=since, until=until, outlet=outlet, place=place, text=q, document_id=document,
                      cluster_id=cluster)


def dyad(
    a: Annotated[str, Query(min_length=1, max_length=40, description="First side: ISO-3 country, actor code, or actor id (see kind)")],
    b: Annotated[str, Query(min_length=1, max_length=40, description="Second side")],
    kind: Annotated[Literal["country", "code", "actor"], Query(description="What a and b are")] = "country",
    directed: Annotated[bool, Query(description="Only a → b (default: both directions)")] = False,
) -> Dyad:
    for name, value in (("a", a), ("b", b)):
        if kind == "actor" and not (value.isascii() and value.isdigit() and 1 <= int(value) <= MAX_ID):
            raise BadParameter(name, f"'{value}' is not an actor id; kind=actor takes ids from /api/actors")
        if kind == "country" and not (len(value) == 3 and value.isalpha()):
            raise BadParameter(name, f"'{value}' is not an ISO-3 country code such as RUS")
        if kind == "code" and not value.isalnum():
            raise BadParameter(name, f"'{value}' is not a CAMEO actor code such as RUSGOV")
    return Dyad(a, b, kind, directed)
