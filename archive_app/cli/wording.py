"""Core's typed errors worded for people at a terminal, in the command's language."""

from __future__ import annotations

import errno
import sqlite3
from collections.abc import Mapping

from archive_app.cli.language import tr
from archive_app.core import errors, identifiers, people
from archive_app.core.integrity import Finding
from archive_app.core.search import query


def explain(error: errors.ArchiveError) -> str:
    match error:
        case errors.ArchiveLocked():
            return _locked(error)
        case errors.CatalogueDamaged():
            return _damaged(error)
        case errors.BrokenLayout():
            text = (
                tr(
                    "{path} should be a folder but is not; nothing was changed. Move it out of "
                    "the archive folder and try again"
                )
                if error.expected == "folder"
                else tr(
                    "{path} should be a file but is not; nothing was changed. Move it out of "
                    "the archive folder and try again"
                )
            )
            return text.format(path=error.root / error.part)
        case errors.ArchiveDiskFull():
            return tr(
                "the archive's disk is full ({path}); nothing half-written was kept. Free some "
                "space on that disk and run the command again: what is in stays in"
            ).format(path=error.root)
        case errors.ArchiveUnwritable():
            return tr(
                "the archive's disk refused to save ({detail}); nothing half-written was kept"
            ).format(detail=error.detail)
        case errors.ExportTargetRefused():
            return _refused(error)
        case errors.BackupUnusable():
            return tr(
                "{path} is not a backup that can be restored ({problem}); nothing was changed"
            ).format(path=error.path, problem=error.detail or error.problem)
        case errors.NotAnArchive():
            return tr(
                "{path} is not an archive (create one with 'archive-app --archive DIR init')"
            ).format(path=error.path)
        case errors.ArchiveExists():
            return tr("there is already an archive at {path}").format(path=error.path)
        case errors.SchemaTooNew():
            return tr(
                "this archive was written by a newer version of the app (catalogue version "
                "{found}, this app knows up to {known}); please update the app"
            ).format(found=error.found, known=error.known)
        case errors.MigrationBrokeReferences():
            return tr(
                "the archive could not be upgraded: migration {version} ({name}) would have left "
                "records without the records they refer to ({dangling}); it was undone and the "
                "archive is as it was; please report this"
            ).format(
                version=error.version,
                name=error.name,
                dangling=", ".join(
                    f"{count} {child} → {parent}"
                    for (child, parent), count in error.dangling.items()
                ),
            )
        case errors.RecordNotFound():
            if error.kind:
                return tr("no {kind} has the ID {id}").format(
                    kind=kind_name(error.kind), id=error.record_id
                )
            return tr("no record has the ID {id}").format(id=error.record_id)
        case errors.AmbiguousId():
            shown = ", ".join(
                f"{record_id} ({kind_name(kind)})" for record_id, kind in error.candidates
            )
            return tr(
                "the ID {prefix} is ambiguous: it starts several IDs ({candidates}); type "
                "more of it"
            ).format(prefix=error.prefix, candidates=shown)
        case errors.WrongKind():
            return tr("{id} is a {kind} record; wanted here: {wanted}").format(
                id=error.record_id,
                kind=kind_name(error.kind),
                wanted=tr(" or ").join(kind_name(kind) for kind in error.wanted),
            )
        case errors.RecordInUse():
            return tr("the {kind} {id} cannot be removed: {what} still depend on it").format(
                kind=kind_name(error.kind), id=error.record_id, what=_used_by(error.used_by)
            )
        case errors.ChangeConflict():
            return tr(
                "change {change} cannot be reverted: {field} of {id} was changed later{later}; "
                "revert that first"
            ).format(
                change=error.change_id,
                field=field_name(error.field.removeprefix("link:")) if error.field else "-",
                id=error.record_id,
                later=(
                    tr(" (by change {later})").format(later=error.later_change_id)
                    if error.later_change_id
                    else ""
                ),
            )
        case errors.NotRestorable():
            return tr("{id} cannot be restored: {reason}").format(
                id=error.record_id, reason=_not_restorable(error.reason)
            )
        case errors.UntimedTranscript():
            return tr("this transcript has no times; export it as plain text (--format txt)")
        case errors.InvalidValue():
            return tr("{field} {value} is not valid: expected {expected}").format(
                field=field_name(error.field),
                value=repr(error.value),
                expected=expected_value(error.expected),
            )
        case errors.Cancelled():
            return tr("cancelled; nothing was written")
        case errors.ReadOnlyArchive():
            return tr("the archive is open read-only; nothing was changed")
        case errors.PassageAlreadyOpen():
            return tr("closed passage {id} was already opened again on {date}").format(
                id=error.passage_id, date=error.opened_on
            )
        case errors.ConsentAlreadyWithdrawn():
            return tr("consent {id} was already withdrawn on {date}").format(
                id=error.consent_id, date=error.withdrawn_on
            )
        case _:
            return _explain_export(error)


