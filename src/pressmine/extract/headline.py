"""The release's headline and its own date (the dateline or date line at the top)."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from ..resources import load_lexicon
from . import text_of
from .dates import FoundDate
from .locations import STATE_NAMES
from .names import fold, is_honorific, is_title_head

# A run of words in capitals: "SENS. SANTORUM, SPECTER ANNOUNCE $5 MILLION ...; CONTAINS ...".
_UPPER_RUN = re.compile(
    r"(?:(?<!\w)['‘\"“($]?(?:[A-Z0-9][A-Z0-9'’‘\"“”&.,:;!?%/()-]*|&)(?:\s+|$)){3,}"
)
# A number ending a run of capitals opens the subheadline after it: "... PROJECTS  3 Million
# to Expand ...".
_TRAILING_NUMBER = re.compile(r"\s+\$?[0-9][0-9.,]*$")
# A dateline: "KANSAS CITY, MO – U.S. Senator ..." opens the body, not a headline.
_DATELINE_DASH = re.compile(r"\s*[-–—]\s")
# A headline glued to the body or subheadline after it, as scraped: "... Failed to File
# ReturnAnna Allen and ...". Three lower-case letters before the capital keep "McQueen",
# "MacBride", "DeKalb" whole.
_GLUED = re.compile(r"(?<=[a-z]{3})(?=[A-Z][a-z])")
_SEPARATOR_AFTER = re.compile(r"^(?:\s{2,}|\s*\n|\s*[-–—|]\s|\s*\.\s|\s*\(?[A-Z]{2,}\)?\s*[-–—_])")
# A segment of the top of the page: a line, or a stretch between runs of 3+ spaces where a
# scrape without line breaks kept the layout as spaces.
_SEGMENT = re.compile(r"(?:(?! {3})[^\n])+")
_DATE_SET_APART = re.compile(r"(?:\S+\s+){2,}(\S+)(?:\s{2,}|\s+[-–—|]\s*)$")
# Words a date follows in a sentence ("scheduled for  Aug 14"), not at a headline's end.
_BEFORE_DATE = {"on", "for", "by", "since", "until", "from", "of", "in", "and", "the", "to"}
# What may stand before a date line's date: a weekday, a label ("Date  04 20 2005").
_WEEKDAY_ONLY = re.compile(r"\s*(?:(?:[A-Z][a-z]+day|Date:?),?\s*)?$")
# A contact line on top ("Contact  Wes Hickman  202 224 5972"): a phone number, no headline.
_PHONE_NUMBER = re.compile(r"(?<!\d)\(?\d{3}\)?[\s./-]{1,3}\d{3}[\s./-]{1,3}\d{4}(?!\d)")
# Run on after a headline on its line: a contact label, a dateline ("... from Price-Gouging
# Washington-- With oil prices ...", "... Business Summit Lafayette, IN-- U.S. Senator ...").
_CONTACT_AFTER = re.compile(r"\s+(?:Press |Media )?Contacts?:?\s+[A-Z]")
_DATELINE_AFTER = re.compile(
    r"\s+[A-Z][A-Za-z]+(?:,\s?(?:[A-Z]{2}|[A-Z][a-z]{1,4}\.|D\.\s?C\.?))?\s?--\s"
)
_ARTICLES = {"the", "a", "an", "his", "her", "their", "its"}
_FURNITURE = tuple(sorted(load_lexicon("furniture.txt"), key=len, reverse=True))
# A state's name ends a dateline in capitals: "EAST BOOTHBAY  MAINE Senator Susan Collins ...".
_STATES = STATE_NAMES | {"dc", "d c", "d.c."}


def _is_dateline(run: str) -> bool:
    words = run.split()
    return len(words) <= 4 and any(fold(" ".join(words[-n:])) in _STATES for n in (1, 2, 3))


def _furniture_prefix(seg: str) -> str | None:
    low = seg.lower()
    for f in _FURNITURE:
        if low.startswith(f) and not low[len(f) : len(f) + 1].isalpha():
            return f
    return None


def is_furniture(seg: str) -> bool:
    return _furniture_prefix(seg) is not None


def _is_masthead(doc: Doc | None, start: int, end: int) -> bool:
    """ "U S Senator Patty Murray", "United States Senator John Thune", "Senator Mark Pryor
    Press Releases": the office's name on top of the page, a person and a title, no news."""
    span = doc.char_span(start, end, alignment_mode="expand") if doc is not None else None
    if span is None:
        return False
    people = doc._.pm_person_chars or set()
    named = False
    for t in span:
        if t.idx in people:
            named = True
        elif is_furniture(text_of(doc)[t.idx : span.end_char]):
            break  # "Press Releases" after the name
        elif not (
            t.is_space
            or t.is_punct
            or t.lower_ in ("from", "of")  # "Bill Nelson, U.S. Senator from Florida:"
            or is_honorific(t.text)
            or is_title_head(t)
            or t.ent_type_ == "GPE"
            # "U S": "U.S." stripped; a party and a state: "Senator Tom Harkin  D IA"
            or (len(t.text) <= 2 and t.text.isupper())
        ):
            return False
    return named


