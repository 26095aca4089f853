"""An HTML page reduced to the release it carries: the main text, the page's headline and
its date, with trafilatura (which reads dates with htmldate)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import trafilatura
from trafilatura.metadata import extract_metadata

# A headline found this near the top of the main text is the page's own; further down it
# may be a quotation of it, so the headline is put in front instead.
_TOP = 2000


@dataclass
class Page:
    text: str
    title: str | None
    published: dt.date | None
    warnings: list[str] = field(default_factory=list)


def _date_params() -> dict:
    # Only dates the page's markup states (meta tags, <time>, date elements): htmldate's
    # extensive search would guess from any date in the body, and a guess is no fact.
    return {
        "original_date": True,
        "extensive_search": False,
        "max_date": dt.date.today().isoformat(),
    }


def extract(html: str) -> Page:
    """The main text with the headline as a line of it (put first when trafilatura left it
    out, so that title_span points at words of the text), the headline and the date."""
    doc = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, date_extraction_params=_date_params()
    )
    warnings = []
    if doc is None:
        # No main text (a page of navigation, or no body): the headline may still be there.
        doc = extract_metadata(html, date_config=_date_params())
        text = ""
    else:
        text = doc.text or ""
    if not text.strip():
        warnings.append("no main text found in the HTML page")
    title = " ".join(doc.title.split()) if doc.title else None
    if title and title not in text[:_TOP]:
        text = f"{title}\n{text}"
    published = dt.date.fromisoformat(doc.date) if doc.date else None
    return Page(text, title, published, warnings)
