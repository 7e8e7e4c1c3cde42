"""Accept an SVG logo only when it can do nothing but draw: no scripts, no HTML, no outside references."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from .errors import ImageError

_SVG_NAMESPACE = "http://www.w3.org/2000/svg"
_XHTML_NAMESPACE = "http://www.w3.org/1999/xhtml"
_FORBIDDEN_ELEMENTS = frozenset(
    {"script", "foreignobject", "iframe", "embed", "object", "handler", "listener", "frame", "base", "link", "meta"}
)
_ANIMATIONS = frozenset({"animate", "set", "animatemotion", "animatetransform", "animatecolor"})
_SAFE_DATA_URI = re.compile(r"data:image/(png|jpeg|jpg|gif|webp)[;,]", re.IGNORECASE)
_CSS_URL = re.compile(r"url\(\s*(['\"]?)(.*?)\1\s*\)", re.IGNORECASE | re.DOTALL)
_CSS_STRING = re.compile(r"(['\"])(.*?)\1", re.DOTALL)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*?encoding\s*=\s*['\"]([^'\"]+)['\"]", re.IGNORECASE)
_NUMBER = re.compile(r"^\s*([0-9]*\.?[0-9]+)\s*(px)?\s*$")
_HOW_TO_FIX = "Exporteer het logo opnieuw als eenvoudige SVG, of lever het aan als PNG."


def sanitized_svg(data: bytes) -> bytes:
    """The SVG bytes unchanged when safe to publish; ImageError in Dutch naming what was found otherwise.

    The bytes are returned as they are (not re-serialised), so the designer's
    file is published byte for byte.
    """
    _checked_root(data)
    return data


def svg_size(data: bytes) -> tuple[float, float] | None:
    """The drawing's intrinsic size from width/height (unitless or px) or the viewBox; None when neither says."""
    root = _checked_root(data)
    width, height = _length(root.get("width")), _length(root.get("height"))
    if width and height:
        return width, height
    parts = (root.get("viewBox") or "").replace(",", " ").split()
    try:
        box = [float(part) for part in parts]
    except ValueError:
        return None
    if len(box) == 4 and box[2] > 0 and box[3] > 0:
        return box[2], box[3]
    return None


def _checked_root(data: bytes) -> ET.Element:
    _check_text(data)
    parser = ET.XMLPullParser(events=("start", "pi"))
    try:
        parser.feed(data)
        parser.close()
    except ET.ParseError as error:
        line = error.position[0]
        raise ImageError(
            f"Het SVG-bestand is geen geldige XML (de fout zit in regel {line} van het SVG-bestand); {_HOW_TO_FIX}"
        ) from error
    root: ET.Element | None = None
    for event, element in parser.read_events():
        if event == "pi":
            raise ImageError(
                f"Het SVG-bestand bevat de verwerkingsinstructie '<?{_shortened(element.text or '')}?>', "
                f"die een extern stijlblad of programma kan laden; {_HOW_TO_FIX}"
            )
        root = element if root is None else root
        _check_element(element)
    if root is None or _local(root.tag) != "svg" or _namespace(root.tag) not in ("", _SVG_NAMESPACE):
        found = _local(root.tag) if root is not None else "niets"
        raise ImageError(f"Het bestand is geen SVG-tekening: het buitenste element is <{found}> in plaats van <svg>.")
    return root


