"""Certificates: numbered per station and year, never repeated, QR payload with a check character."""
import re
from datetime import datetime

import pytest

from app.services import acceptance, catalogue, certificates, queue, residents, transfers
from app.services.errors import IllegalTransition, PermissionDenied, ValidationError

ON_SPOT_CERT = "G099"   # 社区居住证明开具: completes at the window with a certificate
COLLECT_CERT = "G046"   # 残疾人证办理: completes in the back office with a certificate


@pytest.fixture
def deputy(make_ctx):
    return make_ctx("liufang")


def accept(ctx, code, name="张秀兰"):
    rid = residents.search(ctx, name)[0].id
    return acceptance.accept(ctx, rid, code, ["provided"] * len(catalogue.get_type(ctx, code).materials)).id


def test_issue_fills_the_template_and_numbers_it(ctx):
    aid = accept(ctx, ON_SPOT_CERT)
    info = certificates.issue(ctx, aid)
    assert re.fullmatch(r"XCQG01-ZM-2026-\d{6}", info.number)
    doc = certificates.document(ctx, info.id)
    assert doc.title == "居住证明" and not doc.copy
    body = "".join(doc.paragraphs)
    assert "张秀兰" in body and "110102193804120022" in body and "{" not in body
    assert certificates.parse_payload(doc.qr_payload) == info.number
    assert doc.valid_until is not None and (doc.valid_until - doc.issued_on).days == 90
    assert queue.detail(ctx, aid).events[-1].kind == "certificate"


def test_numbers_never_repeat_even_after_a_void(ctx, deputy):
    first = certificates.issue(ctx, accept(ctx, ON_SPOT_CERT))
    certificates.void(deputy, first.id, "姓名打印错误")
    again = certificates.issue(ctx, first.affair_id)  # the affair may be certified anew
    third = certificates.issue(ctx, accept(ctx, ON_SPOT_CERT, "李德胜"))
    numbers = [first.number, again.number, third.number]
    assert len(set(numbers)) == 3
    assert [int(n[-6:]) for n in numbers] == [int(first.number[-6:]) + i for i in range(3)]


def test_one_live_certificate_per_affair(ctx):
    aid = accept(ctx, ON_SPOT_CERT)
    info = certificates.issue(ctx, aid)
    with pytest.raises(ValidationError) as err:
        certificates.issue(ctx, aid)
    assert info.number in err.value.text("zh")


def test_only_types_that_close_with_a_certificate_and_only_when_completed(ctx, deputy):
    with pytest.raises(ValidationError):
        certificates.issue(ctx, accept(ctx, "G031"))  # closes with a receipt
    pending = accept(ctx, COLLECT_CERT)
    with pytest.raises(IllegalTransition):
        certificates.issue(ctx, pending)
    transfers.dispatch(deputy, pending, ["DEPT-CL"])
    transfers.feedback(deputy, queue.detail(deputy, pending).legs[0].id, "resolved", "已核发")
    transfers.notify(deputy, pending, "phone")
    transfers.close(deputy, pending, rating=4)
    assert certificates.issue(ctx, pending).title == "残疾人证办理证明"


def test_reprint_is_a_counted_copy_and_a_voided_one_is_never_printed(ctx, deputy):
    info = certificates.issue(ctx, accept(ctx, ON_SPOT_CERT))
    copy = certificates.document(ctx, info.id, reprint=True)
    assert copy.copy and copy.number == info.number
    assert certificates.register(ctx, info.number)[0].print_count == 2
    certificates.void(deputy, info.id, "居民遗失后作废")
    with pytest.raises(ValidationError):
        certificates.document(ctx, info.id, reprint=True)
    with pytest.raises(ValidationError):
        certificates.void(deputy, info.id, "again")
    row = certificates.register(ctx, info.number)[0]
    assert row.voided_at is not None and row.void_reason == "居民遗失后作废"


def test_void_needs_the_permission_and_a_reason(ctx, deputy):
    info = certificates.issue(ctx, accept(ctx, ON_SPOT_CERT))
    with pytest.raises(PermissionDenied):
        certificates.void(ctx, info.id, "x")
    with pytest.raises(ValidationError):
        certificates.void(deputy, info.id, "  ")


def test_register_finds_by_number_name_and_scanned_payload(ctx, clock):
    info = certificates.issue(ctx, accept(ctx, ON_SPOT_CERT))
    clock.value = datetime(2026, 11, 23, 11, 0)
    other = certificates.issue(ctx, accept(ctx, ON_SPOT_CERT, "李德胜"))
    assert [c.number for c in certificates.register(ctx)][:2] == [other.number, info.number]
    assert [c.id for c in certificates.register(ctx, "张秀兰")] == [info.id]
    assert [c.id for c in certificates.register(ctx, info.number[-6:])] == [info.id]
    assert [c.id for c in certificates.register(ctx, certificates.payload(info.number))] == [info.id]
    tampered = certificates.payload(info.number)[:-1] + ("0" if not certificates.payload(info.number).endswith("0") else "1")
    with pytest.raises(ValidationError):
        certificates.register(ctx, tampered)


def test_every_certificate_type_has_a_template_that_fills(ctx):
    types = [t for t in catalogue.search_types(ctx, "", limit=500)]
    with_cert = [t.code for t in types if catalogue.get_type(ctx, t.code).closing_document == "certificate"]
    assert len(with_cert) == 11
    assert set(with_cert) <= set(certificates.templates())


def test_templates_use_only_the_fields_the_service_fills():
    import json
    import string

    from app.services.resources import resource

    data = json.loads(resource("certificates", "templates.json").read_text(encoding="utf-8"))
    fields = set(data["fields"].split())
    for code, template in data["templates"].items():
        used = {name for p in template["paragraphs"] for _, name, _, _ in string.Formatter().parse(p) if name}
        assert used <= fields, code
