"""Calendar dates and date ranges, normalized to ISO 8601 with X for unknown parts.

Ranges are read by our own patterns ("September 18-19, 2024", "28-30 September",
"March 12–13", "2022-2030"): a general date parser reads "28-30 September" as
2030-09-28. Each piece is then a (year, month, day) triple; a missing year is taken
from the reference date (or the release's own date) and said so in a warning,
otherwise it stays XXXX.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

from . import entities, text_of

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11,
    "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip

# Month names are matched capitalized or in capitals only: "may" and "march" in lower
# case are verbs far more often than months.
# Only abbreviations take a period: "28-30 September." must not swallow the full stop.
_full = [n for n in MONTHS if len(n) > 4 or n in ("may", "june", "july")]
_abbr = sorted(set(MONTHS) - set(_full), key=len, reverse=True)
_MON = (
    "(?:"
    + "|".join(f"{n.capitalize()}|{n.upper()}" for n in sorted(_full, key=len, reverse=True))
    + "|(?:"
    + "|".join(f"{n.capitalize()}|{n.upper()}" for n in _abbr)
    + r")(?:\.(?!\d))?)(?![a-z])"
)
_DAY = r"(?:[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89][0-9]{2}|20[0-9]{2})"
_DASH = r"\s*[-–—‒]\s*"
_TO = rf"(?:{_DASH}|\s+(?:to|through|until|till|and)\s+)"
_PART = r"(?:the\s+(?:beginning|start|middle|end)\s+of\s+)"  # "the end of September"
_YSEP = r"(?:,\s*|\s+)"  # "March 1, 2007" and "March 1  2007" (comma stripped)


def _g(name: str, pattern: str) -> str:
    return f"(?P<{name}>{pattern})"


# Ordered longest first; a match consumes its text, so later patterns never see it.
_PATTERNS = [
    # March 30 - April 2, 2017 / March 30, 2016 to April 2, 2017
    rf"{_g('m1', _MON)}\s+{_g('d1', _DAY)}(?:{_YSEP}{_g('y1', _YEAR)})?{_TO}"
    rf"{_g('m2', _MON)}\s+{_g('d2', _DAY)}(?:{_YSEP}{_g('y2', _YEAR)})?",
    # September 18-19, 2024 / March 12–13
    rf"{_g('m1', _MON)}\s+{_g('d1', _DAY)}{_TO}{_g('d2', _DAY)}(?:{_YSEP}{_g('y2', _YEAR)})?",
    # 28 September - 2 October 2020
    rf"{_g('d1', _DAY)}\s+{_g('m1', _MON)}(?:,?\s+{_g('y1', _YEAR)})?{_TO}"
    rf"{_g('d2', _DAY)}\s+{_g('m2', _MON)}(?:,?\s+{_g('y2', _YEAR)})?",
    # 28-30 September 2020
    rf"{_g('d1', _DAY)}{_TO}{_g('d2', _DAY)}\s+{_g('m2', _MON)}(?:,?\s+{_g('y2', _YEAR)})?",
    # Jan. 4, 2017 / March 12
    rf"{_g('m1', _MON)}\s+{_g('d1', _DAY)}(?:{_YSEP}{_g('y1', _YEAR)})?",
    # 15 June 2011
    rf"{_g('d1', _DAY)}\s+(?:of\s+)?{_g('m1', _MON)}(?:,?\s+{_g('y1', _YEAR)})?",
    # between January and March 2010 / from the middle of April to the end of September
    # 2009 / January–March 2010 / the months October to December 2008: months of one
    # year. Without "between" or "from", "in January and March 2010" names two months,
    # not a range.
    rf"(?:[Bb]etween|[Ff]rom)\s+{_PART}?{_g('m1', _MON)}{_TO}{_PART}?{_g('m2', _MON)},?\s+"
    rf"{_g('y2', _YEAR)}",
    rf"{_g('m1', _MON)}(?:{_DASH}|\s+(?:to|through|until)\s+){_g('m2', _MON)},?\s+"
    rf"{_g('y2', _YEAR)}",
    # January 2010 - March 2012
    rf"{_g('m1', _MON)},?\s+{_g('y1', _YEAR)}{_TO}{_g('m2', _MON)},?\s+{_g('y2', _YEAR)}",
    # "in November and December 2009": a month listed before a dated one, which gives
    # its year (see _list_years)
    rf"{_g('lm', _MON)}(?=(?:(?:,\s*|,?\s+(?:and|or)\s+){_MON})+,?\s+(?:of\s+)?{_YEAR}(?!\w))",
    # "pleaded guilty in February", "last July": a month alone, after a word that makes it
    # a time; "last", "next" also say which one
    rf"(?:[Ii]n|[Ss]ince|[Uu]ntil|by|[Dd]uring|through|early|late|"
    rf"{_g('bc', '[Ll]ast|[Nn]ext|[Tt]his past')})\s+{_g('bm', _MON)}"
    rf"(?!\.?,?\s+(?:of\s+)?[0-9])(?!(?:,\s*|,?\s+(?:and|or)\s+){_MON})",
    # March 2015
    rf"{_g('m1', _MON)},?\s+(?:of\s+)?{_g('y1', _YEAR)}",
    # 2022-2030, 2021-22, from 2009 to 2012, between 2005 and 2009
    rf"{_g('y1', _YEAR)}(?:{_DASH}|\s+(?:to|through|until)\s+)"
    rf"{_g('y2', _YEAR + '|[0-9]{2}(?![0-9])')}",
    rf"[Bb]etween\s+{_g('y1', _YEAR)}\s+and\s+{_g('y2', _YEAR)}",
    # 03/07/2017 (month first, as U.S. releases write it) and 2017-03-07
    rf"{_g('nm', '1[0-2]|0?[1-9]')}/{_g('nd', '[12][0-9]|3[01]|0?[1-9]')}/{_g('ny', _YEAR)}",
    # 06 20 2007: the same with its slashes stripped by a scraper; two-digit parts only
    rf"{_g('nm', '1[0-2]|0[1-9]')} {_g('nd', '[12][0-9]|3[01]|0[1-9]')} {_g('ny', _YEAR)}",
    # "   5 18 2007   ": one-digit parts only on a date line of their own (runs of spaces)
    rf"(?:(?<=\s\s)|(?<=\n)|^){_g('nm', '1[0-2]|[1-9]')} {_g('nd', '[12][0-9]|3[01]|[1-9]')} "
    rf"{_g('ny', _YEAR)}(?=\s\s|\s*$)",
    rf"{_g('iy', _YEAR)}-{_g('im', '1[0-2]|0[1-9]')}-{_g('id', '[12][0-9]|3[01]|0[1-9]')}",
    # a bare year, kept only where the context makes it a date (see _year_is_date)
    _g("by", _YEAR),
]


# One alternation over all patterns; Python forbids a group name twice, so each
# pattern's groups get its index as a suffix ("m1_4"), stripped again when read.
def _suffixed(i: int, pattern: str) -> str:
    return re.sub(r"\(\?P<(\w+)>", lambda m: f"(?P<{m.group(1)}_{i}>", pattern)


# A date starts after no word character, but may follow a sentence glued to it
# ("were made.Between 2002 and 2013"), a word glued to it ("FOR IMMEDIATE
# RELEASEDecember 12  2007", "OnNov. 9, 2009") or "mid-"; it may run into a capitalized
# word or a time ("June 22  2005Contact", "MAY 18, 201511:00 a.m.").
_DATE_RE = re.compile(
    r"(?:(?<![\w$/.-])|(?<=[a-z]\.)(?=[A-Z])|(?:(?<=[A-Z])|(?<=\b[OoIi]n))(?=[A-Z][a-z])|(?<=[Mm]id-))(?:"
    + "|".join(f"(?:{_suffixed(i, p)})" for i, p in enumerate(_PATTERNS))
    + r")(?:(?![\w/]|-[0-9])|(?=[A-Z][a-z]|[0-9]{1,2}:[0-9]{2}))"
)

# Words before a bare year that make it a date ("in 2021", "since 2009", "mid 2012").
_YEAR_CUES = re.compile(
    r"(?:\b(?:in|since|by|until|till|through|from|during|of|before|after|mid|early|late|"
    r"year|years|fiscal|FY|end|spring|summer|fall|autumn|winter|and|to)\s*[-–]?\s*)$",
    re.IGNORECASE,
)
# "the 1990's": a decade, a vague period
_AFTER_YEAR_NOT_DATE = re.compile(r"\s*(?:Act|Bill|Amendments?|Edition|model)\b|['’]s\b")
# The year in a statute's name ("the Help America Vote Act of 2002") names the law; a
# bill's number ("S. 2013", "H.R. 1917", "S  1955" with its period stripped, but not
# "U S  2007") is no year.
_BEFORE_YEAR_NOT_DATE = re.compile(
    r"\b(?:Act|Law|Code|Amendments?)\s+[Oo]f\s*$|(?<![\w.])(?<!U )(?:S|H\.?\s?R)(?:\.\s*|\s+)$"
)


@dataclass(frozen=True)
class Piece:
    year: int | None
    month: int | None
    day: int | None

    def iso(self) -> str:
        y = f"{self.year:04d}" if self.year else "XXXX"
        if self.month is None:
            return y
        m = f"{self.month:02d}"
        return f"{y}-{m}" if self.day is None else f"{y}-{m}-{self.day:02d}"


@dataclass
class FoundDate:
    text: str
    start: Piece
    end: Piece | None
    span: tuple[int, int]
    # a month alone: "next March", or in a sentence about what will happen; None: not known
    future: bool | None = None


def _int(s: str | None) -> int | None:
    if not s:
        return None
    return int(re.sub(r"\D", "", s))


def _month(s: str | None) -> int | None:
    return MONTHS[s.rstrip(".").lower()] if s else None


def _valid(p: Piece) -> bool:
    if p.month is None or p.day is None:
        return True
    try:
        dt.date(p.year or 2000, p.month, p.day)  # 2000: a leap year, so Feb 29 passes
    except ValueError:
        return False
    return True


def _year_is_date(text: str, start: int, end: int, in_date_entity: bool) -> bool:
    if _AFTER_YEAR_NOT_DATE.match(text, end):
        return False
    if _BEFORE_YEAR_NOT_DATE.search(text[max(0, start - 20) : start]):
        return False
    if text[start - 1 : start] in "#$" and start > 0:
        return False
    return in_date_entity or bool(_YEAR_CUES.search(text[max(0, start - 16) : start]))


# "March 2007 News Releases", "May 2006 Archive": a site's archive navigation, not a date
# the release speaks of.
_ARCHIVE_LABEL = re.compile(r"\s*(?:(?:News|Press|Media)\s+Releases?|Archives?)\b", re.I)


def find_dates(text: str, date_entity_chars: set[int] | None = None) -> list[FoundDate]:
    """Every calendar date and range in `text`, years left None when not written."""
    found = []
    for m in _DATE_RE.finditer(text):
        g = {k.rsplit("_", 1)[0]: v for k, v in m.groupdict().items() if v is not None}
        span = m.span()
        if "by" in g:
            if not _year_is_date(
                text, *span, bool(date_entity_chars and span[0] in date_entity_chars)
            ):
                continue
            found.append(FoundDate(m.group(), Piece(int(g["by"]), None, None), None, span))
            continue
        if "ny" in g:
            p = Piece(int(g["ny"]), int(g["nm"]), int(g["nd"]))
            found.append(FoundDate(m.group(), p, None, span))
            continue
        if "iy" in g:
            p = Piece(int(g["iy"]), int(g["im"]), int(g["id"]))
            found.append(FoundDate(m.group(), p, None, span))
            continue
        if "bm" in g:
            key = next(k for k in m.groupdict() if k.startswith("bm_"))
            span = span if "bc" in g else m.span(key)
            month = Piece(None, _month(g["bm"]), None)
            future = g["bc"].lower() == "next" if "bc" in g else None
            found.append(FoundDate(text[span[0] : span[1]], month, None, span, future))
            continue
        if "lm" in g:
            found.append(FoundDate(m.group(), Piece(None, _month(g["lm"]), None), None, span))
            continue
        y2 = _int(g.get("y2"))
        y1 = _int(g.get("y1"))
        if y2 is not None and y2 < 100 and y1 is not None:  # "2021-22"
            y2 = y1 // 100 * 100 + y2
            if y2 <= y1:
                continue
        m1, m2 = _month(g.get("m1")), _month(g.get("m2"))
        d1, d2 = _int(g.get("d1")), _int(g.get("d2"))
        has_end = any(k in g for k in ("d2", "m2", "y2")) and not (
            y1 is not None and y2 is None and m1 is None
        )
        if not has_end:
            start, end = Piece(y1, m1, d1), None
        else:
            # A range's shared parts are written once: "18-19 September 2024".
            start = Piece(y1 if y1 is not None else y2, m1 or m2, d1)
            end = Piece(y2 if y2 is not None else y1, m2 or m1, d2)
            if m1 is None and m2 is None and d1 is None:  # a year range
                start, end = Piece(y1, None, None), Piece(y2, None, None)
                if y2 is None or y1 is None or y2 <= y1:
                    continue
        if not (_valid(start) and (end is None or _valid(end))):
            continue
        if start.day is None and end is None and _ARCHIVE_LABEL.match(text, span[1]):
            continue
        joint = _AND.search(m.group()) if end is not None else None
        if joint and not _BETWEEN.search(text[max(0, span[0] - 9) : span[0]] + m.group()[:8]):
            # "contracts expire in May 2007 and July 2007": two dates, not a range.
            a, b = span[0] + joint.start(), span[0] + joint.end()
            found.append(FoundDate(text[span[0] : a], start, None, (span[0], a)))
            found.append(FoundDate(text[b : span[1]], end, None, (b, span[1])))
            continue
        found.append(FoundDate(m.group(), start, end, span))
    return _join_ranges(text, _list_years(text, found))


_AND = re.compile(r"\s+and\s+")
_BETWEEN = re.compile(r"\b[Bb]etween\s")
_LISTED = re.compile(r",\s*|,?\s+(?:and|or)\s+")


def _with_year(p: Piece | None, year: int) -> Piece | None:
    return p if p is None or p.year is not None else Piece(year, p.month, p.day)


def _list_years(text: str, found: list[FoundDate]) -> list[FoundDate]:
    """A date listed before a dated one of a later month takes its year: "pleaded
    guilty on March 13 and March 15, 2013", "in November and December 2009"."""
    out = list(found)
    for i in range(len(out) - 2, -1, -1):
        a, b = out[i], out[i + 1]
        if a.start.year is not None or a.start.month is None or b.start.year is None:
            continue
        if b.start.month is None or b.start.month < (a.end or a.start).month:
            continue
        if _LISTED.fullmatch(text[a.span[1] : b.span[0]]):
            y = b.start.year
            out[i] = FoundDate(a.text, _with_year(a.start, y), _with_year(a.end, y), a.span)
    return out


