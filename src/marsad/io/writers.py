"""Writers: an analysed Article -> the contract JSON, a terminal view (rich), a self-contained RTL HTML page,
and event rows (one per event, the shape event-data users load into pandas).
"""

from __future__ import annotations

import csv
import html
import io
import json

from marsad.types import SCHEMA, Article

EVENT_COLUMNS = ("article_id", "date", "actor", "actor_entity", "actor_country", "code", "target", "target_entity",
                 "target_country", "trigger", "trigger_start", "trigger_end", "quote", "quote_speaker", "sentence")


def to_contract(article: Article) -> dict:
    """The article as ``../shared/CONTRACT.md`` describes it (``schema`` marsad.article/1)."""
    return {
        "schema": SCHEMA,
        "id": article.id,
        "title": article.title,
        "source": article.source,
        "url": article.url,
        "published": article.published,
        "lang": article.lang,
        "text": article.text,
        "sentences": [{"start": s.start, "end": s.end} for s in article.sentences],
        "entities": [e.to_dict() for e in article.entities],
        "quotes": [q.to_dict() for q in article.quotes],
        "times": [t.to_dict() for t in article.times],
        "events": [v.to_dict() for v in article.events],
        "sourcing": article.sourcing,
        "warnings": list(article.warnings),
    }


def to_json(article: Article, indent: int | None = 1) -> str:
    return json.dumps(to_contract(article), ensure_ascii=False, indent=indent)


def _sentence_at(article: Article, pos: int) -> str:
    for s in article.sentences:
        if s.start <= pos < s.end:
            return article.text[s.start:s.end]
    return ""


def event_rows(article: Article) -> list[dict]:
    """One row per event: who did what to whom, when, on whose authority, in which sentence."""
    quotes = {q.id: q for q in article.quotes}
    rows = []
    for v in article.events:
        q = quotes.get(v.quote) if v.quote else None
        rows.append({
            "article_id": article.id, "date": v.date,
            "actor": v.actor.text if v.actor else None, "actor_entity": v.actor.entity if v.actor else None,
            "actor_country": v.actor.country if v.actor else None, "code": v.code,
            "target": v.target.text if v.target else None, "target_entity": v.target.entity if v.target else None,
            "target_country": v.target.country if v.target else None,
            "trigger": v.trigger.text, "trigger_start": v.trigger.start, "trigger_end": v.trigger.end,
            "quote": v.quote, "quote_speaker": q.speaker.text if q and q.speaker else None,
            "sentence": _sentence_at(article, v.trigger.start),
        })
    return rows


def events_csv(articles, header: bool = True) -> str:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=EVENT_COLUMNS, lineterminator="\n")
    if header:
        writer.writeheader()
    for article in articles:
        writer.writerows(event_rows(article))
    return buf.getvalue()


def _short(s: str | None, n: int = 90) -> str:
    s = (s or "").replace("\n", " ")
    return s if len(s) <= n else s[: n - 1] + "…"


def render_table(article: Article, console) -> None:
    """The default terminal view: entities, who said what, times, events, sourcing."""
    from rich.panel import Panel
    from rich.table import Table

    ents = {e.id: e for e in article.entities}
    head = f"[bold]{_short(article.title or article.text.strip().splitlines()[0], 80)}[/bold]\n" \
           f"id {article.id[:12]} · published {article.published or 'unknown'} · source {article.source or '—'} · " \
           f"{len(article.text.split())} words, {len(article.sentences)} sentences"
    console.print(Panel(head, title="Marsad", expand=False))
    for w in article.warnings:
        console.print(f"[yellow]warning:[/yellow] {w}")

    t = Table(title=f"Entities ({len(article.entities)})", show_lines=False)
    for col in ("id", "type", "name", "English", "country", "KB", "mentions"):
        t.add_column(col)
    for e in article.entities:
        t.add_row(e.id, e.type, e.name, e.name_en or "", e.country or "", e.kb_id or "", str(len(e.mentions)))
    console.print(t)

    t = Table(title=f"Who said what ({len(article.quotes)})", show_lines=True)
    for col in ("id", "speaker", "type", "cue", "kind", "content", "flags"):
        t.add_column(col, overflow="fold")
    for q in article.quotes:
        sp = q.speaker
        who = "—"
        if sp:
            who = sp.text
            if sp.entity and sp.entity in ents:
                name = ents[sp.entity].name_en or ents[sp.entity].name
                if name and name != sp.text:
                    who += f" → {name}"
            if sp.count:
                who += f" (×{sp.count})"
        flags = ", ".join(f for f in ("hedged" if q.hedged else "", f"via {q.via}" if q.via else "") if f)
        t.add_row(q.id, who, sp.type if sp else "unknown", q.cue.text if q.cue else "", q.kind,
                  _short(q.content.text if q.content else "", 120), flags)
    console.print(t)

    t = Table(title=f"Times ({len(article.times)})")
    for col in ("text", "type", "value"):
        t.add_column(col)
    for x in article.times:
        t.add_row(x.text, x.type, x.value or "?")
    console.print(t)

    if article.events:
        t = Table(title=f"Events ({len(article.events)})")
        for col in ("id", "actor", "code", "target", "trigger", "date", "reported by"):
            t.add_column(col)
        for v in article.events:
            t.add_row(v.id, f"{v.actor.text} ({v.actor.country or '?'})" if v.actor else "", v.code,
                      f"{v.target.text} ({v.target.country or '?'})" if v.target else "", v.trigger.text,
                      v.date or "", v.quote or "the article")
        console.print(t)

    s = article.sourcing or {}
    if s:
        by = ", ".join(f"{k} {v}" for k, v in sorted((s.get("by_speaker_type") or {}).items()))
        console.print(Panel(
            f"attributions {s.get('attributions', 0)} · {by or 'none'}\n"
            f"share anonymous {s.get('share_anonymous', 0):.0%} · hedged {s.get('hedged', 0)}\n"
            f"named sources: {', '.join(n.get('name', '') for n in s.get('named_sources', [])) or '—'}",
            title="Sourcing", expand=False))


