"""An interview's index: named sections with a start, a synopsis and keywords, heard in order."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from archive_app.core import audit, edits, sections
from archive_app.core.archive import Archive
from archive_app.core.errors import InvalidValue, RecordNotFound
from archive_app.core.interviews import add_interview

DATA = Path(__file__).resolve().parents[1] / "data"


@pytest.fixture
def interview(archive: Archive) -> str:
    with archive.transaction() as db:
        return add_interview(db, "王奶奶 2024-02-10")


def test_sections_are_listed_in_the_order_they_are_heard(archive: Archive, interview: str) -> None:
    with archive.transaction() as db:
        sections.add_section(db, interview, 610.5, "去广州打工", keywords=["广州", "工厂"])
        sections.add_section(db, interview, 0, "童年", synopsis="在马鞍村长大。")
        sections.add_section(db, interview, 95.25, "Spring Festival")
    found = sections.sections_of(archive.db, interview)
    assert [(s["start_s"], s["title"]) for s in found] == [
        (0.0, "童年"),
        (95.25, "Spring Festival"),
        (610.5, "去广州打工"),
    ]
    assert found[0]["synopsis"] == "在马鞍村长大。"
    assert found[2]["keywords"] == ["广州", "工厂"]


def test_keywords_are_trimmed_and_kept_once(archive: Archive, interview: str) -> None:
    with archive.transaction() as db:
        section_id = sections.add_section(
            db, interview, 1, "  春节  ", keywords=[" 春节 ", "回家", "春节", ""]
        )
    stored = sections.get_section(archive.db, section_id)
    assert stored["title"] == "春节"
    assert stored["keywords"] == ["春节", "回家"]


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"title": "  "}, "title"),
        ({"start_s": -1}, "start_s"),
        ({"start_s": float("nan")}, "start_s"),
        ({"start_s": "1:00"}, "start_s"),
        ({"keywords": "广州"}, "keywords"),
        ({"keywords": [1, 2]}, "keywords"),
        ({"interview_id": "x"}, "field"),
    ],
)
def test_bad_values_are_refused_by_name(
    archive: Archive, interview: str, fields: dict[str, object], field: str
) -> None:
    with archive.transaction() as db:
        section_id = sections.add_section(db, interview, 5, "童年")
    with pytest.raises(InvalidValue) as refused, archive.transaction() as db:
        sections.update_section(db, section_id, fields)
    assert refused.value.field == field
    assert sections.get_section(archive.db, section_id)["title"] == "童年"


def test_a_section_of_an_unknown_interview_is_refused(archive: Archive) -> None:
    with pytest.raises(RecordNotFound), archive.transaction() as db:
        sections.add_section(db, "no-such-interview", 0, "童年")


def test_an_edit_returns_what_undo_needs_to_put_back(archive: Archive, interview: str) -> None:
    with archive.transaction() as db:
        section_id = sections.add_section(db, interview, 5, "童年", keywords=["村"])
        before = sections.update_section(
            db, section_id, {"title": "小时候", "start_s": 7.0, "keywords": ["学校"]}
        )
    assert before == {"title": "童年", "start_s": 5.0, "keywords": ["村"]}
    with archive.transaction() as db:
        sections.update_section(db, section_id, before)
    again = sections.get_section(archive.db, section_id)
    assert (again["title"], again["start_s"], again["keywords"]) == ("童年", 5.0, ["村"])


def test_a_removed_section_comes_back_with_the_same_id(archive: Archive, interview: str) -> None:
    with archive.transaction() as db:
        section_id = sections.add_section(db, interview, 42, "读书", synopsis="上小学。")
        sections.remove_section(db, section_id)
    assert sections.sections_of(archive.db, interview) == []
    with pytest.raises(RecordNotFound):
        sections.get_section(archive.db, section_id)
    with archive.transaction() as db:
        assert edits.history.restore(db, section_id).value == section_id
    (back,) = sections.sections_of(archive.db, interview)
    assert (back["id"], back["title"], back["synopsis"]) == (section_id, "读书", "上小学。")


def test_every_change_is_logged_without_the_words(archive: Archive, interview: str) -> None:
    with archive.transaction() as db:
        section_id = sections.add_section(db, interview, 0, "秘密的事")
        sections.update_section(db, section_id, {"synopsis": "不想让人知道"})
        sections.remove_section(db, section_id)
    logged = audit.entries(archive.db, item_id=section_id)
    assert [e["action"] for e in logged] == ["section.add", "section.edit", "section.remove"]
    assert "秘密" not in repr(logged) and "不想" not in repr(logged)


def test_a_section_change_marks_its_interview_for_the_search_index(
    archive: Archive, interview: str
) -> None:
    archive.db.execute("DELETE FROM search_dirty")
    with archive.transaction() as db:
        sections.add_section(db, interview, 0, "童年")
    marks = archive.db.execute("SELECT item_kind, item_id FROM search_dirty").fetchall()
    assert [tuple(m) for m in marks] == [("interview", interview)]


def test_deleting_an_interview_takes_its_sections_with_it(archive: Archive, interview: str) -> None:
    with archive.transaction() as db:
        sections.add_section(db, interview, 0, "童年")
        db.execute("DELETE FROM interview WHERE id = ?", [interview])
    assert archive.db.execute("SELECT count(*) FROM section").fetchone()[0] == 0


def test_an_archive_of_version_1_gains_sections_on_opening(tmp_path: Path) -> None:
    root = tmp_path / "old"
    root.mkdir()
    shutil.copy(DATA / "catalogue_v1.sqlite", root / "archive.sqlite")
    with Archive.open(root) as opened:
        interview_id = opened.db.execute("SELECT id FROM interview LIMIT 1").fetchone()[0]
        with opened.transaction() as db:
            sections.add_section(db, interview_id, 3, "童年")
        assert len(sections.sections_of(opened.db, interview_id)) == 1
