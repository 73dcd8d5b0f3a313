"""The benchmark harness at a tiny scale: it seeds, measures and writes every figure.

No timing is asserted; the GUI cold start is skipped (it is measured by
`python -m bench.run`, which needs a display-less Qt and seconds per run).
"""
from __future__ import annotations

import json
import re
import sqlite3
from datetime import datetime

import pytest

from bench import run, seed
from app import db as dbmod
from app.services import acceptance, catalogue, residents, station
from app.services.context import ServiceContext
from app.services.identity import check_id
from app.services.lifecycle import TRANSITIONS

SCALE = 0.002


@pytest.fixture(scope="module")
def seeded(tmp_path_factory):
    out = tmp_path_factory.mktemp("bench")
    url, meta = run.prepare_seed(out, SCALE, progress=lambda m: None)
    return out, url, meta


def test_seed_counts_match_the_scale(seeded):
    out, url, meta = seeded
    want = seed.Scale.of(SCALE)
    assert (meta["residents"], meta["households"], meta["affairs"]) == (want.residents, want.households, want.affairs)
    assert (want.residents, want.households, want.affairs) == (100, 40, 1000)
    assert meta["materials"] > meta["affairs"] and meta["events"] >= meta["affairs"]
    assert meta["by_state"]["completed"] > 0.8 * meta["affairs"]
    assert set(meta["by_state"]) <= {"completed", "accepted", "dispatched", "awaiting_materials", "cancelled"}
    assert meta["dispatch_legs"] > 0
    assert (out / f"seed-scale{SCALE:g}.json").exists()
    # Cached: a second call reuses the file instead of seeding again.
    again_url, again = run.prepare_seed(out, SCALE, progress=lambda m: None)
    assert again_url == url and again == meta


def test_seeded_rows_are_valid(seeded):
    _out, url, _meta = seeded
    conn = sqlite3.connect(str(run._sqlite_path(url)))
    try:
        for (idn,) in conn.execute("SELECT id_number FROM resident"):
            check_id("resident_id", idn)  # raises if the app would refuse it
        numbers = [n for (n,) in conn.execute("SELECT number FROM affair")]
        assert len(numbers) == len(set(numbers))
        assert all(re.fullmatch(r"XCQG01-\d{8}-\d{4}", n) for n in numbers)
        assert conn.execute("SELECT SUM(last) FROM affair_sequence").fetchone()[0] == len(numbers)
        used = conn.execute("SELECT SUM(use_count) FROM affair_type").fetchone()[0]
        assert used == len(numbers)
        for phone, rev in conn.execute("SELECT phone, phone_rev FROM resident"):
            assert rev == phone[::-1]
        # Every seeded history is one the state machine allows.
        for kind, frm, to in conn.execute("SELECT DISTINCT kind, from_state, to_state FROM affair_event"):
            assert to in TRANSITIONS.get((frm, kind), ()), (kind, frm, to)
        _check_reception_rows(conn)
    finally:
        conn.close()


def _check_reception_rows(conn):
    """Tickets, bookings and certificates follow the affairs they come from."""
    one = lambda sql: conn.execute(sql).fetchone()[0]  # noqa: E731
    in_person = one("SELECT count(*) FROM affair WHERE channel IN ('walk_in', 'appointment')")
    assert in_person > 0
    assert one("SELECT count(*) FROM ticket WHERE state = 'done'") == in_person
    assert one("SELECT count(*) FROM ticket WHERE state = 'skipped'") > 0
    # Numbers run 1..last per day, as tickets.issue draws them.
    assert one("SELECT count(*) FROM (SELECT day, max(number) m, count(*) c FROM ticket GROUP BY day) "
               "WHERE m != c") == 0
    assert one("SELECT sum(last) FROM ticket_sequence") == one("SELECT count(*) FROM ticket")
    assert one("SELECT count(*) FROM ticket WHERE called_at < issued_at OR finished_at < called_at") == 0
    booked = one("SELECT count(*) FROM affair WHERE channel IN ('appointment', 'door_to_door')")
    assert one("SELECT count(*) FROM appointment WHERE affair_id IS NOT NULL") == booked
    assert one("SELECT count(*) FROM appointment a JOIN affair f ON f.id = a.affair_id "
               "WHERE a.resident_id != f.resident_id OR a.day != substr(f.accepted_at, 1, 10)") == 0
    assert one("SELECT count(*) FROM appointment WHERE state IN ('no_show', 'cancelled')") > 0
    certified = one("SELECT count(*) FROM affair f JOIN affair_type t ON t.id = f.affair_type_id "
                    "WHERE f.state = 'completed' AND t.closing_document = 'certificate'")
    assert certified > 0
    assert one("SELECT count(*) FROM certificate") == certified
    assert one("SELECT count(DISTINCT number) FROM certificate") == certified
    assert one("SELECT sum(last) FROM certificate_sequence") == certified


