"""Locate and load what the pipeline reads from models/: patterns, lexicons, config."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path


@cache
def models_dir() -> Path:
    # In a wheel, models/ is installed as pressmine/models; in a source checkout
    # (editable install, tests) it sits at the top of the repository.
    packaged = Path(__file__).parent / "models"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2] / "models"


@cache
def load_json(name: str):
    with open(models_dir() / name, encoding="utf-8") as fh:
        return json.load(fh)


@cache
def load_lexicon(name: str) -> frozenset[str]:
    """A plain-text lexicon: one entry per line, '#' starts a comment."""
    entries = set()
    with open(models_dir() / name, encoding="utf-8") as fh:
        for line in fh:
            line = line.split("#", 1)[0].strip()
            if line:
                entries.add(line)
    return frozenset(entries)
