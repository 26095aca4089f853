"""Every input an analyst has: encodings, HTML pages, JSONL feeds, and bad input."""

import codecs
import html
import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from pressmine.cli import main
from pressmine.feeds import read_jsonl
from pressmine.pipeline import extract_texts, make_source
from pressmine.reader import InputError, decode, prepare, read

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
DATA = Path(__file__).resolve().parent / "data"
HTML_CORPUS = ROOT.parent / "shared" / "corpus" / "doj"

RUSSIAN = "Министерство иностранных дел России заявило, что переговоры продолжатся в Москве."
CURLY = "“We are proud of this agreement,” said José Núñez, the café’s owner — in Zürich."
FRENCH = "Le ministre a déclaré à Genève que l'accord était signé. Façade, garçon, naïve."


def record_for(nlp, item):
    source = make_source(item.path, item.data, item.text, item.encoding, item.id)
    return next(extract_texts(nlp, [(item.text, source, item.warnings, item.hints)]))


def run(args, **kwargs):
    """Records and the stderr error lines of a jsonl run; every input has one line out."""
    result = CliRunner().invoke(main, ["extract", "--format", "jsonl", *args], **kwargs)
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    records = [x for x in lines if "error" not in x]
    errors = [e for e in result.stderr.splitlines() if e.startswith("pressmine: error: ")]
    assert len(errors) == len(lines) - len(records)  # an error line for each failure
    assert "Traceback" not in result.stderr
    return result, records, errors


# Encodings


@pytest.mark.parametrize(
    ("text", "encoded", "encoding"),
    [
        (CURLY, codecs.BOM_UTF8 + CURLY.encode("utf-8"), "utf-8-sig"),
        (CURLY, codecs.BOM_UTF16_LE + CURLY.encode("utf-16-le"), "utf-16"),
        (CURLY, codecs.BOM_UTF16_BE + CURLY.encode("utf-16-be"), "utf-16"),
        (CURLY, CURLY.encode("utf-16-le"), "utf-16-le"),
        (RUSSIAN, RUSSIAN.encode("utf-16-be"), "utf-16-be"),
        (CURLY, CURLY.encode("cp1252"), "cp1252"),
        (RUSSIAN, RUSSIAN.encode("cp1251"), "cp1251"),
        ("Москва, 3 февраля", "Москва, 3 февраля".encode("cp1251"), "cp1251"),
        ("Café à Genève", "Café à Genève".encode("latin-1"), "cp1252"),
    ],
)
def test_encodings_are_detected(text, encoded, encoding):
    decoded, found, warnings = decode(encoded)
    assert decoded == text and found == encoding
    # A guessed encoding says it was guessed; a byte-order mark needs no warning.
    assert bool(warnings) == (not encoded.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE,
                                                      codecs.BOM_UTF16_BE)))  # fmt: skip


def test_latin1_reads_as_windows_1252():
    # Latin-1 and Windows-1252 read the same bytes the same way outside 0x80-0x9F (control
    # codes in Latin-1), so Latin-1 text is recorded as the superset, Windows-1252.
    text, encoding, _ = decode(FRENCH.encode("latin-1"))
    assert text == FRENCH and encoding == "cp1252"


def test_invalid_utf8_bytes_are_replaced_and_reported(tmp_path):
    path = tmp_path / "bad.txt"
    path.write_bytes(CURLY.encode("utf-8").replace("Zürich".encode(), b"Z\xfcrich"))
    item = read(str(path))
    assert item.encoding == "utf-8" and "Z\ufffdrich" in item.text and "José" in item.text
    assert any("invalid utf-8 bytes" in w for w in item.warnings)


def test_cp1252_release_through_the_pipeline(nlp, tmp_path):
    path = tmp_path / "legacy.txt"
    path.write_bytes((SAMPLES / "002_5735756d87d60dec.txt").read_text("utf-8").encode("cp1252"))
    item = read(str(path))
    record = record_for(nlp, item)
    assert record.source.encoding == "cp1252"
    assert record.source.chars == len(item.text) and "“In order" in item.text
    assert any(q.text.startswith("In order") for q in record.quotes)


# HTML


