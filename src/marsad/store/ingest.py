"""Ingest: files and folders of articles -> analysed rows in the store, in parallel, resumable, idempotent.

Flow: the parent walks the inputs and streams records (``iter_records``); a record whose content hash (sha1 of
its text) is already stored, or already seen in this run, is skipped before analysis. The rest go in chunks
through ``multiprocessing.Pool.imap`` to workers that build the pipeline (and the sentence encoder) once each
and return ready rows (``rows.article_rows``). The parent alone writes to DuckDB: one transaction per batch of
``batch_size`` articles, so a kill at any moment loses at most the batch in flight, and running the same command
again finishes the work (nothing lost, nothing stored twice). A bad record is stored in ``errors`` with its
reason and the run goes on.
"""

from __future__ import annotations

import json
import os
import sys
import threading
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

from marsad.errors import InputError, ModelError
from marsad.io import readers
from marsad.io.feeds import FEED_SUFFIXES, read_feed
from marsad.store.rows import article_rows, content_hash, count_words

INPUT_SUFFIXES = (readers.TEXT_SUFFIXES - {""}) | readers.HTML_SUFFIXES | readers.JSON_SUFFIXES \
    | readers.JSONL_SUFFIXES | FEED_SUFFIXES
# Field names other corpora use for the article fields (SaudiNewsNet's JSONL has "date").
FIELD_ALIASES = {"published": ("date", "pubdate", "published_at"), "url": ("link",)}
CHUNK = 8  # articles per task sent to a worker (the encoder embeds a chunk in one batch)


@dataclass
class Summary:
    read: int = 0  # records read (articles and bad records)
    analysed: int = 0  # newly analysed and stored
    skipped: int = 0  # already stored (same text), or repeated in the input
    errors: int = 0  # bad records and failed analyses (stored in the errors table)
    words: int = 0  # words in the analysed articles
    seconds: float = 0.0
    stories: int | None = None  # stories with two or more articles after the run
    warnings: list[str] = field(default_factory=list)
    error_samples: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {k: getattr(self, k) for k in ("read", "analysed", "skipped", "errors", "words", "seconds",
                                                "stories", "warnings")}


# --- reading -----------------------------------------------------------------------------------------------

def discover(paths: Iterable[str | os.PathLike]) -> list[Path]:
    """The input files under ``paths`` (folders walked recursively, hidden files left out), sorted."""
    files: list[Path] = []
    for p in paths:
        p = Path(p)
        if p.is_dir():
            for root, dirs, names in os.walk(p):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for n in sorted(names):
                    f = Path(root) / n
                    if not n.startswith(".") and f.suffix.lower() in INPUT_SUFFIXES:
                        files.append(f)
        elif p.exists() or p.is_symlink():
            files.append(p)
        else:
            raise InputError(f"{p}: no such file or folder")
    return files


def _alias(obj):
    if isinstance(obj, dict):
        for key, alts in FIELD_ALIASES.items():
            if obj.get(key) in (None, ""):
                for alt in alts:
                    if obj.get(alt) not in (None, ""):
                        obj[key] = obj[alt]
                        break
    return obj


def _iter_jsonl_file(path: Path) -> Iterator:
    """One record per line, streamed (no size limit on the file, memory stays flat)."""
    try:
        fh = open(path, "rb")
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    with fh:
        for n, raw in enumerate(fh, 1):
            if not raw.strip():
                continue
            where = f"{path}:{n}"
            try:
                line, _ = readers.decode_bytes(raw, where)
                obj = _alias(json.loads(line))
                yield readers.from_object(obj, where)
            except json.JSONDecodeError as exc:
                yield readers.BadRecord(where, f"{where}: malformed JSON at column {exc.colno}: {exc.msg}")
            except InputError as exc:
                yield readers.BadRecord(where, exc.message)


def _iter_file(path: Path) -> Iterator:
    suffix = path.suffix.lower()
    if suffix in readers.JSONL_SUFFIXES:
        yield from _iter_jsonl_file(path)
    elif suffix in FEED_SUFFIXES:
        yield from read_feed(path)
    elif suffix in readers.JSON_SUFFIXES:
        data = readers.read_bytes(path)
        text, warnings = readers.decode_bytes(data, str(path))
        obj = readers._parse_json(text, str(path))
        items = obj if isinstance(obj, list) else [obj]
        for i, item in enumerate(items):
            where = f"{path}[{i}]" if isinstance(obj, list) else str(path)
            try:
                yield readers.from_object(_alias(item), where)
            except InputError as exc:
                yield readers.BadRecord(where, exc.message)
    else:
        yield from readers.read_path(path)


