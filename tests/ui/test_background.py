"""Background work: results, errors and progress reach the UI thread; cancelling stops the work."""
from __future__ import annotations

import threading

from app.services.errors import DomainError
from app.ui.background import run_in_background


def test_result_and_progress_arrive_on_the_ui_thread(qapp, qtbot):
    ui_thread = threading.get_ident()
    seen: dict = {"progress": [], "threads": set()}

    def work(progress):
        seen["worker"] = threading.get_ident()
        for i in range(1, 4):
            progress(i, 3)
        return 42

    def done(value):
        seen["threads"].add(threading.get_ident())
        seen["value"] = value

    def step(done_, total):
        seen["threads"].add(threading.get_ident())
        seen["progress"].append((done_, total))

    task = run_in_background(work, on_done=done, on_error=lambda e: seen.setdefault("error", e), on_progress=step)
    qtbot.waitUntil(lambda: "value" in seen, timeout=5000)
    assert seen["value"] == 42 and "error" not in seen
    assert seen["progress"] == [(1, 3), (2, 3), (3, 3)]
    assert seen["worker"] != ui_thread and seen["threads"] == {ui_thread}
    assert not task.running


def test_errors_and_cancelling(qapp, qtbot):
    errors: list = []
    gate = threading.Event()

    def work(progress):
        gate.wait(5)
        if progress(1, 2) is False:
            raise DomainError("report_cancelled")
        return "not cancelled"

    from app.services import reports

    assert "report_cancelled" in reports.errors.MESSAGES  # registered by the reports module

    task = run_in_background(work, on_done=errors.append, on_error=errors.append, on_progress=lambda *_: None)
    task.cancel()
    gate.set()
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert isinstance(errors[0], DomainError) and errors[0].key == "report_cancelled"

    failures: list = []
    run_in_background(lambda: 1 / 0, on_done=failures.append, on_error=failures.append)
    qtbot.waitUntil(lambda: bool(failures), timeout=5000)
    assert isinstance(failures[0], ZeroDivisionError)
