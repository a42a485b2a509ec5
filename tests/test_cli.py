"""The CLI through Typer's CliRunner: ingest, show and its filters, errors and exit codes.

These run the real pipeline (the spaCy model loads once per test process).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from timeline_cli.app import app

pytestmark = pytest.mark.model

ARTICLE = """date 2024-04-10
Globex trims staff

Globex Corporation said on Tuesday that it will cut 400 jobs at its Ohio plants.
In 2021, Globex acquired Initech for $2 billion.
Globex opened a research centre in Austin in March 2019.
"""
OTHER = """date 2023-11-02
Hooli news

Hooli Inc. closed its Denver office in 2022. Hooli said the lease had ended.
"""


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def files(tmp_path) -> dict[str, Path]:
    a = tmp_path / "globex.txt"
    a.write_text(ARTICLE, encoding="utf-8")
    b = tmp_path / "hooli.txt"
    b.write_text(OTHER, encoding="utf-8")
    return {"globex": a, "hooli": b}


def _show(runner, *args) -> list[dict]:
    res = runner.invoke(app, ["show", "--json", *args])
    assert res.exit_code == 0, res.output
    return json.loads(res.stdout)


def test_show_on_an_empty_database_prints_an_empty_array(runner):
    res = runner.invoke(app, ["show", "--json"])
    assert res.exit_code == 0
    assert json.loads(res.stdout) == []


def test_ingest_then_show_with_every_filter(runner, files):
    res = runner.invoke(app, ["ingest", str(files["globex"]), str(files["hooli"])])
    assert res.exit_code == 0, res.output
    assert "2 stored" in res.stderr
    events = _show(runner)
    assert {e["company"] for e in events} >= {"Globex", "Hooli"}
    starts = [e["start"] for e in events]
    assert starts == sorted(starts)

    globex = _show(runner, "--company", "globex corporation")
    assert globex and {e["company"] for e in globex} == {"Globex"}
    assert {"layoff", "acquisition", "expansion"} <= {e["type"] for e in globex}
    layoff = next(e for e in globex if e["type"] == "layoff")
    assert layoff["status"] == "planned"
    assert layoff["sources"][0]["path"].endswith("globex.txt")

    assert {e["type"] for e in _show(runner, "--type", "closure")} == {"closure"}
    assert all(e["end"] >= "2022-01-01" for e in _show(runner, "--since", "2022"))
    assert all(e["start"] <= "2021-12-31" for e in _show(runner, "--until", "2021"))
    assert all(e["status"] == "planned" for e in _show(runner, "--status", "planned"))
    assert len(_show(runner, "--limit", "1")) == 1
    assert all(e["confidence"] >= 0.5 for e in _show(runner, "--min-confidence", "0.5"))

    lines = runner.invoke(app, ["show", "--jsonl", "--company", "Hooli"]).stdout.splitlines()
    assert [json.loads(x)["company"] for x in lines] == ["Hooli"] * len(lines) and lines
    table = runner.invoke(app, ["show", "--company", "Hooli"])
    assert table.exit_code == 0 and "Hooli" in table.stdout

    companies = runner.invoke(app, ["companies", "--json"])
    assert {"Globex", "Hooli"} <= {c["company"] for c in json.loads(companies.stdout)}


def test_reingest_changes_nothing(runner, files):
    runner.invoke(app, ["ingest", str(files["globex"])])
    before = _show(runner)
    res = runner.invoke(app, ["ingest", str(files["globex"])])
    assert res.exit_code == 0
    assert "1 already known" in res.stderr
    assert _show(runner) == before


def test_same_story_under_two_names_merges_sources(runner, files, tmp_path):
    copy = tmp_path / "globex-copy.txt"
    copy.write_text(ARTICLE.replace("trims", "cuts"), encoding="utf-8")
    runner.invoke(app, ["ingest", str(files["globex"])])
    single = _show(runner)
    runner.invoke(app, ["ingest", str(copy)])
    double = _show(runner)
    assert [(e["date"], e["type"]) for e in double] == [(e["date"], e["type"]) for e in single]
    assert all(len(e["sources"]) == 2 for e in double)


def test_stdin_and_published_option(runner):
    res = runner.invoke(app, ["ingest", "-", "--published", "2020-06-15"],
                        input="Initrode laid off 200 workers last year.\n")
    assert res.exit_code == 0, res.output
    [event] = _show(runner, "--company", "Initrode")
    assert event["date"] == "2019"


def test_missing_publication_date_is_said_on_stderr(runner, tmp_path):
    f = tmp_path / "undated.txt"
    f.write_text("Initrode laid off 200 workers in 2018.\n")
    res = runner.invoke(app, ["ingest", str(f)])
    assert res.exit_code == 0
    assert "no 'date YYYY-MM-DD' line" in res.stderr


@pytest.mark.parametrize("content, message", [
    (b"", "empty file"),
    (b"\x00\x01\x02binary", "binary"),
    (b"caf\xe9", "not UTF-8"),
])
def test_bad_files_fail_with_one_line_and_others_are_still_stored(runner, files, tmp_path,
                                                                 content, message):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    res = runner.invoke(app, ["ingest", str(bad), str(files["hooli"])])
    assert res.exit_code == 1
    errors = [line for line in res.stderr.splitlines() if line.startswith("Error:")]
    assert len(errors) == 1 and message in errors[0]
    assert "Traceback" not in res.output
    assert _show(runner, "--company", "Hooli")


def test_missing_file_and_empty_folder(runner, tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    res = runner.invoke(app, ["ingest", str(tmp_path / "nope.txt"), str(empty)])
    assert res.exit_code == 1
    assert "no such file" in res.stderr and "no text files" in res.stderr


def test_failure_keeps_what_was_stored(runner, files, tmp_path):
    runner.invoke(app, ["ingest", str(files["globex"])])
    before = _show(runner)
    res = runner.invoke(app, ["ingest", str(tmp_path / "nope.txt")])
    assert res.exit_code == 1
    assert _show(runner) == before


@pytest.mark.parametrize("args", [
    ["show", "--since", "last tuesday"],
    ["show", "--type", "picnic"],
    ["show", "--status", "rumoured"],
    ["show", "--json", "--csv"],
    ["ingest", "x.txt", "--published", "2024-13-01"],
])
def test_bad_options_are_usage_errors(runner, args):
    res = runner.invoke(app, args)
    assert res.exit_code == 2
    assert res.stderr.startswith("Error:") and "Traceback" not in res.output


def test_unusable_database_is_one_line(runner, tmp_path):
    bad = tmp_path / "bad.db"
    bad.write_text("not a database")
    res = runner.invoke(app, ["show", "--db", str(bad)])
    assert res.exit_code == 1
    assert res.stderr.strip().count("\n") == 0 and "cannot use database" in res.stderr


def test_version(runner):
    res = runner.invoke(app, ["--version"])
    assert res.exit_code == 0 and res.stdout.startswith("timeline ")


def test_show_never_imports_spacy(tmp_path):
    code = ("import sys; from timeline_cli.app import main; sys.argv = ['timeline', 'show', "
            "'--json', '--company', 'Amazon']\ntry:\n    main()\nexcept SystemExit:\n    pass\n"
            "assert 'spacy' not in sys.modules, 'spacy imported'\n"
            "assert 'dateparser' not in sys.modules, 'dateparser imported'\n")
    env = dict(os.environ, TIMELINE_DB=str(tmp_path / "t.db"))
    res = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    assert res.returncode == 0, res.stderr
    assert res.stdout.strip() == "[]"