def _explain_export(error: errors.ArchiveError) -> str:
    """The exporters' own errors (imported only now: loading them costs every command's start)."""
    from archive_app.exchange import target
    from archive_app.exchange.bag.checks import HostileBag
    from archive_app.exchange.bag.payload import DamagedOriginal
    from archive_app.exchange.film.fonts import NoSubtitleFont
    from archive_app.exchange.media.audio import UnreadableRecording
    from archive_app.exchange.transcript.export import TranscriptHeldBack

    match error:  # a target inside an archive is core's ExportTargetRefused, worded above
        case target.TargetExists():
            return tr(
                "{path} already exists; choose a new name, or add --force to replace it "
                "(nothing was replaced)"
            ).format(path=error.path)
        case NoSubtitleFont():
            return tr(
                "no font with Chinese characters was found for the films' words; install one "
                "(on Debian: apt-get install fonts-wqy-microhei) or name one with --font FILE"
            )
        case UnreadableRecording():
            return tr("cannot read the recording {name}: {detail}").format(
                name=error.path.name, detail=error.detail
            )
        case HostileBag():
            text = tr("the bag {path} was refused ({reason}); nothing in the archive was changed")
            reason = bag_reason(error.reason) + (f": {error.detail}" if error.detail else "")
            return text.format(path=error.path, reason=reason)
        case DamagedOriginal():
            return tr(
                "the original {path} no longer matches its checksum; run 'archive-app check' "
                "and restore it from a backup (nothing was exported)"
            ).format(path=error.path)
        case TranscriptHeldBack():
            rules = ", ".join(sorted({rule_name(r.rule) for r in error.reasons}))
            return tr(
                "the {audience} audience may not have this transcript's interview ({rules}); "
                "nothing was written"
            ).format(audience=audience_name(error.audience), rules=rules)
        case _:
            return str(error)


def _locked(error: errors.ArchiveLocked) -> str:
    who = error.program or tr("another program")
    pid = error.pid or "?"
    if error.holder_ended:
        holders = ", ".join(str(p) for p in error.pids_holding) or "?"
        return tr(
            "the archive {path} is locked by {program} (pid {pid}), which has ended, but process "
            "{holders} it started still holds it; end that process (or restart the computer), "
            "then try again"
        ).format(path=error.path, program=who, pid=pid, holders=holders)
    if error.holder_ended is None and error.host:
        return tr(
            "the archive {path} is open in {program} (pid {pid}) on the computer {host}; close "
            "it there first, or use a command that only reads"
        ).format(path=error.path, program=who, pid=pid, host=error.host)
    return tr(
        "the archive {path} is open in {program} (pid {pid}); close it there first, or use a "
        "command that only reads"
    ).format(path=error.path, program=who, pid=pid)


def _damaged(error: errors.CatalogueDamaged) -> str:
    what = {
        "missing": tr("is missing although the archive holds originals"),
        "empty": tr("is empty"),
        "not_a_database": tr("is not a database any more"),
    }.get(error.problem, tr("is damaged"))
    if error.detail and error.problem != "missing":
        what += f" ({error.detail})"
    if error.backups:
        advice = tr("restore a backup: archive-app --archive {archive} restore {backup}").format(
            archive=error.root, backup=error.backups[0]
        )
    else:
        advice = tr("restore it from a backup copy of the archive (archive-app restore BACKUP)")
    return tr(
        "the catalogue {path} {what}; nothing was changed and no new catalogue was made. To "
        "recover, {advice}"
    ).format(path=error.root / "archive.sqlite", what=what, advice=advice)


def _refused(error: errors.ExportTargetRefused) -> str:
    match error.reason:
        case "inside_archive":
            text = tr(
                "will not write {path}: it is inside an archive folder, where only the archive "
                "itself writes; choose a place outside it"
            )
        case "exists":
            text = tr("{path} exists already; add --force to replace it")
        case "is_folder":
            text = tr("{path} is a folder; give the name of a file to write")
        case "no_folder":
            text = tr("cannot make the folder for {path} ({detail}); choose another place")
        case _:
            text = tr("cannot write {path} ({detail})")
    return text.format(path=error.target, detail=error.detail or error.reason)


