"""Evaluation of the clitic-aware tokenizer: UD Arabic CoNLL-U -> word segmentation precision / recall / F1.

Gold: ``ud_arabic_pud/ar_pud-ud-test.conllu`` (UD_Arabic-PUD, 1,000 sentences). Each sentence's text is rebuilt from
its surface tokens (a multiword-token line ``1-2 وبالحكومة`` gives the surface form of words 1-2; otherwise the word
form is the surface; ``SpaceAfter=No`` glues a token to the next). Every gold word becomes a character span of that
text. UD word forms inside a multiword token can differ from the surface (``لل`` -> ``ل`` + ``ال``): the words are
aligned to the surface by lengths, left to right; a word whose form begins with ``ال`` right after a ``ل`` that the
surface contracts loses its alef; the last word takes what remains.

Conventions mapped before comparing: UD keeps the article ال on its noun, so each of our ``article`` words is merged
into the word that follows it. Precision and recall are over word spans ``(start, end)`` (a word counts only when
both of its boundaries are right). The figure is printed as the last line ``F1 = 0.xxx``; a second figure restricted
to multi-word surface tokens (gold or predicted) shows the clitic decisions alone. A sentence-boundary figure
(``evaluate_sentences``: PUD documents re-joined without line breaks) is printed before them.

Run:  python -m marsad.evaluation.segmentation [data_dir]
"""

from __future__ import annotations

import sys
from pathlib import Path

from marsad.text.tokens import tokenize

PUD = Path("ud_arabic_pud") / "ar_pud-ud-test.conllu"


def _default_data_dir() -> Path | None:
    for base in (Path.cwd(), Path(__file__).resolve().parents[3]):
        cand = base.parent / "shared" / "data"
        if cand.is_dir():
            return cand
    return None


def _align(surface: str, forms: list[str]) -> list[tuple[int, int]]:
    """Spans of ``forms`` inside ``surface`` (relative), aligned by lengths."""
    spans = []
    pos = 0
    for i, f in enumerate(forms):
        n = len(f)
        if i == len(forms) - 1:
            n = len(surface) - pos
        elif (f.startswith("ال") and i > 0 and forms[i - 1] == "ل"
              and sum(len(x) for x in forms) > len(surface)):
            n -= 1
        n = max(0, min(n, len(surface) - pos))
        spans.append((pos, pos + n))
        pos += n
    return spans


def read_conllu(path: Path) -> list[tuple[str, list[tuple[int, int]]]]:
    """Sentences as (text, gold word spans) from a CoNLL-U file."""
    sentences = []
    tokens: list[tuple[str, list[str], bool]] = []  # surface, word forms, space after
    mwt_end = 0
    mwt: list | None = None

    def flush():
        text_parts = []
        spans = []
        pos = 0
        for surface, forms, space in tokens:
            for s, e in _align(surface, forms):
                if e > s:
                    spans.append((pos + s, pos + e))
            text_parts.append(surface)
            pos += len(surface)
            if space:
                text_parts.append(" ")
                pos += 1
        text = "".join(text_parts).rstrip()
        if text:
            sentences.append((text, spans))

    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line:
                if tokens:
                    flush()
                tokens, mwt = [], None
                continue
            if line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) < 10:
                continue
            wid, form, misc = cols[0], cols[1], cols[9]
            space = "SpaceAfter=No" not in misc
            if "-" in wid:
                a, b = wid.split("-")
                mwt_end = int(b)
                mwt = [form, [], space]
                continue
            if "." in wid:  # empty nodes
                continue
            if mwt is not None:
                mwt[1].append(form)
                if int(wid) >= mwt_end:
                    tokens.append((mwt[0], mwt[1], mwt[2]))
                    mwt = None
                continue
            tokens.append((form, [form], space))
    if tokens:
        flush()
    return sentences


def predicted_spans(text: str) -> list[tuple[int, int]]:
    """Our word spans with each article merged into the word after it (UD convention)."""
    spans = []
    carry = None
    for tok in tokenize(text):
        for w in tok.words:
            if w.kind == "article" and w is not tok.words[-1]:
                carry = w.start if carry is None else carry
                continue
            start = carry if carry is not None else w.start
            carry = None
            spans.append((start, w.end))
    return spans


