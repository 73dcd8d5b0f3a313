"""Every visible string of the UI has a finished Chinese translation, compiled into the package."""
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "i18n" / "one_window_zh_CN.ts"
QM = ROOT / "resources" / "i18n" / "one_window_zh_CN.qm"


def tool(name):
    return shutil.which(name) or str(Path(sys.executable).parent / name)


def sources(ts_path):
    return {m.findtext("source") for m in ET.parse(ts_path).iter("message")}


def test_every_message_is_translated_and_finished():
    messages = list(ET.parse(TS).iter("message"))
    assert len(messages) > 60
    for m in messages:
        tr = m.find("translation")
        assert tr.get("type") not in ("unfinished", "vanished", "obsolete"), m.findtext("source")
        text = (tr.text or "") + "".join(n.text or "" for n in tr.findall("numerusform"))
        assert text.strip(), m.findtext("source")


def test_the_ts_file_covers_every_string_in_the_code(tmp_path):
    fresh = tmp_path / "fresh.ts"
    files = sorted(str(p) for p in (ROOT / "app" / "ui").rglob("*.py"))
    subprocess.run([tool("pyside6-lupdate"), *files, "-ts", str(fresh)], check=True, capture_output=True)
    missing = sources(fresh) - sources(TS)
    assert not missing, f"run scripts/update_translations.sh and translate: {sorted(missing)}"


def test_the_compiled_file_matches_the_ts(tmp_path):
    out = tmp_path / "check.qm"
    subprocess.run([tool("pyside6-lrelease"), str(TS), "-qm", str(out)], check=True, capture_output=True)
    assert QM.read_bytes() == out.read_bytes(), "run scripts/update_translations.sh"
