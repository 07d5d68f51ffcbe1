"""The one error type the generator raises for bad input; the CLI prints it as a single line."""


class GenError(Exception):
    """A problem with the generator's input or environment, worded for a one-line message."""
