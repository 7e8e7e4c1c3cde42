"""`make new` as a person uses it: through a real terminal (a pseudo-terminal), with Ctrl-C and Ctrl-D (issue 15, part 3)."""

from __future__ import annotations

import fcntl
import os
import pty
import select
import subprocess
import sys
import termios
import time
from pathlib import Path

from sitegen.loading.loader import load_site

TIMEOUT = 60


class Terminal:
    """`sitegen new` on its own pseudo-terminal (its controlling terminal, so Ctrl-C is a real interrupt)."""

    def __init__(self, root: Path) -> None:
        self.main, child = pty.openpty()

        def controlling_terminal() -> None:
            os.setsid()
            fcntl.ioctl(0, termios.TIOCSCTTY, 0)

        self.process = subprocess.Popen(
            [sys.executable, "-m", "sitegen", "--root", str(root), "new"],
            stdin=child, stdout=child, stderr=child, preexec_fn=controlling_terminal, close_fds=True,
        )
        os.close(child)
        self.output = ""
        self.log = ""

    def expect(self, text: str) -> None:
        deadline = time.monotonic() + TIMEOUT
        while text not in self.output:
            assert time.monotonic() < deadline, f"{text!r} did not appear; the terminal shows:\n{self.output}"
            self._read(0.2)

    def send(self, line: str) -> None:
        os.write(self.main, line.encode("utf-8"))

    def answer(self, prompt: str, reply: str) -> None:
        self.expect(prompt)
        self.output = self.output[self.output.index(prompt) + len(prompt) :]
        self.send(reply + "\r")

    def finish(self) -> tuple[int, str]:
        deadline = time.monotonic() + TIMEOUT
        while self.process.poll() is None and time.monotonic() < deadline:
            self._read(0.2)
        while self._read(0.1):
            pass
        os.close(self.main)
        return self.process.wait(timeout=5), self.log

    def _read(self, wait: float) -> bool:
        ready, _, _ = select.select([self.main], [], [], wait)
        if not ready:
            return False
        try:
            chunk = os.read(self.main, 4096)
        except OSError:
            return False
        text = chunk.decode("utf-8", "replace")
        self.output += text
        self.log += text
        return bool(chunk)


def test_an_event_with_capitals_dutch_dates_and_a_new_partner(project):
    terminal = Terminal(project.root)
    terminal.answer("Wat wil je maken?", "Activiteit")
    terminal.answer("Titel", "Open dag Purmerend")
    terminal.answer("Begin", "14-03-2026 10.00")
    terminal.answer("Einde", "15u")
    terminal.answer("Soort activiteit", "Open dag")
    terminal.answer("Voor wie", "Vmbo-leerling")
    terminal.answer("Organisatie (partner)", "Bouwbedrijf Jansen")
    terminal.answer("Een nieuwe partner 'Bouwbedrijf Jansen' maken? (ja/nee)", "ja")
    terminal.answer("Soort partner", "Bedrijf")
    terminal.answer("Gemeente", "Purmerend")
    terminal.answer("Eén zin over de organisatie", "Een voorbeeldbedrijf in de wegenbouw.")
    terminal.answer("Is de organisatie verzonnen, als voorbeeld? (ja/nee)", "ja")
    terminal.answer("Naam van de plek", "Sporthal De Beuk")
    terminal.answer("Plaats", "Purmerend")
    terminal.answer("Gemeente", "PURMEREND")
    terminal.answer("Webadres van de online activiteit", "")
    code, output = terminal.finish()
    assert code == 0, output
    assert 'start: genoteerd als "2026-03-14 10:00".' in output
    assert 'end: genoteerd als "15:00".' in output
    assert "content/partners/bouwbedrijf-jansen.md is gemaakt." in output
    assert "content/events/open-dag-purmerend-maart-2026.md is gemaakt." in output
    partner = (project.root / "content/partners/bouwbedrijf-jansen.md").read_text(encoding="utf-8")
    assert "\nexample: true\n" in partner and "\nmunicipality: \"purmerend\"\n" in partner
    site = load_site(project.root)
    event = next(event for event in site.events if event.slug == "open-dag-purmerend-maart-2026")
    assert (event.type, event.organizer, event.location.municipality) == ("open-dag", "bouwbedrijf-jansen", "purmerend")
    assert event.audiences == ("vmbo-leerling",)
    assert site.partner_by_slug["bouwbedrijf-jansen"].example is True


def test_the_new_partner_route_never_overwrites(project):
    before = (project.root / "content/partners/voorbeeld-bv.md").read_bytes()
    terminal = Terminal(project.root)
    terminal.answer("Wat wil je maken?", "verhaal")
    for prompt, reply in (
        ("Titel", "Van mbo naar werk"), ("Naam van de persoon", "Ali Yilmaz"), ("Functie", "Werkvoorbereider"),
        ("Voor wie", "vmbo-leerling"), ("Route in één regel", "mbo → werk"), ("Subregio", "Groot-Amsterdam"),
        ("Uitspraak in één zin", "Elke dag anders."), ("Datum van publicatie", "1 mei 2026"),
        ("Is de persoon verzonnen, als voorbeeld? (ja/nee)", "misschien"),
    ):
        terminal.answer(prompt, reply)
    terminal.answer("antwoord ja of nee.", "nee")
    code, output = terminal.finish()
    assert code == 0, output
    story = (project.root / "content/stories/van-mbo-naar-werk.md").read_text(encoding="utf-8")
    assert "\nexample: false\n" in story and "\nregion: \"groot-amsterdam\"\n" in story and "\ndate: \"2026-05-01\"\n" in story
    assert (project.root / "content/partners/voorbeeld-bv.md").read_bytes() == before


def _stopped(project, key: str) -> None:
    terminal = Terminal(project.root)
    terminal.answer("Wat wil je maken?", "activiteit")
    terminal.answer("Titel", "Open dag")
    terminal.expect("Begin")
    # A person presses the key a moment after the question appears; a key that arrives before Python reads the
    # terminal is only seen at the next line, which is how any program that reads lines behaves.
    time.sleep(0.5)
    terminal.send(key)
    code, output = terminal.finish()
    assert code == 1, output
    assert "Traceback" not in output and "Error" not in output
    lines = [line for line in output.replace("\r", "").split("\n") if line.strip()]
    assert lines[-1] == "Gestopt; er is niets geschreven.", output
    assert sorted(path.name for path in (project.root / "content/events").iterdir()) == ["open-dag.md"]


def test_ctrl_d_ends_with_one_dutch_line(project):
    _stopped(project, "\x04")


def test_ctrl_c_ends_with_one_dutch_line(project):
    _stopped(project, "\x03")
