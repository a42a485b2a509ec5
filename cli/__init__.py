"""The `timeline` command line: a thin Typer layer over the `timeline` library."""
