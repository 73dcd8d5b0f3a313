import csv
import json
from collections import Counter

import pytest
from openpyxl import load_workbook

from app.services import catalogue
from app.services.errors import PermissionDenied, ValidationError


def all_types(ctx):
    return [catalogue.get_type(ctx, t.code) for t in catalogue.search_types(ctx, limit=1000)]


def test_the_149_types_and_their_counts(ctx):
    types = all_types(ctx)
    assert len(types) == 149
    assert Counter(t.service_kind for t in types) == {"party": 8, "government": 116, "convenience": 25}
    gov = Counter(t.handling_mode for t in types if t.service_kind == "government")
    assert gov == {"on_the_spot": 48, "collect_submit": 68}
    conv = [t for t in types if t.service_kind == "convenience"]
    assert all(t.handling_mode == "transfer" and t.closing_document == "referral_slip" for t in conv)
    cats = catalogue.list_categories(ctx)
    assert len(cats) == 7 and sum(c.type_count for c in cats) == 149
    for t in types:
        assert t.name_zh and t.name_en and t.materials and t.handler_name_zh
        assert t.closing_document in ("receipt", "certificate", "referral_slip")
        assert (t.committed_days == 0) == (t.handling_mode == "on_the_spot")
    assert any(t.closing_document == "certificate" for t in types)


def test_partner_directory_counts(ctx):
    kinds = Counter(p.kind for p in catalogue.list_partners(ctx))
    assert kinds["service_agency"] == 54
    assert kinds["convenience_outlet"] == 22
    assert kinds["institution"] == 11
    assert kinds["volunteer_org"] == 12
    assert kinds["department"] >= 5


def test_named_beijing_items_are_present(ctx):
    names = " ".join(t.name_zh for t in all_types(ctx))
    for item in ("高龄", "失能老年人护理补贴", "残疾人两项补贴", "居住证明", "党员组织关系转接",
                 "报到", "城乡居民基本医疗保险", "灵活就业"):
        assert item in names, item


def test_search_by_name_code_initials_and_category(ctx):
    by_name = catalogue.search_types(ctx, "居住证明")
    assert by_name and by_name[0].name_zh.startswith("居住证明") or "居住证明" in by_name[0].name_zh
    code = by_name[0].code
    assert catalogue.search_types(ctx, code.lower())[0].code == code
    gl = catalogue.search_types(ctx, "gl")
    assert any("高龄" in t.name_zh for t in gl)
    party = catalogue.search_types(ctx, category="PARTY")
    assert len(party) == 8 and all(t.service_kind == "party" for t in party)


def test_most_used_types_come_first(ctx):
    types = catalogue.search_types(ctx, limit=1000)
    counts = [t.use_count for t in types]
    assert counts == sorted(counts, reverse=True)
    assert counts[0] > 0


@pytest.mark.parametrize("fmt", ["csv", "xlsx", "json"])
def test_export_then_import_round_trip(admin_ctx, tmp_path, fmt):
    out = tmp_path / f"cat.{fmt}"
    assert catalogue.export_file(admin_ctx, fmt, out) == 149
    before = catalogue.export_data(admin_ctx)
    counts = catalogue.import_file(admin_ctx, out)
    assert counts["updated"] == 149 and counts["created"] == 0 and counts["retired"] == 0
    after = catalogue.export_data(admin_ctx)
    assert after.affair_types == before.affair_types


def test_csv_export_opens_in_excel_with_chinese(admin_ctx, tmp_path):
    out = tmp_path / "cat.csv"
    catalogue.export_file(admin_ctx, "csv", out)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(raw.decode("utf-8-sig").splitlines()))
    assert len(rows) == 149 and any("居住证明" in r["name_zh"] for r in rows)


def test_xlsx_export_has_all_three_sheets_with_real_numbers(admin_ctx, tmp_path):
    out = tmp_path / "cat.xlsx"
    catalogue.export_file(admin_ctx, "xlsx", out)
    wb = load_workbook(out)
    assert wb.sheetnames == ["affair_types", "categories", "partners"]
    assert wb["affair_types"].max_row == 150
    assert isinstance(wb["affair_types"]["I2"].value, int)  # committed_days


def test_bad_file_changes_nothing_and_names_the_rows(admin_ctx, tmp_path):
    good = tmp_path / "cat.csv"
    catalogue.export_file(admin_ctx, "csv", good)
    rows = list(csv.DictReader(good.read_text(encoding="utf-8-sig").splitlines()))
    rows[0]["name_zh"] = "改过的名字"          # a valid change that must not land
    rows[4]["handling_mode"] = "somewhere"       # file row 6
    rows[9]["committed_days"] = "ten"            # file row 11
    bad = tmp_path / "bad.csv"
    with bad.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    with pytest.raises(ValidationError) as err:
        catalogue.import_file(admin_ctx, bad)
    zh, en = err.value.text("zh"), err.value.text("en")
    assert "第affair_types 6行" in zh and "handling_mode" in zh
    assert "row affair_types 11" in en and "committed_days" in en
    assert not any(t.name_zh == "改过的名字" for t in catalogue.search_types(admin_ctx, "改过"))


def test_corrupt_and_unknown_files_are_clear_errors(admin_ctx, tmp_path):
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really a workbook")
    with pytest.raises(ValidationError) as err:
        catalogue.import_file(admin_ctx, broken)
    assert "无法读取" in err.value.text("zh")
    weird = tmp_path / "cat.txt"
    weird.write_text("x")
    with pytest.raises(ValidationError):
        catalogue.import_file(admin_ctx, weird)
    bad_json = tmp_path / "cat.json"
    bad_json.write_text(json.dumps({"affair_types": [{"code": "G001"}]}))
    with pytest.raises(ValidationError) as err:
        catalogue.import_file(admin_ctx, bad_json)
    assert "name_zh" in err.value.text("en")
    assert len(catalogue.search_types(admin_ctx, limit=1000)) == 149


def test_unwritable_export_path_is_a_clear_error(admin_ctx, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(ValidationError) as err:
        catalogue.export_file(admin_ctx, "csv", blocker / "cat.csv")
    assert "无法写入" in err.value.text("zh")


def test_only_the_administrator_edits_the_catalogue(ctx, tmp_path):
    with pytest.raises(PermissionDenied) as err:
        catalogue.import_file(ctx, tmp_path / "x.csv")
    assert "无权" in err.value.text("zh")


def test_bad_category_sort_in_a_workbook_is_named(admin_ctx, tmp_path):
    out = tmp_path / "cat.xlsx"
    catalogue.export_file(admin_ctx, "xlsx", out)
    wb = load_workbook(out)
    wb["categories"]["D3"] = "second"
    wb.save(out)
    with pytest.raises(ValidationError) as err:
        catalogue.import_file(admin_ctx, out)
    assert "categories 3" in err.value.text("en") and "sort" in err.value.text("en")
