"""The user guide on disk: docs/guide/<lang>/<chapter>.md and its pictures in docs/guide/img/.

No Qt here: where the chapters are, their headings and links, which chapter and section
explains which screen, and a plain-text search. The help window renders what this finds."""
from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

LANGS = ("zh", "en")
# The reading order of the chapter list; each exists in every language.
CHAPTERS = ("index", "desk", "back-office", "reports", "administration", "shortcuts")

# Which chapter and section explains each navigator window (F1 opens it there). A section is marked in the
# Markdown by an invisible `<!-- section: key -->` line right above its heading, the same in both languages.
TOPICS: dict[str, tuple[str, str]] = {
    "desk": ("desk", "desk"),
    "reception": ("desk", "reception"),
    "display": ("desk", "display"),
    "visits": ("desk", "visits"),
    "timeline": ("desk", "timeline"),
    "back_office": ("back-office", "queue"),
    "certificates": ("back-office", "certificates"),
    "custody": ("back-office", "custody"),
    "cases": ("back-office", "cases"),
    "needs": ("back-office", "needs"),
    "reports": ("reports", "reports"),
    "dashboard": ("reports", "dashboard"),
    "accounts": ("administration", "accounts"),
    "audit": ("administration", "audit"),
    "settings": ("administration", "settings"),
    "resident_import": ("administration", "resident-import"),
}

_SECTION = re.compile(r"^<!--\s*section:\s*([\w-]+)\s*-->\s*$")
_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_FENCE = re.compile(r"^\s*(```|~~~)")
# [text](target) and ![alt](target); the target ends at whitespace or ")" (no titles in this guide).
_LINK = re.compile(r"(!?)\[([^\]]*)\]\(([^)\s]+)\)")
_CODE_SPAN = re.compile(r"`[^`]*`")
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".gif", ".svg")


@lru_cache(maxsize=1)
def guide_dir() -> Path:
    """docs/guide in the source tree, or inside the PyInstaller bundle (like app.ui.i18n.i18n_dir)."""
    frozen = getattr(sys, "_MEIPASS", None)
    base = Path(frozen) if frozen else Path(__file__).resolve().parents[3]
    return base / "docs" / "guide"


def chapter_file(lang: str, chapter: str) -> Path:
    return guide_dir() / (lang if lang in LANGS else "zh") / f"{chapter}.md"


def read(lang: str, chapter: str) -> str:
    """The chapter's Markdown; an empty string when the file is missing (a partial install)."""
    try:
        return chapter_file(lang, chapter).read_text(encoding="utf-8")
    except OSError:
        return ""


def topic(window_name: str) -> tuple[str, str]:
    """(chapter, section key) for a navigator window; the overview for anything unknown."""
    return TOPICS.get(window_name, ("index", ""))


@dataclass(frozen=True)
class Heading:
    level: int
    text: str  # as shown: inline markup removed
    slug: str  # GitHub's anchor for it, what `chapter.md#slug` links use
    section: str  # the `<!-- section: key -->` above it, or ""


@dataclass(frozen=True)
class Link:
    image: bool
    text: str
    target: str


@dataclass(frozen=True)
class Target:
    """Where a link in a chapter leads."""

    kind: str  # chapter | image | file | external | missing
    chapter: str = ""
    fragment: str = ""
    path: Path | None = None


def _outside_code(text: str):
    """The lines that are not inside a fenced code block, with their line numbers."""
    fenced = False
    for number, line in enumerate(text.splitlines()):
        if _FENCE.match(line):
            fenced = not fenced
            continue
        if not fenced:
            yield number, line


def plain(markdown: str) -> str:
    """A heading or link text as the reader sees it."""
    text = _LINK.sub(lambda m: m.group(2), markdown)
    text = re.sub(r"`([^`]*)`", r"\1", text)
    text = re.sub(r"(\*\*|__|\*|_)(\S(?:.*?\S)?)\1", r"\2", text)
    return text.strip()


def slug(heading: str) -> str:
    """GitHub's anchor for a heading: lower case, punctuation dropped (CJK kept), spaces to hyphens."""
    text = plain(heading).lower()
    text = re.sub(r"[^\w\- ]", "", text)
    return text.replace(" ", "-")


def headings(text: str) -> list[Heading]:
    out, section = [], ""
    for _number, line in _outside_code(text):
        marker = _SECTION.match(line.strip())
        if marker:
            section = marker.group(1)
            continue
        found = _HEADING.match(line)
        if found:
            shown = plain(found.group(2))
            out.append(Heading(len(found.group(1)), shown, slug(found.group(2)), section))
            section = ""
        elif line.strip():
            section = ""  # a marker belongs to the heading right under it only
    return out


def title(text: str) -> str:
    return next((h.text for h in headings(text) if h.level == 1), "")


def sections(text: str) -> dict[str, Heading]:
    return {h.section: h for h in headings(text) if h.section}


def links(text: str) -> list[Link]:
    out = []
    for _number, line in _outside_code(text):
        for found in _LINK.finditer(_CODE_SPAN.sub("", line)):
            out.append(Link(found.group(1) == "!", found.group(2), found.group(3)))
    return out


def resolve(lang: str, chapter: str, target: str) -> Target:
    """A link's target as written in `chapter`: another chapter (with a heading), a picture, a web page."""
    if re.match(r"^[a-z][a-z0-9+.-]*:", target, re.IGNORECASE):
        return Target("external", path=None, fragment=target)
    path_part, _, fragment = target.partition("#")
    if not path_part:
        return Target("chapter", chapter, fragment)
    path = (chapter_file(lang, chapter).parent / path_part).resolve()
    if path.suffix == ".md" and path.parent == chapter_file(lang, "index").parent.resolve() \
            and path.stem in CHAPTERS and path.exists():
        return Target("chapter", path.stem, fragment)
    if not path.is_file():
        return Target("missing", path=path, fragment=fragment)
    # Beyond the chapters: a picture, or a file of the project (a format description) the guide points to.
    return Target("image" if path.suffix.lower() in IMAGE_SUFFIXES else "file", path=path, fragment=fragment)


def heading_for(text: str, fragment: str) -> Heading | None:
    """The heading a `#fragment` (or a section key) points at."""
    for h in headings(text):
        if fragment and (h.slug == fragment or h.section == fragment):
            return h
    return None


def search(lang: str, words: str) -> dict[str, int]:
    """How often the words occur in each chapter (case-insensitive); chapters without them left out."""
    needle = words.strip().lower()
    if not needle:
        return {}
    counts = {chapter: visible_text(read(lang, chapter)).lower().count(needle) for chapter in CHAPTERS}
    return {chapter: n for chapter, n in counts.items() if n}


def visible_text(text: str) -> str:
    """Roughly what the reader sees: link targets and the invisible section markers left out."""
    text = re.sub(r"<!--.*?-->", "", text, flags=re.DOTALL)
    return _LINK.sub(lambda m: m.group(2), text)


_KEY_NAMES = {"Return": "Enter", "Left": "←", "Right": "→", "Up": "↑", "Down": "↓", "Escape": "Esc"}


def key_text(portable: str) -> str:
    """A key as the guide and the buttons write it: "Ctrl+Return" is Ctrl+Enter, "Alt+Left" Alt+←."""
    return "+".join(_KEY_NAMES.get(part, part) for part in portable.split("+")) if portable != "+" else portable
