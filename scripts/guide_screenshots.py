"""Take the user guide's pictures from the real application (offscreen, a temporary demo database), in
Chinese and English, and write the keyboard shortcut chapter from the windows' real menus and shortcuts.

    .venv/bin/python scripts/guide_screenshots.py     # docs/guide/img/*.png and docs/guide/*/shortcuts.md

Runs in about a minute; needs pdftoppm (Debian poppler-utils) for the printed documents. Run it again
after a screen, a menu or a translation changed (tests/ui/test_help.py fails when the shortcut chapter
no longer matches the Go menu). Screens are saved as <name>-zh.png and <name>-en.png; printed
documents, which are always Chinese, as <name>.png.
"""
from __future__ import annotations

import io
import os
import re
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
SCRIPTS = Path(__file__).resolve().parent
sys.path.insert(0, str(SCRIPTS))
import screenshots as readme_shots  # noqa: E402  (sets up the path to the application, seeds a realistic day)

ROOT = readme_shots.ROOT
GUIDE = ROOT / "docs" / "guide"
IMG = GUIDE / "img"
LANGS = ("zh", "en")
NOW = datetime(2026, 11, 23, 9, 41)
SCREEN = (1366, 768)


# -- saving -------------------------------------------------------------------------------------------

def save_image(image, name: str) -> Path:
    """A QImage as a palette PNG: screens have few colours, and the guide has many pictures."""
    from PIL import Image
    from PySide6.QtCore import QBuffer, QIODevice

    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    picture = Image.open(io.BytesIO(bytes(buffer.data()))).convert("RGB")
    path = IMG / f"{name}.png"
    picture.quantize(colors=256, method=Image.Quantize.FASTOCTREE, dither=Image.Dither.NONE).save(path)
    return path


def grab(widget, name: str, lang: str | None = None) -> Path:
    settle()
    return save_image(widget.grab().toImage(), f"{name}-{lang}" if lang else name)


def settle(busy=lambda: False, seconds: float = 30) -> None:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    deadline = time.monotonic() + seconds
    app.processEvents()
    while busy() and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)
    app.processEvents()


def in_both(name: str, widget, prepare=None) -> None:
    """The widget in Chinese and in English: windows re-label themselves when the language changes."""
    from app.ui.i18n import LANGUAGE

    for lang in LANGS:
        LANGUAGE.set(lang)
        if prepare is not None:
            prepare(lang)
        grab(widget, name, lang)
    LANGUAGE.set("zh")


def window(nav, name: str):
    """A navigator window at the size of a desk's screen, alone: every visible window repaints on each
    language switch, and the offscreen platform paints them all."""
    from PySide6.QtWidgets import QApplication

    w = nav.window(name)
    for other in QApplication.topLevelWidgets():
        if other is not w and other.isVisible():
            other.hide()
    w.resize(*SCREEN)
    w.show()
    settle()
    return w


def pdf_picture(pdf: Path, name: str, dpi: int = 80) -> None:
    out = IMG / name
    subprocess.run(["pdftoppm", "-png", "-r", str(dpi), "-f", "1", "-l", "1", "-singlefile", str(pdf), str(out)],
                   check=True)
    from PySide6.QtGui import QImage

    save_image(QImage(str(out) + ".png"), name)


# -- the day behind the pictures ---------------------------------------------------------------------