def iter_records(files: Iterable[Path]) -> Iterator:
    """ArticleInput / BadRecord for every record of every file; an unreadable file is one BadRecord."""
    for path in files:
        try:
            yield from _iter_file(path)
        except InputError as exc:
            yield readers.BadRecord(str(path), exc.message)
        except (OSError, UnicodeError, ValueError) as exc:
            yield readers.BadRecord(str(path), f"{path}: cannot be read ({type(exc).__name__}: {exc})")


def estimate_records(files: list[Path]) -> int:
    """A quick count of the records for the progress bar (JSONL lines; one per other file)."""
    n = 0
    for f in files:
        if f.suffix.lower() in readers.JSONL_SUFFIXES:
            try:
                with open(f, "rb") as fh:
                    n += sum(1 for line in fh if line.strip())
            except OSError:
                n += 1
        else:
            n += 1
    return n


# --- workers -----------------------------------------------------------------------------------------------

_PIPELINE = None
_EMBED = True


def _watch_parent(ppid: int) -> None:
    """Exit when the parent dies (killed with SIGKILL, a pool worker would otherwise wait forever)."""
    while True:
        time.sleep(1.0)
        if os.getppid() != ppid:
            os._exit(0)


_INIT_ERROR: str | None = None


def init_worker(embed: bool = True, watch_parent: bool = False) -> None:
    """Build the pipeline (and load the encoder) once per process. A failure is kept and raised by the first
    ``analyse_chunk`` (a pool would otherwise restart a failing worker for ever)."""
    global _PIPELINE, _EMBED, _INIT_ERROR
    if watch_parent:
        threading.Thread(target=_watch_parent, args=(os.getppid(),), daemon=True).start()
    try:
        from marsad.pipeline import Pipeline

        _PIPELINE = Pipeline()
        _EMBED = embed
        if embed:
            from marsad.store.search import encoder

            encoder()
    except Exception as exc:
        _INIT_ERROR = f"the analysis could not start in a worker: {type(exc).__name__}: {exc}"


def analyse_chunk(items: list) -> list[tuple]:
    """Analyse a chunk of records; returns ``("ok", hash, id, rows, words)`` or ``("error", origin, reason, hash)``
    per record, in order. Never raises for one bad article."""
    from marsad.store import stories

    if _PIPELINE is None and _INIT_ERROR is None:
        init_worker(_EMBED)
    if _INIT_ERROR is not None:
        raise ModelError(_INIT_ERROR)
    out: list = []
    done = []  # (index in out, article, origin, signature)
    for item in items:
        if isinstance(item, readers.BadRecord):
            out.append(("error", item.origin, item.reason, None))
            continue
        h = content_hash(item.text)
        try:
            meta = item.meta()
            article = _PIPELINE.run_text(item.text, **meta)
            sig = stories.signature(item.text)
        except Exception as exc:  # one article's failure is recorded, the run goes on
            out.append(("error", item.origin, f"{item.origin}: analysis failed: {type(exc).__name__}: {exc}", h))
            continue
        done.append((len(out), article, item.origin, sig))
        out.append(None)
    vectors: list = [None] * len(done)
    if _EMBED and done:
        from marsad.store.search import embed_articles

        try:
            vectors = embed_articles([(a.title, a.text) for _, a, _, _ in done])
        except Exception:  # embeddings are optional: the article is stored without them
            vectors = [None] * len(done)
    for (i, article, origin, sig), vecs in zip(done, vectors):
        try:
            rows = article_rows(article, origin=origin, signature=sig, embeddings=vecs)
        except Exception as exc:
            out[i] = ("error", origin, f"{origin}: the analysis could not be stored: {type(exc).__name__}: {exc}",
                      content_hash(article.text))
            continue
        out[i] = ("ok", content_hash(article.text), article.id, rows, count_words(article.text))
    return out


# --- the run -----------------------------------------------------------------------------------------------

class _Feeder:
    """Chunks of records to analyse; skips what is stored or seen (runs in the pool's task thread)."""

    def __init__(self, records: Iterator, stored: set[str], chunk: int):
        self.records, self.seen, self.chunk = records, stored, chunk
        self.read = self.skipped = 0
        self.given_ids: dict[str, str] = {}

    def __iter__(self):
        buf: list = []
        for rec in self.records:
            self.read += 1
            if not isinstance(rec, readers.BadRecord):
                h = content_hash(rec.text)
                if h in self.seen:
                    self.skipped += 1
                    continue
                self.seen.add(h)
            buf.append(rec)
            if len(buf) >= self.chunk:
                yield buf
                buf = []
        if buf:
            yield buf


