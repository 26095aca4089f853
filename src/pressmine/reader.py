"""Reading input: bytes from a path or stdin, decoded to the text that spans index."""

from __future__ import annotations

import codecs
import datetime as dt
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

# spaCy's own guard against texts that would need gigabytes of memory; --max-chars changes it.
MAX_CHARS = 1_000_000
INPUT_FORMATS = ("auto", "text", "html")


class InputError(Exception):
    """An input that cannot be read as a release; str() is the one-line reason and `path`
    names the input (a file, "-", or "feed.jsonl:LINE")."""

    def __init__(self, reason: str, path: str | None = None):
        super().__init__(reason)
        self.path = path


@dataclass
class Input:
    path: str
    data: bytes
    text: str
    encoding: str
    warnings: list[str] = field(default_factory=list)
    # What an HTML page says about itself; it outranks what the text suggests.
    title: str | None = None
    published: dt.date | None = None
    # The record's own identifier in a JSONL feed (--id-field).
    id: str | None = None

    @property
    def hints(self) -> dict:
        """Keyword arguments for pipeline.to_record."""
        return {"title": self.title, "published": self.published}


_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# When charset-normalizer finds several encodings equally plausible (short text often
# decodes cleanly in many code pages), the ones press releases in our languages use win.
# Latin-1 text decodes identically as Windows-1252 unless it holds C1 control codes.
_PREFERRED = ("cp1252", "cp1251", "latin_1", "utf_16_le", "utf_16_be")
# How much of a large input charset-normalizer looks at: enough to decide, fast to read.
_SAMPLE = 1 << 16


def _controls(chars) -> int:
    """Control characters that do not occur in text (tab, line and page breaks do)."""
    return sum(c < 32 and c not in (9, 10, 12, 13) for c in chars)


def _decode_as(data: bytes, encoding: str) -> tuple[str, list[str]]:
    """Decode, replacing invalid bytes with U+FFFD rather than failing, and say so."""
    try:
        return data.decode(encoding), []
    except UnicodeDecodeError as exc:
        name = codecs.lookup(encoding).name
        return data.decode(encoding, errors="replace"), [
            f"invalid {name} bytes replaced with U+FFFD (the first at byte {exc.start})"
        ]


def _detect(data: bytes) -> str | None:
    """The encoding charset-normalizer finds most plausible, None when none fits."""
    from charset_normalizer import from_bytes

    matches = from_bytes(data[:_SAMPLE])
    best = matches.best()
    if best is None:
        return None
    tied = [m for m in matches if (round(m.chaos, 2), round(m.coherence, 2))
            == (round(best.chaos, 2), round(best.coherence, 2))]  # fmt: skip
    candidates = {name for m in tied for name in m.could_be_from_charset}
    return next((name for name in _PREFERRED if name in candidates), best.encoding)


def decode(data: bytes) -> tuple[str, str, list[str]]:
    """Text, the encoding it was read as, and warnings. Raises InputError for binary data."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            text, warnings = _decode_as(data, encoding)
            return text, encoding, warnings
    sample = data[:8192]
    if b"\x00" in sample:
        # NUL bytes mean binary data, unless this is UTF-16 (or -32) without a byte-order
        # mark, where every ASCII character carries one. Detection reads whole code units:
        # a file cut short would hide the encoding.
        encoding = _detect(data[: len(data) & ~3])
        if not encoding or not encoding.startswith(("utf_16", "utf_32")):
            raise InputError("not text (binary data)")
        text, warnings = _decode_as(data, encoding)
        if _controls(map(ord, text[:4096])) > len(text[:4096]) * 0.05:
            raise InputError("not text (binary data)")
        name = codecs.lookup(encoding).name
        return text, name, [f"no byte-order mark: read as {name} (detected)", *warnings]
    if _controls(sample) > len(sample) * 0.05:
        raise InputError("not text (binary data)")
    # The fast path: nearly all input is UTF-8 (ASCII is UTF-8).
    try:
        return data.decode("utf-8"), "utf-8", []
    except UnicodeDecodeError:
        pass
    # UTF-8 with a few corrupt bytes stays UTF-8: legacy code pages rarely form valid
    # multi-byte UTF-8 sequences, so twice as many non-ASCII characters read as bytes
    # replaced says the text is UTF-8.
    text, warnings = _decode_as(data, "utf-8")
    if sum(ord(c) > 127 for c in text) > 2 * text.count("\ufffd"):
        return text, "utf-8", warnings
    encoding = _detect(data)
    if encoding is None:
        text, warnings = _decode_as(data, "cp1252")
        return text, "cp1252", ["input is not UTF-8, nor any encoding: read as cp1252", *warnings]
    text, warnings = _decode_as(data, encoding)
    name = codecs.lookup(encoding).name
    return text, name, [f"input is not UTF-8: read as {name} (detected)", *warnings]


def os_reason(exc: OSError, path: str) -> str:
    """The one-line reason an input could not be opened."""
    if isinstance(exc, FileNotFoundError):
        return "dangling symbolic link" if Path(path).is_symlink() else "no such file"
    if isinstance(exc, IsADirectoryError):
        return "is a directory"
    if isinstance(exc, PermissionError):
        return "permission denied"
    return exc.strerror or str(exc)


_HTML_START = re.compile(
    r"\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)\b", re.I | re.S
)


def is_html(path: str, text: str, input_format: str = "auto") -> bool:
    """html or text as asked; auto: by the file's extension, else by how the text starts."""
    if input_format != "auto":
        return input_format == "html"
    if path.lower().endswith((".html", ".htm")):
        return True
    return bool(_HTML_START.match(text[:4096]))


def prepare(
    path: str,
    data: bytes,
    text: str,
    encoding: str,
    warnings: list[str],
    *,
    max_chars: int = MAX_CHARS,
    truncate: bool = False,
    input_format: str = "auto",
    id: str | None = None,
) -> Input:
    """The Input for decoded text: an HTML page reduced to its release, the length checked."""
    warnings = list(warnings)
    title = published = None
    if is_html(path, text, input_format):
        from . import webpage

        page = webpage.extract(text)
        text, title, published = page.text, page.title, page.published
        warnings.extend(page.warnings)
    if len(text) > max_chars:
        if not truncate:
            raise InputError(
                f"too long ({len(text):,} characters > {max_chars:,}; use --truncate)", path
            )
        warnings.append(
            f"truncated: kept the first {max_chars:,} of {len(text):,} characters (--truncate)"
        )
        text = text[:max_chars]
    if not text.strip():
        warnings.append("empty input: no text to extract from")
    return Input(path, data, text, encoding, warnings, title, published, id)


def read(
    path: str,
    *,
    max_chars: int = MAX_CHARS,
    truncate: bool = False,
    input_format: str = "auto",
) -> Input:
    """Read and decode one input; "-" is standard input."""
    try:
        data = sys.stdin.buffer.read() if path == "-" else Path(path).read_bytes()
    except OSError as exc:
        raise InputError(os_reason(exc, path), path) from None
    try:
        text, encoding, warnings = decode(data)
    except InputError as exc:
        raise InputError(str(exc), path) from None
    return prepare(path, data, text, encoding, warnings, max_chars=max_chars,
                   truncate=truncate, input_format=input_format)  # fmt: skip
