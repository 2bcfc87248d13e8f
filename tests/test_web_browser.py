"""The web pages in a real browser: headless Debian Chromium driven by Playwright, against uvicorn on a free
loopback port serving a small store (``test_api.build_store``).

Checks the highlights (every span is the exact slice of the article text), the quote popover on hover, focus
and tap, the paste form, that hostile article text runs no script, that nothing is fetched from outside the
server, and that Arabic renders right-to-left in an installed Arabic font. Screenshots go to
``tests/artifacts/`` (git-ignored). Skipped, with the reason, when Chromium or Playwright is missing.
"""

from __future__ import annotations

import http.client
import json
import shutil
import socket
import threading
import time
from pathlib import Path

import sys

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the shared store builder, whatever pytest's import mode
from test_api import HOSTILE, JORDAN, SUDAN, build_store  # noqa: E402

pytestmark = pytest.mark.slow

ARTIFACTS = Path(__file__).parent / "artifacts"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def _chromium() -> str | None:
    for path in ("/usr/bin/chromium", shutil.which("chromium") or "", shutil.which("chromium-browser") or ""):
        if path and Path(path).exists():
            return path
    return None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """uvicorn in a thread on a free loopback port; yields the base URL."""
    import uvicorn

    from marsad.interfaces.api import Settings, create_app

    db = build_store(tmp_path_factory.mktemp("webstore"))
    app = create_app(db, Settings(max_body_bytes=200_000))
    port = _free_port()
    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="on"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not srv.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("uvicorn did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser():
    exe = _chromium()
    if exe is None:
        pytest.skip("Chromium not found (/usr/bin/chromium): apt-get install -y chromium fonts-noto-core, "
                    "or run scripts/setup.sh --dev")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("playwright is not installed: pip install playwright==1.65.2 (never 'playwright install')")
    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=exe, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser, server):
    """A page that records dialogs, page errors and every request that leaves the server."""
    ctx = browser.new_context(viewport={"width": 1280, "height": 900}, locale="en-GB")
    pg = ctx.new_page()
    pg.dialogs, pg.errors, pg.outside = [], [], []
    pg.on("dialog", lambda d: (pg.dialogs.append(d.message), d.dismiss()))
    pg.on("pageerror", lambda e: pg.errors.append(str(e)))

    def guard(route):
        if route.request.url.startswith(server) or route.request.url.startswith("data:"):
            route.continue_()
        else:
            pg.outside.append(route.request.url)
            route.abort()

    pg.route("**/*", guard)
    yield pg
    assert pg.outside == [], f"requests left the server: {pg.outside}"
    ctx.close()


def _contract(server: str, key: str) -> dict:
    host, port = server.removeprefix("http://").split(":")
    conn = http.client.HTTPConnection(host, int(port), timeout=10)
    conn.request("GET", f"/v1/articles/{key}")
    body = json.loads(conn.getresponse().read())
    conn.close()
    return body


def _ranges(spans) -> set[int]:
    return {i for s, e in spans for i in range(s, e)}


def _marked(page, css_class: str) -> set[int]:
    rows = page.eval_on_selector_all(
        f"#article-text span.{css_class}", "els => els.map(e => [+e.dataset.start, +e.dataset.end])")
    return _ranges(rows)


# --- the article page -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("key, text", [("jo-water", JORDAN), ("un-sudan", SUDAN)])
def test_web_browser_article_highlights_are_exact_spans(page, server, key, text):
    doc = _contract(server, key)
    page.goto(f"{server}/articles/{key}")
    assert page.inner_text("#article-text").strip() == text.strip() or \
        page.eval_on_selector("#article-text", "e => e.textContent") == text
    spans = page.eval_on_selector_all("#article-text span[data-start]",
                                      "els => els.map(e => [+e.dataset.start, +e.dataset.end, e.textContent])")
    assert spans
    for s, e, t in spans:
        assert text[s:e] == t
    assert _marked(page, "ent") == _ranges((m["start"], m["end"]) for e in doc["entities"] for m in e["mentions"])
    assert _marked(page, "quote") == _ranges((q["content"]["start"], q["content"]["end"])
                                             for q in doc["quotes"] if q["content"])
    assert _marked(page, "cue") == _ranges((q["cue"]["start"], q["cue"]["end"]) for q in doc["quotes"] if q["cue"])
    assert _marked(page, "time") == _ranges((t["start"], t["end"]) for t in doc["times"])
    assert _marked(page, "trigger") == _ranges((v["trigger"]["start"], v["trigger"]["end"]) for v in doc["events"])
    assert page.eval_on_selector("#article-text", "e => getComputedStyle(e).direction") == "rtl"
    page.screenshot(path=str(ARTIFACTS / f"article-{key}.png"), full_page=True)
    assert page.errors == []


