"""Quotation marks: text -> balanced mark pairs, each with its inner span; unbalanced marks close at paragraph end.

Arabic news uses “ ” « » " " ‘ ’ and, in Al-Sharq Al-Awsat, braces { }. One pass over the characters with a
stack per paragraph: a mark left open closes (virtually) at the end of its paragraph, so one stray mark never
swallows the rest of the article (textacy #379).
"""

from __future__ import annotations

from dataclasses import dataclass

OPEN_TO_CLOSE = {"“": "”", "«": "»", "‘": "’", "{": "}", '"': '"', "„": "”", "‹": "›", "”": "”"}
CLOSERS = {"”", "»", "’", "}", "›"}
MARK_CHARS = frozenset(OPEN_TO_CLOSE) | CLOSERS


@dataclass(frozen=True, slots=True)
class MarkPair:
    """A pair of quotation marks: ``open`` is the offset of the opening mark, ``close`` that of the closing mark
    (or the end of the paragraph when it never closed, ``virtual``). The quoted text is ``[open+1, close)``."""

    open: int
    close: int
    mark: str
    virtual: bool = False
    depth: int = 0

    @property
    def inner(self) -> tuple[int, int]:
        return self.open + 1, self.close

    @property
    def end(self) -> int:
        """Offset just after the closing mark (the paragraph end when virtual)."""
        return self.close if self.virtual else self.close + 1


def _paragraph_end(text: str, i: int) -> int:
    """Offset of the last non-space character before ``i`` plus one."""
    while i > 0 and text[i - 1].isspace():
        i -= 1
    return i


def find_mark_pairs(text: str) -> list[MarkPair]:
    """Every quotation-mark pair in ``text``, sorted by opening offset; linear in the length of the text."""
    pairs: list[MarkPair] = []
    stack: list[tuple[int, str]] = []

    def close_all(at: int) -> None:
        end = _paragraph_end(text, at)
        while stack:
            o, m = stack.pop()
            pairs.append(MarkPair(o, max(end, o + 1), m, True, len(stack)))

    n = len(text)
    for i, ch in enumerate(text):
        if ch == "\n":
            if stack:
                close_all(i)
            continue
        if ch not in MARK_CHARS:
            continue
        if ch == '"':
            if any(m == '"' for _, m in stack) and not _opens_here(text, i, n):
                # a straight quote closes the last open one; marks opened inside it close with it
                while stack:
                    o, m = stack.pop()
                    pairs.append(MarkPair(o, max(i, o + 1), m, m != '"', len(stack)))
                    if m == '"':
                        break
            else:
                stack.append((i, ch))  # opening, or nested: «قال: "ظاهرة (الـ "لانينيو") تعني …"»
            continue
        if stack and OPEN_TO_CLOSE[stack[-1][1]] == ch:
            o, m = stack.pop()
            pairs.append(MarkPair(o, i, m, False, len(stack)))
            continue
        if ch == "“" and stack and stack[-1][1] == "“" and not _opens_here(text, i, n):
            o, m = stack.pop()  # the “…“ style: the same mark both opens and closes
            pairs.append(MarkPair(o, i, m, False, len(stack)))
            continue
        if ch in OPEN_TO_CLOSE and ch != "”":
            stack.append((i, ch))
            continue
        # a closer: find its opener deeper in the stack; stray closers are ignored (apostrophes, reversed marks)
        if ch == "”" and not any(OPEN_TO_CLOSE[m] == ch for _, m in stack) and i + 1 < n \
                and not text[i + 1].isspace() and text.find("”", i + 1, _line_end(text, i + 1, n)) >= 0:
            stack.append((i, ch))  # the ”…” style: the closing mark used on both sides
            continue
        if any(OPEN_TO_CLOSE[m] == ch for _, m in stack):
            while stack:
                o, m = stack.pop()
                if OPEN_TO_CLOSE[m] == ch:
                    pairs.append(MarkPair(o, i, m, False, len(stack)))
                    break
                pairs.append(MarkPair(o, max(i, o + 1), m, True, len(stack)))
    if stack:
        close_all(n)
    pairs.sort(key=lambda p: p.open)
    return pairs


def _line_end(text: str, i: int, n: int) -> int:
    j = text.find("\n", i)
    return n if j < 0 else j


def _opens_here(text: str, i: int, n: int) -> bool:
    """True when the mark at ``i`` stands before a word and after a space (it reads as an opening mark)."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < n else " "
    return (before.isspace() or before in "(:،,") and not after.isspace()


def outermost(pairs: list[MarkPair]) -> list[MarkPair]:
    """The pairs not inside another pair."""
    out: list[MarkPair] = []
    end = -1
    for p in pairs:
        if p.open >= end:
            out.append(p)
            end = p.end
    return out
