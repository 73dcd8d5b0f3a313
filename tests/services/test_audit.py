"""The audit log: every committed write recorded by itself, nothing for a rolled-back one,
reads and exports recorded, and the log cannot be edited."""
from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import text

from app.services import acceptance, audit, catalogue, residents, transfers
from app.services.errors import ValidationError


def _accept(ctx, name="张秀兰", code="L001"):
    rid = residents.search(ctx, name)[0].id
    return acceptance.accept(ctx, rid, code, ["provided"] * len(catalogue.get_type(ctx, code).materials))


def test_writes_are_recorded_with_operation_target_and_rows(ctx, make_ctx, database):
    affair = _accept(ctx)
    transfers.dispatch(make_ctx("liufang"), affair.id, ["CO-001"])
    log = audit.entries(make_ctx("chenlx"), audit.AuditFilter(action="write"))
    dispatch, accept = log[0], log[1]
    assert (accept.username, accept.staff_name, accept.desk, accept.operation, accept.target) == (
        "wangxm", "王晓梅", "窗口1", "acceptance.accept", f"affair:{affair.id}")
    assert "insert affair_material ×2" in accept.detail and accept.rows >= 4
    assert (dispatch.username, dispatch.operation) == ("liufang", "transfers.dispatch")
    assert "insert dispatch_leg" in dispatch.detail and "update affair" in dispatch.detail


def test_a_refused_write_leaves_no_entry(ctx, make_ctx):
    before = len(audit.entries(make_ctx("admin")))
    rid = residents.search(ctx, "张秀兰")[0].id
    with pytest.raises(ValidationError):
        acceptance.accept(ctx, rid, "L001", ["missing", "provided"])
    assert len(audit.entries(make_ctx("admin"))) == before


def test_filters(ctx, make_ctx, clock):
    _accept(ctx)
    _accept(make_ctx("lijh"), "李德胜")
    chief = make_ctx("chenlx")
    assert {e.username for e in audit.entries(chief, audit.AuditFilter(text="lijh"))} == {"lijh"}
    today = clock.value.date()
    assert audit.entries(chief, audit.AuditFilter(first=today, last=today, action="write"))
    assert not audit.entries(chief, audit.AuditFilter(first=date(2020, 1, 1), last=date(2020, 1, 2)))
    with pytest.raises(ValidationError):
        audit.entries(chief, audit.AuditFilter(first=today, last=date(2020, 1, 1)))


def test_the_log_cannot_be_edited_even_in_the_database(ctx, database):
    _accept(ctx)
    with database.engine.connect() as c:
        for sql in ("UPDATE audit_entry SET username = 'someone'", "DELETE FROM audit_entry"):
            with pytest.raises(Exception) as err:
                c.execute(text(sql))
            assert "append-only" in str(err.value)
            c.rollback()
        assert c.execute(text("SELECT count(*) FROM audit_entry")).scalar() >= 1


def test_reveals_full_record_reads_and_exports_are_recorded(ctx, make_ctx, tmp_path):
    from app.services import report_export, residents as res, timeline
    from app.services.errors import PermissionDenied

    rid = res.search(ctx, "张秀兰")[0].id
    with pytest.raises(PermissionDenied):
        res.reveal(ctx, rid)  # a desk worker sees masked numbers only
    deputy = make_ctx("liufang")
    full = res.reveal(deputy, rid)
    assert len(full.id_number) == 18 and "*" not in full.id_number
    timeline.resident_timeline(ctx, rid)
    report_export.export(deputy, date(2026, 11, 23), None, "csv", tmp_path, "zh")
    log = audit.entries(make_ctx("admin"))
    seen = {(e.action, e.username, e.target.split(":")[0]) for e in log}
    assert {("reveal", "liufang", "resident"), ("read_full", "wangxm", "resident"),
            ("export", "liufang", "report")} <= seen
    export = next(e for e in log if e.action == "export")
    assert "FULL ID numbers" in export.detail and str(tmp_path) in export.detail
