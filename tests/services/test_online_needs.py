"""Needs posted online: import (all or nothing), matching, and accept / merge / reject."""
import csv
import io
import json
import random
import re
from datetime import date, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from app.services import acceptance, catalogue, demo, online_needs, queue, residents
from app.services.dto import NewResident
from app.services.errors import DomainError, NotFound, PermissionDenied, ValidationError
from app.services.online_needs_io import COLUMNS

DOC = Path(__file__).resolve().parents[2] / "docs" / "formats" / "online-needs.md"
HEADER = ",".join(COLUMNS)


def write_csv(path: Path, lines: list[str], bom: bool = True) -> Path:
    path.write_bytes(("\n".join(lines) + "\n").encode("utf-8-sig" if bom else "utf-8"))
    return path


def everything(ctx):
    return online_needs.triage_list(ctx, "all")


def resident(ctx, name):
    return residents.search(ctx, name)[0]


def materials(ctx, code):
    return ["provided"] * len(catalogue.get_type(ctx, code).materials)


def register(ctx, name, phone="", home=("20", "1", "101"), seed=0):
    idn = demo.resident_id(random.Random(seed), date(1970, 1, 1 + seed), seed % 2 == 0)
    return residents.register(ctx, NewResident(name, "resident_id", idn, phone, *home)).id


GOOD = [
    HEADER,
    "W-003,2026-11-22 07:05,陈女士,,12号楼3单元,咨询孩子入学需要开哪些证明",
    "W-001,2026-11-20 08:15,张秀兰,139-1101-2345,3号楼2单元501室,想申请高龄津贴",
    'W-002,2026-11-21T19:42:00+08:00,李德胜,,5号楼1单元302室,"楼道灯坏了, 晚上出门不安全"',
]


def test_a_good_csv_with_bom_is_imported_and_listed_oldest_first(ctx, tmp_path):
    report = online_needs.import_file(ctx, write_csv(tmp_path / "needs.csv", GOOD))
    assert report == online_needs.NeedsImportReport(created=3, skipped=0, matched=2)
    listed = online_needs.triage_list(ctx)
    assert [n.external_ref for n in listed] == ["W-001", "W-002", "W-003"]
    zhang, li, chen = listed
    assert zhang.posted_at == datetime(2026, 11, 20, 8, 15) and zhang.phone_masked == "139****2345"
    assert (zhang.resident_name, zhang.resident_address, zhang.state) == ("张秀兰", "3-2-501", "new")
    assert li.resident_name == "李德胜" and li.text == "楼道灯坏了, 晚上出门不安全"  # by name + address
    assert li.posted_at == datetime(2026, 11, 21, 19, 42)
    assert chen.resident_id is None and chen.phone_masked == ""


def test_json_with_numbers_nulls_and_a_utc_time(ctx, tmp_path):
    path = tmp_path / "needs.json"
    path.write_text(json.dumps([
        {"external_ref": "J1", "posted_at": "2026-11-22T23:30:00Z", "name": "王建国", "phone": 13520108899,
         "address": None, "text": "咨询党员组织关系转接"},
        {"external_ref": "J2", "posted_at": "2026/11/21 8:05", "name": "路人", "text": "小区门口路灯不亮", "extra": 1},
    ], ensure_ascii=False), encoding="utf-8")
    assert online_needs.import_file(ctx, path) == online_needs.NeedsImportReport(2, 0, 1)
    j2, j1 = online_needs.triage_list(ctx)
    assert j1.posted_at == datetime(2026, 11, 23, 7, 30)  # Beijing time
    assert j1.resident_name == "王建国" and j1.phone_masked == "135****8899"
    assert j2.posted_at == datetime(2026, 11, 21, 8, 5) and j2.address == ""


def test_importing_the_same_export_twice_is_harmless(ctx, tmp_path):
    online_needs.import_file(ctx, write_csv(tmp_path / "day1.csv", GOOD[:3]))
    again = online_needs.import_file(ctx, write_csv(tmp_path / "day2.csv", GOOD, bom=False))
    assert again == online_needs.NeedsImportReport(created=1, skipped=2, matched=1)
    assert online_needs.import_file(ctx, tmp_path / "day2.csv") == online_needs.NeedsImportReport(0, 3, 0)
    assert len(everything(ctx)) == 3


