"""Benchmark of the desk's hot paths on a station seeded at scale.

Full run (the figures in bench/RESULTS.md), from the repository root:

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m bench.run --scale 0.1 --runs 15 --out bench/out
    QT_QPA_PLATFORM=offscreen .venv/bin/python -m bench.run --scale 1.0 --runs 15 --out bench/out

Other options: --database URL measures a PostgreSQL (or other) database
instead of the cached SQLite file (it is seeded if it holds no station yet;
accepts are written into it); --no-cold-start skips the GUI start-up figures;
--cold-timeout S bounds one GUI start; --render-only rewrites bench/RESULTS.md
from the results files in --out without measuring.

What it does:
1. Seeds the station with bench.seed (cached: bench/out/seed-scale<S>.sqlite3
   plus its .json; reused while the scale, the seed and the migration scripts
   are unchanged) and works on a copy of it (work-scale<S>.sqlite3), so the
   cached file is never written to.
2. Times, per figure, `--runs` repetitions (the searches: runs x 20 varied
   queries), and writes bench/out/results-scale<S>-<backend>.json,
   bench/out/results.json (this run) and bench/RESULTS.md (one section per
   results file found in the output folder), and prints the table.

Figures (milliseconds, median and p95):
- cold_start_*: a separate process per run (QT_QPA_PLATFORM=offscreen,
  ONE_WINDOW_BENCH_EXIT_WHEN_IDLE=1) running `app.cli.main(["--database", url])`;
  from the parent's time.time() just before the process is spawned to the
  time.time() the app prints as `ONE_WINDOW_IDLE <t>` once the desk window is
  shown and the event loop idle. "n/a" with the reason when the GUI is not
  there yet or does not print the line. One unmeasured start first compiles
  the bytecode (PYTHONDONTWRITEBYTECODE is dropped for the child), as an
  installed desk has it. Its floor: the same measurement of a process that only
  imports SQLAlchemy's ORM and Qt Widgets and shows an empty window.
- search_*: app.services.residents.search per keystroke kind, beside the raw
  floor: stdlib sqlite3 running the statement the service sends (one range
  sub-select per meaning of the text, the hits joined to household and tags);
  ratio = service median / raw median. Each run
  checks the floor returns the same residents in the same order and counts
  the queries where it does not ("floor differs"): if that is not zero, the
  service changed and raw_resident_search must follow it.
- type_search_*: app.services.catalogue.search_types, with its raw floor.
- resident_open: residents.get + acceptance.resident_affairs(limit=20), what
  the desk runs when a resident is picked from the list, with its raw floor.
- accept_*: residents.search + catalogue.get_type + acceptance.accept.
- receipt_pdf: app.printing.receipt_bytes(documents.receipt(ctx, id)) after
  one warm-up.
- ui_*: the desk's UI thread on the same database (bench/ui_probe.py, Qt
  offscreen): per keystroke in the resident and type searches and per resident
  picked, the slot plus the layout and repaint it causes; and the longest gap
  between 2 ms timer ticks while a one-year report is counted on a worker
  thread and shown. One frame at 60 Hz is 16.7 ms. --no-ui skips them.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import os
import platform
import random
import re
import shutil
import sqlite3
import statistics
import subprocess
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path
from typing import Callable

import sqlalchemy
from sqlalchemy import func, select, text
from sqlalchemy.engine import make_url

from app import db as dbmod
from app.models import Affair, Resident
from app.services import acceptance, catalogue, residents, station
from app.services.context import ServiceContext

from . import seed as seedmod

REPO = Path(__file__).resolve().parent.parent
QUERIES_PER_KIND = 20
LIMIT = 30
ON_SPOT, COLLECT = "G099", "G031"  # 社区居住证明开具 / 高龄老年人津贴申请, as in the tests

# Every figure the results carry, in table order.
FIGURES: dict[str, str] = {
    "cold_start_new_db": "Cold start, first start on a new database (migrations + demo seed)",
    "cold_start_demo": "Cold start, demo-only database",
    "cold_start_seeded": "Cold start, seeded database",
    "search_name_1": "Resident search: name, 1 character",
    "search_name_2": "Resident search: name, 2 characters",
    "search_initials": "Resident search: pinyin initials, 2-3 letters",
    "search_id_6": "Resident search: ID prefix, 6 digits",
    "search_id_10": "Resident search: ID prefix, 10 digits",
    "search_id_14": "Resident search: ID prefix, 14 digits",
    "search_phone_prefix": "Resident search: phone prefix, 3-7 digits",
    "search_phone_last4": "Resident search: phone, last 4 digits",
    "type_search_zh": "Affair type search: Chinese fragments",
    "type_search_initials": "Affair type search: pinyin initials",
    "type_search_code": "Affair type search: codes",
    "resident_open": "Resident opened: residents.get + acceptance.resident_affairs(limit=20)",
    "accept_on_the_spot": f"Acceptance path, on-the-spot type ({ON_SPOT})",
    "accept_collect_submit": f"Acceptance path, collect-and-submit type ({COLLECT})",
    "receipt_pdf": "Receipt PDF (documents.receipt + printing.receipt_bytes)",
    "transfer_queue": "Transfer queue with deadline states (queue.queue, deputy stationmaster)",
    "daily_report": "Daily report, last seeded day (reports.report, deputy)",
    "year_report_uncounted": "One-year report, no month kept yet (report_month emptied before each run)",
    "year_report": "One-year report, 365 days to the last seeded day, past months kept (reports.report, deputy)",
    "report_pdf": "One-year report written as PDF (report_export.render)",
    "report_xlsx": "One-year report written as XLSX",
    "report_csv": "One-year report written as CSV",
    "ui_search_keystroke": "Desk UI thread per keystroke in the resident search (edit + search + list + repaint)",
    "ui_resident_pick": "Desk UI thread per resident picked from the list (card + affairs + repaint)",
    "ui_type_keystroke": "Desk UI thread per keystroke in the affair type search",
    "ui_report_gap": "Longest UI event-loop gap while a one-year report is counted in the background and shown",
}
TYPE_INPUTS = {
    "type_search_zh": ["老年", "证明", "低保", "残疾", "医保", "党员", "补贴", "维修", "居住", "就业", "老", "养老"],
    "type_search_initials": ["gl", "db", "cj", "yb", "dy", "ylbx", "jzz", "wx", "zm", "lnr"],
    "type_search_code": ["G", "G0", "G03", "G031", "P0", "P002", "L0", "L01", "C", "G1"],
}


# -- statistics -------------------------------------------------------------------

def percentile(samples: list[float], q: float) -> float:
    """Linear interpolation between closest ranks (q in 0..100)."""
    xs = sorted(samples)
    if len(xs) == 1:
        return xs[0]
    pos = (len(xs) - 1) * q / 100
    lo = int(pos)
    hi = min(lo + 1, len(xs) - 1)
    return xs[lo] + (xs[hi] - xs[lo]) * (pos - lo)


def figure(key: str, samples_s: list[float] | None = None, raw_s: list[float] | None = None, *,
           reason: str = "", **detail) -> dict:
    out: dict = {"label": FIGURES[key], "status": "n/a", "reason": reason, "median_ms": None, "p95_ms": None,
                 "n": 0, "raw_median_ms": None, "raw_p95_ms": None, "ratio": None, "detail": detail}
    if samples_s:
        out.update(status="ok", reason="", n=len(samples_s),
                   median_ms=round(statistics.median(samples_s) * 1000, 3),
                   p95_ms=round(percentile(samples_s, 95) * 1000, 3))
    if samples_s and raw_s:
        out["raw_median_ms"] = round(statistics.median(raw_s) * 1000, 3)
        out["raw_p95_ms"] = round(percentile(raw_s, 95) * 1000, 3)
        if out["raw_median_ms"] > 0:
            out["ratio"] = round(out["median_ms"] / out["raw_median_ms"], 2)
    return out


def _timed(fn: Callable, *args, **kwargs):
    t = time.perf_counter()
    result = fn(*args, **kwargs)
    return time.perf_counter() - t, result


# -- data preparation -------------------------------------------------------------

def _say(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def _safe_url(url: str) -> str:
    return make_url(url).render_as_string(hide_password=True)


def _sqlite_path(url: str) -> Path | None:
    u = make_url(url)
    if u.get_backend_name() == "sqlite" and u.database not in (None, "", ":memory:"):
        return Path(u.database)
    return None


def _copy_sqlite(src: Path, dst: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        target = Path(str(dst) + suffix)
        if target.exists():
            target.unlink()
    shutil.copyfile(src, dst)
    if Path(str(src) + "-wal").exists():
        shutil.copyfile(str(src) + "-wal", str(dst) + "-wal")


def prepare_seed(out_dir: Path, scale: float, database: str | None = None, *,
                 seed_value: int = seedmod.DEFAULT_SEED, progress=_say) -> tuple[str, dict]:
    """The seeded database for this scale: reused when cached, else seeded now."""
    out_dir.mkdir(parents=True, exist_ok=True)
    tag = f"scale{scale:g}"
    if database:
        meta_path = out_dir / f"seed-{tag}-{re.sub(r'[^A-Za-z0-9]+', '_', _safe_url(database))[-60:]}.json"
        url = database
    else:
        path = out_dir / f"seed-{tag}.sqlite3"
        meta_path = out_dir / f"seed-{tag}.json"
        url = f"sqlite:///{path}"
    schema = seedmod.schema_fingerprint()
    if meta_path.exists():
        meta = json.loads(meta_path.read_text())
        if meta.get("scale") == scale and meta.get("seed") == seed_value and _has_station(url):
            if meta.get("schema") == schema:
                progress(f"reusing the seeded database {_safe_url(url)} ({meta['residents']} residents, "
                         f"{meta['affairs']} affairs)")
                return url, meta
            if database:
                raise SystemExit(f"{_safe_url(url)} was seeded under other migration scripts "
                                 f"(schema {meta.get('schema')} != {schema}); give an empty database")
            progress("the migration scripts changed since the cached seed: seeding again")
    if not database:
        for suffix in ("", "-wal", "-shm"):
            p = Path(str(out_dir / f"seed-{tag}.sqlite3") + suffix)
            if p.exists():
                p.unlink()
    elif _has_station(url):
        raise SystemExit(f"{_safe_url(url)} already holds a station but no bench seed of scale {scale:g} "
                         f"is recorded in {meta_path}; give an empty database")
    progress(f"seeding {_safe_url(url)} at scale {scale:g} ...")
    meta = seedmod.seed(url, scale, seed_value=seed_value, progress=progress)
    meta_path.write_text(json.dumps(meta, ensure_ascii=False, indent=1))
    progress(f"seeded in {meta['seconds']} s: {meta['residents']} residents, {meta['households']} households, "
             f"{meta['affairs']} affairs, {meta['materials']} materials, {meta['events']} events")
    return url, meta


def _has_station(url: str) -> bool:
    path = _sqlite_path(url)
    if path is not None and not path.exists():
        return False
    try:
        engine = sqlalchemy.create_engine(url if not url.startswith("postgresql://")
                                          else url.replace("postgresql://", "postgresql+psycopg://", 1))
        try:
            with engine.connect() as c:
                return c.execute(sqlalchemy.text("SELECT count(*) FROM station")).scalar() > 0
        finally:
            engine.dispose()
    except sqlalchemy.exc.SQLAlchemyError:
        return False


def working_copy(url: str, out_dir: Path, name: str) -> str:
    """SQLite: a fresh copy of the seeded file to write into. Other databases: the same URL."""
    path = _sqlite_path(url)
    if path is None:
        return url
    target = out_dir / name
    _copy_sqlite(path, target)
    return f"sqlite:///{target}"


def prepare_demo_db(out_dir: Path) -> str:
    """A demo-only database, as the app leaves it after its first start."""
    from app.bootstrap import open_station

    path = out_dir / "demo.sqlite3"
    for suffix in ("", "-wal", "-shm"):
        p = Path(str(path) + suffix)
        if p.exists():
            p.unlink()
    url = f"sqlite:///{path}"
    database, _ctx = open_station(url, seed_demo=True)
    database.dispose()
    return url


# -- cold start -----------------------------------------------------------------------

DRIVER = "import sys; from app.cli import main; sys.exit(main(sys.argv[1:]))"
# The floor of a start on this stack: Python, SQLAlchemy's ORM and Qt Widgets imported, an empty main
# window shown and the event loop idle. No desk can start faster than this on the same machine.
FLOOR_DRIVER = (
    "import sys, time\n"
    "import sqlalchemy.orm\n"
    "from PySide6.QtCore import QTimer\n"
    "from PySide6.QtWidgets import QApplication, QLineEdit, QMainWindow\n"
    "app = QApplication(sys.argv[:1])\n"
    "w = QMainWindow(); w.setCentralWidget(QLineEdit()); w.resize(1366, 768); w.show()\n"
    "QTimer.singleShot(0, lambda: (print(f'ONE_WINDOW_IDLE {time.time():.6f}', flush=True), app.quit()))\n"
    "app.exec()\n"
)
IDLE_LINE = re.compile(r"^ONE_WINDOW_IDLE\s+([0-9.]+)\s*$", re.M)


def _start_env() -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ONE_WINDOW_BENCH_EXIT_WHEN_IDLE="1")
    # An installed desk has its bytecode compiled (pip and PyInstaller write it); a shell that forbids
    # writing it would make every start compile the program again.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def _one_start(argv: list[str], timeout: float) -> tuple[float | None, float, str, str, int | None]:
    """(seconds to the idle line or None, seconds to exit, stdout, stderr, exit code) of one process."""
    env = _start_env()
    t0 = time.time()
    env["ONE_WINDOW_BENCH_T0"] = repr(t0)
    proc = subprocess.Popen([sys.executable, *argv], cwd=REPO, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    try:
        out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        out, err = proc.communicate()
        return None, time.time() - t0, out, err, None
    t_exit = time.time()
    m = IDLE_LINE.search(out or "")
    return (float(m.group(1)) - t0 if m else None), t_exit - t0, out, err, proc.returncode


def start_floor(runs: int, timeout: float = 60.0) -> list[float]:
    """Seconds to an empty window on this stack, per run (after one unmeasured warm-up)."""
    samples = []
    for i in range(runs + 1):
        took, _exit, _out, _err, _code = _one_start(["-c", FLOOR_DRIVER], timeout)
        if took is not None and i > 0:
            samples.append(took)
    return samples


def cold_start(key: str, url_for_run: Callable[[int], str], runs: int, timeout: float = 60.0,
               progress=_say, floor: list[float] | None = None) -> dict:
    if importlib.util.find_spec("app.ui") is None or importlib.util.find_spec("app.ui.app") is None:
        return figure(key, reason="app.ui.app is not there yet (the GUI is being written)")
    samples, exits = [], []
    for i in range(runs + 1):  # the first start, unmeasured, compiles the bytecode as an install would have
        took, t_exit, out, err, code = _one_start(["-c", DRIVER, "--database", url_for_run(i)], timeout)
        if code is None:
            return figure(key, reason=f"no ONE_WINDOW_IDLE line within {timeout:g} s (is "
                                      "ONE_WINDOW_BENCH_EXIT_WHEN_IDLE honoured yet?); process killed",
                          stderr_tail=_tail(err))
        if took is None:
            return figure(key, reason=f"the app exited ({code}) without printing ONE_WINDOW_IDLE",
                          stderr_tail=_tail(err), stdout_tail=_tail(out))
        if i > 0:
            samples.append(took)
            exits.append(t_exit)
    progress(f"  {key}: {statistics.median(samples) * 1000:.0f} ms median"
             + (f" (empty window on this stack {statistics.median(floor) * 1000:.0f} ms)" if floor else ""))
    return figure(key, samples, floor or None, process_exit_median_ms=round(statistics.median(exits) * 1000, 1),
                  floor="Python + SQLAlchemy ORM + Qt Widgets importing and showing an empty window")


def _tail(text: str | None, n: int = 600) -> str:
    return (text or "")[-n:]


# -- resident search ------------------------------------------------------------------

def resident_queries(engine, rng: random.Random, per_kind: int = QUERIES_PER_KIND) -> dict[str, list[str]]:
    """Varied keystroke inputs drawn from the residents actually stored."""
    with engine.connect() as c:
        people = c.execute(select(Resident.name, Resident.initials, Resident.id_number, Resident.phone)
                           .order_by(Resident.id)).all()
        c.rollback()
    mobiles = [p.phone for p in people if p.phone.isdigit() and len(p.phone) == 11]
    digits = [re.sub(r"\D", "", p.phone) for p in people if len(re.sub(r"\D", "", p.phone)) >= 7]
    ids = [p.id_number for p in people]
    pick = lambda xs: [rng.choice(xs) for _ in range(per_kind)]  # noqa: E731
    return {
        "search_name_1": [n[:1] for n in pick([p.name for p in people])],
        "search_name_2": [n[:2] for n in pick([p.name for p in people if len(p.name) >= 2])],
        "search_initials": [i[:rng.choice((2, 3))] for i in pick([p.initials for p in people if len(p.initials) >= 2])],
        "search_id_6": [i[:6] for i in pick(ids)],
        "search_id_10": [i[:10] for i in pick(ids)],
        "search_id_14": [i[:14] for i in pick(ids)],
        "search_phone_prefix": [m[:rng.randint(3, 7)] for m in pick(mobiles or ["13911012345"])],
        "search_phone_last4": [d[-4:] for d in pick(digits or ["13911012345"])],
    }


_TOP = "\U0010ffff"

def raw_resident_terms(text: str) -> list[tuple[str, str]]:
    """(column, prefix) pairs the service looks up for `text`, in its order
    (mirrors app.services.residents._conditions)."""
    raw = text.strip()
    q = re.sub(r"[\s-]", "", raw).upper()
    if re.fullmatch(r"[0-9]+X?", q):
        terms = [("id_number", q)]
        if "X" not in q:
            terms.append(("phone", q))
            if len(q) >= 4:
                terms.append(("phone_rev", q[::-1]))
        return terms
    if re.fullmatch(r"[A-Za-z]+", raw):
        terms = [("initials", raw.lower())]
        if len(q) >= 5:
            terms.append(("id_number", q))
        return terms
    if re.fullmatch(r"[A-Za-z][A-Za-z0-9]+", raw):
        return [("id_number", q)]
    return [("name", raw)]


def _range_sql(column: str) -> str:
    return (f"SELECT id FROM resident WHERE station_id = ? AND {column} >= ? AND {column} < ? "
            f"ORDER BY {column}, id LIMIT ? OFFSET 0")


def raw_resident_search(conn: sqlite3.Connection, station_id: int, text: str, limit: int = LIMIT) -> list[tuple]:
    """The floor: the statement the service sends, through the stdlib driver, and the same walk over
    its rows (first `limit` distinct residents in order).

    One statement: per meaning of the text a range sub-select that stops after `limit` rows, the hits
    joined to their household and tags.
    """
    parts, params = [], []
    for k, (column, prefix) in enumerate(raw_resident_terms(text)):
        parts.append(f"SELECT * FROM (SELECT id AS rid, {k} AS k, {column} AS v FROM resident "
                     f"WHERE station_id = ? AND {column} >= ? AND {column} < ? ORDER BY {column}, id LIMIT ?)")
        params += [station_id, prefix, prefix + _TOP, limit]
    sql = ("SELECT r.id, r.name, r.gender, r.birth_date, r.id_type, r.id_number, r.phone, "
           "h.building, h.unit, h.room, t.tag FROM (" + " UNION ALL ".join(parts) + ") AS hit "
           "JOIN resident r ON r.id = hit.rid LEFT OUTER JOIN household h ON h.id = r.household_id "
           "LEFT OUTER JOIN resident_tag t ON t.resident_id = r.id ORDER BY hit.k, hit.v, r.id")
    found: dict[int, tuple] = {}
    for row in conn.execute(sql, params):
        if row[0] not in found:
            if len(found) >= limit:
                break
            found[row[0]] = row
    return list(found.values())


def _plan(conn: sqlite3.Connection, sql: str, params: list) -> list[str]:
    return [row[-1] for row in conn.execute("EXPLAIN QUERY PLAN " + sql, params).fetchall()]


def measure_resident_search(ctx: ServiceContext, raw: sqlite3.Connection | None, queries: dict[str, list[str]],
                            runs: int, progress=_say) -> tuple[dict, dict]:
    figures, plans = {}, {}
    sid = ctx.actor.station_id
    for key, texts in queries.items():
        mismatches, rows_seen = 0, []
        for t in texts:  # warm-up; checks the floor returns the same residents
            got = [r.id for r in residents.search(ctx, t)]
            rows_seen.append(len(got))
            if raw is not None and [r[0] for r in raw_resident_search(raw, sid, t)] != got:
                mismatches += 1
        svc, flo = [], []
        for _ in range(runs):
            for t in texts:
                svc.append(_timed(residents.search, ctx, t)[0])
                if raw is not None:
                    flo.append(_timed(raw_resident_search, raw, sid, t)[0])
        if raw is not None:
            plans[key] = {"query": texts[0], "plan": [
                f"{column}: " + " / ".join(_plan(raw, _range_sql(column), [sid, prefix, prefix + _TOP, LIMIT]))
                for column, prefix in raw_resident_terms(texts[0])]}
        figures[key] = figure(key, svc, flo or None, examples=texts[:5],
                              mean_rows=round(statistics.mean(rows_seen), 1),
                              floor_mismatches=mismatches if raw is not None else None,
                              floor="stdlib sqlite3" if raw is not None else "n/a (not SQLite)")
        f = figures[key]
        progress(f"  {key}: {f['median_ms']} ms (floor {f['raw_median_ms']} ms)")
    return figures, plans


# -- affair type search -----------------------------------------------------------------

def _escape_like(s: str) -> str:
    return s.replace("/", "//").replace("%", "/%").replace("_", "/_")


_TYPE_SQL = (  # the statement app.services.catalogue.search_types sends
    "SELECT code, name_zh, name_en, category_code, service_kind, handling_mode, committed_days, use_count, "
    "initials FROM affair_type WHERE active = 1 AND (name_zh LIKE ? ESCAPE '/' OR code LIKE ? ESCAPE '/' "
    "OR initials LIKE ? ESCAPE '/' OR keywords LIKE ? ESCAPE '/' OR lower(name_en) LIKE ? ESCAPE '/') "
    "ORDER BY use_count DESC, code LIMIT ?"
)


def raw_type_search(conn: sqlite3.Connection, text: str, limit: int = 60) -> list[tuple]:
    t = text.strip()
    low = t.lower()
    return conn.execute(_TYPE_SQL, [f"%{_escape_like(t)}%", f"{_escape_like(t.upper())}%", f"%{_escape_like(low)}%",
                                    f"%{_escape_like(t)}%", f"%{_escape_like(low)}%", limit]).fetchall()


def measure_type_search(ctx: ServiceContext, raw: sqlite3.Connection | None, runs: int, progress=_say) -> dict:
    figures = {}
    for key, texts in TYPE_INPUTS.items():
        mismatches, counts = 0, []
        for t in texts:
            got = catalogue.search_types(ctx, t)
            counts.append(len(got))
            if raw is not None and sorted(r[0] for r in raw_type_search(raw, t)) != sorted(x.code for x in got):
                mismatches += 1
        svc, flo = [], []
        for _ in range(runs):
            for t in texts:
                svc.append(_timed(catalogue.search_types, ctx, t)[0])
                if raw is not None:
                    flo.append(_timed(raw_type_search, raw, t)[0])
        figures[key] = figure(key, svc, flo or None, inputs=texts, mean_rows=round(statistics.mean(counts), 1),
                              floor_mismatches=mismatches if raw is not None else None)
        progress(f"  {key}: {figures[key]['median_ms']} ms (floor {figures[key]['raw_median_ms']} ms)")
    return figures


# -- opening a resident (what the desk does on every pick from the search list) ----------

_AFFAIRS_SQL = (  # the statements residents.get and acceptance.resident_affairs send
    "SELECT affair.id, affair.number, affair_type.code, affair_type.name_zh, affair_type.name_en, affair.state, "
    "affair.handling_mode, affair.accepted_at, affair.committed_date, affair.visits FROM affair "
    "JOIN affair_type ON affair_type.id = affair.affair_type_id WHERE affair.resident_id = ? "
    "ORDER BY affair.accepted_at DESC, affair.id DESC LIMIT ?"
)
_CARD_SQL = (
    "SELECT resident.id, resident.station_id, resident.name, resident.gender, resident.birth_date, "
    "resident.id_type, resident.id_number, resident.phone, resident.household_id, resident.relation, "
    "household.building, household.unit, household.room FROM resident "
    "LEFT OUTER JOIN household ON household.id = resident.household_id WHERE resident.id = ?"
)


def raw_resident_open(conn: sqlite3.Connection, station_id: int, resident_id: int, limit: int = 20) -> list:
    """The floor: the resident with their household, its members, their tags, their last affairs."""
    r = conn.execute(_CARD_SQL, [resident_id]).fetchone()
    if r[8] is not None:
        conn.execute("SELECT id, name, relation, birth_date FROM resident WHERE household_id = ? ORDER BY id",
                     [r[8]]).fetchall()
    conn.execute("SELECT tag FROM resident_tag WHERE resident_id = ? ORDER BY tag", [resident_id]).fetchall()
    if conn.execute("SELECT station_id FROM resident WHERE id = ?", [resident_id]).fetchone()[0] != station_id:
        return []
    return conn.execute(_AFFAIRS_SQL, [resident_id, limit]).fetchall()


def measure_resident_open(ctx: ServiceContext, raw: sqlite3.Connection | None, resident_ids: list[int],
                          runs: int, progress=_say) -> tuple[dict, dict]:
    sid = ctx.actor.station_id

    def service(rid: int):
        residents.get(ctx, rid)
        return acceptance.resident_affairs(ctx, rid, limit=20)

    counts, mismatches = [], 0
    for rid in resident_ids:  # warm-up
        got = [a.id for a in service(rid)]
        counts.append(len(got))
        if raw is not None and [row[0] for row in raw_resident_open(raw, sid, rid)] != got:
            mismatches += 1
    svc, flo = [], []
    for i in range(runs):
        for rid in resident_ids:
            svc.append(_timed(service, rid)[0])
            if raw is not None:
                flo.append(_timed(raw_resident_open, raw, sid, rid)[0])
    plan = {}
    if raw is not None:
        plan = {"resident_open": {"query": f"resident_affairs({resident_ids[0]})",
                                  "plan": _plan(raw, _AFFAIRS_SQL, [resident_ids[0], 20])}}
    f = figure("resident_open", svc, flo or None, mean_rows=round(statistics.mean(counts), 1),
               floor_mismatches=mismatches if raw is not None else None)
    progress(f"  resident_open: {f['median_ms']} ms (floor {f['raw_median_ms']} ms)")
    return {"resident_open": f}, plan


# -- acceptance and receipt -------------------------------------------------------------

def _accept_once(ctx: ServiceContext, query: str, code: str) -> tuple[dict, object]:
    steps = {}
    t0 = time.perf_counter()
    found = residents.search(ctx, query)
    t1 = time.perf_counter()
    atype = catalogue.get_type(ctx, code)
    t2 = time.perf_counter()
    result = acceptance.accept(ctx, found[0].id, code, ["provided"] * len(atype.materials))
    t3 = time.perf_counter()
    steps.update(total=t3 - t0, search=t1 - t0, get_type=t2 - t1, accept=t3 - t2)
    return steps, result


def measure_acceptance(ctx: ServiceContext, name_queries: list[str], runs: int,
                       progress=_say) -> tuple[dict, list[int]]:
    figures, affair_ids = {}, []
    queries = [q for q in name_queries if residents.search(ctx, q)] or ["张秀兰"]
    for key, code in (("accept_on_the_spot", ON_SPOT), ("accept_collect_submit", COLLECT)):
        _steps, warm = _accept_once(ctx, queries[0], code)  # warm-up, not counted
        affair_ids.append(warm.id)
        samples: dict[str, list[float]] = {"total": [], "search": [], "get_type": [], "accept": []}
        numbers, states = [], set()
        for i in range(runs):
            steps, result = _accept_once(ctx, queries[(i + 1) % len(queries)], code)
            for k, v in steps.items():
                samples[k].append(v)
            numbers.append(result.number)
            states.add(result.state)
            affair_ids.append(result.id)
        figures[key] = figure(
            key, samples["total"], warm_up_number=warm.number, last_number=numbers[-1] if numbers else None,
            states=sorted(states),
            step_median_ms={k: round(statistics.median(v) * 1000, 3) for k, v in samples.items() if v})
        progress(f"  {key}: {figures[key]['median_ms']} ms")
    return figures, affair_ids


def measure_receipt(ctx: ServiceContext, affair_ids: list[int], runs: int, progress=_say) -> dict:
    try:
        from app.printing import receipt_bytes
        from app.services import documents
    except Exception as err:  # the printing package is being written by another engineer
        return figure("receipt_pdf", reason=f"app.printing.receipt_bytes not importable: "
                                            f"{type(err).__name__}: {err}")
    if not affair_ids:
        return figure("receipt_pdf", reason="no affair to print")
    try:
        first, pdf = _timed(lambda: receipt_bytes(documents.receipt(ctx, affair_ids[0])))
    except Exception as err:
        return figure("receipt_pdf", reason=f"warm-up print failed: {type(err).__name__}: {err}")
    samples, doc_samples, sizes = [], [], []
    for i in range(runs):
        aid = affair_ids[(i + 1) % len(affair_ids)]
        t0 = time.perf_counter()
        doc = documents.receipt(ctx, aid)
        t1 = time.perf_counter()
        data = receipt_bytes(doc)
        t2 = time.perf_counter()
        samples.append(t2 - t0)
        doc_samples.append(t1 - t0)
        sizes.append(len(data))
    progress(f"  receipt_pdf: {statistics.median(samples) * 1000:.1f} ms (first call {first * 1000:.0f} ms)")
    return figure("receipt_pdf", samples, first_call_ms=round(first * 1000, 1),
                  receipt_doc_median_ms=round(statistics.median(doc_samples) * 1000, 3),
                  pdf_bytes_median=int(statistics.median(sizes)), pdf_ok=pdf[:5] == b"%PDF-")


# -- the back office ---------------------------------------------------------------------

_QUEUE_SQL = (
    "SELECT affair.id, affair.number, affair_type.code, affair_type.name_zh, affair_type.name_en, "
    "affair_type.category_code, affair_type.handler_code, resident.name, resident.phone, affair.state, "
    "affair.accepted_at, staff.id, staff.name, affair.committed_date, affair.urgent, affair.urgent_at, "
    "affair.urge_count FROM affair JOIN affair_type ON affair_type.id = affair.affair_type_id "
    "JOIN resident ON resident.id = affair.resident_id JOIN staff ON staff.id = affair.accepted_by "
    "WHERE affair.station_id = ? AND affair.state IN ('accepted', 'dispatched', 'answered')"
)


def raw_queue(conn: sqlite3.Connection, station_id: int) -> list[int]:
    """The floor: the open affairs and their legs (the statements queue.queue sends), no deadline arithmetic."""
    rows = conn.execute(_QUEUE_SQL, [station_id]).fetchall()
    conn.execute("SELECT dispatch_leg.affair_id, dispatch_leg.partner_code, dispatch_leg.state FROM dispatch_leg "
                 "JOIN affair ON affair.id = dispatch_leg.affair_id WHERE affair.station_id = ? AND affair.state "
                 "IN ('accepted', 'dispatched', 'answered') ORDER BY dispatch_leg.affair_id, dispatch_leg.position",
                 [station_id]).fetchall()
    return sorted(r[0] for r in rows)


def measure_queue(ctx: ServiceContext, raw: sqlite3.Connection | None, runs: int, progress=_say) -> dict:
    from app.services import queue

    deputy = ctx.as_actor(station.actor_for(ctx, "liufang", desk="bench"))
    result = queue.queue(deputy)  # warm-up
    mismatch = raw is not None and sorted(r.id for r in result.rows) != raw_queue(raw, ctx.actor.station_id)
    svc, flo = [], []
    for _ in range(runs):
        svc.append(_timed(queue.queue, deputy)[0])
        if raw is not None:
            flo.append(_timed(raw_queue, raw, ctx.actor.station_id)[0])
    f = figure("transfer_queue", svc, flo or None, rows=len(result.rows), counts=result.counts,
               floor_mismatches=int(mismatch) if raw is not None else None)
    progress(f"  transfer_queue: {f['median_ms']} ms for {len(result.rows)} rows (floor {f['raw_median_ms']} ms)")
    return f


# The report's queries as a hand-written SQLite job would run them over the whole range at once.
_REPORT_SQL = (
    ("SELECT affair_type_id, handling_mode, accepted_by, channel, state, visits <= 1, count(*) FROM affair "
     "WHERE station_id = :s AND accepted_at >= :lo AND accepted_at < :hi GROUP BY 1, 2, 3, 4, 5, 6"),
    ("SELECT substr(accepted_at, 1, 10), count(*) FROM affair WHERE station_id = :s AND accepted_at >= :lo "
     "AND accepted_at < :hi GROUP BY 1"),
    ("SELECT substr(completed_at, 1, 10), state, satisfaction, satisfaction IS NULL AND no_rating_reason != '', "
     "CASE WHEN urgent THEN (CASE WHEN substr(completed_at, 1, 10) <= substr(urgent_at, 1, 10) THEN 1 ELSE 0 END) "
     "WHEN handling_mode = 'on_the_spot' OR committed_date IS NULL THEN NULL "
     "WHEN substr(completed_at, 1, 10) <= committed_date THEN 1 ELSE 0 END, count(*) FROM affair "
     "WHERE station_id = :s AND state IN ('completed', 'referred') AND completed_at >= :lo AND completed_at < :hi "
     "GROUP BY 1, 2, 3, 4, 5"),
    ("SELECT count(*), sum(state = 'done'), count(called_at), sum((julianday(called_at) - julianday(issued_at)) "
     "* 1440), sum(CASE WHEN state = 'done' THEN (julianday(finished_at) - julianday(called_at)) * 1440 END) "
     "FROM ticket WHERE station_id = :s AND day >= :first AND day <= :last"),
    ("SELECT a.id, a.number, a.accepted_at, r.name, r.id_number, r.phone, t.name_zh, t.name_en, c.name_zh, "
     "c.name_en, a.committed_date, a.urgent, a.urgent_at, a.state, st.name FROM affair a "
     "JOIN resident r ON r.id = a.resident_id JOIN affair_type t ON t.id = a.affair_type_id "
     "JOIN category c ON c.code = t.category_code JOIN staff st ON st.id = a.accepted_by "
     "WHERE a.station_id = :s AND (a.committed_date < :last "
     "OR (a.urgent AND a.urgent_at < :last_midnight)) AND a.state IN ('accepted', 'dispatched', 'answered') "
     "UNION ALL SELECT a.id, a.number, a.accepted_at, r.name, r.id_number, r.phone, t.name_zh, t.name_en, "
     "c.name_zh, c.name_en, a.committed_date, a.urgent, a.urgent_at, a.state, st.name FROM affair a "
     "JOIN resident r ON r.id = a.resident_id JOIN affair_type t ON t.id = a.affair_type_id "
     "JOIN category c ON c.code = t.category_code JOIN staff st ON st.id = a.accepted_by "
     "WHERE a.station_id = :s AND (a.committed_date < :last "
     "OR (a.urgent AND a.urgent_at < :last_midnight)) AND a.completed_at >= :next "
     "AND a.state IN ('completed', 'referred')"),
)


def raw_report(conn: sqlite3.Connection, station_id: int, first, last) -> int:
    """The floor: the same counts straight from SQLite, one query per figure over the whole range."""
    stamp = "%Y-%m-%d %H:%M:%S.%f"
    lo = datetime(first.year, first.month, first.day)
    hi = datetime(last.year, last.month, last.day) + timedelta(days=1)
    params = {"s": station_id, "lo": lo.strftime(stamp), "hi": hi.strftime(stamp), "first": first.isoformat(),
              "last": last.isoformat(), "next": hi.strftime(stamp), "last_midnight": (hi - timedelta(days=1))
              .strftime(stamp)}
    rows = [conn.execute(sql, params).fetchall() for sql in _REPORT_SQL]
    ids = [r[0] for r in rows[-1]]
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        conn.execute("SELECT l.affair_id, p.name_zh, l.state, l.feedback_at FROM dispatch_leg l JOIN partner p "
                     f"ON p.code = l.partner_code WHERE l.affair_id IN ({','.join('?' * len(chunk))})",
                     chunk).fetchall()
    return len(ids)


def measure_reports(ctx: ServiceContext, raw: sqlite3.Connection | None, runs: int, progress=_say) -> dict:
    from app.services import report_export, reports

    deputy = ctx.as_actor(station.actor_for(ctx, "liufang", desk="bench"))
    last = seedmod.DEFAULT_END
    figures = {}
    year_report = None
    year_first = last - timedelta(days=364)
    # The year counted from the affairs themselves (nothing kept yet), each run after emptying report_month;
    # its first run also keeps the past months for the figures below.
    cold, cold_floor = [], []
    for _ in range(max(3, runs // 3)):
        with ctx.write_sessions() as s:
            s.execute(text("DELETE FROM report_month"))
            s.commit()
        cold.append(_timed(reports.report, deputy, year_first, last)[0])
        if raw is not None:
            cold_floor.append(_timed(raw_report, raw, ctx.actor.station_id, year_first, last)[0])
    figures["year_report_uncounted"] = figure("year_report_uncounted", cold, cold_floor or None)
    progress(f"  year_report_uncounted: {figures['year_report_uncounted']['median_ms']} ms")
    for key, first in (("daily_report", last), ("year_report", year_first)):
        result = reports.report(deputy, first, last)  # warm-up
        svc, flo = [], []
        for _ in range(runs):
            svc.append(_timed(reports.report, deputy, first, last)[0])
            if raw is not None:
                flo.append(_timed(raw_report, raw, ctx.actor.station_id, first, last)[0])
        figures[key] = figure(key, svc, flo or None, accepted=result.totals.accepted,
                              completed=result.totals.completed, overdue=result.totals.overdue)
        progress(f"  {key}: {figures[key]['median_ms']} ms, {result.totals.accepted} accepted "
                 f"(floor {figures[key]['raw_median_ms']} ms)")
        year_report = result
    for fmt in report_export.FORMATS:
        key = f"report_{fmt}"
        report_export.render(year_report, fmt)  # fonts and openpyxl loaded once, as in a running desk
        samples, size = [], 0
        for _ in range(max(3, runs // 3)):
            took, data = _timed(report_export.render, year_report, fmt)
            samples.append(took)
            size = len(data)
        figures[key] = figure(key, samples, bytes=size)
        progress(f"  {key}: {figures[key]['median_ms']} ms, {size:,} bytes")
    return figures


# -- the desk's UI thread --------------------------------------------------------------

UI_FIGURES = ("ui_search_keystroke", "ui_resident_pick", "ui_type_keystroke", "ui_report_gap")


def measure_ui_thread(ctx: ServiceContext, url: str, out_dir: Path, queries: dict[str, list[str]],
                      resident_ids: list[int], runs: int, progress=_say) -> dict:
    from . import ui_probe

    def forget_months() -> None:
        with ctx.write_sessions() as s:
            s.execute(text("DELETE FROM report_month"))
            s.commit()

    texts = queries["search_name_2"][:5] + queries["search_initials"][:3] + queries["search_id_10"][:3]
    types = TYPE_INPUTS["type_search_zh"][:4] + TYPE_INPUTS["type_search_initials"][:3]
    samples = ui_probe.measure_ui(url, runs=max(1, runs // 3), out_dir=out_dir, search_texts=texts,
                                  type_texts=types, resident_ids=resident_ids[:10], forget_months=forget_months)
    out = {}
    for key in UI_FIGURES:
        f = figure(key, samples[key], frame_ms=round(ui_probe.FRAME_MS, 1),
                   over_frame=sum(1 for x in samples[key] if x * 1000 > ui_probe.FRAME_MS),
                   max_ms=round(max(samples[key]) * 1000, 3))
        out[key] = f
        progress(f"  {key}: {f['median_ms']} ms median, {f['p95_ms']} ms p95, max {f['detail']['max_ms']} ms")
    return out


# -- the whole run --------------------------------------------------------------------

def measure(url: str, *, runs: int, out_dir: Path, seed_meta: dict | None = None, cold: bool = True,
            cold_timeout: float = 60.0, query_seed: int = 7, ui: bool = True, progress=_say) -> dict:
    """Every figure on the database at `url` (written to: accepts add affairs)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    started = time.time()
    figures: dict[str, dict] = {}
    database = dbmod.connect(url)
    raw = None
    try:
        base = ServiceContext.for_database(database)
        ctx = base.as_actor(station.actor_for(base, "wangxm", desk="bench"))
        path = _sqlite_path(url)
        if path is not None:
            raw = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
        queries = resident_queries(database.engine, random.Random(query_seed))
        progress("resident search ...")
        found, plans = measure_resident_search(ctx, raw, queries, runs, progress)
        figures.update(found)
        progress("opening a resident ...")
        with database.engine.connect() as c:
            all_ids = list(c.scalars(select(Resident.id).order_by(Resident.id)))
            c.rollback()
        picked = random.Random(query_seed).sample(all_ids, min(QUERIES_PER_KIND // 2, len(all_ids)))
        opened, open_plan = measure_resident_open(ctx, raw, picked, runs, progress)
        figures.update(opened)
        plans.update(open_plan)
        progress("affair type search ...")
        figures.update(measure_type_search(ctx, raw, runs, progress))
        progress("acceptance ...")
        accepted, affair_ids = measure_acceptance(ctx, queries["search_name_2"], runs, progress)
        figures.update(accepted)
        progress("receipt ...")
        with database.engine.connect() as c:  # a few seeded affairs too, not only today's
            seeded = list(c.scalars(select(Affair.id).where(Affair.state == "accepted")
                                    .order_by(Affair.id).limit(5)))
            c.rollback()
        figures["receipt_pdf"] = measure_receipt(ctx, [i for pair in zip(affair_ids, seeded * 10) for i in pair]
                                                 or affair_ids, runs, progress)
        progress("transfer queue ...")
        figures["transfer_queue"] = measure_queue(ctx, raw, runs, progress)
        progress("reports ...")
        figures.update(measure_reports(ctx, raw, runs, progress))
        if ui:
            progress("desk UI thread ...")
            figures.update(measure_ui_thread(ctx, url, out_dir, queries, picked, runs, progress))
        else:
            for key in UI_FIGURES:
                figures[key] = figure(key, reason="skipped (--no-ui)")
        with database.engine.connect() as c:
            counts_now = {"residents": c.scalar(select(func.count()).select_from(Resident)),
                          "affairs": c.scalar(select(func.count()).select_from(Affair))}
            c.rollback()
    finally:
        if raw is not None:
            raw.close()
        database.dispose()

    if cold:
        progress("cold start ...")
        new_dir = out_dir / "coldstart"
        new_dir.mkdir(exist_ok=True)

        def fresh(i: int) -> str:
            p = new_dir / f"new-{i}.sqlite3"
            for suffix in ("", "-wal", "-shm"):
                q = Path(str(p) + suffix)
                if q.exists():
                    q.unlink()
            return f"sqlite:///{p}"

        floor = start_floor(runs, cold_timeout)
        figures["cold_start_new_db"] = cold_start("cold_start_new_db", fresh, runs, cold_timeout, progress, floor)
        if figures["cold_start_new_db"]["status"] == "ok":
            demo_url = prepare_demo_db(out_dir)
            figures["cold_start_demo"] = cold_start("cold_start_demo", lambda i: demo_url, runs, cold_timeout,
                                                    progress, floor)
            figures["cold_start_seeded"] = cold_start("cold_start_seeded", lambda i: url, runs, cold_timeout,
                                                      progress, floor)
        else:
            why = figures["cold_start_new_db"]["reason"]
            for key in ("cold_start_demo", "cold_start_seeded"):
                figures[key] = figure(key, reason=why, **figures["cold_start_new_db"]["detail"])
        shutil.rmtree(new_dir, ignore_errors=True)
    else:
        for key in ("cold_start_new_db", "cold_start_demo", "cold_start_seeded"):
            figures[key] = figure(key, reason="skipped (--no-cold-start)")

    return {
        "meta": _environment(url, runs, seed_meta, counts_now, time.time() - started),
        "figures": {k: figures[k] for k in FIGURES},
        "plans": plans,
    }


def _environment(url: str, runs: int, seed_meta: dict | None, counts_now: dict, seconds: float) -> dict:
    try:
        commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=REPO, capture_output=True,
                                text=True, timeout=10).stdout.strip()
    except OSError:
        commit = ""
    backend = make_url(url).get_backend_name()
    return {
        "when": datetime.now().isoformat(timespec="seconds"),
        "scale": (seed_meta or {}).get("scale"),
        "runs": runs,
        "queries_per_kind": QUERIES_PER_KIND,
        "database": _safe_url(url),
        "backend": backend,
        "seed": seed_meta,
        "rows_after_run": counts_now,
        "seconds": round(seconds, 1),
        "git_commit": commit,
        "python": platform.python_version(),
        "sqlalchemy": sqlalchemy.__version__,
        "sqlite": sqlite3.sqlite_version,
        "platform": platform.platform(),
        "cpus": os.cpu_count(),
    }


# -- output -------------------------------------------------------------------------------

def _fmt(x) -> str:
    if x is None:
        return "–"
    return f"{x:.3f}" if x < 1 else f"{x:.2f}" if x < 100 else f"{x:.0f}"


def _section(results: dict) -> str:
    m = results["meta"]
    s = m.get("seed") or {}
    lines = [
        f"## Scale {m.get('scale')} on {m['backend']} — {s.get('residents', '?'):,} residents, "
        f"{s.get('households', '?'):,} households, {s.get('affairs', '?'):,} affairs"
        if isinstance(s.get("residents"), int) else f"## Scale {m.get('scale')} on {m['backend']}",
        "",
        f"{m['when']}, commit {m['git_commit'] or '?'}, Python {m['python']}, SQLAlchemy {m['sqlalchemy']}, "
        f"SQLite {m['sqlite']}, {m['cpus']} CPUs, {m['platform']}; {m['runs']} runs"
        f" (searches: {m['runs']} × {m['queries_per_kind']} queries per kind)."
        + (f" Seeded in {s['seconds']} s ({s.get('materials', 0):,} materials, {s.get('events', 0):,} events)."
           if s.get("seconds") is not None else ""),
        "",
        "| Figure | median ms | p95 ms | raw floor median ms | ratio | n | notes |",
        "|---|---:|---:|---:|---:|---:|---|",
    ]
    for key, f in results["figures"].items():
        if f["status"] != "ok":
            lines.append(f"| {f['label']} | n/a | n/a | – | – | 0 | {f['reason'].replace('|', '/')} |")
            continue
        d = f.get("detail") or {}
        notes = []
        if "mean_rows" in d:
            notes.append(f"{d['mean_rows']} rows avg")
        if d.get("floor_mismatches"):
            notes.append(f"floor differs on {d['floor_mismatches']} queries")
        if "step_median_ms" in d:
            st = d["step_median_ms"]
            notes.append(f"search {_fmt(st['search'])} + type {_fmt(st['get_type'])} + accept {_fmt(st['accept'])}")
        if "first_call_ms" in d:
            notes.append(f"first call {_fmt(d['first_call_ms'])} ms, doc {_fmt(d['receipt_doc_median_ms'])} ms")
        if "accepted" in d:
            notes.append(f"{d['accepted']:,} accepted, {d['completed']:,} completed, {d['overdue']} overdue")
        if "bytes" in d:
            notes.append(f"{d['bytes']:,} bytes")
        if "over_frame" in d:
            notes.append(f"max {_fmt(d['max_ms'])} ms; {d['over_frame']} of {f['n']} over one frame "
                         f"({_fmt(d['frame_ms'])} ms)")
        if "process_exit_median_ms" in d:
            notes.append(f"process exit {_fmt(d['process_exit_median_ms'])} ms")
        lines.append(f"| {f['label']} | {_fmt(f['median_ms'])} | {_fmt(f['p95_ms'])} | {_fmt(f['raw_median_ms'])} "
                     f"| {_fmt(f['ratio'])} | {f['n']} | {'; '.join(notes)} |")
    return "\n".join(lines) + "\n"


def render_markdown(all_results: list[dict]) -> str:
    head = [
        "# Benchmark results",
        "",
        "Produced by `python -m bench.run` (see the docstring of `bench/run.py` for the exact commands and",
        "what each figure measures). Times in milliseconds. The raw floor is hand-written SQL equivalent to",
        "what the service sends, run through the stdlib `sqlite3` module (SQLite only); ratio = service",
        "median / floor median. The machine is shared: expect run-to-run differences of 20-30 %.",
        "",
    ]
    return "\n".join(head) + "\n" + "\n".join(_section(r) for r in all_results)


def write_outputs(results: dict, out_dir: Path, md_path: Path) -> str:
    out_dir.mkdir(parents=True, exist_ok=True)
    m = results["meta"]
    text = json.dumps(results, ensure_ascii=False, indent=1)
    (out_dir / f"results-scale{m['scale'] or 0:g}-{m['backend']}.json").write_text(text)
    (out_dir / "results.json").write_text(text)
    render_results_md(out_dir, md_path)
    return _section(results)


def render_results_md(out_dir: Path, md_path: Path) -> str:
    """RESULTS.md: one section per results-scale*-*.json in the output folder."""
    found = []
    for p in out_dir.glob("results-scale*-*.json"):
        try:
            found.append(json.loads(p.read_text()))
        except (OSError, ValueError):
            continue
    found.sort(key=lambda r: (r["meta"]["backend"], r["meta"]["scale"] or 0))
    md = render_markdown(found)
    md_path.parent.mkdir(parents=True, exist_ok=True)
    md_path.write_text(md)
    return md


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.run", description="One Window benchmark")
    p.add_argument("--scale", type=float, default=0.1, help="1.0 = 50,000 residents, 500,000 affairs")
    p.add_argument("--runs", type=int, default=15)
    p.add_argument("--out", type=Path, default=REPO / "bench" / "out")
    p.add_argument("--database", help="measure this database URL (seeded first if it holds no station)")
    p.add_argument("--results-md", type=Path, default=REPO / "bench" / "RESULTS.md")
    p.add_argument("--no-cold-start", action="store_true", help="skip the GUI start-up figures")
    p.add_argument("--no-ui", action="store_true", help="skip the desk UI thread figures")
    p.add_argument("--cold-timeout", type=float, default=60.0, help="seconds one GUI start may take")
    p.add_argument("--seed", type=int, default=seedmod.DEFAULT_SEED)
    p.add_argument("--render-only", action="store_true",
                   help="only rewrite the Markdown from the results files already in --out")
    args = p.parse_args(argv)
    if args.render_only:
        print(render_results_md(args.out, args.results_md))
        return 0
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    url, meta = prepare_seed(args.out, args.scale, args.database, seed_value=args.seed)
    work = working_copy(url, args.out, f"work-scale{args.scale:g}.sqlite3")
    results = measure(work, runs=args.runs, out_dir=args.out, seed_meta=meta, cold=not args.no_cold_start,
                      cold_timeout=args.cold_timeout, ui=not args.no_ui)
    section = write_outputs(results, args.out, args.results_md)
    print(section)
    return 0


if __name__ == "__main__":
    sys.exit(main())
