"""How hard a Dutch text is to read: sentences with their lines, syllables, the Flesch–Douma score, common words.

Pure functions on text; the B1 check (`reading_level.py`) decides which texts and thresholds. The syllable counter is
our own (vowel groups, a diaeresis starts a new one: 'ideeën' has three); the word frequencies are wordfreq's Dutch
list (PyPI `wordfreq`, its data ships in the wheel, so nothing is fetched).
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

# A word: letters or digits, with inner hyphens or apostrophes ('zij-instromer', "auto's").
WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")
_TOKEN = re.compile(rf"{WORD.pattern}|[.!?]+(?=[\s\"”’)*_]|$)")
_VOWEL_GROUP = re.compile(r"[äëïöü][aeiouyáéíóú]*|[aeiouyáéíóúàèìòùâêîôû]+")
# Markdown that is not prose: links keep their text, addresses, tags and markers go.
_LINK = re.compile(r"!?\[([^\[\]\n]*)\]\([^()\n]*\)")
_TAG = re.compile(r"<[^<>\n]*>")
_URL = re.compile(r"\b(?:https?://|mailto:|tel:)\S+")
_LINE_MARKER = re.compile(r"^\s*(?:#{1,6}\s+|[-*+]\s+|\d+[.)]\s+|>\s*|!!!\s*\w+\s*|\?\?\?\+?\s*\w+\s*|:\s+)")
_HEADING_OR_ITEM = re.compile(r"^\s*(?:#{1,6}\s|[-*+]\s|\d+[.)]\s|!!!|\?\?\?|:\s)")
# A compound is plain when its parts are commoner than the threshold by this much: 'graafmachine' (graaf 4.3,
# machine 4.6) is, 'keteninterventies' (interventies 3.2) is not.
COMPOUND_PART_MARGIN = 0.5
# Words this long are not split into parts: bounds the cost of an editor's invented 200-letter word.
LONGEST_COMPOUND = 40


@dataclass(frozen=True)
class Sentence:
    """A sentence: its words in order and the line (0-based, within the text) each word is on."""

    words: tuple[str, ...]
    lines: tuple[int, ...]

    @property
    def line(self) -> int:
        return self.lines[0]


def prose_lines(markdown: str) -> list[tuple[int, str, bool]]:
    """Each line of a Markdown body as prose: (0-based line, text, whether it starts a block of its own).

    Code blocks and tables are left out; a heading, list item or admonition title is a block of its own, so a sentence
    never runs across it. Blank lines end a paragraph (an empty text that starts a block).
    """
    result: list[tuple[int, str, bool]] = []
    fenced = False
    for number, line in enumerate(markdown.split("\n")):
        stripped = line.strip()
        if stripped.startswith(("```", "~~~")):
            fenced = not fenced
            continue
        if fenced or stripped.startswith("|"):
            result.append((number, "", True))
            continue
        starts = not stripped or bool(_HEADING_OR_ITEM.match(line))
        text = _URL.sub(" ", _TAG.sub(" ", _LINK.sub(r"\1", _LINE_MARKER.sub("", line))))
        text = re.sub(r"[*_`]+", "", text)
        if re.match(r"^\s*#{1,6}\s", line) and not re.search(r"[.!?]\s*$", text):
            text += "."
        result.append((number, text, starts))
    return result


def sentences(lines: Sequence[tuple[int, str, bool]]) -> list[Sentence]:
    """The sentences of prose lines: a sentence ends at '.', '!' or '?' before a space, and at the end of a block."""
    found: list[Sentence] = []
    words: list[str] = []
    at: list[int] = []

    def close() -> None:
        if words:
            found.append(Sentence(tuple(words), tuple(at)))
        words.clear()
        at.clear()

    for number, text, starts in lines:
        if starts:
            close()
        for token in _TOKEN.findall(text):
            if token[0] in ".!?":
                close()
            else:
                words.append(token)
                at.append(number)
    close()
    return found


def syllables(word: str) -> int:
    """Syllables of a Dutch word by its vowel groups ('ui', 'eeuw', 'ij' are one; 'ë' starts a new one); at least 1."""
    return max(1, len(_VOWEL_GROUP.findall(word.lower())))


def flesch_douma(found: Sequence[Sentence]) -> float | None:
    """Flesch–Douma: 206.835 − 0.93 × words per sentence − 77 × syllables per word; None without words."""
    words = [word for sentence in found for word in sentence.words]
    if not words:
        return None
    per_sentence = len(words) / len(found)
    per_word = sum(syllables(word) for word in words) / len(words)
    return 206.835 - 0.93 * per_sentence - 77 * per_word


@lru_cache(maxsize=4)
def _frequencies(language: str) -> dict[str, float]:
    from wordfreq import get_frequency_dict  # imported here: only the check pays for loading it

    return get_frequency_dict(language, wordlist="small")


def zipf(word: str, language: str = "nl") -> float:
    """How common a word is on the Zipf scale (3: once per million words, 6: once per thousand); 0 when unknown."""
    frequency = _frequencies(language).get(word.lower(), 0.0)
    return math.log10(frequency) + 9 if frequency > 0 else 0.0


def common_word_test(minimum: float, known: frozenset[str], language: str = "nl") -> Callable[[str], bool]:
    """A test whether a word is common enough: frequent, one of `known` (lowercase), a number, or made of common
    parts (hyphenated, or a compound such as 'graaf' + 'machine', with a linking 's', 'e' or 'en')."""

    @lru_cache(maxsize=8192)
    def plain(word: str) -> bool:
        return word in known or any(c.isdigit() for c in word) or zipf(word, language) >= minimum

    @lru_cache(maxsize=8192)
    def part(word: str) -> bool:
        return word in known or zipf(word, language) >= minimum + COMPOUND_PART_MARGIN

    @lru_cache(maxsize=8192)
    def compound(word: str, depth: int) -> bool:
        if part(word):
            return True
        if depth == 0 or len(word) > LONGEST_COMPOUND:
            return False
        for cut in range(3, len(word) - 2):
            head, rest = word[:cut], word[cut:]
            if not part(head):
                continue
            for linker in ("", "s", "e", "en"):
                tail = rest[len(linker):]
                if rest.startswith(linker) and len(tail) >= 3 and compound(tail, depth - 1):
                    return True
        return False

    def common(word: str) -> bool:
        lowered = word.lower().replace("’", "'")
        if lowered in known or plain(lowered):
            return True
        # An accent for stress ('waaróm', 'níét') is not part of the word.
        unstressed = unicodedata.normalize("NFC", re.sub(r"[\u0301\u0300]", "", unicodedata.normalize("NFD", lowered)))
        # One letter after an apostrophe or hyphen ("auto's", "'s") is not a word of its own.
        return all(
            plain(piece) or compound(piece, 2) for piece in re.split(r"[-']", unstressed) if len(piece) > 1
        )

    return common


def rare_words(found: Sequence[Sentence], common: Callable[[str], bool]) -> Iterator[tuple[int, str]]:
    """(line, word) for each word that is not common, in order."""
    for sentence in found:
        for word, line in zip(sentence.words, sentence.lines, strict=True):
            if not common(word):
                yield line, word
