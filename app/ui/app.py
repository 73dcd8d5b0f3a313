"""Starting the desk application."""
from __future__ import annotations

import gc
import os
import sys
import threading
import time
from contextlib import contextmanager
from pathlib import Path

# The models and services before Qt: once PySide6 is imported it hooks every later import
# (its __feature__ check), which made importing the models about a fifth slower at start-up.
from app.bootstrap import open_station
from app.services import station
from app.services.context import Actor, ServiceContext
from app.services.errors import DomainError

from PySide6.QtCore import QObject, QSettings, QTimer  # noqa: E402 - after the models on purpose
from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QMessageBox

from .appearance import APPEARANCE
from .navigator import Navigator
from .i18n import LANGUAGE, i18n_dir

# Prefer fonts that have Chinese glyphs on every platform stations use.
UI_FONTS = ["Microsoft YaHei UI", "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "WenQuanYi Micro Hei",
            "Source Han Sans SC", "SimHei"]


def resources_dir() -> Path:
    return i18n_dir().parent


def _choose_font(app: QApplication) -> None:
    families = set(QFontDatabase.families())
    for name in UI_FONTS:
        if name in families:
            font = QFont(name)
            font.setPointSize(11)
            app.setFont(font)
            return
    # No CJK family installed: load the one we ship for printing so labels are not boxes.
    shipped = resources_dir() / "fonts" / "wqy-microhei.ttc"
    if shipped.exists():
        font_id = QFontDatabase.addApplicationFont(str(shipped))
        if font_id >= 0:
            app.setFont(QFont(QFontDatabase.applicationFontFamilies(font_id)[0], 11))


def make_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    if app.property("one_window_ready"):
        # Setting the style sheet again re-polishes every widget alive: do it once.
        return app
    app.setProperty("one_window_ready", True)
    # Reports, imports and backups run on worker threads in this same interpreter: a worker holding
    # the interpreter lock keeps the window waiting up to the switch interval each time Qt calls into
    # Python. 1 ms instead of 5 keeps the window answering while a year's report is counted.
    sys.setswitchinterval(0.001)
    app.setApplicationName("One Window")
    app.setOrganizationName("one-window")
    icon = resources_dir() / "icons" / "one-window.png"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    _choose_font(app)
    qss = resources_dir() / "style" / "desk.qss"
    if qss.exists():
        app.setStyleSheet(qss.read_text(encoding="utf-8"))
    return app


