"""Loading articles: datelines, titles, ids, and refusing bad input."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.articles import InputFile, expand_inputs, load_article, parse_article
from timeline.errors import InputError


def test_dateline_sets_published_and_leaves_body():
    a = parse_article("date 2021-06-30\nAcme Opens Plant\n\nAcme opened a plant.", "x.txt")
    assert a.published == date(2021, 6, 30)
    assert a.published_from == "dateline"
    assert a.text.startswith("Acme Opens Plant")
    assert a.title == "Acme Opens Plant"


def test_dateline_wins_over_option_and_option_used_otherwise():
    with_line = parse_article("date 2021-06-30\nBody text here.", "x.txt", date(2000, 1, 1))
    assert with_line.published == date(2021, 6, 30)
    without = parse_article("Body text here.", "y.txt", date(2000, 1, 1))
    assert without.published == date(2000, 1, 1) and without.published_from == "option"
    bare = parse_article("Body text here.", "z.txt")
    assert bare.published is None and bare.published_from == "none"


def test_id_depends_on_text_not_file_name():
    a = parse_article("date 2021-06-30\nSame words.", "one.txt")
    b = parse_article("date 2021-06-30\r\nSame words.\n", "two.txt")
    c = parse_article("date 2021-06-30\nOther words.", "one.txt")
    assert a.id == b.id
    assert a.id != c.id


def test_title_falls_back_to_file_stem_for_a_sentence():
    a = parse_article("Acme closed its plant on Monday, the company said.", "news/acme-plant.txt")
    assert a.title == "acme-plant"


def test_bad_dateline_date_is_an_input_error():
    with pytest.raises(InputError, match="bad dateline"):
        parse_article("date 2021-02-30\nBody.", "x.txt")


@pytest.mark.parametrize("raw, reason", [
    (b"", "empty"),
    (b"  \n\n", "empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00", "binary"),
    (b"caf\xe9 au lait", "not UTF-8"),
])
def test_bad_bytes_are_refused_with_a_reason(tmp_path, raw, reason):
    f = tmp_path / "bad.txt"
    f.write_bytes(raw)
    with pytest.raises(InputError, match=reason):
        load_article(InputFile(str(f)))


def test_folders_expand_to_text_files_and_empty_folders_are_errors(tmp_path):
    (tmp_path / "b.txt").write_text("B.")
    (tmp_path / "a.md").write_text("A.")
    (tmp_path / "image.png").write_bytes(b"\x00")
    empty = tmp_path / "empty"
    empty.mkdir()
    items = list(expand_inputs([str(tmp_path), str(empty), str(tmp_path / "missing.txt")]))
    paths = [i.path for i in items if isinstance(i, InputFile)]
    errors = [str(i) for i in items if isinstance(i, InputError)]
    assert [p.rsplit("/", 1)[1] for p in paths] == ["a.md", "b.txt"]
    assert any("no text files" in e for e in errors)
    assert any("no such file" in e for e in errors)


def test_dateline_sharing_its_line_with_the_body():
    a = parse_article(" date 2025-07-24 A caption line.\n\nAcme closed a lab.", "x.txt")
    assert a.published == date(2025, 7, 24)
    assert a.text.startswith("A caption line.")
