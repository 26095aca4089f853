from pathlib import Path

import pytest

from pressmine.pipeline import extract_text, load

SAMPLES = Path(__file__).resolve().parents[1] / "samples"


@pytest.fixture(scope="session")
def nlp():
    return load()


@pytest.fixture(scope="session")
def extract(nlp):
    """Extract a record from a string; spans must index that string."""

    def run(text, reference=None):
        record = extract_text(nlp, text, reference=reference)
        for item in record.dates:
            assert text[item.span[0] : item.span[1]] == item.text
        for item in record.quotes + record.outcomes:
            assert text[item.span[0] : item.span[1]] == item.text
        return record

    return run


@pytest.fixture(scope="session")
def sample():
    def read(name):
        return (SAMPLES / name).read_text(encoding="utf-8")

    return read
