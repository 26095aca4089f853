"""Inputs as a lazy stream: files one after another, or the lines of JSONL feeds. Each item
is an Input or an InputError, so one bad input never stops the others and a batch runner
can consume the stream as it comes."""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterable, Iterator

from .reader import MAX_CHARS, Input, InputError, os_reason, prepare, read

# JSON escapes can spell lone surrogates ("\ud800"; a valid pair becomes one character),
# which no encoding can write out.
_SURROGATE = re.compile("[\ud800-\udfff]")


def inputs(
    paths: Iterable[str],
    *,
    jsonl: bool = False,
    text_field: str = "text",
    id_field: str | None = None,
    max_chars: int = MAX_CHARS,
    truncate: bool = False,
    input_format: str = "auto",
) -> Iterator[Input | InputError]:
    """Every input the paths hold: one per file, or one per line of each JSONL feed."""
    options = {"max_chars": max_chars, "truncate": truncate, "input_format": input_format}
    for path in paths:
        if jsonl:
            yield from read_jsonl(path, text_field=text_field, id_field=id_field, **options)
            continue
        try:
            yield read(path, **options)
        except InputError as exc:
            yield exc


def read_jsonl(
    path: str, *, text_field: str = "text", id_field: str | None = None, **options
) -> Iterator[Input | InputError]:
    """One Input per line of a JSONL file ("-" is standard input); a line that is not a
    record with a string in `text_field` is an InputError naming "PATH:LINE". Blank lines
    are skipped. `options` are reader.prepare's (max_chars, truncate, input_format)."""
    try:
        stream = sys.stdin.buffer if path == "-" else open(path, "rb")  # noqa: SIM115
    except OSError as exc:
        yield InputError(os_reason(exc, path), path)
        return
    try:
        for number, raw in enumerate(stream, 1):
            if not raw.strip():
                continue
            where = f"{path}:{number}"
            try:
                yield _line_input(where, raw, text_field, id_field, options)
            except InputError as exc:
                yield exc
    except OSError as exc:  # a read error part way through
        yield InputError(os_reason(exc, path), path)
    finally:
        if stream is not sys.stdin.buffer:
            stream.close()


def _line_input(
    where: str, raw: bytes, text_field: str, id_field: str | None, options: dict
) -> Input:
    try:
        # JSON Lines is UTF-8; a byte-order mark on the first line is tolerated.
        line = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"not UTF-8 (byte {exc.start} of the line)", where) from None
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(f"invalid JSON ({exc.msg} at column {exc.colno})", where) from None
    if not isinstance(obj, dict):
        raise InputError(f"not a JSON object but {_kind(obj)}", where)
    if text_field not in obj:
        raise InputError(f"no {text_field!r} field", where)
    text = obj[text_field]
    if not isinstance(text, str):
        raise InputError(f"field {text_field!r} is {_kind(text)}, not a string", where)
    warnings = []
    if _SURROGATE.search(text):
        warnings.append("lone surrogate escapes in the text replaced with U+FFFD")
        text = _SURROGATE.sub("\ufffd", text)
    ident = None
    if id_field is not None:
        value = obj.get(id_field)
        if isinstance(value, (str, int)) and not isinstance(value, bool):
            ident = _SURROGATE.sub("\ufffd", str(value))
        else:
            warnings.append(f"no string or number {id_field!r} field: record has no id")
    return prepare(where, text.encode("utf-8"), text, "utf-8", warnings, id=ident, **options)


def _kind(value) -> str:
    names = {dict: "an object", list: "an array", str: "a string", bool: "a boolean",
             int: "a number", float: "a number", type(None): "null"}  # fmt: skip
    return names.get(type(value), type(value).__name__)