class Station:
    """The demo station one morning: the README script's queue and reception, plus a case, needs posted
    online and a full-agency affair."""

    def __init__(self, work: Path):
        from app import db as dbmod
        from app.services import demo, station
        from app.services.context import ServiceContext

        self.work = work
        self.database = dbmod.connect(f"sqlite:///{work / 'demo.sqlite3'}")
        self.now = NOW
        demo.seed(ServiceContext.for_database(self.database, now=lambda: self.now))
        self.base = ServiceContext.for_database(self.database, now=lambda: self.now)
        self.worker = self.as_user("wangxm", "窗口1")
        self.deputy = self.as_user("liufang", "后台")
        self.chief = self.as_user("chenlx", "站长室")
        self.info = station.current_station(self.base)
        self.navs = {}

    def as_user(self, username: str, desk: str):
        from app.services import station

        return self.base.as_actor(station.actor_for(self.base, username, desk=desk))

    def resident(self, name: str) -> int:
        from app.services import residents

        return residents.search(self.worker, name)[0].id

    def accept(self, code: str, name: str, ctx=None):
        from app.services import acceptance, catalogue

        ctx = ctx or self.worker
        count = len(catalogue.get_type(ctx, code).materials)
        return acceptance.accept(ctx, self.resident(name), code, ["provided"] * count)

    def seed(self) -> None:
        from app.ui.app import make_app

        app = make_app()
        readme_shots.DOCS = self.work / "readme"  # its pictures are not ours: keep them out of docs/
        readme_shots.DOCS.mkdir()
        readme_shots.back_office(app, self.base, self.work)
        readme_shots.reception(app, self.base, self.work)
        self.seed_cases()
        self.seed_needs()
        self.seed_agency()

    def seed_cases(self) -> None:
        from app.services import cases, catalogue, station

        clock = self.now
        zhang, li = self.resident("张秀兰"), self.resident("李德胜")
        steps = [
            (datetime(2026, 11, 2, 9, 30), None),
            (datetime(2026, 11, 3, 14, 0), "符合个案服务条件（高龄、独居、低收入），同意受理，由王晓梅承办。"),
            (datetime(2026, 11, 6, 16, 10), "入户评估：老人意识清楚，日常生活部分依赖；女儿每周探望一次；卫生间无扶手，有跌倒风险。"),
        ]
        self.now = steps[0][0]
        case = cases.open_case(self.worker, zhang, "独居高龄老人居家照护",
                               "居民女儿来站申请：老人88岁独居，患高血压，近期摔倒一次，需要居家照护支持。")
        for when, note in steps[1:]:
            self.now = when
            cases.advance(self.worker, case.id, note)
        cases.set_plan(self.worker, case.id, [
            ("按时服药、血压稳定", "家庭医生每周上门随访一次", "社区卫生服务站家庭医生签约"),
            ("减少跌倒风险", "卫生间加装扶手、防滑垫", "街道适老化改造补贴；志愿者服务队"),
            ("解决午餐", "老年餐桌送餐上门", "养老驿站助餐服务")])
        self.now = datetime(2026, 11, 9, 10, 0)
        cases.advance(self.worker, case.id, "计划已与老人及女儿确认，女儿签字同意。")
        self.now = datetime(2026, 11, 16, 15, 20)
        cases.add_note(self.worker, case.id, "第一次随访：扶手已安装，老人反映如厕方便许多；送餐服务已开始。")
        self.now = datetime(2026, 11, 20, 11, 0)
        cases.add_note(self.chief, case.id, "督导：注意与家庭医生共享血压记录，下周联系女儿了解夜间情况。")
        self.now = clock
        partner = catalogue.list_partners(self.worker, active_only=True)[0]
        cases.link(self.worker, case.id, partner_code=partner.code)
        other = cases.open_case(self.worker, li, "残疾人就业支持", "本人来站申请，希望找到适合的工作。")
        cases.advance(self.worker, other.id, "同意受理。")
        cases.open_case(self.chief, self.resident("王建国"), "失业家庭帮扶", "社区网格员发现。",
                        worker_id=station.actor_for(self.base, "lijh").staff_id)
        self.case_id = case.id

    def seed_needs(self) -> None:
        from app.services import online_needs

        path = self.work / "needs-2026-11-23.csv"
        path.write_text(
            "external_ref,posted_at,name,phone,address,text\n"
            "XCJY-20261119-0012,2026-11-19 21:07,王建国,,7号楼3单元101,想咨询退休后党组织关系怎么转到社区，需要带什么材料？\n"
            "XCJY-20261120-0031,2026-11-20 08:15,张秀兰,,3号楼2单元501室,我今年88岁了，想申请高龄津贴。腿脚不便，能否上门办理？\n"
            "XCJY-20261121-0007,2026-11-21 19:42,李德胜,,5号楼1单元302室,楼道灯坏了三天了，晚上出门不安全，麻烦尽快修一下\n"
            "XCJY-20261122-0102,2026-11-22 07:05,陈女士,,12号楼3单元,咨询孩子入学需要开哪些证明\n"
            "XCJY-20261123-0003,2026-11-23 06:58,刘先生,13700001111,9号楼,小区东门口的井盖松动，踩上去有响声\n",
            encoding="utf-8-sig")
        self.needs_report = online_needs.import_file(self.worker, path)

    def seed_agency(self) -> None:
        from app.services import agency

        affair = self.accept("G031", "李德胜")
        agency.authorise(self.worker, affair.id, "代为提交高龄津贴申请材料并领取审批结果")
        agency.take(self.worker, affair.id, [("户口簿原件", 1), ("身份证原件", 1)])
        self.agency_affair = affair.id

    def navigator(self, username: str, desk: str = "窗口1"):
        """The screens of one worker, with their Go and Help menus, as after signing in."""
        from app.services import station
        from app.ui.app import build_navigator

        if username not in self.navs:
            self.navs[username] = build_navigator(
                self.database, self.base, station.actor_for(self.base, username, desk=desk),
                output_dir=self.work / "documents", settings_path=self.work / "desk-settings.ini")
        return self.navs[username]


