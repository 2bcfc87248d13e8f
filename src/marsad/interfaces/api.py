"""The REST API and the web pages: one FastAPI application over ``marsad.analyze`` and a read-only store.

``create_app(db_path=None, settings=None)`` builds it. JSON endpoints live under ``/v1`` (``POST /v1/analyze``,
articles, quotes, entities, search, stories) and answer errors as ``{"error": {"code", "message"}}``; the pages
(``/``, ``/articles/{id}``, ``/paste``, ``/quotes``, ``/entities``, ``/entities/{key}``, ``/graph``) are Jinja2
templates with autoescaping everywhere, served with a strict Content-Security-Policy (scripts only from
``/static``, no inline scripts or styles). Article text is untrusted: highlighted HTML is built from escaped
segments. Analysis runs in a bounded thread pool with a time limit; request bodies over ``max_body_bytes`` are
refused (413) before they are read. The store is opened read-only, once, lazily; without it the analyse endpoint
and the paste page still work and store endpoints answer 503 with a hint to run ``marsad ingest``.
See ``docs/web.md``.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import datetime as dt
import html as html_lib
import json
import logging
import math
import os
import threading
from collections import OrderedDict
from contextlib import asynccontextmanager, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote as url_quote, urlencode

from fastapi import FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, ConfigDict, Field, ValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException

from marsad import __version__
from marsad.errors import InputError, MarsadError, StoreError
from marsad.interfaces import queries_web as qw

HERE = Path(__file__).parent
log = logging.getLogger("marsad.web")
CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
       "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
INGEST_HINT = "create the database with: marsad ingest FOLDER --db FILE, then start marsad serve --db FILE"


@dataclass(frozen=True)
class Settings:
    """Limits of the server; every one can be overridden per app (``create_app(settings=Settings(...))``)."""

    max_body_bytes: int = 2_000_000  # larger request bodies get 413 before they are read
    analyze_timeout: float = 30.0  # seconds one analysis may take before the request gets 504
    analyze_threads: int = 2  # analyses run at once (CPU bound: about the number of cores)
    analyze_queue: int = 128  # analyses waiting or running beyond which a request gets 503 (busy)
    page_size: int = 20  # default ``limit`` of lists
    page_max: int = 200  # largest ``limit`` accepted
    warm_up: bool = False  # load the pipeline's models at startup (in the analysis pool) instead of on first use
    article_cache: int = 256  # stored articles kept rebuilt in memory (the store is read-only while serving)


class ApiError(Exception):
    """An error answered as ``{"error": {"code", "message"}}`` (JSON) or an error page (HTML)."""

    def __init__(self, status: int, code: str, message: str, headers: dict | None = None):
        super().__init__(message)
        self.status, self.code, self.message, self.headers = status, code, message, headers or {}


class AnalyzeRequest(BaseModel):
    """An article to analyse: ``text`` (plain text) or ``html`` (a page; its main text is extracted)."""

    model_config = ConfigDict(extra="forbid", str_max_length=10_000_000)
    text: str | None = Field(None, description="The article text, as published.")
    html: str | None = Field(None, description="An HTML page holding the article (instead of text).")
    published: str | None = Field(None, description="Publication date YYYY-MM-DD; relative times resolve against it.",
                                  examples=["2024-03-01"])
    title: str | None = None
    source: str | None = Field(None, description="The outlet.")


# --- the store ----------------------------------------------------------------------------------------------

class StoreHandle:
    """One read-only DuckDB connection, opened on first use; each request works on its own cursor."""

    def __init__(self, path: str | os.PathLike | None):
        self.path = Path(path) if path else None
        self._store = None
        self._lock = threading.Lock()

    def _open(self):
        from marsad.store.db import Store

        with self._lock:
            if self._store is None:
                if self.path is None:
                    raise ApiError(503, "no_database", f"this server was started without a database; {INGEST_HINT}")
                if not self.path.exists():
                    raise ApiError(503, "no_database", f"no database at {self.path}; {INGEST_HINT}")
                try:
                    self._store = Store(self.path, read_only=True)
                except StoreError as exc:
                    raise ApiError(503, "store_unavailable", f"{exc.message}" + (f" ({exc.hint})" if exc.hint else ""))
            return self._store

    @property
    def available(self) -> bool:
        return self._store is not None or bool(self.path and self.path.exists())

    @contextmanager
    def cursor(self):
        import duckdb

        store = self._open()
        cur = store.con.cursor()
        try:
            yield cur
        except duckdb.Error as exc:
            raise ApiError(500, "store_error", f"the store query failed: {str(exc).splitlines()[0]}") from None
        finally:
            cur.close()

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None


# --- analysis -----------------------------------------------------------------------------------------------

class Analyzer:
    """Runs ``marsad.analyze`` in a bounded thread pool with a per-request time limit."""

    def __init__(self, settings: Settings):
        self.settings = settings
        self.pool = concurrent.futures.ThreadPoolExecutor(max_workers=max(1, settings.analyze_threads),
                                                          thread_name_prefix="marsad-analyze")
        self._pending = 0
        self._lock = threading.Lock()

    @staticmethod
    def _run(req: AnalyzeRequest):
        from marsad.io import readers
        from marsad.pipeline import analyze

        if req.html is not None and req.html.strip():
            rec = readers.from_html(req.html, origin="request")
            meta = rec.meta()
            for key in ("title", "source"):
                if getattr(req, key):
                    meta[key] = getattr(req, key)
            if req.published:
                meta["published"] = readers.from_text(rec.text, origin="request", published=req.published).published
        else:
            rec = readers.from_text(req.text or "", origin="request", title=req.title or None,
                                    source=req.source or None, published=req.published or None)
            meta = rec.meta()
        return analyze(rec.text, **meta)

    async def analyze(self, req: AnalyzeRequest):
        with self._lock:
            if self._pending >= self.settings.analyze_queue:
                raise ApiError(503, "busy", f"the server is analysing {self._pending} articles; retry in a moment",
                               {"Retry-After": "1"})
            self._pending += 1
        fut = self.pool.submit(self._run, req)
        fut.add_done_callback(self._done)
        try:
            return await asyncio.wait_for(asyncio.wrap_future(fut), self.settings.analyze_timeout)
        except asyncio.TimeoutError:
            fut.cancel()
            raise ApiError(504, "timeout", f"the analysis took longer than {self.settings.analyze_timeout:g} s; "
                                           "send a shorter text or split it into articles") from None

    def _done(self, _fut) -> None:
        with self._lock:
            self._pending -= 1

    def close(self) -> None:
        self.pool.shutdown(wait=False, cancel_futures=True)


# --- request size limit -------------------------------------------------------------------------------------

class BodyLimit:
    """ASGI middleware: 413 for a declared Content-Length over the limit (before reading anything), and for a
    streamed body as soon as it grows over the limit."""

    def __init__(self, app, max_bytes: int):
        self.app, self.max_bytes = app, max_bytes

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        declared = None
        for name, value in scope.get("headers", ()):
            if name == b"content-length":
                try:
                    declared = int(value)
                except ValueError:
                    return await _send_json(send, 400, "bad_request", "the Content-Length header is not a number")
        if declared is not None and declared > self.max_bytes:
            return await self._refuse(scope, send)
        seen = 0
        started = False

        async def limited_receive():
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_bytes:
                    raise _TooLarge()
            return message

        async def tracking_send(message):
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, limited_receive, tracking_send)
        except _TooLarge:
            if not started:
                await self._refuse(scope, send)

    async def _refuse(self, scope, send) -> None:
        accept = dict(scope.get("headers", ())).get(b"accept", b"").decode("latin-1")
        if not scope.get("path", "").startswith("/v1") and "text/html" in accept:
            body = ("<!doctype html><html lang=en><head><meta charset=utf-8><title>Too large · Marsad</title>"
                    '<link rel="stylesheet" href="/static/marsad.css"></head><body><main><section class="error">'
                    f"<h1>413: payload_too_large</h1><p>{html_lib.escape(self._message())}</p>"
                    '<p><a href="/paste">Back to the form</a></p></section></main></body></html>').encode()
            await send({"type": "http.response.start", "status": 413,
                        "headers": [(b"content-type", b"text/html; charset=utf-8"),
                                    (b"content-length", str(len(body)).encode()), (b"connection", b"close"),
                                    (b"content-security-policy", CSP.encode())]})
            await send({"type": "http.response.body", "body": body})
            return
        await _send_json(send, 413, "payload_too_large", self._message())

    def _message(self) -> str:
        return (f"the request body is over the {self.max_bytes / 1e6:g} MB limit; send one article at a time "
                "(or raise the limit with marsad serve --max-mb)")


class _TooLarge(Exception):
    pass


async def _send_json(send, status: int, code: str, message: str) -> None:
    body = json.dumps({"error": {"code": code, "message": message}}).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                            (b"connection", b"close"), (b"content-security-policy", CSP.encode())]})
    await send({"type": "http.response.body", "body": body})


class SecurityHeaders:
    """ASGI middleware adding the Content-Security-Policy and related headers to every response."""

    HEADERS = [(b"content-security-policy", CSP.encode()), (b"x-content-type-options", b"nosniff"),
               (b"referrer-policy", b"no-referrer"), (b"x-frame-options", b"DENY"),
               (b"cross-origin-opener-policy", b"same-origin")]

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)

        async def add_headers(message):
            if message["type"] == "http.response.start":
                names = {n.lower() for n, _ in message.get("headers", ())}
                message["headers"] = list(message.get("headers", ())) + [h for h in self.HEADERS if h[0] not in names]
            await send(message)

        await self.app(scope, receive, add_headers)


# --- rendering helpers ----------------------------------------------------------------------------------------

def highlight_segments(article, entity_keys: dict | None = None) -> list[dict]:
    """The article text cut at every span edge into segments, each with the spans covering it.

    Returns ``[{"start", "end", "text", "cls", "q", "e", "title"}]``: ``text`` is raw (the template escapes it),
    ``cls`` the CSS classes (ent-PER quote cue speaker time trigger), ``q`` the ids of the quotes covering it,
    ``e`` the entity id, ``title`` a plain-text tooltip.
    """
    text = article.text
    n = len(text)
    marks: list[tuple[int, int, str, str, str, str]] = []  # start, end, classes, quote id, label, entity id

    def ok(s, e):
        return s is not None and e is not None and 0 <= s < e <= n

    for e in article.entities:
        label = f"{e.type}: {e.name}" + (f" ({e.name_en})" if e.name_en else "") + (f" [{e.country}]" if e.country else "")
        for m in e.mentions:
            if ok(m.start, m.end):
                marks.append((m.start, m.end, f"ent ent-{e.type}", "", label, e.id))
    for q in article.quotes:
        if q.content and ok(q.content.start, q.content.end):
            marks.append((q.content.start, q.content.end, "quote", q.id, "", ""))
        if q.cue and ok(q.cue.start, q.cue.end):
            marks.append((q.cue.start, q.cue.end, "cue", q.id, "", ""))
        if q.speaker and ok(q.speaker.start, q.speaker.end):
            marks.append((q.speaker.start, q.speaker.end, "speaker", q.id, "", ""))
    for t in article.times:
        if ok(t.start, t.end):
            marks.append((t.start, t.end, "time", "", f"{t.type} {t.value or ''}".strip(), ""))
    for v in article.events:
        if ok(v.trigger.start, v.trigger.end):
            marks.append((v.trigger.start, v.trigger.end, "trigger", "", f"event {v.id}: {v.code}", ""))
    cuts = sorted({0, n} | {m[0] for m in marks} | {m[1] for m in marks})
    # sweep: marks sorted by start; active set per segment
    by_start = sorted(marks, key=lambda m: m[0])
    active: list = []
    i = 0
    out = []
    for a, b in zip(cuts, cuts[1:]):
        while i < len(by_start) and by_start[i][0] <= a:
            active.append(by_start[i])
            i += 1
        active = [m for m in active if m[1] > a]
        cover = [m for m in active if m[0] <= a and m[1] >= b]
        seg = {"start": a, "end": b, "text": text[a:b], "cls": "", "q": "", "e": "", "title": ""}
        if cover:
            classes = sorted({c for m in cover for c in m[2].split()})
            seg["cls"] = " ".join(classes)
            seg["q"] = " ".join(dict.fromkeys(m[3] for m in cover if m[3]))
            seg["e"] = next((m[5] for m in cover if m[5]), "")
            seg["title"] = " | ".join(dict.fromkeys(m[4] for m in cover if m[4]))
        out.append(seg)
    # one tab stop per quote: its cue, else the first segment of its content
    focus: set[str] = set()
    for seg in out:
        seg["focus"] = False
    for seg in out:
        if "cue" in seg["cls"].split() and seg["q"]:
            qid = seg["q"].split()[-1]
            if qid not in focus:
                seg["focus"] = True
                focus.add(qid)
    for seg in out:
        for qid in seg["q"].split():
            if qid not in focus:
                seg["focus"] = True
                focus.add(qid)
    return out


def quote_cards(article, entity_keys: dict | None = None) -> list[dict]:
    """What the popover and the side panel show for each quote."""
    ents = {e.id: e for e in article.entities}
    quotes = {q.id: q for q in article.quotes}
    keys = entity_keys or {}
    cards = []
    for q in article.quotes:
        sp = q.speaker
        ent = ents.get(sp.entity) if sp and sp.entity else None
        via = None
        if q.via:
            if q.via in quotes and quotes[q.via].speaker:
                via = f"{quotes[q.via].speaker.text} ({q.via})"
            elif q.via in ents:
                via = ents[q.via].name
            else:
                via = q.via
        cards.append({
            "id": q.id, "kind": q.kind, "hedged": q.hedged, "via": via,
            "speaker": (sp.text or sp.description) if sp else None, "speaker_type": sp.type if sp else "unknown",
            "count": sp.count if sp else None, "description": sp.description if sp else None,
            "entity": ({"id": ent.id, "name": ent.name, "name_en": ent.name_en, "kb_id": ent.kb_id,
                        "key": keys.get(ent.id)} if ent else None),
            "cue": q.cue.text if q.cue else None,
            "content": q.content.text if q.content else None,
        })
    return cards


def bar_chart(rows: list[dict], value: str, label: str, width: int = 640, height: int = 160) -> dict:
    """Coordinates of a bar chart (drawn as SVG by the template)."""
    rows = [r for r in rows if r.get(value)]
    if not rows:
        return {"bars": [], "width": width, "height": height, "max": 0}
    top = max(r[value] for r in rows)
    n = len(rows)
    gap = 2
    bw = max(2.0, min(40.0, (width - 40) / n - gap))
    bars = []
    for i, r in enumerate(rows):
        h = (height - 40) * r[value] / top
        x = 30 + i * (bw + gap)
        bars.append({"x": round(x, 1), "y": round(height - 20 - h, 1), "w": round(bw, 1), "h": round(h, 1),
                     "value": r[value], "label": str(r[label]) if r[label] is not None else "undated"})
    return {"bars": bars, "width": max(width, int(30 + n * (bw + gap) + 10)), "height": height, "max": top,
            "first": bars[0]["label"], "last": bars[-1]["label"]}


def graph_layout(edges: list[dict], width: int = 960, row: int = 30) -> dict:
    """A two-column drawing: speakers on the right (where an Arabic reader starts), subjects on the left."""
    speakers: dict[str, dict] = {}
    subjects: dict[str, dict] = {}
    for e in edges:
        s = speakers.setdefault(e["speaker_key"], {"key": e["speaker_key"], "name": e["speaker"], "n": 0,
                                                   "is_entity": bool(e["speaker_is_entity"]),
                                                   "type": e["speaker_type"]})
        s["n"] += e["n"]
        t = subjects.setdefault(e["subject_key"], {"key": e["subject_key"], "name": e["subject"], "n": 0,
                                                   "type": e["subject_type"]})
        t["n"] += e["n"]
    left_x, right_x = 260, width - 260
    sp = sorted(speakers.values(), key=lambda s: (-s["n"], s["name"] or ""))
    sb = sorted(subjects.values(), key=lambda s: (-s["n"], s["name"] or ""))
    for i, s in enumerate(sp):
        s["x"], s["y"] = right_x, 40 + i * row
    for i, s in enumerate(sb):
        s["x"], s["y"] = left_x, 40 + i * row
    top = max((e["n"] for e in edges), default=1)
    lines = []
    for e in edges:
        a, b = speakers[e["speaker_key"]], subjects[e["subject_key"]]
        mid = (a["x"] + b["x"]) / 2
        lines.append({"d": f"M{a['x'] - 6},{a['y']} C{mid},{a['y']} {mid},{b['y']} {b['x'] + 6},{b['y']}",
                      "w": round(1 + 5 * math.sqrt(e["n"] / top), 2), "n": e["n"], "speaker": a["name"],
                      "subject": b["name"], "speaker_key": a["key"], "subject_key": b["key"]})
    height = 60 + max(len(sp), len(sb), 1) * row
    return {"speakers": sp, "subjects": sb, "edges": lines, "width": width, "height": height}


def _short(s: str | None, n: int = 30) -> str:
    s = " ".join((s or "").split())
    return s if len(s) <= n else s[: n - 1] + "…"


def _fmt_date(value) -> str:
    if value is None:
        return "undated"
    return value.isoformat() if hasattr(value, "isoformat") else str(value)


# --- the app ----------------------------------------------------------------------------------------------------

def _is_api(request: Request) -> bool:
    p = request.url.path
    accept = request.headers.get("accept", "")
    return p.startswith("/v1") or p == "/openapi.json" or ("application/json" in accept and "text/html" not in accept)


def _page_links(request: Request, total: int | None, limit: int, offset: int, more: bool | None = None) -> dict:
    def url(off):
        params = dict(request.query_params)
        params["offset"], params["limit"] = str(off), str(limit)
        return f"{request.url.path}?{urlencode(params)}"

    has_next = (offset + limit < total) if total is not None else bool(more)
    return {"next": url(offset + limit) if has_next else None,
            "prev": url(max(0, offset - limit)) if offset > 0 else None}


def _jsonable(value):
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value


def create_app(db_path: str | os.PathLike | None = None, settings: Settings | None = None) -> FastAPI:
    """The Marsad web application: JSON API under /v1, pages at /, static files under /static."""
    from jinja2 import Environment, FileSystemLoader, select_autoescape

    settings = settings or Settings()
    store = StoreHandle(db_path)
    analyzer = Analyzer(settings)

    @asynccontextmanager
    async def lifespan(_app):
        if settings.warm_up:
            analyzer.pool.submit(_warm_up)
        yield
        analyzer.close()
        store.close()

    app = FastAPI(title="Marsad", version=__version__, docs_url=None, redoc_url=None, lifespan=lifespan,
                  description="Who said what, on whose authority, when and where, in Arabic news. "
                              "Every span is a character offset into the article text as given.")
    app.state.store, app.state.analyzer, app.state.settings = store, analyzer, settings
    env = Environment(loader=FileSystemLoader(str(HERE / "templates")),
                      autoescape=select_autoescape(default=True, default_for_string=True), trim_blocks=True,
                      lstrip_blocks=True)
    env.filters["short"] = _short
    env.filters["date"] = _fmt_date
    env.filters["urlq"] = lambda s: url_quote(str(s or ""), safe="")
    env.filters["pct"] = lambda x: f"{(x or 0) * 100:.0f}%"
    env.globals["version"] = __version__
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")

    def render(request: Request, template: str, status: int = 200, **ctx) -> HTMLResponse:
        ctx.setdefault("nav", "")
        body = env.get_template(template).render(request=request, has_db=store.available, **ctx)
        return HTMLResponse(body, status_code=status)

    def error_response(request: Request, status: int, code: str, message: str, headers: dict | None = None):
        if _is_api(request):
            return JSONResponse({"error": {"code": code, "message": message}}, status_code=status, headers=headers)
        return render(request, "error.html", status=status, status_code=status, code=code, message=message)

    @app.exception_handler(ApiError)
    async def _api_error(request: Request, exc: ApiError):
        return error_response(request, exc.status, exc.code, exc.message, exc.headers)

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException):
        codes = {404: "not_found", 405: "method_not_allowed", 413: "payload_too_large", 400: "bad_request"}
        message = exc.detail if isinstance(exc.detail, str) else "error"
        if exc.status_code == 404 and message == "Not Found":
            message = f"nothing at {request.url.path}"
        return error_response(request, exc.status_code, codes.get(exc.status_code, f"http_{exc.status_code}"),
                              message, getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def _validation_error(request: Request, exc: RequestValidationError):
        parts = []
        for e in exc.errors()[:5]:
            where = ".".join(str(x) for x in e.get("loc", ()) if x != "body")
            parts.append(f"{where}: {e.get('msg')}" if where else str(e.get("msg")))
        return error_response(request, 422, "validation_error", "; ".join(parts) or "invalid request")

    @app.exception_handler(InputError)
    async def _input_error(request: Request, exc: InputError):
        return error_response(request, 422, exc.code, exc.message + (f" ({exc.hint})" if exc.hint else ""))

    @app.exception_handler(MarsadError)
    async def _marsad_error(request: Request, exc: MarsadError):
        status = 503 if isinstance(exc, StoreError) else 500
        return error_response(request, status, exc.code, exc.message + (f" ({exc.hint})" if exc.hint else ""))

    @app.exception_handler(Exception)
    async def _internal_error(request: Request, exc: Exception):
        log.error("internal error on %s %s", request.method, request.url.path, exc_info=exc)
        return error_response(request, 500, "internal_error",
                              f"internal error ({type(exc).__name__}); please report it")

    def page_size(limit: int | None) -> int:
        return min(max(1, limit or settings.page_size), settings.page_max)

    LIMIT = Query(None, ge=1, le=settings.page_max,
                  description=f"Rows per page (default {settings.page_size}, at most {settings.page_max}).")
    OFFSET = Query(0, ge=0, le=10_000_000, description="Rows to skip.")

    def listing(request: Request, page: qw.Page, limit: int, offset: int) -> dict:
        return {"items": _jsonable(page.rows), "total": page.total, "limit": limit, "offset": offset,
                **_page_links(request, page.total, limit, offset), "hint": page.hint}

    # --- JSON API ---------------------------------------------------------------------------------------------

    analyze_body = {
        "requestBody": {"required": True, "content": {
            "application/json": {"schema": AnalyzeRequest.model_json_schema()},
            "application/x-www-form-urlencoded": {"schema": AnalyzeRequest.model_json_schema()},
            "multipart/form-data": {"schema": AnalyzeRequest.model_json_schema()}}}}

    async def read_analyze_request(request: Request) -> AnalyzeRequest:
        ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if ctype in ("application/x-www-form-urlencoded", "multipart/form-data"):
            try:
                form = await request.form(max_files=0, max_fields=20)
            except (StarletteHTTPException, _TooLarge):
                raise
            except Exception as exc:
                raise ApiError(400, "bad_request", f"the form could not be read ({type(exc).__name__})") from None
            data = {k: v for k, v in form.items() if isinstance(v, str)}
            data = {k: v for k, v in data.items() if v != "" or k in ("text", "html")}
        elif ctype in ("application/json", "") or ctype.endswith("+json"):
            raw = await request.body()
            if not raw.strip():
                raise ApiError(400, "bad_request", 'the request body is empty; send {"text": "..."}')
            try:
                data = json.loads(raw)
            except (ValueError, UnicodeDecodeError) as exc:
                raise ApiError(400, "bad_request", f"the body is not valid JSON ({exc})") from None
            if not isinstance(data, dict):
                raise ApiError(422, "validation_error", 'the body must be a JSON object like {"text": "..."}')
        else:
            raise ApiError(415, "unsupported_media_type",
                           f"send application/json or a form, not {ctype or 'no content type'}")
        try:
            req = AnalyzeRequest.model_validate(data)
        except ValidationError as exc:
            raise RequestValidationError(exc.errors()) from None
        has_text = bool(req.text and req.text.strip())
        has_html = bool(req.html and req.html.strip())
        if has_text == has_html:
            raise ApiError(422, "validation_error", "give exactly one of 'text' (the article) or 'html' (a page)"
                           if has_text else "the article is empty: give 'text' (or 'html')")
        return req

    @app.post("/v1/analyze", tags=["analysis"], openapi_extra=analyze_body,
              summary="Analyse one article and return the contract JSON (marsad.article/1)",
              responses={200: {"description": "The article JSON contract"}, 413: {"description": "Body too large"},
                         422: {"description": "Invalid or unreadable article"},
                         503: {"description": "Too many analyses waiting"}, 504: {"description": "Time limit"}})
    async def analyze_endpoint(request: Request):
        from marsad.io.writers import to_contract

        req = await read_analyze_request(request)
        article = await analyzer.analyze(req)
        return JSONResponse(to_contract(article))

    @app.get("/v1/articles", tags=["store"], summary="Stored articles, newest first (paged)")
    def api_articles(request: Request, limit: int | None = LIMIT, offset: int = OFFSET,
                     source: str | None = None, since: dt.date | None = None, until: dt.date | None = None):
        limit = page_size(limit)
        with store.cursor() as con:
            page = qw.list_articles(con, limit, offset, source, _iso(since), _iso(until))
        return listing(request, page, limit, offset)

    @app.get("/v1/articles/{article_id:path}", tags=["store"], summary="One stored article as the contract JSON")
    def api_article(article_id: str):
        from marsad.io.writers import to_contract

        with store.cursor() as con:
            found = _load(con, article_id)
        article, _keys = found
        return JSONResponse(to_contract(article))

    @app.get("/v1/quotes", tags=["store"], summary="Who said what: attributions filtered by speaker, subject, dates")
    def api_quotes(request: Request, speaker: str | None = Query(None, max_length=200),
                   about: str | None = Query(None, max_length=200), since: dt.date | None = None,
                   until: dt.date | None = None, speaker_type: str | None = Query(None, pattern="^(" + "|".join(
                       qw.SPEAKER_TYPES) + ")$"), entity: str | None = Query(None, max_length=300),
                   limit: int | None = LIMIT, offset: int = OFFSET):
        limit = page_size(limit)
        with store.cursor() as con:
            page = qw.list_quotes(con, speaker or None, about or None, _iso(since), _iso(until), speaker_type,
                                  entity or None, limit, offset)
        return listing(request, page, limit, offset)

    @app.get("/v1/entities", tags=["store"], summary="Entities across the store, most mentioned first")
    def api_entities(request: Request, top: int | None = Query(None, ge=1, description="Same as limit."),
                     type: str | None = Query(None, pattern="^(PER|ORG|LOC|MISC|per|org|loc|misc)$"),
                     name: str | None = Query(None, max_length=200), limit: int | None = LIMIT,
                     offset: int = OFFSET):
        limit = page_size(limit or top)
        with store.cursor() as con:
            page = qw.list_entities(con, limit, offset, type, name or None)
        return listing(request, page, limit, offset)

    @app.get("/v1/entities/{key:path}", tags=["store"],
             summary="One entity (by KB id or normalised name): counts, mentions per day, its quotes, quotes about it")
    def api_entity(key: str):
        with store.cursor() as con:
            info = qw.entity_detail(con, key)
        if info is None:
            raise ApiError(404, "not_found", f"no entity {key!r} in the store; see /v1/entities")
        return _jsonable(info)

    @app.get("/v1/search", tags=["store"], summary="Articles about q: by meaning when embeddings are stored, "
                                                   "else by words")
    def api_search(request: Request, q: str = Query(..., min_length=1, max_length=500),
                   mode: str = Query("auto", pattern="^(auto|keyword|semantic)$"),
                   limit: int | None = LIMIT, offset: int = OFFSET):
        limit = page_size(limit)
        with store.cursor() as con:
            result = _search(con, q, mode, limit, offset)
        body = {"items": _jsonable(result["rows"]), "total": result["total"], "limit": limit, "offset": offset,
                "mode": result["mode"], **_page_links(request, result["total"], limit, offset, result["more"]),
                "hint": result["hint"]}
        return body

    @app.get("/v1/stories", tags=["store"], summary="Groups of near-duplicate articles, largest first")
    def api_stories(request: Request, min_size: int = Query(2, ge=1, le=1000), limit: int | None = LIMIT,
                    offset: int = OFFSET):
        from marsad.store import queries

        limit = page_size(limit)
        with store.cursor() as con:
            res = queries.stories(con, min_size=min_size, limit=offset + limit + 1)
        rows = res.rows[offset: offset + limit]
        more = len(res.rows) > offset + limit
        return {"items": _jsonable(rows), "total": None, "limit": limit, "offset": offset,
                **_page_links(request, None, limit, offset, more), "hint": res.hint if not rows else None}

    @app.get("/v1/health", tags=["meta"], summary="Liveness, version and whether a database is open")
    def api_health():
        return {"status": "ok", "version": __version__, "database": str(store.path) if store.path else None,
                "database_available": store.available}

    def _search(con, q, mode, limit, offset):
        from marsad.store import queries

        use_semantic = mode == "semantic" or (mode == "auto" and qw.has_embeddings(con))
        if use_semantic:
            try:
                res = queries.search(con, q, limit=offset + limit + 1)
                rows = res.rows[offset: offset + limit]
                for r in rows:
                    r["article_id"] = r["hash"]
                return {"rows": rows, "total": None, "more": len(res.rows) > offset + limit, "mode": "semantic",
                        "hint": res.hint}
            except MarsadError as exc:
                if mode == "semantic":
                    raise ApiError(503, exc.code, exc.message)
        page = qw.keyword_search(con, q, limit, offset)
        return {"rows": page.rows, "total": page.total, "more": None, "mode": "keyword", "hint": page.hint}

    cache: OrderedDict[str, tuple] = OrderedDict()  # hash -> (Article, entity keys); the store is read-only
    cache_lock = threading.Lock()

    def _load(con, key: str):
        h = qw.find_article(con, key)
        if h is None:
            raise ApiError(404, "not_found", f"no article {key!r} in the store; see /v1/articles")
        with cache_lock:
            if h in cache:
                cache.move_to_end(h)
                return cache[h]
        found = qw.load_article(con, h)
        if found is None:
            raise ApiError(404, "not_found", f"no article {key!r} in the store; see /v1/articles")
        with cache_lock:
            cache[h] = found
            while len(cache) > settings.article_cache:
                cache.popitem(last=False)
        return found

    # --- pages ------------------------------------------------------------------------------------------------

    def article_page(request: Request, article, keys: dict, stored: bool, status: int = 200):
        ents = {e.id: e for e in article.entities}
        return render(request, "article.html", status=status, nav="articles" if stored else "paste",
                      article=article, stored=stored, segments=highlight_segments(article, keys),
                      cards=quote_cards(article, keys), keys=keys, ents=ents, sourcing=article.sourcing or {},
                      counts={"entities": len(article.entities), "quotes": len(article.quotes),
                              "times": len(article.times), "events": len(article.events)})

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def home(request: Request, limit: int | None = LIMIT, offset: int = OFFSET):
        limit = page_size(limit)
        if not store.available:
            return render(request, "index.html", nav="articles", page=None, totals=None, stories=[],
                          links={}, hint="No database is open. " + INGEST_HINT[0].upper() + INGEST_HINT[1:] +
                          ". Meanwhile you can analyse an article.", offset=0)
        with store.cursor() as con:
            page = qw.list_articles(con, limit, offset)
            totals = qw.counts(con)
            from marsad.store import queries

            stories = queries.stories(con, min_size=2, limit=10).rows
        return render(request, "index.html", nav="articles", page=page, totals=totals, stories=stories,
                      links=_page_links(request, page.total, limit, offset), hint=page.hint, offset=offset)

    @app.get("/search", response_class=HTMLResponse, include_in_schema=False)
    def search_page(request: Request, q: str = Query("", max_length=500), limit: int | None = LIMIT,
                    offset: int = OFFSET):
        limit = page_size(limit)
        if not q.strip():
            return RedirectResponse("/", status_code=303)
        with store.cursor() as con:
            result = _search(con, q, "auto", limit, offset)
        return render(request, "search.html", q=q, result=result, offset=offset, page=None,
                      links=_page_links(request, result["total"], limit, offset, result["more"]))

    @app.get("/articles/{article_id:path}", response_class=HTMLResponse, include_in_schema=False)
    def article_view(request: Request, article_id: str):
        with store.cursor() as con:
            article, keys = _load(con, article_id)
        return article_page(request, article, keys, stored=True)

    @app.get("/paste", response_class=HTMLResponse, include_in_schema=False)
    def paste_form(request: Request):
        return render(request, "paste.html", nav="paste", form={}, error=None)

    @app.post("/paste", response_class=HTMLResponse, include_in_schema=False)
    async def paste_submit(request: Request):
        try:
            req = await read_analyze_request(request)
            article = await analyzer.analyze(req)
        except (ApiError, InputError, RequestValidationError) as exc:
            form = {}
            try:
                form = {k: v for k, v in (await request.form()).items() if isinstance(v, str)}
            except Exception:
                pass
            if isinstance(exc, ApiError):
                status, message = exc.status, exc.message
            elif isinstance(exc, InputError):
                status, message = 422, exc.message
            else:
                status, message = 422, "; ".join(str(e.get("msg")) for e in exc.errors()[:3])
            return render(request, "paste.html", status=status, nav="paste", form=form, error=message)
        return article_page(request, article, {}, stored=False)

    @app.get("/quotes", response_class=HTMLResponse, include_in_schema=False)
    def quotes_page(request: Request, speaker: str | None = Query(None, max_length=200),
                    about: str | None = Query(None, max_length=200), since: str | None = None,
                    until: str | None = None, speaker_type: str | None = None, entity: str | None = None,
                    limit: int | None = LIMIT, offset: int = OFFSET):
        limit = page_size(limit)
        filters = {"speaker": speaker or "", "about": about or "", "since": since or "", "until": until or "",
                   "speaker_type": speaker_type or "", "entity": entity or ""}
        error = None
        for key in ("since", "until"):
            if filters[key]:
                try:
                    dt.date.fromisoformat(filters[key])
                except ValueError:
                    error = f"{key}: {filters[key]!r} is not a date YYYY-MM-DD"
                    filters[key] = ""
        if filters["speaker_type"] not in ("",) + qw.SPEAKER_TYPES:
            error, filters["speaker_type"] = f"unknown speaker type {filters['speaker_type']!r}", ""
        with store.cursor() as con:
            page = qw.list_quotes(con, filters["speaker"] or None, filters["about"] or None, filters["since"] or None,
                                  filters["until"] or None, filters["speaker_type"] or None, filters["entity"] or None,
                                  limit, offset)
        return render(request, "quotes.html", nav="quotes", page=page, filters=filters, error=error,
                      speaker_types=qw.SPEAKER_TYPES, links=_page_links(request, page.total, limit, offset),
                      offset=offset)

    @app.get("/entities", response_class=HTMLResponse, include_in_schema=False)
    def entities_page(request: Request, type: str | None = None, name: str | None = Query(None, max_length=200),
                      limit: int | None = LIMIT, offset: int = OFFSET):
        limit = page_size(limit)
        etype = type.upper() if type and type.upper() in qw.ENTITY_TYPES else None
        with store.cursor() as con:
            page = qw.list_entities(con, limit, offset, etype, name or None)
        return render(request, "entities.html", nav="entities", page=page, etype=etype or "", name=name or "",
                      types=qw.ENTITY_TYPES, links=_page_links(request, page.total, limit, offset), offset=offset)

    @app.get("/entities/{key:path}", response_class=HTMLResponse, include_in_schema=False)
    def entity_page(request: Request, key: str):
        with store.cursor() as con:
            info = qw.entity_detail(con, key)
        if info is None:
            raise ApiError(404, "not_found", f"no entity {key!r} in the store")
        chart = bar_chart(info["timeline"], "mentions", "day")
        return render(request, "entity.html", nav="entities", info=info, chart=chart)

    @app.get("/graph", response_class=HTMLResponse, include_in_schema=False)
    def graph_page(request: Request, limit: int = Query(40, ge=1, le=200), since: str | None = None,
                   until: str | None = None):
        try:
            since = dt.date.fromisoformat(since).isoformat() if since else None
            until = dt.date.fromisoformat(until).isoformat() if until else None
        except ValueError:
            raise ApiError(422, "validation_error", "since/until must be dates YYYY-MM-DD") from None
        with store.cursor() as con:
            edges = qw.speaker_subject_edges(con, limit, since, until)
        return render(request, "graph.html", nav="graph", graph=graph_layout(edges), edges=edges, limit=limit,
                      since=since or "", until=until or "")

    @app.get("/api", response_class=HTMLResponse, include_in_schema=False)
    def api_page(request: Request):
        spec = app.openapi()
        routes = [(m.upper(), p, op.get("summary", "")) for p, ops in spec["paths"].items() for m, op in ops.items()]
        return render(request, "api.html", nav="api", routes=routes)

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon():
        return RedirectResponse("/static/favicon.svg", status_code=301)

    fastapi_app = app
    fastapi_app.add_middleware(SecurityHeaders)
    fastapi_app.add_middleware(BodyLimit, max_bytes=settings.max_body_bytes)
    return fastapi_app


def _warm_up() -> None:
    from marsad.pipeline import analyze

    try:
        analyze("قال المتحدث إن الاجتماع عقد أمس.")
    except Exception:  # the first real request will report the problem
        log.warning("warming up the pipeline failed", exc_info=True)


def _iso(value) -> str | None:
    return value.isoformat() if value else None