# Two dates written as a range's ends when neither pattern above reads the pair: a year
# and a month ("from 2008 to August 2011"), dates with commas ("between Dec. 3, 2015,
# and Dec. 5, 2015"), hedged ends ("from approximately February 2003 through
# approximately September 2004"). The first must follow "from", "between" or
# "beginning", and "and" joins a range only after "between" or "beginning".
_HEDGE = (
    r"(?:mid-|(?:in|on|approximately|about|around|at\s+least|as\s+(?:early|late)\s+as"
    r"|or\s+about|early|late)\s+)*"
)
_RANGE_CUE = re.compile(rf"\b(?P<cue>from|between|beginning|starting)\s+{_HEDGE}$", re.I)
_RANGE_GAP = re.compile(
    rf",?\s+(?:(?P<and>and)|(?:and\s+)?continuing\s+(?:through|until|to)|to|through|until|till)"
    rf"\s+{_HEDGE}|{_DASH}"
)


def _order(p: Piece) -> tuple[int, int, int]:
    return (p.year or 0, p.month or 0, p.day or 0)


def _join_ranges(text: str, found: list[FoundDate]) -> list[FoundDate]:
    out: list[FoundDate] = []
    for d in found:
        prev = out[-1] if out else None
        if prev is None or prev.end is not None or d.end is not None:
            out.append(d)
            continue
        cue = _RANGE_CUE.search(text[max(0, prev.span[0] - 40) : prev.span[0]])
        gap = _RANGE_GAP.fullmatch(text[prev.span[1] : d.span[0]])
        if not (cue and gap) or (gap["and"] and cue["cue"].lower() == "from"):
            out.append(d)
            continue
        start, end = prev.start, d.start
        if start.year is None and end.year is not None:
            start = _with_year(start, end.year)
        elif end.year is None and start.year is not None:
            end = _with_year(end, start.year)
        if (start.year is None) != (end.year is None) or _order(start) >= _order(end):
            out.append(d)
            continue
        span = (prev.span[0], d.span[1])
        out[-1] = FoundDate(text[span[0] : span[1]], start, end, span)
    return out