def test_corpus_page_gives_headline_and_date(nlp):
    item = read(str(DATA / "release_02614.html"))
    record = record_for(nlp, item)
    headline = "Deputy Attorney General Sally Q. Yates Statement on the President's Recent"
    assert record.title.startswith(headline)
    start, end = record.title_span
    assert item.text[start:end] == record.title
    # This page states its date in the main text, so the date points at those words.
    assert record.published.date == "2016-06-03"
    start, end = record.published.span
    assert item.text[start:end] == record.published.text == "June 3, 2016"
    assert "<" not in item.text and "Clemency" in item.text


def test_emit_text_gives_the_main_text_that_spans_index():
    result, records, errors = run(["--emit-text", str(DATA / "release_02614.html")])
    assert result.exit_code == 0 and not errors
    record = records[0]
    text = record["text"]
    assert record["source"]["chars"] == len(text) and "<" not in text
    assert text[slice(*record["title_span"])] == record["title"]
    assert text[slice(*record["published"]["span"])] == "June 3, 2016"


def test_page_date_not_in_the_text_has_no_span(nlp):
    page = (
        "<!DOCTYPE html><html><head><title>Site</title>"
        '<meta property="og:title" content="Senator Smith Announces Water Grant">'
        '<meta property="article:published_time" content="2007-03-05T10:00:00">'
        "</head><body><nav><a href='/'>Home</a></nav><article><p>WASHINGTON - Senator John "
        "Smith said the Department of Energy awarded one million dollars to the University "
        "of Iowa for research on clean water in rural communities.</p></article></body></html>"
    )
    item = prepare("grant.html", page.encode("utf-8"), page, "utf-8", [])
    record = record_for(nlp, item)
    assert record.title == "Senator Smith Announces Water Grant"
    assert item.text.startswith(record.title + "\n")  # put first: trafilatura left it out
    assert record.published.date == "2007-03-05" and record.published.span is None
    assert "Home" not in item.text


def test_input_format_sniffs_and_can_be_forced(tmp_path):
    page = "<!doctype html><html><body><h1>A Headline Here</h1><p>Body text of it.</p></body>"
    path = tmp_path / "page.txt"
    path.write_text(page)
    assert read(str(path)).title == "A Headline Here"
    assert read(str(path), input_format="text").text == page
    plain = tmp_path / "plain.html"
    plain.write_text("Not a page at all.\n")
    assert read(str(plain), input_format="text").title is None


def test_same_release_as_text_html_and_jsonl(nlp, tmp_path):
    text = (SAMPLES / "002_5735756d87d60dec.txt").read_text(encoding="utf-8")
    head, *paras = [p for p in text.split("\n\n") if p.strip()]
    page = (
        "<!DOCTYPE html><html><head><meta charset='utf-8'></head><body><article>"
        f"<h1>{html.escape(head)}</h1>"
        + "".join(f"<p>{html.escape(p)}</p>" for p in paras)
        + "</article></body></html>"
    )
    (tmp_path / "r.txt").write_text(text, encoding="utf-8")
    (tmp_path / "r.html").write_text(page, encoding="utf-8")
    (tmp_path / "r.jsonl").write_text(json.dumps({"body": text}) + "\n", encoding="utf-8")
    items = [read(str(tmp_path / "r.txt")), read(str(tmp_path / "r.html"))]
    items += list(read_jsonl(str(tmp_path / "r.jsonl"), text_field="body"))

    def facts(record):
        return (
            sorted((o.name, o.title, o.organization) for o in record.officials),
            sorted(o.name for o in record.organizations),
            sorted((d.text, d.start, d.end) for d in record.dates),
            record.title,
        )

    as_text, as_html, as_jsonl = (facts(record_for(nlp, item)) for item in items)
    assert as_text == as_html == as_jsonl
    assert as_text[0] and as_text[1]


@pytest.mark.skipif(not HTML_CORPUS.is_dir(), reason="the shared corpus is not here")
def test_html_corpus_headlines_and_dates():
    """The reader's headline and date agree with the page's own markup on >= 98% of the
    corpus pages (scripts/html_acceptance.py checks the records end to end)."""
    spec = importlib.util.spec_from_file_location(
        "html_acceptance", ROOT / "scripts" / "html_acceptance.py"
    )
    check = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(check)
    pages = sorted(HTML_CORPUS.glob("*.html"))
    titles = dates = 0
    for path in pages:
        item = read(str(path))
        title, date = check.page_facts(path)
        titles += item.title == title
        dates += (item.published.isoformat() if item.published else None) == date
    assert len(pages) == 100
    assert titles >= 98 and dates >= 98


