"""A content-addressed cache of encoded outputs, so an unchanged image is never encoded twice."""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

_DIGEST_SIZE = hashlib.sha256().digest_size


def cache_key(key_parts: Sequence[bytes | str]) -> str:
    """The sha256 of all parts, each length-prefixed so that ('ab', 'c') and ('a', 'bc') differ."""
    digest = hashlib.sha256()
    for part in key_parts:
        raw = part.encode("utf-8") if isinstance(part, str) else part
        digest.update(len(raw).to_bytes(8, "big"))
        digest.update(raw)
    return digest.hexdigest()


class ImageCache:
    """Encoded outputs keyed by (source bytes + recipe), on disk in `folder`, or in memory when `folder` is None.

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
            stored = self._path(key).read_bytes()
        except FileNotFoundError:
            return None
        digest, payload = stored[:_DIGEST_SIZE], stored[_DIGEST_SIZE:]
        # A file damaged outside our control (disk, sync tool) is treated as absent and made again.
        if hashlib.sha256(payload).digest() != digest:
            return None
        return payload

    def _store(self, key: str, payload: bytes) -> None:
        if self.folder is None:
            self._memory[key] = payload
            return
        target = self._path(key)
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{key[:8]}-", suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as file:
                file.write(hashlib.sha256(payload).digest())
                file.write(payload)
                file.flush()
                os.fsync(file.fileno())
            os.replace(temporary, target)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
