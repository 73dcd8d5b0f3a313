"""Starts a built bundle the way a station would and checks it works; measures its size and start-up.

    .venv/bin/python packaging/smoke_bundle.py dist/one-window [--runs 5] [--no-compare]

(scripts/build_bundle --smoke builds first, then runs this.) Offscreen, with HOME and the XDG folders in a
temporary folder so nothing touches the user's own data:

1. every module the program imports when run from this checkout (all of app, and what it loads lazily)
   is inside the bundle; `--version` prints pyproject's version;
2. the desk starts on an empty SQLite file, seeds the demo station (the catalogue is inside), signs in,
   is shown and idle (ONE_WINDOW_BENCH_EXIT_WHEN_IDLE prints ONE_WINDOW_IDLE) and exits 0, with the
   Chinese translation loaded;
3. `upgrade` runs (the Alembic scripts are inside and found), `report --format pdf` writes the day's
   report with Chinese text in the embedded font (reportlab and the font), `catalog export --format
   xlsx` writes a workbook (openpyxl);
4. start-up to idle, median of --runs, for the bundle and for `python -m app` from this checkout.

Exits 1 naming the first check that failed. Needs pypdf (a test dependency) to read the PDF back.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bundle_manifest as manifest  # noqa: E402

ROOT = manifest.ROOT
IDLE_LINE = re.compile(r"^ONE_WINDOW_IDLE\s+([0-9.]+)\s*$", re.M)
CJK = re.compile(r"[\u4e00-\u9fff]")
REPORT_TITLE = "社区服务站工作日报"
TIMEOUT = 120


class SmokeFailed(AssertionError):
    pass


def executable(bundle: Path) -> Path:
    """The program to drive: on Windows the console twin, whose output can be read."""
    if sys.platform == "win32":
        return bundle / f"{manifest.NAME}-cli.exe"
    return bundle / manifest.NAME


def isolated_env(home: Path) -> dict[str, str]:
    """The user's data folder, settings and caches all under `home`; no database from the caller."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("ONE_WINDOW_", "PYTHON", "XDG_")) and k not in ("APPDATA", "LOCALAPPDATA")}
    for sub in ("data", "config", "cache", "state"):
        (home / sub).mkdir(parents=True, exist_ok=True)
    env.update(HOME=str(home), USERPROFILE=str(home), XDG_DATA_HOME=str(home / "data"),
               XDG_CONFIG_HOME=str(home / "config"), XDG_CACHE_HOME=str(home / "cache"),
               XDG_STATE_HOME=str(home / "state"), APPDATA=str(home / "config"), LOCALAPPDATA=str(home / "data"),
               QT_QPA_PLATFORM="offscreen", ONE_WINDOW_LANG="zh")  # Chinese: the translation must load
    return env


def folder_size(folder: Path) -> tuple[int, int]:
    """(bytes, files) without following symlinks, as `du` counts them."""
    total = files = 0
    for dirpath, _dirs, names in os.walk(folder):
        for name in names:
            path = Path(dirpath) / name
            if not path.is_symlink():
                total += path.stat().st_size
                files += 1
    return total, files


