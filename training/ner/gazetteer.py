"""Build the NER model's gazetteer feature table (``gazetteer.tsv.gz``, read by ``marsad.entities.ner.Gazetteer``).

Sources, all keyed by ``marsad.entities.ner.stem_form`` (folded, proclitics and article stripped):

- ANERGazet (``anercorp/ANERGazet``: Benajiba's location, organisation and person lists, shipped with ANERcorp);
- Marsad's knowledge base (``src/marsad/data/kb/*.jsonl``; nationality adjectives left out: ANERcorp tags them O);
- Marsad's given-name and family-name lists (``marsad.data.given_names``);
- corpus statistics: how often the current NER model tags each word as part of a PER/ORG/LOC/MISC name over the
  8.6M words of SaudiNewsNet (``corpus_tags.tsv.gz``, made by ``tag_corpus``) - a word tagged PER in easy contexts
  ("قال الرئيس X") carries that evidence to hard ones.

Rows: ``p<TAB>phrase<TAB>TYPE`` (a listed name, matched longest-first over tokens) and ``t<TAB>stem<TAB>FLAGS``
(the lists a word occurs in as a name word, and its corpus class, e.g. ``PER,cPER3``).
A one-word listed name that the corpus shows is mostly a common word (``اليوم`` as a newspaper) is left out.
"""

from __future__ import annotations

import collections
import gzip
import json
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "src"))

from marsad.entities import ner as ner_mod  # noqa: E402

TYPES = ("PER", "ORG", "LOC", "MISC")
ANERGAZET = {"LOC": "AlignedLocGazetteer.txt", "ORG": "AlignedOrgGazetteer.txt", "PER": "AlignedPersGazetteer.txt"}
KB_SKIP = {"nationalities.jsonl"}
CORPUS_MIN = 3          # a word seen fewer times in the corpus gets no corpus class
COMMON_MIN = 50         # a one-word listed name seen this often ...
COMMON_MAX_RATIO = 0.1  # ... and tagged as a name less often than this is a common word: not listed


def _key(name: str) -> tuple[str, ...]:
    return tuple(ner_mod.stem_form(name[s:e]) for s, e in ner_mod.tokenize(name))


def tag_corpus(corpus: Path, out: Path, nlp=None, max_tokens: int = 400) -> None:
    """Run the NER model over a tokenised corpus (one paragraph per line); write per stem: total, PER, ORG, LOC, MISC."""
    if nlp is None:
        nlp = ner_mod.load_model().nlp
    tot: collections.Counter = collections.Counter()
    typ: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)

    def lines():
        with open(corpus, encoding="utf-8") as fh:
            for line in fh:
                line = line.strip()
                if line:
                    yield " ".join(line.split(" ")[:max_tokens])

    t0 = time.time()
    for doc in nlp.pipe(lines(), batch_size=64):
        for tok in doc:
            tot[tok.lemma_] += 1
            if tok.ent_type_:
                typ[tok.lemma_][tok.ent_type_] += 1
    with gzip.open(out, "wt", encoding="utf-8") as fh:
        for s, c in tot.items():
            if c >= 2:
                t = typ.get(s, {})
                fh.write(f"{s}\t{c}\t" + "\t".join(str(t.get(x, 0)) for x in TYPES) + "\n")
    print(f"tagged corpus: {sum(tot.values())} tokens in {time.time() - t0:.0f} s", flush=True)


def read_corpus_tags(path: Path) -> dict[str, tuple[int, dict[str, int]]]:
    out = {}
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            p = line.rstrip("\n").split("\t")
            out[p[0]] = (int(p[1]), {t: int(x) for t, x in zip(TYPES, p[2:])})
    return out


def corpus_class(total: int, counts: dict[str, int]) -> str:
    """``c<TYPE><1-3>``: the type the corpus most often gives the word and how often (>=20%, >=50%, >=80%)."""
    if total < CORPUS_MIN or not counts:
        return ""
    t = max(TYPES, key=lambda x: counts.get(x, 0))
    r = counts.get(t, 0) / total
    level = 3 if r >= 0.8 else 2 if r >= 0.5 else 1 if r >= 0.2 else 0
    return f"c{t}{level}" if level else ""


