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


def find(text: str, span, what: str) -> dict:
    needle, n = span
    pos = -1
    for _ in range(n):
        pos = text.find(needle, pos + 1)
        if pos < 0:
            raise SystemExit(f"{what}: occurrence {n} of {needle!r} not found")
    return {"start": pos, "end": pos + len(needle), "text": needle}


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
    gold = dict(doc, entities=entities, quotes=quotes, times=times, events=list(mod.EVENTS))
    out_path = spec_path.with_name(spec_path.name.replace(".spec.py", ".gold.json"))
    out_path.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return out_path


def main(argv: list[str]) -> int:
    specs = [Path(a) for a in argv[1:]] or sorted(HERE.glob("*.spec.py"))
    for s in specs:
        print(build(s))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