# JSONL feeds


def test_jsonl_feed_with_bad_lines(tmp_path):
    feed = tmp_path / "feed.jsonl"
    lines = [
        json.dumps({"url": "https://x/1", "body": "The Senate passed the bill on May 2, 2007."}),
        "{not json",
        json.dumps({"url": "https://x/3", "text": "no body field"}),
        json.dumps({"url": "https://x/4", "body": 42}),
        "",
        json.dumps(["an", "array"]),
        json.dumps({"url": 7, "body": "Senator Kerry spoke.\ud800"}),
        json.dumps({"body": "No id on this one."}),
    ]
    feed.write_bytes("\n".join(lines).encode("utf-8") + b"\n\xff\xfe{}\n")
    result, records, errors = run(["--jsonl-input", "--text-field", "body", "--id-field", "url",
                                   str(feed)])  # fmt: skip
    assert result.exit_code == 1
    assert [r["source"]["path"] for r in records] == [f"{feed}:1", f"{feed}:7", f"{feed}:8"]
    assert [r["source"]["id"] for r in records] == ["https://x/1", "7", None]
    assert records[0]["dates"][0]["start"] == "2007-05-02"
    assert any("surrogate" in w for w in records[1]["warnings"])
    assert any("'url'" in w for w in records[2]["warnings"])
    assert len(errors) == 5
    assert f"{feed}:2: invalid JSON" in errors[0]
    assert f"{feed}:3: no 'body' field" in errors[1]
    assert f"{feed}:4: field 'body' is a number, not a string" in errors[2]
    assert f"{feed}:6: not a JSON object but an array" in errors[3]
    assert f"{feed}:9: not UTF-8" in errors[4]


def test_jsonl_from_stdin_is_an_array_in_json_format():
    feed = "\n".join(json.dumps({"text": t}) for t in ("First release.", "Second release."))
    result = CliRunner().invoke(
        main, ["extract", "--format", "json", "--jsonl-input", "-"], input=feed
    )
    assert result.exit_code == 0
    assert [r["source"]["path"] for r in json.loads(result.stdout)] == ["-:1", "-:2"]


def test_feed_options_need_jsonl_input_and_a_positive_limit():
    result = CliRunner().invoke(main, ["extract", "--id-field", "url", "x.txt"])
    assert result.exit_code == 2 and "--jsonl-input" in result.output
    result = CliRunner().invoke(main, ["extract", "--max-chars", "0", "x.txt"])
    assert result.exit_code == 2


# Bad input


def test_too_long_is_an_error_unless_truncated(tmp_path):
    path = tmp_path / "long.txt"
    path.write_text("The Senate met. " * 100)
    with pytest.raises(InputError, match=r"too long \(1,600 characters > 1,000; use --truncate\)"):
        read(str(path), max_chars=1000)
    item = read(str(path), max_chars=1000, truncate=True)
    assert len(item.text) == 1000 and "truncated" in item.warnings[0]


def test_too_long_on_the_command_line(tmp_path):
    path = tmp_path / "long.txt"
    path.write_text("The Senate met on May 2, 2007. " * 50)
    result, records, errors = run(["--max-chars", "300", str(path)])
    assert result.exit_code == 1 and not records
    assert errors == [
        f"pressmine: error: {path}: too long (1,550 characters > 300; use --truncate)"
    ]
    result, records, errors = run(["--max-chars", "300", "--truncate", "--emit-text", str(path)])
    assert result.exit_code == 0 and len(records[0]["text"]) == 300
    assert records[0]["source"]["chars"] == 300