def dialog_shot(name: str, open_dialog, prepare=None, size=None) -> None:
    """A dialog the application opens, with open() or exec(): grabbed in both languages, then cancelled."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialog

    from app.ui.i18n import LANGUAGE

    for lang in LANGS:
        LANGUAGE.set(lang)
        done = []

        def take(dialog, lang=lang, done=done):
            if dialog is None or done:
                return
            done.append(dialog)
            if size:
                dialog.resize(*size)
            if prepare is not None:
                prepare(dialog)
            grab(dialog, name, lang)
            dialog.reject()

        # exec() runs its own loop: the timer fires inside it, with the dialog up.
        QTimer.singleShot(50, lambda take=take: take(QApplication.activeModalWidget()))
        result = open_dialog()
        settle()
        if not done:
            take(result if isinstance(result, QDialog) else QApplication.activeModalWidget())
        if not done:
            raise RuntimeError(f"{name}: no dialog opened")
    LANGUAGE.set("zh")


# -- the pictures ---------------------------------------------------------------------------------------

def sign_in(st: Station) -> None:
    from app.services import accounts
    from app.ui.login.login_dialog import LoginDialog
    from app.ui.login.setup_dialog import SetupDialog
    from app.services.context import ServiceContext

    if accounts.needs_setup(st.base):
        setup = SetupDialog(st.base)
        setup.password.setText("Station2026")
        setup.repeat.setText("Station2026")
        setup.show()
        in_both("first-start", setup)
        setup.close()
        accounts.set_up_admin(st.base, "Station2026")
    # The real clock: sign-in lockouts count in real minutes.
    login = LoginDialog(ServiceContext.for_database(st.database), st.info.name, "wangxm", "窗口1")
    login.show()

    def wrong(lang):
        login.password.setText("wrong-2026")
        login.accept()

    in_both("login", login, wrong)
    login.close()


def desk(st: Station) -> None:
    from PySide6.QtCore import Qt

    from app.ui.i18n import LANGUAGE

    nav = st.navigator("wangxm")
    w = window(nav, "desk")

    def found(lang):
        w.next_resident()
        w.residents.search.setText("zxl")
        w.residents.run_search()

    in_both("desk-search", w, found)

    def chosen(lang):
        w.next_resident()
        w.residents.search.setText("张秀兰")
        w.residents._choose_from_search()
        w.types.search.setText("gl")
        w.types._choose_current()
        w.actions_panel.tick_all()
        w.actions_panel.materials.item(3).setCheckState(Qt.CheckState.Unchecked)

    in_both("desk-materials", w, chosen)

    def accepted(lang):
        chosen(lang)
        w.do_action("accept")

    in_both("desk-accepted", w, accepted)
    st.receipt_pdf = w.last_pdf

    def missing(lang):
        w.next_resident()
        w.residents.search.setText("王建国")
        w.residents._choose_from_search()
        w.types.search.setText("G099")
        w.types._choose_current()
        w.actions_panel.tick_all()
        w.actions_panel.materials.item(1).setCheckState(Qt.CheckState.Unchecked)

    in_both("desk-missing", w, missing)
    LANGUAGE.set("zh")
    missing("zh")
    w.do_action("notice")
    st.notice_pdf = w.last_pdf
    w.next_resident()
    w.actions_panel.paper.setCurrentIndex(1)
    w.residents.search.setText("李德胜")
    w.residents._choose_from_search()
    w.types.search.setText("dydsqbd")
    w.types._choose_current()
    w.actions_panel.tick_all()
    w.do_action("handle")
    st.roll_pdf = w.last_pdf
    w.actions_panel.paper.setCurrentIndex(0)
    w.next_resident()


def register(st: Station) -> None:
    from stdnum.cn import ric

    from app.ui.register_dialog import RegisterResidentDialog

    nav = st.navigator("wangxm")
    body = "11010219520314062"
    number = body + ric.calc_check_digit(body + "0")  # it reads the first 17 of 18 digits
    dialog = RegisterResidentDialog(st.worker, "孙桂芳", nav.window("desk"))
    dialog.id_number.setText(number)
    dialog.phone.setText("13911013377")
    dialog.building.setText("3")
    dialog.unit.setText("2")
    dialog.room.setText("602")
    dialog.tag_boxes["low_income"].setChecked(True)
    dialog.show()
    in_both("register", dialog, lambda lang: dialog._preview())
    dialog.close()


def reception(st: Station) -> None:
    nav = st.navigator("wangxm")
    w = window(nav, "reception")
    in_both("reception", w)

    def booking(dialog):
        dialog.resident.search.setText("王建国")
        dialog.resident.run_search()
        settle()

    dialog_shot("book", w.book, booking)
    desk = window(nav, "desk")
    desk.next_resident()
    desk.ticket_bar.load_current()
    in_both("desk-ticket", desk.ticket_bar)
    display = window(nav, "display")
    display.refresh()
    in_both("display", display)
    display.close()


def visits(st: Station) -> None:
    nav = st.navigator("wangxm")
    w = window(nav, "visits")
    in_both("visits", w)
    dialog_shot("visit-plan", w.plan_visit)
    dialog_shot("visit-record", w.record_visit)
    timeline = nav.show_timeline(st.resident("张秀兰"))
    timeline.resize(1100, 560)
    in_both("timeline", timeline)
    timeline.close()


def back_office(st: Station) -> None:
    from app.services import queue, transfers

    # An affair waiting for its answer to be told and closed, beside the README script's morning.
    answered = st.accept("L001", "张秀兰").id
    transfers.dispatch(st.deputy, answered, ["DEPT-CG"], "请核实并维修")
    transfers.feedback(st.deputy, queue.detail(st.deputy, answered).legs[0].id, "resolved", "已于当日修复")
    fresh = st.accept("G046", "王建国").id
    nav = st.navigator("liufang", "后台")
    w = window(nav, "back_office")
    rows = queue.queue(st.deputy).rows
    urgent = next(r.id for r in rows if r.urgent)
    waiting = next(r.id for r in rows if r.open_legs and not r.urgent)

    def select(affair_id):
        w.refresh()
        w.queue_view.select(affair_id)
        w.load_detail(affair_id)
        settle()

    select(urgent)
    in_both("queue", w)
    w.detail_panel.tabs.setCurrentIndex(2)
    in_both("call-ins", w.detail_panel)
    w.detail_panel.tabs.setCurrentIndex(0)
    select(fresh)
    dialog_shot("dispatch", w.open_dispatch, size=(760, 560))
    dialog_shot("whistle", w.open_whistle)
    select(waiting)
    dialog_shot("urge", w.open_urge)
    dialog_shot("feedback", w.open_feedback)
    select(answered)
    in_both("answered", w.detail_panel)
    dialog_shot("notify", w.open_notify)
    transfers.notify(st.deputy, answered, "phone", "电话告知已修复")
    select(answered)
    dialog_shot("close", w.open_close)
    st.slip_pdf = w.write_slip(queue.detail(st.deputy, answered).legs[0].id)

    def certificates(dialog):
        dialog.search.setText("")
        settle()

    dialog_shot("certificates", nav.show_certificates, certificates, size=(1100, 520))
    dialog_shot("custody", lambda: nav.show_custody(st.agency_affair), size=(900, 620))


def cases_and_needs(st: Station) -> None:
    nav = st.navigator("wangxm")
    w = window(nav, "cases")
    w.load_cases(st.case_id)
    w.tabs.setCurrentIndex(1)
    in_both("cases", w)
    w.tabs.setCurrentIndex(0)
    dialog_shot("case-new", w.new_case)
    needs = window(nav, "needs")
    needs.table.selectRow(1)
    in_both("needs", needs)


def reports(st: Station) -> None:
    nav = st.navigator("liufang", "后台")
    w = window(nav, "reports")
    settle(lambda: w.build_task is not None and w.build_task.running)
    w.set_range("this_month")
    task = w.generate()
    settle(lambda: task.running)
    w.preview.tabs.setCurrentIndex(1)
    in_both("reports", w)
    dialog_shot("export-settings", w.edit_settings)
    dashboard = window(nav, "dashboard")
    settle(lambda: dashboard.loading or dashboard.data is None)
    in_both("dashboard", dashboard)


def administration(st: Station) -> None:
    from app.services import demo

    admin = st.navigator("admin", "机房")
    accounts = window(admin, "accounts")
    in_both("accounts", accounts)

    def new_account(dialog):
        dialog.username.setText("sunli")
        dialog.name.setText("孙丽")

    dialog_shot("account-new", accounts.new_account, new_account)
    chief = st.navigator("chenlx", "站长室")
    audit = window(chief, "audit")
    in_both("audit", audit)
    worker = st.navigator("wangxm")
    desk = window(worker, "desk")
    desk.next_resident()
    desk.residents.search.setText("张秀")
    worker.idle_lock.lock()
    in_both("lock", desk)
    worker.idle_lock.unlock(demo.DEMO_PASSWORD)


def setup_wizard(st: Station) -> None:
    """The first start of a new computer: the wizard's pages, filled in as for a new station."""
    from app.ui.setup import wizard_pages as pages
    from app.ui.setup.wizard import SetupWizard

    wizard = SetupWizard(st.work / "wizard" / "desk-settings.ini", data_dir=st.work / "wizard",
                         documents_dir=st.work / "wizard" / "documents", now=lambda: st.now)
    wizard.show()
    wizard.restart()
    in_both("setup-welcome", wizard)
    wizard.welcome.real.setChecked(True)
    wizard.next()
    settle()
    wizard.database_page.test(go_on=False)
    settle(lambda: wizard.database_page.busy)
    in_both("setup-database", wizard)
    wizard.next()
    settle(lambda: wizard.currentId() == pages.DATABASE)
    for key, value in (("name", "西城区G街道强根社区服务站"), ("code", "XCQG01"), ("subdistrict", "西城区G街道"),
                       ("address", "北京市西城区强根胡同12号"), ("phone", "010-63041234")):
        wizard.station_page.edits[key].setText(value)
    in_both("setup-station", wizard)
    wizard.next()
    in_both("setup-hours", wizard)
    wizard.next()
    admin = wizard.admin_page
    admin.username.setText("admin")
    admin.name.setText("系统管理员")
    admin.password.setText("Station2026")
    admin.repeat.setText("Station2026")
    wizard.next()
    wizard.desk_page.desk.setText("窗口1")
    in_both("setup-desk", wizard)
    wizard.next()
    in_both("setup-summary", wizard)
    wizard.reject()


