"""Output formats. Each writer takes one result at a time (a JSON line from a worker) and
flushes it, so an interrupted run leaves complete lines behind.

- jsonl: one line per input, a record or an error line {"source": {"path"}, "error"}.
- json: records only (failures are on stderr): one object for a single input, indented
  on a terminal, else an array written as the records come.
- csv: one row per item, for spreadsheets (columns: CSV_HEADER, documented there).
- table: rich tables of each record, for reading on a terminal.
"""

from __future__ import annotations

import csv
import json
import textwrap
from typing import TextIO

FORMATS = ("json", "jsonl", "csv", "table")

# One row per item. name_or_text: a name, the date or outcome sentence as written, or
# the reason an input failed. detail: an official's title, an organization's acronym,
# a date in ISO 8601 (start/end for a range), an outcome's type, the published date on
# the title row. organization: an official's. amount: an outcome's money or term.
# start, end: the character span of the item (its first mention).
CSV_HEADER = ("source", "kind", "name_or_text", "detail", "organization", "amount", "start", "end")


class JsonlWriter:
    def __init__(self, stream: TextIO):
        self.stream = stream

    def write(self, result) -> None:
        self.stream.write(result.line + "\n")
        self.stream.flush()

    def close(self) -> None:
        pass


class JsonWriter:
    def __init__(self, stream: TextIO, single: bool):
        self.stream = stream
        self.single = single
        self.pretty = stream.isatty()
        self.count = 0

    def write(self, result) -> None:
        if result.error is not None:
            return
        text = result.line
        if self.pretty:
            text = json.dumps(json.loads(text), ensure_ascii=False, indent=2)
        if self.single:
            self.stream.write(text + "\n")
        elif self.pretty:
            self.stream.write(("[\n" if not self.count else ",\n") + textwrap.indent(text, "  "))
        else:
            self.stream.write(("[" if not self.count else ", ") + text)
        self.count += 1
        self.stream.flush()

    def close(self) -> None:
        # Closing the array even after Ctrl-C keeps the output a valid document.
        if not self.single:
            self.stream.write(("\n]\n" if self.pretty else "]\n") if self.count else "[]\n")
            self.stream.flush()


class CsvWriter:
    def __init__(self, stream: TextIO):
        self.stream = stream
        self.csv = csv.writer(stream)
        self.csv.writerow(CSV_HEADER)

    def write(self, result) -> None:
        self.csv.writerows(csv_rows(json.loads(result.line)))
        self.stream.flush()

    def close(self) -> None:
        pass


def csv_rows(record: dict):
    """The CSV rows of a record (or of an error line). Every input gives a row at least:
    its title row, or its error row."""
    src = record["source"]["path"]
    if "error" in record:
        yield (src, "error", record["error"], "", "", "", "", "")
        return
    published = (record["published"] or {}).get("date", "")
    yield (src, "title", record["title"] or "", published, "", "", *_span(record["title_span"]))
    for o in record["officials"]:
        yield (src, "official", o["name"], o["title"] or "", o["organization"] or "", "",
               *_span(min(o["mentions"], default=None)))  # fmt: skip
    for g in record["organizations"]:
        yield (src, "organization", g["name"], g["acronym"] or "", "", "",
               *_span(min(g["mentions"], default=None)))  # fmt: skip
    for o in record["outcomes"]:
        yield (src, "outcome", o["text"], o["type"], "", o["amount"] or "", *o["span"])
    for d in record["dates"]:
        iso = d["start"] if d["end"] is None else f"{d['start']}/{d['end']}"
        yield (src, "date", d["text"], iso, "", "", *d["span"])
    for p in record["locations"]:
        yield (src, "location", p["name"], "", "", "", *_span(min(p["mentions"], default=None)))


def _span(span) -> tuple:
    return tuple(span) if span else ("", "")


class TableWriter:
    # (field, columns) shown for each record, when the record has any.
    TABLES = (
        ("officials", ("name", "title", "organization")),
        ("organizations", ("name", "acronym", "aliases")),
        ("outcomes", ("type", "text", "amount")),
        ("dates", ("text", "start", "end")),
        ("locations", ("name",)),
        ("quotes", ("speaker", "text")),
        ("contacts", ("name", "email", "phone")),
        ("warnings", None),
    )

    def __init__(self, stream: TextIO):
        from rich.console import Console

        self.console = Console(file=stream, highlight=False)

    def write(self, result) -> None:
        from rich.markup import escape
        from rich.table import Table

        if result.error is not None:
            return
        record = json.loads(result.line)
        published = (record["published"] or {}).get("date") or "no date"
        self.console.rule(escape(record["source"]["path"]))
        self.console.print(f"[bold]{escape(record['title'] or '(no title)')}[/] ({published})")
        for name, columns in self.TABLES:
            rows = record[name]
            if not rows:
                continue
            table = Table(title=name, title_justify="left", expand=False)
            for col in columns or (name,):
                table.add_column(col, overflow="fold")
            for row in rows:
                cells = [row] if columns is None else [_cell(row[c]) for c in columns]
                table.add_row(*(escape(c) for c in cells))
            self.console.print(table)
        self.console.file.flush()

    def close(self) -> None:
        pass


def _cell(value) -> str:
    if value is None:
        return ""
    return ", ".join(value) if isinstance(value, list) else str(value)


def open_writer(fmt: str, stream: TextIO, single: bool):
    if fmt == "jsonl":
        return JsonlWriter(stream)
    if fmt == "json":
        return JsonWriter(stream, single)
    if fmt == "csv":
        return CsvWriter(stream)
    return TableWriter(stream)
