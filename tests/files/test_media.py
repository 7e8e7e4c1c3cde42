"""Share cards in words: every page's og:image:alt says what its card shows (files/media.py)."""

from __future__ import annotations

from sitegen.files.media import share_card_alt


def test_the_alt_text_reads_the_card_and_describes_its_picture() -> None:
    alt = share_card_alt("Yonas bouwt aan de Zaan", "Yonas, waterbouwer", "Verhaal", "Infra Bindt", "Tekening van de Zaan.")
    assert alt == "Verhaal: Yonas bouwt aan de Zaan. Yonas, waterbouwer. Infra Bindt. Tekening van de Zaan."


def test_no_double_full_stops_and_no_empty_parts() -> None:
    assert share_card_alt("Wie zijn wij?", "Een netwerk.", "", "Infra Bindt") == "Wie zijn wij? Een netwerk. Infra Bindt."