def _closest_year(month: int, day: int | None, base: dt.date) -> int:
    """The year that puts month/day nearest the base date (December release, "January 5")."""
    best = None
    for year in (base.year - 1, base.year, base.year + 1):
        try:
            d = dt.date(year, month, day or 15)
        except ValueError:
            continue
        dist = abs((d - base).days)
        if best is None or dist < best[0]:
            best = (dist, year)
    return best[1] if best else base.year


def resolve_year(found: FoundDate, base: dt.date | None) -> tuple[FoundDate, bool]:
    """Fill a missing year from `base`; returns the date and whether a year was inferred."""
    if base is None or found.start.year is not None or found.start.month is None:
        return found, False
    month = found.start.month
    if found.start.day is None and found.end is None:
        # "held a hearing in April": the last April by the base date; the next one in a
        # sentence about what will happen. "last March" in a March release is a year back.
        strict = found.text.lower().startswith(("last", "next", "this past"))
        if found.future:
            year = base.year if month > base.month - (not strict) else base.year + 1
        else:
            year = base.year if month < base.month + (not strict) else base.year - 1
    else:
        year = _closest_year(month, found.start.day, base)
    start = Piece(year, found.start.month, found.start.day)
    end = found.end
    if end is not None and end.year is None:
        end_year = year + 1 if (end.month or 0) < (found.start.month or 0) else year
        end = Piece(end_year, end.month, end.day)
    return FoundDate(found.text, start, end, found.span), True


