"""Builds the real bundle with PyInstaller and starts it offscreen (minutes of CPU, so only on request):

    ONE_WINDOW_BUNDLE_TEST=1 .venv/bin/python -m pytest tests/packaging/test_bundle_build.py -s

The same as `scripts/build_bundle --smoke`, which also times start-up against `python -m app`.
"""
from __future__ import annotations

import os
import subprocess
import sys

import pytest

from ._load import ROOT, manifest, smoke_bundle

pytestmark = pytest.mark.skipif(
    os.environ.get("ONE_WINDOW_BUNDLE_TEST") != "1",
    reason="builds the PyInstaller bundle (minutes): set ONE_WINDOW_BUNDLE_TEST=1, or run scripts/build_bundle --smoke")


def test_the_bundle_builds_starts_offscreen_migrates_and_prints_chinese(tmp_path):
    if sys.platform == "win32":
        build = ["powershell", "-ExecutionPolicy", "Bypass", "-File", str(ROOT / "scripts" / "build_bundle.ps1")]
    else:
        build = [str(ROOT / "scripts" / "build_bundle")]
    done = subprocess.run(build, cwd=ROOT, capture_output=True, text=True, timeout=3600)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-6000:]
    lines: list[str] = []
    result = smoke_bundle.smoke(ROOT / "dist" / manifest.NAME, tmp_path, runs=1, compare_source=False,
                                log=lines.append)
    print("\n".join(lines))
    assert result["version"] == f"{manifest.NAME} {manifest.project_version()}"
    assert result["report_pdf"].endswith(".pdf")
    assert result["bundle_start_median_s"] > 0