def explain_database_error(error: sqlite3.DatabaseError) -> str:
    """An SQLite failure that is not damage nor a full disk (a busy or unwritable catalogue)."""
    return tr("the catalogue could not be read or written ({detail}); nothing was changed").format(
        detail=error
    )


def explain_os_error(error: OSError) -> str:
    """A failure of the system to read or write a file, in plain words, without a traceback."""
    where = str(error.filename) if error.filename else ""
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return tr("the disk is full {path}; free some space and try again").format(path=where)
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return tr("not allowed to read or write {path} ({detail})").format(
            path=where, detail=error.strerror
        )
    return tr("could not read or write {path} ({detail})").format(
        path=where, detail=error.strerror or error
    )


def bag_reason(reason: str) -> str:
    """Why a bag was refused, from the code ``import-bag`` gives."""
    return {
        "not_found": tr("no such file or folder"),
        "not_a_bag": tr("it is not a BagIt bag"),
        "unsafe_path": tr("it names a file outside itself"),
        "link": tr("it holds a link"),
        "malformed_bag_info": tr("its bag-info.txt cannot be read"),
        "oxum_mismatch": tr("it declares other sizes than it holds"),
        "missing_payload": tr("files it lists are missing"),
        "unexpected_file": tr("it holds files its manifests do not list"),
        "checksum_mismatch": tr("a file does not match its checksum"),
        "invalid_bag": tr("it is not a valid bag"),
        "not_from_this_app": tr("it was not made by Hometown Voices"),
        "not_mergeable": tr(
            "only a curator's bag can be merged; this one holds stories for an audience"
        ),
        "unknown_schema": tr(
            "its metadata is of a newer version than this app knows; update the app"
        ),
        "malformed_metadata": tr("its metadata is damaged"),
    }.get(reason, reason)


def kind_name(kind: str) -> str:
    """A kind of record as a noun (``interview`` -> 访谈); an unknown kind as it is."""
    return {
        "interview": tr("interview"),
        "person": tr("person"),
        "family": tr("family"),
        "place": tr("place"),
        "migration": tr("time away"),
        "recording": tr("recording"),
        "photo": tr("photo"),
        "document": tr("document"),
        "transcript": tr("transcript"),
        "segment": tr("transcript passage"),
        "section": tr("chapter"),
        "tag": tr("tag"),
        "collection": tr("collection"),
        "consent": tr("consent"),
        "passage": tr("closed passage"),
    }.get(kind, kind)


def field_name(field: str) -> str:
    """A field core names in an error, as a noun (the code itself when it has no name here)."""
    return {
        "id": tr("ID"),
        "name": tr("name"),
        "title": tr("title"),
        "date": tr("date"),
        "birth_date": tr("birth date"),
        "gender": tr("gender"),
        "kind": tr("kind"),
        "format": tr("format"),
        "audience": tr("audience"),
        "role": tr("role"),
        "relationship": tr("relationship"),
        "embargo_until": tr("embargo date"),
        "on": tr("day"),
        "start_s": tr("start time"),
        "end_s": tr("end time"),
        "from": tr("start time"),
        "to": tr("end time"),
        "audiences": tr("audiences"),
        "reason": tr("reason"),
        "query": tr("query"),
    }.get(field, field)


def expected_value(expected: str) -> str:
    """What core says a value should be, in the command's language. Lists of codes stay as they
    are (they are what one types); core's descriptions that are known here are translated."""
    known = {
        "YYYY, YYYY-MM or YYYY-MM-DD": tr("YYYY, YYYY-MM or YYYY-MM-DD"),
        "a day as YYYY-MM-DD": tr("a day as YYYY-MM-DD"),
        "a time in seconds, 0 or more": tr("a time in seconds, 0 or more"),
        "a non-empty name": tr("a non-empty name"),
        "a non-empty title": tr("a non-empty title"),
        "a non-empty value": tr("a non-empty value"),
        "a list of strings": tr("a list of names"),
        "seconds, 0 or more": tr("a time in seconds, 0 or more"),
        "a time such as 00:03:20, 3:20 or 200": tr("a time such as 00:03:20, 3:20 or 200"),
        "why the passage is closed": tr("why the passage is closed"),
        "a time after the start": tr("a time after the start"),
        "a time before the recording's end": tr("a time before the recording's end"),
        "a day on or after the day the passage was closed": tr(
            "a day on or after the day the passage was closed"
        ),
        "family, research, public": tr("one or more of family, research, public"),
    }
    known[query.DEPTH_LIMIT] = tr("at most {count} nested brackets or NOTs").format(
        count=query.MAX_DEPTH
    )
    known[query.LENGTH_LIMIT] = tr("at most {count} characters").format(count=query.MAX_LENGTH)
    known[query.WORDS_LIMIT] = tr("at most {count} words").format(count=query.MAX_WORDS)
    known[", ".join(people.GENDERS)] = tr("female, male, other or unknown (or 女, 男, 其他, 未知)")
    known[identifiers.SHORTEST_WANTED] = tr(
        "an ID or at least its first {count} characters"
    ).format(count=identifiers.MIN_PREFIX)
    return known.get(expected, expected)


