"""The command line: the contract JSON, the views, and one clear line for every bad input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "water-talks.ar.txt"
SHARED_EXAMPLE = ROOT.parent / "shared" / "examples" / "nato-tokyo-office.ar.txt"
CONTRACT_KEYS = {"schema", "id", "title", "source", "url", "published", "lang", "text", "sentences", "entities",
                 "quotes", "times", "events"}


def run(*args, stdin: bytes | None = None, timeout: int = 300) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "marsad.interfaces.cli", *map(str, args)], input=stdin,
                          capture_output=True, timeout=timeout, cwd=ROOT)


def spans_of(doc: dict):
    """Every (start, end, text) span in a contract document."""
    for e in doc["entities"]:
        for m in e["mentions"]:
            yield m
    for q in doc["quotes"]:
        for key in ("cue", "speaker", "content"):
            if q.get(key):
                yield q[key]
    yield from doc["times"]
    for v in doc["events"]:
        yield v["trigger"]


def assert_offsets(doc: dict) -> None:
    text = doc["text"]
    for s in doc["sentences"]:
        assert 0 <= s["start"] < s["end"] <= len(text)
    for span in spans_of(doc):
        assert text[span["start"]:span["end"]] == span["text"], span


def test_cli_version():
    r = run("--version")
    assert r.returncode == 0 and b"marsad" in r.stdout


@pytest.mark.parametrize("command", [[], ["analyze"], ["eval"]])
def test_cli_help_has_example(command):
    r = run(*command, "--help")
    assert r.returncode == 0
    assert b"Example" in r.stdout


def test_cli_analyze_json_is_the_contract():
    r = run("analyze", EXAMPLE, "--published", "2023-10-27", "--json")
    assert r.returncode == 0, r.stderr
    doc = json.loads(r.stdout)
    assert CONTRACT_KEYS <= set(doc)
    assert doc["schema"] == "marsad.article/1"
    assert doc["published"] == "2023-10-27"
    assert doc["text"] == EXAMPLE.read_text(encoding="utf-8")
    assert_offsets(doc)


@pytest.mark.skipif(not SHARED_EXAMPLE.exists(), reason="../shared is not beside the repository")
def test_cli_analyze_public_example_offsets():
    r = run("analyze", SHARED_EXAMPLE, "--published", "2023-06-06", "--json")
    assert r.returncode == 0, r.stderr
    assert_offsets(json.loads(r.stdout))


def test_cli_analyze_table_view():
    r = run("analyze", EXAMPLE)
    assert r.returncode == 0, r.stderr
    out = r.stdout.decode()
    for title in ("Entities", "Who said what", "Times"):
        assert title in out


def test_cli_analyze_html_is_rtl_and_inert(tmp_path):
    src = tmp_path / "a.txt"
    src.write_text("قال الوزير إن <script>alert(1)</script> الأمر <img src=x onerror=alert(2)> جيد.", encoding="utf-8")
    out = tmp_path / "a.html"
    r = run("analyze", src, "--format", "html", "-o", out)
    assert r.returncode == 0, r.stderr
    page = out.read_text(encoding="utf-8")
    assert 'dir="rtl"' in page
    assert "<script>" not in page and "<img" not in page
    assert "&lt;script&gt;" in page


def test_cli_analyze_stdin_and_jsonl_batch(tmp_path):
    lines = [json.dumps({"id": "a1", "text": "قال الوزير إن الوضع مستقر."}, ensure_ascii=False),
             "{not json",
             json.dumps({"id": "a2", "text": "أعلنت الحكومة خطة جديدة.", "published": "2023-01-02"},
                        ensure_ascii=False)]
    f = tmp_path / "batch.jsonl"
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    r = run("analyze", f, "--json")
    assert r.returncode == 3
    docs = [json.loads(x) for x in r.stdout.decode().splitlines()]
    assert [d["id"] for d in docs] == ["a1", "a2"]
    assert b"batch.jsonl:2" in r.stderr and b"Traceback" not in r.stderr
    r = run("analyze", "-", "--json", stdin="قال الوزير إن الوضع مستقر.".encode())
    assert r.returncode == 0 and json.loads(r.stdout)["text"] == "قال الوزير إن الوضع مستقر."


def test_cli_analyze_cp1256_is_decoded_with_warning(tmp_path):
    f = tmp_path / "legacy.txt"
    text = "قال المتحدث باسم الحكومة إن المحادثات ستستأنف غدا."
    f.write_bytes(text.encode("cp1256"))
    r = run("analyze", f, "--json")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["text"] == text
    assert b"Windows-1256" in r.stderr


def test_cli_analyze_html_file(tmp_path):
    f = tmp_path / "page.html"
    body = "".join(f"<p>قال الوزير في المؤتمر الصحافي إن المفاوضات تسير بشكل جيد رقم {i}.</p>" for i in range(8))
    f.write_text(f"<html><head><title>خبر</title></head><body><article>{body}</article></body></html>",
                 encoding="utf-8")
    r = run("analyze", f, "--json")
    assert r.returncode == 0, r.stderr
    assert "المفاوضات" in json.loads(r.stdout)["text"]


def _bad_inputs(tmp_path: Path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_bytes(b"  \n\t \n")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (tmp_path / "latin1.txt").write_bytes("café naïve à la française".encode("latin-1") + b"\xff\xfe\x81")
    (tmp_path / "bad.json").write_text('{"text": "قال", ', encoding="utf-8")
    (tmp_path / "notext.json").write_text('{"title": "x"}', encoding="utf-8")
    (tmp_path / "bad.html").write_text("<html><body><div><p></div></body", encoding="utf-8")
    (tmp_path / "baddate.json").write_text('{"text": "قال الوزير", "published": "2023-02-31"}', encoding="utf-8")
    big = tmp_path / "big.txt"
    with big.open("w", encoding="utf-8") as fh:
        line = "قال الوزير إن المحادثات مستمرة وإن الاتفاق قريب. " * 20 + "\n"
        while fh.tell() < 20_500_000:
            fh.write(line)
    return {
        "missing": tmp_path / "nope.txt",
        "directory": tmp_path,
        "empty": tmp_path / "empty.txt",
        "whitespace": tmp_path / "blank.txt",
        "binary": tmp_path / "binary.txt",
        "undecodable": tmp_path / "latin1.txt",
        "malformed json": tmp_path / "bad.json",
        "json without text": tmp_path / "notext.json",
        "malformed html": tmp_path / "bad.html",
        "impossible published date": tmp_path / "baddate.json",
        "20 MB article": big,
    }


BAD = ["missing", "directory", "empty", "whitespace", "binary", "undecodable", "malformed json",
       "json without text", "malformed html", "impossible published date", "20 MB article"]


@pytest.fixture(scope="module")
def bad_inputs(tmp_path_factory):
    return _bad_inputs(tmp_path_factory.mktemp("bad"))


@pytest.mark.parametrize("case", BAD)
def test_cli_bad_input_one_line_error(bad_inputs, case):
    r = run("analyze", bad_inputs[case], "--json")
    err = r.stderr.decode()
    assert r.returncode == 2, (case, r.returncode, err)
    assert "Traceback" not in err
    lines = [x for x in err.splitlines() if x.strip()]
    assert len(lines) == 1 and lines[0].startswith("marsad: error:"), err
    assert r.stdout == b""


def test_cli_bad_published_option():
    r = run("analyze", EXAMPLE, "--published", "2023-13-40")
    assert r.returncode != 0 and b"Traceback" not in r.stderr and b"YYYY-MM-DD" in r.stderr


def test_cli_non_arabic_text_warns_and_gives_honest_result(tmp_path):
    f = tmp_path / "english.txt"
    f.write_text("The minister said on Monday that talks would resume.", encoding="utf-8")
    r = run("analyze", f, "--json")
    assert r.returncode == 0
    assert b"little or no Arabic" in r.stderr
    doc = json.loads(r.stdout)
    assert_offsets(doc)
    assert doc["quotes"] == []


@pytest.mark.skipif(not (ROOT.parent / "shared" / "data").exists(), reason="../shared is not beside the repository")
@pytest.mark.parametrize("what", ["ner", "segmentation", "attribution", "time", "events"])
def test_cli_eval_prints_the_headline_figure_last(what):
    r = run("eval", what)
    assert r.returncode == 0, r.stderr.decode()
    last = r.stdout.decode().strip().splitlines()[-1]
    assert last.startswith("F1 = ") and 0.0 < float(last.split("=")[1]) <= 1.0
