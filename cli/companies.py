"""`timeline companies`: the companies in the archive, with event counts and aliases."""

from __future__ import annotations

import csv as csv_module
import json
import sys

from timeline_cli.console import open_db
from timeline_cli.options import DbOption
from timeline_cli.output import CsvFlag, JsonFlag, JsonlFlag, chosen_format


def companies_cli(json_: JsonFlag = False, jsonl: JsonlFlag = False, csv: CsvFlag = False,
                  db: DbOption = None) -> None:
    """List companies with events: canonical name, events, articles, aliases used."""
    from timeline.store import list_companies

    fmt = chosen_format(json_, jsonl, csv)
    rows = list_companies(open_db(db))
    dicts = [{"company": r.company, "events": r.events, "articles": r.articles,
              "aliases": list(r.aliases)} for r in rows]
    out = sys.stdout
    if fmt == "json":
        json.dump(dicts, out, ensure_ascii=False, indent=1)
        out.write("\n")
    elif fmt == "jsonl":
        for d in dicts:
            out.write(json.dumps(d, ensure_ascii=False) + "\n")
    elif fmt == "csv":
        w = csv_module.writer(out, lineterminator="\n")
        w.writerow(["company", "events", "articles", "aliases"])
        for d in dicts:
            w.writerow([d["company"], d["events"], d["articles"], "; ".join(d["aliases"])])
    else:
        from rich.console import Console
        from rich.table import Table

        if not rows:
            print("No companies yet: ingest some articles first.")
            return
        table = Table(title="Companies")
        for col, just in (("Company", "left"), ("Events", "right"), ("Articles", "right"),
                          ("Aliases", "left")):
            table.add_column(col, justify=just)
        for r in rows:
            table.add_row(r.company, str(r.events), str(r.articles), ", ".join(r.aliases))
        Console(file=out, highlight=False).print(table)