# Relative dates that name one day: "yesterday", "on Thursday", "last Tuesday". "Today"
# is the release's own date, already in `published`; "last week" is a period, not a date.
_RELATIVE = re.compile(
    r"(?<![\w-])(?:(?:(?P<dir>last|next|this(?: coming)?|on|On|Last|Next|This)\s+)?"
    r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"|(?P<rel>yesterday|tomorrow|Yesterday|Tomorrow))(?![\w-])"
)
_FUTURE_CUES = re.compile(r"\b(?:will|shall|is scheduled|are scheduled|is expected|plans? to)\b")


@dataclass
class RelativeDate:
    text: str
    span: tuple[int, int]
    future: bool  # a bare weekday in a sentence about what will happen


def find_relative(doc: Doc, dates: list[FoundDate]) -> list[RelativeDate]:
    text = text_of(doc)
    out = []
    for m in _RELATIVE.finditer(text):
        # "Wednesday, February 16, 2005": the weekday of a written date adds nothing.
        if any(abs(d.span[0] - m.end()) <= 3 or d.span[0] <= m.start() < d.span[1] for d in dates):
            continue
        if m.group("wd") and not m.group("dir"):
            continue  # a bare "Thursday" may be a name or a habit ("on Thursdays")
        start = m.start("wd") if m.group("dir") in ("on", "On") else m.start()
        sent = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if m.group("rel") and sent is not None and _figurative(sent[0]):
            continue
        sentence = sent.sent.text if sent is not None else ""
        future = (m.group("dir") or "").lower().startswith("next") or bool(
            m.group("wd") and _FUTURE_CUES.search(sentence)
        )
        out.append(RelativeDate(text[start : m.end()], (start, m.end()), future))
    return out


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_TIME_WORDS = {"yesterday", "today", "tomorrow", "tonight", "now", "beyond", "forever"}


