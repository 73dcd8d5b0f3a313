"""Fill Chinese translations into the Qt Linguist file from JSON dictionaries.

    .venv/bin/python scripts/fill_translations.py resources/i18n/one_window_zh_CN.ts pairs.json [...]

Each JSON file is a flat {"English source": "中文"} object. Messages already
translated keep their translation unless a file gives a new one; what is
still untranslated afterwards is listed, and the exit code is 1.
Run scripts/update_translations.sh before (to extract) and after (to compile).
"""
from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET


def main(argv: list[str]) -> int:
    ts_path, *json_paths = argv
    pairs: dict[str, str] = {}
    for path in json_paths:
        with open(path, encoding="utf-8") as f:
            pairs.update(json.load(f))
    tree = ET.parse(ts_path)
    missing = []
    for msg in tree.iter("message"):
        src = msg.findtext("source")
        tr = msg.find("translation")
        if src in pairs:
            tr.attrib.pop("type", None)
            for child in list(tr):
                tr.remove(child)
            if msg.get("numerus") == "yes":
                tr.text = None
                ET.SubElement(tr, "numerusform").text = pairs[src]
            else:
                tr.text = pairs[src]
        elif tr.get("type") in ("unfinished", "vanished", "obsolete") or not (
                (tr.text or "") + "".join(n.text or "" for n in tr.findall("numerusform"))).strip():
            missing.append(src)
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    # ElementTree drops the DOCTYPE that Qt Linguist expects on line 2.
    with open(ts_path, encoding="utf-8") as f:
        lines = f.read().splitlines(keepends=True)
    if not any(line.startswith("<!DOCTYPE") for line in lines[:3]):
        lines.insert(1, "<!DOCTYPE TS>\n")
        with open(ts_path, "w", encoding="utf-8") as f:
            f.writelines(lines)
    for src in missing:
        print("untranslated:", src)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
