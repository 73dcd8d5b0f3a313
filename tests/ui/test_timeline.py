"""A resident's history: the visit-only-once headline, affairs with their events, home visits."""
import re

import pytest

from app.services import acceptance, catalogue, home_visits, residents, station
from app.services.context import ServiceContext
from app.services.dto import NewResident
from app.ui.i18n import LANGUAGE
from app.ui.timeline.dialog import TimelineDialog


def plain(html: str) -> str:
    return re.sub(r"<[^>]+>", "", html)


@pytest.fixture
def worker(qapp, sqlite_database, clock):
    LANGUAGE.set("zh")
    base = ServiceContext.for_database(sqlite_database, now=clock)
    yield base.as_actor(station.actor_for(base, "wangxm", desk="窗口1"))
    LANGUAGE.set("zh")


@pytest.fixture
def history(worker, clock):
    """A new resident: one affair done in one visit, one that needed a second visit, one home visit."""
    resident = residents.register(worker, NewResident(
        name="孙志强", id_type="resident_id", id_number="110102195501010036", building="9", unit="1", room="402"))
    count = len(catalogue.get_type(worker, "G099").materials)
    first = acceptance.accept(worker, resident.id, "G099", ["provided"] * count)
    count = len(catalogue.get_type(worker, "G031").materials)
    missing = ["provided"] * count
    missing[1] = "missing"  # 户口簿 forgotten
    notice = acceptance.issue_notice(worker, resident.id, "G031", missing)
    clock.value = clock.value.replace(day=25)
    second = acceptance.accept(worker, resident.id, "G031", ["provided"] * count, resume_affair_id=notice.id)
    assert second.id == notice.id
    home_visits.plan(worker, clock.value.date(), "回访高龄津贴办理情况", resident_id=resident.id)
    return resident, first, second


@pytest.fixture
def dialog(qtbot, worker, history):
    d = TimelineDialog(worker, history[0].id)
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    return d


def test_headline_counts_affairs_done_in_a_single_visit(qtbot, qapp, dialog):
    assert "孙志强" in dialog.name.text()
    LANGUAGE.set("en")  # the Chinese wording arrives with the merged translation; the numbers are what matter
    qapp.processEvents()
    assert plain(dialog.headline.text()) == "2 affairs in all, 1 of them done in a single visit (50%)"
    assert dialog.tabs.tabText(0) == "&Affairs (2)" and dialog.tabs.tabText(1) == "&Home visits (1)"
    LANGUAGE.set("zh")
    qapp.processEvents()
    assert "50" in plain(dialog.headline.text())


def test_affairs_newest_first_with_events_as_children(dialog, history):
    _, first, second = history
    tree = dialog.affairs
    assert tree.topLevelItemCount() == 2
    newest, oldest = tree.topLevelItem(0), tree.topLevelItem(1)
    assert newest.text(0) == second.number and oldest.text(0) == first.number
    assert newest.text(1) == "高龄老年人津贴申请"
    assert newest.text(2) == "已受理待派遣" and oldest.text(2) == "已办结"
    assert newest.text(5) == "2" and oldest.text(5) == "1"
    # A second visit stands out; a single one does not.
    assert newest.foreground(5).color().name() == "#b00020" and newest.font(5).bold()
    assert not oldest.font(5).bold()
    assert oldest.text(4) == "2026-11-23 10:00" and newest.text(4) == ""
    assert newest.isExpanded()
    actions = [newest.child(i).text(1) for i in range(newest.childCount())]
    assert actions == ["出具一次性告知单", "受理"]
    assert newest.child(0).text(0) == "2026-11-23 10:00" and newest.child(1).text(0) == "2026-11-25 10:00"
    assert newest.child(1).text(2) == "王晓梅 · 窗口1"
    assert oldest.childCount() == 1 and oldest.child(0).text(1) == "当场办结"


def test_home_visits_tab(dialog):
    tree = dialog.visits
    assert tree.topLevelItemCount() == 1
    visit = tree.topLevelItem(0)
    assert visit.text(0) == "2026-11-25" and visit.text(1) == "回访高龄津贴办理情况"
    assert visit.text(3) == "王晓梅" and visit.childCount() == 0


def test_a_resident_with_no_affairs(qtbot, worker):
    resident = residents.register(worker, NewResident(
        name="周新", id_type="resident_id", id_number="110102195501010036"))
    d = TimelineDialog(worker, resident.id)
    qtbot.addWidget(d)
    assert d.affairs.topLevelItemCount() == 0
    assert plain(d.headline.text()) == d.tr("No affairs yet")


def test_an_unknown_resident_is_explained(qtbot, worker):
    d = TimelineDialog(worker, 999999)
    qtbot.addWidget(d)
    assert "找不到该居民" in d.message.text()


def test_language_switch_relabels_the_tree(qtbot, qapp, dialog):
    LANGUAGE.set("en")
    qapp.processEvents()
    assert dialog.affairs.headerItem().text(0) == "Number / time"
    assert dialog.affairs.topLevelItem(0).text(2) == "accepted, to dispatch"
    assert dialog.affairs.topLevelItem(0).child(1).text(1) == "accept"
    LANGUAGE.set("zh")
    qapp.processEvents()
    assert dialog.affairs.topLevelItem(0).text(2) == "已受理待派遣"
    assert dialog.affairs.headerItem().text(0) == dialog.tr("Number / time")
