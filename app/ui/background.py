"""Work that would freeze the window (a year's report, a PDF of many pages) runs
on a worker thread; its result, error and progress come back to the UI thread
as queued signals. Services are thread-safe per call: each opens its own session.
"""
from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot


_RUNNING: set["Task"] = set()  # a task nobody holds must still live to deliver its result


class Task(QObject):
    """One background call, kept alive until it has delivered its result."""

    succeeded = Signal(object)
    failed = Signal(object)  # the exception: a DomainError the user can read, or anything else
    progressed = Signal(int, int)  # done, total
    finished = Signal()
    # Emitted on the worker thread; the Task lives on the UI thread, so these reach its slots queued
    # and the public signals above are always emitted on the UI thread, whatever their receivers are.
    _ok = Signal(object)
    _err = Signal(object)
    _step = Signal(int, int)

    def __init__(self, fn: Callable[..., Any], parent: QObject | None = None, *, with_progress: bool = False):
        super().__init__(parent)
        self.setObjectName("backgroundTask")
        self._fn, self._with_progress = fn, with_progress
        self.cancelled = False
        self.running = False
        self._ok.connect(self._on_ok)
        self._err.connect(self._on_err)
        self._step.connect(self.progressed)

    @Slot(object)
    def _on_ok(self, result: object) -> None:
        self.running = False
        self.succeeded.emit(result)
        self.finished.emit()
        _RUNNING.discard(self)

    @Slot(object)
    def _on_err(self, err: object) -> None:
        self.running = False
        self.failed.emit(err)
        self.finished.emit()
        _RUNNING.discard(self)

    def cancel(self) -> None:
        """Ask the work to stop at its next progress report; it then fails with the service's cancel error."""
        self.cancelled = True

    def _progress(self, done: int, total: int) -> bool:
        self._step.emit(done, total)
        return not self.cancelled

    def _run(self) -> None:
        try:
            result = self._fn(self._progress) if self._with_progress else self._fn()
        except Exception as err:  # noqa: BLE001 - a DomainError to show, or a fault: never lost on a worker
            self._err.emit(err)
        else:
            self._ok.emit(result)

    def start(self, pool: QThreadPool | None = None) -> "Task":
        self.running = True
        _RUNNING.add(self)
        runnable = QRunnable.create(self._run)
        (pool or QThreadPool.globalInstance()).start(runnable)
        return self


def run_in_background(fn: Callable[..., Any], *, on_done: Callable[[Any], None],
                      on_error: Callable[[BaseException], None], on_progress: Callable[[int, int], None] | None = None,
                      parent: QObject | None = None) -> Task:
    """Start `fn` on the thread pool. With `on_progress`, `fn` is called with a progress callback
    (done, total) -> bool that returns False once the task was cancelled."""
    task = Task(fn, parent, with_progress=on_progress is not None)
    task.succeeded.connect(on_done)
    task.failed.connect(on_error)
    if on_progress is not None:
        task.progressed.connect(on_progress)
    return task.start()
