"""Take the README/docs screenshots from the real application (offscreen), so they stay current.

    .venv/bin/python scripts/screenshots.py        # writes docs/*.png

Needs pdftoppm (Debian poppler-utils) for the printed documents.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from datetime import datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
sys.path.insert(0, str(ROOT))


def main() -> None:
    from PySide6.QtCore import Qt

    from app import db as dbmod
    from app.services import demo, station
    from app.services.context import ServiceContext
    from app.ui.app import make_app
    from app.ui.desk.window import DeskWindow
    from app.ui.i18n import LANGUAGE

    work = Path(tempfile.mkdtemp(prefix="one-window-shots-"))
    now = datetime(2026, 11, 23, 9, 41)
    database = dbmod.connect(f"sqlite:///{work / 'demo.sqlite3'}")
    demo.seed(ServiceContext.for_database(database, now=lambda: now))
    base = ServiceContext.for_database(database, now=lambda: now)
    ctx = base.as_actor(station.actor_for(base, "wangxm", desk="窗口1"))
    app = make_app()
    DOCS.mkdir(exist_ok=True)
    for lang in ("zh", "en"):
        LANGUAGE.set(lang)
        window = DeskWindow(ctx, station.current_station(ctx), work / "documents")
        window.resize(1366, 768)
        window.show()
        window.residents.search.setText("张秀兰")
        window.residents._choose_from_search()
        window.types.search.setText("gl")
        window.types._choose_current()
        panel = window.actions_panel
        panel.tick_all()
        if lang == "zh":
            panel.materials.item(3).setCheckState(Qt.CheckState.Unchecked)  # optional power of attorney
            window.do_action("accept")
        app.processEvents()
        window.grab().save(str(DOCS / f"desk-{lang}.png"))
        if lang == "zh":
            receipt = window.last_pdf
            window.residents.search.setText("王建国")
            window.residents._choose_from_search()
            window.types.search.setText("G099")
            window.types._choose_current()
            panel.tick_all()
            panel.materials.item(1).setCheckState(Qt.CheckState.Unchecked)
            window.do_action("notice")
            notice = window.last_pdf
            panel.paper.setCurrentIndex(1)
            window.residents.search.setText("李德胜")
            window.residents._choose_from_search()
            window.types.search.setText("dydsqbd")
            window.types._choose_current()
            panel.tick_all()
            window.do_action("handle")
            roll = window.last_pdf
            for pdf, name in ((receipt, "receipt-a5"), (notice, "notice-a5"), (roll, "receipt-roll80")):
                subprocess.run(["pdftoppm", "-png", "-r", "100", "-singlefile", str(pdf), str(DOCS / name)],
                               check=True)
        window.close()
    back_office(app, base, work)
    reception(app, base, work)
    reports(app, base, work)
    sign_in_and_audit(app, database, work)
    database.dispose()
    shutil.rmtree(work, ignore_errors=True)
    print("screenshots written to", DOCS)


def back_office(app, base, work: Path) -> None:
    """The deputy's queue with a realistic morning, the certificate, visits and a timeline."""
    from app.services import acceptance, catalogue, certificates, grids, home_visits, queue, residents, station
    from app.services import transfers
    from app.ui.backoffice.window import BackOfficeWindow
    from app.ui.i18n import LANGUAGE
    from app.ui.timeline.dialog import TimelineDialog
    from app.ui.visits.window import VisitsWindow

    deputy = base.as_actor(station.actor_for(base, "liufang", desk="后台"))
    worker = base.as_actor(station.actor_for(base, "wangxm", desk="窗口1"))

    def accept(code, name):
        rid = residents.search(worker, name)[0].id
        return acceptance.accept(worker, rid, code, ["provided"] * len(catalogue.get_type(worker, code).materials)).id

    disabled = accept("G046", "张秀兰")
    transfers.dispatch(deputy, disabled, ["DEPT-CL", "DEPT-MZ"], "请审核残疾评定结果")
    transfers.urge(deputy, disabled, "请本周内反馈")
    manhole = accept("L001", "李德胜")
    transfers.whistle(deputy, manhole, ["DEPT-CG", "DEPT-PF"], "楼道窨井堵塞，污水外溢")
    allowance = accept("G031", "王建国")
    transfers.dispatch(deputy, allowance, ["DEPT-YL"])
    transfers.feedback(deputy, queue.detail(deputy, allowance).legs[0].id, "resolved", "已审核通过，次月发放")
    late = next(r for r in queue.queue(deputy).rows if r.deadline == "overdue")
    if not late.open_legs:
        transfers.dispatch(deputy, late.id, [late.partner_codes[0]])
    transfers.urge(deputy, late.id, "超期催办")
    for lang in ("zh", "en"):
        LANGUAGE.set(lang)
        window = BackOfficeWindow(deputy, station.current_station(deputy), work / "documents")
        window.resize(1366, 768)
        window.show()
        window.queue_view.select(manhole)
        app.processEvents()
        window.grab().save(str(DOCS / f"queue-{lang}.png"))
        window.close()
    LANGUAGE.set("zh")
    # A certificate issued on closing, as the resident receives it.
    transfers.notify(deputy, allowance, "phone", "电话告知审批结果")
    transfers.close(deputy, allowance, rating=5, comment="办事很快")
    cert = certificates.issue(worker, accept("G099", "张秀兰"))
    from app.printing import certificate_bytes

    pdf = work / "certificate.pdf"
    pdf.write_bytes(certificate_bytes(certificates.document(worker, cert.id)))
    subprocess.run(["pdftoppm", "-png", "-r", "80", "-singlefile", str(pdf), str(DOCS / "certificate")], check=True)
    staff = {m.username: m.id for m in station.list_staff(deputy, deputy.actor.station_id)}
    rid = residents.search(worker, "张秀兰")[0].id
    building = residents.get(worker, rid).building
    grids.save_grid(deputy, "第一网格", staff["wangxm"], [(building, "")])
    grids.save_grid(deputy, "第二网格", staff["lijh"], [("9", ""), ("10", "")])
    visit = home_visits.plan(deputy, base.now().date(), "走访独居老人，了解冬季取暖情况", resident_id=rid,
                             staff_id=staff["wangxm"])
    home_visits.record(worker, visit, "not_home", "敲门无人应答，已留联系卡")
    window = VisitsWindow(deputy, station.current_station(deputy), work / "documents")
    window.resize(1366, 768)
    window.show()
    app.processEvents()
    window.grab().save(str(DOCS / "visits-zh.png"))
    window.close()
    dialog = TimelineDialog(deputy, rid)
    dialog.resize(1100, 560)
    dialog.show()
    app.processEvents()
    dialog.grab().save(str(DOCS / "timeline-zh.png"))
    dialog.close()



