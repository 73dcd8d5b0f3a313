"""The command line, run as a real subprocess the way a scheduled job would."""
import csv
import subprocess
import sys

import pytest


def run(*args, env_extra=None):
    import os

    env = dict(os.environ, **(env_extra or {}))
    return subprocess.run([sys.executable, "-m", "app", *args], capture_output=True, text=True, env=env,
                          timeout=120)


@pytest.fixture
def url(tmp_path, sqlite_template):
    import shutil

    path = tmp_path / "cli.sqlite3"
    shutil.copy(sqlite_template, path)
    return f"sqlite:///{path}"


def test_catalog_export_csv_and_xlsx_then_import(url, tmp_path):
    out = tmp_path / "catalogue.csv"
    done = run("--database", url, "catalog", "export", "--format", "csv", "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert "149" in done.stdout
    rows = list(csv.DictReader(out.read_text(encoding="utf-8-sig").splitlines()))
    assert len(rows) == 149
    xlsx = tmp_path / "catalogue.xlsx"
    assert run("--database", url, "catalog", "export", "--format", "xlsx", "--out", str(xlsx)).returncode == 0
    done = run("--database", url, "catalog", "import", str(xlsx))
    assert done.returncode == 0, done.stderr
    assert "更新 149" in done.stdout


def test_bad_import_exits_non_zero_naming_the_row(url, tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("code,name_zh\nG001,\n", encoding="utf-8")
    done = run("--database", url, "--lang", "en", "catalog", "import", str(bad))
    assert done.returncode == 2
    assert "row affair_types 2" in done.stderr and "nothing was imported" in done.stderr


def test_database_url_from_the_environment(url, tmp_path):
    out = tmp_path / "c.json"
    done = run("catalog", "export", "--format", "json", "--out", str(out),
               env_extra={"ONE_WINDOW_DATABASE_URL": url})
    assert done.returncode == 0, done.stderr
    assert out.exists()


def test_upgrade_on_an_empty_file_seeds_the_demo_station(tmp_path):
    done = run("--database", f"sqlite:///{tmp_path / 'fresh.sqlite3'}", "upgrade")
    assert done.returncode == 0 and "ok" in done.stdout


def test_report_as_a_scheduled_job(url, tmp_path):
    out = tmp_path / "daily.xlsx"
    done = run("--database", url, "report", "--date", "2026-11-20", "--format", "xlsx", "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert str(out) in done.stdout
    import openpyxl

    book = openpyxl.load_workbook(out)
    assert len(book.worksheets) >= 9
    # A range into a folder, format from --format; CSV with the BOM.
    folder = tmp_path / "reports"
    folder.mkdir()
    done = run("--database", url, "--user", "liufang", "report", "--date", "2026-11-01", "--to", "2026-11-20",
               "--format", "csv", "--out", str(folder))
    assert done.returncode == 0, done.stderr
    written = list(folder.iterdir())
    assert [p.name for p in written] == ["XCQG01-报表-2026-11-01至2026-11-20.csv"]
    assert written[0].read_bytes().startswith(b"\xef\xbb\xbf")
    # The format follows the file's suffix when --format is left out.
    pdf = tmp_path / "r.pdf"
    assert run("--database", url, "report", "--date", "2026-11-20", "--out", str(pdf)).returncode == 0
    assert pdf.read_bytes().startswith(b"%PDF")


def test_report_refuses_bad_dates_and_paths(url, tmp_path):
    done = run("--database", url, "report", "--date", "2026-13-01", "--format", "pdf", "--out", str(tmp_path))
    assert done.returncode == 2 and "YYYY-MM-DD" in done.stderr
    done = run("--database", url, "--lang", "en", "report", "--date", "2026-11-20", "--to", "2026-11-01",
               "--format", "pdf", "--out", str(tmp_path))
    assert done.returncode == 2 and "first day is after its last" in done.stderr
    blocker = tmp_path / "file"
    blocker.write_text("x")
    done = run("--database", url, "--lang", "en", "report", "--date", "2026-11-20", "--format", "pdf",
               "--out", str(blocker / "r.pdf"))
    assert done.returncode == 2 and "cannot be written" in done.stderr
    done = run("--database", url, "--user", "wangxm", "report", "--date", "2026-11-20", "--format", "pdf",
               "--out", str(tmp_path / "w.pdf"))
    assert done.returncode == 2 and "导出" in done.stderr and not (tmp_path / "w.pdf").exists()
