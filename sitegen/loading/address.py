"""One form of address per persona page: a page that says 'u' never also says 'jouw' (persona field `address`).

The check reads what the editor wrote in the persona's own words (promise, cares_about, body) and reports each
word of the other form with its line. Text between double quotes is a quotation (someone else speaking) and is
left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from sitegen.model.persona import Address, Persona
from sitegen.model.references import References
from sitegen.problems import Problem

OTHER_FORM: dict[Address, frozenset[str]] = {
    Address.JIJ: frozenset({"u", "uw", "uzelf"}),
    Address.U: frozenset({"jij", "je", "jou", "jouw", "jezelf"}),
}
"""The words that belong to the other form: on a 'jij' page these are wrong, and the other way round."""

_SAY_INSTEAD = {
    Address.JIJ: "schrijf 'jij', 'je' of 'jouw', of zet bij address 'u' als deze doelgroep met u wordt aangesproken",
    Address.U: "schrijf 'u' of 'uw', of zet bij address 'jij' als deze doelgroep met jij wordt aangesproken",
}
_EXAMPLE = {Address.JIJ: "Kom naar een open dag bij jou in de buurt.", Address.U: "Kom naar een open dag bij u in de buurt."}
_WORD = re.compile(r"(?<![\w'’-])[A-Za-z]+(?![\w'’-])")
_QUOTATION = re.compile(r"\"[^\"\n]*\"|“[^”\n]*”|„[^”“\n]*[”“]")


def address_problems(persona: Persona, references: References) -> Iterator[Problem]:
    """A problem for each line where the persona's own text uses the other form of address, and one when its page
    would show a next step from data/chain_stages.yml in the other form."""
    source = persona.source
    wrong = OTHER_FORM[persona.address]
    if persona.next_step is None:
        stages = [references.stage_by_slug[slug] for slug in persona.chain_stages if slug in references.stage_by_slug]
        mixed = [stage.slug for stage in stages if _words_of(stage.next_step, wrong)]
        if mixed:
            names = ", ".join(f"'{slug}'" for slug in mixed)
            yield Problem(
                source.path, source.line_of("chain_stages"), "next_step",
                f"de pagina toont de volgende stap van {names} uit data/chain_stages.yml, maar die spreekt niet met "
                f"'{persona.address.value}' aan; geef deze doelgroep een eigen next_step in de vorm "
                f"'{persona.address.value}', zoals 'next_step: {_EXAMPLE[persona.address]}'",
            )
    texts: list[tuple[int, str, str]] = [(source.line_of("promise"), "promise", persona.promise)]
    if persona.next_step is not None:
        texts.append((source.line_of("next_step"), "next_step", persona.next_step))
    texts += [(source.line_of("cares_about", index), "cares_about", text) for index, text in enumerate(persona.cares_about)]
    texts += [(source.body_line + offset, "body", text) for offset, text in enumerate(persona.body.split("\n"))]
    for line, field, text in texts:
        found = _words_of(text, wrong)
        if found:
            words = ", ".join(f"'{word}'" for word in dict.fromkeys(found))
            yield Problem(
                source.path, line, field if field != "body" else None,
                f"deze doelgroep wordt met '{persona.address.value}' aangesproken (address), maar hier staat {words}; "
                f"{_SAY_INSTEAD[persona.address]}.",
            )


def _words_of(text: str, words: frozenset[str]) -> list[str]:
    """The words of `text` (outside quotations) that are in `words`, in order."""
    return [word for word in _WORD.findall(_QUOTATION.sub(" ", text)) if word.lower() in words]
