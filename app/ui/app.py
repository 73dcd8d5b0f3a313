"""Starting the desk application."""
from __future__ import annotations

import os
import sys
import threading
import time
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox

from app.bootstrap import open_station
from app.services import station
from app.services.errors import DomainError

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


def build_window(url: str | None, *, user: str | None = None, desk: str = "窗口1", seed_demo: bool = True,
                 output_dir: Path | None = None, settings_path: Path | None = None) -> tuple[QMainWindow, object]:
    """The first window of this user's day and the open database; the window's
    `navigator` opens the others. A caller that chooses the output folder (tests, scripts) keeps the
    desk settings there too, away from the user's own."""
    database, ctx = open_station(url, seed_demo=seed_demo)
    ctx = ctx.as_actor(station.actor_for(ctx, user, desk=desk))
    info = station.current_station(ctx)
    backend = "SQLite" if database.is_sqlite else database.engine.dialect.name
    if settings_path is None:
        settings_path = Path(output_dir) / "desk-settings.ini" if output_dir else desk_settings_path()
    navigator = Navigator(ctx, info, output_dir or documents_dir(), backend=backend, settings_path=settings_path)
    window = navigator.start_window()
    window.navigator = navigator
    return window, database


def _warm_printing() -> None:
    from app import printing

    printing.register_cjk_font()


def run(url: str | None = None, *, lang: str = "zh", user: str | None = None, desk: str = "窗口1",
        seed_demo: bool = True) -> int:
    app = make_app()
    LANGUAGE.set(lang)
    try:
        window, database = build_window(url, user=user, desk=desk, seed_demo=seed_demo)
    except DomainError as err:
        QMessageBox.critical(None, "One Window", err.text(LANGUAGE.code))
        return 2
    except Exception as err:  # the database cannot be opened: say why instead of a traceback
        QMessageBox.critical(None, "One Window", f"{type(err).__name__}: {err}")
        return 3
    window.show()
    # The PDF font and reportlab take a moment to load: do it once the desk is up, off the UI thread.
    QTimer.singleShot(300, lambda: threading.Thread(target=_warm_printing, name="print-warmup", daemon=True).start())
    if os.environ.get("ONE_WINDOW_BENCH_EXIT_WHEN_IDLE"):
        # For bench/: report when the desk is shown and the event loop is idle, then leave.
        def idle() -> None:
            print(f"ONE_WINDOW_IDLE {time.time():.6f}", flush=True)
            app.quit()

        QTimer.singleShot(0, idle)
    code = app.exec()
    database.dispose()
    return code
