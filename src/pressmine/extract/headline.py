"""The release's headline and its own date (the dateline or date line at the top)."""

from __future__ import annotations

import re

from .dates import FoundDate

_UPPER_RUN = re.compile(r"(?:\b[A-Z0-9][A-Z0-9'’&.,:-]*(?:\s+|$)){3,}")
_SEPARATOR_AFTER = re.compile(r"^(?:\s{2,}|\s*\n|\s*[-–—|]\s|\s*\.\s|\s*\(?[A-Z]{2,}\)?\s*[-–—_])")


def find_title(text: str) -> tuple[str, tuple[int, int]] | None:
    """A headline line when the text opens with one; None when it opens with body prose."""
    m = re.search(r"\S[^\n]*", text)
    if not m:
        return None
    line = m.group().rstrip()
    words = line.split()
    more_follows = bool(text[m.end() :].strip())
    if len(words) <= 30 and len(line) <= 300 and not re.search(r"[.;:,]$", line) and more_follows:
        return line, (m.start(), m.start() + len(line))
    # A scrape with no line breaks: the headline is the first run of capitals near the top.
    if len(line) > 300:
        for um in _UPPER_RUN.finditer(text, 0, 600):
            run = um.group().rstrip(" ,:")
            if sum(c.isalpha() for c in run) >= 12:
                return run, (um.start(), um.start() + len(run))
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
