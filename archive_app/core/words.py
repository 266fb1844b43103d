"""The English words of the catalogue's codes (an interview's status, a narrator's role, a
relationship, a place's level, a document's type, a gender, a record's kind), once, for both
the app and the command to say in the user's language.

Core stores the codes; these tables give each its words as a :class:`Word`: the English source
text (and its disambiguation) of the translation catalogue's ``Vocabulary`` context. The app
says them through Qt (:mod:`archive_app.ui.vocabulary`), the command through the same catalogue
read without Qt (:mod:`archive_app.cli.language`). No Qt here, so the command stays quick.
"""

from __future__ import annotations

from typing import NamedTuple

#: the translation catalogue's context of these words
CONTEXT = "Vocabulary"


class Word(NamedTuple):
    source: str
    disambiguation: str | None = None


def QT_TRANSLATE_NOOP(  # noqa: N802 (the name lupdate looks for)
    context: str, source: str, disambiguation: str | None = None
) -> Word:
    """Marks ``source`` for the catalogue (lupdate collects it under ``context``)."""
    return Word(source, disambiguation)


STATUS = {
    "recorded": QT_TRANSLATE_NOOP("Vocabulary", "Recorded"),
    "transcribed": QT_TRANSLATE_NOOP("Vocabulary", "Transcribed"),
    "reviewed": QT_TRANSLATE_NOOP("Vocabulary", "Reviewed"),
    "ready": QT_TRANSLATE_NOOP("Vocabulary", "Ready"),
}

ROLE = {
    "narrator": QT_TRANSLATE_NOOP("Vocabulary", "Narrator"),
    "interviewer": QT_TRANSLATE_NOOP("Vocabulary", "Interviewer"),
    "mentioned": QT_TRANSLATE_NOOP("Vocabulary", "Mentioned"),
}

RELATIONSHIP = {
    "mother": QT_TRANSLATE_NOOP("Vocabulary", "Mother"),
    "father": QT_TRANSLATE_NOOP("Vocabulary", "Father"),
    "grandmother": QT_TRANSLATE_NOOP("Vocabulary", "Grandmother"),
    "grandfather": QT_TRANSLATE_NOOP("Vocabulary", "Grandfather"),
    "child": QT_TRANSLATE_NOOP("Vocabulary", "Child"),
    "sibling": QT_TRANSLATE_NOOP("Vocabulary", "Brother or sister"),
    "guardian": QT_TRANSLATE_NOOP("Vocabulary", "Guardian"),
    "other": QT_TRANSLATE_NOOP("Vocabulary", "Other relative"),
}

LEVEL = {
    "province": QT_TRANSLATE_NOOP("Vocabulary", "Province"),
    "prefecture": QT_TRANSLATE_NOOP("Vocabulary", "Prefecture or city"),
    "county": QT_TRANSLATE_NOOP("Vocabulary", "County"),
    "township": QT_TRANSLATE_NOOP("Vocabulary", "Township"),
    "village": QT_TRANSLATE_NOOP("Vocabulary", "Village"),
}

DOCUMENT_TYPE = {
    "consent_form": QT_TRANSLATE_NOOP("Vocabulary", "Consent form"),
    "letter": QT_TRANSLATE_NOOP("Vocabulary", "Letter"),
    "other": QT_TRANSLATE_NOOP("Vocabulary", "Document"),
}

GENDER = {
    "female": QT_TRANSLATE_NOOP("Vocabulary", "Female"),
    "male": QT_TRANSLATE_NOOP("Vocabulary", "Male"),
    "other": QT_TRANSLATE_NOOP("Vocabulary", "Other", "gender"),
    "unknown": QT_TRANSLATE_NOOP("Vocabulary", "Unknown", "gender"),
}

#: a record's kind as a singular noun
KIND = {
    "interview": QT_TRANSLATE_NOOP("Vocabulary", "Interview"),
    "person": QT_TRANSLATE_NOOP("Vocabulary", "Person"),
    "family": QT_TRANSLATE_NOOP("Vocabulary", "Family"),
    "place": QT_TRANSLATE_NOOP("Vocabulary", "Place"),
    "photo": QT_TRANSLATE_NOOP("Vocabulary", "Photo"),
    "document": QT_TRANSLATE_NOOP("Vocabulary", "Document"),
    "recording": QT_TRANSLATE_NOOP("Vocabulary", "Recording"),
    "transcript": QT_TRANSLATE_NOOP("Vocabulary", "Transcript"),
    "segment": QT_TRANSLATE_NOOP("Vocabulary", "Transcript passage"),
    "section": QT_TRANSLATE_NOOP("Vocabulary", "Chapter"),
    "collection": QT_TRANSLATE_NOOP("Vocabulary", "Collection"),
    "tag": QT_TRANSLATE_NOOP("Vocabulary", "Tag"),
}