def _common(total: int, counts: dict[str, int], max_ratio: float = COMMON_MAX_RATIO) -> bool:
    """A word frequent in the news and rarely tagged as (part of) a name there."""
    return total >= COMMON_MIN and sum(counts.values()) / total < max_ratio


def build(data: Path, out: Path, corpus_tags: Path | None, corpus_classes: bool = False) -> dict:
    from marsad.data import given_names as gn

    phrases: dict[tuple[str, ...], collections.Counter] = collections.defaultdict(collections.Counter)
    for typ, fname in ANERGAZET.items():
        for line in (data / "anercorp" / "ANERGazet" / fname).read_text(encoding="utf-8").splitlines():
            line = line.strip()
            if line and not line.startswith("="):
                k = _key(line)
                if k and any(ner_mod._ARABIC_LETTER.match(w) for w in k):
                    phrases[k][typ] += 1
    for f in sorted((REPO / "src" / "marsad" / "data" / "kb").glob("*.jsonl")):
        if f.name in KB_SKIP:
            continue
        for line in f.read_text(encoding="utf-8").splitlines():
            rec = json.loads(line)
            if rec.get("type") not in TYPES:
                continue
            for name in rec.get("names_ar", []):
                k = _key(name)
                if k:
                    phrases[k][rec["type"]] += 2  # curated: outweighs a list's other reading
    words: dict[str, set] = collections.defaultdict(set)
    for k, c in phrases.items():
        for typ in c:
            for w in k:
                if len(w) > 1:
                    words[w].add(typ)
    for name in gn.MALE + gn.FEMALE + gn.FAMILY_NAMES + gn.FOREIGN:
        for w in _key(name):
            words[w].add("PER")
    stats = read_corpus_tags(corpus_tags) if corpus_tags and corpus_tags.is_file() else {}
    dropped = 0
    rows = []
    for k, c in phrases.items():
        if len(k) == 1 and k[0] in stats and _common(*stats[k[0]]):
            dropped += 1
            continue
        rows.append(f"p\t{' '.join(k)}\t{c.most_common(1)[0][0]}")
    flagged = 0
    for w in sorted(set(words) | set(stats)):
        flags = sorted(words.get(w, ()))
        if w in stats and _common(*stats[w], max_ratio=COMMON_MAX_RATIO / 2):
            flags = []  # a function or common word inside listed names (في, عبر) says nothing
        if w in stats and corpus_classes:
            cc = corpus_class(*stats[w])
            if cc:
                flags.append(cc)
        if flags:
            rows.append(f"t\t{w}\t{','.join(flags)}")
            flagged += 1
    with gzip.open(out, "wt", encoding="utf-8", compresslevel=9) as fh:
        fh.write("\n".join(rows) + "\n")
    summary = {"phrases": len(phrases) - dropped, "common_one_word_dropped": dropped, "flagged_words": flagged}
    print(f"gazetteer {out}: {summary}", flush=True)
    return summary


if __name__ == "__main__":
    import argparse

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default=str(REPO.parent / "shared" / "data"))
    ap.add_argument("--out", default=str(REPO / "training" / "work" / "ner" / "gazetteer.tsv.gz"))
    ap.add_argument("--corpus-tags", default=str(REPO / "training" / "work" / "ner" / "corpus_tags.tsv.gz"))
    ap.add_argument("--corpus-classes", action="store_true",
                    help="also give words their corpus class cPER1-3/cORG1-3/... (an experiment that did not pay: "
                         "docs/ner.md); by default the corpus tags only filter common words out of the lists")
    a = ap.parse_args()
    build(Path(a.data), Path(a.out), Path(a.corpus_tags), corpus_classes=a.corpus_classes)