# The only parts a clause of the idiom has besides "yesterday" ("They needed it yesterday")
_IDIOM_DEPS = {"nsubj", "dobj", "aux", "neg", "punct", "npadvmod", "nsubjpass", "auxpass"}


def _owned(token) -> bool:
    """ "a better tomorrow", "our tomorrow", "Connecticut's tomorrow" (its apostrophe
    stripped: "Connecticut   s tomorrow"): a day is not owned or qualified."""
    if any(c.dep_ in ("det", "poss") for c in token.children):  # not "late yesterday"
        return True
    words = [t for t in token.doc[max(0, token.i - 4) : token.i] if not t.is_space]
    if words and words[-1].lower_ in ("our", "their", "your", "my"):
        return True
    return len(words) >= 2 and words[-1].lower_ in ("s", "'s", "’s") and words[-2].pos_ == "PROPN"


def _figurative(token) -> bool:
    """ "the workers of tomorrow", "a duty to the people of today and tomorrow": the
    word names an era, not a day. "They needed it yesterday" (it is overdue) and "we
    were not born yesterday" (we are not naive) are idioms: a bare clause of need or
    want, or "born" denied."""
    pair = token.head if token.dep_ == "conj" else token
    if pair is not token and pair.lower_ in _TIME_WORDS:
        return True
    if _owned(token):
        return True
    if any(c.dep_ == "conj" and c.lower_ in _TIME_WORDS for c in token.children):
        return True
    head = token.head
    bare = all(c.dep_ in _IDIOM_DEPS or c.is_space for c in head.children)
    denied = any(c.dep_ == "neg" for c in head.children)
    idiom = head.lemma_ in ("need", "want") or (head.lemma_ == "bear" and denied)
    if token.lower_ == "yesterday" and bare and idiom:
        return True
    return pair.dep_ == "pobj" and pair.head.lower_ == "of"


