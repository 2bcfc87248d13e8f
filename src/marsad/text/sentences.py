"""Sentence splitting: text -> Sentence spans (offsets into the text as given). Placeholder: one per line."""

from __future__ import annotations

import re

from marsad.types import Sentence


def split_sentences(text: str) -> list[Sentence]:
    out = []
    for m in re.finditer(r"[^\n]+", text):
        s, e = m.start(), m.end()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append(Sentence(s, e))
    return out
