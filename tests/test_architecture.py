"""The layers of DEVELOPERS.md, enforced: widgets -> services -> models/db; printing and the core are Qt-free."""
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_import_linter_contracts_hold():
    exe = shutil.which("lint-imports") or str(Path(sys.executable).parent / "lint-imports")
    done = subprocess.run([exe, "--config", str(ROOT / "pyproject.toml")], cwd=ROOT, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "0 broken" in done.stdout


def test_no_stub_left_in_the_application():
    offenders = [str(p) for p in (ROOT / "app").rglob("*.py")
                 if any(word in p.read_text(encoding="utf-8") for word in ("NotImplementedError", "TODO", "FIXME"))]
    assert offenders == []
