"""The project's contract with a newcomer: README commands, CI script, packaged data."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _readme_command(heading: str) -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split(f"## {heading}", 1)[1]
    return re.search(r"```sh\n(.+?)\n```", section, re.S).group(1).strip()


def test_ci_runs_exactly_the_readme_commands():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    for heading in ("Install and run", "Tests"):
        assert _readme_command(heading) in ci, heading


def test_example_article_is_packaged_with_a_dateline():
    from timeline.articles import parse_article
    from timeline.paths import data_file

    example = data_file("examples/amazon-shanghai-lab.txt")
    article = parse_article(example.read_text(encoding="utf-8"), str(example))
    assert article.published is not None and article.published_from == "dateline"


def test_reference_data_has_no_key_written_twice(tmp_path, monkeypatch):
    import timeline.paths as paths

    for f in (ROOT / "data").glob("*.json"):
        assert paths.load_data_json(f.name) is not None  # raises on a repeated key
    (tmp_path / "twice.json").write_text('{"scrap": [1], "keep": [], "scrap": [2]}')
    monkeypatch.setattr(paths, "data_file", lambda name: tmp_path / name)
    try:
        paths.load_data_json("twice.json")
    except ValueError as exc:
        assert "scrap" in str(exc)
    else:
        raise AssertionError("a repeated key was read silently")