def _run(cmd: list[str], env: dict, what: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    done = subprocess.run(cmd, env=env, cwd=cwd, capture_output=True, text=True, encoding="utf-8",
                          errors="replace", timeout=TIMEOUT)
    if done.returncode != 0:
        raise SmokeFailed(f"{what}: exit {done.returncode}\n{done.stdout[-2000:]}\n{done.stderr[-4000:]}")
    return done


def start_to_idle(cmd: list[str], env: dict, cwd: Path | None = None) -> tuple[float, str]:
    """Seconds from spawning the process to the desk shown and idle; and its stderr."""
    env = dict(env, ONE_WINDOW_BENCH_EXIT_WHEN_IDLE="1")
    t0 = time.time()
    done = subprocess.run(cmd, env=env, cwd=cwd, capture_output=True, text=True, encoding="utf-8",
                          errors="replace", timeout=TIMEOUT)
    m = IDLE_LINE.search(done.stdout or "")
    if done.returncode != 0 or not m:
        raise SmokeFailed(f"the desk did not come up idle (exit {done.returncode}):\n{done.stdout[-2000:]}\n"
                          f"{done.stderr[-4000:]}")
    return float(m.group(1)) - t0, done.stderr


def pdf_text(path: Path) -> tuple[str, set[str]]:
    from pypdf import PdfReader

    reader = PdfReader(str(path))
    fonts = set()
    for page in reader.pages:
        for font in (page.get("/Resources", {}).get("/Font", {}) or {}).values():
            fonts.add(str(font.get_object().get("/BaseFont")))
    return "\n".join(page.extract_text() or "" for page in reader.pages), fonts


# Imports every module of the program and what it loads lazily, prints the sample slips of
# tests/printing, in this checkout's Python; lists the modules that then come from files (not built in).
PROBE = r"""
import importlib, json, pkgutil, sys
import app
for info in pkgutil.walk_packages(app.__path__, "app."):
    # Alembic runs the migrations from their files; __main__ would start the program.
    if not info.name.startswith("app.migrations.") and info.name != "app.__main__":
        importlib.import_module(info.name)
for name in sys.argv[1:]:
    try:
        importlib.import_module(name)
    except ImportError:
        pass  # not installed here (psycopg without the postgres extra): the build said so
# What loads only when used: the pinyin dictionaries, and reportlab drawing each kind of slip.
from app.services.pinyin import initials
initials("张秀兰")
try:
    from tests.printing import _helpers as docs
except ImportError:  # a checkout without the tests
    docs = None
if docs is not None:
    from app import printing
    printing.receipt_bytes(docs.make_receipt())
    printing.notice_bytes(docs.make_notice())
    printing.referral_bytes(docs.make_referral())
    printing.certificate_bytes(docs.make_certificate())
    printing.handover_bytes(docs.make_handover())
out = []
for name, module in list(sys.modules.items()):
    spec = getattr(module, "__spec__", None)
    origin = getattr(spec, "origin", None)
    if origin not in (None, "built-in", "frozen") and not name.startswith("__"):
        out.append(name)
print(json.dumps(sorted(out)))
"""


def bundled_modules(bundle: Path) -> set[str] | None:
    """Every module name the bundle can import: its archive, the frozen standard library and the
    extension modules beside them. None when PyInstaller (which reads the archive) is not installed."""
    try:
        from PyInstaller.archive.readers import CArchiveReader
    except ImportError:
        return None
    import zipfile

    archive = CArchiveReader(str(executable(bundle)))
    names = set(archive.toc) | set(archive.open_embedded_archive("PYZ.pyz").toc)  # bootstrap + the rest
    internal = bundle / "_internal"
    with zipfile.ZipFile(internal / "base_library.zip") as zf:
        for member in zf.namelist():
            if member.endswith(".pyc"):
                names.add(member[:-4].replace("/", ".").removesuffix(".__init__"))
    for path in internal.rglob("*"):
        if path.suffix in (".so", ".pyd") and (".cpython-" in path.name or ".abi3." in path.name
                                               or path.suffix == ".pyd"):
            rel = path.relative_to(internal).parts
            if rel[:2] == ("python3.11", "lib-dynload") or rel[0].startswith("python3"):
                rel = rel[2:]
            elif rel[0] == "lib-dynload":
                rel = rel[1:]
            names.add(".".join((*rel[:-1], path.name.split(".")[0])))
    return names


def missing_modules(bundle: Path) -> list[str] | None:
    """Modules the program uses from source that the bundle lacks (excluded packages aside)."""
    have = bundled_modules(bundle)
    if have is None:
        return None
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", PROBE, *manifest.HIDDEN_IMPORTS], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=TIMEOUT)
    if done.returncode != 0:
        raise SmokeFailed(f"the import probe failed:\n{done.stderr[-4000:]}")
    used = json.loads(done.stdout.strip().splitlines()[-1])
    # shiboken names its embedded loader as if it were a file in the working folder; tests is the probe's.
    excluded = (*manifest.EXCLUDES, "signature_bootstrap", "tests")
    return [name for name in used if name not in have
            and not any(name == ex or name.startswith(ex + ".") for ex in excluded)]


def smoke(bundle: Path, work: Path, *, runs: int = 5, compare_source: bool = True, log=print) -> dict:
    """Every check above; returns the figures (also written to work/smoke.json)."""
    bundle, work = Path(bundle).resolve(), Path(work).resolve()
    program = executable(bundle)
    if not program.exists():
        raise SmokeFailed(f"no program at {program}: build the bundle first (scripts/build_bundle)")
    env = isolated_env(work / "home")
    url = f"sqlite:///{(work / 'station.sqlite3').as_posix()}"
    result: dict = {"bundle": str(bundle), "program": str(program)}

    size, files = folder_size(bundle)
    result.update(size_bytes=size, size_mb=round(size / 2**20, 1), files=files)
    log(f"bundle size: {result['size_mb']} MB in {files} files")

    missing = missing_modules(bundle)
    if missing:
        raise SmokeFailed("modules the program imports are not in the bundle (add them to HIDDEN_IMPORTS or "
                          "SUBMODULES_OF in packaging/bundle_manifest.py): " + ", ".join(missing))
    log("modules: every one the program imports is inside" if missing is not None
        else "modules: not compared (PyInstaller is not installed)")

    done = _run([str(program), "--version"], env, "--version")
    want = f"{manifest.NAME} {manifest.project_version()}"
    if done.stdout.strip() != want:
        raise SmokeFailed(f"--version printed {done.stdout.strip()!r}, expected {want!r}")
    result["version"] = done.stdout.strip()
    log(f"--version: {result['version']}")

    first, stderr = start_to_idle([str(program), "--database", url], env)
    if "translation file missing" in stderr:
        raise SmokeFailed(f"the Chinese translation did not load:\n{stderr}")
    result["first_start_s"] = round(first, 2)
    log(f"first start (demo station seeded): {first:.2f} s to idle")

    done = _run([str(program), "--database", url, "upgrade"], env, "upgrade")
    if done.stdout.strip() != "ok":
        raise SmokeFailed(f"upgrade printed {done.stdout!r}")
    log("upgrade: ok")

    reports = work / "reports"
    reports.mkdir(exist_ok=True)
    _run([str(program), "--database", url, "report", "--format", "pdf", "--out", str(reports)], env, "report")
    pdfs = sorted(reports.glob("*.pdf"))
    if not pdfs:
        raise SmokeFailed(f"report wrote no PDF into {reports}")
    text, fonts = pdf_text(pdfs[0])
    if REPORT_TITLE not in text or not CJK.search(text):
        raise SmokeFailed(f"the report PDF has no Chinese title; text starts {text[:200]!r}")
    if not any("WenQuanYi" in f for f in fonts):
        raise SmokeFailed(f"the report PDF does not embed the shipped font: {sorted(fonts)}")
    result["report_pdf"] = pdfs[0].name
    log(f"report: {pdfs[0].name}, Chinese text in {', '.join(sorted(fonts))}")

    xlsx = work / "catalogue.xlsx"
    _run([str(program), "--database", url, "catalog", "export", "--format", "xlsx", "--out", str(xlsx)], env,
         "catalog export")
    if not xlsx.exists() or xlsx.stat().st_size < 1000:
        raise SmokeFailed("catalog export wrote no workbook")
    log("catalog export: ok")

    # Interleaved, so a busy moment on a shared machine hits both alike.
    bundle_times, source_times = [], []
    for _ in range(runs):
        bundle_times.append(start_to_idle([str(program), "--database", url], env)[0])
        if compare_source:
            source_times.append(start_to_idle([sys.executable, "-m", "app", "--database", url], env, cwd=ROOT)[0])
    result["start_to_idle_s"] = {"bundle": [round(t, 3) for t in bundle_times],
                                 "source": [round(t, 3) for t in source_times]}
    result["bundle_start_median_s"] = round(statistics.median(bundle_times), 2) if bundle_times else None
    result["source_start_median_s"] = round(statistics.median(source_times), 2) if source_times else None
    log(f"start-up to idle, median of {runs}: bundle {result['bundle_start_median_s']} s"
        + (f", python -m app {result['source_start_median_s']} s" if source_times else ""))
    (work / "smoke.json").write_text(json.dumps(result, indent=2, ensure_ascii=False), encoding="utf-8")
    return result


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description="check a built bundle and measure it")
    p.add_argument("bundle", nargs="?", default=str(ROOT / "dist" / manifest.NAME))
    p.add_argument("--runs", type=int, default=5, help="timed starts of each (default 5)")
    p.add_argument("--no-compare", action="store_true", help="do not time `python -m app` beside it")
    p.add_argument("--work", help="keep the database, reports and smoke.json here (default: a temporary folder)")
    args = p.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="one-window-smoke-") as tmp:
        work = Path(args.work) if args.work else Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        try:
            smoke(Path(args.bundle), work, runs=args.runs, compare_source=not args.no_compare)
        except SmokeFailed as err:
            print(f"SMOKE TEST FAILED: {err}", file=sys.stderr)
            return 1
    print("smoke test passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
