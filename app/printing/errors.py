"""Errors raised by the printing module."""

from __future__ import annotations


class PrintingError(Exception):
    """A document could not be rendered or written.

    The message is bilingual (Chinese first, then English) so it can be shown
    to the counter worker as-is and still be useful in a log file.
    """