def _prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def evaluate(data_dir) -> dict:
    """Word segmentation P/R/F1 of ``marsad.text.tokens.tokenize`` against UD_Arabic-PUD."""
    path = Path(data_dir) / PUD
    sentences = read_conllu(path)
    tp = n_pred = n_gold = 0
    mtp = m_pred = m_gold = 0
    errors: list[tuple[str, list[str], list[str]]] = []
    for text, gold in sentences:
        pred = predicted_spans(text)
        g, p = set(gold), set(pred)
        tp += len(g & p)
        n_pred += len(p)
        n_gold += len(g)
        # multi-word surface tokens: whitespace chunks where gold or prediction has more than one word
        for chunk_start, chunk_end in _chunks(text):
            gi = [s for s in g if chunk_start <= s[0] and s[1] <= chunk_end]
            pi = [s for s in p if chunk_start <= s[0] and s[1] <= chunk_end]
            if len(gi) > 1 or len(pi) > 1:
                mtp += len(set(gi) & set(pi))
                m_pred += len(pi)
                m_gold += len(gi)
                if set(gi) != set(pi) and len(errors) < 200:
                    errors.append((text[chunk_start:chunk_end], [text[a:b] for a, b in sorted(gi)],
                                   [text[a:b] for a, b in sorted(pi)]))
    p, r, f = _prf(tp, n_pred, n_gold)
    mp, mr, mf = _prf(mtp, m_pred, m_gold)
    return {"sentences": len(sentences), "gold_words": n_gold, "pred_words": n_pred, "correct": tp,
            "precision": p, "recall": r, "f1": f,
            "multiword_precision": mp, "multiword_recall": mr, "multiword_f1": mf, "errors": errors}


def read_pud_documents(path: Path) -> list[list[str]]:
    """The sentences (``# text``) of each document (``# newdoc id``; PUD repeats the id on every sentence)."""
    docs: list[list[str]] = []
    current = None
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("# newdoc"):
                doc_id = line.partition("=")[2].strip() or line
                if doc_id != current:
                    current = doc_id
                    docs.append([])
            elif line.startswith("# text = "):
                if not docs:
                    docs.append([])
                docs[-1].append(line[len("# text = "):].rstrip("\n"))
    return [d for d in docs if d]


def evaluate_sentences(data_dir) -> dict:
    """Sentence-boundary P/R/F1 of ``split_sentences`` on PUD documents: each document's sentences joined by one
    space (no line breaks, so only stops, quotes, numbers and abbreviations decide), gold boundaries at each
    sentence end."""
    from marsad.text.sentences import split_sentences

    docs = read_pud_documents(Path(data_dir) / PUD)
    tp = n_pred = n_gold = 0
    for sents in docs:
        text = " ".join(sents)
        gold, pos = set(), 0
        for sent in sents:
            pos += len(sent)
            gold.add(pos)
            pos += 1
        pred = {s.end for s in split_sentences(text)}
        tp += len(gold & pred)
        n_pred += len(pred)
        n_gold += len(gold)
    p, r, f = _prf(tp, n_pred, n_gold)
    return {"documents": len(docs), "boundaries": n_gold, "precision": p, "recall": r, "f1": f}


def _chunks(text: str):
    pos = 0
    for part in text.split(" "):
        if part:
            yield pos, pos + len(part)
        pos += len(part) + 1


def main(data_dir=None) -> int:
    if data_dir is None:
        data_dir = _default_data_dir()
        if data_dir is None:
            print("error: no data directory (expected ../shared/data); pass one: "
                  "python -m marsad.evaluation.segmentation DATA_DIR", file=sys.stderr)
            return 2
    path = Path(data_dir) / PUD
    if not path.exists():
        print(f"error: {path} not found", file=sys.stderr)
        return 2
    res = evaluate(data_dir)
    sres = evaluate_sentences(data_dir)
    print(f"sentence boundaries ({sres['documents']} PUD documents, {sres['boundaries']} sentences, no line breaks): "
          f"P = {sres['precision']:.3f}  R = {sres['recall']:.3f}  F1 = {sres['f1']:.3f}")
    print(f"UD_Arabic-PUD: {res['sentences']} sentences, {res['gold_words']} gold words, "
          f"{res['pred_words']} predicted, {res['correct']} correct")
    print(f"multi-word tokens only: P = {res['multiword_precision']:.3f}  R = {res['multiword_recall']:.3f}  "
          f"F1 = {res['multiword_f1']:.3f}")
    print(f"all words: P = {res['precision']:.3f}  R = {res['recall']:.3f}")
    print(f"F1 = {res['f1']:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1] if len(sys.argv) > 1 else None))