def settings_window(st: Station) -> None:
    nav = st.navigator("chenlx", "站长室")
    w = window(nav, "settings")
    w.tabs.setCurrentIndex(0)
    in_both("settings", w)
    w.tabs.setCurrentIndex(1)
    in_both("settings-hours", w)
    w.tabs.setCurrentIndex(3)
    in_both("settings-folders", w)
    w.tabs.setCurrentIndex(0)


def resident_import(st: Station) -> None:
    """A station's own spreadsheet with Chinese headers, one unknown column and one bad ID number."""
    from openpyxl import Workbook
    from stdnum.cn import ric

    def valid(body: str) -> str:
        return body + ric.calc_check_digit(body + "0")  # it reads the first 17 of 18 digits

    book = Workbook()
    sheet = book.active
    sheet.append(["姓名", "身份证号", "手机", "楼号", "单元", "房号", "与户主关系", "标签", "网格员备注"])
    sheet.append(["孙桂芳", valid("11010219520314062"), "13911013377", "3", "2", "602", "户主", "低收入", "独居"])
    sheet.append(["周建民", valid("11010219580722031"), "13601015566", "3", "2", "602", "配偶", "", ""])
    sheet.append(["吴晓燕", "110102198803150429", "13811012468", "5", "1", "301", "户主", "", "身份证号待核"])
    sheet.append(["郑国强", valid("11010219450101001"), "", "9", "1", "102", "户主", "残疾人", "轮椅"])
    path = st.work / "居民名册.xlsx"
    book.save(path)
    nav = st.navigator("wangxm")
    from app.ui.residents_import.dialog import ResidentImportDialog

    dialog = ResidentImportDialog(st.worker, nav.window("desk"), settings_path=st.work / "desk-settings.ini",
                                  path=path)
    dialog.show()
    dialog.go_next()
    settle(lambda: dialog.busy_now)
    in_both("import-mapping", dialog)
    dialog.go_next()
    settle(lambda: dialog.busy_now)
    in_both("import-dryrun", dialog)
    dialog.reject()


