"""Where data is kept: the database path and the packaged reference data."""

from __future__ import annotations

import os
from importlib.resources import files
from pathlib import Path

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
