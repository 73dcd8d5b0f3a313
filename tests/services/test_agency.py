"""Full agency handling: authorisation, custody of originals, the closure gate."""
import pytest

from app.services import acceptance, agency, catalogue, queue, residents, transfers
from app.services.errors import NotFound, ValidationError

TRANSFER = "L001"


@pytest.fixture
def deputy(make_ctx):
    return make_ctx("liufang")


def accept(ctx, code="G031"):
    rid = residents.search(ctx, "张秀兰")[0].id
    return acceptance.accept(ctx, rid, code, ["provided"] * len(catalogue.get_type(ctx, code).materials)).id


def test_custody_needs_an_authorisation_first(ctx):
    aid = accept(ctx)
    with pytest.raises(ValidationError) as err:
        agency.take(ctx, aid, [("户口簿原件", 1)])
    assert err.value.key == "authorisation_required"


def test_take_and_give_back_with_events_and_slip(ctx):
    aid = accept(ctx)
    agency.authorise(ctx, aid, "代为申请高龄津贴并领取审批结果")
    agency.take(ctx, aid, [("户口簿原件", 1), ("北京通-养老助残卡", 1)], "居民行动不便")
    d = queue.detail(ctx, aid)
    assert d.authorisation_scope.startswith("代为申请") and [c.name for c in d.custody] == ["户口簿原件", "北京通-养老助残卡"]
    agency.give_back(ctx, aid, [d.custody[0].id])
    slip = agency.handover_doc(ctx, aid)
    assert [(line.name, line.returned_at is not None) for line in slip.lines] == [
        ("户口簿原件", True), ("北京通-养老助残卡", False)]
    assert slip.resident_id_masked == "110102********0022"
    assert [e.kind for e in queue.detail(ctx, aid).events][-3:] == ["authorise", "custody_take", "custody_return"]
    with pytest.raises(ValidationError):
        agency.give_back(ctx, aid, [d.custody[0].id])  # already back
    with pytest.raises(NotFound):
        agency.give_back(ctx, aid, [d.custody[0].id, 999999])


@pytest.mark.parametrize("items", [[("", 1)], [("户口簿", 0)], [("户口簿", 100)], [("户口簿", True)], []])
def test_bad_custody_lines_are_refused_and_nothing_is_written(ctx, items):
    aid = accept(ctx)
    agency.authorise(ctx, aid, "代办")
    with pytest.raises(ValidationError):
        agency.take(ctx, aid, items)
    assert queue.detail(ctx, aid).custody == ()


def test_cannot_close_while_originals_are_held(ctx, deputy):
    aid = accept(ctx, TRANSFER)
    agency.authorise(ctx, aid, "代为联系维修")
    agency.take(ctx, aid, [("房屋产权证明原件", 1)])
    transfers.dispatch(deputy, aid, ["CO-001"])
    transfers.feedback(deputy, queue.detail(deputy, aid).legs[0].id, "resolved", "已修复")
    transfers.notify(deputy, aid, "phone")
    with pytest.raises(ValidationError) as err:
        transfers.close(deputy, aid, rating=5)
    assert "房屋产权证明原件" in err.value.text("zh")
    agency.give_back(ctx, aid, [c.id for c in queue.detail(ctx, aid).custody])
    transfers.close(deputy, aid, rating=5)
    # Returning originals stays possible after closing; taking new ones does not.
    with pytest.raises(Exception):
        agency.take(ctx, aid, [("户口簿", 1)])
