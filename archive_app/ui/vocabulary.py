"""The catalogue's fixed words (statuses, roles, relationships, place levels...) in the user's
language. Core stores the English codes; only these functions turn them into words."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication


def status_name(code: str) -> str:
    return {
        "recorded": QCoreApplication.translate("Vocabulary", "Recorded"),
        "transcribed": QCoreApplication.translate("Vocabulary", "Transcribed"),
        "reviewed": QCoreApplication.translate("Vocabulary", "Reviewed"),
        "ready": QCoreApplication.translate("Vocabulary", "Ready"),
    }.get(code, code)


def role_name(code: str) -> str:
    return {
        "narrator": QCoreApplication.translate("Vocabulary", "Narrator"),
        "interviewer": QCoreApplication.translate("Vocabulary", "Interviewer"),
        "mentioned": QCoreApplication.translate("Vocabulary", "Mentioned"),
    }.get(code, code)


def relationship_name(code: str) -> str:
    return {
        "mother": QCoreApplication.translate("Vocabulary", "Mother"),
        "father": QCoreApplication.translate("Vocabulary", "Father"),
        "grandmother": QCoreApplication.translate("Vocabulary", "Grandmother"),
        "grandfather": QCoreApplication.translate("Vocabulary", "Grandfather"),
        "child": QCoreApplication.translate("Vocabulary", "Child"),
        "sibling": QCoreApplication.translate("Vocabulary", "Brother or sister"),
        "guardian": QCoreApplication.translate("Vocabulary", "Guardian"),
        "other": QCoreApplication.translate("Vocabulary", "Other relative"),
    }.get(code, code)


def level_name(code: str | None) -> str:
    return {
        "province": QCoreApplication.translate("Vocabulary", "Province"),
        "prefecture": QCoreApplication.translate("Vocabulary", "Prefecture or city"),
        "county": QCoreApplication.translate("Vocabulary", "County"),
        "township": QCoreApplication.translate("Vocabulary", "Township"),
        "village": QCoreApplication.translate("Vocabulary", "Village"),
    }.get(code or "", "")


def document_type_name(code: str) -> str:
    return {
        "consent_form": QCoreApplication.translate("Vocabulary", "Consent form"),
        "letter": QCoreApplication.translate("Vocabulary", "Letter"),
        "other": QCoreApplication.translate("Vocabulary", "Document"),
    }.get(code, code)


def gender_name(code: str | None) -> str:
    """A gender code (core's ``people.GENDERS``) as a word; what older archives stored as typed
    (not a code) is shown as it is."""
    return {
        "female": QCoreApplication.translate("Vocabulary", "Female"),
        "male": QCoreApplication.translate("Vocabulary", "Male"),
        "other": QCoreApplication.translate("Vocabulary", "Other", "gender"),
        "unknown": QCoreApplication.translate("Vocabulary", "Unknown", "gender"),
        "": "",
    }.get(code or "", code or "")


def kind_name(kind: str) -> str:
    """A record kind as a singular noun (for search results, messages)."""
    return {
        "interview": QCoreApplication.translate("Vocabulary", "Interview"),
        "person": QCoreApplication.translate("Vocabulary", "Person"),
        "family": QCoreApplication.translate("Vocabulary", "Family"),
        "place": QCoreApplication.translate("Vocabulary", "Place"),
        "photo": QCoreApplication.translate("Vocabulary", "Photo"),
        "document": QCoreApplication.translate("Vocabulary", "Document"),
        "recording": QCoreApplication.translate("Vocabulary", "Recording"),
        "transcript": QCoreApplication.translate("Vocabulary", "Transcript"),
        "segment": QCoreApplication.translate("Vocabulary", "Transcript passage"),
        "section": QCoreApplication.translate("Vocabulary", "Chapter"),
        "collection": QCoreApplication.translate("Vocabulary", "Collection"),
        "tag": QCoreApplication.translate("Vocabulary", "Tag"),
    }.get(kind, kind)


def audience_name(code: str) -> str:
    """Who may see an item: the audiences consent is given for."""
    return {
        "family": QCoreApplication.translate("Vocabulary", "Family", "audience"),
        "community": QCoreApplication.translate("Vocabulary", "Community"),
        "researchers": QCoreApplication.translate("Vocabulary", "Researchers"),
        "research": QCoreApplication.translate("Vocabulary", "Researchers"),
        "public": QCoreApplication.translate("Vocabulary", "Public"),
        "curator": QCoreApplication.translate("Vocabulary", "Curators"),
        "archive": QCoreApplication.translate("Vocabulary", "Archive staff"),
    }.get(code, code)


def audience_list(codes: Iterable[str]) -> str:
    """Several audiences in a line, with the language's own list separator ("、" or ", ")."""
    joiner = QCoreApplication.translate("Columns", "、")
    return joiner.join(audience_name(code) for code in codes)


def duration_text(seconds: float | None) -> str:
    """``1:02:03`` or ``12:05`` for a recording's length; empty when unknown."""
    if not seconds:
        return ""
    total = int(round(seconds))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"
