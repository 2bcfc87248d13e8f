"""Events stage: Article (entities, quotes, times) -> PLOVER Events tied to the attributions they are reported under."""

from __future__ import annotations

from marsad.types import Article, Event


def find_events(article: Article, **options) -> list[Event]:
    return []