def ingest(paths: Iterable[str | os.PathLike], db: str | os.PathLike = "marsad.duckdb", *, workers: int | None = None,
           batch_size: int = 200, embed: bool = True, stories: bool = True, progress: bool = False,
           on_warning: Callable[[str], None] | None = None, store_factory=None) -> Summary:
    """Analyse every article under ``paths`` not yet in the store at ``db`` and store it; returns a Summary."""
    from marsad.store.db import Store

    t0 = time.perf_counter()
    files = discover(paths)
    if not files:
        raise InputError("no input files found", f"give files or folders of {', '.join(sorted(INPUT_SUFFIXES))}")
    workers = max(1, workers or os.cpu_count() or 1)
    pool = None
    if workers > 1:
        import multiprocessing as mp

        # forked before the database is opened, so no worker inherits DuckDB's state; the pipeline is built
        # once per worker by the initializer
        ctx = mp.get_context("fork" if "fork" in mp.get_all_start_methods() else "spawn")
        pool = ctx.Pool(workers, initializer=init_worker, initargs=(embed, True))
    try:
        store = (store_factory or Store)(db, threads=1)
    except BaseException:
        if pool is not None:
            pool.terminate()
        raise
    summary = Summary()
    warn = on_warning or (lambda m: None)
    bar = None
    try:
        stored = store.stored_hashes()
        ids = store.stored_ids()
        feeder = _Feeder(iter_records(files), stored, CHUNK)
        if pool is None:
            init_worker(embed)
            results = map(analyse_chunk, feeder)
        else:
            results = pool.imap(analyse_chunk, feeder)
        if progress:
            bar = _progress_bar(estimate_records(files))
        batch: dict[str, list] = defaultdict(list)
        errors: list[tuple] = []
        pending = 0

        def flush():
            nonlocal batch, errors, pending
            if pending or errors:
                store.write_batch(batch, errors)
                summary.analysed += pending
                summary.errors += len(errors)
            batch, errors, pending = defaultdict(list), [], 0

        for chunk in results:
            for r in chunk:
                if r[0] == "ok":
                    _, h, given, rows, words = r
                    if given and given != h:
                        prev = ids.get(given)
                        if prev is not None and prev != h:
                            msg = (f"id {given!r} is given to two different texts ({prev[:10]}…, {h[:10]}…): "
                                   "both are stored, told apart by their content hash")
                            summary.warnings.append(msg)
                            warn(msg)
                        else:
                            ids[given] = h
                    for table, rs in rows.items():
                        batch[table].extend(rs)
                    pending += 1
                    summary.words += words
                else:
                    _, origin, reason, h = r
                    errors.append((origin, reason, h))
                    if len(summary.error_samples) < 20:
                        summary.error_samples.append(reason)
                if pending >= batch_size or len(errors) >= batch_size:
                    flush()
            if bar is not None:
                _advance(bar, feeder.read, summary.analysed + pending, t0)
        flush()
        summary.read, summary.skipped = feeder.read, feeder.skipped
        if stories and store.meta("stories_dirty") == "1":
            from marsad.store import stories as st

            summary.stories = st.rebuild(store.con)
        if bar is not None:
            _advance(bar, feeder.read, summary.analysed, t0, done=True)
    finally:
        if bar is not None:
            bar.stop()
        if pool is not None:
            pool.terminate()
            pool.join()
        store.close()
    summary.seconds = round(time.perf_counter() - t0, 3)
    return summary


def _progress_bar(total: int):
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, \
        TimeRemainingColumn

    bar = Progress(TextColumn("ingest"), BarColumn(), MofNCompleteColumn(),
                   TextColumn("{task.fields[rate]:.1f} articles/s"), TimeElapsedColumn(), TextColumn("ETA"),
                   TimeRemainingColumn(), console=Console(file=sys.stderr), transient=False)
    bar.start()
    bar.add_task("ingest", total=max(total, 1), rate=0.0)
    return bar


def _advance(bar, read: int, analysed: int, t0: float, done: bool = False) -> None:
    task = bar.tasks[0]
    total = max(task.total or 0, read)
    rate = analysed / max(time.perf_counter() - t0, 1e-6)
    bar.update(task.id, completed=total if done else read, total=total, rate=rate)
