"""Coded errors that say what happened and what to do. Interfaces print them as one line; none is a traceback."""

from __future__ import annotations


class MarsadError(Exception):
    """Base error: ``code`` is stable (``E101``), ``hint`` says what to do."""

    code = "E000"

    def __init__(self, message: str, hint: str | None = None):
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return f"[{self.code}] {self.message}" + (f" ({self.hint})" if self.hint else "")


class InputError(MarsadError):
    """The input cannot be read as an article: missing, empty, binary, undecodable, malformed."""

    code = "E100"


class ModelError(MarsadError):
    """A shipped model file is missing or corrupt."""

    code = "E200"


class PipelineError(MarsadError):
    """The pipeline was built with stages whose needs are not met."""

    code = "E300"


class StoreError(MarsadError):
    """The database cannot be opened or written."""

    code = "E400"
