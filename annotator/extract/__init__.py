"""Rule-based extraction of the six fact kinds; works on a `Bulletin`, never opens a file."""

from annotator.extract.pipeline import ORIGIN, extract

__all__ = ["ORIGIN", "extract"]