LATER = ("setup_wizard", "settings_window", "resident_import")


def help_window(st: Station) -> None:
    from app.ui.help import show_topic

    nav = st.navigator("wangxm")
    w = show_topic("desk", owner=nav)
    w.resize(1100, 700)
    in_both("help", w, lambda lang: w.open("desk", "desk"))
    w.close()


def printed(st: Station) -> None:
    from app.printing import certificate_bytes, handover_bytes
    from app.services import agency, certificates, report_export, reports as report_service, tickets
    from app.ui.reception.slip import write_slip

    pdf_picture(st.receipt_pdf, "print-receipt-a5", 100)
    pdf_picture(st.notice_pdf, "print-notice-a5", 100)
    pdf_picture(st.roll_pdf, "print-receipt-roll80", 100)
    pdf_picture(st.slip_pdf, "print-referral-a5", 100)
    cert = certificates.issue(st.worker, st.accept("G099", "李德胜").id)
    path = st.work / "certificate.pdf"
    path.write_bytes(certificate_bytes(certificates.document(st.worker, cert.id)))
    pdf_picture(path, "print-certificate")
    path = st.work / "handover.pdf"
    path.write_bytes(handover_bytes(agency.handover_doc(st.worker, st.agency_affair)))
    pdf_picture(path, "print-handover", 100)
    ticket = tickets.issue(st.worker, st.resident("张秀兰"))
    pdf_picture(write_slip(st.worker, ticket, st.work / "documents"), "print-ticket", 100)
    month = report_service.report(st.deputy, datetime(2026, 11, 1).date(), NOW.date())
    path = st.work / "report.pdf"
    path.write_bytes(report_export.render(month, "pdf", "zh"))
    pdf_picture(path, "print-report")


