"""`make cms`: the local Decap proxy runs exactly as the Makefile says, and listens on 127.0.0.1 only.

decap-server reads and writes the git repository it is started in; on every interface anyone on the same network
(a café, a school) could edit the content. The test runs the Makefile's own command line (read with `make -n`) on a
free port, in a throwaway git repository, and looks at the listening socket the kernel reports.
"""

from __future__ import annotations

import os
import shlex
import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from test_cms_browser import DECAP_SERVER, START_TIMEOUT_S, _free_port, _git, _missing, _proxy_answers, _stop

from conftest import PROJECT_ROOT
from sitegen.files.cms import LOCAL_BACKEND_URL

LOOPBACK = "127.0.0.1"


def _make_command(port: int) -> str:
    """The command `make cms` runs, as make prints it (without running anything)."""
    if shutil.which("make") is None:
        _missing("make")
    printed = subprocess.run(
        ["make", "-n", "-s", "cms", f"CMS_PORT={port}"], cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=60,
        check=True,
    ).stdout
    lines = [line for line in printed.splitlines() if "decap-server" in line]
    assert len(lines) == 1, printed
    return lines[0]


def _listening(port: int) -> list[str]:
    """The local addresses of the sockets listening on `port`, from /proc/net/tcp and tcp6."""
    addresses: list[str] = []
    for table, width in (("/proc/net/tcp", 8), ("/proc/net/tcp6", 32)):
        path = Path(table)
        if not path.exists():
            continue
        for row in path.read_text().splitlines()[1:]:
            local, state = row.split()[1], row.split()[3]
            address, port_hex = local.split(":")
            if state == "0A" and int(port_hex, 16) == port:  # 0A: LISTEN
                addresses.append(_address(address, width))
    return addresses


def _address(hex_address: str, width: int) -> str:
    """/proc/net/tcp writes addresses as 32-bit words in host (little-endian) byte order."""
    words = [bytes.fromhex(hex_address[i : i + 8])[::-1] for i in range(0, width, 8)]
    raw = b"".join(words)
    return socket.inet_ntop(socket.AF_INET if width == 8 else socket.AF_INET6, raw)


def _outward_address() -> str | None:
    """An address of this machine other than loopback (the one it would use to reach another network), if any."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        try:
            probe.connect(("192.0.2.255", 9))  # no packet is sent: connect() on UDP only picks a route
        except OSError:
            return None
        address = probe.getsockname()[0]
    return None if address.startswith("127.") or address == "0.0.0.0" else address


def _connects(address: str, port: int) -> bool:
    try:
        with socket.create_connection((address, port), timeout=2):
            return True
    except OSError:
        return False


@pytest.fixture
def make_cms(tmp_path: Path) -> Iterator[int]:
    """`make cms`'s command on a free port in a throwaway git repository; yields the port. Stopped afterwards."""
    if shutil.which("node") is None:
        _missing("node")
    if not DECAP_SERVER.exists():
        _missing("decap-server (npm ci)")
    repo = tmp_path / "repo"
    repo.mkdir()
    _git(repo, "init", "-q", "-b", "main")
    port = _free_port()
    command = _make_command(port)
    log_path = tmp_path / "decap-server.log"
    # GIT_REPO_DIRECTORY keeps decap-server out of the real repository; the command sets everything else itself.
    env = {key: value for key, value in os.environ.items() if key not in ("BIND_HOST", "PORT", "MODE")}
    env["GIT_REPO_DIRECTORY"] = str(repo)
    with log_path.open("w") as log:
        process = subprocess.Popen(["sh", "-c", command], cwd=PROJECT_ROOT, env=env, stdout=log,
                                   stderr=subprocess.STDOUT, start_new_session=True)
    try:
        deadline = time.monotonic() + START_TIMEOUT_S
        while not _proxy_answers(f"http://{LOOPBACK}:{port}/api/v1"):
            if process.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"`{command}` did not start:\n{log_path.read_text()}", pytrace=False)
            time.sleep(0.2)
        yield port
    finally:
        _stop(process)


def test_the_makefile_runs_decap_server_in_git_mode_on_the_admin_page_s_port():
    words = shlex.split(_make_command(8081))
    assert words == ["BIND_HOST=127.0.0.1", "PORT=8081", "MODE=git", "node_modules/.bin/decap-server"]
    assert LOCAL_BACKEND_URL == "http://127.0.0.1:8081/api/v1", "make cms and the admin page must agree on the port"


def test_make_cms_listens_on_loopback_only(make_cms: int):
    port = make_cms
    if Path("/proc/net/tcp").exists():
        assert _listening(port) == [LOOPBACK], f"decap-server listens on {_listening(port)}"
    assert _connects(LOOPBACK, port)
    outward = _outward_address()
    if outward is None and not Path("/proc/net/tcp").exists():
        pytest.skip("neither /proc/net/tcp nor a non-loopback address to check against")
    if outward is not None:
        assert not _connects(outward, port), f"decap-server answers on {outward}:{port}"


def test_the_check_would_see_a_server_on_every_interface():
    """The other side of the test above: a socket bound to 0.0.0.0 is reported as such, and answers outward."""
    with socket.socket() as server:
        server.bind(("0.0.0.0", 0))
        server.listen()
        port = server.getsockname()[1]
        if Path("/proc/net/tcp").exists():
            assert _listening(port) == ["0.0.0.0"]
        outward = _outward_address()
        if outward is not None:
            assert _connects(outward, port)