def test_seed_is_deterministic(tmp_path):
    a = seed.seed(f"sqlite:///{tmp_path / 'a.sqlite3'}", 0.0004)
    b = seed.seed(f"sqlite:///{tmp_path / 'b.sqlite3'}", 0.0004)
    dump = []
    for name in ("a", "b"):
        conn = sqlite3.connect(str(tmp_path / f"{name}.sqlite3"))
        dump.append([conn.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall()
                     for t in ("resident", "household", "affair", "affair_event", "affair_material", "ticket",
                               "appointment", "certificate")])
        conn.close()
    assert a["affairs"] == b["affairs"] == 200
    assert dump[0] == dump[1]


def test_later_accepts_continue_the_numbering(seeded, tmp_path):
    _out, url, _meta = seeded
    work = run.working_copy(url, tmp_path, "work.sqlite3")
    last_day = seed.DEFAULT_END
    with sqlite3.connect(str(run._sqlite_path(work))) as conn:
        last = conn.execute("SELECT last FROM affair_sequence WHERE day = ?", (last_day.isoformat(),)).fetchone()
    database = dbmod.connect(work)
    try:
        base = ServiceContext.for_database(database, now=lambda: datetime.combine(last_day, datetime.min.time())
                                           .replace(hour=16))
        ctx = base.as_actor(station.actor_for(base, "wangxm", desk="bench"))
        rid = residents.search(ctx, "张秀兰")[0].id
        code = run.ON_SPOT
        result = acceptance.accept(ctx, rid, code, ["provided"] * len(catalogue.get_type(ctx, code).materials))
        assert result.number == f"XCQG01-{last_day:%Y%m%d}-{(last[0] if last else 0) + 1:04d}"
    finally:
        database.dispose()


def test_measure_writes_every_figure(seeded, tmp_path):
    _out, url, meta = seeded
    work = run.working_copy(url, tmp_path, "work.sqlite3")
    results = run.measure(work, runs=2, out_dir=tmp_path, seed_meta=meta, cold=False, progress=lambda m: None)
    md_path = tmp_path / "RESULTS.md"
    section = run.write_outputs(results, tmp_path, md_path)

    assert set(results["figures"]) == set(run.FIGURES)
    for key, f in results["figures"].items():
        if key.startswith("cold_start"):
            assert f["status"] == "n/a" and f["reason"]
            continue
        assert f["status"] == "ok", (key, f["reason"])
        assert f["n"] > 0 and f["median_ms"] > 0 and f["p95_ms"] >= f["median_ms"]
        if key.startswith(("search_", "type_search_", "resident_open", "transfer_queue")):
            assert f["raw_median_ms"] > 0 and f["ratio"] > 0
            assert f["detail"]["floor_mismatches"] == 0, key  # the floor fetches the same rows
    assert results["figures"]["receipt_pdf"]["detail"]["pdf_ok"]
    assert set(results["plans"]) == {k for k in run.FIGURES if k.startswith("search_")} | {"resident_open"}

    saved = json.loads((tmp_path / "results.json").read_text())
    assert set(saved["figures"]) == set(run.FIGURES)
    assert (tmp_path / f"results-scale{SCALE:g}-sqlite.json").exists()
    md = md_path.read_text()
    for label in run.FIGURES.values():
        assert label in md and label in section


def test_a_cached_seed_from_other_migrations_is_seeded_again(tmp_path):
    url, meta = run.prepare_seed(tmp_path, 0.0004, progress=lambda m: None)
    assert meta["schema"] == seed.schema_fingerprint()
    stale = dict(meta, schema="0" * 16)
    (tmp_path / "seed-scale0.0004.json").write_text(json.dumps(stale))
    said = []
    again_url, again = run.prepare_seed(tmp_path, 0.0004, progress=said.append)
    assert again_url == url and again["schema"] == meta["schema"]
    assert any("seeding again" in m for m in said)
