"""The desk runs all day: Qt calls must not leak or steal references.

PySide6 6.12.0 returned None from void calls without a reference; under
Python 3.11 (where None is not immortal) the count runs down until the
interpreter aborts. This fails on such a build instead of a station's desk.
"""
import sys

import pytest
from PySide6.QtWidgets import QLabel


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None and bools are immortal from Python 3.12")
def test_void_and_bool_calls_keep_none_and_bools_alive(qapp):
    label = QLabel()
    before = {v: sys.getrefcount(v) for v in (None, True, False)}
    for _ in range(2000):
        label.setText("x")
        label.isVisible()
        label.setEnabled(True)
    after = {v: sys.getrefcount(v) for v in (None, True, False)}
    for value in (None, True, False):
        assert after[value] - before[value] > -50, (value, before[value], after[value])
