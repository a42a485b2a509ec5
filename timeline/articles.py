"""Load articles: files, folders and standard input, with their publication date.

An article file is UTF-8 text. Its first line may be a dateline `date YYYY-MM-DD`
(the form of the shared gold articles): that is the publication date, and the line is
not part of the body. Otherwise the caller's `published` date is used, if any.
"""

from __future__ import annotations

import hashlib
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from timeline.errors import InputError
from timeline.models import Article

# File endings read when a folder is given; anything else in the folder is skipped.
TEXT_SUFFIXES = (".txt", ".text", ".md")
STDIN = "-"

# The dateline may share its line with the first words of the body (" date 2025-07-24 The").
_DATELINE = re.compile(r"\A\ufeff?\s*date[ \t]+(\d{4}-\d{2}-\d{2})(?:[ \t]*(?:\r?\n|\Z)|[ \t]+)",
                       re.IGNORECASE)
# A first line that reads like a headline: short, no sentence-final full stop.
_MAX_TITLE_WORDS = 16


@dataclass(frozen=True)
class InputFile:
    """One input named by the user: a path, or '-' for standard input."""

    path: str


def expand_inputs(paths: list[str]) -> Iterator[InputFile | InputError]:
    """Files named, folders expanded to their text files (sorted), '-' kept.

    A missing path, or a folder holding no text file, yields an InputError in its place
    so the caller can report it and go on with the other inputs.
    """
    for raw in paths:
        if raw == STDIN:
            yield InputFile(STDIN)
            continue
        p = Path(raw)
        if p.is_dir():
            found = sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower()
                           in TEXT_SUFFIXES and not f.name.startswith("."))
            if not found:
                yield InputError(f"{raw}: folder holds no text files "
                                 f"({', '.join(TEXT_SUFFIXES)})")
            for f in found:
                yield InputFile(str(f))
        elif p.exists():
            yield InputFile(raw)
        else:
            yield InputError(f"{raw}: no such file or folder")


def read_input(item: InputFile) -> bytes:
    """The raw bytes of one input; InputError when it cannot be read."""
    try:
        if item.path == STDIN:
            return sys.stdin.buffer.read()
        return Path(item.path).read_bytes()
    except OSError as exc:
        raise InputError(f"{item.path}: cannot read ({exc.strerror or exc})") from exc


def decode_article(raw: bytes, name: str) -> str:
    """Bytes to text: UTF-8 only; binary or empty inputs are refused with a reason."""
    if b"\x00" in raw[:8192]:
        raise InputError(f"{name}: looks like a binary file, not text")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{name}: not UTF-8 text (bad byte at offset {exc.start})") from exc
    if not text.strip():
        raise InputError(f"{name}: empty file")
    return text


def parse_article(text: str, path: str, published: date | None = None) -> Article:
    """An Article from the text of one file.

    The dateline, when present, wins over `published`. The article id is a hash of the
    normalised text and the publication date, so the same text under another file name
    is the same article.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    body, published_from = text, "none"
    m = _DATELINE.match(text)
    if m:
        try:
            published = date.fromisoformat(m.group(1))
        except ValueError as exc:
            raise InputError(f"{path}: bad dateline date {m.group(1)!r}") from exc
        body, published_from = text[m.end():], "dateline"
    elif published is not None:
        published_from = "option"
    body = body.strip("\n")
    if not body.strip():
        raise InputError(f"{path}: no article text after the dateline")
    digest = hashlib.sha256(
        f"{published.isoformat() if published else ''}\n{body.strip()}".encode()
    ).hexdigest()
    return Article(id=digest[:16], text=body, path=path, title=guess_title(body, path),
                   published=published, published_from=published_from)


def guess_title(body: str, path: str) -> str:
    """The first line when it reads like a headline, else the file name without suffix."""
    first = next((line.strip() for line in body.splitlines() if line.strip()), "")
    words = first.split()
    if first and len(words) <= _MAX_TITLE_WORDS and not first.endswith((".", ":", ";")):
        return first
    return Path(path).stem if path != STDIN else "(stdin)"


def load_article(item: InputFile, published: date | None = None) -> Article:
    """Read, decode and parse one input into an Article (InputError on bad input)."""
    return parse_article(decode_article(read_input(item), item.path), item.path, published)
