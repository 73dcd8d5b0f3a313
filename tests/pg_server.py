"""A throw-away PostgreSQL server for the test run (Debian's postgresql package).

Started once per test session on a private port and data folder; if it cannot
start, `reason` says why and the PostgreSQL tests are skipped with it.
"""
from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class PgServer:
    def __init__(self) -> None:
        self.url: str | None = None
        self.reason = ""
        self._dir: Path | None = None
        self._bin: Path | None = None
        self._prefix: list[str] = []

    def start(self) -> "PgServer":
        if os.environ.get("ONE_WINDOW_TEST_PG_URL"):
            self.url = os.environ["ONE_WINDOW_TEST_PG_URL"]
            return self
        candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
        if not candidates and shutil.which("initdb"):
            candidates = [shutil.which("initdb")]
        if not candidates:
            self.reason = "PostgreSQL server binaries not found (apt-get install postgresql)"
            return self
        self._bin = Path(candidates[-1]).parent
        self._dir = Path(tempfile.mkdtemp(prefix="one-window-pg-"))
        if os.geteuid() == 0:
            # The server refuses to run as root: run it as the postgres system user.
            if not shutil.which("runuser"):
                self.reason = "running as root and runuser is missing"
                return self
            shutil.chown(self._dir, "postgres", "postgres")
            self._prefix = ["runuser", "-u", "postgres", "--"]
        port = _free_port()
        data = self._dir / "data"
        try:
            self._run(str(self._bin / "initdb"), "-D", str(data), "-U", "postgres", "-A", "trust",
                      "-E", "UTF8", "--locale=C.UTF-8")
            self._run(str(self._bin / "pg_ctl"), "-D", str(data), "-l", str(self._dir / "log"), "-w",
                      "-t", "30", "-o", f"-p {port} -k {self._dir} -c listen_addresses=127.0.0.1 "
                      "-c fsync=off -c synchronous_commit=off -c full_page_writes=off", "start")
        except (OSError, subprocess.CalledProcessError, subprocess.TimeoutExpired) as err:
            detail = getattr(err, "stderr", b"") or b""
            self.reason = f"PostgreSQL did not start: {err} {detail.decode(errors='replace')[-300:]}"
            return self
        self.url = f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres"
        return self

    def _run(self, *cmd: str) -> None:
        subprocess.run([*self._prefix, *cmd], check=True, capture_output=True, timeout=60)

    def stop(self) -> None:
        if self._dir and self._bin and self.url:
            try:
                self._run(str(self._bin / "pg_ctl"), "-D", str(self._dir / "data"), "-m", "immediate", "stop")
            except Exception:
                pass
            time.sleep(0.1)
        if self._dir:
            shutil.rmtree(self._dir, ignore_errors=True)
