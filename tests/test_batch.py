"""Extraction over folders: one result per input, failures kept, order, resume, formats."""

import csv
import io
import json
import os
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from pressmine import batch, pipeline
from pressmine.cli import main
from pressmine.output import CSV_HEADER

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
SMALL = ("3Nov2005Bingaman162.txt", "release_06100.txt", "release_04084.txt")


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    """A folder as found in the wild: releases in subfolders, and things that are not."""
    root = tmp_path_factory.mktemp("archive")
    (root / "b").mkdir()
    shutil.copy(SAMPLES / SMALL[0], root / "a.txt")
    shutil.copy(SAMPLES / SMALL[1], root / "b" / "c.txt")
    shutil.copy(SAMPLES / SMALL[2], root / "d.TXT")
    (root / "empty.txt").write_text("")
    (root / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20)
    (root / "gone.txt").symlink_to(root / "nowhere.txt")
    locked = root / "locked.txt"
    locked.write_text("Senator Smith said the bill passed.")
    locked.chmod(0)
    (root / "b" / "up").symlink_to(root)  # a loop
    (root / ".hidden").mkdir()
    (root / ".hidden" / "x.txt").write_text("not to be read")
    (root / "notes.md").write_text("not a release")
    yield root
    locked.chmod(0o644)


def _run(*args, **kwargs):
    return CliRunner().invoke(main, ["extract", *map(str, args)], **kwargs)


@pytest.fixture(scope="module")
def full(archive):
    return _run(archive, "--jobs", "1")


def test_one_line_per_input_with_error_lines(archive, full):
    assert full.exit_code == 1
    lines = [json.loads(x) for x in full.stdout.splitlines()]
    paths = [os.path.relpath(x["source"]["path"], archive) for x in lines]
    # Sorted by name within each folder; hidden, looping and non-matching entries skipped.
    assert paths == ["a.txt", "b/c.txt", "d.TXT", "empty.txt", "gone.txt", "image.txt",
                     "locked.txt"]  # fmt: skip
    errors = {p: x["error"] for p, x in zip(paths, lines, strict=True) if "error" in x}
    # Tests may run as root, which reads a file whatever its mode.
    locked_readable = os.access(archive / "locked.txt", os.R_OK)
    assert errors.pop("gone.txt") == "dangling symbolic link"
    assert errors.pop("image.txt") == "not text (binary data)"
    assert ("locked.txt" not in errors) if locked_readable else errors.pop("locked.txt")
    assert not errors
    assert lines[0]["officials"] and lines[3]["warnings"]
    stderr = full.stderr.splitlines()
    assert any(line.endswith("gone.txt: dangling symbolic link") for line in stderr)
    assert stderr[-1].startswith("pressmine: 7 files, ")
    assert "Traceback" not in full.stderr


def test_a_folder_with_nothing_to_read_is_an_error(tmp_path):
    (tmp_path / "releases.txt").mkdir()
    result = _run(tmp_path / "releases.txt", "--format", "jsonl")
    assert result.exit_code == 1
    assert "no files matching *.txt" in json.loads(result.stdout)["error"]


def test_two_jobs_write_what_one_job_writes(archive, full):
    result = _run(archive, "--jobs", "2", "--chunk-size", "2")
    assert result.exit_code == 1
    assert result.stdout == full.stdout


def test_resume_after_an_interruption(archive, full, tmp_path):
    lines = full.stdout.splitlines(keepends=True)
    out = tmp_path / "out.jsonl"
    # As a kill leaves it: two records, a failure worth retrying, half a line.
    retry = json.dumps({"source": {"path": json.loads(lines[2])["source"]["path"]},
                        "error": "extraction failed: MemoryError"}) + "\n"  # fmt: skip
    out.write_text(lines[0] + lines[1] + retry + lines[3][:40])
    result = _run(archive, "--jobs", "1", "-o", out, "--resume")
    assert result.exit_code == 1
    assert "2 skipped" in result.stderr
    resumed = out.read_text().splitlines(keepends=True)
    assert sorted(resumed) == sorted(lines)


def test_resume_needs_an_output_file(archive):
    result = _run(archive, "--resume")
    assert result.exit_code == 2 and "--resume needs -o FILE" in result.output


def test_csv_rows(tmp_path):
    result = _run(SAMPLES / SMALL[0], tmp_path / "missing.txt", "--format", "csv")
    assert result.exit_code == 1
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert tuple(rows[0]) == CSV_HEADER
    kinds = {row[1] for row in rows[1:]}
    assert {"title", "official", "location", "error"} <= kinds
    official = next(r for r in rows if r[1] == "official")
    text = (SAMPLES / SMALL[0]).read_text(encoding="utf-8")
    assert official[0].endswith(SMALL[0]) and text[int(official[6]) : int(official[7])]
    assert rows[-1][:3] == [str(tmp_path / "missing.txt"), "error", "no such file"]


def test_table_of_a_record():
    result = _run(SAMPLES / "002_5735756d87d60dec.txt", "--format", "table")
    assert result.exit_code == 0
    assert "sign workplan" in result.stdout and "Baimukashev" in result.stdout


def test_a_document_that_breaks_extraction_fails_alone(nlp, monkeypatch):
    real = pipeline.to_record

    def fragile(doc, original, source, *args, **kwargs):
        if "Bingaman" in original:
            raise ValueError("boom\nsecond line")
        return real(doc, original, source, *args, **kwargs)

    monkeypatch.setattr(pipeline, "to_record", fragile)
    tasks = [batch.Task(str(SAMPLES / name)) for name in SMALL]
    results = batch.process_chunk(nlp, tasks, batch.Settings())
    assert [r.error for r in results] == [
        "extraction failed: ValueError: boom second line",
        None,
        None,
    ]
    assert json.loads(results[0].line)["source"]["path"] == tasks[0].path


def test_last_chunks_shrink_so_workers_finish_together():
    sizes = [len(c) for c in batch._chunks(range(200), 16, workers=2)]
    assert [x for c in batch._chunks(range(200), 16, workers=2) for x in c] == list(range(200))
    assert sizes[:9] == [16] * 9 and sizes[-1] == 1
    assert sizes == sorted(sizes, reverse=True)
    # One worker has nobody to wait for: full chunks to the end.
    assert [len(c) for c in batch._chunks(range(33), 16)] == [16, 16, 1]


@pytest.mark.skipif(not batch.FORK, reason="the patched function reaches workers by fork")
def test_a_document_that_kills_its_worker_fails_alone(monkeypatch, tmp_path):
    """A worker killed outright (out of memory, a crash in native code) fails only the
    document it was on; its chunk's others are redone, and the run goes on."""
    real = pipeline.to_record

    def deadly(doc, original, source, *args, **kwargs):
        if "Bingaman" in original:
            os.kill(os.getpid(), 9)
        return real(doc, original, source, *args, **kwargs)

    monkeypatch.setattr(pipeline, "to_record", deadly)
    monkeypatch.setattr(batch, "WORKER_CHUNKS", 1)  # and every worker replaced after a chunk
    names = [*SMALL, "002_5735756d87d60dec.txt", "12Dec2007Brown2.txt"]
    for i, name in enumerate(names):
        shutil.copy(SAMPLES / name, tmp_path / f"{i}.txt")
    results = []
    summary = batch.run([str(tmp_path)], batch.Settings(), results.append, jobs=2, chunk_size=2)
    assert [Path(r.path).name for r in results] == [f"{i}.txt" for i in range(len(names))]
    assert [r.error for r in results] == ["the worker process died (signal 9)"] + [None] * 4
    assert (summary.files, summary.records, summary.errors) == (5, 4, 1)
