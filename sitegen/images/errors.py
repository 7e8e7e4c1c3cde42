"""The one error the image pipeline raises for an editor's file."""

from __future__ import annotations


class ImageError(Exception):
    """An image or logo that cannot be published.

    `message` is a whole Dutch sentence saying what is wrong and what is
    expected; it never names the file, because the caller adds file, line
    and field.
    """

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message
