"""Errors meant for people: each carries a one-line message the CLI prints as is."""


class TimelineError(Exception):
    """Base of every error the library raises on purpose; str(err) is the message."""


class InputError(TimelineError):
    """An input file or folder cannot be read as an article."""


class StoreError(TimelineError):
    """The database cannot be opened, created or written."""


class UsageError(TimelineError):
    """An option value the user gave cannot be understood (a date, a type...)."""