def resolve_relative(rel: RelativeDate, base: dt.date) -> Piece | None:
    """The calendar day a relative date names, counted from `base` by dateparser."""
    import dateparser  # imported here: it is slow to import and only needed with a base

    settings = {
        "RELATIVE_BASE": dt.datetime.combine(base, dt.time()),
        "PREFER_DATES_FROM": "future" if rel.future else "past",
        "RETURN_AS_TIMEZONE_AWARE": False,
    }
    phrase = re.sub(r"^(?:on|this coming)\s+", "", rel.text, flags=re.IGNORECASE)
    if phrase.lower() == _WEEKDAYS[base.weekday()]:
        return Piece(base.year, base.month, base.day)  # "On Tuesday" in a Tuesday's release
    parsed = dateparser.parse(phrase, languages=["en"], settings=settings)
    if parsed is None:
        return None
    return Piece(parsed.year, parsed.month, parsed.day)


@Language.component("pressmine_dates")
def date_component(doc: Doc) -> Doc:
    """Find dates; spaCy's DATE entities decide only whether a bare year is a date."""
    chars = {ent.start_char for ent in entities(doc) if ent.label_ == "DATE"}
    chars |= {tok.idx for ent in entities(doc) if ent.label_ == "DATE" for tok in ent}
    doc._.pm_dates = find_dates(text_of(doc), chars)
    for d in doc._.pm_dates:
        if d.start.year is None and d.start.day is None and d.end is None:
            span = doc.char_span(*d.span, alignment_mode="expand")
            if d.future is None:
                d.future = span is not None and bool(_FUTURE_CUES.search(span.sent.text))
    doc._.pm_relative_dates = find_relative(doc, doc._.pm_dates)
    return doc


for _name in ("pm_dates", "pm_relative_dates"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)