@pytest.mark.parametrize("key, quote, how, expected", [
    ("jo-water", "Q2", "hover", {"c-speaker": "الصفدي", "c-entity": "أيمن الصفدي", "c-cue": "قال",
                                 "c-kind": "direct", "c-hedged": "no", "c-type": "person"}),
    ("jo-water", "Q3", "tap", {"c-speaker": "مصادر دبلوماسية مطلعة", "c-type": "anonymous", "c-cue": "ذكرت",
                               "c-entity": "unresolved"}),
    ("un-sudan", "Q3", "focus", {"c-speaker": "دوجاريك", "c-cue": "داعيا", "c-kind": "indirect"}),
])
def test_web_browser_quote_popover_shows_attribution(page, server, key, quote, how, expected):
    page.goto(f"{server}/articles/{key}")
    target = page.locator(f'#article-text [data-q~="{quote}"].cue').first
    if how == "hover":
        target.hover()
    elif how == "tap":
        target.click()
    else:
        target.focus()
    pop = page.locator("#popover")
    pop.wait_for(state="visible", timeout=5000)
    assert pop.get_attribute("data-q") == quote
    for cls, value in expected.items():
        assert value in pop.locator(f".{cls}").inner_text(), cls
    box, anchor = pop.bounding_box(), target.bounding_box()
    assert box["y"] >= anchor["y"] + anchor["height"] - 1  # shown just under the span
    page.screenshot(path=str(ARTIFACTS / f"popover-{key}-{quote}-{how}.png"))
    page.keyboard.press("Escape")
    assert pop.is_hidden()


def test_web_browser_quote_popover_on_a_phone(browser, server):
    ctx = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True,
                              device_scale_factor=2)
    pg = ctx.new_page()
    try:
        pg.goto(f"{server}/articles/jo-water")
        target = pg.locator('#article-text [data-q~="Q2"].cue').first
        target.tap()
        pop = pg.locator("#popover")
        pop.wait_for(state="visible", timeout=5000)
        assert "الصفدي" in pop.locator(".c-speaker").inner_text()
        box = pop.bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= 390  # fits on the screen
        pg.screenshot(path=str(ARTIFACTS / "popover-phone.png"))
        pg.locator("h1").tap()  # a tap elsewhere closes it
        assert pop.is_hidden()
    finally:
        ctx.close()


def test_web_browser_hedged_quote_is_marked(page, server):
    page.goto(f"{server}/articles/un-sudan")
    hedged = page.locator(".cards .card", has=page.locator(".c-hedged", has_text="yes"))
    assert hedged.count() == 1
    qid = hedged.first.get_attribute("data-q")
    page.locator(f'#article-text [data-q~="{qid}"]').first.hover()
    assert page.locator("#popover .c-hedged").inner_text() == "yes"


# --- the paste form ---------------------------------------------------------------------------------------------

def test_web_browser_paste_form_analyses_on_the_spot(page, server):
    page.goto(f"{server}/paste")
    page.fill("input[name=title]", "خبر من الخرطوم")
    page.fill("input[name=published]", "2024-03-05")
    page.fill("textarea[name=text]", SUDAN)
    page.screenshot(path=str(ARTIFACTS / "paste-form.png"))
    page.click("button[type=submit]")
    page.wait_for_selector("#article-text")
    assert page.eval_on_selector("#article-text", "e => e.textContent") == SUDAN
    assert "analysed now, not stored" in page.inner_text(".article-head")
    assert page.locator("#article-text .quote").count() > 0
    assert page.locator("#article-text .time").first.get_attribute("title") == "DATE 2024-03-04"
    page.locator("#article-text .cue").first.hover()
    page.locator("#popover").wait_for(state="visible")
    page.screenshot(path=str(ARTIFACTS / "paste-result.png"), full_page=True)


# --- hostile text -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("where", ["stored", "pasted", "lists"])
def test_web_browser_hostile_text_runs_no_script(page, server, where):
    if where == "stored":
        page.goto(f"{server}/articles/hostile")
    elif where == "pasted":
        page.goto(f"{server}/paste")
        page.fill("textarea[name=text]", HOSTILE)
        page.fill("input[name=title]", "<script>window.__pwned='t'</script>")
        page.click("button[type=submit]")
        page.wait_for_selector("#article-text")
    else:
        page.goto(f"{server}/quotes")
    for el in page.locator("main span, main b, main a[href^='/articles']").all()[:40]:
        el.hover()
    if where != "lists":
        text = page.eval_on_selector("#article-text", "e => e.textContent")
        assert "<script>window.__pwned=1</script>" in text  # shown as text
        assert page.locator("#article-text *:not(span)").count() == 0  # no element came from the article
        page.locator("#article-text .cue").first.click()
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.locator("script").count() == 1  # only /static/marsad.js
    assert page.locator("main img, main iframe").count() == 0
    assert page.dialogs == [] and page.errors == []
    page.screenshot(path=str(ARTIFACTS / f"hostile-{where}.png"), full_page=True)


