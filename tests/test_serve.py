"""`crm serve` on a fresh folder: migrates, creates the first owner, prints how to log in."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time

import httpx


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_for(proc: subprocess.Popen[str], url: str, deadline: float) -> httpx.Response:
    while True:
        try:
            return httpx.get(url, timeout=1)
        except httpx.TransportError:
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                raise AssertionError(f"crm serve did not start:\n{proc.communicate()[0]}") from None
            time.sleep(0.2)


def test_serve_on_an_empty_folder_starts_and_prints_the_login(tmp_path):
    port = _free_port()
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("DATABASE_URL", "BROKER_URL", "SECRET_KEY"))
    }
    proc = subprocess.Popen(
        [sys.executable, "-m", "crm", "serve", "--port", str(port)],
        cwd=tmp_path,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        r = _wait_for(proc, f"http://127.0.0.1:{port}/api/openapi.json", time.monotonic() + 60)
        assert r.status_code == 200
        # the API answers, and refuses anonymous callers
        assert httpx.get(f"http://127.0.0.1:{port}/api/v1/contacts").status_code == 401
    finally:
        proc.terminate()
        output, _ = proc.communicate(timeout=15)
    assert f"listening on http://127.0.0.1:{port}/" in output
    assert re.search(r"email:\s+owner@example\.com", output)
    password = re.search(r"password:\s+(\S+)", output).group(1)
    assert len(password) >= 12
    # the database and the generated secret key sit in the folder it was started in
    assert (tmp_path / "crm.sqlite3").exists()
    assert (tmp_path / "crm.secret").stat().st_mode & 0o077 == 0
    assert "Traceback" not in output