def malformed_corpus(tmp: Path) -> dict[str, str]:
    """Twenty bad or odd inputs, each with what it must give: a record or an error."""
    release = (SAMPLES / "002_5735756d87d60dec.txt").read_text(encoding="utf-8")
    files = {
        "empty.txt": b"",
        "whitespace.txt": b"  \n\t\r\n   \n",
        "bom_only.txt": codecs.BOM_UTF8,
        "image.png": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4,
        "nul_laden.txt": b"The Senate\x00 met\x00\x00 today.\x00" * 20,
        "controls.txt": b"\x01\x02\x03\x04abc\x05\x06\x07\x08" * 50,
        "too_long.txt": ("The Senate met. " * 400).encode(),
        "bad_utf8.txt": release.encode("utf-8") + b"\xff\xfe\xc3 more text.",
        "utf16.txt": release.encode("utf-16"),
        "utf16_nobom.txt": release.encode("utf-16-le"),
        "utf16_odd.txt": release.encode("utf-16-le")[:501],
        "cp1251.txt": RUSSIAN.encode("cp1251"),
        "old_mac.txt": release.replace("\n", "\r").encode(),
        "one_long_word.txt": ("x" * 5000).encode(),
        "broken.html": b"<html><body><h1>Senate Passes Bill</h1><p>The Senate passed <b>the",
        "no_body.html": b"<html><head><title>Only a Title</title></head></html>",
        "empty.html": b"",
        "page.txt": b"<!DOCTYPE html><html><body><p>A page saved as .txt, read as HTML.</p>",
    }
    for name, data in files.items():
        (tmp / name).write_bytes(data)
    (tmp / "folder").mkdir()
    (tmp / "dangling.txt").symlink_to(tmp / "gone.txt")
    expected = {name: "record" for name in files}
    expected.update({
        "image.png": "not text (binary data)",
        "nul_laden.txt": "not text (binary data)",
        "controls.txt": "not text (binary data)",
        "too_long.txt": "too long (6,400 characters > 5,000; use --truncate)",
        "folder": "is a directory with no files matching *.txt, *.text, *.htm, *.html",
        "missing.txt": "no such file",
        "dangling.txt": "dangling symbolic link",
    })  # fmt: skip
    return expected


def test_malformed_corpus_one_outcome_per_input(tmp_path):
    expected = malformed_corpus(tmp_path)
    assert len(expected) >= 20
    paths = [str(tmp_path / name) for name in expected]
    result, records, errors = run(["--max-chars", "5000", *paths])
    assert result.exit_code == 1
    got = {Path(r["source"]["path"]).name: "record" for r in records}
    for line in errors:
        assert line.startswith("pressmine: error: ")
        path, reason = line.removeprefix("pressmine: error: ").split(": ", 1)
        got[Path(path).name] = reason
    assert got == expected
    assert len(records) + len(errors) == len(expected)
    by_name = {Path(r["source"]["path"]).name: r for r in records}
    assert any("empty" in w for w in by_name["whitespace.txt"]["warnings"])
    assert any("invalid utf-8" in w for w in by_name["bad_utf8.txt"]["warnings"])
    assert any("invalid utf-16-le" in w for w in by_name["utf16_odd.txt"]["warnings"])
    assert by_name["utf16_nobom.txt"]["source"]["encoding"] == "utf-16-le"
    assert by_name["no_body.html"]["title"] == "Only a Title"
    assert any("no main text" in w for w in by_name["no_body.html"]["warnings"])
    page_text = "A page saved as .txt, read as HTML."  # sniffed: the markup is gone
    assert by_name["page.txt"]["source"]["chars"] == len(page_text)


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every file")
def test_unreadable_file(tmp_path):
    path = tmp_path / "secret.txt"
    path.write_text("text")
    path.chmod(0)
    result, records, errors = run([str(path)])
    assert result.exit_code == 1 and errors == [f"pressmine: error: {path}: permission denied"]


def test_stderr_holds_only_the_one_line_errors(tmp_path):
    # A real process: nothing a library logs (trafilatura on an empty page) reaches stderr.
    (tmp_path / "empty.html").write_bytes(b"")
    (tmp_path / "image.txt").write_bytes(b"\x00\x01\x02\x03" * 100)
    proc = subprocess.run(
        [sys.executable, "-m", "pressmine", "extract", "--format", "jsonl",
         str(tmp_path / "empty.html"), str(tmp_path / "image.txt"), str(tmp_path / "nope")],
        capture_output=True,
        text=True,
    )  # fmt: skip
    assert proc.returncode == 1 and len(proc.stdout.splitlines()) == 3  # one per input
    *errors, summary = proc.stderr.splitlines()
    assert errors == [
        f"pressmine: error: {tmp_path / 'image.txt'}: not text (binary data)",
        f"pressmine: error: {tmp_path / 'nope'}: no such file",
    ]
    assert summary.startswith("pressmine: 3 files, 1 records, 2 errors")
