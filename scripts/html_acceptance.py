"""Acceptance check for HTML input: on every .html page of a folder, does the record's
`title` equal the page's headline and `published.date` the page's date?

The expected values are read from the page's own markup, independently of trafilatura:
the headline from <meta property="og:title"> (else the last <h1>), the date from a date
element (property="dc:date", <time datetime>, article:published_time).

    .venv/bin/python scripts/html_acceptance.py [FOLDER]   # default ../shared/corpus/doj
"""

from __future__ import annotations

import sys
from pathlib import Path

import lxml.html

from pressmine.pipeline import extract_texts, load, make_source
from pressmine.reader import read

DEFAULT = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "doj"


def _words(text: str | None) -> str | None:
    return " ".join(text.split()) if text else None


def page_facts(path: Path) -> tuple[str | None, str | None]:
    """The headline and ISO date the page's markup states."""
    tree = lxml.html.fromstring(path.read_bytes())
    og = tree.xpath('//meta[@property="og:title"]/@content')
    h1 = [_words(h.text_content()) for h in tree.xpath("//h1")]
    title = _words(og[0]) if og else (h1[-1] if h1 else None)
    dates = tree.xpath(
        '//*[@property="dc:date"]/@content | //time/@datetime'
        ' | //meta[@property="article:published_time"]/@content'
    )
    return title, (dates[0][:10] if dates else None)


def check(folder: Path) -> tuple[int, int, int, list[str]]:
    """Titles right, dates right, pages, and a line for each miss."""
    pages = sorted(folder.glob("*.htm*"))
    nlp = load()
    items = []
    for path in pages:
        item = read(str(path))
        source = make_source(item.path, item.data, item.text, item.encoding)
        items.append((item.text, source, item.warnings, item.hints))
    titles = dates = 0
    misses = []
    for path, record in zip(pages, extract_texts(nlp, items), strict=True):
        title, date = page_facts(path)
        got_date = record.published.date if record.published else None
        titles += record.title == title
        dates += got_date == date
        if record.title != title:
            misses.append(f"{path.name}: title {record.title!r}, page says {title!r}")
        if got_date != date:
            misses.append(f"{path.name}: published {got_date}, page says {date}")
    return titles, dates, len(pages), misses


def main() -> int:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    titles, dates, total, misses = check(folder)
    print("\n".join(misses))
    print(f"{folder}: titles {titles}/{total}, dates {dates}/{total}")
    return 0 if total and min(titles, dates) >= 0.98 * total else 1


if __name__ == "__main__":
    sys.exit(main())