def test_the_documented_examples_import(ctx, tmp_path):
    doc = DOC.read_text(encoding="utf-8")
    csv_text = re.search(r"```csv\n(.*?)```", doc, re.S).group(1)
    json_text = re.search(r"```json\n(.*?)```", doc, re.S).group(1)
    (tmp_path / "doc.csv").write_text(csv_text, encoding="utf-8-sig")
    (tmp_path / "doc.json").write_text(json_text, encoding="utf-8")
    assert online_needs.import_file(ctx, tmp_path / "doc.csv") == online_needs.NeedsImportReport(3, 0, 2)
    assert online_needs.import_file(ctx, tmp_path / "doc.json") == online_needs.NeedsImportReport(0, 2, 0)


def test_a_bad_file_names_each_bad_row_and_imports_nothing(ctx, tmp_path):
    path = write_csv(tmp_path / "bad.csv", [
        HEADER,
        "B1,2026-11-20 08:00,张秀兰,,,好的一行",
        "B2,2026-11-20 09:00,,,,",
        "B3,昨天,李四,,,路灯坏了",
        "B1,2026-11-20 10:00,王五,,,重复的编号",
        "B5,2026-11-20 10:00,赵六,,," + "长" * 1001,
        "B6,2026-11-20 10:00,钱七,,,逗号没加引号,后半句",
        "B7,2027-01-01 10:00,孙八,,,来自未来",
        "B8,2026-11-20 10:00,周九",
    ])
    with pytest.raises(ValidationError) as err:
        online_needs.import_file(ctx, path)
    assert err.value.key == "import_invalid"
    lines = err.value.text("zh").splitlines()
    assert lines[0].startswith("导入文件有误，未导入任何内容")
    assert [re.match(r"第(\d+)行", line).group(1) for line in lines[1:]] == ["3", "4", "5", "6", "7", "8", "9"]
    assert "“name”为空" in lines[1] and "“text”为空" in lines[1]
    assert "“昨天”无法识别" in lines[2]
    assert "“B1”在文件中重复（已见于第2行）" in lines[3]
    assert "1001字，最多1000字" in lines[4]
    assert "多出1个单元格" in lines[5]
    assert "晚于当前时间" in lines[6]
    assert "缺少“text”" in lines[7]
    english = err.value.text("en").splitlines()
    assert english[1] == "row 3: 'name' is empty; 'text' is empty"
    assert everything(ctx) == []


def test_a_missing_column_is_named_once(ctx, tmp_path):
    path = write_csv(tmp_path / "cols.csv", ["external_ref,name,phone", "C1,张秀兰,139", "C2,李德胜,138"])
    with pytest.raises(ValidationError) as err:
        online_needs.import_file(ctx, path)
    assert err.value.text("en").splitlines()[1] == "row 1: missing columns: posted_at, text"
    assert everything(ctx) == []


def test_bad_json_rows_are_named_too(ctx, tmp_path):
    path = tmp_path / "bad.json"
    path.write_text(json.dumps([
        {"external_ref": "J1", "posted_at": "2026-11-20 08:00", "name": "甲", "text": "好"},
        "not an object",
        {"external_ref": ["J3"], "posted_at": 5, "name": "乙", "text": "好"},
        {"external_ref": "J4", "posted_at": "2026-11-20 08:00", "name": "丙", "text": "\ud800"},
    ]), encoding="utf-8")
    with pytest.raises(ValidationError) as err:
        online_needs.import_file(ctx, path)
    lines = err.value.text("en").splitlines()[1:]
    assert lines == [
        "row 2: must be an object {…}",
        "row 3: 'external_ref' must be text; posted_at '5' is not a date and time (YYYY-MM-DD HH:MM)",
        "row 4: 'text' holds characters that cannot be stored",
    ]
    assert everything(ctx) == []


@pytest.mark.parametrize("name, content, key", [
    ("broken.xlsx", b"PK\x03\x04 not really a workbook", "import_unreadable"),
    ("garbage.csv", bytes(range(256)) * 4, "import_unreadable"),
    ("gbk.csv", "external_ref,posted_at,name,text\n1,2026-11-20 08:00,张秀兰,你好\n".encode("gbk"),
     "import_unreadable"),
    ("broken.json", b'[{"external_ref": "J1",', "import_unreadable"),
    ("object.json", b'{"needs": []}', "import_unreadable"),
    ("needs.txt", b"external_ref,posted_at,name,text\n", "import_format"),
    ("needs", b"", "import_format"),
])
def test_unreadable_files_and_unknown_suffixes_are_clear_errors(ctx, tmp_path, name, content, key):
    (tmp_path / name).write_bytes(content)
    with pytest.raises(ValidationError) as err:
        online_needs.import_file(ctx, tmp_path / name)
    assert err.value.key == key and err.value.text("zh")
    assert everything(ctx) == []


