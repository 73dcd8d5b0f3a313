"""Check resources/catalogue/catalogue.json against the catalogue rules.

    .venv/bin/python scripts/check_catalogue.py [path]
"""
from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

DEFAULT = Path(__file__).resolve().parent.parent / "resources" / "catalogue" / "catalogue.json"

CATEGORIES = [
    ("PARTY", "党建服务", "Party affairs"),
    ("CIVIL", "民政与社会救助", "Civil affairs and social assistance"),
    ("ELDERLY", "养老助残", "Elderly and disability services"),
    ("SOCIAL", "社保与就业", "Social security and employment"),
    ("HEALTH", "卫生健康与计生", "Health and family planning"),
    ("RESIDENCE", "人口与居住证明", "Population, residence and certificates"),
    ("LIFE", "便民服务", "Convenience services"),
]
GOV_CATEGORIES = {"CIVIL", "ELDERLY", "SOCIAL", "HEALTH", "RESIDENCE"}
CONVENIENCE_HANDLER_KINDS = {"service_agency", "convenience_outlet", "institution", "volunteer_org"}


def check(path: Path) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    assert set(data) == {"version", "categories", "partners", "affair_types"}, set(data)
    assert data["version"] == 1

    cats = data["categories"]
    assert [(c["code"], c["name_zh"], c["name_en"]) for c in cats] == CATEGORIES
    assert [c["sort"] for c in cats] == list(range(1, 8))
    cat_codes = {c["code"] for c in cats}

    partners = data["partners"]
    pcodes = [p["code"] for p in partners]
    assert len(pcodes) == len(set(pcodes)), "duplicate partner code"
    assert len({p["name_zh"] for p in partners}) == len(partners), "duplicate partner name_zh"
    assert len({p["name_en"] for p in partners}) == len(partners), "duplicate partner name_en"
    kinds = Counter(p["kind"] for p in partners)
    assert kinds["service_agency"] == 54, kinds
    assert kinds["convenience_outlet"] == 22, kinds
    assert kinds["institution"] == 11, kinds
    assert kinds["volunteer_org"] == 12, kinds
    assert kinds["department"] >= 8, kinds
    assert set(kinds) == CONVENIENCE_HANDLER_KINDS | {"department"}, kinds
    prefix = {"service_agency": r"SA-\d{3}", "convenience_outlet": r"CO-\d{3}",
              "institution": r"IN-\d{3}", "volunteer_org": r"VO-\d{3}", "department": r"DEPT-[A-Z]{2}"}
    for p in partners:
        assert set(p) == {"code", "name_zh", "name_en", "kind", "phone", "address"}, p
        assert re.fullmatch(prefix[p["kind"]], p["code"]), p["code"]
        assert len(p["code"]) <= 16
        assert re.fullmatch(r"010-\d{8}", p["phone"]), p
        assert "西城区" in p["address"], p
    pkind = {p["code"]: p["kind"] for p in partners}

    types = data["affair_types"]
    assert len(types) == 149, len(types)
    codes = [t["code"] for t in types]
    assert len(set(codes)) == 149, "duplicate affair code"
    assert len({t["name_zh"] for t in types}) == 149, "duplicate name_zh"
    assert len({t["name_en"] for t in types}) == 149, "duplicate name_en"
    keys = {"code", "name_zh", "name_en", "category", "service_kind", "handling_mode", "materials",
            "forms", "committed_days", "handler", "closing_document", "keywords"}

    by_kind = Counter(t["service_kind"] for t in types)
    assert by_kind == {"party": 8, "government": 116, "convenience": 25}, by_kind
    expected_codes = ({f"P{i:03d}" for i in range(1, 9)} | {f"G{i:03d}" for i in range(1, 117)}
                      | {f"L{i:03d}" for i in range(1, 26)})
    assert set(codes) == expected_codes

    for t in types:
        assert set(t) == keys, (t["code"], set(t) ^ keys)
        c = t["code"]
        assert t["category"] in cat_codes, c
        assert t["handler"] in pkind, (c, t["handler"])
        assert t["closing_document"] in {"receipt", "certificate", "referral_slip"}, c
        assert isinstance(t["keywords"], str) and len(t["keywords"]) <= 200, c
        assert re.search(r"[\u4e00-\u9fff]", t["name_zh"]) and re.search(r"[A-Za-z]", t["name_en"]), c
        assert t["materials"], c
        for m in t["materials"]:
            assert set(m) == {"name_zh", "name_en", "required"} and isinstance(m["required"], bool), c
        for f in t["forms"]:
            assert set(f) == {"name_zh", "name_en"}, c
        assert any(m["required"] for m in t["materials"]), c
        mode, days, n_mat = t["handling_mode"], t["committed_days"], len(t["materials"])
        assert isinstance(days, int)
        if mode == "on_the_spot":
            assert days == 0, c
            assert 1 <= n_mat <= 3, (c, n_mat)
        elif mode == "collect_submit":
            assert 3 <= days <= 20, c
            assert 2 <= n_mat <= 6, (c, n_mat)
            assert t["forms"], c
        elif mode == "transfer":
            assert 1 <= days <= 10, c
        else:
            raise AssertionError(c)
        kind = t["service_kind"]
        if kind == "party":
            assert c.startswith("P") and t["category"] == "PARTY", c
            assert mode in {"on_the_spot", "collect_submit"}, c
            assert pkind[t["handler"]] == "department", c
        elif kind == "government":
            assert c.startswith("G") and t["category"] in GOV_CATEGORIES, c
            assert mode in {"on_the_spot", "collect_submit"}, c
            assert pkind[t["handler"]] == "department", c
            assert t["closing_document"] != "referral_slip", c
        else:
            assert c.startswith("L") and t["category"] == "LIFE", c
            assert mode == "transfer" and t["closing_document"] == "referral_slip", c
            assert pkind[t["handler"]] in CONVENIENCE_HANDLER_KINDS, c
        if kind != "convenience":
            assert t["closing_document"] != "referral_slip", c

    gov = [t for t in types if t["service_kind"] == "government"]
    gov_modes = Counter(t["handling_mode"] for t in gov)
    assert gov_modes == {"on_the_spot": 48, "collect_submit": 68}, gov_modes
    n_cert = sum(t["closing_document"] == "certificate" for t in types)
    assert 8 <= n_cert <= 15, n_cert

    # report
    print(f"file: {path}")
    print(f"categories: {len(cats)}")
    print(f"partners: {len(partners)} {dict(sorted(kinds.items()))}")
    print(f"affair types: {len(types)} {dict(by_kind)}")
    print(f"government handling modes: {dict(gov_modes)}")
    print(f"party handling modes: {dict(Counter(t['handling_mode'] for t in types if t['service_kind'] == 'party'))}")
    print(f"types per category: {dict(Counter(t['category'] for t in types))}")
    print(f"closing documents: {dict(Counter(t['closing_document'] for t in types))}")
    print(f"handlers used: {len({t['handler'] for t in types})}")
    print("OK")


if __name__ == "__main__":
    check(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT)
