"""The user guide in docs/guide: both languages complete and alike, no broken link, no missing picture."""
import re

import pytest

from app.ui.help import guide

CHAPTER_PAIRS = [(lang, chapter) for lang in guide.LANGS for chapter in guide.CHAPTERS]


@pytest.mark.parametrize("lang, chapter", CHAPTER_PAIRS)
def test_every_chapter_exists_with_a_title(lang, chapter):
    text = guide.read(lang, chapter)
    assert text, guide.chapter_file(lang, chapter)
    assert guide.title(text)


@pytest.mark.parametrize("chapter", guide.CHAPTERS)
def test_the_english_chapter_has_the_chinese_ones_structure(chapter):
    zh, en = (guide.headings(guide.read(lang, chapter)) for lang in guide.LANGS)
    assert len(zh) == len(en), f"{chapter}: {len(zh)} headings in Chinese, {len(en)} in English"
    assert [h.level for h in zh] == [h.level for h in en]
    # F1 finds a window's section by its marker: in both languages, on the same heading.
    assert [h.section for h in zh] == [h.section for h in en]


def test_no_chapter_is_left_out_of_the_list():
    for lang in guide.LANGS:
        on_disk = {p.stem for p in guide.chapter_file(lang, "index").parent.glob("*.md")}
        assert on_disk == set(guide.CHAPTERS), lang


@pytest.mark.parametrize("lang, chapter", CHAPTER_PAIRS)
def test_every_link_leads_somewhere(lang, chapter):
    for link in guide.links(guide.read(lang, chapter)):
        target = guide.resolve(lang, chapter, link.target)
        assert target.kind != "missing", f"{lang}/{chapter}.md: {link.target} does not exist"
        if link.image:
            assert target.kind == "image", f"{lang}/{chapter}.md: {link.target} is not a picture"
        if target.kind == "chapter" and target.fragment:
            heading = guide.heading_for(guide.read(lang, target.chapter), target.fragment)
            assert heading is not None, f"{lang}/{chapter}.md: no heading #{target.fragment} in {target.chapter}"


@pytest.mark.parametrize("lang, chapter", CHAPTER_PAIRS)
def test_pictures_are_of_the_chapters_language(lang, chapter):
    other = "en" if lang == "zh" else "zh"
    for link in guide.links(guide.read(lang, chapter)):
        if link.image:
            assert not link.target.endswith(f"-{other}.png"), f"{lang}/{chapter}.md shows {link.target}"


def test_both_languages_show_the_same_pictures():
    def pictures(lang):
        names = []
        for chapter in guide.CHAPTERS:
            names += [re.sub(r"-(zh|en)\.png$", ".png", link.target)
                      for link in guide.links(guide.read(lang, chapter)) if link.image]
        return names

    assert pictures("zh") == pictures("en")


def test_every_picture_in_the_folder_is_shown_somewhere():
    shown = {guide.resolve(lang, chapter, link.target).path
             for lang, chapter in CHAPTER_PAIRS for link in guide.links(guide.read(lang, chapter)) if link.image}
    unused = [p.name for p in sorted((guide.guide_dir() / "img").glob("*.png")) if p.resolve() not in shown]
    assert not unused, f"pictures no chapter shows: {unused}"


def test_every_window_has_its_section_in_both_languages():
    for window, (chapter, section) in guide.TOPICS.items():
        for lang in guide.LANGS:
            assert section in guide.sections(guide.read(lang, chapter)), f"{window}: {lang}/{chapter}.md#{section}"


def test_an_unknown_window_gets_the_overview():
    assert guide.topic("no-such-window") == ("index", "")


def test_headings_in_code_blocks_are_not_headings():
    text = "# Title\n\n```\n# not a heading\n```\n\n<!-- section: s -->\n## Real `one`\n"
    assert [(h.level, h.text, h.section) for h in guide.headings(text)] == [(1, "Title", ""), (2, "Real one", "s")]


def test_a_section_marker_belongs_to_the_heading_right_under_it():
    text = "<!-- section: a -->\nsome words\n\n## Heading\n"
    assert guide.headings(text)[0].section == ""


@pytest.mark.parametrize("heading, slug", [
    ("The waiting-area display (Ctrl+6)", "the-waiting-area-display-ctrl6"),
    ("等候区叫号屏（Ctrl+6）", "等候区叫号屏ctrl6"),
    ("The resident's history (Ctrl+H)", "the-residents-history-ctrlh"),
    ("Step 1: find the resident (F3)", "step-1-find-the-resident-f3"),
    ("**Bold** and `code`", "bold-and-code"),
])
def test_slugs_are_githubs(heading, slug):
    assert guide.slug(heading) == slug


def test_links_in_code_are_not_links():
    text = "See [desk](desk.md) and `[not](there.md)`.\n\n```\n[no](where.md)\n```\n"
    assert [link.target for link in guide.links(text)] == ["desk.md"]


def test_web_addresses_are_external():
    assert guide.resolve("zh", "index", "https://example.org/x.md").kind == "external"


def test_search_counts_per_chapter_case_insensitively():
    found = guide.search("en", "ctrl+f9") or guide.search("en", "f9")
    assert found and all(n > 0 for n in found.values())
    assert guide.search("en", "") == {}
    assert guide.search("zh", "qqqq-not-in-the-guide") == {}


@pytest.mark.parametrize("portable, shown", [
    ("Ctrl+Return", "Ctrl+Enter"), ("Alt+Left", "Alt+←"), ("Shift+F12", "Shift+F12"), ("Escape", "Esc"),
    ("Ctrl++", "Ctrl++"),
])
def test_keys_are_written_as_on_the_buttons(portable, shown):
    assert guide.key_text(portable) == shown


def test_a_missing_chapter_reads_empty(monkeypatch, tmp_path):
    monkeypatch.setattr(guide, "guide_dir", lambda: tmp_path)
    assert guide.read("zh", "desk") == ""