def test_a_missing_file_is_unreadable(ctx, tmp_path):
    with pytest.raises(ValidationError) as err:
        online_needs.import_file(ctx, tmp_path / "nowhere.csv")
    assert err.value.key == "import_unreadable"


def test_a_non_utf8_csv_says_how_to_save_it(ctx, tmp_path):
    path = tmp_path / "gbk.csv"
    path.write_bytes("external_ref,posted_at,name,text\n".encode() + "张秀兰".encode("gbk"))
    with pytest.raises(ValidationError) as err:
        online_needs.import_file(ctx, path)
    assert "CSV UTF-8" in err.value.text("zh")


def test_a_workbook_with_dates_and_numeric_phones(ctx, tmp_path):
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["External_Ref", "posted_at", "name", "phone", "address", "text"])
    ws.append(["X1", datetime(2026, 11, 20, 8, 15), "张秀兰", 13911012345, None, "想申请高龄津贴"])
    ws.append([None, None, None, None, None, None])
    ws.append(["X2", "2026-11-21 09:00", "路人", None, None, "路灯不亮"])
    wb.save(tmp_path / "needs.xlsx")
    assert online_needs.import_file(ctx, tmp_path / "needs.xlsx") == online_needs.NeedsImportReport(2, 0, 1)
    assert online_needs.triage_list(ctx)[0].resident_name == "张秀兰"
    ws.append(["X3", "2026-11-21 09:00", "路人", None, None, None])
    wb.save(tmp_path / "more.xlsx")
    with pytest.raises(ValidationError) as err:
        online_needs.import_file(ctx, tmp_path / "more.xlsx")
    assert err.value.text("en").splitlines()[1:] == ["row 5: 'text' is empty"]


def test_matching_by_phone_then_name_and_address_leaves_ambiguity_unmatched(ctx, tmp_path):
    family = "13700001111"
    a = register(ctx, "赵大勇", family, seed=1)
    b = register(ctx, "赵小红", family, seed=2)
    c = register(ctx, "钱同名", "", ("21", "1", "101"), seed=3)
    register(ctx, "钱同名", "", ("21", "1", "101"), seed=4)
    d = register(ctx, "孙独居", "010-66031234", ("22", "2", "202"), seed=5)
    online_needs.import_file(ctx, write_csv(tmp_path / "m.csv", [
        HEADER,
        f"M1,2026-11-20 08:00,赵小红,{family},,共用电话，按姓名区分",
        f"M2,2026-11-20 08:01,赵家人,{family},,共用电话，姓名对不上",
        "M3,2026-11-20 08:02,钱同名,,21号楼1单元101,同名同址：不猜",
        "M4,2026-11-20 08:03,孙独居,,西城区22号楼2单元202室,无电话：按姓名和地址",
        "M5,2026-11-20 08:04,孙独居,010-66031234,,座机",
        "M6,2026-11-20 08:05,孙独居,,23号楼2单元202室,地址不符",
        "M7,2026-11-20 08:06,赵大勇,+86 137 0000 1111,,国家代码",
    ]))
    got = {n.external_ref: n.resident_id for n in online_needs.triage_list(ctx)}
    assert got == {"M1": b, "M2": None, "M3": None, "M4": d, "M5": d, "M6": None, "M7": a}
    assert c not in got.values()


def test_the_worker_sets_overrides_and_clears_the_match(ctx, tmp_path):
    online_needs.import_file(ctx, write_csv(tmp_path / "n.csv", GOOD))
    chen = online_needs.triage_list(ctx)[2]
    zhang = resident(ctx, "张秀兰")
    info = online_needs.match_resident(ctx, chen.id, zhang.id)
    assert (info.resident_id, info.resident_name) == (zhang.id, "张秀兰")
    assert online_needs.match_resident(ctx, chen.id, None).resident_id is None
    with pytest.raises(NotFound):
        online_needs.match_resident(ctx, chen.id, 999_999)
    with pytest.raises(NotFound):
        online_needs.match_resident(ctx, 999_999, zhang.id)