# --- the other pages ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("path, selector, name", [
    ("/", "ol.articles li", "index"),
    ("/quotes?speaker=%D8%A7%D9%84%D8%B5%D9%81%D8%AF%D9%8A", "ol.quotes li", "quotes-speaker"),
    ("/quotes?speaker_type=anonymous", "ol.quotes li", "quotes-anonymous"),
    ("/entities", "table.entity-list tbody tr", "entities"),
    ("/entities/Q810", "svg.chart rect.bar", "entity-jordan"),
    ("/entities/Q7609462", "ol.quotes li", "entity-dujarric"),
    ("/graph", "svg.graph path.edge", "graph"),
])
def test_web_browser_pages_render_arabic(page, server, path, selector, name):
    page.goto(f"{server}{path}")
    assert page.locator(selector).count() > 0
    installed = page.evaluate("""async () => { await document.fonts.ready;
        return ["Noto Naskh Arabic", "Noto Sans Arabic", "Amiri", "DejaVu Sans"].filter(
            f => document.fonts.check('16px "' + f + '"', 'قال')) }""")
    assert installed, "no Arabic font of the stack is installed (apt-get install fonts-noto-core)"
    ar = page.locator("main [lang=ar]").first
    family = ar.evaluate("e => getComputedStyle(e).fontFamily")
    assert family.startswith('"Noto Naskh Arabic"') and installed[0] in family
    directions = page.eval_on_selector_all("main [lang=ar]", "els => els.map(e => getComputedStyle(e).direction)")
    assert "rtl" in directions or path == "/graph"  # SVG labels are placed by coordinates
    page.screenshot(path=str(ARTIFACTS / f"page-{name}.png"), full_page=True)
    assert page.errors == []


def test_web_browser_quotes_explorer_filters(page, server):
    page.goto(f"{server}/quotes")
    everything = page.locator("ol.quotes li").count()
    page.fill("input[name=speaker]", "دوجاريك")
    page.click("form.filters button")
    page.wait_for_url("**speaker=*")
    rows = page.locator("ol.quotes li .qmeta")
    assert 0 < rows.count() < everything
    assert all("دوجاريك" in t for t in rows.all_inner_texts())


def test_web_browser_graph_links_to_entity_pages(page, server):
    page.goto(f"{server}/graph")
    page.locator("svg.graph a.subject-node").first.click()
    page.wait_for_selector("h1")
    assert "/entities/" in page.url and "What was said about them" in page.content()


# --- the server -----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("declared", [5_000_000, 200_001])
def test_web_server_refuses_large_body_before_reading_it(server, declared):
    host, port = server.removeprefix("http://").split(":")
    conn = http.client.HTTPConnection(host, int(port), timeout=5)
    conn.putrequest("POST", "/v1/analyze")
    conn.putheader("content-type", "application/json")
    conn.putheader("content-length", str(declared))
    conn.endheaders()
    conn.send(b'{"text": "')  # a few bytes of a body that never comes
    r = conn.getresponse()
    assert r.status == 413
    assert json.loads(r.read())["error"]["code"] == "payload_too_large"
    conn.close()


def test_web_cli_serve_starts_and_answers(tmp_path):
    import subprocess
    import sys

    port = _free_port()
    cmd = [sys.executable, "-c", "from marsad.interfaces.cli import main; main()", "serve", "--db",
           str(tmp_path / "none.duckdb"), "--port", str(port), "--log-level", "warning"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
                conn.request("GET", "/v1/health")
                health = json.loads(conn.getresponse().read())
                break
            except OSError:
                assert proc.poll() is None, proc.stderr.read()
                assert time.monotonic() < deadline, "marsad serve did not start"
                time.sleep(0.2)
        assert health["database_available"] is False
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        conn.request("POST", "/v1/analyze", body=json.dumps({"text": JORDAN}).encode(),
                     headers={"content-type": "application/json"})
        r = conn.getresponse()
        assert r.status == 200 and json.loads(r.read())["text"] == JORDAN
        conn.request("GET", "/v1/articles")
        r = conn.getresponse()
        assert r.status == 503 and "marsad ingest" in json.loads(r.read())["error"]["message"]
    finally:
        proc.terminate()
        proc.wait(timeout=15)
    assert "no database" in proc.stderr.read()
