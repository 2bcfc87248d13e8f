"""Tokens: text -> surface Tokens with the Words inside them. Placeholder: whitespace/punctuation tokens."""

from __future__ import annotations

import re

from marsad.types import Token, Word

_TOKEN = re.compile(r"\w+|[^\w\s]", re.UNICODE)


def tokenize(text: str) -> list[Token]:
    return [Token(m.start(), m.end(), m.group(), (Word(m.start(), m.end(), m.group()),))
            for m in _TOKEN.finditer(text)]