def test_accept_creates_an_online_affair_in_the_queue(ctx, make_ctx, tmp_path):
    deputy = make_ctx("liufang")
    online_needs.import_file(ctx, write_csv(tmp_path / "n.csv", GOOD))
    li = online_needs.triage_list(ctx)[1]
    result = online_needs.accept(ctx, li.id, "L001", materials(ctx, "L001"), note="楼道灯坏了")
    assert result.state == "accepted" and result.handling_mode == "transfer"
    assert [a.number for a in acceptance.resident_affairs(ctx, li.resident_id, open_only=True)][0] == result.number
    assert result.number in [r.number for r in queue.queue(deputy).rows]
    assert queue.detail(deputy, result.id).channel == "online"
    done = online_needs.get(ctx, li.id)
    assert (done.state, done.affair_id, done.affair_number) == ("accepted", result.id, result.number)
    assert done.decided_at == ctx.now() and done.decided_by_name == "王晓梅"
    assert li.id not in [n.id for n in online_needs.triage_list(ctx)]
    assert [n.id for n in online_needs.triage_list(ctx, "accepted")] == [li.id]


def test_accept_needs_a_resident_and_complete_materials_and_leaves_the_need_when_refused(ctx, tmp_path):
    online_needs.import_file(ctx, write_csv(tmp_path / "n.csv", GOOD))
    zhang, _, chen = online_needs.triage_list(ctx)
    before = acceptance.resident_affairs(ctx, zhang.resident_id)
    with pytest.raises(ValidationError) as err:
        online_needs.accept(ctx, chen.id, "L001", materials(ctx, "L001"))
    assert err.value.key == "need_resident_required"
    missing = ["missing"] + materials(ctx, "G031")[1:]
    with pytest.raises(ValidationError) as err:
        online_needs.accept(ctx, zhang.id, "G031", missing)
    assert err.value.key == "materials_missing"
    with pytest.raises(NotFound):
        online_needs.accept(ctx, zhang.id, "NOPE", [])
    assert online_needs.get(ctx, zhang.id).state == "new"
    assert acceptance.resident_affairs(ctx, zhang.resident_id) == before


def test_merge_only_into_an_open_affair_of_the_same_resident(ctx, tmp_path):
    online_needs.import_file(ctx, write_csv(tmp_path / "n.csv", GOOD))
    zhang, li, chen = online_needs.triage_list(ctx)
    open_affair = acceptance.accept(ctx, zhang.resident_id, "L001", materials(ctx, "L001"))
    done_affair = acceptance.accept(ctx, zhang.resident_id, "G099", materials(ctx, "G099"))
    assert done_affair.state == "completed"
    with pytest.raises(ValidationError) as err:
        online_needs.merge(ctx, zhang.id, done_affair.id)
    assert err.value.key == "need_merge_target" and "已办结" in err.value.text("zh")
    with pytest.raises(ValidationError):
        online_needs.merge(ctx, li.id, open_affair.id)  # 张秀兰's affair, 李德胜's need
    with pytest.raises(ValidationError) as err:
        online_needs.merge(ctx, chen.id, open_affair.id)
    assert err.value.key == "need_resident_required"
    with pytest.raises(NotFound):
        online_needs.merge(ctx, zhang.id, 999_999)
    merged = online_needs.merge(ctx, zhang.id, open_affair.id, note="重复提交，已在办")
    assert (merged.state, merged.affair_number, merged.reason) == ("merged", open_affair.number, "重复提交，已在办")
    assert acceptance.get(ctx, open_affair.id).events == open_affair.events  # the affair's history is untouched


def test_reject_needs_a_reason(ctx, tmp_path):
    online_needs.import_file(ctx, write_csv(tmp_path / "n.csv", GOOD))
    chen = online_needs.triage_list(ctx)[2]
    for blank in ("", "   "):
        with pytest.raises(ValidationError) as err:
            online_needs.reject(ctx, chen.id, blank)
        assert err.value.key == "reason_required"
    with pytest.raises(ValidationError):
        online_needs.reject(ctx, chen.id, "长" * 1001)
    info = online_needs.reject(ctx, chen.id, "  不属于本站服务范围，已告知居民拨打12345  ")
    assert (info.state, info.reason) == ("rejected", "不属于本站服务范围，已告知居民拨打12345")