def documents_dir(data_dir: Path | None = None) -> Path:
    from platformdirs import user_data_dir

    folder = Path(os.environ.get("ONE_WINDOW_DOCUMENTS_DIR") or (
        Path(data_dir or user_data_dir("one-window", appauthor=False)) / "documents"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def desk_settings_path(data_dir: Path | None = None) -> Path:
    """This computer's desk settings (the automatic report export among them), beside the documents."""
    from platformdirs import user_data_dir

    folder = Path(data_dir or user_data_dir("one-window", appauthor=False))
    folder.mkdir(parents=True, exist_ok=True)
    return folder / "desk-settings.ini"


def build_navigator(database, ctx: ServiceContext, actor: Actor, *, output_dir: Path | None = None,
                    settings_path: Path | None = None) -> Navigator:
    """The screens of one signed-in worker. A caller that chooses the output folder (tests, scripts) keeps
    the desk settings there too, away from the user's own."""
    ctx = ctx.as_actor(actor)
    info = station.current_station(ctx)
    backend = "SQLite" if database.is_sqlite else database.engine.dialect.name
    if settings_path is None:
        settings_path = Path(output_dir) / "desk-settings.ini" if output_dir else desk_settings_path()
    APPEARANCE.load(settings_path)  # this computer's large font / high contrast, before any window is built
    return Navigator(ctx, info, output_dir or documents_dir(), backend=backend, settings_path=settings_path)


def build_window(url: str | None, *, user: str | None = None, desk: str = "窗口1", seed_demo: bool = True,
                 output_dir: Path | None = None, settings_path: Path | None = None) -> tuple[QMainWindow, object]:
    """The first window of this user's day and the open database; the window's `navigator` opens the
    others. Signs in without a password: for tests and scripts, never for a desk (run() asks)."""
    database, ctx = open_station(url, seed_demo=seed_demo)
    navigator = build_navigator(database, ctx, station.actor_for(ctx, user, desk=desk), output_dir=output_dir,
                                settings_path=settings_path)
    window = navigator.start_window()
    window.navigator = navigator
    return window, database


class DeskSession(QObject):
    """One run of the desk: who is signed in and their navigator. Switch user closes the windows and
    asks again; quitting the sign-in, or closing the last window, ends the run."""

    def __init__(self, database, ctx: ServiceContext, *, user: str | None, desk: str,
                 settings_path: Path | None = None, output_dir: Path | None = None):
        super().__init__()
        self.setObjectName("deskSession")
        self.database, self.ctx, self.user, self.desk = database, ctx, user or "", desk
        self.settings_path = settings_path or desk_settings_path()
        APPEARANCE.load(self.settings_path)  # the sign-in already in this computer's large font / high contrast
        self.output_dir = output_dir
        self.navigator: Navigator | None = None
        self.window: QMainWindow | None = None
        self.switching = False
        app = QApplication.instance()
        # Signing out closes every window before the sign-in shows: that must not end the run.
        app.setQuitOnLastWindowClosed(False)
        app.lastWindowClosed.connect(self._last_window_closed)

    def end(self) -> None:
        """Back to Qt's own rule (tests end sessions in a process that goes on)."""
        app = QApplication.instance()
        app.lastWindowClosed.disconnect(self._last_window_closed)
        app.setQuitOnLastWindowClosed(True)

    def _last_window_closed(self) -> None:
        QTimer.singleShot(0, self._maybe_quit)

    def ask(self) -> Actor | None:
        from .login.session import ask_who_signs_in

        settings = QSettings(str(self.settings_path), QSettings.Format.IniFormat)
        return ask_who_signs_in(self.ctx, settings, self.user, self.desk)

    def start(self, actor: Actor) -> QMainWindow:
        self.navigator = build_navigator(self.database, self.ctx, actor, output_dir=self.output_dir,
                                         settings_path=self.settings_path)
        self.navigator.signedOut.connect(self._signed_out)
        with styled_once():
            self.window = self.navigator.start_window()
        self.window.navigator = self.navigator
        self.window.show()
        if self.settings_path is not None and not os.environ.get("ONE_WINDOW_BENCH_EXIT_WHEN_IDLE"):
            self.backup_task = start_daily_backup(self.database, self.settings_path, self.window)
        return self.window

    def _signed_out(self) -> None:
        self.switching = True
        QTimer.singleShot(0, self._sign_in_again)

    def _sign_in_again(self) -> None:
        old, self.navigator, self.window = self.navigator, None, None
        if old is not None:
            old.deleteLater()
        self.user = ""  # the last user (stored at sign-in) is offered, not the one given on the command line
        try:
            actor = self.ask()
        finally:
            self.switching = False
        if actor is None:
            QApplication.instance().quit()
            return
        self.start(actor)

    def _maybe_quit(self) -> None:
        if self.switching:
            return
        if not any(w.isVisible() and isinstance(w, (QMainWindow, QDialog)) for w in QApplication.topLevelWidgets()):
            QApplication.instance().quit()


@contextmanager
def styled_once():
    """Builds a window with the application's style sheet lifted and puts it back after, when no
    other window is open: each widget is then polished once, instead of again whenever it is put
    into a layout of the half-built window (that took half of the desk's building time)."""
    app = QApplication.instance()
    alone = not any(w.isVisible() for w in QApplication.topLevelWidgets())
    sheet = app.styleSheet() if alone else ""
    if sheet:
        app.setStyleSheet("")
    try:
        yield
    finally:
        if sheet:
            app.setStyleSheet(sheet)


def freeze_startup_objects() -> None:
    """What starting allocated (modules, classes, the first window) lives as long as the program:
    moved out of the garbage collector's sight, so a full collection later scans only what the day's
    work allocates. Left in, one full collection stopped the window for 70 ms in the middle of a
    report (bench: ui_report_gap)."""
    gc.freeze()


def _warm_printing() -> None:
    from app import printing

    printing.register_cjk_font()


def run(url: str | None = None, *, lang: str | None = None, user: str | None = None, desk: str | None = None,
        seed_demo: bool = True, demo: bool = False, default_lang: str = "zh") -> int:
    """`lang` and `desk` given on the command line beat the desk settings; `demo` seeds the demo station
    and never shows the setup wizard (see app.ui.setup.first_start for which database is opened)."""
    from .setup import desk_settings, first_start

    app = make_app()
    settings_path = desk_settings_path()
    prefs = desk_settings.load(settings_path)
    LANGUAGE.set(lang or prefs.language or default_lang)
    try:
        opened = first_start.open_for_run(url, settings_path, demo=demo, seed_demo=seed_demo)
        if opened is None:  # the setup wizard was cancelled
            return 0
        database, ctx, actor = opened
        desk = desk or os.environ.get("ONE_WINDOW_DESK") or desk_settings.load(settings_path).desk_name or "窗口1"
        session = DeskSession(database, ctx, user=user, desk=desk)
        if os.environ.get("ONE_WINDOW_BENCH_EXIT_WHEN_IDLE"):
            # bench/ measures start-up to a usable desk, unattended: nobody is there to type a password,
            # so it signs in as --user the way the tests do. Only this measuring switch skips the sign-in.
            actor = station.actor_for(ctx, user, desk=desk)
        elif actor is None:  # the setup signs its administrator in; anybody else signs in here
            actor = session.ask()
            if actor is None:  # quit at the first start or the sign-in
                database.dispose()
                return 0
        session.start(actor)
    except DomainError as err:
        QMessageBox.critical(None, "One Window", err.text(LANGUAGE.code))
        return 2
    except Exception as err:  # the database cannot be opened: say why instead of a traceback
        QMessageBox.critical(None, "One Window", f"{type(err).__name__}: {err}")
        return 3
    freeze_startup_objects()
    # The PDF font and reportlab take a moment to load: do it once the desk is up, off the UI thread.
    QTimer.singleShot(300, lambda: threading.Thread(target=_warm_printing, name="print-warmup", daemon=True).start())
    if os.environ.get("ONE_WINDOW_BENCH_EXIT_WHEN_IDLE"):
        # For bench/: report when the desk is shown and the event loop is idle, then leave.
        def idle() -> None:
            print(f"ONE_WINDOW_IDLE {time.time():.6f}", flush=True)
            print(f"ONE_WINDOW_GC_FROZEN {gc.get_freeze_count()}", flush=True)
            app.quit()

        QTimer.singleShot(0, idle)
    code = app.exec()
    database.dispose()
    return code


def start_daily_backup(database, settings_path: Path, window: QMainWindow | None = None):
    """The first desk started each day copies the database into the backup folder, on a worker thread
    (INI `backup/folder`, default beside the settings; `backup/keep`, default 14; `backup/enabled`)."""
    from app.services import backups

    from .background import run_in_background

    qs = QSettings(str(settings_path), QSettings.Format.IniFormat)
    if str(qs.value("backup/enabled", "true")).lower() in ("false", "0", "no"):
        return None
    folder = Path(str(qs.value("backup/folder", "") or Path(settings_path).parent / "backups"))
    try:
        keep = max(1, int(qs.value("backup/keep", 14)))
    except (TypeError, ValueError):
        keep = 14

    def alive() -> bool:
        from shiboken6 import isValid

        return window is not None and isValid(window)  # the worker may have signed out meanwhile

    def done(info) -> None:
        if info is not None and alive():
            window.statusBar().showMessage(
                QApplication.translate("DeskSession", "Today's backup: %1").replace("%1", str(info.path)), 15000)

    def failed(err) -> None:
        text = err.text(LANGUAGE.code) if isinstance(err, DomainError) else str(err)
        if alive():
            window.statusBar().showMessage(
                QApplication.translate("DeskSession", "The daily backup failed: %1").replace("%1", text), 60000)

    return run_in_background(lambda: backups.run_daily(database, folder, keep), on_done=done, on_error=failed)