def reception(app, base, work: Path) -> None:
    """This morning's appointments at reception, and the waiting-area display after two desks called."""
    import dataclasses
    from datetime import time as clock_time

    from app.services import appointments, residents, station, tickets
    from app.ui.display.window import WaitingDisplay
    from app.ui.reception.window import ReceptionWindow

    worker = base.as_actor(station.actor_for(base, "wangxm", desk="窗口1"))
    second = worker.as_actor(dataclasses.replace(worker.actor, desk="窗口2"))
    day = base.now().date()
    booked = []
    for name, slot, code, channel in (("张秀兰", clock_time(9, 30), "G031", "phone"),
                                      ("李德胜", clock_time(10, 0), "G099", "online"),
                                      ("王建国", clock_time(10, 30), "", "desk"),
                                      ("李德胜", clock_time(14, 0), "L001", "door_to_door")):
        rid = residents.search(worker, name)[0].id
        booked.append(appointments.book(worker, rid, day, slot, type_code=code, channel=channel))
    appointments.check_in(worker, booked[0].id)
    for _ in range(4):
        tickets.issue(worker)
    tickets.call_next(second)
    tickets.call_next(worker)
    window = ReceptionWindow(worker, station.current_station(worker), work / "documents")
    window.resize(1366, 768)
    window.show()
    app.processEvents()
    window.grab().save(str(DOCS / "appointments-zh.png"))
    window.close()
    display = WaitingDisplay(worker, station.current_station(worker))
    display.resize(1920, 1080)
    display.show()
    display.refresh()
    app.processEvents()
    display.grab().save(str(DOCS / "display.png"))
    display.close()


