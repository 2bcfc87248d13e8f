"""Stories: near-duplicate articles (copies and rewrites of one wire story), by MinHash LSH over word shingles.

``signature(text)`` is computed for each article at ingest (stored in ``signatures``); ``rebuild(con)`` groups
all stored articles into stories (connected components of the pairs LSH finds, confirmed by the estimated
Jaccard similarity) and rewrites the ``stories`` table: ``story_id`` is the smallest hash in the group.
"""

from __future__ import annotations

import numpy as np

from marsad.text.normalize import normalize

NUM_PERM = 128
SHINGLE = 3  # words per shingle
THRESHOLD = 0.3  # estimated Jaccard of word 3-shingles above which two articles are one story
_SEED = 1
SCHEME = "affine32"  # datasketch 2 permutation scheme; signatures are stored as uint32 values


def shingles(text: str, k: int = SHINGLE) -> set[str]:
    """Word k-shingles of the normalised text (punctuation dropped)."""
    words = [w for w in "".join(c if c.isalnum() else " " for c in normalize(text)).split()]
    if len(words) < k:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i:i + k]) for i in range(len(words) - k + 1)}


def _minhash(sh: set[str]):
    from datasketch import MinHash

    m = MinHash(num_perm=NUM_PERM, seed=_SEED, scheme=SCHEME)
    m.update_batch([s.encode("utf-8") for s in sh])
    return m


def signature(text: str) -> tuple[int, bytes]:
    """``(number of shingles, MinHash hash values as bytes)`` for one article text."""
    sh = shingles(text)
    return len(sh), _minhash(sh).hashvalues.astype(np.uint32).tobytes()


def _from_bytes(b: bytes):
    from datasketch import MinHash

    return MinHash(num_perm=NUM_PERM, seed=_SEED, scheme=SCHEME,
                   hashvalues=np.frombuffer(b, dtype=np.uint32).copy())


def group(signatures: list[tuple[str, bytes]], threshold: float = THRESHOLD) -> dict[str, str]:
    """hash -> story id (smallest hash of its group) for ``[(hash, minhash bytes)]``."""
    from datasketch import MinHashLSH

    lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    mh = {}
    for h, b in signatures:
        if b is None or h in parent:
            continue
        m = _from_bytes(b)
        mh[h] = m
        parent[h] = h
        for other in lsh.query(m):
            if m.jaccard(mh[other]) >= threshold:
                a, c = find(h), find(other)
                if a != c:
                    parent[max(a, c)] = min(a, c)
        lsh.insert(h, m)
    return {h: find(h) for h in parent}


def rebuild(con, threshold: float = THRESHOLD) -> int:
    """Recompute the ``stories`` table from ``signatures`` in one transaction; returns the number of stories
    with two or more articles."""
    import pyarrow as pa

    sigs = con.execute("SELECT hash, minhash FROM signatures ORDER BY hash").fetchall()
    mapping = group([(h, bytes(b) if b is not None else None) for h, b in sigs], threshold)
    tbl = pa.table({"hash": list(mapping), "story_id": list(mapping.values())})
    con.execute("BEGIN TRANSACTION")
    try:
        con.execute("DELETE FROM stories")
        con.register("_stories_new", tbl)
        con.execute("INSERT INTO stories SELECT hash, story_id FROM _stories_new")
        con.unregister("_stories_new")
        con.execute("INSERT OR REPLACE INTO meta VALUES ('stories_dirty', '0')")
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    sizes: dict[str, int] = {}
    for s in mapping.values():
        sizes[s] = sizes.get(s, 0) + 1
    return sum(1 for n in sizes.values() if n >= 2)