def find_title(
    text: str, dates: list[FoundDate] = (), doc: Doc | None = None
) -> tuple[str, tuple[int, int]] | None:
    """A headline when the text opens with one; None when it opens with body prose.

    The first segments of the page are read in turn: furniture ("FOR IMMEDIATE RELEASE",
    "Press Release"), a date or a dateline ("Washington DC") and the office's masthead
    ("U S Senator Patty Murray") are passed over; the first segment that reads as a headline
    is the title: a line of its own, a run of capitals, or a short stretch of mostly
    capitalized words. Body prose first means no title.
    """
    segments = list(_SEGMENT.finditer(text, 0, 1500))[:8]
    for n, m in enumerate(segments):
        start, end = m.start(), m.end()
        # A release label goes on to the date and the headline in scraped one-line pages:
        # "FOR IMMEDIATE RELEASE  July 6  2005 Schumer  Over  478 000 Awarded to ...".
        label = _furniture_prefix(text[start:end].lstrip())
        if label and label.endswith(("release", "releases", "room")):
            start = text.index(text[start:end].lstrip(), start) + len(label)
        # A date at the segment's start is a date line, not part of the headline.
        for d in dates:
            if start <= d.span[0] and _WEEKDAY_ONLY.match(text, start, d.span[0]):
                start = d.span[1]
        seg = text[start:end]
        start += len(seg) - len(seg.lstrip(" ,.:;-–—|"))
        seg = text[start:end].rstrip()
        end = start + len(seg)
        # A full date set apart after the headline's words ends it: "Casey on Afghanistan
        # Hearing  March 8, 2007 WASHINGTON, DC ..." (not "scheduled for Aug. 14, 2013").
        dated = next(
            (d for d in dates if start < d.span[0] < end and d.start.year and d.start.day), None
        )
        apart = dated and _DATE_SET_APART.search(text, start, dated.span[0])
        if apart and apart.group(1).lower() not in _BEFORE_DATE:
            end = start + len(text[start : dated.span[0]].rstrip(" ,.-–—|"))
            seg = text[start:end]
        words = seg.split()
        if not words or is_furniture(seg) or (len(words) < 4 and len(seg) < 30):
            continue
        if _PHONE_NUMBER.search(seg):
            continue
        # What a scrape ran on after the headline ends it, once it has four words: a contact
        # label ("... Commission Report Contact  Erin Rath"), a dateline ("... Washington--").
        for after in (_CONTACT_AFTER, _DATELINE_AFTER):
            if (cut := after.search(seg)) and len(seg[: cut.start()].split()) >= 4:
                end = start + cut.start()
                seg = text[start:end]
                words = seg.split()
        if _is_masthead(doc, start, end):
            continue
        caps = _UPPER_RUN.match(seg)
        if caps and sum(c.isalpha() for c in caps.group()) >= 12:
            run = caps.group().rstrip(" ,:;")
            if (_DATELINE_DASH.match(seg, len(run)) or _is_dateline(run)) and len(seg) > len(
                run
            ) + 3:
                return None  # "KANSAS CITY, MO – U.S. Senator Kit Bond today joined ..."
            if caps.end() < len(seg):
                run = _TRAILING_NUMBER.sub("", run)
            if run.split()[-1].lower() in _CUT_AFTER:
                return _continued(text, run, start, start + len(run), segments[n + 1 : n + 2], doc)
            return run, (start, start + len(run))
        # A headline glued to what follows it: it ends there, as if on a line of its own.
        glued = _GLUED.search(seg, 0, 300)
        if glued and glued.start() < len(seg) and len(seg[: glued.start()].split()) >= 4:
            end = start + glued.start()
            seg = text[start:end]
            words = seg.split()
        if len(words) > 30 or len(seg) > 300 or re.search(r"[.;:,]$", seg):
            return None
        # Spaces may pad the line out: "Complaints over drug seizures continue to mount      \n".
        rest = text[end : end + 400].lstrip(" \t")
        own_line = (rest[:1] in ("\n", "") and bool(text[end:].strip())) or (
            end < m.end() and (dated or glued)
        )
        long_words = [w for w in words if len(w) >= 4 and w[:1].isalpha()]
        capitalized = sum(w[:1].isupper() for w in long_words) / max(1, len(long_words))
        if own_line and (capitalized >= 0.6 or not glued):
            return _without_subheading(text, start, end, doc)
        # Headlines speak in the present ("Kerry Says", "Congress Passes"); a long stretch
        # where a past-tense verb takes an article ("applauded the efforts") is the body's
        # opening sentence with its period lost.
        span = doc.char_span(start, end, alignment_mode="expand") if doc is not None else None
        told = span is not None and any(
            t.tag_ == "VBD" and t.i + 1 < span.end and t.nbor().lower_ in _ARTICLES for t in span
        )
        if capitalized >= 0.6 and not (told and len(words) >= 10):
            _seg, (start, end) = _continued(text, seg, start, end, segments[n + 1 : n + 2], doc)
            return _without_subheading(text, start, end, doc)
        return None
    return None


