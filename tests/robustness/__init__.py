"""Crash safety and concurrent desks, measured with real processes (tests.robustness.desk_worker).

The helpers here start workers and check a station database afterwards: the checks hold on
SQLite and PostgreSQL alike and name every broken invariant instead of stopping at the first.
"""
from __future__ import annotations

import json
import os
import select
import subprocess
import sys
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass, field
from pathlib import Path

from sqlalchemy import create_engine, text

ROOT = Path(__file__).resolve().parents[2]
OUT = Path(__file__).resolve().parent / "out"
WORKER = "tests.robustness.desk_worker"
NOW_ISO = "2026-11-23T10:00"  # the demo's Monday: every desk draws from one day's sequence


def worker(url: str, user: str, desk: str, log: Path, seconds: float, *, certificates: bool = True,
           busy_ms: int | None = None, seed: int | None = None) -> subprocess.Popen:
    cmd = [sys.executable, "-m", WORKER, "--database", url, "--user", user, "--desk", desk, "--log", str(log),
           "--seconds", str(seconds), "--now", NOW_ISO]
    if certificates:
        cmd.append("--certificates")
    if busy_ms is not None:
        cmd += ["--busy-ms", str(busy_ms)]
    if seed is not None:
        cmd += ["--seed", str(seed)]
    return subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "PYTHONPATH": str(ROOT)})


def wait_ready(proc: subprocess.Popen, timeout: float = 60) -> None:
    """Block until the worker has opened the database and loaded printing."""
    ready, _, _ = select.select([proc.stdout], [], [], timeout)
    line = proc.stdout.readline() if ready else ""
    if line.strip() != "ready":
        proc.kill()
        out, err = proc.communicate()
        raise AssertionError(f"worker did not start (rc={proc.returncode}): {line}{out}\n{err}")


def finish(proc: subprocess.Popen, timeout: float) -> dict:
    """Wait for a worker's normal end; its JSON summary, or an AssertionError with its traceback."""
    try:
        out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        out, err = proc.communicate()
        raise AssertionError(f"worker did not finish in {timeout} s:\n{err}")
    if proc.returncode != 0:
        raise AssertionError(f"worker exited with {proc.returncode}:\n{err}")
    return json.loads(out.strip().splitlines()[-1])


@dataclass
class Log:
    affairs: dict[int, tuple[str, int]] = field(default_factory=dict)  # id -> (number, materials)
    certificates: dict[str, int] = field(default_factory=dict)  # number -> affair id
    duplicates: list[str] = field(default_factory=list)


def read_logs(*paths: Path) -> Log:
    log = Log()
    for path in paths:
        if not path.exists():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            parts = line.split("\t")
            if len(parts) != 3:
                # A kill can never leave a torn line: the line is written whole and fsynced.
                log.duplicates.append(f"malformed log line {line!r}")
            elif parts[0] == "#cert":
                if parts[1] in log.certificates:
                    log.duplicates.append(f"certificate {parts[1]} logged twice")
                log.certificates[parts[1]] = int(parts[2])
            else:
                if int(parts[1]) in log.affairs:
                    log.duplicates.append(f"affair {parts[1]} logged twice")
                log.affairs[int(parts[1])] = (parts[0], int(parts[2]))
    return log


def snapshot(url: str) -> tuple[set[int], set[int]]:
    """Affair and certificate ids already there before the workers start."""
    engine = create_engine(_sa_url(url))
    with engine.connect() as c:
        affairs = set(c.execute(text("SELECT id FROM affair")).scalars())
        certs = set(c.execute(text("SELECT id FROM certificate")).scalars())
    engine.dispose()
    return affairs, certs


@dataclass
class Check:
    problems: list[str]
    affairs_written: int
    certificates_written: int
    receipts_logged: int
    certificates_logged: int
    unlogged_affairs: int  # committed, but the worker died before logging its receipt
    unlogged_certificates: int


def _sa_url(url: str) -> str:
    return url.replace("postgresql://", "postgresql+psycopg://", 1) if url.startswith("postgresql://") else url


def _seq(number: str) -> int:
    return int(number.rsplit("-", 1)[1])


