import json
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from pressmine.cli import main

SAMPLES = Path(__file__).resolve().parents[1] / "samples"


def test_extract_json_record():
    result = CliRunner().invoke(main, ["extract", str(SAMPLES / "002_5735756d87d60dec.txt")])
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    assert record["schema_version"] and record["source"]["chars"] > 0
    text = (SAMPLES / "002_5735756d87d60dec.txt").read_text(encoding="utf-8")
    for org in record["organizations"]:
        for s, e in org["mentions"]:
            assert text[s:e]


def test_jsonl_several_files_and_bad_ones(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20)
    args = [
        "extract",
        "--format",
        "jsonl",
        str(SAMPLES / "000_4daa6f3bfd4ccddd.txt"),
        str(empty),
        str(binary),
        str(tmp_path / "missing.txt"),
    ]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 1
    # One line per input: records, and error lines for what could not be read.
    lines = [json.loads(x) for x in result.stdout.splitlines()]
    assert len(lines) == 4
    assert any("empty" in w for w in lines[1]["warnings"])
    assert lines[2]["error"] == "not text (binary data)" and lines[3]["error"] == "no such file"
    assert "image.txt: not text" in result.stderr
    assert "missing.txt: no such file" in result.stderr
    assert "Traceback" not in result.stderr


def test_stdin_and_output_file(tmp_path):
    out = tmp_path / "out.json"
    result = CliRunner().invoke(
        main,
        ["extract", "-", "-o", str(out)],
        input="UNODC signed a workplan with the Ministry of Health.",
    )
    assert result.exit_code == 0
    assert json.loads(out.read_text())["source"]["path"] == "-"


def test_bad_reference_date_is_a_usage_error():
    result = CliRunner().invoke(main, ["extract", "--reference-date", "soon", "x.txt"])
    assert result.exit_code == 2 and "YYYY-MM-DD" in result.output


def test_schema_is_json_schema():
    result = CliRunner().invoke(main, ["schema"])
    assert json.loads(result.stdout)["title"] == "Record"


def test_no_traceback_for_a_directory(tmp_path):
    proc = subprocess.run(
        [sys.executable, "-m", "pressmine", "extract", str(tmp_path)],
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 1
    assert "is a directory" in proc.stderr and "Traceback" not in proc.stderr


def test_eval_on_seeds():
    result = CliRunner().invoke(main, ["eval", "--gold", str(SAMPLES / "gold"), "--split", "seed"])
    assert result.exit_code == 0, result.output
    assert "dates" in result.stdout and "official titles right" in result.stdout
