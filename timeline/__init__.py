"""timeline: build timelines of dated corporate events from news articles."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("timeline")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0"