# -- the keyboard shortcut chapter -------------------------------------------------------------------

# What a shortcut does, where no label or button of its window says it with the key in brackets.
DESCRIBE = {
    "shortcutResident": ("查找居民（到居民搜索框）", "Find the resident (to the resident search)"),
    "shortcutType": ("选择事项（到事项搜索框）", "Choose the affair type (to the type search)"),
    "receptionShortcutList": ("到预约列表", "To the appointments"),
    "visitsShortcutTasks": ("到走访任务列表", "To the visit tasks"),
    "visitsShortcutGrids": ("到网格列表", "To the grid areas"),
    "casesShortcutList": ("到个案列表", "To the list of cases"),
    "certShortcutSearch": ("查找证明（到查找框）", "Find a certificate (to the search box)"),
    "shortcutQueue": ("到事项列表", "To the list of affairs"),
    "shortcutFilters": ("到筛选条件", "To the filters"),
    "receptionShortcutWalkIn": ("到现场取号", "To the walk-in ticket"),
    "needsShortcutList": ("到诉求列表", "To the list of needs"),
    "reportsShortcutTable": ("到报表中的表格", "To the report's tables"),
    "accountsShortcutEdit": ("修改所选账号", "Edit the selected account"),
    "accountsShortcutRefresh": ("刷新", "Refresh"),
    "displayShortcutFullScreen": ("全屏显示／退出全屏", "Full screen on or off"),
    "displayShortcutLeave": ("退出全屏", "Leave full screen"),
    "helpShortcutFindPrevious": ("查找上一处", "Find the previous one"),
    "helpShortcutEscape": ("清除搜索；再按一次关闭帮助", "Clear the search; again closes the help"),
    "helpShortcutClose": ("关闭帮助", "Close the help"),
}
DISMISS = ("隐藏提示条", "Hide the message line")
TEXT_WIDGETS = ("QLabel", "QAbstractButton", "QGroupBox")


def _clean(text: str) -> str:
    text = re.sub(r"\s*[(（]&\w[)）]", "", text)  # 下一位居民(&N): the Chinese way of showing a mnemonic
    text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    text = re.sub(r"^[①②③④⑤]\s*", "", text)
    text = re.sub(r"\s*[(（][^()（）]*(?:F\d|Ctrl|Alt|Shift|Esc|Enter)[^()（）]*[)）]", "", text)
    return text.rstrip("…:： ").strip()


def _keys(sequences) -> str:
    from PySide6.QtGui import QKeySequence

    from app.ui.help.guide import key_text

    keys = []
    for sequence in sequences:
        key = key_text(sequence.toString(QKeySequence.SequenceFormat.PortableText))
        if key and key not in keys:
            keys.append(key)
    return " / ".join(keys)


def _mine(window, obj) -> bool:
    parent = obj.parent()
    return parent is not None and hasattr(parent, "window") and parent.window() is window


def _said(window, key: str) -> str:
    """A label, button, tab or tooltip of the window that names the key in brackets: what the key does."""
    from PySide6.QtWidgets import QLineEdit, QTabBar, QWidget

    needle = re.compile(r"[(（]" + re.escape(key) + r"(?:[)）]|\s)")
    texts = []
    for widget in window.findChildren(QWidget):
        if widget.window() is not window:
            continue
        if any(widget.inherits(kind) for kind in TEXT_WIDGETS):
            texts.append(widget.title() if widget.inherits("QGroupBox") else widget.text())
        if isinstance(widget, QTabBar):
            texts.extend(widget.tabText(i) for i in range(widget.count()))
        if isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        texts.append(widget.toolTip())
    return next((_clean(t) for t in texts if t and needle.search(t)), "")


def _menu_rows(menu) -> list[tuple[str, str]]:
    return [(_keys(a.shortcuts()), _clean(a.text())) for a in menu.actions()
            if not a.isSeparator() and a.shortcuts()]


