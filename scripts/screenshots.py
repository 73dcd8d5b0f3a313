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
    database.dispose()
    shutil.rmtree(work, ignore_errors=True)
    print("screenshots written to", DOCS)


if __name__ == "__main__":
    main()
