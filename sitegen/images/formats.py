"""Which image types the site accepts, and what a file really is by its first bytes."""

from __future__ import annotations

ACCEPTED_SUFFIXES: dict[str, str] = {
    ".jpg": "JPEG",
    ".jpeg": "JPEG",
    ".png": "PNG",
    ".webp": "WEBP",
    ".gif": "GIF",
}
ACCEPTED_FORMATS: frozenset[str] = frozenset(ACCEPTED_SUFFIXES.values())
SUFFIX_FOR: dict[str, str] = {"JPEG": ".jpg", "PNG": ".png", "WEBP": ".webp", "GIF": ".gif"}
ACCEPTED_IN_DUTCH = "een JPEG-, PNG- of WebP-afbeelding"

_DESCRIPTIONS: dict[str, str] = {
    "JPEG": "een JPEG-afbeelding",
    "PNG": "een PNG-afbeelding",
    "WEBP": "een WebP-afbeelding",
    "GIF": "een GIF-afbeelding",
    "TIFF": "een TIFF-afbeelding",
    "BMP": "een BMP-afbeelding",
    "HEIC": "een HEIC-foto",
    "AVIF": "een AVIF-afbeelding",
    "PSD": "een Photoshop-bestand",
    "PDF": "een PDF-document",
    "SVG": "een SVG-tekening",
}


def describe(image_format: str) -> str:
    """The Dutch noun phrase for a format, e.g. 'een PNG-afbeelding'."""
    return _DESCRIPTIONS[image_format]


def expected_format(suffix: str) -> str | None:
    """The format a file name promises, or None when the site does not accept that extension."""
    return ACCEPTED_SUFFIXES.get(suffix.lower())


def sniff(data: bytes) -> str | None:
    """The real format from the file's magic bytes, or None when it is not a known image."""
    if data.startswith(b"\xff\xd8\xff"):
        return "JPEG"
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "PNG"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "WEBP"
    if data[:6] in (b"GIF87a", b"GIF89a"):
        return "GIF"
    if data[:4] in (b"II*\x00", b"MM\x00*"):
        return "TIFF"
    if data.startswith(b"BM"):
        return "BMP"
    if data[4:8] == b"ftyp":
        brand = data[8:12]
        if brand in (b"avif", b"avis"):
            return "AVIF"
        if brand in (b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"mif1", b"msf1"):
            return "HEIC"
    if data.startswith(b"8BPS"):
        return "PSD"
    if data.startswith(b"%PDF"):
        return "PDF"
    head = data[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith((b"<svg", b"<?xml", b"<!--", b"<!doctype svg")) and b"<svg" in data[:4096].lower():
        return "SVG"
    return None
