"""Bytes of an editor's file to text, forgiving what editors' tools add and refusing what would lose characters."""

from __future__ import annotations

from ..problems import Problem

BYTE_ORDER_MARK = "\ufeff"


def decode_text(raw: bytes, path: str) -> tuple[str | None, tuple[Problem, ...]]:
    """Decode UTF-8, drop a byte order mark and normalise CRLF and CR line endings to LF.

    Windows editors add the BOM and CRLF; both are harmless and accepted.
    Bytes that are not UTF-8 are refused: guessing an encoding could change letters.
    """
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        byte = raw[error.start]
        return None, (
            Problem(
                path,
                line,
                None,
                f"het bestand is geen geldige UTF-8 (byte 0x{byte:02X} op regel {line}); "
                "sla het op als UTF-8, bijvoorbeeld via 'Opslaan als' met codering UTF-8.",
            ),
        )
    text = text.removeprefix(BYTE_ORDER_MARK)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        return None, (
            Problem(path, None, None, "het bestand is leeg; verwacht front matter tussen twee regels '---' en daarna de tekst."),
        )
    return text, ()
