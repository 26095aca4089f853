"""The release's headline and its own date (the dateline or date line at the top)."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from ..resources import load_lexicon
from .dates import FoundDate

_UPPER_RUN = re.compile(r"(?:(?<!\w)['‘\"“]?[A-Z0-9][A-Z0-9'’‘\"“”&.,:-]*(?:\s+|$)){3,}")
_SEPARATOR_AFTER = re.compile(r"^(?:\s{2,}|\s*\n|\s*[-–—|]\s|\s*\.\s|\s*\(?[A-Z]{2,}\)?\s*[-–—_])")
# A segment of the top of the page: a line, or a stretch between runs of 3+ spaces where a
# scrape without line breaks kept the layout as spaces.
_SEGMENT = re.compile(r"(?:(?! {3})[^\n])+")
_WEEKDAY_ONLY = re.compile(r"\s*(?:[A-Z][a-z]+day,?\s*)?$")
_ARTICLES = {"the", "a", "an", "his", "her", "their", "its"}
_FURNITURE = tuple(sorted(load_lexicon("furniture.txt"), key=len, reverse=True))


def is_furniture(seg: str) -> bool:
    low = seg.lower()
    return any(low.startswith(f) and not low[len(f) : len(f) + 1].isalpha() for f in _FURNITURE)


def find_title(
    text: str, dates: list[FoundDate] = (), doc: Doc | None = None
) -> tuple[str, tuple[int, int]] | None:
    """A headline when the text opens with one; None when it opens with body prose.

    The first segments of the page are read in turn: furniture ("FOR IMMEDIATE RELEASE",
    "Press Release"), a date or a dateline ("Washington DC") are passed over; the first
    segment that reads as a headline is the title: a line of its own, a run of capitals,
    or a short stretch of mostly capitalized words. Body prose first means no title.
    """
    for n, m in enumerate(_SEGMENT.finditer(text, 0, 1500)):
        if n >= 8:
            break
        start, end = m.start(), m.end()
        # A date at the segment's start is a date line, not part of the headline.
        for d in dates:
            if start <= d.span[0] and _WEEKDAY_ONLY.match(text, start, d.span[0]):
                start = d.span[1]
        seg = text[start:end]
        start += len(seg) - len(seg.lstrip(" ,.:;-–—|"))
        seg = text[start:end].rstrip()
        end = start + len(seg)
        words = seg.split()
        if not words or is_furniture(seg) or (len(words) < 4 and len(seg) < 30):
            continue
        caps = _UPPER_RUN.match(seg)
        if caps and sum(c.isalpha() for c in caps.group()) >= 12:
            run = caps.group().rstrip(" ,:")
            return run, (start, start + len(run))
        if len(words) > 30 or len(seg) > 300 or re.search(r"[.;:,]$", seg):
            return None
        own_line = text[end : end + 1] in ("\n", "") and bool(text[end:].strip())
        long_words = [w for w in words if len(w) >= 4 and w[:1].isalpha()]
        capitalized = sum(w[:1].isupper() for w in long_words) / max(1, len(long_words))
        if own_line:
            return seg, (start, end)
        # Headlines speak in the present ("Kerry Says", "Congress Passes"); a long stretch
        # where a past-tense verb takes an article ("applauded the efforts") is the body's
        # opening sentence with its period lost.
        span = doc.char_span(start, end, alignment_mode="expand") if doc is not None else None
        told = span is not None and any(
            t.tag_ == "VBD" and t.i + 1 < span.end and t.nbor().lower_ in _ARTICLES for t in span
        )
        if capitalized >= 0.6 and not (told and len(words) >= 10):
            return seg, (start, end)
        return None
    return None


def find_published(text: str, dates: list[FoundDate], title_end: int) -> FoundDate | None:
    """The first full date at the top that stands as a date line or dateline."""
    for d in dates:
        if d.span[0] > max(500, title_end + 300):
            break
        if d.end is not None or d.start.year is None or d.start.day is None:
            continue
        line_start = text.rfind("\n", 0, d.span[0]) + 1
        lead = text[max(line_start, title_end) : d.span[0]]
        if len(lead.split()) <= 6 or _SEPARATOR_AFTER.match(text[d.span[1] : d.span[1] + 12]):
            return d
    return None
