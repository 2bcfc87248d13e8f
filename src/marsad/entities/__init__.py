"""Entities stage: Article (text, sentences, tokens) -> Entities with mentions, KB links and resolution."""

from __future__ import annotations

from marsad.types import Article, Entity


def find_entities(article: Article, **options) -> list[Entity]:
    return []