def _settle(app, busy) -> None:
    import time

    deadline = time.monotonic() + 30
    while busy() and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)
    app.processEvents()


def reports(app, base, work: Path) -> None:
    """The deputy's month report on screen and on paper, and the stationmaster's dashboard."""
    from datetime import date

    from app.services import report_export, reports as report_service, station
    from app.ui.dashboard.window import DashboardWindow
    from app.ui.i18n import LANGUAGE
    from app.ui.reports.window import ReportsWindow

    deputy = base.as_actor(station.actor_for(base, "liufang", desk="后台"))
    info = station.current_station(deputy)
    for lang in ("zh", "en"):
        LANGUAGE.set(lang)
        window = ReportsWindow(deputy, info, work / "documents", settings_path=work / "desk-settings.ini")
        window.resize(1366, 768)
        window.show()
        _settle(app, lambda: window.build_task is not None and window.build_task.running)
        window.set_range("this_month")
        task = window.generate()
        _settle(app, lambda: task.running)
        window.preview.tabs.setCurrentIndex(1)
        app.processEvents()
        window.grab().save(str(DOCS / f"reports-{lang}.png"))
        window.close()
        dashboard = DashboardWindow(deputy, info, work / "documents")
        dashboard.resize(1366, 768)
        dashboard.show()
        _settle(app, lambda: dashboard.loading or dashboard.data is None)
        dashboard.grab().save(str(DOCS / f"dashboard-{lang}.png"))
        dashboard.close()
    LANGUAGE.set("zh")
    month = report_service.report(deputy, date(2026, 10, 1), date(2026, 10, 31))
    pdf = work / "report.pdf"
    pdf.write_bytes(report_export.render(month, "pdf", "zh"))
    subprocess.run(["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", str(pdf),
                    str(DOCS / "report-page1")], check=True)


def sign_in_and_audit(app, database, work: Path) -> None:
    """The sign-in with a wrong password, the idle lock over the desk, and the audit log."""
    from app.services import accounts, demo, station
    from app.services.context import ServiceContext
    from app.ui.app import build_navigator
    from app.ui.i18n import LANGUAGE
    from app.ui.login.login_dialog import LoginDialog

    LANGUAGE.set("zh")
    base = ServiceContext.for_database(database)  # the real clock: sign-in lockouts count in real minutes
    if accounts.needs_setup(base):
        accounts.set_up_admin(base, "Station2026")
    dialog = LoginDialog(base, station.current_station(base).name, "wangxm", "窗口1")
    dialog.password.setText("wrong-2026")
    dialog.accept()
    dialog.show()
    app.processEvents()
    dialog.grab().save(str(DOCS / "login-zh.png"))
    dialog.close()
    worker = accounts.login(base, "wangxm", demo.DEMO_PASSWORD, "窗口1")
    nav = build_navigator(database, base, worker, output_dir=work / "documents",
                          settings_path=work / "desk-settings.ini")
    desk = nav.start_window()
    desk.resize(1366, 768)
    desk.show()
    desk.residents.search.setText("张秀")
    nav.idle_lock.lock()
    app.processEvents()
    desk.grab().save(str(DOCS / "lock-zh.png"))
    nav.idle_lock.unlock(demo.DEMO_PASSWORD)
    nav.sign_out()
    chief = accounts.login(base, "chenlx", demo.DEMO_PASSWORD, "站长室")
    cnav = build_navigator(database, base, chief, output_dir=work / "documents",
                           settings_path=work / "desk-settings.ini")
    audit = cnav.window("audit")
    audit.resize(1366, 768)
    audit.show()
    _settle(app, lambda: False)
    audit.grab().save(str(DOCS / "audit-zh.png"))
    cnav.sign_out()


if __name__ == "__main__":
    main()
