"""A record's history as ``archive-app history`` prints it for a person: when (a local clock),
who, what was done in words, and each thing it did, before and after, in the user's language.
``--json`` prints the entries themselves (codes and ids), unchanged."""

from __future__ import annotations

from typing import Any

from archive_app.cli.language import tr
from archive_app.cli.record_text import label, moment_text, value_text
from archive_app.core.edits import history
from archive_app.core.edits.history import HistoryEntry

#: what a value that was not there reads as
NOTHING = "—"


def _operations() -> dict[str, str]:
    return {
        "add_record": tr("added", "history"),
        "add_transcript": tr("transcript added", "history"),
        "batch": tr("several changes at once", "history"),
        "close_passage": tr("passage closed", "history"),
        "reclose_passage": tr("passage closed again", "history"),
        "open_passage": tr("passage opened", "history"),
        "delete_segment": tr("passage deleted", "history"),
        "insert_segment": tr("passage inserted", "history"),
        "merge_segments": tr("passages joined", "history"),
        "split_segment": tr("passage split", "history"),
        "rename_speaker": tr("speaker renamed", "history"),
        "link": tr("linked", "history"),
        "unlink": tr("link taken away", "history"),
        "tag": tr("tagged", "history"),
        "untag": tr("tag taken off", "history"),
        "set_fields": tr("changed", "history"),
        "remove_record": tr("removed to the bin", "history"),
        "restore_record": tr("restored from the bin", "history"),
        "merge": tr("merged from a bag", "history"),
    }


def _links() -> dict[str, str]:
    return {
        "interview_person": tr("person in the interview", "history"),
        "family_member": tr("family member", "history"),
        "photo_person": tr("person in the photo", "history"),
        "item_tag": tr("tag", "history"),
        "collection_item": tr("item of a collection", "history"),
        "consent_item": tr("what a consent covers", "history"),
    }


def _value(field: str, value: Any) -> str:
    shown = value_text(field, value)
    if isinstance(value, list):
        shown = tr(", ").join(str(v) for v in value)
    return shown or NOTHING


def _key(key: Any) -> str:
    if not isinstance(key, dict):
        return str(key)
    return tr(", ").join(f"{label(name)} {value_text(name, value)}" for name, value in key.items())


def history_text(entry: HistoryEntry) -> str:
    operation = _operations().get(entry.operation, entry.operation)
    head = f"{moment_text(entry.at)}  {entry.actor}  {operation}  {entry.id}"
    if entry.reverts:
        head += "  " + tr("(undoes {change})").format(change=entry.reverts)
    if entry.reverted_by:
        head += "  " + tr("(undone by {change})").format(change=entry.reverted_by)
    lines = [head]
    for item in (history.item_json(i) for i in entry.items):
        if "field" in item:
            field = item["field"]
            lines.append(
                f"    {label(field)}: {_value(field, item['before'])} → {_value(field, item['after'])}"
            )
        elif "link" in item:
            state = tr("made") if item["after"] is not None else tr("taken away")
            link = _links().get(item["link"], item["link"])
            lines.append(f"    {link} {state}: {_key(item['key'])}")
        else:
            state = tr("added") if item["record"] == "added" else tr("removed")
            lines.append(f"    {value_text('kind', item['kind'])} {state}")
    return "\n".join(lines)
