"""Where data is kept: the database path and the packaged reference data."""

from __future__ import annotations

import json
import os
from importlib.resources import files
from pathlib import Path
from typing import Any

APP_NAME = "timeline"
DB_ENV = "TIMELINE_DB"


def default_db_path() -> Path:
    """The database path: $TIMELINE_DB when set, else timeline.db in the user data dir."""
    env = os.environ.get(DB_ENV)
    if env:
        return Path(env).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False)) / "timeline.db"


def data_file(name: str) -> Path:
    """A file of the packaged reference data (`data/` in the source tree)."""
    return Path(str(files("timeline_data").joinpath(name)))


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    seen: set[str] = set()
    repeated: set[str] = set()
    for k, _ in pairs:
        (repeated if k in seen else seen).add(k)
    if repeated:
        # json.load would keep the last silently, losing the first entry's rules.
        raise ValueError(f"repeated keys in reference data: {', '.join(sorted(repeated))}")
    return dict(pairs)


def load_data_json(name: str) -> Any:
    """A JSON file of the packaged reference data; a key written twice is an error."""
    with open(data_file(name), encoding="utf-8") as fh:
        return json.load(fh, object_pairs_hook=_unique_keys)