# A verb of saying takes a clause ("Kerry Says Bush ... Hurts Science"), no subheading.
_SAYS = re.compile(r"(?:Says|Warns|Argues|Claims|Believes|Thinks|Hopes|Fears|Insists)$")


def _without_subheading(text, start, end, doc) -> tuple[str, tuple[int, int]]:
    """A one-line scrape runs the headline into its subheading with no separator: "...
    Ohio Families Facing Foreclosure Brown Announces Initiatives ...", "... To Injured Wyo
    Soldier Senator Tours Walter Reed ...". The headline ends before a person, a title or a
    word set apart by a stripped mark's two spaces ("... of Tennessee  State Receives ...")
    opening a clause of its own with a verb in the present, once it has four words."""
    span = doc.char_span(start, end, alignment_mode="expand") if doc is not None else None
    people = (doc._.pm_person_chars or set()) if doc is not None else set()
    surnames = {p.last for p in (doc._.pm_officials or [])} if doc is not None else set()
    words = [t for t in span or () if not t.is_space]
    for k in range(4, len(words) - 2):
        who, verb, before = words[k], words[k + 1], words[k - 1]
        named = who.idx in people or fold(who.text) in surnames
        opens = (
            (named and before.idx not in people)
            or (is_title_head(who) and not is_title_head(before))
            # where a stripped mark left two spaces: "... of Tennessee  State Receives ..."
            or (who.is_title and text[before.idx + len(before.text) : who.idx] == "  ")
        )
        if (
            opens
            and re.fullmatch(r"[A-Z][a-z]+[^s]s", verb.text)
            and verb.idx not in people
            and before.text[:1].isupper()
            # "... Bill Contains Conrad Provisions": the person is the verb's object.
            and not before.text.endswith("s")
            and before.lower_ not in _CUT_AFTER
            and not any(_SAYS.match(t.text) for t in words[:k])
        ):
            end = before.idx + len(before.text)
            break
    return text[start:end], (start, end)


# A headline does not end with these: the layout broke it ("... Announce  2 85 Million for
# [spaces] Rogers Municipal Airport", "... BUDGET HEARING ON FUTURE OF [spaces] NATIONAL ...").
_CUT_AFTER = {"of", "for", "on", "to", "the", "and", "in", "with", "at", "a", "an", "from", "by"}


def _continued(text, seg, start, end, following, doc) -> tuple[str, tuple[int, int]]:
    """A headline the layout broke over two segments goes on in the next one when that
    opens as no headline does ("... On Documents   Relating To The Roberts Nomination"), or
    when the first ends where no headline does."""
    if following and doc is not None and "\n" not in text[end : following[0].start()]:
        nxt = following[0]
        first = doc.char_span(nxt.start(), nxt.end(), alignment_mode="expand")
        words = [t for t in first or () if not t.is_space]
        cut = seg.split()[-1].lower() in _CUT_AFTER and not is_furniture(nxt.group().strip())
        if (
            words
            and (cut or words[0].is_lower or words[0].tag_ in ("VBG", "TO"))
            and len(words) < 12
        ):
            end = nxt.start() + len(nxt.group().rstrip())
            return text[start:end], (start, end)
    return seg, (start, end)


# The page's clock, not the release's date: "Today: July 24, 2008" on a scraped page.
_CLOCK = re.compile(r"\btoday\s*(?:is|:)\s*$", re.IGNORECASE)


def title_of(doc: Doc) -> tuple[str, tuple[int, int]] | None:
    """find_title on a pipeline's doc, read once: the quotes, the outcomes and the record
    all need it (a statement's author is in it, the release date follows it)."""
    if doc._.pm_title is None:
        doc._.pm_title = (find_title(text_of(doc), doc._.pm_dates or [], doc),)
    return doc._.pm_title[0]


def published_of(doc: Doc) -> FoundDate | None:
    """The release's own date, read after its headline as the record reads it."""
    title = title_of(doc)
    return find_published(text_of(doc), doc._.pm_dates or [], title[1][1] if title else 0)


def near_top(text: str, char: int, title_end: int) -> bool:
    """Whether a character is at the top of a release: in its first 500 characters or the
    300 after its headline, a run of spaces counted as one (scrapes pad lines with them)."""
    return _visible(text, 0, char) <= 500 or _visible(text, title_end, char) <= 300


def _visible(text: str, start: int, end: int) -> int:
    return len(" ".join(text[start:end].split()))


def find_published(text: str, dates: list[FoundDate], title_end: int) -> FoundDate | None:
    """The first full date at the top that stands as a date line or dateline."""
    for d in dates:
        if not near_top(text, d.span[0], title_end):
            break
        if d.end is not None or d.start.year is None or d.start.day is None:
            continue
        line_start = text.rfind("\n", 0, d.span[0]) + 1
        lead = text[max(line_start, title_end) : d.span[0]]
        if _CLOCK.search(lead):
            continue
        if len(lead.split()) <= 6 or _SEPARATOR_AFTER.match(text[d.span[1] : d.span[1] + 12]):
            return d
    return None


if not Doc.has_extension("pm_title"):
    Doc.set_extension("pm_title", default=None)
