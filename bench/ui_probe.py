"""The desk's UI thread on the seeded station: how long it is kept from its event loop.

Per action, the time from the input to the repaint it causes: the slot (the service call and the
table model's refresh) plus the events it leaves (layout, paint). A keystroke in the resident
search, a pick from its list and a keystroke in the type search are what a worker does all day. A
one-year report is counted on a worker thread while a 2 ms timer ticks on the UI thread: the longest
gap between ticks is the longest the window could not answer. One frame at 60 Hz is 16.7 ms.
"""
from __future__ import annotations

import gc
import os
import time
from pathlib import Path
from typing import Callable

FRAME_MS = 1000 / 60


def _busy(app, action: Callable[[], object]) -> float:
    t0 = time.perf_counter()
    action()
    app.processEvents()  # the layout and paint the action queued
    return time.perf_counter() - t0


def _keystrokes(app, line_edit, run_search, texts: list[str]) -> list[float]:
    """Each text typed one character at a time; per character: the edit, the search it triggers
    (what the debounce timer would call) and the repaint."""
    samples = []
    for text in texts:
        line_edit.clear()
        app.processEvents()
        for k in range(1, len(text) + 1):
            samples.append(_busy(app, lambda p=text[:k]: (line_edit.setText(p), run_search())))
    return samples


def _report_gaps(app, reports_window, forget_months: Callable[[], None], runs: int,
                 timeout_s: float = 120.0) -> list[float]:
    """The longest gap of each run while the last year's report is counted in the background and
    then shown, with no month kept beforehand."""
    from PySide6.QtCore import QElapsedTimer, Qt, QTimer

    longest = []
    for _ in range(runs):
        forget_months()
        ticks: list[float] = []
        timer = QTimer(reports_window)
        timer.setTimerType(Qt.TimerType.PreciseTimer)
        timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
        timer.start(2)
        reports_window.set_range("last_year")
        ticks.append(time.perf_counter())
        task = reports_window.generate()
        clock = QElapsedTimer()
        clock.start()
        while task.running and clock.elapsed() < timeout_s * 1000:
            app.processEvents()
            time.sleep(0.0005)  # as an idle event loop would: let the worker have the interpreter
        for _ in range(5):  # the report shown in the window after it arrives
            app.processEvents()
        ticks.append(time.perf_counter())
        timer.stop()
        timer.deleteLater()
        if task.running:
            raise RuntimeError(f"the report did not finish within {timeout_s:g} s")
        longest.append(max(b - a for a, b in zip(ticks, ticks[1:])))
    return longest


def measure_ui(url: str, *, runs: int, out_dir: Path, search_texts: list[str], type_texts: list[str],
               resident_ids: list[int], forget_months: Callable[[], None], worker: str = "wangxm",
               deputy: str = "liufang") -> dict[str, list[float]]:
    """Samples in seconds per figure: ui_search_keystroke, ui_resident_pick, ui_type_keystroke,
    ui_report_gap (the longest event-loop gap of each report run)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from app.ui.app import build_window, freeze_startup_objects, make_app

    app = make_app()
    folder = Path(out_dir) / "ui-probe"
    folder.mkdir(parents=True, exist_ok=True)
    settings = folder / "desk-settings.ini"
    desk, desk_db = build_window(url, user=worker, desk="bench", seed_demo=False, output_dir=folder,
                                 settings_path=settings)
    back, back_db = build_window(url, user=deputy, desk="bench", seed_demo=False, output_dir=folder,
                                 settings_path=settings)
    freeze_startup_objects()  # as the desk does once its first window is up
    opened = [desk, back]
    try:
        desk.resize(1366, 768)
        desk.show()
        app.processEvents()
        panel, types = desk.residents, desk.types
        samples: dict[str, list[float]] = {"ui_search_keystroke": [], "ui_resident_pick": [],
                                           "ui_type_keystroke": []}
        for _ in range(runs):
            samples["ui_search_keystroke"] += _keystrokes(app, panel.search, panel.run_search, search_texts)
            for rid in resident_ids:
                samples["ui_resident_pick"].append(_busy(app, lambda r=rid: panel.choose(r)))
            samples["ui_type_keystroke"] += _keystrokes(app, types.search, types.run_search, type_texts)
        reports_window = back.navigator.window("reports")
        opened.append(reports_window)
        reports_window.resize(1366, 768)
        reports_window.show()
        app.processEvents()
        samples["ui_report_gap"] = _report_gaps(app, reports_window, forget_months, max(3, runs // 3))
        return samples
    finally:
        for window in opened:
            window.close()
            window.deleteLater()
        app.processEvents()
        desk_db.dispose()
        back_db.dispose()
        gc.unfreeze()  # the process goes on (the test suite runs this too)
