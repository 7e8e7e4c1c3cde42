"""Plain Dutch as data: the glossary (data/glossary.yml) and the B1 check's audiences and thresholds
(data/reading_level.yml). Both files are optional: a network without them gets no glossary and no check."""

from __future__ import annotations

import re
from typing import Annotated

from pydantic import Field

from sitegen.model.fields import Flag, FrozenModel, Slug, Text


class GlossaryEntry(FrozenModel):
    """One term of the woordenlijst, explained in one plain sentence."""

    term: Text = Field(title="Woord", description="Het woord zoals het op de woordenlijst staat, zoals 'BBL'.")
    meaning: Text = Field(title="Betekenis", description="Eén gewone zin die het woord uitlegt.")
    forms: tuple[Text, ...] = Field(
        title="Vormen",
        default=(),
        description="Andere vormen van het woord die in teksten staan, zoals het meervoud 'snuffelstages' (mag weg).",
    )
    abbreviation: Flag = Field(
        title="Afkorting", default=False, description="true als het woord een afkorting is (dan wordt het <abbr>)."
    )

    @property
    def anchor(self) -> str:
        """The entry's id on the glossary page: `term-bbl`."""
        ascii_term = re.sub(r"[^a-z0-9]+", "-", self.term.lower().translate(_PLAIN_LETTERS)).strip("-")
        return f"term-{ascii_term}"

    @property
    def all_forms(self) -> tuple[str, ...]:
        """The term and its other forms, longest first (so 'snuffelstages' wins over 'snuffelstage')."""
        return tuple(sorted(dict.fromkeys((self.term, *self.forms)), key=lambda form: (-len(form), form)))


_PLAIN_LETTERS = str.maketrans("áàäâéèëêíìïîóòöôúùüûç–—", "aaaaeeeeiiiioooouuuuc--")


class GlossaryList(FrozenModel):
    terms: tuple[GlossaryEntry, ...]


class ReadingLevel(FrozenModel):
    """data/reading_level.yml: for whom the site's Dutch must be at B1, and what 'harder than B1' means."""

    audiences: Annotated[
        tuple[Slug, ...],
        Field(title="Doelgroepen", description="Doelgroepen uit content/personas/ die B1-Nederlands krijgen.", min_length=1),
    ]
    max_sentence_words: Annotated[int, Field(title="Woorden per zin", description="Het hoogste aantal woorden in een zin.", ge=5, le=60)]
    min_word_frequency: Annotated[
        float,
        Field(
            title="Gewone woorden",
            description="Een woord is gewoon als het minstens zo vaak voorkomt (Zipf-schaal van wordfreq: 3 is één keer "
            "per miljoen woorden, 4 tien keer).",
            ge=3,
            le=7,
        ),
    ]
    min_score: Annotated[
        float,
        Field(title="Leesbaarheid", description="De laagste Flesch-Douma-score van een tekst (60 tot 70 is redelijk makkelijk).", ge=0, le=120),
    ]
    min_score_words: Annotated[
        int,
        Field(title="Woorden voor de score", description="Een tekst met minder woorden krijgt geen score (te kort om te meten).", ge=10),
    ] = 40
    names: tuple[Text, ...] = Field(
        title="Namen",
        default=(),
        description="Namen die geen gewone woorden hoeven te zijn, naast de namen van partners, plaatsen en personen.",
    )
