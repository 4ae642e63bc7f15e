"""Real databases for the store tests: a SQLite file per test, and a PostgreSQL server that
the test run starts itself (the distribution's binaries, a throwaway cluster in a temporary
directory, one fresh database per test).

Without PostgreSQL binaries the PostgreSQL cases skip with that reason, except where
KUTIP_REQUIRE_POSTGRES=1 (set by .ci/run, which installs them): there they fail.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.live_server import free_port

POSTGRES_BIN_GLOB = "/usr/lib/postgresql/*/bin"
POSTGRES_SYSTEM_USER = "postgres"  # initdb refuses to run as root
POSTGRES_ROLE = "kutip"
START_TIMEOUT_S = 60


def postgres_bin() -> Path | None:
    found = sorted(glob.glob(POSTGRES_BIN_GLOB), key=lambda path: int(Path(path).parent.name.split(".")[0]))
    if found and Path(found[-1], "initdb").exists():
        return Path(found[-1])
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def _as_server_user(command: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return command
    return ["runuser", "-u", POSTGRES_SYSTEM_USER, "--", *command]


@contextmanager
def postgres_server() -> Iterator[str]:
    """Yields the server's admin URL (trust auth on loopback)."""
    binaries = postgres_bin()
    if binaries is None:
        reason = "no PostgreSQL binaries (apt-get install postgresql)"
        if os.environ.get("KUTIP_REQUIRE_POSTGRES") == "1":
            pytest.fail(reason)
        pytest.skip(reason)
    root = Path(tempfile.mkdtemp(prefix="kutip-postgres-"))
    root.chmod(0o755)
    if os.geteuid() == 0:
        account = pwd.getpwnam(POSTGRES_SYSTEM_USER)
        os.chown(root, account.pw_uid, account.pw_gid)
    data, port = root / "data", free_port()
    try:
        subprocess.run(_as_server_user([str(binaries / "initdb"), "-D", str(data), "-U", POSTGRES_ROLE,
                                        "--auth=trust", "-E", "UTF8", "--no-sync"]),
                       check=True, capture_output=True, timeout=START_TIMEOUT_S)
        options = f"-p {port} -k {root} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off"
        subprocess.run(_as_server_user([str(binaries / "pg_ctl"), "-D", str(data), "-o", options,
                                        "-l", str(root / "server.log"), "-w", "-t", str(START_TIMEOUT_S), "start"]),
                       check=True, capture_output=True, timeout=START_TIMEOUT_S + 10)
        yield f"postgresql://{POSTGRES_ROLE}@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run(_as_server_user([str(binaries / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"]),
                       capture_output=True, timeout=START_TIMEOUT_S)
        shutil.rmtree(root, ignore_errors=True)


def fresh_postgres_database(admin_url: str) -> str:
    import psycopg

    name = f"kutip_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(admin_url, autocommit=True) as connection:
        connection.execute(f"CREATE DATABASE {name}")
    return admin_url.rsplit("/", 1)[0] + f"/{name}"
