"""The sample's catalogue: the manifest's places, people, families, descriptions, links, tags,
collections and consents, written through core's record functions onto what the import made."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import sqlite_utils

from archive_app.core import edits, interviews, people, places
from archive_app.core.consent.store import add_consent, withdraw_consent
from archive_app.core.ingest import IngestResult
from archive_app.exchange.sample.errors import SampleBuildError
from archive_app.exchange.sample.manifest import Entry, Manifest
from archive_app.exchange.sample.staging import StagedMedia

#: manifest key -> catalogue id, filled in as the catalogue is written
Ids = dict[str, str]
#: manifest key -> what the import made of the file standing for it
Imported = Mapping[str, IngestResult]


def catalogue_sample(
    db: sqlite_utils.Database,
    manifest: Manifest,
    staged: StagedMedia,
    results: Sequence[IngestResult],
) -> None:
    """Describe the imported sample files and add everything else the manifest holds.

    Raises :class:`SampleBuildError` if the import rejected a sample file or missed one.
    """
    rejected = [r.error or r.path for r in results if r.status == "rejected"]
    if rejected:
        raise SampleBuildError("sample files rejected by the import: " + "; ".join(rejected))
    imported = {staged.keys[r.path]: r for r in results if r.path in staged.keys}
    ids: Ids = {}
    _add_places(db, manifest["places"], None, ids)
    _add_households(db, manifest, ids)
    for interview in manifest["interviews"]:
        _describe_interview(db, interview, imported, ids)
    for photo in manifest["photos"]:
        fields = {"caption": photo["caption"], "place_id": _optional(ids, photo.get("place"))}
        photo_id = _describe_file(db, "photo", photo["key"], fields, imported, ids)
        for person_key in photo["depicted"]:
            edits.run(db, edits.depict(photo_id, ids[person_key]))
    for document in manifest["documents"]:
        fields = {"title": document["title"], "document_type": document["document_type"]}
        _describe_file(db, "document", document["key"], fields, imported, ids)
    for tag in manifest["tags"]:
        for item in tag["items"]:
            edits.run(db, edits.tag(ids[item], tag["name"]))
    for collection in manifest["collections"]:
        fields = {"name": collection["name"], "description": collection["description"]}
        collection_id = str(edits.run(db, edits.add("collection", fields)).value)
        for item in collection["items"]:
            edits.run(db, edits.collect(collection_id, ids[item]))
    _add_consents(db, manifest["consents"], ids)


def _optional(ids: Mapping[str, str], key: str | None) -> str | None:
    """The catalogue id of a reference the manifest may leave out."""
    return ids[key] if key else None


def _add_places(
    db: sqlite_utils.Database, entries: Sequence[Entry], parent: str | None, ids: Ids
) -> None:
    for entry in entries:
        ids[entry["key"]] = places.add_place(
            db,
            entry["name"],
            level=entry["level"],
            parent_id=parent,
            name_latin=entry.get("name_latin"),
            latitude=entry.get("latitude"),
            longitude=entry.get("longitude"),
        )
        _add_places(db, entry.get("children", ()), ids[entry["key"]], ids)


def _add_households(db: sqlite_utils.Database, manifest: Manifest, ids: Ids) -> None:
    """People, the families they belong to, and who went away to work where."""
    for person in manifest["people"]:
        ids[person["key"]] = people.add_person(
            db,
            person["name"],
            name_latin=person.get("name_latin"),
            other_names=person.get("other_names", ()),
            birth_date=person.get("birth_date"),
            gender=person.get("gender"),
            home_place_id=_optional(ids, person.get("home")),
            notes=person.get("notes", ""),
        )
    for family in manifest["families"]:
        ids[family["key"]] = people.add_family(
            db,
            family["name"],
            home_place_id=_optional(ids, family.get("home")),
            notes=family.get("notes", ""),
        )
        for person_key, relationship in family["members"]:
            people.add_member(db, ids[family["key"]], ids[person_key], relationship)
    for episode in manifest["migrations"]:
        people.add_migration(
            db,
            ids[episode["person"]],
            episode["to_city"],
            from_place_id=_optional(ids, episode.get("from")),
            work=episode.get("work", ""),
            from_date=episode.get("from_date"),
            to_date=episode.get("to_date"),
            notes=episode.get("notes", ""),
        )


def _describe_file(
    db: sqlite_utils.Database,
    kind: str,
    key: str,
    fields: Mapping[str, Any],
    imported: Imported,
    ids: Ids,
) -> str:
    """Give the record the import made for the file standing for ``key`` its manifest fields;
    its id."""
    result = imported.get(key)
    if result is None or result.id is None:
        raise SampleBuildError(f"sample file for {key} was not imported")
    ids[key] = result.id
    edits.run(db, edits.SetFields(kind, result.id, dict(fields)))
    return result.id


def _describe_interview(
    db: sqlite_utils.Database, interview: Entry, imported: Imported, ids: Ids
) -> None:
    """Give the interview the import made from the recording's file name its real title, place,
    summary and people; and each transcript its language, kind and tier."""
    recording = imported.get(interview["key"])
    if recording is None or recording.interview_id is None:
        raise SampleBuildError(f"the recording of {interview['key']} was not imported")
    interview_id = recording.interview_id
    ids[interview["key"]] = interview_id
    for transcript in interview["transcripts"]:
        result = imported.get(f"{interview['key']}:{transcript['language']}")
        if result is None or result.id is None or result.interview_id != interview_id:
            raise SampleBuildError(f"transcript {transcript['file']} did not join its interview")
        fields = {
            "language": transcript["language"],
            "kind": transcript["kind"],
            "tier": transcript["tier"],
        }
        edits.run(db, edits.SetFields("transcript", result.id, fields))
    edits.run(
        db,
        edits.SetFields(
            "interview",
            interview_id,
            {
                "title": interview["title"],
                "date": interview["date"],
                "place_id": ids[interview["place"]],
                "language": interview["language"],
                "summary": interview["summary"],
                "keywords": interview["keywords"],
                "status": interview["status"],
            },
        ),
    )
    for role, keys in (
        ("narrator", "narrators"),
        ("interviewer", "interviewers"),
        ("mentioned", "mentioned"),
    ):
        for person_key in interview[keys]:
            interviews.link_person(db, interview_id, ids[person_key], role)


def _add_consents(db: sqlite_utils.Database, consents: Sequence[Entry], ids: Ids) -> None:
    for consent in consents:
        assent = consent.get("assent")
        consent_id = add_consent(
            db,
            ids[consent["person"]],
            date=consent["date"],
            audiences=consent["audiences"],
            given_by=consent["by"],
            guardian_id=_optional(ids, consent.get("guardian")),
            relationship=consent.get("relationship"),
            assent=None if assent is None else ("yes" if assent else "no"),
            covers=[ids[key] for key in consent.get("covers", ())],
            embargo_until=consent.get("embargo_until"),
            pseudonym=consent.get("pseudonym"),
            show_face=not consent.get("no_face", False),
            form_document_id=_optional(ids, consent.get("form")),
            notes=consent.get("notes", ""),
        )
        withdrawn = consent.get("withdrawn")
        if withdrawn:
            withdraw_consent(db, consent_id, date=withdrawn["date"], reason=withdrawn["reason"])