def test_a_decided_need_cannot_be_decided_again(ctx, tmp_path):
    online_needs.import_file(ctx, write_csv(tmp_path / "n.csv", GOOD))
    zhang, li, chen = online_needs.triage_list(ctx)
    online_needs.reject(ctx, chen.id, "重复")
    accepted = online_needs.accept(ctx, li.id, "L001", materials(ctx, "L001"))
    for need, label in ((chen, "不予受理"), (li, "已受理")):
        for attempt in (
            lambda: online_needs.reject(ctx, need.id, "再次"),
            lambda: online_needs.accept(ctx, need.id, "L001", materials(ctx, "L001")),
            lambda: online_needs.merge(ctx, need.id, accepted.id),
            lambda: online_needs.match_resident(ctx, need.id, resident(ctx, "王建国").id),
        ):
            with pytest.raises(ValidationError) as err:
                attempt()
            assert err.value.key == "need_decided" and f"已处理（{label}）" in err.value.text("zh")
    assert len(acceptance.resident_affairs(ctx, li.resident_id, open_only=True)) == 1


def test_the_triage_list_filters_by_state_and_refuses_unknown_states(ctx, tmp_path):
    online_needs.import_file(ctx, write_csv(tmp_path / "n.csv", GOOD))
    chen = online_needs.triage_list(ctx)[2]
    online_needs.reject(ctx, chen.id, "重复")
    assert len(online_needs.triage_list(ctx, "new")) == 2
    assert [n.id for n in online_needs.triage_list(ctx, "rejected")] == [chen.id]
    assert online_needs.triage_list(ctx, "merged") == []
    assert len(online_needs.triage_list(ctx, "")) == len(online_needs.triage_list(ctx, "all")) == 3
    with pytest.raises(ValidationError):
        online_needs.triage_list(ctx, "bogus")


def test_who_may_triage(admin_ctx, make_ctx, tmp_path):
    path = write_csv(tmp_path / "n.csv", GOOD)
    with pytest.raises(PermissionDenied):
        online_needs.import_file(admin_ctx, path)
    with pytest.raises(PermissionDenied):
        online_needs.triage_list(admin_ctx)
    deputy = make_ctx("liufang")
    assert online_needs.import_file(deputy, path).created == 3


# -- never a crash, never a partial import --------------------------------------

CELL = st.one_of(
    st.none(), st.text(max_size=30),
    st.sampled_from(["2026-11-20 08:15", "2026-11-21T09:00:00+08:00", "2026/11/22 7:05", "2026-02-30 10:00",
                     "", "13911012345", "张秀兰", "3号楼2单元501室", "R1", "R2", "长" * 1001]),
)
PLAUSIBLE = st.fixed_dictionaries({
    "external_ref": st.sampled_from(["R1", "R2", "R3"]) | st.text(min_size=1, max_size=12),
    "posted_at": st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2027, 1, 1)).map(str) | CELL,
    "name": st.text(min_size=1, max_size=20),
    "phone": st.sampled_from(["13911012345", "139-1101-2345", "", "010-66031234"]) | CELL,
    "address": st.sampled_from(["3号楼2单元501室", "5-1-302", ""]) | CELL,
    "text": st.text(min_size=1, max_size=60),
})
ROW = st.one_of(PLAUSIBLE, st.fixed_dictionaries({c: CELL for c in COLUMNS}))


def _outcome(ctx, path, rows):
    before = len(everything(ctx))
    try:
        report = online_needs.import_file(ctx, path)
    except DomainError as err:
        assert err.text("zh") and err.text("en")
        assert len(everything(ctx)) == before  # nothing half-imported
        return
    assert report.created + report.skipped == sum(1 for r in rows if r is not None)
    assert len(everything(ctx)) == before + report.created


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(ROW, max_size=6), drop=st.sets(st.sampled_from(COLUMNS)))
def test_random_csv_rows_are_imported_whole_or_refused_clearly(ctx, tmp_path, rows, drop):
    columns = [c for c in COLUMNS if c not in drop]
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(columns)
    for r in rows:
        writer.writerow(["" if r[c] is None else r[c] for c in columns])
    path = tmp_path / "random.csv"
    path.write_text(buf.getvalue(), encoding="utf-8-sig")
    blank = [all(not str(r[c] or "").strip() for c in columns) for r in rows]
    _outcome(ctx, path, [None if b else r for r, b in zip(rows, blank)])


JSON_VALUE = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | CELL,
                          lambda inner: st.lists(inner, max_size=2) | st.dictionaries(st.text(max_size=4), inner,
                                                                                       max_size=2),
                          max_leaves=4)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(st.one_of(st.dictionaries(st.sampled_from(COLUMNS), JSON_VALUE), ROW, JSON_VALUE),
                     max_size=5))
def test_random_json_is_imported_whole_or_refused_clearly(ctx, tmp_path, rows):
    path = tmp_path / "random.json"
    path.write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
    _outcome(ctx, path, rows)
