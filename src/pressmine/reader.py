"""Reading input: bytes from a path or stdin, decoded to the text that spans index."""

from __future__ import annotations

import codecs
import sys
from dataclasses import dataclass, field
from pathlib import Path


class InputError(Exception):
    """An input that cannot be read as a release; str() is the one-line reason."""


@dataclass
class Input:
    path: str
    data: bytes
    text: str
    encoding: str
    warnings: list[str] = field(default_factory=list)


_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    controls = sum(b < 32 and b not in (9, 10, 12, 13) for b in sample)
    return controls > len(sample) * 0.05


def decode(data: bytes) -> tuple[str, str, list[str]]:
    """Text, the encoding it was read as, and warnings. Raises InputError for binary data."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding, errors="replace"), encoding, []
    if _looks_binary(data):
        raise InputError("not text (binary data)")
    try:
        return data.decode("utf-8"), "utf-8", []
    except UnicodeDecodeError:
        pass
    # Legacy single-byte text: Windows-1252 reads every byte (Latin-1 is its subset).
    text = data.decode("cp1252", errors="replace")
    return text, "cp1252", ["input is not UTF-8: read as Windows-1252"]


def read(path: str) -> Input:
    """Read and decode one input; "-" is standard input."""
    try:
        data = sys.stdin.buffer.read() if path == "-" else Path(path).read_bytes()
    except FileNotFoundError:
        raise InputError("no such file") from None
    except IsADirectoryError:
        raise InputError("is a directory") from None
    except PermissionError:
        raise InputError("permission denied") from None
    except OSError as exc:
        raise InputError(exc.strerror or str(exc)) from None
    text, encoding, warnings = decode(data)
    if not text.strip():
        warnings.append("empty input: no text to extract from")
    return Input(path, data, text, encoding, warnings)