def audience_name(audience: str) -> str:
    """Who may see something, as a noun (the command takes the code)."""
    return {
        "curator": tr("curator", "audience"),
        "family": tr("family", "audience"),
        "research": tr("research", "audience"),
        "public": tr("public", "audience"),
    }.get(audience, audience)


def rule_name(rule: str) -> str:
    """Why the consent gate keeps something closed (core gives a rule code)."""
    return {
        "no_consent": tr("no consent recorded"),
        "not_yet_given": tr("consent not yet given on that day"),
        "not_covered": tr("no consent covers it"),
        "audience_not_granted": tr("not consented for this audience"),
        "withdrawn": tr("consent withdrawn"),
        "embargoed": tr("under embargo"),
        "renewal_due": tr("consent given as a child must be renewed"),
        "guardian_consent_missing": tr("a guardian's consent is missing"),
        "assent_missing": tr("the child's assent is missing"),
        "nobody_featured": tr("nobody is linked to it"),
        "passage_closed": tr("inside a closed passage"),
    }.get(rule, rule)


def _used_by(table: str) -> str:
    """What keeps a record from being removed, in words."""
    if table in ("consent", "consent_item"):
        return tr("consent records")
    if table == "closed_passage":
        return tr("closed passages")
    if table == "place":
        return tr("places under it")
    return table


def _not_restorable(reason: str) -> str:
    """Why a record cannot be put back, in words."""
    return {
        "present": tr("it is in the archive"),
        "purged": tr("the bin was emptied since it was removed"),
        "never-removed": tr("no removal of it is in the history"),
        "no-inverse": tr("the change has nothing to undo"),
    }.get(reason, reason)


def _integrity_sentences() -> dict[str, str]:
    """Each problem ``check`` finds, as a sentence ({item}, {detail} and {kind} filled in)."""
    return {
        "missing_file": tr("an original is missing: {item}"),
        "size_mismatch": tr(
            "an original has changed size: {item} (now != when stored, in bytes: {detail})"
        ),
        "checksum_mismatch": tr(
            "an original is not as it was stored (its checksum differs): {item}"
        ),
        "unreadable_file": tr("an original cannot be read: {item}"),
        "orphan_file": tr(
            "a file in media/ that no record names (left by an interrupted import): {item}"
        ),
        "record_without_file": tr(
            "a record of a {kind} whose original is not in the catalogue: {item}"
        ),
        "foreign_key": tr("a link in the catalogue points to nothing: {item} {detail}"),
        "catalogue_damaged": tr("the catalogue is damaged: {detail}"),
        "leftover_temporary": tr(
            "a temporary file left by an interrupted import (safe to delete): {item}"
        ),
    }


def _owner(owner: Mapping[str, str]) -> str:
    name = owner.get("name", "")
    return {
        "recording": tr("the recording of “{name}”"),
        "photo": tr("the photo “{name}”"),
        "document": tr("the document “{name}”"),
    }.get(owner.get("kind", ""), "{name}").format(name=name)


def integrity_finding(finding: Finding) -> str:
    """One of ``check``'s findings as a sentence, with the records an original belongs to."""
    sentence = _integrity_sentences().get(finding.problem)
    if sentence is None:
        said = f"{finding.problem} {finding.item} {finding.detail}".rstrip()
    else:
        said = sentence.format(
            item=finding.item, detail=finding.detail, kind=kind_name(finding.detail)
        )
    if finding.owners:
        said += tr(" ({owners})").format(
            owners=tr("; ").join(_owner(owner) for owner in finding.owners)
        )
    return said
