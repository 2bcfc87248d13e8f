"""Build gold JSON files (character offsets) from hand annotations written with spans named by text.

    python tests/data/dev/build_gold.py [SPEC.spec.py ...]    # default: every *.spec.py in this folder

A spec module (see ../shared/examples/nato-tokyo-office.spec.py) defines DOC, ENTITIES, QUOTES, TIMES, EVENTS;
a span is ("text", n): the n-th occurrence of text in the article. The article is DOC["file"] beside the spec.
Writes NAME.gold.json beside each spec in the format ../shared/tools/score.py reads. Fails loudly when a named
span is not in the article, so the gold never points at the wrong place.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
KINDS = {"direct", "indirect", "mixed"}
SPEAKER_TYPES = {"person", "organization", "outlet", "government", "anonymous", "unknown"}
TIME_TYPES = {"DATE", "TIME", "DURATION", "SET"}
PLOVER = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
          "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
WARNINGS: list[str] = []


def _word_char(c: str) -> bool:
    return c.isalnum() or c == "\u0640" or "\u064b" <= c <= "\u0652"


def find(text: str, span, what: str) -> dict:
    needle, n = span
    pos = -1
    for _ in range(n):
        pos = text.find(needle, pos + 1)
        if pos < 0:
            raise SystemExit(f"{what}: occurrence {n} of {needle!r} not found")
    if needle != needle.strip():
        raise SystemExit(f"{what}: {needle!r} starts or ends with white space")
    end = pos + len(needle)
    if end < len(text) and _word_char(text[end]) and _word_char(needle[-1]):
        WARNINGS.append(f"{what}: {needle!r} (occurrence {n}) ends inside a word: {text[pos:end + 8]!r}")
    if pos > 0 and _word_char(text[pos - 1]) and _word_char(needle[0]) and text[pos - 1] not in "وفبلك":
        WARNINGS.append(f"{what}: {needle!r} (occurrence {n}) starts inside a word: {text[max(0, pos - 8):end]!r}")
    return {"start": pos, "end": end, "text": needle}


def check_values(where: str, quotes, times, events) -> None:
    for q in quotes:
        if q.get("kind") not in KINDS:
            raise SystemExit(f"{where}: quote kind {q.get('kind')!r} is not one of {sorted(KINDS)}")
        if q.get("speaker_type") not in SPEAKER_TYPES:
            raise SystemExit(f"{where}: speaker_type {q.get('speaker_type')!r} is not one of {sorted(SPEAKER_TYPES)}")
    for t in times:
        if t["type"] not in TIME_TYPES:
            raise SystemExit(f"{where}: time type {t['type']!r} is not one of {sorted(TIME_TYPES)}")
    for v in events:
        bad = set(v["code"].split("|")) - PLOVER
        if bad:
            raise SystemExit(f"{where}: event code(s) {sorted(bad)} are not PLOVER codes")


def build(spec_path: Path) -> Path:
    mod_spec = importlib.util.spec_from_file_location("spec", spec_path)
    mod = importlib.util.module_from_spec(mod_spec)
    mod_spec.loader.exec_module(mod)
    doc = dict(mod.DOC)
    text = (spec_path.parent / doc["file"]).read_text(encoding="utf-8")
    where = spec_path.name
    entities = []
    for canonical, etype, mentions in mod.ENTITIES:
        for m in mentions:
            entities.append(dict(find(text, m, f"{where} entity {canonical}"), type=etype, canonical=canonical))
    entities.sort(key=lambda e: e["start"])
    quotes = []
    for q in mod.QUOTES:
        q = dict(q)
        out = {}
        for key in ("cue", "speaker", "content"):
            out[key] = find(text, q.pop(key), f"{where} quote {key}") if q.get(key) else None
            q.pop(key, None)
        out.update(q)
        quotes.append(out)
    times = []
    for t in mod.TIMES:
        span, ttype, value = t[0], t[1], t[2]
        optional = bool(t[3]) if len(t) > 3 else False
        times.append(dict(find(text, span, f"{where} time"), type=ttype, value=value, optional=optional))
    check_values(where, quotes, times, mod.EVENTS)
    gold = dict(doc, entities=entities, quotes=quotes, times=times, events=list(mod.EVENTS))
    out_path = spec_path.with_name(spec_path.name.replace(".spec.py", ".gold.json"))
    out_path.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return out_path


def main(argv: list[str]) -> int:
    specs = [Path(a) for a in argv[1:]] or sorted(HERE.glob("*.spec.py"))
    for s in specs:
        print(build(s))
    for w in WARNINGS:
        print(f"warning: {w}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
