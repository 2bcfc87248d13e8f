"""The attribution stage's view of an article: text -> word and punctuation tokens with folded forms,
paragraph and sentence indices, quotation-mark pairs and entity mentions by offset.

Built once per article in one linear pass; every later rule reads it by token index.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache

from marsad.attribution.marks import CLOSERS as CLOSE_MARKS, MARK_CHARS, MarkPair, find_mark_pairs
from marsad.data.cues import HAMZA_TITLES
from marsad.text.normalize import normalize
from marsad.types import Entity, Mention

@lru_cache(maxsize=200_000)
def fold(token: str) -> str:
    """The folded (normalised) form of one word, cached: news vocabulary repeats. A title that folds like
    another word (إمام, أمام) keeps its own form (``data.cues.HAMZA_TITLES``)."""
    core = token[1:] if token[:1] in "وف" and len(token) > 4 else token
    alias = HAMZA_TITLES.get(core)
    if alias is not None:
        return (token[0] if core is not token else "") + alias
    return normalize(token)


_TOKEN = re.compile(r"[\w\u064B-\u065F\u0670\u0640]+|\S")
TERMINALS = frozenset(".!?؟…")
COMMAS = frozenset(",،")


class ArticleView:
    """Tokens of ``text`` (``starts``, ``ends``, ``norms``, ``is_word``), their paragraph and sentence, the mark
    pairs (``pair_at`` by opening offset) and the entity mentions sorted by start."""

    def __init__(self, text: str, entities: tuple[Entity, ...] | list[Entity] = ()):
        self.text = text
        starts, ends, norms, words, paras, sents, terminal = [], [], [], [], [], [], []
        para = sent = 0
        prev_end = 0
        n = len(text)
        for m in _TOKEN.finditer(text):
            s, e = m.start(), m.end()
            gap = text[prev_end:s]
            if "\n" in gap and starts:
                para += 1
                sent += 1
            tok = m.group()
            carry = False
            if "\n" in gap and starts:
                pass
            elif terminal and terminal[-1]:
                if (tok in CLOSE_MARKS or tok == "\"") and s == prev_end:
                    terminal[-1] = False  # «… فادح.» : the closing mark ends the sentence
                    carry = True
                else:
                    sent += 1
            is_word = tok[0].isalnum() or tok[0] == "_" or "\u064b" <= tok[0] <= "\u065f"
            if is_word and not tok.strip("\u0640"):
                is_word = False  # a bare tatweel (ـ نسأل الله له الشفاء ـ) is a dash, not a word with no letters
            starts.append(s)
            ends.append(e)
            norms.append(fold(tok) if is_word else tok)
            words.append(is_word)
            paras.append(para)
            sents.append(sent)
            term = False
            if not is_word and tok in TERMINALS:
                nxt = text[e] if e < n else " "
                term = nxt.isspace() or nxt in MARK_CHARS or nxt in TERMINALS
                if tok == "." and nxt == ".":
                    term = False  # an ellipsis: its last period decides (الهادئ ..، وممر: a comma follows, no end)
                if tok == "." and term and len(starts) > 1 and words[-2] and len(norms[-2]) == 1 \
                        and e < n and text[e] == " " and s == ends[-2]:
                    term = False  # an initial such as "د." is not a sentence end
                if tok == "." and not term and e < n and s > 0 and "\u0621" <= text[e] <= "\u064a" \
                        and "\u0621" <= text[s - 1] <= "\u064a" and not (len(starts) > 1 and len(norms[-2].lstrip("وف") or "xx") == 1):
                    term = True  # «أكبر.ويشير»: a sentence end whose space was lost (not «د.محمد»)
            terminal.append(term or carry)
            prev_end = e
        self.starts, self.ends, self.norms, self.is_word = starts, ends, norms, words
        self.para, self.sent, self.terminal = paras, sents, terminal
        self.n = len(starts)
        self.pairs: list[MarkPair] = find_mark_pairs(text)
        self.pair_at: dict[int, MarkPair] = {p.open: p for p in self.pairs}
        self.pair_opens = [p.open for p in self.pairs]
        self._outer = [p for p in self.pairs if p.depth == 0]
        self._outer_opens = [p.open for p in self._outer]
        mentions: list[tuple[int, int, str, Mention]] = []
        self.entity_by_id: dict[str, Entity] = {}
        for ent in entities or ():
            self.entity_by_id[ent.id] = ent
            for mt in ent.mentions:
                if 0 <= mt.start < mt.end <= len(text):
                    mentions.append((mt.start, mt.end, ent.id, mt))
        mentions.sort(key=lambda x: (x[0], -x[1]))
        self.mentions = mentions
        self._mention_starts = [m[0] for m in mentions]

    # ---- look-ups -------------------------------------------------------------------------------------------
    def token_at(self, offset: int) -> int:
        """Index of the first token starting at or after ``offset``."""
        return bisect_left(self.starts, offset)

    def token_before(self, offset: int) -> int:
        """Index of the last token ending at or before ``offset`` (-1 when none)."""
        return bisect_right(self.ends, offset) - 1

    def mentions_in(self, start: int, end: int) -> list[tuple[int, int, str, Mention]]:
        """Entity mentions overlapping ``[start, end)``."""
        out = []
        i = bisect_left(self._mention_starts, start - 60)
        while i < len(self.mentions) and self.mentions[i][0] < end:
            m = self.mentions[i]
            if m[1] > start:
                out.append(m)
            i += 1
        return out

    def pairs_within(self, start: int, end: int) -> list[MarkPair]:
        """Mark pairs lying inside ``[start, end)``."""
        i = bisect_left(self.pair_opens, start)
        out = []
        while i < len(self.pairs) and self.pairs[i].open < end:
            if self.pairs[i].end <= end:
                out.append(self.pairs[i])
            i += 1
        return out

    def enclosing_pair(self, offset: int) -> MarkPair | None:
        """The outermost mark pair whose quoted text contains ``offset``."""
        i = bisect_right(self._outer_opens, offset) - 1
        if i >= 0 and self._outer[i].open < offset < self._outer[i].close:
            return self._outer[i]
        return None

    def pair_opening(self, i: int) -> MarkPair | None:
        """The mark pair whose opening mark is token ``i``."""
        if self.is_word[i]:
            return None
        return self.pair_at.get(self.starts[i])

    def after_pair(self, pair: MarkPair) -> int:
        """Index of the first token after the pair's closing mark."""
        return self.token_at(pair.end)

    def sentence_start(self, i: int) -> int:
        s = self.sent[i]
        while i > 0 and self.sent[i - 1] == s:
            i -= 1
        return i

    def span_text(self, start: int, end: int) -> str:
        return self.text[start:end]