def _check_text(data: bytes) -> None:
    """Refuses the file as text, before parsing, when it declares a DTD or entities (billion laughs, XXE)."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ImageError("Het SVG-bestand is niet als UTF-8 opgeslagen; sla het opnieuw op met UTF-8-codering.") from error
    declared = _XML_DECLARATION.match(text)
    if declared and declared.group(1).lower().replace("_", "-") not in ("utf-8", "utf8", "us-ascii", "ascii"):
        raise ImageError(
            f"Het SVG-bestand verklaart de tekenset '{declared.group(1)}'; sla het opnieuw op met UTF-8-codering."
        )
    lowered = text.lower()
    for declaration in ("<!doctype", "<!entity"):
        if declaration in lowered:
            raise ImageError(
                f"Het SVG-bestand bevat een {declaration[2:].upper()}-declaratie; die is niet toegestaan omdat ze "
                "verborgen verwijzingen en entiteiten kan bevatten. Verwijder de regel die met "
                f"'{declaration[:9].upper()}' begint, of exporteer het logo opnieuw zonder DOCTYPE."
            )


def _check_element(element: ET.Element) -> None:
    local = _local(element.tag)
    if local.lower() in _FORBIDDEN_ELEMENTS:
        raise ImageError(
            f"Het SVG-bestand bevat een <{local}>-element; scripts, ingebedde HTML en ingebedde pagina's "
            f"zijn in een logo niet toegestaan. {_HOW_TO_FIX}"
        )
    if _namespace(element.tag) == _XHTML_NAMESPACE:
        raise ImageError(
            f"Het SVG-bestand bevat het HTML-element <{local}>; HTML is in een logo niet toegestaan. {_HOW_TO_FIX}"
        )
    if local.lower() in _ANIMATIONS:
        # attributeName holds a qualified name such as "xlink:href", not Clark notation.
        target = element.get("attributeName", "").rsplit(":", 1)[-1].strip().lower()
        if target == "href" or target.startswith("on"):
            raise ImageError(
                f"Het SVG-bestand bevat een <{local}>-element dat het attribuut '{target}' verandert; "
                f"zo'n animatie kan een script starten en is niet toegestaan. {_HOW_TO_FIX}"
            )
    for name, value in element.attrib.items():
        _check_attribute(local, _local(name), value)
    if local == "style" and element.text:
        _check_css(element.text, "een <style>-element")


def _check_attribute(element: str, name: str, value: str) -> None:
    if name.lower().startswith("on"):
        raise ImageError(
            f"Het SVG-bestand bevat het gebeurtenisattribuut '{name}' op een <{element}>-element; "
            f"attributen die met 'on' beginnen starten een script en zijn niet toegestaan. {_HOW_TO_FIX}"
        )
    if name == "href" and not _internal(value):
        raise ImageError(
            f"Het SVG-bestand verwijst naar '{_shortened(value)}' (attribuut href op een <{element}>-element); "
            "alleen verwijzingen binnen het bestand (#...) en ingebedde afbeeldingen (data:image/...) zijn toegestaan."
        )
    if name == "style":
        _check_css(value, f"het style-attribuut van een <{element}>-element")
    elif "url(" in value.lower():
        _check_css(value, f"het attribuut {name} van een <{element}>-element")


def _check_css(css: str, where: str) -> None:
    if "\\" in css or "@import" in css.lower():
        raise ImageError(
            f"Het SVG-bestand bevat in {where} een CSS-import of CSS-escape, waarmee externe bestanden geladen kunnen "
            f"worden; {_HOW_TO_FIX}"
        )
    references = [match.group(2) for match in _CSS_URL.finditer(css)]
    references += [match.group(2) for match in _CSS_STRING.finditer(css) if ":" in match.group(2) or "/" in match.group(2)]
    for reference in references:
        if not _internal(reference):
            raise ImageError(
                f"Het SVG-bestand verwijst in {where} naar '{_shortened(reference)}'; alleen verwijzingen binnen het "
                "bestand (#...) en ingebedde afbeeldingen (data:image/...) zijn toegestaan."
            )


def _internal(reference: str) -> bool:
    stripped = reference.strip()
    return stripped.startswith("#") or _SAFE_DATA_URI.match(stripped) is not None


def _length(value: str | None) -> float | None:
    match = _NUMBER.match(value or "")
    return float(match.group(1)) if match else None


def _local(name: str) -> str:
    return name.rsplit("}", 1)[-1]


def _namespace(name: str) -> str:
    return name[1:].split("}", 1)[0] if name.startswith("{") else ""


def _shortened(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= 60 else text[:57] + "..."
