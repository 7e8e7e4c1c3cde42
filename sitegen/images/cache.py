"""A content-addressed cache of encoded outputs, so an unchanged image is never encoded twice."""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

# Part of every key: a change in how entries are stored makes new keys instead of misreading old files.
_STORAGE_FORMAT = b"raw-payload-1"

Payload = bytes | Path
"""An output to publish: its bytes, or the cache file that holds exactly those bytes (copied, never loaded)."""


def cache_key(key_parts: Sequence[bytes | str]) -> str:
    """The sha256 of all parts, each length-prefixed so that ('ab', 'c') and ('a', 'bc') differ."""
    digest = hashlib.sha256(_STORAGE_FORMAT)
    for part in key_parts:
        raw = part.encode("utf-8") if isinstance(part, str) else part
        digest.update(len(raw).to_bytes(8, "big"))
        digest.update(raw)
    return digest.hexdigest()


class ImageCache:
    """Encoded outputs keyed by (source bytes + recipe), on disk in `folder`, or in memory when `folder` is None.

    A file on disk holds exactly the output, written atomically (temporary file, then rename), so that it can be
    published by copying; a damaged cache is repaired by deleting the folder.

    `encoded` counts how often `make` actually ran; `reused` how often a stored
    output was returned instead.
    """

    def __init__(self, folder: Path | None) -> None:
        self.folder = folder
        self.encoded = 0
        self.reused = 0
        self._memory: dict[str, bytes] = {}

    @classmethod
    def for_project(cls, root: Path) -> ImageCache:
        """The cache a build uses by default: `.cache/images` under the project root."""
        return cls(root / ".cache" / "images")

    def get_or_make(self, key_parts: Sequence[bytes | str], make: Callable[[], bytes]) -> bytes:
        key = cache_key(key_parts)
        stored = self._load(key)
        if stored is not None:
            self.reused += 1
            return stored
        return self._make(key, make)

    def payload(self, key_parts: Sequence[bytes | str], make: Callable[[], bytes]) -> Payload:
        """Like `get_or_make`, but a stored output comes back as its file: thousands of share cards stay on disk."""
        if self.folder is None:
            return self.get_or_make(key_parts, make)
        key = cache_key(key_parts)
        path = self._path(key)
        if path.is_file():
            self.reused += 1
            return path
        self._make(key, make)
        return path

    def _make(self, key: str, make: Callable[[], bytes]) -> bytes:
        payload = make()
        self.encoded += 1
        self._store(key, payload)
        return payload

    def _path(self, key: str) -> Path:
        assert self.folder is not None
        return self.folder / key[:2] / key

    def _load(self, key: str) -> bytes | None:
        if self.folder is None:
            return self._memory.get(key)
        try:
            return self._path(key).read_bytes()
        except FileNotFoundError:
            return None

    def _store(self, key: str, payload: bytes) -> None:
        if self.folder is None:
            self._memory[key] = payload
            return
        target = self._path(key)
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{key[:8]}-", suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as file:
                file.write(payload)
                file.flush()
                os.fsync(file.fileno())
            os.replace(temporary, target)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
