"""`sitegen new`: the file it writes passes the checks and builds; it never overwrites."""

from __future__ import annotations

from collections.abc import Iterator

from sitegen.cli import github_annotation, main, run_new
from sitegen.files.schema import SCHEMA_MODELS
from sitegen.loading.loader import load_site
from sitegen.outputs import generate
from sitegen.problems import Problem


def scripted(answers: list[str]) -> tuple[list[str], object]:
    asked: list[str] = []
    replies: Iterator[str] = iter(answers)

    def ask(prompt: str) -> str:
        asked.append(prompt)
        return next(replies)

    return asked, ask


EVENT_ANSWERS = ["Open dag april", "2026-04-18 10:00", "15:00", "open-dag", "vmbo-leerling", "voorbeeld-bv", "Opleidingscentrum", "Heerhugowaard", "dijk-en-waard", ""]


def test_new_event_passes_the_checks_and_has_every_field_explained(project):
    _, ask = scripted(["activiteit", *EVENT_ANSWERS])
    assert run_new(load_site(project.root), None, {}, ask) == 0
    text = (project.root / "content/events/open-dag-april-2026.md").read_text(encoding="utf-8")
    site = load_site(project.root)
    event = next(e for e in site.events if e.slug == "open-dag-april-2026")
    assert event.location.municipality == "dijk-en-waard"
    assert len(event.uid) == 36 and event.uid != "0b7c5a3e-2f1d-4c8e-9a6b-1d2e3f4a5b6c"
    for field in SCHEMA_MODELS["event"].model_fields.values():
        assert f"# {field.description}" in text
    outputs = generate(site)
    assert "# Open dag april" in outputs.pages["agenda/open-dag-april-2026.md"]
    assert outputs.files["agenda/open-dag-april-2026.ics"].startswith(b"BEGIN:VCALENDAR")


def test_each_kind_writes_a_valid_file(project):
    cases = {
        "verhaal": ["Van mbo naar werkvoorbereider", "Ali Yilmaz", "Werkvoorbereider", "vmbo-leerling", "mbo → werk", "groot-amsterdam", "Elke dag anders.", "2026-05-01", "ja"],
        "doelgroep": ["Ouder", "Weet wat je kind kan worden.", "vmbo", "Zekerheid, Een goed salaris", "2"],
        "partner": ["Voorbeeld Wegen BV", "bedrijf", "hoorn", "Een voorbeeldbedrijf in Hoorn.", "ja"],
        "opleiding": ["Infratechniek", "Leer wegen aanleggen.", "voorbeeld-wegen-bv", "mbo-3", "alkmaar", "Bestraten, Rioleren", "Straatmaker", "ja"],
    }
    for kind, answers in cases.items():
        _, ask = scripted(answers)
        assert run_new(load_site(project.root), kind, {}, ask) == 0, kind
    site = load_site(project.root)
    assert len(site.stories) == 2 and len(site.personas) == 2 and len(site.partners) == 2
    (programme,) = site.programmes
    assert (programme.school, programme.level, programme.learn) == ("voorbeeld-wegen-bv", "mbo-3", ("Bestraten", "Rioleren"))


def test_bad_answers_are_asked_again_with_a_dutch_reason(project, capsys):
    answers = ["Open dag april", "2026-02-30 10:00", "2026-04-18 10:00", "15:00", "opendag", "open-dag", "vmbo-leerling", "voorbeeld-bv", "", ""]
    asked, ask = scripted(answers)
    assert run_new(load_site(project.root), "activiteit", {}, ask) == 0
    errors = capsys.readouterr().err
    assert "de datum '2026-02-30' bestaat niet" in errors
    assert "'opendag' is geen bekende keuze" in errors


def test_never_overwrites(project, capsys):
    project.write("content/events/open-dag-mei-2026.md", (project.root / "content/events/open-dag.md").read_text(encoding="utf-8"))
    project.replace("content/events/open-dag-mei-2026.md", "0b7c5a3e", "1b7c5a3e")
    before = (project.root / "content/events/open-dag-mei-2026.md").read_bytes()
    code = main(["--root", str(project.root), "new", "activiteit", "--set", "title=Open dag"] + [
        f"--set={key}={value}" for key, value in (("start", "2026-05-01 10:00"), ("end", "12:00"), ("type", "open-dag"), ("audiences", "vmbo-leerling"),
        ("organizer", "voorbeeld-bv"), ("location.name", ""), ("online", "https://example.org/live"))
    ])
    assert code == 2
    assert "content/events/open-dag-mei-2026.md bestaat al" in capsys.readouterr().err
    assert (project.root / "content/events/open-dag-mei-2026.md").read_bytes() == before


def test_github_annotation_format():
    problem = Problem("content/events/x.md", 6, "type", "'opendag' is geen bekende soort activiteit: kies, bijvoorbeeld, 'open-dag'.\nTweede regel 100%")
    assert github_annotation(problem) == (
        "::error file=content/events/x.md,line=6,title=veld type::"
        "'opendag' is geen bekende soort activiteit: kies, bijvoorbeeld, 'open-dag'.%0ATweede regel 100%25"
    )
    assert github_annotation(Problem("content/a,b.md", None, None, "leeg")) == "::error file=content/a%2Cb.md,title=inhoud::leeg"


def test_check_in_github_format(project, capsys):
    project.replace("content/events/open-dag.md", "type: open-dag", "type: opendag")
    assert main(["--root", str(project.root), "check", "--format", "github"]) == 1
    out = capsys.readouterr().out
    assert out.startswith("::error file=content/events/open-dag.md,line=6,title=veld type::'opendag' is geen bekende soort activiteit.")
