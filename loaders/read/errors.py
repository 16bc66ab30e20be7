"""The one error type of the readers, shared by every format module."""
from __future__ import annotations


class ReadError(ValueError):
    """A report that cannot be read; the message names the file and why, in one line."""