_CSS = """
body{font-family:"Noto Naskh Arabic","Amiri","Scheherazade New","Geeza Pro","Arial",sans-serif;margin:2rem auto;
max-width:60rem;line-height:2.1;background:#fcfcfa;color:#222}
header,section.meta{direction:ltr;font-family:system-ui,sans-serif;line-height:1.5}
article{direction:rtl;text-align:right;font-size:1.2rem;white-space:pre-wrap;background:#fff;padding:1.5rem;
border:1px solid #ddd;border-radius:6px}
.ent-PER{background:#ffe3b3}.ent-ORG{background:#cfe8ff}.ent-LOC{background:#d7f5d0}.ent-MISC{background:#eee0ff}
.quote{border-bottom:2px solid #c0392b}.cue{font-weight:bold;color:#c0392b}.speaker{outline:1px dashed #c0392b}
.time{background:#fff7a8;border-bottom:2px dotted #b58900}.trigger{text-decoration:underline wavy #8e44ad}
table{border-collapse:collapse;margin:1rem 0;font-size:.9rem}td,th{border:1px solid #ccc;padding:.2rem .5rem}
td[dir=rtl]{text-align:right}.legend span{padding:0 .4rem;margin-right:.4rem}
"""


def render_html(article: Article) -> str:
    """A self-contained right-to-left page of the article with its spans highlighted (no scripts, no links)."""
    ents = {e.id: e for e in article.entities}
    marks: list[tuple[int, int, str, str]] = []  # start, end, css class, title
    for e in article.entities:
        label = f"{e.type}: {e.name_en or e.name}" + (f" ({e.country})" if e.country else "")
        for m in e.mentions:
            marks.append((m.start, m.end, f"ent-{e.type}", label))
    for q in article.quotes:
        who = q.speaker.text if q.speaker else "no named source"
        if q.speaker and q.speaker.entity in ents:
            who += f" = {ents[q.speaker.entity].name_en or ents[q.speaker.entity].name}"
        info = f"{q.id} {q.kind} quote; speaker: {who}" + ("; hedged" if q.hedged else "") + \
               (f"; via {q.via}" if q.via else "")
        if q.content:
            marks.append((q.content.start, q.content.end, "quote", info))
        if q.cue:
            marks.append((q.cue.start, q.cue.end, "cue", info))
        if q.speaker and q.speaker.end > q.speaker.start:
            marks.append((q.speaker.start, q.speaker.end, "speaker", info))
    for x in article.times:
        marks.append((x.start, x.end, "time", f"{x.type} {x.value}"))
    for v in article.events:
        marks.append((v.trigger.start, v.trigger.end, "trigger", f"{v.code} event {v.id}"))

    text = article.text
    cuts = sorted({0, len(text)} | {m[0] for m in marks} | {m[1] for m in marks})
    parts = []
    for a, b in zip(cuts, cuts[1:]):
        if a >= b:
            continue
        covering = [m for m in marks if m[0] <= a and m[1] >= b]
        chunk = html.escape(text[a:b])
        if covering:
            classes = " ".join(sorted({m[2] for m in covering}))
            title = html.escape(" | ".join(dict.fromkeys(m[3] for m in covering)), quote=True)
            parts.append(f'<span class="{classes}" title="{title}" data-start="{a}" data-end="{b}">{chunk}</span>')
        else:
            parts.append(chunk)

    rows = "".join(
        f"<tr><td>{html.escape(q.id)}</td><td dir=rtl>{html.escape(q.speaker.text if q.speaker else '—')}</td>"
        f"<td>{html.escape(q.speaker.type if q.speaker else 'unknown')}</td><td dir=rtl>{html.escape(q.cue.text if q.cue else '')}</td>"
        f"<td>{html.escape(q.kind)}</td><td>{'yes' if q.hedged else ''}</td></tr>"
        for q in article.quotes)
    title = html.escape(article.title or "Marsad analysis")
    s = article.sourcing or {}
    return f"""<!doctype html>
<html lang="ar"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>{title}</title><style>{_CSS}</style></head>
<body><header><h1 dir="auto">{title}</h1>
<p>published {html.escape(article.published or 'unknown')} · source {html.escape(article.source or '—')} ·
{len(article.entities)} entities · {len(article.quotes)} attributions · {len(article.times)} times ·
{len(article.events)} events · share anonymous {s.get('share_anonymous', 0):.0%}</p>
<p class="legend"><span class="ent-PER">person</span><span class="ent-ORG">organisation</span>
<span class="ent-LOC">place</span><span class="ent-MISC">other</span><span class="quote">attributed content</span>
<span class="cue">cue</span><span class="time">time</span><span class="trigger">event</span></p></header>
<article dir="rtl" lang="ar">{''.join(parts)}</article>
<section class="meta"><h2>Who said what</h2><table><tr><th>id</th><th>speaker</th><th>type</th><th>cue</th>
<th>kind</th><th>hedged</th></tr>{rows}</table></section>
</body></html>
"""
