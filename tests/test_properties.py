"""Properties over arbitrary input: a valid record, no exception, every span inside the text
and equal to the words the item quotes."""

import json
import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pressmine.feeds import _line_input
from pressmine.pipeline import extract_text
from pressmine.reader import InputError, decode, prepare
from pressmine.schema import Record

# More examples when asked (PRESSMINE_EXAMPLES=500): the default keeps the suite fast.
EXAMPLES = int(os.environ.get("PRESSMINE_EXAMPLES", "50"))
SETTINGS = settings(
    max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)

# Any character but surrogates (no encoding can write those): controls, RTL, emoji...
anything = st.text(st.characters(exclude_categories=("Cs",)), max_size=200)
# ...and pieces of releases, so that the extractors have something to find and to trip on.
pieces = st.sampled_from([
    "Senator John Smith (D-Iowa)", "said today", "“We will act,” said Gov. Ann Lee.",
    "March 3, 2007", "3-5 September 2019", "WASHINGTON, D.C. -", "the U.S. Department of Energy",
    "signed an agreement", "was sentenced to 20 years in prison", "$1.5 million",
    "Contact: Jane Doe, 202-555-0100, jane@example.gov", "FOR IMMEDIATE RELEASE",
    "الأمم المتحدة", "האומות המאוחדות", "Организация Объединённых Наций", "👩‍⚖️🇺🇸",
    "\u202egnirts desrever\u202c", "x" * 3000, "ALL CAPS HEADLINE ABOUT THE BILL",
    '"', "“", "”", "(", ")", "\x00", "\x0b", "\u2028", "\ufeff", "\u00a0", "\u200b",
])  # fmt: skip
separators = st.sampled_from(["", " ", "\n", "\n\n", "\t", "\r\n", ". ", ", ", "  "])
releases = st.lists(st.tuples(st.one_of(anything, pieces), separators), max_size=25).map(
    lambda parts: "".join(p + s for p, s in parts)
)


def spans_hold(record: Record, text: str) -> None:
    def inside(span):
        assert 0 <= span[0] <= span[1] <= len(text), span

    for item in record.dates + record.quotes + record.outcomes:
        inside(item.span)
        assert text[item.span[0] : item.span[1]] == item.text
    if record.published and record.published.span:
        inside(record.published.span)
        assert text[slice(*record.published.span)] == record.published.text
    if record.title_span:
        inside(record.title_span)
        assert text[slice(*record.title_span)] == record.title
    for group in record.organizations + record.officials + record.locations:
        for span in group.mentions:
            inside(span)
    for contact in record.contacts:
        inside(contact.span)


@SETTINGS
@given(releases)
def test_any_text_gives_a_valid_record(nlp, text):
    record = extract_text(nlp, text)
    Record.model_validate_json(record.model_dump_json())
    assert record.source.chars == len(text)
    spans_hold(record, text)


@SETTINGS
@given(st.binary(max_size=2000))
def test_any_bytes_decode_or_are_refused(data):
    try:
        text, encoding, warnings = decode(data)
    except InputError as exc:
        assert str(exc).startswith("not text")
        return
    assert isinstance(text, str) and encoding
    text.encode("utf-8")  # writable: no lone surrogates


@SETTINGS
@given(st.one_of(releases, releases.map(lambda t: f"<html><body><h1>{t}</h1><p>{t}</p>")))
def test_any_text_as_html_reads(text):
    item = prepare("page.html", text.encode("utf-8"), text, "utf-8", [], input_format="html")
    if item.title:
        assert item.title in item.text


@SETTINGS
@given(st.one_of(st.binary(max_size=300), releases.map(lambda t: json.dumps({"text": t}))))
def test_any_jsonl_line_is_an_input_or_an_error(line):
    raw = line if isinstance(line, bytes) else line.encode("utf-8")
    try:
        item = _line_input("feed.jsonl:1", raw, "text", "id", {})
    except InputError as exc:
        assert exc.path == "feed.jsonl:1"
        return
    item.text.encode("utf-8")