def window_keys(window, lang: str, missing: list, shared: set[str]) -> list[tuple[str, str]]:
    """(keys, what they do) of one window: its own menus (not those every window has), buttons with a key
    of their own, and its shortcuts."""
    from PySide6.QtGui import QKeySequence, QShortcut
    from PySide6.QtWidgets import QAbstractButton, QMainWindow

    rows: list[tuple[str, str]] = []
    if isinstance(window, QMainWindow):
        for menu_action in window.menuBar().actions():
            menu = menu_action.menu()
            if menu is not None and menu.objectName() not in shared:
                rows += _menu_rows(menu)
    for button in window.findChildren(QAbstractButton):
        key = button.shortcut()
        # An Alt+letter from the label's underlined letter is a mnemonic, covered under Dialogs.
        if button.window() is window and not key.isEmpty() and key != QKeySequence.mnemonic(button.text()):
            rows.append((_keys([key]), _clean(button.text())))
    by_key: dict[str, list] = {}
    for shortcut in window.findChildren(QShortcut):
        if _mine(window, shortcut):
            by_key.setdefault(_keys([shortcut.key()]), []).append(shortcut)
    for key, shortcuts in by_key.items():
        if any(key in k.split(" / ") for k, _ in rows):
            continue  # the same action on a second key (Ctrl+Enter on the keypad), listed already
        name = shortcuts[0].objectName()
        text = DESCRIBE[name][LANGS.index(lang)] if name in DESCRIBE else _said(window, key)
        if not text and "Dismiss" in name:
            text = DISMISS[LANGS.index(lang)]
        if not text:
            missing.append(f"{window.objectName()}: {name} ({key})")
        rows.append((key, text))
    merged: dict[str, list[str]] = {}
    for keys, text in rows:
        merged.setdefault(text, [])
        merged[text].extend(k for k in keys.split(" / ") if k not in merged[text])
    return [(" / ".join(keys), text) for text, keys in merged.items()]


def shared_menus(windows) -> set[str]:
    """The menus every navigator window has (Go, View, Help): listed once, for all windows."""
    from PySide6.QtWidgets import QMainWindow

    names = None
    for window in windows:
        if isinstance(window, QMainWindow):
            own = {a.menu().objectName() for a in window.menuBar().actions() if a.menu() is not None}
            names = own if names is None else names & own
    return (names or set()) | {"goMenu", "helpMenu"}


def _table(rows, head) -> list[str]:
    lines = [f"| {head[0]} | {head[1]} |", "|---|---|"]
    lines += [f"| {keys.replace('|', '｜')} | {text.replace('|', '｜')} |" for keys, text in rows]
    return lines + [""]


WORDS = {
    "zh": dict(title="键盘快捷键", key="按键", does="作用", everywhere="所有窗口都有的菜单",
               intro=("本页由 `scripts/guide_screenshots.py` 从程序的真实菜单、按钮和快捷键生成，请勿手工修改。"
                      "各窗口列出的是站长（可以打开所有窗口）看到的按键；每位工作人员只看到本岗位可以使用的窗口和操作。"
                      "回到[目录](index.md)。"),
               taken="注意：在{windows}中，{key} 用于本窗口自己的操作；“{label}”请用 {instead}。",
               go_menu="“转到”菜单",
               dialogs="对话框", dialog_keys=[("Enter", "确定（光标在按钮上时按下该按钮）"), ("Esc", "取消并关闭对话框"),
                                           ("Tab / Shift+Tab", "到下一个／上一个输入框"),
                                           ("Alt+带下划线的字母", "到该输入框或按下该按钮")]),
    "en": dict(title="Keyboard shortcuts", key="Keys", does="What they do",
               everywhere="The menus of every window",
               intro=("This page is written by `scripts/guide_screenshots.py` from the program's real menus, "
                      "buttons and shortcuts; do not edit it by hand. Each window lists the keys the chief "
                      "stationmaster (who may open every window) has; everyone sees only the windows and actions "
                      "of their role. Back to the [contents](index.md)."),
               taken="Note: in {windows}, {key} does that window's own work; use {instead} for \"{label}\" there.",
               go_menu="the Go menu",
               dialogs="Dialogs", dialog_keys=[("Enter", "OK (on a focused button: press that button)"),
                                              ("Esc", "Cancel and close the dialog"),
                                              ("Tab / Shift+Tab", "Next / previous field"),
                                              ("Alt+underlined letter", "Go to that field or press that button")]),
}


def _taken_keys(go, opened, labels, words, lang) -> list[str]:
    """A window whose own work uses a key of the Go menu has that menu entry without it: say where,
    and what to press there instead."""
    where: dict[tuple[str, str, str], list[str]] = {}
    for name, action in go.items + go.session_items:
        keys = [k for k in _keys(action.shortcuts()).split(" / ") if k]
        for other, win in opened:
            menu = getattr(win, "go_menu", None)
            if menu is None:
                continue
            theirs = _keys(dict(menu.items + menu.session_items)[name].shortcuts()).split(" / ")
            instead = " / ".join(k for k in keys if k in theirs) or words["go_menu"]
            for key in keys:
                if key not in theirs:
                    where.setdefault((name, key, instead), []).append(labels.get(other, other))
    joiner = "、" if lang == "zh" else ", "
    return [words["taken"].format(windows=joiner.join(windows), key=key, label=labels[name], instead=instead) + "\n"
            for (name, key, instead), windows in where.items()]