def check_station(url: str, log: Log, before: tuple[set[int], set[int]] = (set(), set())) -> Check:
    """Every invariant a crash or a race could break; `problems` is empty when all hold."""
    problems = list(log.duplicates)
    engine = create_engine(_sa_url(url))
    with engine.connect() as c:
        if engine.dialect.name == "sqlite":
            integrity = c.exec_driver_sql("PRAGMA integrity_check").scalars().all()
            if integrity != ["ok"]:
                problems.append(f"integrity_check: {integrity[:5]}")
            fk = c.exec_driver_sql("PRAGMA foreign_key_check").all()
            if fk:
                problems.append(f"foreign_key_check: {fk[:5]}")
        affairs = {r.id: r for r in c.execute(text(
            "SELECT a.id, a.number, a.station_id, a.accepted_at, a.state, t.materials AS type_materials"
            " FROM affair a JOIN affair_type t ON t.id = a.affair_type_id"))}
        materials = dict(c.execute(text("SELECT affair_id, count(*) FROM affair_material GROUP BY affair_id")).all())
        events = defaultdict(list)
        for affair_id, kind, note in c.execute(text("SELECT affair_id, kind, note FROM affair_event ORDER BY id")):
            events[affair_id].append((kind, note))
        audited = Counter(c.execute(text(
            "SELECT target FROM audit_entry WHERE operation IN ('acceptance.accept', 'certificates.issue')"
        )).scalars())
        sequences = {(r[0], str(r[1])[:10]): r[2] for r in c.execute(text(
            "SELECT station_id, day, last FROM affair_sequence"))}
        certs = {r.id: r for r in c.execute(text("SELECT id, number, affair_id, station_id FROM certificate"))}
        cert_sequences = {(r[0], int(r[1])): r[2] for r in c.execute(text(
            "SELECT station_id, year, last FROM certificate_sequence"))}
    engine.dispose()

    # Affairs: unique numbers, none half-written, the sequence ahead of (and level with) what was used.
    for number, n in Counter(a.number for a in affairs.values()).items():
        if n > 1:
            problems.append(f"affair number {number} used {n} times")
    used = defaultdict(list)
    for a in affairs.values():
        if not events.get(a.id):
            problems.append(f"affair {a.number} has no event")
        if not materials.get(a.id):
            problems.append(f"affair {a.number} has no materials")
        day = a.number.split("-")[1]
        used[(a.station_id, f"{day[:4]}-{day[4:6]}-{day[6:]}")].append(_seq(a.number))
    for key, seqs in used.items():
        last = sequences.get(key, 0)
        if last < max(seqs):
            problems.append(f"affair_sequence {key} is {last} but number {max(seqs)} was used")
        # Drawn in the affair's own transaction: a rolled-back acceptance leaves no hole.
        if sorted(seqs) != list(range(1, last + 1)):
            problems.append(f"affair numbers of {key} are not 1..{last}: {len(seqs)} used")

    new_affairs = set(affairs) - before[0]
    for affair_id in sorted(new_affairs):
        a = affairs[affair_id]
        type_materials = a.type_materials if isinstance(a.type_materials, list) else json.loads(a.type_materials)
        if materials.get(affair_id, 0) != len(type_materials):
            problems.append(f"affair {a.number}: {materials.get(affair_id, 0)} materials of {len(type_materials)}")
        if not {"accept", "complete"} & {kind for kind, _ in events.get(affair_id, [])}:
            problems.append(f"affair {a.number} has no accept/complete event")
        if audited[f"affair:{affair_id}"] != 1:
            problems.append(f"affair {a.number} has {audited[f'affair:{affair_id}']} audit entries")

    for affair_id, (number, count) in log.affairs.items():
        a = affairs.get(affair_id)
        if a is None:
            problems.append(f"logged affair {number} (id {affair_id}) is missing")
        elif a.number != number:
            problems.append(f"logged affair id {affair_id} is {a.number}, the receipt said {number}")
        elif materials.get(affair_id, 0) != count:
            problems.append(f"logged affair {number}: {materials.get(affair_id, 0)} materials, receipt {count}")

    # Certificates: unique numbers, the yearly sequence level with them, each recorded on its affair.
    for number, n in Counter(c.number for c in certs.values()).items():
        if n > 1:
            problems.append(f"certificate number {number} used {n} times")
    cert_used = defaultdict(list)
    for cert in certs.values():
        cert_used[(cert.station_id, int(cert.number.split("-")[-2]))].append(_seq(cert.number))
    for key, seqs in cert_used.items():
        last = cert_sequences.get(key, 0)
        if sorted(seqs) != list(range(1, last + 1)):
            problems.append(f"certificate numbers of {key} are not 1..{last}: max {max(seqs)}, {len(seqs)} used")
    new_certs = set(certs) - before[1]
    for cert_id in new_certs:
        cert = certs[cert_id]
        if ("certificate", cert.number) not in events.get(cert.affair_id, []):
            problems.append(f"certificate {cert.number} has no event on its affair")
        if audited[f"certificate:{cert_id}"] != 1:
            problems.append(f"certificate {cert.number} has {audited[f'certificate:{cert_id}']} audit entries")
    by_number = {c.number: c for c in certs.values()}
    for number, affair_id in log.certificates.items():
        if number not in by_number:
            problems.append(f"logged certificate {number} is missing")
        elif by_number[number].affair_id != affair_id:
            problems.append(f"logged certificate {number} belongs to affair {by_number[number].affair_id}")

    return Check(
        problems=problems, affairs_written=len(new_affairs), certificates_written=len(new_certs),
        receipts_logged=len(log.affairs), certificates_logged=len(log.certificates),
        unlogged_affairs=len(new_affairs - set(log.affairs)),
        unlogged_certificates=len({certs[i].number for i in new_certs} - set(log.certificates)),
    )


def report(name: str, **figures) -> str:
    """One line for `pytest -s`, and the same as JSON in tests/robustness/out/<name>.json."""
    OUT.mkdir(exist_ok=True)
    (OUT / f"{name}.json").write_text(json.dumps(figures, ensure_ascii=False, indent=1, default=str) + "\n",
                                      encoding="utf-8")
    line = f"{name}: " + ", ".join(f"{k}={v}" for k, v in figures.items() if not isinstance(v, (list, dict)))
    print("\n" + line)
    return line


__all__ = ["Check", "Log", "asdict", "check_station", "finish", "read_logs", "report", "snapshot", "wait_ready",
           "worker"]
