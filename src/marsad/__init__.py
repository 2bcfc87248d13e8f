"""Marsad (مرصد): source-attributed knowledge from Arabic news.

    >>> import marsad
    >>> article = marsad.analyze("قال الرئيس الفرنسي إيمانويل ماكرون إن ...", published="2023-06-06")
    >>> [q.speaker.text for q in article.quotes]
"""

__version__ = "0.1.0"

from marsad.pipeline import analyze, Pipeline  # noqa: E402

__all__ = ["analyze", "Pipeline", "__version__"]