def shortcuts(st: Station) -> None:
    """docs/guide/<lang>/shortcuts.md from the windows the chief stationmaster and the administrator open."""
    from app.ui.help import show_guide
    from app.ui.i18n import LANGUAGE

    chief = st.navigator("chenlx", "站长室")
    admin = st.navigator("admin", "机房")
    names = ["desk", "reception", "display", "visits", "back_office", "cases", "needs", "reports", "dashboard"]
    opened = [(name, window(chief, name)) for name in names]
    opened += [(name, window(admin, name)) for name in ("accounts", "audit")]
    try:  # a screen this version may not have yet
        opened.append(("settings", window(chief, "settings")))
    except (KeyError, ImportError):
        pass
    extra = [chief.show_certificates(), chief.show_custody(st.agency_affair)]
    if hasattr(chief, "show_resident_import"):
        extra.append(chief.show_resident_import())
    extra.append(show_guide(owner=chief))
    shared = shared_menus(w for _, w in opened)
    missing: list[str] = []
    for lang in LANGS:
        LANGUAGE.set(lang)
        settle()
        w = WORDS[lang]
        desk = chief.window("desk")
        go = desk.go_menu
        labels = {name: _clean(action.text()) for name, action in go.items + go.session_items}
        lines = [f"# {w['title']}", "", "<!-- Written by scripts/guide_screenshots.py; do not edit by hand. -->", "",
                 w["intro"], "", f"## {w['everywhere']}", ""]
        rows = []
        for menu_action in desk.menuBar().actions():
            if menu_action.menu() is not None and menu_action.menu().objectName() in shared:
                rows += _menu_rows(menu_action.menu())
        lines += _table(rows, (w["key"], w["does"]))
        lines += _taken_keys(go, opened, labels, w, lang)
        for name, win in opened:
            lines += [f"## {labels.get(name) or _clean(win.windowTitle())}", ""]
            lines += _table(window_keys(win, lang, missing, shared), (w["key"], w["does"]))
        for win in extra:
            lines += [f"## {_clean(win.windowTitle().split(' — ')[-1])}", ""]
            lines += _table(window_keys(win, lang, missing, shared), (w["key"], w["does"]))
        lines += [f"## {w['dialogs']}", ""] + _table(w["dialog_keys"], (w["key"], w["does"]))
        (GUIDE / lang / "shortcuts.md").write_text("\n".join(lines).rstrip() + "\n", encoding="utf-8")
    for win in extra:
        win.close()
    LANGUAGE.set("zh")
    if missing:
        raise SystemExit("Describe these shortcuts in DESCRIBE (scripts/guide_screenshots.py):\n  "
                         + "\n  ".join(sorted(set(missing))))


STEPS = ("sign_in", "desk", "register", "reception", "visits", "back_office", "cases_and_needs", "reports",
         "administration", *LATER, "help_window", "printed", "shortcuts")


def main(argv: list[str] | None = None) -> None:
    import argparse
    import shutil

    from app.ui.app import make_app

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", default="", help="comma-separated steps, e.g. desk,shortcuts: " + ", ".join(STEPS))
    args = parser.parse_args(argv)
    chosen = [s for s in args.only.split(",") if s] or list(STEPS)
    started = time.monotonic()
    IMG.mkdir(parents=True, exist_ok=True)
    # A fixed, short folder: its paths show in the pictures of the settings and the export folder.
    work = Path(tempfile.gettempdir()) / "一窗通"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir()
    make_app()
    st = Station(work)
    st.seed()
    if "printed" in chosen:  # the printed documents come from the desk's work
        chosen = list(dict.fromkeys(["desk", "back_office"] + chosen))
    failed = []
    for name in STEPS:
        if name not in chosen:
            continue
        try:
            globals()[name](st)
        except Exception as err:
            if name not in LATER:
                raise
            # Screens still being built: the other pictures are worth having meanwhile.
            failed.append(f"{name}: {type(err).__name__}: {err}")
        print(f"{name:16} {time.monotonic() - started:5.1f} s", flush=True)
    for nav in st.navs.values():
        nav.sign_out()
    st.database.dispose()
    shutil.rmtree(work, ignore_errors=True)
    print(f"guide pictures written to {IMG} in {time.monotonic() - started:.0f} s")
    if failed:
        raise SystemExit("These steps failed; their pictures are missing or old:\n  " + "\n  ".join(failed))


if __name__ == "__main__":
    main()
