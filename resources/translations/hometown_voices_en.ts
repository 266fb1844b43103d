<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name></name>
    <message>
        <source>Hometown Voices (乡音): an oral-history archive. Without a command, opens the desktop app.</source>
        <extracomment>modules that add commands; each has ``register(subparsers)``</extracomment>
        <translation>Hometown Voices (乡音): an oral-history archive. Without a command, opens the desktop app.</translation>
    </message>
    <message>
        <source>show the version and exit</source>
        <translation>show the version and exit</translation>
    </message>
    <message>
        <source>the archive folder (default: your data folder)</source>
        <translation>the archive folder (default: your data folder)</translation>
    </message>
    <message>
        <source>print exactly one JSON document on stdout</source>
        <translation>print exactly one JSON document on stdout</translation>
    </message>
    <message>
        <source>show the desktop app&apos;s diagnostic messages (Qt, FFmpeg) on stderr</source>
        <translation>show the desktop app&apos;s diagnostic messages (Qt, FFmpeg) on stderr</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrupted</translation>
    </message>
    <message>
        <source>create a new, empty archive in --archive DIR</source>
        <translation>create a new, empty archive in --archive DIR</translation>
    </message>
    <message>
        <source>create the bundled sample archive in --archive DIR (which must not exist)</source>
        <translation>create the bundled sample archive in --archive DIR (which must not exist)</translation>
    </message>
    <message>
        <source>open the desktop app on it when it is built</source>
        <translation>open the desktop app on it when it is built</translation>
    </message>
    <message>
        <source>check the catalogue and that every original is present and unchanged</source>
        <translation>check the catalogue and that every original is present and unchanged</translation>
    </message>
    <message>
        <source>check sizes only, do not re-hash every file</source>
        <translation>check sizes only, do not re-hash every file</translation>
    </message>
    <message>
        <source>re-hash every file and record when each was found whole (needs the archive not to be open elsewhere)</source>
        <translation>re-hash every file and record when each was found whole (needs the archive not to be open elsewhere)</translation>
    </message>
    <message>
        <source>Created an archive at {path}</source>
        <translation>Created an archive at {path}</translation>
    </message>
    <message>
        <source>Built the sample archive at {path}:</source>
        <translation>Built the sample archive at {path}:</translation>
    </message>
    <message>
        <source>places</source>
        <translation>places</translation>
    </message>
    <message>
        <source>people</source>
        <translation>people</translation>
    </message>
    <message>
        <source>families</source>
        <translation>families</translation>
    </message>
    <message>
        <source>family members</source>
        <translation>family members</translation>
    </message>
    <message>
        <source>times away</source>
        <translation>times away</translation>
    </message>
    <message>
        <source>interviews</source>
        <translation>interviews</translation>
    </message>
    <message>
        <source>people linked to interviews</source>
        <translation>people linked to interviews</translation>
    </message>
    <message>
        <source>recordings</source>
        <translation>recordings</translation>
    </message>
    <message>
        <source>photos</source>
        <translation>photos</translation>
    </message>
    <message>
        <source>documents</source>
        <translation>documents</translation>
    </message>
    <message>
        <source>transcripts</source>
        <translation>transcripts</translation>
    </message>
    <message>
        <source>transcript passages</source>
        <translation>transcript passages</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>tags</translation>
    </message>
    <message>
        <source>collections</source>
        <translation>collections</translation>
    </message>
    <message>
        <source>consents</source>
        <translation>consents</translation>
    </message>
    <message>
        <source>chapters</source>
        <translation>chapters</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>PROBLEMS FOUND</source>
        <translation>PROBLEMS FOUND</translation>
    </message>
    <message>
        <source>{verdict}: {files} files, {megabytes} MB checked</source>
        <translation>{verdict}: {files} files, {megabytes} MB checked</translation>
    </message>
    <message>
        <source>problem: {finding}</source>
        <translation>problem: {finding}</translation>
    </message>
    <message>
        <source>note: {finding}</source>
        <translation>note: {finding}</translation>
    </message>
    <message>
        <source>Copy the missing or changed originals back from a backup copy of the archive (archive-app backup --to DIR makes one).</source>
        <translation>Copy the missing or changed originals back from a backup copy of the archive (archive-app backup --to DIR makes one).</translation>
    </message>
    <message>
        <source>{count} originals found in media/</source>
        <translation>{count} originals found in media/</translation>
    </message>
    <message>
        <source>what the catalogue still gives:</source>
        <translation>what the catalogue still gives:</translation>
    </message>
    <message>
        <source>To recover: archive-app --archive {archive} restore {backup}</source>
        <translation>To recover: archive-app --archive {archive} restore {backup}</translation>
    </message>
    <message>
        <source>To recover: restore a copy made with &apos;archive-app backup --to DIR&apos;</source>
        <translation>To recover: restore a copy made with &apos;archive-app backup --to DIR&apos;</translation>
    </message>
    <message>
        <source>record, withdraw and list consents; what is due</source>
        <translation>record, withdraw and list consents; what is due</translation>
    </message>
    <message>
        <source>record a person&apos;s consent</source>
        <translation>record a person&apos;s consent</translation>
    </message>
    <message>
        <source>whose consent it is</source>
        <translation>whose consent it is</translation>
    </message>
    <message>
        <source>the day it was given, YYYY-MM-DD</source>
        <translation>the day it was given, YYYY-MM-DD</translation>
    </message>
    <message>
        <source>who may see the material, comma-separated: family,research,public (or &apos;none&apos;: kept in the archive for curators only)</source>
        <translation>who may see the material, comma-separated: family,research,public (or &apos;none&apos;: kept in the archive for curators only)</translation>
    </message>
    <message>
        <source>given by the person themself or by a guardian (default: guardian when one is named, else self)</source>
        <translation>given by the person themself or by a guardian (default: guardian when one is named, else self)</translation>
    </message>
    <message>
        <source>the guardian, a catalogued person</source>
        <translation>the guardian, a catalogued person</translation>
    </message>
    <message>
        <source>the guardian, by name</source>
        <translation>the guardian, by name</translation>
    </message>
    <message>
        <source>of the guardian to the person, e.g. grandmother</source>
        <translation>of the guardian to the person, e.g. grandmother</translation>
    </message>
    <message>
        <source>whether the child agreed too (for a guardian&apos;s consent)</source>
        <translation>whether the child agreed too (for a guardian&apos;s consent)</translation>
    </message>
    <message>
        <source>only these interviews and photos (default: all the person&apos;s material)</source>
        <translation>only these interviews and photos (default: all the person&apos;s material)</translation>
    </message>
    <message>
        <source>before this day only curators see it</source>
        <translation>before this day only curators see it</translation>
    </message>
    <message>
        <source>show this name instead of the real one</source>
        <translation>show this name instead of the real one</translation>
    </message>
    <message>
        <source>their face must not be shown</source>
        <translation>their face must not be shown</translation>
    </message>
    <message>
        <source>the signed form, a catalogued document</source>
        <translation>the signed form, a catalogued document</translation>
    </message>
    <message>
        <source>the recording holding a spoken consent</source>
        <translation>the recording holding a spoken consent</translation>
    </message>
    <message>
        <source>where the spoken consent starts in that recording</source>
        <translation>where the spoken consent starts in that recording</translation>
    </message>
    <message>
        <source>where the spoken consent ends in that recording</source>
        <translation>where the spoken consent ends in that recording</translation>
    </message>
    <message>
        <source>anything else worth keeping about it</source>
        <translation>anything else worth keeping about it</translation>
    </message>
    <message>
        <source>withdraw a consent from a day on</source>
        <translation>withdraw a consent from a day on</translation>
    </message>
    <message>
        <source>the consent, as consent list shows it</source>
        <translation>the consent, as consent list shows it</translation>
    </message>
    <message>
        <source>from this day on, YYYY-MM-DD</source>
        <translation>from this day on, YYYY-MM-DD</translation>
    </message>
    <message>
        <source>why, in the person&apos;s words</source>
        <translation>why, in the person&apos;s words</translation>
    </message>
    <message>
        <source>list consent records</source>
        <translation>list consent records</translation>
    </message>
    <message>
        <source>only this person&apos;s</source>
        <translation>only this person&apos;s</translation>
    </message>
    <message>
        <source>renewals due, forms missing, birth dates unknown</source>
        <translation>renewals due, forms missing, birth dates unknown</translation>
    </message>
    <message>
        <source>as on this day (default: today)</source>
        <translation>as on this day (default: today)</translation>
    </message>
    <message>
        <source>whether an audience may see an interview or photo</source>
        <translation>whether an audience may see an interview or photo</translation>
    </message>
    <message>
        <source>an interview or photo</source>
        <translation>an interview or photo</translation>
    </message>
    <message>
        <source>default: every audience</source>
        <translation>default: every audience</translation>
    </message>
    <message>
        <source>on this day (default: today)</source>
        <translation>on this day (default: today)</translation>
    </message>
    <message>
        <source>the audit log, oldest first</source>
        <translation>the audit log, oldest first</translation>
    </message>
    <message>
        <source>only entries about this record</source>
        <translation>only entries about this record</translation>
    </message>
    <message>
        <source>consent {id} withdrawn from {date}</source>
        <translation>consent {id} withdrawn from {date}</translation>
    </message>
    <message>
        <source>none</source>
        <comment>audience</comment>
        <translation>none</translation>
    </message>
    <message>
        <source>by {guardian} ({relationship})</source>
        <translation>by {guardian} ({relationship})</translation>
    </message>
    <message>
        <source>guardian</source>
        <translation>guardian</translation>
    </message>
    <message>
        <source>covers {count}</source>
        <translation>covers {count}</translation>
    </message>
    <message>
        <source>embargo until {date}</source>
        <translation>embargo until {date}</translation>
    </message>
    <message>
        <source>WITHDRAWN {date}</source>
        <translation>WITHDRAWN {date}</translation>
    </message>
    <message>
        <source>no consents</source>
        <translation>no consents</translation>
    </message>
    <message>
        <source>renewals due ({count}):</source>
        <translation>renewals due ({count}):</translation>
    </message>
    <message>
        <source>18 on {date}</source>
        <translation>18 on {date}</translation>
    </message>
    <message>
        <source>forms missing ({count}):</source>
        <translation>forms missing ({count}):</translation>
    </message>
    <message>
        <source>consent {id} of {date}</source>
        <translation>consent {id} of {date}</translation>
    </message>
    <message>
        <source>birth dates unknown ({count}):</source>
        <translation>birth dates unknown ({count}):</translation>
    </message>
    <message>
        <source>curator</source>
        <comment>audience</comment>
        <translation>curator</translation>
    </message>
    <message>
        <source>family</source>
        <comment>audience</comment>
        <translation>family</translation>
    </message>
    <message>
        <source>research</source>
        <comment>audience</comment>
        <translation>research</translation>
    </message>
    <message>
        <source>public</source>
        <comment>audience</comment>
        <translation>public</translation>
    </message>
    <message>
        <source>no consent recorded</source>
        <translation>no consent recorded</translation>
    </message>
    <message>
        <source>consent not yet given on that day</source>
        <translation>consent not yet given on that day</translation>
    </message>
    <message>
        <source>no consent covers it</source>
        <translation>no consent covers it</translation>
    </message>
    <message>
        <source>not consented for this audience</source>
        <translation>not consented for this audience</translation>
    </message>
    <message>
        <source>consent withdrawn</source>
        <translation>consent withdrawn</translation>
    </message>
    <message>
        <source>under embargo</source>
        <translation>under embargo</translation>
    </message>
    <message>
        <source>consent given as a child must be renewed</source>
        <translation>consent given as a child must be renewed</translation>
    </message>
    <message>
        <source>a guardian&apos;s consent is missing</source>
        <translation>a guardian&apos;s consent is missing</translation>
    </message>
    <message>
        <source>the child&apos;s assent is missing</source>
        <translation>the child&apos;s assent is missing</translation>
    </message>
    <message>
        <source>nobody is linked to it</source>
        <translation>nobody is linked to it</translation>
    </message>
    <message>
        <source>{audience}: open</source>
        <translation>{audience}: open</translation>
    </message>
    <message>
        <source>{audience}: closed ({reasons})</source>
        <translation>{audience}: closed ({reasons})</translation>
    </message>
    <message>
        <source>the audit log is empty</source>
        <translation>the audit log is empty</translation>
    </message>
    <message>
        <source>there is no screen to open the app on (neither DISPLAY nor WAYLAND_DISPLAY is set); use it on a computer with a screen, on a virtual one (xvfb-run -a archive-app), or use its commands (archive-app --help)</source>
        <translation>there is no screen to open the app on (neither DISPLAY nor WAYLAND_DISPLAY is set); use it on a computer with a screen, on a virtual one (xvfb-run -a archive-app), or use its commands (archive-app --help)</translation>
    </message>
    <message>
        <source>import recordings, photos, documents and transcripts (files or folders)</source>
        <translation>import recordings, photos, documents and transcripts (files or folders)</translation>
    </message>
    <message>
        <source>files and folders to import</source>
        <translation>files and folders to import</translation>
    </message>
    <message>
        <source>attach every file to this interview</source>
        <translation>attach every file to this interview</translation>
    </message>
    <message>
        <source>worker processes (default: CPUs)</source>
        <translation>worker processes (default: CPUs)</translation>
    </message>
    <message>
        <source>note: search will find the new files later ({reason})</source>
        <translation>note: search will find the new files later ({reason})</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>warning</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>imported</translation>
    </message>
    <message>
        <source>already there</source>
        <translation>already there</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejected</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>left out</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>the file is empty</translation>
    </message>
    <message>
        <source>not a recording, photo, document or transcript this archive takes</source>
        <translation>not a recording, photo, document or transcript this archive takes</translation>
    </message>
    <message>
        <source>the file cannot be read</source>
        <translation>the file cannot be read</translation>
    </message>
    <message>
        <source>the file disappeared during the import</source>
        <translation>the file disappeared during the import</translation>
    </message>
    <message>
        <source>the recording is damaged or truncated</source>
        <translation>the recording is damaged or truncated</translation>
    </message>
    <message>
        <source>the image is damaged, truncated or not really an image</source>
        <translation>the image is damaged, truncated or not really an image</translation>
    </message>
    <message>
        <source>the transcript has no text</source>
        <translation>the transcript has no text</translation>
    </message>
    <message>
        <source>the transcript&apos;s text encoding could not be recognised</source>
        <translation>the transcript&apos;s text encoding could not be recognised</translation>
    </message>
    <message>
        <source>the transcript could not be read</source>
        <translation>the transcript could not be read</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>no such file or folder</translation>
    </message>
    <message>
        <source>the file&apos;s name is not valid text (not UTF-8); rename it and import it again</source>
        <translation>the file&apos;s name is not valid text (not UTF-8); rename it and import it again</translation>
    </message>
    <message>
        <source>not an ordinary file (a pipe, a socket or a device)</source>
        <translation>not an ordinary file (a pipe, a socket or a device)</translation>
    </message>
    <message>
        <source>a broken link: the file it points to does not exist</source>
        <translation>a broken link: the file it points to does not exist</translation>
    </message>
    <message>
        <source>the image has too many pixels to be opened safely</source>
        <translation>the image has too many pixels to be opened safely</translation>
    </message>
    <message>
        <source>a hidden file or folder, left out (name it directly to import it)</source>
        <translation>a hidden file or folder, left out (name it directly to import it)</translation>
    </message>
    <message>
        <source>a link to a folder, not followed (import the folder itself)</source>
        <translation>a link to a folder, not followed (import the folder itself)</translation>
    </message>
    <message>
        <source>the WebVTT file has no WEBVTT line and no timed text to read instead</source>
        <translation>the WebVTT file has no WEBVTT line and no timed text to read instead</translation>
    </message>
    <message>
        <source>the file could not be imported</source>
        <translation>the file could not be imported</translation>
    </message>
    <message>
        <source>{rejected} of {total} files not imported: {reasons}</source>
        <translation>{rejected} of {total} files not imported: {reasons}</translation>
    </message>
    <message>
        <source>SRT subtitles</source>
        <translation>SRT subtitles</translation>
    </message>
    <message>
        <source>WebVTT subtitles</source>
        <translation>WebVTT subtitles</translation>
    </message>
    <message>
        <source>timecoded text</source>
        <translation>timecoded text</translation>
    </message>
    <message>
        <source>plain text</source>
        <translation>plain text</translation>
    </message>
    <message>
        <source>Whisper JSON</source>
        <translation>Whisper JSON</translation>
    </message>
    <message>
        <source>stray control characters (NUL and the like) replaced with U+FFFD or removed: {count}</source>
        <translation>stray control characters (NUL and the like) replaced with U+FFFD or removed: {count}</translation>
    </message>
    <message>
        <source>vertical tabs or form feeds from a word processor read as line breaks: {count}</source>
        <translation>vertical tabs or form feeds from a word processor read as line breaks: {count}</translation>
    </message>
    <message>
        <source>no WEBVTT header line; read as {format}</source>
        <translation>no WEBVTT header line; read as {format}</translation>
    </message>
    <message>
        <source>not SubRip subtitles; read as {format}</source>
        <translation>not SubRip subtitles; read as {format}</translation>
    </message>
    <message>
        <source>lines outside any subtitle cue, left out: {count}</source>
        <translation>lines outside any subtitle cue, left out: {count}</translation>
    </message>
    <message>
        <source>times that are not valid, their segments untimed: {count} ({detail})</source>
        <translation>times that are not valid, their segments untimed: {count} ({detail})</translation>
    </message>
    <message>
        <source>segments that end before they start, their times left out: {count}</source>
        <translation>segments that end before they start, their times left out: {count}</translation>
    </message>
    <message>
        <source>{file}, line {line}</source>
        <translation>{file}, line {line}</translation>
    </message>
    <message>
        <source>add interviews</source>
        <translation>add interviews</translation>
    </message>
    <message>
        <source>add an interview</source>
        <translation>add an interview</translation>
    </message>
    <message>
        <source>the interview&apos;s title</source>
        <translation>the interview&apos;s title</translation>
    </message>
    <message>
        <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>YYYY, YYYY-MM or YYYY-MM-DD</translation>
    </message>
    <message>
        <source>place name (found, or added when new)</source>
        <translation>place name (found, or added when new)</translation>
    </message>
    <message>
        <source>a few sentences on what it is about</source>
        <translation>a few sentences on what it is about</translation>
    </message>
    <message>
        <source>language or dialect</source>
        <translation>language or dialect</translation>
    </message>
    <message>
        <source>a keyword (repeatable)</source>
        <translation>a keyword (repeatable)</translation>
    </message>
    <message>
        <source>add people</source>
        <translation>add people</translation>
    </message>
    <message>
        <source>add a person</source>
        <translation>add a person</translation>
    </message>
    <message>
        <source>name in characters</source>
        <translation>name in characters</translation>
    </message>
    <message>
        <source>name in pinyin or Latin letters</source>
        <translation>name in pinyin or Latin letters</translation>
    </message>
    <message>
        <source>another name: a nickname, a dialect name (repeatable)</source>
        <translation>another name: a nickname, a dialect name (repeatable)</translation>
    </message>
    <message>
        <source>YYYY or YYYY-MM-DD</source>
        <translation>YYYY or YYYY-MM-DD</translation>
    </message>
    <message>
        <source>female, male, other or unknown (or 女, 男, 其他, 未知)</source>
        <translation>female, male, other or unknown (or 女, 男, 其他, 未知)</translation>
    </message>
    <message>
        <source>link a person to an interview</source>
        <translation>link a person to an interview</translation>
    </message>
    <message>
        <source>the interview</source>
        <translation>the interview</translation>
    </message>
    <message>
        <source>the person</source>
        <translation>the person</translation>
    </message>
    <message>
        <source>the person&apos;s part in the interview</source>
        <translation>the person&apos;s part in the interview</translation>
    </message>
    <message>
        <source>list records of one kind</source>
        <translation>list records of one kind</translation>
    </message>
    <message>
        <source>which kind</source>
        <translation>which kind</translation>
    </message>
    <message>
        <source>show one record with everything about it</source>
        <translation>show one record with everything about it</translation>
    </message>
    <message>
        <source>the record&apos;s ID, or its first characters</source>
        <translation>the record&apos;s ID, or its first characters</translation>
    </message>
    <message>
        <source>warning: {name} (born {year}) may already be in the archive: {ids}; added all the same</source>
        <translation>warning: {name} (born {year}) may already be in the archive: {ids}; added all the same</translation>
    </message>
    <message>
        <source>year unknown</source>
        <translation>year unknown</translation>
    </message>
    <message>
        <source>linked as {role}</source>
        <translation>linked as {role}</translation>
    </message>
    <message>
        <source>nothing of this kind yet</source>
        <translation>nothing of this kind yet</translation>
    </message>
    <message>
        <source>full-text search (Chinese, traditional or simplified, pinyin, English)</source>
        <extracomment>filters given as options, as the query&apos;s ``name:value`` would give them</extracomment>
        <translation>full-text search (Chinese, traditional or simplified, pinyin, English)</translation>
    </message>
    <message>
        <source>hits to show (20)</source>
        <translation>hits to show (20)</translation>
    </message>
    <message>
        <source>only this kind of result (repeatable); &apos;transcript&apos; means transcript passages, &apos;section&apos; the chapters of an interview</source>
        <translation>only this kind of result (repeatable); &apos;transcript&apos; means transcript passages, &apos;section&apos; the chapters of an interview</translation>
    </message>
    <message>
        <source>search as this audience sees the archive (consent applies); default curator</source>
        <translation>search as this audience sees the archive (consent applies); default curator</translation>
    </message>
    <message>
        <source>rebuild the full-text index from the catalogue</source>
        <translation>rebuild the full-text index from the catalogue</translation>
    </message>
    <message>
        <source>indexed {count} documents</source>
        <translation>indexed {count} documents</translation>
    </message>
    <message>
        <source>{count} found</source>
        <translation>{count} found</translation>
    </message>
    <message>
        <source>(index rebuilding: plain search)</source>
        <translation>(index rebuilding: plain search)</translation>
    </message>
    <message>
        <source>at {time}</source>
        <translation>at {time}</translation>
    </message>
    <message>
        <source>work with transcripts</source>
        <extracomment>the formats, as ``exchange.transcript.WRITERS`` names them (kept here for a light start)</extracomment>
        <translation>work with transcripts</translation>
    </message>
    <message>
        <source>write a transcript as WebVTT, SRT or text</source>
        <translation>write a transcript as WebVTT, SRT or text</translation>
    </message>
    <message>
        <source>the transcript&apos;s ID, or its first characters</source>
        <translation>the transcript&apos;s ID, or its first characters</translation>
    </message>
    <message>
        <source>file format (default: from the --out file&apos;s extension)</source>
        <translation>file format (default: from the --out file&apos;s extension)</translation>
    </message>
    <message>
        <source>the file to write</source>
        <translation>the file to write</translation>
    </message>
    <message>
        <source>replace the file if it exists</source>
        <translation>replace the file if it exists</translation>
    </message>
    <message>
        <source>who the file is for (consent applies; default: curator)</source>
        <translation>who the file is for (consent applies; default: curator)</translation>
    </message>
    <message>
        <source>wrote {count} passages to {file}</source>
        <translation>wrote {count} passages to {file}</translation>
    </message>
    <message>
        <source>{path} should be a folder but is not; nothing was changed. Move it out of the archive folder and try again</source>
        <translation>{path} should be a folder but is not; nothing was changed. Move it out of the archive folder and try again</translation>
    </message>
    <message>
        <source>{path} should be a file but is not; nothing was changed. Move it out of the archive folder and try again</source>
        <translation>{path} should be a file but is not; nothing was changed. Move it out of the archive folder and try again</translation>
    </message>
    <message>
        <source>the archive&apos;s disk is full ({path}); nothing half-written was kept. Free some space on that disk and run the command again: what is in stays in</source>
        <translation>the archive&apos;s disk is full ({path}); nothing half-written was kept. Free some space on that disk and run the command again: what is in stays in</translation>
    </message>
    <message>
        <source>the archive&apos;s disk refused to save ({detail}); nothing half-written was kept</source>
        <translation>the archive&apos;s disk refused to save ({detail}); nothing half-written was kept</translation>
    </message>
    <message>
        <source>{path} is not a backup that can be restored ({problem}); nothing was changed</source>
        <translation>{path} is not a backup that can be restored ({problem}); nothing was changed</translation>
    </message>
    <message>
        <source>{path} is not an archive (create one with &apos;archive-app --archive DIR init&apos;)</source>
        <translation>{path} is not an archive (create one with &apos;archive-app --archive DIR init&apos;)</translation>
    </message>
    <message>
        <source>there is already an archive at {path}</source>
        <translation>there is already an archive at {path}</translation>
    </message>
    <message>
        <source>this archive was written by a newer version of the app (catalogue version {found}, this app knows up to {known}); please update the app</source>
        <translation>this archive was written by a newer version of the app (catalogue version {found}, this app knows up to {known}); please update the app</translation>
    </message>
    <message>
        <source>no {kind} has the ID {id}</source>
        <translation>no {kind} has the ID {id}</translation>
    </message>
    <message>
        <source>no record has the ID {id}</source>
        <translation>no record has the ID {id}</translation>
    </message>
    <message>
        <source>the ID {prefix} is ambiguous: it starts several IDs ({candidates}); type more of it</source>
        <translation>the ID {prefix} is ambiguous: it starts several IDs ({candidates}); type more of it</translation>
    </message>
    <message>
        <source>{id} is a {kind} record; wanted here: {wanted}</source>
        <translation>{id} is a {kind} record; wanted here: {wanted}</translation>
    </message>
    <message>
        <source> or </source>
        <translation> or </translation>
    </message>
    <message>
        <source>this transcript has no times; export it as plain text (--format txt)</source>
        <translation>this transcript has no times; export it as plain text (--format txt)</translation>
    </message>
    <message>
        <source>{field} {value} is not valid: expected {expected}</source>
        <translation>{field} {value} is not valid: expected {expected}</translation>
    </message>
    <message>
        <source>cancelled; nothing was written</source>
        <translation>cancelled; nothing was written</translation>
    </message>
    <message>
        <source>the archive is open read-only; nothing was changed</source>
        <translation>the archive is open read-only; nothing was changed</translation>
    </message>
    <message>
        <source>consent {id} was already withdrawn on {date}</source>
        <translation>consent {id} was already withdrawn on {date}</translation>
    </message>
    <message>
        <source>no font with Chinese characters was found for the films&apos; words; install one (on Debian: apt-get install fonts-wqy-microhei) or name one with --font FILE</source>
        <translation>no font with Chinese characters was found for the films&apos; words; install one (on Debian: apt-get install fonts-wqy-microhei) or name one with --font FILE</translation>
    </message>
    <message>
        <source>cannot read the recording {name}: {detail}</source>
        <translation>cannot read the recording {name}: {detail}</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>another program</translation>
    </message>
    <message>
        <source>the archive {path} is locked by {program} (pid {pid}), which has ended, but process {holders} it started still holds it; end that process (or restart the computer), then try again</source>
        <translation>the archive {path} is locked by {program} (pid {pid}), which has ended, but process {holders} it started still holds it; end that process (or restart the computer), then try again</translation>
    </message>
    <message>
        <source>the archive {path} is open in {program} (pid {pid}) on the computer {host}; close it there first, or use a command that only reads</source>
        <translation>the archive {path} is open in {program} (pid {pid}) on the computer {host}; close it there first, or use a command that only reads</translation>
    </message>
    <message>
        <source>the archive {path} is open in {program} (pid {pid}); close it there first, or use a command that only reads</source>
        <translation>the archive {path} is open in {program} (pid {pid}); close it there first, or use a command that only reads</translation>
    </message>
    <message>
        <source>is missing although the archive holds originals</source>
        <translation>is missing although the archive holds originals</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>is empty</translation>
    </message>
    <message>
        <source>is not a database any more</source>
        <translation>is not a database any more</translation>
    </message>
    <message>
        <source>is damaged</source>
        <translation>is damaged</translation>
    </message>
    <message>
        <source>restore a backup: archive-app --archive {archive} restore {backup}</source>
        <translation>restore a backup: archive-app --archive {archive} restore {backup}</translation>
    </message>
    <message>
        <source>restore it from a backup copy of the archive (archive-app restore BACKUP)</source>
        <translation>restore it from a backup copy of the archive (archive-app restore BACKUP)</translation>
    </message>
    <message>
        <source>the catalogue {path} {what}; nothing was changed and no new catalogue was made. To recover, {advice}</source>
        <translation>the catalogue {path} {what}; nothing was changed and no new catalogue was made. To recover, {advice}</translation>
    </message>
    <message>
        <source>will not write {path}: it is inside an archive folder, where only the archive itself writes; choose a place outside it</source>
        <translation>will not write {path}: it is inside an archive folder, where only the archive itself writes; choose a place outside it</translation>
    </message>
    <message>
        <source>{path} exists already; add --force to replace it</source>
        <translation>{path} exists already; add --force to replace it</translation>
    </message>
    <message>
        <source>{path} is a folder; give the name of a file to write</source>
        <translation>{path} is a folder; give the name of a file to write</translation>
    </message>
    <message>
        <source>cannot make the folder for {path} ({detail}); choose another place</source>
        <translation>cannot make the folder for {path} ({detail}); choose another place</translation>
    </message>
    <message>
        <source>cannot write {path} ({detail})</source>
        <translation>cannot write {path} ({detail})</translation>
    </message>
    <message>
        <source>the catalogue could not be read or written ({detail}); nothing was changed</source>
        <translation>the catalogue could not be read or written ({detail}); nothing was changed</translation>
    </message>
    <message>
        <source>the disk is full {path}; free some space and try again</source>
        <translation>the disk is full {path}; free some space and try again</translation>
    </message>
    <message>
        <source>not allowed to read or write {path} ({detail})</source>
        <translation>not allowed to read or write {path} ({detail})</translation>
    </message>
    <message>
        <source>could not read or write {path} ({detail})</source>
        <translation>could not read or write {path} ({detail})</translation>
    </message>
    <message>
        <source>the bag {path} was refused ({reason}); nothing in the archive was changed</source>
        <translation>the bag {path} was refused ({reason}); nothing in the archive was changed</translation>
    </message>
    <message>
        <source>the archive could not be upgraded: migration {version} ({name}) would have left records without the records they refer to ({dangling}); it was undone and the archive is as it was; please report this</source>
        <translation>the archive could not be upgraded: migration {version} ({name}) would have left records without the records they refer to ({dangling}); it was undone and the archive is as it was; please report this</translation>
    </message>
    <message>
        <source>{path} already exists; choose a new name, or add --force to replace it (nothing was replaced)</source>
        <translation>{path} already exists; choose a new name, or add --force to replace it (nothing was replaced)</translation>
    </message>
    <message>
        <source>the original {path} no longer matches its checksum; run &apos;archive-app check&apos; and restore it from a backup (nothing was exported)</source>
        <translation>the original {path} no longer matches its checksum; run &apos;archive-app check&apos; and restore it from a backup (nothing was exported)</translation>
    </message>
    <message>
        <source>the {audience} audience may not have this transcript&apos;s interview ({rules}); nothing was written</source>
        <translation>the {audience} audience may not have this transcript&apos;s interview ({rules}); nothing was written</translation>
    </message>
    <message>
        <source>it is not a BagIt bag</source>
        <translation>it is not a BagIt bag</translation>
    </message>
    <message>
        <source>it names a file outside itself</source>
        <translation>it names a file outside itself</translation>
    </message>
    <message>
        <source>it holds a link</source>
        <translation>it holds a link</translation>
    </message>
    <message>
        <source>its bag-info.txt cannot be read</source>
        <translation>its bag-info.txt cannot be read</translation>
    </message>
    <message>
        <source>it declares other sizes than it holds</source>
        <translation>it declares other sizes than it holds</translation>
    </message>
    <message>
        <source>files it lists are missing</source>
        <translation>files it lists are missing</translation>
    </message>
    <message>
        <source>it holds files its manifests do not list</source>
        <translation>it holds files its manifests do not list</translation>
    </message>
    <message>
        <source>a file does not match its checksum</source>
        <translation>a file does not match its checksum</translation>
    </message>
    <message>
        <source>it is not a valid bag</source>
        <translation>it is not a valid bag</translation>
    </message>
    <message>
        <source>it was not made by Hometown Voices</source>
        <translation>it was not made by Hometown Voices</translation>
    </message>
    <message>
        <source>only a curator&apos;s bag can be merged; this one holds stories for an audience</source>
        <translation>only a curator&apos;s bag can be merged; this one holds stories for an audience</translation>
    </message>
    <message>
        <source>its metadata is of a newer version than this app knows; update the app</source>
        <translation>its metadata is of a newer version than this app knows; update the app</translation>
    </message>
    <message>
        <source>its metadata is damaged</source>
        <translation>its metadata is damaged</translation>
    </message>
    <message>
        <source>interview</source>
        <translation>interview</translation>
    </message>
    <message>
        <source>person</source>
        <translation>person</translation>
    </message>
    <message>
        <source>family</source>
        <translation>family</translation>
    </message>
    <message>
        <source>place</source>
        <translation>place</translation>
    </message>
    <message>
        <source>time away</source>
        <translation>time away</translation>
    </message>
    <message>
        <source>recording</source>
        <translation>recording</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>photo</translation>
    </message>
    <message>
        <source>document</source>
        <translation>document</translation>
    </message>
    <message>
        <source>transcript</source>
        <translation>transcript</translation>
    </message>
    <message>
        <source>transcript passage</source>
        <translation>transcript passage</translation>
    </message>
    <message>
        <source>chapter</source>
        <translation>chapter</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>tag</translation>
    </message>
    <message>
        <source>collection</source>
        <translation>collection</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>consent</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>title</source>
        <translation>title</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>birth date</source>
        <translation>birth date</translation>
    </message>
    <message>
        <source>gender</source>
        <translation>gender</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>kind</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>audience</source>
        <translation>audience</translation>
    </message>
    <message>
        <source>role</source>
        <translation>role</translation>
    </message>
    <message>
        <source>relationship</source>
        <translation>relationship</translation>
    </message>
    <message>
        <source>embargo date</source>
        <translation>embargo date</translation>
    </message>
    <message>
        <source>day</source>
        <translation>day</translation>
    </message>
    <message>
        <source>start time</source>
        <translation>start time</translation>
    </message>
    <message>
        <source>end time</source>
        <translation>end time</translation>
    </message>
    <message>
        <source>a day as YYYY-MM-DD</source>
        <translation>a day as YYYY-MM-DD</translation>
    </message>
    <message>
        <source>a time in seconds, 0 or more</source>
        <translation>a time in seconds, 0 or more</translation>
    </message>
    <message>
        <source>a non-empty name</source>
        <translation>a non-empty name</translation>
    </message>
    <message>
        <source>a non-empty title</source>
        <translation>a non-empty title</translation>
    </message>
    <message>
        <source>a non-empty value</source>
        <translation>a non-empty value</translation>
    </message>
    <message>
        <source>a list of names</source>
        <translation>a list of names</translation>
    </message>
    <message>
        <source>an ID or at least its first {count} characters</source>
        <translation>an ID or at least its first {count} characters</translation>
    </message>
    <message>
        <source>an original is missing: {item}</source>
        <translation>an original is missing: {item}</translation>
    </message>
    <message>
        <source>an original has changed size: {item} (now != when stored, in bytes: {detail})</source>
        <translation>an original has changed size: {item} (now != when stored, in bytes: {detail})</translation>
    </message>
    <message>
        <source>an original is not as it was stored (its checksum differs): {item}</source>
        <translation>an original is not as it was stored (its checksum differs): {item}</translation>
    </message>
    <message>
        <source>an original cannot be read: {item}</source>
        <translation>an original cannot be read: {item}</translation>
    </message>
    <message>
        <source>a file in media/ that no record names (left by an interrupted import): {item}</source>
        <translation>a file in media/ that no record names (left by an interrupted import): {item}</translation>
    </message>
    <message>
        <source>a record of a {kind} whose original is not in the catalogue: {item}</source>
        <translation>a record of a {kind} whose original is not in the catalogue: {item}</translation>
    </message>
    <message>
        <source>a link in the catalogue points to nothing: {item} {detail}</source>
        <translation>a link in the catalogue points to nothing: {item} {detail}</translation>
    </message>
    <message>
        <source>the catalogue is damaged: {detail}</source>
        <translation>the catalogue is damaged: {detail}</translation>
    </message>
    <message>
        <source>a temporary file left by an interrupted import (safe to delete): {item}</source>
        <translation>a temporary file left by an interrupted import (safe to delete): {item}</translation>
    </message>
    <message>
        <source>the recording of “{name}”</source>
        <translation>the recording of “{name}”</translation>
    </message>
    <message>
        <source>the photo “{name}”</source>
        <translation>the photo “{name}”</translation>
    </message>
    <message>
        <source>the document “{name}”</source>
        <translation>the document “{name}”</translation>
    </message>
    <message>
        <source> ({owners})</source>
        <translation> ({owners})</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>who the export is for (consent applies)</source>
        <translation>who the export is for (consent applies)</translation>
    </message>
    <message>
        <source>the stories a family tells</source>
        <translation>the stories a family tells</translation>
    </message>
    <message>
        <source>a collection&apos;s stories</source>
        <translation>a collection&apos;s stories</translation>
    </message>
    <message>
        <source>one interview (repeatable)</source>
        <translation>one interview (repeatable)</translation>
    </message>
    <message>
        <source>replace OUT if it exists (the old one stays whole until the new one is complete)</source>
        <translation>replace OUT if it exists (the old one stays whole until the new one is complete)</translation>
    </message>
    <message>
        <source>every interview and collection (for curator: the whole archive)</source>
        <translation>every interview and collection (for curator: the whole archive)</translation>
    </message>
    <message>
        <source>export stories as an offline site or as films</source>
        <translation>export stories as an offline site or as films</translation>
    </message>
    <message>
        <source>an offline story site: a folder (or .zip) that opens in any browser</source>
        <translation>an offline story site: a folder (or .zip) that opens in any browser</translation>
    </message>
    <message>
        <source>the folder (or .zip file) to create</source>
        <translation>the folder (or .zip file) to create</translation>
    </message>
    <message>
        <source>write one .zip file instead of a folder</source>
        <translation>write one .zip file instead of a folder</translation>
    </message>
    <message>
        <source>one MP4 film per story, words burned in</source>
        <translation>one MP4 film per story, words burned in</translation>
    </message>
    <message>
        <source>the folder to create</source>
        <translation>the folder to create</translation>
    </message>
    <message>
        <source>the transcript tier to show (default: the first)</source>
        <translation>the transcript tier to show (default: the first)</translation>
    </message>
    <message>
        <source>a second tier&apos;s line under it (e.g. English)</source>
        <translation>a second tier&apos;s line under it (e.g. English)</translation>
    </message>
    <message>
        <source>a font with Chinese characters to use</source>
        <translation>a font with Chinese characters to use</translation>
    </message>
    <message>
        <source>a BagIt bag: originals, transcripts, metadata, OHMS XML, Dublin Core CSV</source>
        <translation>a BagIt bag: originals, transcripts, metadata, OHMS XML, Dublin Core CSV</translation>
    </message>
    <message>
        <source>Source-Organization in bag-info.txt</source>
        <translation>Source-Organization in bag-info.txt</translation>
    </message>
    <message>
        <source>one OHMS XML file per interview</source>
        <translation>one OHMS XML file per interview</translation>
    </message>
    <message>
        <source>the repository named in each file</source>
        <translation>the repository named in each file</translation>
    </message>
    <message>
        <source>a Dublin Core CSV (UTF-8, for spreadsheets and Omeka S&apos;s CSV Import)</source>
        <translation>a Dublin Core CSV (UTF-8, for spreadsheets and Omeka S&apos;s CSV Import)</translation>
    </message>
    <message>
        <source>the .csv file to create</source>
        <translation>the .csv file to create</translation>
    </message>
    <message>
        <source>included: {count} items</source>
        <translation>included: {count} items</translation>
    </message>
    <message>
        <source>held back {id}: {reasons}</source>
        <translation>held back {id}: {reasons}</translation>
    </message>
    <message>
        <source>wrote the story site to {target}: {files} files, {bytes} bytes</source>
        <translation>wrote the story site to {target}: {files} files, {bytes} bytes</translation>
    </message>
    <message>
        <source>wrote story films to {target}: {files} files, {bytes} bytes</source>
        <translation>wrote story films to {target}: {files} files, {bytes} bytes</translation>
    </message>
    <message>
        <source>copy the catalogue into backups/, or the whole archive to another drive</source>
        <translation>copy the catalogue into backups/, or the whole archive to another drive</translation>
    </message>
    <message>
        <source>copy the whole archive (catalogue and originals)</source>
        <translation>copy the whole archive (catalogue and originals)</translation>
    </message>
    <message>
        <source>with --to: re-hash the originals already there</source>
        <translation>with --to: re-hash the originals already there</translation>
    </message>
    <message>
        <source>with --to: use DIR even though it holds something other than this archive&apos;s backup</source>
        <translation>with --to: use DIR even though it holds something other than this archive&apos;s backup</translation>
    </message>
    <message>
        <source>list the catalogue copies</source>
        <translation>list the catalogue copies</translation>
    </message>
    <message>
        <source>bring a removed record back from the bin (ID), or the archive from a backup (BACKUP: shows what it brings back; --yes to do it)</source>
        <translation>bring a removed record back from the bin (ID), or the archive from a backup (BACKUP: shows what it brings back; --yes to do it)</translation>
    </message>
    <message>
        <source>a record&apos;s ID or its first characters; or a copy from backups/ or a folder of backup --to</source>
        <translation>a record&apos;s ID or its first characters; or a copy from backups/ or a folder of backup --to</translation>
    </message>
    <message>
        <source>with BACKUP: restore it (without: only show)</source>
        <translation>with BACKUP: restore it (without: only show)</translation>
    </message>
    <message>
        <source>no catalogue copies yet</source>
        <translation>no catalogue copies yet</translation>
    </message>
    <message>
        <source>catalogue copied to {path}</source>
        <translation>catalogue copied to {path}</translation>
    </message>
    <message>
        <source>backed up to {target}: {files} originals, {copied} copied ({megabytes} MB), {there} already there</source>
        <translation>backed up to {target}: {files} originals, {copied} copied ({megabytes} MB), {there} already there</translation>
    </message>
    <message>
        <source>{count} damaged copies in the backup were replaced</source>
        <translation>{count} damaged copies in the backup were replaced</translation>
    </message>
    <message>
        <source>missing in the archive (see check): {path}</source>
        <translation>missing in the archive (see check): {path}</translation>
    </message>
    <message>
        <source>Nothing was changed. Run again with --yes to restore it.</source>
        <translation>Nothing was changed. Run again with --yes to restore it.</translation>
    </message>
    <message>
        <source>Restored.</source>
        <translation>Restored.</translation>
    </message>
    <message>
        <source>Backup taken {when}: {path}</source>
        <translation>Backup taken {when}: {path}</translation>
    </message>
    <message>
        <source>The present catalogue cannot be read; it will be kept in backups/.</source>
        <translation>The present catalogue cannot be read; it will be kept in backups/.</translation>
    </message>
    <message>
        <source>brings back {count} ({kind}): {names}</source>
        <translation>brings back {count} ({kind}): {names}</translation>
    </message>
    <message>
        <source>leaves out {count} added since ({kind}): {names}</source>
        <translation>leaves out {count} added since ({kind}): {names}</translation>
    </message>
    <message>
        <source>copies back {count} originals from the backup</source>
        <translation>copies back {count} originals from the backup</translation>
    </message>
    <message>
        <source>{count} originals it records are in neither place (check will name them)</source>
        <translation>{count} originals it records are in neither place (check will name them)</translation>
    </message>
    <message>
        <source>It holds the same records as the archive now.</source>
        <translation>It holds the same records as the archive now.</translation>
    </message>
    <message>
        <source>wrote the bag to {target}: {files} files, {bytes} bytes</source>
        <translation>wrote the bag to {target}: {files} files, {bytes} bytes</translation>
    </message>
    <message>
        <source>wrote OHMS XML to {target}: {files} files, {bytes} bytes</source>
        <translation>wrote OHMS XML to {target}: {files} files, {bytes} bytes</translation>
    </message>
    <message>
        <source>wrote the Dublin Core CSV to {target}: {bytes} bytes</source>
        <translation>wrote the Dublin Core CSV to {target}: {bytes} bytes</translation>
    </message>
    <message>
        <source>merge another interviewer&apos;s bag (a folder or .zip) into this archive</source>
        <translation>merge another interviewer&apos;s bag (a folder or .zip) into this archive</translation>
    </message>
    <message>
        <source>the bag: a folder or a .zip file</source>
        <translation>the bag: a folder or a .zip file</translation>
    </message>
    <message>
        <source>added {added}, updated {updated}, unchanged {unchanged}, conflicts {conflicts}</source>
        <translation>added {added}, updated {updated}, unchanged {unchanged}, conflicts {conflicts}</translation>
    </message>
    <message>
        <source>changed on both sides: {kind} {id} ({fields}); this archive&apos;s newer version is kept, the bag&apos;s is in its history</source>
        <translation>changed on both sides: {kind} {id} ({fields}); this archive&apos;s newer version is kept, the bag&apos;s is in its history</translation>
    </message>
    <message>
        <source>changed on both sides: {kind} {id} ({fields}); the bag&apos;s newer version is kept, this archive&apos;s is in its history</source>
        <translation>changed on both sides: {kind} {id} ({fields}); the bag&apos;s newer version is kept, this archive&apos;s is in its history</translation>
    </message>
    <message>
        <source>import interviews from a spreadsheet (.csv or .xlsx)</source>
        <translation>import interviews from a spreadsheet (.csv or .xlsx)</translation>
    </message>
    <message>
        <source>the .csv or .xlsx file</source>
        <translation>the .csv or .xlsx file</translation>
    </message>
    <message>
        <source>which column holds what (title, date, place, narrator, notes, file, or ignore); corrects the guess</source>
        <translation>which column holds what (title, date, place, narrator, notes, file, or ignore); corrects the guess</translation>
    </message>
    <message>
        <source>show what would happen, change nothing</source>
        <translation>show what would happen, change nothing</translation>
    </message>
    <message>
        <source>no title, and no file whose interview it could be</source>
        <translation>no title, and no file whose interview it could be</translation>
    </message>
    <message>
        <source>{value} is not a date (write 2024-02-10 or 2024年2月10日)</source>
        <translation>{value} is not a date (write 2024-02-10 or 2024年2月10日)</translation>
    </message>
    <message>
        <source>no file called {value} is in the archive; import it first</source>
        <translation>no file called {value} is in the archive; import it first</translation>
    </message>
    <message>
        <source>several files in the archive are called {value}</source>
        <translation>several files in the archive are called {value}</translation>
    </message>
    <message>
        <source>columns: {mapping}</source>
        <translation>columns: {mapping}</translation>
    </message>
    <message>
        <source>{good} rows would be imported, {bad} skipped</source>
        <translation>{good} rows would be imported, {bad} skipped</translation>
    </message>
    <message>
        <source>added {added}, updated {updated}, skipped {skipped}</source>
        <translation>added {added}, updated {updated}, skipped {skipped}</translation>
    </message>
    <message>
        <source>row {number} skipped: {errors}</source>
        <translation>row {number} skipped: {errors}</translation>
    </message>
    <message>
        <source>open the desktop app straight into this family&apos;s family mode</source>
        <translation>open the desktop app straight into this family&apos;s family mode</translation>
    </message>
    <message>
        <source>only what is located in this place (a name or an id), or under it</source>
        <translation>only what is located in this place (a name or an id), or under it</translation>
    </message>
    <message>
        <source>only what this person (a name or an id) is in</source>
        <translation>only what this person (a name or an id) is in</translation>
    </message>
    <message>
        <source>only what dates from this year</source>
        <translation>only what dates from this year</translation>
    </message>
    <message>
        <source>only what carries this tag</source>
        <translation>only what carries this tag</translation>
    </message>
    <message>
        <source>only passages this speaker says (a label, or a person&apos;s name or id)</source>
        <translation>only passages this speaker says (a label, or a person&apos;s name or id)</translation>
    </message>
    <message>
        <source>only what dates from this day on (YYYY, YYYY-MM or YYYY-MM-DD)</source>
        <translation>only what dates from this day on (YYYY, YYYY-MM or YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>only what dates from up to this day (YYYY, YYYY-MM or YYYY-MM-DD)</source>
        <translation>only what dates from up to this day (YYYY, YYYY-MM or YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>only passages of transcripts of this tier</source>
        <translation>only passages of transcripts of this tier</translation>
    </message>
    <message>
        <source>only what is in this language</source>
        <translation>only what is in this language</translation>
    </message>
    <message>
        <source>Words are all required; use &quot;quoted phrases&quot;, OR, NOT or -word, and filters place:, person:, year:, tag:, kind:, speaker:, from:, to:, tier:, language: (or the options below). A query of nothing but operators or punctuation finds nothing. In the text shown, [[ and ]] mark the words that matched.</source>
        <translation>Words are all required; use &quot;quoted phrases&quot;, OR, NOT or -word, and filters place:, person:, year:, tag:, kind:, speaker:, from:, to:, tier:, language: (or the options below). A query of nothing but operators or punctuation finds nothing. In the text shown, [[ and ]] mark the words that matched.</translation>
    </message>
    <message>
        <source>what to look for (several words: all of them)</source>
        <translation>what to look for (several words: all of them)</translation>
    </message>
    <message>
        <source>query</source>
        <translation>query</translation>
    </message>
    <message>
        <source>at most {count} nested brackets or NOTs</source>
        <translation>at most {count} nested brackets or NOTs</translation>
    </message>
    <message>
        <source>at most {count} characters</source>
        <translation>at most {count} characters</translation>
    </message>
    <message>
        <source>at most {count} words</source>
        <translation>at most {count} words</translation>
    </message>
    <message>
        <source>family mode: collections marked for a family, what it is shown</source>
        <translation>family mode: collections marked for a family, what it is shown</translation>
    </message>
    <message>
        <source>show a collection in a family&apos;s family mode</source>
        <translation>show a collection in a family&apos;s family mode</translation>
    </message>
    <message>
        <source>stop showing a collection in family mode</source>
        <translation>stop showing a collection in family mode</translation>
    </message>
    <message>
        <source>what family mode shows a family today, and what it holds back and why</source>
        <translation>what family mode shows a family today, and what it holds back and why</translation>
    </message>
    <message>
        <source>marked for the family</source>
        <translation>marked for the family</translation>
    </message>
    <message>
        <source>already marked for the family</source>
        <translation>already marked for the family</translation>
    </message>
    <message>
        <source>no longer marked for the family</source>
        <translation>no longer marked for the family</translation>
    </message>
    <message>
        <source>was not marked for the family</source>
        <translation>was not marked for the family</translation>
    </message>
    <message>
        <source>{family}: {stories} stories, {photos} more photos</source>
        <translation>{family}: {stories} stories, {photos} more photos</translation>
    </message>
    <message>
        <source>held back:</source>
        <translation>held back:</translation>
    </message>
    <message>
        <source>change fields of a record</source>
        <translation>change fields of a record</translation>
    </message>
    <message>
        <source>a field and its new value (lists separated by commas; empty: none)</source>
        <translation>a field and its new value (lists separated by commas; empty: none)</translation>
    </message>
    <message>
        <source>put a tag on a record (the tag is made if new)</source>
        <translation>put a tag on a record (the tag is made if new)</translation>
    </message>
    <message>
        <source>the tag&apos;s name</source>
        <translation>the tag&apos;s name</translation>
    </message>
    <message>
        <source>take a tag off a record</source>
        <translation>take a tag off a record</translation>
    </message>
    <message>
        <source>put interviews or photos in a collection</source>
        <translation>put interviews or photos in a collection</translation>
    </message>
    <message>
        <source>the collection</source>
        <translation>the collection</translation>
    </message>
    <message>
        <source>interviews or photos</source>
        <translation>interviews or photos</translation>
    </message>
    <message>
        <source>take a record away (it waits in the bin until the bin is emptied)</source>
        <translation>take a record away (it waits in the bin until the bin is emptied)</translation>
    </message>
    <message>
        <source>what was changed in a record, and when</source>
        <translation>what was changed in a record, and when</translation>
    </message>
    <message>
        <source>undo one change from the history</source>
        <translation>undo one change from the history</translation>
    </message>
    <message>
        <source>the change&apos;s ID, or its first characters</source>
        <translation>the change&apos;s ID, or its first characters</translation>
    </message>
    <message>
        <source>list the records removed and not yet purged</source>
        <translation>list the records removed and not yet purged</translation>
    </message>
    <message>
        <source>empty the bin for good (or take only the records named out of it)</source>
        <translation>empty the bin for good (or take only the records named out of it)</translation>
    </message>
    <message>
        <source>records in the bin (default: all)</source>
        <translation>records in the bin (default: all)</translation>
    </message>
    <message>
        <source>(change {change})</source>
        <translation>(change {change})</translation>
    </message>
    <message>
        <source>(nothing to change)</source>
        <translation>(nothing to change)</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>edited</translation>
    </message>
    <message>
        <source>tagged {tag}</source>
        <translation>tagged {tag}</translation>
    </message>
    <message>
        <source>untagged {tag}</source>
        <translation>untagged {tag}</translation>
    </message>
    <message>
        <source>collected {count}</source>
        <translation>collected {count}</translation>
    </message>
    <message>
        <source>removed (restore it with &apos;restore ID&apos;)</source>
        <translation>removed (restore it with &apos;restore ID&apos;)</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>restored</translation>
    </message>
    <message>
        <source>reverted</source>
        <translation>reverted</translation>
    </message>
    <message>
        <source>added</source>
        <comment>history</comment>
        <extracomment>what a value that was not there reads as</extracomment>
        <translation>added</translation>
    </message>
    <message>
        <source>transcript added</source>
        <comment>history</comment>
        <translation>transcript added</translation>
    </message>
    <message>
        <source>several changes at once</source>
        <comment>history</comment>
        <translation>several changes at once</translation>
    </message>
    <message>
        <source>passage closed</source>
        <comment>history</comment>
        <translation>passage closed</translation>
    </message>
    <message>
        <source>passage closed again</source>
        <comment>history</comment>
        <translation>passage closed again</translation>
    </message>
    <message>
        <source>passage opened</source>
        <comment>history</comment>
        <translation>passage opened</translation>
    </message>
    <message>
        <source>passage deleted</source>
        <comment>history</comment>
        <translation>passage deleted</translation>
    </message>
    <message>
        <source>passage inserted</source>
        <comment>history</comment>
        <translation>passage inserted</translation>
    </message>
    <message>
        <source>passages joined</source>
        <comment>history</comment>
        <translation>passages joined</translation>
    </message>
    <message>
        <source>passage split</source>
        <comment>history</comment>
        <translation>passage split</translation>
    </message>
    <message>
        <source>speaker renamed</source>
        <comment>history</comment>
        <translation>speaker renamed</translation>
    </message>
    <message>
        <source>linked</source>
        <comment>history</comment>
        <translation>linked</translation>
    </message>
    <message>
        <source>link taken away</source>
        <comment>history</comment>
        <translation>link taken away</translation>
    </message>
    <message>
        <source>tagged</source>
        <comment>history</comment>
        <translation>tagged</translation>
    </message>
    <message>
        <source>tag taken off</source>
        <comment>history</comment>
        <translation>tag taken off</translation>
    </message>
    <message>
        <source>changed</source>
        <comment>history</comment>
        <translation>changed</translation>
    </message>
    <message>
        <source>removed to the bin</source>
        <comment>history</comment>
        <translation>removed to the bin</translation>
    </message>
    <message>
        <source>restored from the bin</source>
        <comment>history</comment>
        <translation>restored from the bin</translation>
    </message>
    <message>
        <source>merged from a bag</source>
        <comment>history</comment>
        <translation>merged from a bag</translation>
    </message>
    <message>
        <source>person in the interview</source>
        <comment>history</comment>
        <translation>person in the interview</translation>
    </message>
    <message>
        <source>family member</source>
        <comment>history</comment>
        <translation>family member</translation>
    </message>
    <message>
        <source>person in the photo</source>
        <comment>history</comment>
        <translation>person in the photo</translation>
    </message>
    <message>
        <source>tag</source>
        <comment>history</comment>
        <translation>tag</translation>
    </message>
    <message>
        <source>item of a collection</source>
        <comment>history</comment>
        <translation>item of a collection</translation>
    </message>
    <message>
        <source>what a consent covers</source>
        <comment>history</comment>
        <translation>what a consent covers</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>(undoes {change})</source>
        <translation>(undoes {change})</translation>
    </message>
    <message>
        <source>(undone by {change})</source>
        <translation>(undone by {change})</translation>
    </message>
    <message>
        <source>made</source>
        <translation>made</translation>
    </message>
    <message>
        <source>taken away</source>
        <translation>taken away</translation>
    </message>
    <message>
        <source>added</source>
        <translation>added</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>removed</translation>
    </message>
    <message>
        <source>no changes recorded for {id}</source>
        <translation>no changes recorded for {id}</translation>
    </message>
    <message>
        <source>the bin is empty</source>
        <translation>the bin is empty</translation>
    </message>
    <message>
        <source>purged {count} record(s) for good</source>
        <translation>purged {count} record(s) for good</translation>
    </message>
    <message>
        <source>the {kind} {id} cannot be removed: {what} still depend on it</source>
        <translation>the {kind} {id} cannot be removed: {what} still depend on it</translation>
    </message>
    <message>
        <source>change {change} cannot be reverted: {field} of {id} was changed later{later}; revert that first</source>
        <translation>change {change} cannot be reverted: {field} of {id} was changed later{later}; revert that first</translation>
    </message>
    <message>
        <source> (by change {later})</source>
        <translation> (by change {later})</translation>
    </message>
    <message>
        <source>{id} cannot be restored: {reason}</source>
        <translation>{id} cannot be restored: {reason}</translation>
    </message>
    <message>
        <source>consent records</source>
        <translation>consent records</translation>
    </message>
    <message>
        <source>places under it</source>
        <translation>places under it</translation>
    </message>
    <message>
        <source>it is in the archive</source>
        <translation>it is in the archive</translation>
    </message>
    <message>
        <source>the bin was emptied since it was removed</source>
        <translation>the bin was emptied since it was removed</translation>
    </message>
    <message>
        <source>no removal of it is in the history</source>
        <translation>no removal of it is in the history</translation>
    </message>
    <message>
        <source>the change has nothing to undo</source>
        <translation>the change has nothing to undo</translation>
    </message>
    <message>
        <source>close a stretch of a recording to some audiences, at someone&apos;s request</source>
        <translation>close a stretch of a recording to some audiences, at someone&apos;s request</translation>
    </message>
    <message>
        <source>the recording</source>
        <translation>the recording</translation>
    </message>
    <message>
        <source>where the passage starts: 00:03:20, 3:20 or seconds</source>
        <translation>where the passage starts: 00:03:20, 3:20 or seconds</translation>
    </message>
    <message>
        <source>where the passage ends</source>
        <translation>where the passage ends</translation>
    </message>
    <message>
        <source>closed to these, comma-separated: family,research,public</source>
        <translation>closed to these, comma-separated: family,research,public</translation>
    </message>
    <message>
        <source>who asked for it to be closed</source>
        <translation>who asked for it to be closed</translation>
    </message>
    <message>
        <source>the day they asked, YYYY-MM-DD (default: today)</source>
        <translation>the day they asked, YYYY-MM-DD (default: today)</translation>
    </message>
    <message>
        <source>open a closed passage again</source>
        <translation>open a closed passage again</translation>
    </message>
    <message>
        <source>the passage, as consent passages shows it</source>
        <translation>the passage, as consent passages shows it</translation>
    </message>
    <message>
        <source>from this day on, YYYY-MM-DD (default: today)</source>
        <translation>from this day on, YYYY-MM-DD (default: today)</translation>
    </message>
    <message>
        <source>why it may be heard now</source>
        <translation>why it may be heard now</translation>
    </message>
    <message>
        <source>list closed passages</source>
        <translation>list closed passages</translation>
    </message>
    <message>
        <source>only this interview&apos;s</source>
        <translation>only this interview&apos;s</translation>
    </message>
    <message>
        <source>passage {id} closed: {start}-{end} of {recording}, to {audiences}</source>
        <translation>passage {id} closed: {start}-{end} of {recording}, to {audiences}</translation>
    </message>
    <message>
        <source>passage {id} open again from {date}</source>
        <translation>passage {id} open again from {date}</translation>
    </message>
    <message>
        <source>OPEN AGAIN {date}</source>
        <translation>OPEN AGAIN {date}</translation>
    </message>
    <message>
        <source>closed since {date}</source>
        <translation>closed since {date}</translation>
    </message>
    <message>
        <source>no closed passages</source>
        <translation>no closed passages</translation>
    </message>
    <message>
        <source>but not these passages: {ranges}</source>
        <translation>but not these passages: {ranges}</translation>
    </message>
    <message>
        <source>closed passage {id} was already opened again on {date}</source>
        <translation>closed passage {id} was already opened again on {date}</translation>
    </message>
    <message>
        <source>closed passage</source>
        <translation>closed passage</translation>
    </message>
    <message>
        <source>audiences</source>
        <translation>audiences</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>reason</translation>
    </message>
    <message>
        <source>a time such as 00:03:20, 3:20 or 200</source>
        <translation>a time such as 00:03:20, 3:20 or 200</translation>
    </message>
    <message>
        <source>why the passage is closed</source>
        <translation>why the passage is closed</translation>
    </message>
    <message>
        <source>a time after the start</source>
        <translation>a time after the start</translation>
    </message>
    <message>
        <source>a time before the recording&apos;s end</source>
        <translation>a time before the recording&apos;s end</translation>
    </message>
    <message>
        <source>a day on or after the day the passage was closed</source>
        <translation>a day on or after the day the passage was closed</translation>
    </message>
    <message>
        <source>one or more of family, research, public</source>
        <translation>one or more of family, research, public</translation>
    </message>
    <message>
        <source>inside a closed passage</source>
        <translation>inside a closed passage</translation>
    </message>
    <message>
        <source>what a passage closed to this audience sounds like: silence (default) or a soft tone, of the same length; its words are always left out</source>
        <translation>what a passage closed to this audience sounds like: silence (default) or a soft tone, of the same length; its words are always left out</translation>
    </message>
    <message>
        <source>{interview}: {count} closed passages silenced, {lines} lines left out</source>
        <translation>{interview}: {count} closed passages silenced, {lines} lines left out</translation>
    </message>
    <message>
        <source>closed passages</source>
        <translation>closed passages</translation>
    </message>
    <message>
        <source>Start the app, open the archive (building the sample there first with --sample), import the files, search, and exit 0 if every step worked.</source>
        <translation>Start the app, open the archive (building the sample there first with --sample), import the files, search, and exit 0 if every step worked.</translation>
    </message>
    <message>
        <source>build the sample archive first</source>
        <translation>build the sample archive first</translation>
    </message>
    <message>
        <source>a file or folder to import (repeatable)</source>
        <translation>a file or folder to import (repeatable)</translation>
    </message>
    <message>
        <source>words to search for; each must find something (repeatable)</source>
        <translation>words to search for; each must find something (repeatable)</translation>
    </message>
    <message>
        <source>kind</source>
        <comment>field</comment>
        <extracomment>fields whose values are codes, and the words of each code (:mod:`archive_app.core.words`)</extracomment>
        <translation>kind</translation>
    </message>
    <message>
        <source>ID</source>
        <comment>field</comment>
        <translation>ID</translation>
    </message>
    <message>
        <source>title</source>
        <comment>field</comment>
        <translation>title</translation>
    </message>
    <message>
        <source>name</source>
        <comment>field</comment>
        <translation>name</translation>
    </message>
    <message>
        <source>name in Latin letters</source>
        <comment>field</comment>
        <translation>name in Latin letters</translation>
    </message>
    <message>
        <source>other names</source>
        <comment>field</comment>
        <translation>other names</translation>
    </message>
    <message>
        <source>full name</source>
        <comment>field</comment>
        <translation>full name</translation>
    </message>
    <message>
        <source>gender</source>
        <comment>field</comment>
        <translation>gender</translation>
    </message>
    <message>
        <source>born</source>
        <comment>field</comment>
        <translation>born</translation>
    </message>
    <message>
        <source>date</source>
        <comment>field</comment>
        <translation>date</translation>
    </message>
    <message>
        <source>from</source>
        <comment>field</comment>
        <translation>from</translation>
    </message>
    <message>
        <source>until</source>
        <comment>field</comment>
        <translation>until</translation>
    </message>
    <message>
        <source>taken</source>
        <comment>field</comment>
        <translation>taken</translation>
    </message>
    <message>
        <source>created</source>
        <comment>field</comment>
        <translation>created</translation>
    </message>
    <message>
        <source>last changed</source>
        <comment>field</comment>
        <translation>last changed</translation>
    </message>
    <message>
        <source>language</source>
        <comment>field</comment>
        <translation>language</translation>
    </message>
    <message>
        <source>summary</source>
        <comment>field</comment>
        <translation>summary</translation>
    </message>
    <message>
        <source>description</source>
        <comment>field</comment>
        <translation>description</translation>
    </message>
    <message>
        <source>notes</source>
        <comment>field</comment>
        <translation>notes</translation>
    </message>
    <message>
        <source>keywords</source>
        <comment>field</comment>
        <translation>keywords</translation>
    </message>
    <message>
        <source>caption</source>
        <comment>field</comment>
        <translation>caption</translation>
    </message>
    <message>
        <source>status</source>
        <comment>field</comment>
        <translation>status</translation>
    </message>
    <message>
        <source>role</source>
        <comment>field</comment>
        <translation>role</translation>
    </message>
    <message>
        <source>relationship</source>
        <comment>field</comment>
        <translation>relationship</translation>
    </message>
    <message>
        <source>level</source>
        <comment>field</comment>
        <translation>level</translation>
    </message>
    <message>
        <source>work</source>
        <comment>field</comment>
        <translation>work</translation>
    </message>
    <message>
        <source>went to</source>
        <comment>field</comment>
        <translation>went to</translation>
    </message>
    <message>
        <source>place ID</source>
        <comment>field</comment>
        <translation>place ID</translation>
    </message>
    <message>
        <source>place</source>
        <comment>field</comment>
        <translation>place</translation>
    </message>
    <message>
        <source>place, in full</source>
        <comment>field</comment>
        <translation>place, in full</translation>
    </message>
    <message>
        <source>home place ID</source>
        <comment>field</comment>
        <translation>home place ID</translation>
    </message>
    <message>
        <source>home place</source>
        <comment>field</comment>
        <translation>home place</translation>
    </message>
    <message>
        <source>home place, in full</source>
        <comment>field</comment>
        <translation>home place, in full</translation>
    </message>
    <message>
        <source>left from (place ID)</source>
        <comment>field</comment>
        <translation>left from (place ID)</translation>
    </message>
    <message>
        <source>left from</source>
        <comment>field</comment>
        <translation>left from</translation>
    </message>
    <message>
        <source>left from, in full</source>
        <comment>field</comment>
        <translation>left from, in full</translation>
    </message>
    <message>
        <source>part of (place ID)</source>
        <comment>field</comment>
        <translation>part of (place ID)</translation>
    </message>
    <message>
        <source>part of</source>
        <comment>field</comment>
        <translation>part of</translation>
    </message>
    <message>
        <source>part of, in full</source>
        <comment>field</comment>
        <translation>part of, in full</translation>
    </message>
    <message>
        <source>part of, step by step</source>
        <comment>field</comment>
        <translation>part of, step by step</translation>
    </message>
    <message>
        <source>latitude</source>
        <comment>field</comment>
        <translation>latitude</translation>
    </message>
    <message>
        <source>longitude</source>
        <comment>field</comment>
        <translation>longitude</translation>
    </message>
    <message>
        <source>people</source>
        <comment>field</comment>
        <translation>people</translation>
    </message>
    <message>
        <source>person ID</source>
        <comment>field</comment>
        <translation>person ID</translation>
    </message>
    <message>
        <source>person</source>
        <comment>field</comment>
        <translation>person</translation>
    </message>
    <message>
        <source>members</source>
        <comment>field</comment>
        <translation>members</translation>
    </message>
    <message>
        <source>places in it</source>
        <comment>field</comment>
        <translation>places in it</translation>
    </message>
    <message>
        <source>families</source>
        <comment>field</comment>
        <translation>families</translation>
    </message>
    <message>
        <source>times away for work</source>
        <comment>field</comment>
        <translation>times away for work</translation>
    </message>
    <message>
        <source>interviews</source>
        <comment>field</comment>
        <translation>interviews</translation>
    </message>
    <message>
        <source>interview ID</source>
        <comment>field</comment>
        <translation>interview ID</translation>
    </message>
    <message>
        <source>interview</source>
        <comment>field</comment>
        <translation>interview</translation>
    </message>
    <message>
        <source>interviews</source>
        <comment>field count</comment>
        <translation>interviews</translation>
    </message>
    <message>
        <source>photos</source>
        <comment>field</comment>
        <translation>photos</translation>
    </message>
    <message>
        <source>photos</source>
        <comment>field count</comment>
        <translation>photos</translation>
    </message>
    <message>
        <source>people</source>
        <comment>field count</comment>
        <translation>people</translation>
    </message>
    <message>
        <source>items</source>
        <comment>field count</comment>
        <translation>items</translation>
    </message>
    <message>
        <source>items</source>
        <comment>field</comment>
        <translation>items</translation>
    </message>
    <message>
        <source>item ID</source>
        <comment>field</comment>
        <translation>item ID</translation>
    </message>
    <message>
        <source>item kind</source>
        <comment>field</comment>
        <translation>item kind</translation>
    </message>
    <message>
        <source>family ID</source>
        <comment>field</comment>
        <translation>family ID</translation>
    </message>
    <message>
        <source>photo ID</source>
        <comment>field</comment>
        <translation>photo ID</translation>
    </message>
    <message>
        <source>tag ID</source>
        <comment>field</comment>
        <translation>tag ID</translation>
    </message>
    <message>
        <source>collection ID</source>
        <comment>field</comment>
        <translation>collection ID</translation>
    </message>
    <message>
        <source>consent ID</source>
        <comment>field</comment>
        <translation>consent ID</translation>
    </message>
    <message>
        <source>documents</source>
        <comment>field</comment>
        <translation>documents</translation>
    </message>
    <message>
        <source>document type</source>
        <comment>field</comment>
        <translation>document type</translation>
    </message>
    <message>
        <source>recordings</source>
        <comment>field</comment>
        <translation>recordings</translation>
    </message>
    <message>
        <source>transcripts</source>
        <comment>field</comment>
        <translation>transcripts</translation>
    </message>
    <message>
        <source>transcript ID</source>
        <comment>field</comment>
        <translation>transcript ID</translation>
    </message>
    <message>
        <source>passages</source>
        <comment>field</comment>
        <translation>passages</translation>
    </message>
    <message>
        <source>passages</source>
        <comment>field count</comment>
        <translation>passages</translation>
    </message>
    <message>
        <source>chapters</source>
        <comment>field</comment>
        <translation>chapters</translation>
    </message>
    <message>
        <source>collections</source>
        <comment>field</comment>
        <translation>collections</translation>
    </message>
    <message>
        <source>tags</source>
        <comment>field</comment>
        <translation>tags</translation>
    </message>
    <message>
        <source>tagged records</source>
        <comment>field</comment>
        <translation>tagged records</translation>
    </message>
    <message>
        <source>speaker</source>
        <comment>field</comment>
        <translation>speaker</translation>
    </message>
    <message>
        <source>words</source>
        <comment>field</comment>
        <translation>words</translation>
    </message>
    <message>
        <source>tier</source>
        <comment>field</comment>
        <translation>tier</translation>
    </message>
    <message>
        <source>position</source>
        <comment>field</comment>
        <translation>position</translation>
    </message>
    <message>
        <source>starts at</source>
        <comment>field</comment>
        <translation>starts at</translation>
    </message>
    <message>
        <source>ends at</source>
        <comment>field</comment>
        <translation>ends at</translation>
    </message>
    <message>
        <source>length</source>
        <comment>field</comment>
        <translation>length</translation>
    </message>
    <message>
        <source>original file name</source>
        <comment>field</comment>
        <translation>original file name</translation>
    </message>
    <message>
        <source>stored as</source>
        <comment>field</comment>
        <translation>stored as</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <comment>field</comment>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>size in bytes</source>
        <comment>field</comment>
        <translation>size in bytes</translation>
    </message>
    <message>
        <source>format</source>
        <comment>field</comment>
        <translation>format</translation>
    </message>
    <message>
        <source>media type</source>
        <comment>field</comment>
        <translation>media type</translation>
    </message>
    <message>
        <source>read from (format)</source>
        <comment>field</comment>
        <translation>read from (format)</translation>
    </message>
    <message>
        <source>read from (encoding)</source>
        <comment>field</comment>
        <translation>read from (encoding)</translation>
    </message>
    <message>
        <source>sample rate (Hz)</source>
        <comment>field</comment>
        <translation>sample rate (Hz)</translation>
    </message>
    <message>
        <source>channels</source>
        <comment>field</comment>
        <translation>channels</translation>
    </message>
    <message>
        <source>width</source>
        <comment>field</comment>
        <translation>width</translation>
    </message>
    <message>
        <source>height</source>
        <comment>field</comment>
        <translation>height</translation>
    </message>
    <message>
        <source>orientation</source>
        <comment>field</comment>
        <translation>orientation</translation>
    </message>
    <message>
        <source>camera</source>
        <comment>field</comment>
        <translation>camera</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Hometown Voices</source>
        <translation>Hometown Voices</translation>
    </message>
</context>
<context>
    <name>AwayYears</name>
    <message>
        <source>home</source>
        <translation>home</translation>
    </message>
</context>
<context>
    <name>BinDialog</name>
    <message>
        <source>Bin</source>
        <translation>Bin</translation>
    </message>
    <message>
        <source>What was removed from the archive waits here, with its links, until the bin is emptied. Restore puts it back as it was; Undo takes it away again.</source>
        <translation>What was removed from the archive waits here, with its links, until the bin is emptied. Restore puts it back as it was; Undo takes it away again.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Removed</translation>
    </message>
    <message>
        <source>The bin is empty.</source>
        <translation>The bin is empty.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Put the chosen record back with its links</source>
        <translation>Put the chosen record back with its links</translation>
    </message>
    <message>
        <source>Restore %1</source>
        <translation>Restore %1</translation>
    </message>
</context>
<context>
    <name>ChapterDialog</name>
    <message>
        <source>Chapter</source>
        <translation>Chapter</translation>
    </message>
    <message>
        <source>separated by 、 or ,</source>
        <translation>separated by 、 or ,</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation>Starts at</translation>
    </message>
    <message>
        <source>Synopsis</source>
        <translation>Synopsis</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>Keywords</translation>
    </message>
    <message>
        <source>A chapter needs a title.</source>
        <translation>A chapter needs a title.</translation>
    </message>
    <message>
        <source>Write the start as 1:23 or 1:02:03.</source>
        <translation>Write the start as 1:23 or 1:02:03.</translation>
    </message>
</context>
<context>
    <name>ChaptersPane</name>
    <message>
        <source>Chapters</source>
        <extracomment>the chapters shown changed: [(start, title)] for the seek bar</extracomment>
        <translation>Chapters</translation>
    </message>
    <message>
        <source>New chapter at the playhead</source>
        <translation>New chapter at the playhead</translation>
    </message>
    <message>
        <source>Edit the chapter</source>
        <translation>Edit the chapter</translation>
    </message>
    <message>
        <source>Remove the chapter</source>
        <translation>Remove the chapter</translation>
    </message>
    <message>
        <source>No chapters yet. Press + where a new part of the story begins.</source>
        <translation>No chapters yet. Press + where a new part of the story begins.</translation>
    </message>
    <message>
        <source>Add Chapter</source>
        <translation>Add Chapter</translation>
    </message>
    <message>
        <source>Edit Chapter</source>
        <translation>Edit Chapter</translation>
    </message>
    <message>
        <source>Remove Chapter</source>
        <translation>Remove Chapter</translation>
    </message>
</context>
<context>
    <name>CollectionView</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>In this collection: %1.</source>
        <translation>In this collection: %1.</translation>
    </message>
    <message>
        <source>Nothing in this collection yet.</source>
        <translation>Nothing in this collection yet.</translation>
    </message>
</context>
<context>
    <name>CollectionsEditor</name>
    <message>
        <source>Add to a collection…</source>
        <translation>Add to a collection…</translation>
    </message>
    <message>
        <source>Take out of a collection…</source>
        <translation>Take out of a collection…</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Narrators</source>
        <translation>Narrators</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Length</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Open to</source>
        <translation>Open to</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Latin spelling</source>
        <translation>Latin spelling</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Born</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Family</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Interviews</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Taken</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Interview</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
</context>
<context>
    <name>Consent</name>
    <message>
        <source>Things to do about consent: %1</source>
        <extracomment>kinds of change after which the due list may differ</extracomment>
        <translation>Things to do about consent: %1</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Open an interview, a photo or a person first, then record their consent.</source>
        <translation>Open an interview, a photo or a person first, then record their consent.</translation>
    </message>
    <message>
        <source>Record Consent…</source>
        <translation>Record Consent…</translation>
    </message>
    <message>
        <source>Consent Due</source>
        <translation>Consent Due</translation>
    </message>
</context>
<context>
    <name>ConsentBadges</name>
    <message>
        <source>Curators only</source>
        <extracomment>the audiences a consent can open an item to, narrowest first kinds of change that can open or close items (people: links, birth dates; consents) the answers changed: views showing badges should redraw</extracomment>
        <translation>Curators only</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Record a consent</source>
        <translation>Record a consent</translation>
    </message>
    <message>
        <source>Someone else…</source>
        <translation>Someone else…</translation>
    </message>
    <message>
        <source>Whose consent</source>
        <translation>Whose consent</translation>
    </message>
    <message>
        <source>Signed or given on</source>
        <translation>Signed or given on</translation>
    </message>
    <message>
        <source>The person themself</source>
        <translation>The person themself</translation>
    </message>
    <message>
        <source>A guardian, for a child</source>
        <translation>A guardian, for a child</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Given by</translation>
    </message>
    <message>
        <source>the guardian&apos;s name</source>
        <translation>the guardian&apos;s name</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Guardian</translation>
    </message>
    <message>
        <source>Guardian is the child&apos;s</source>
        <translation>Guardian is the child&apos;s</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <source>Yes, the child agreed</source>
        <translation>Yes, the child agreed</translation>
    </message>
    <message>
        <source>No, the child did not agree</source>
        <translation>No, the child did not agree</translation>
    </message>
    <message>
        <source>The child&apos;s own agreement</source>
        <translation>The child&apos;s own agreement</translation>
    </message>
    <message>
        <source>May be seen by</source>
        <translation>May be seen by</translation>
    </message>
    <message>
        <source>Everything they appear in</source>
        <translation>Everything they appear in</translation>
    </message>
    <message>
        <source>Only “%1”</source>
        <translation>Only “%1”</translation>
    </message>
    <message>
        <source>Covers</source>
        <translation>Covers</translation>
    </message>
    <message>
        <source>Keep closed until</source>
        <translation>Keep closed until</translation>
    </message>
    <message>
        <source>Embargo</source>
        <translation>Embargo</translation>
    </message>
    <message>
        <source>leave empty to show the real name</source>
        <translation>leave empty to show the real name</translation>
    </message>
    <message>
        <source>Show under the name</source>
        <translation>Show under the name</translation>
    </message>
    <message>
        <source>Their face may be shown</source>
        <translation>Their face may be shown</translation>
    </message>
    <message>
        <source>No signed form attached</source>
        <translation>No signed form attached</translation>
    </message>
    <message>
        <source>Signed form</source>
        <translation>Signed form</translation>
    </message>
    <message>
        <source>To attach a new scan, drop it on the interview first; a file named with “consent” or “同意” is kept as a document.</source>
        <translation>To attach a new scan, drop it on the interview first; a file named with “consent” or “同意” is kept as a document.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Whose consent is it?</source>
        <translation>Whose consent is it?</translation>
    </message>
    <message>
        <source>Choose whose consent this is.</source>
        <translation>Choose whose consent this is.</translation>
    </message>
    <message>
        <source>Write the guardian&apos;s name.</source>
        <translation>Write the guardian&apos;s name.</translation>
    </message>
</context>
<context>
    <name>ConsentDuePane</name>
    <message>
        <source>What is still owed to the people in the archive.</source>
        <translation>What is still owed to the people in the archive.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>What to do</translation>
    </message>
    <message>
        <source>Renew: consent given as a child, now 18</source>
        <translation>Renew: consent given as a child, now 18</translation>
    </message>
    <message>
        <source>Turned 18 on %1: ask them to consent for themselves.</source>
        <translation>Turned 18 on %1: ask them to consent for themselves.</translation>
    </message>
    <message>
        <source>Signed form missing</source>
        <translation>Signed form missing</translation>
    </message>
    <message>
        <source>Consent given on %1: no signed form or recorded agreement yet.</source>
        <translation>Consent given on %1: no signed form or recorded agreement yet.</translation>
    </message>
    <message>
        <source>Birth date unknown</source>
        <translation>Birth date unknown</translation>
    </message>
    <message>
        <source>Check their age: a child needs a guardian&apos;s consent.</source>
        <translation>Check their age: a child needs a guardian&apos;s consent.</translation>
    </message>
</context>
<context>
    <name>ConsentPanel</name>
    <message>
        <source>guardian: %1</source>
        <translation>guardian: %1</translation>
    </message>
    <message>
        <source>nobody outside the archive</source>
        <translation>nobody outside the archive</translation>
    </message>
    <message>
        <source>withdrawn %1</source>
        <translation>withdrawn %1</translation>
    </message>
    <message>
        <source>closed until %1</source>
        <translation>closed until %1</translation>
    </message>
    <message>
        <source>Withdraw a consent</source>
        <translation>Withdraw a consent</translation>
    </message>
    <message>
        <source>There is no consent in force to withdraw here.</source>
        <translation>There is no consent in force to withdraw here.</translation>
    </message>
    <message>
        <source>Open to:</source>
        <translation>Open to:</translation>
    </message>
    <message>
        <source>Record consent…</source>
        <translation>Record consent…</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>Withdraw…</translation>
    </message>
    <message>
        <source>Open to %1</source>
        <translation>Open to %1</translation>
    </message>
    <message>
        <source>Closed to %1</source>
        <translation>Closed to %1</translation>
    </message>
    <message>
        <source>Not open to %1: %2</source>
        <translation>Not open to %1: %2</translation>
    </message>
</context>
<context>
    <name>ConsentReasons</name>
    <message>
        <source>Someone</source>
        <translation>Someone</translation>
    </message>
    <message>
        <source>%1 has no consent recorded.</source>
        <translation>%1 has no consent recorded.</translation>
    </message>
    <message>
        <source>%1 gave consent only from %2 on.</source>
        <translation>%1 gave consent only from %2 on.</translation>
    </message>
    <message>
        <source>%1&apos;s consent does not cover this item.</source>
        <translation>%1&apos;s consent does not cover this item.</translation>
    </message>
    <message>
        <source>%1 withdrew consent on %2.</source>
        <translation>%1 withdrew consent on %2.</translation>
    </message>
    <message>
        <source>%1 asked that it stay closed until %2.</source>
        <translation>%1 asked that it stay closed until %2.</translation>
    </message>
    <message>
        <source>%1 turned 18 on %2 and has not yet renewed the consent given as a child.</source>
        <translation>%1 turned 18 on %2 and has not yet renewed the consent given as a child.</translation>
    </message>
    <message>
        <source>%1 was a child when recorded, and no guardian&apos;s consent is recorded.</source>
        <translation>%1 was a child when recorded, and no guardian&apos;s consent is recorded.</translation>
    </message>
    <message>
        <source>%1 was a child when recorded, and the child&apos;s own agreement is not recorded.</source>
        <translation>%1 was a child when recorded, and the child&apos;s own agreement is not recorded.</translation>
    </message>
    <message>
        <source>Nobody is linked to this item yet: link the narrator and record their consent.</source>
        <translation>Nobody is linked to this item yet: link the narrator and record their consent.</translation>
    </message>
    <message>
        <source>%1&apos;s consent opens it to nobody outside the archive.</source>
        <translation>%1&apos;s consent opens it to nobody outside the archive.</translation>
    </message>
    <message>
        <source>%1 agreed only to: %2.</source>
        <translation>%1 agreed only to: %2.</translation>
    </message>
    <message>
        <source>%1 asked on %2 that a passage of it (%3) be kept private.</source>
        <translation>%1 asked on %2 that a passage of it (%3) be kept private.</translation>
    </message>
</context>
<context>
    <name>DetailArea</name>
    <message>
        <source>Pick something in the list to see it here.</source>
        <extracomment>a place page asked for a list narrowed to it: (kind, Scope)</extracomment>
        <translation>Pick something in the list to see it here.</translation>
    </message>
</context>
<context>
    <name>DetailView</name>
    <message>
        <source>This item is no longer in the archive.</source>
        <extracomment>the person asked to open another record: (kind, id) a plain sentence to show in the status bar the page now shows this record (after every reload): panels added later follow it</extracomment>
        <translation>This item is no longer in the archive.</translation>
    </message>
    <message>
        <source>Add Tag</source>
        <translation>Add Tag</translation>
    </message>
    <message>
        <source>Remove Tag</source>
        <translation>Remove Tag</translation>
    </message>
    <message>
        <source>History</source>
        <extracomment>the record&apos;s changes, newest first, with a button to put a value back</extracomment>
        <translation>History</translation>
    </message>
    <message>
        <source>There is no other collection yet: make one first.</source>
        <translation>There is no other collection yet: make one first.</translation>
    </message>
    <message>
        <source>Add to a collection</source>
        <translation>Add to a collection</translation>
    </message>
    <message>
        <source>Add to Collection</source>
        <translation>Add to Collection</translation>
    </message>
    <message>
        <source>Take out of a collection</source>
        <translation>Take out of a collection</translation>
    </message>
    <message>
        <source>Take out of Collection</source>
        <translation>Take out of Collection</translation>
    </message>
    <message>
        <source>Collection:</source>
        <translation>Collection:</translation>
    </message>
</context>
<context>
    <name>DocumentView</name>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Open the file</source>
        <translation>Open the file</translation>
    </message>
    <message>
        <source>From the interview %1</source>
        <translation>From the interview %1</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>title</source>
        <translation>title</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>birth date</source>
        <translation>birth date</translation>
    </message>
    <message>
        <source>date of leaving</source>
        <translation>date of leaving</translation>
    </message>
    <message>
        <source>date of coming home</source>
        <translation>date of coming home</translation>
    </message>
    <message>
        <source>date taken</source>
        <translation>date taken</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>city</source>
        <translation>city</translation>
    </message>
    <message>
        <source>place above</source>
        <translation>place above</translation>
    </message>
    <message>
        <source>record</source>
        <translation>record</translation>
    </message>
    <message>
        <source>The program that had this archive open has ended, but a process it started still holds it (%1). Restart the computer, or end that process, then try again.</source>
        <translation>The program that had this archive open has ended, but a process it started still holds it (%1). Restart the computer, or end that process, then try again.</translation>
    </message>
    <message>
        <source>This archive is open in another window or by another program. Close it there first; until then it can only be read here.</source>
        <translation>This archive is open in another window or by another program. Close it there first; until then it can only be read here.</translation>
    </message>
    <message>
        <source>The catalogue of this archive (archive.sqlite) is damaged or missing, so it cannot be opened. Nothing was changed. Restore a backup with “archive-app restore”; the newest one is %1.</source>
        <translation>The catalogue of this archive (archive.sqlite) is damaged or missing, so it cannot be opened. Nothing was changed. Restore a backup with “archive-app restore”; the newest one is %1.</translation>
    </message>
    <message>
        <source>on your backup drive</source>
        <translation>on your backup drive</translation>
    </message>
    <message>
        <source>Something in the archive folder is in the way: %1 should be a folder or a file but is not. Move it out of the archive folder and try again.</source>
        <translation>Something in the archive folder is in the way: %1 should be a folder or a file but is not. Move it out of the archive folder and try again.</translation>
    </message>
    <message>
        <source>The disk that holds the archive is full. Nothing half-written was kept; what was saved before stays. Free some space, then try again.</source>
        <translation>The disk that holds the archive is full. Nothing half-written was kept; what was saved before stays. Free some space, then try again.</translation>
    </message>
    <message>
        <source>The disk that holds the archive refused to save (%1). Nothing half-written was kept.</source>
        <translation>The disk that holds the archive refused to save (%1). Nothing half-written was kept.</translation>
    </message>
    <message>
        <source>Nothing may be saved inside the archive folder. Choose a place outside it.</source>
        <translation>Nothing may be saved inside the archive folder. Choose a place outside it.</translation>
    </message>
    <message>
        <source>%1 exists already and was not replaced.</source>
        <translation>%1 exists already and was not replaced.</translation>
    </message>
    <message>
        <source>%1 cannot be written there. Choose another place.</source>
        <translation>%1 cannot be written there. Choose another place.</translation>
    </message>
    <message>
        <source>%1 is not a backup that can be restored. Nothing was changed.</source>
        <translation>%1 is not a backup that can be restored. Nothing was changed.</translation>
    </message>
    <message>
        <source>The folder %1 is not an archive. Choose another folder, or create a new archive.</source>
        <translation>The folder %1 is not an archive. Choose another folder, or create a new archive.</translation>
    </message>
    <message>
        <source>There is already an archive in %1.</source>
        <translation>There is already an archive in %1.</translation>
    </message>
    <message>
        <source>This archive was saved by a newer version of Hometown Voices. Please update the app to open it.</source>
        <translation>This archive was saved by a newer version of Hometown Voices. Please update the app to open it.</translation>
    </message>
    <message>
        <source>This archive could not be brought up to this version of Hometown Voices: step %1 would have lost the link between some records. The archive was left exactly as it was. Please keep it as it is and tell the app&apos;s makers.</source>
        <translation>This archive could not be brought up to this version of Hometown Voices: step %1 would have lost the link between some records. The archive was left exactly as it was. Please keep it as it is and tell the app&apos;s makers.</translation>
    </message>
    <message>
        <source>This item is no longer in the archive. It may have been removed.</source>
        <translation>This item is no longer in the archive. It may have been removed.</translation>
    </message>
    <message>
        <source>The %1 “%2” is not a date. Write it as 2024, 2024-02 or 2024-02-10.</source>
        <translation>The %1 “%2” is not a date. Write it as 2024, 2024-02 or 2024-02-10.</translation>
    </message>
    <message>
        <source>This cannot be taken away because other items still refer to it.</source>
        <translation>This cannot be taken away because other items still refer to it.</translation>
    </message>
    <message>
        <source>A place cannot be put under one of its own places.</source>
        <translation>A place cannot be put under one of its own places.</translation>
    </message>
    <message>
        <source>The %1 cannot be empty.</source>
        <translation>The %1 cannot be empty.</translation>
    </message>
    <message>
        <source>The %1 “%2” cannot be used here.</source>
        <translation>The %1 “%2” cannot be used here.</translation>
    </message>
    <message>
        <source>This archive is open read-only, so nothing was changed.</source>
        <translation>This archive is open read-only, so nothing was changed.</translation>
    </message>
    <message>
        <source>The file %1 could not be imported.</source>
        <translation>The file %1 could not be imported.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Stopped.</translation>
    </message>
    <message>
        <source>%1 is inside the archive folder. Choose a place outside it.</source>
        <translation>%1 is inside the archive folder. Choose a place outside it.</translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new name; nothing was replaced.</source>
        <translation>%1 already exists. Choose a new name; nothing was replaced.</translation>
    </message>
    <message>
        <source>The original %1 no longer matches its checksum: it is damaged. Run the archive check and restore it from a backup. Nothing was exported.</source>
        <translation>The original %1 no longer matches its checksum: it is damaged. Run the archive check and restore it from a backup. Nothing was exported.</translation>
    </message>
    <message>
        <source>No font with Chinese characters was found for the films&apos; words. Install one (such as WenQuanYi Micro Hei or Noto Sans CJK) and try again.</source>
        <translation>No font with Chinese characters was found for the films&apos; words. Install one (such as WenQuanYi Micro Hei or Noto Sans CJK) and try again.</translation>
    </message>
    <message>
        <source>The recording %1 could not be read; nothing was exported.</source>
        <translation>The recording %1 could not be read; nothing was exported.</translation>
    </message>
    <message>
        <source>The archive is busy. Please try again in a moment.</source>
        <translation>The archive is busy. Please try again in a moment.</translation>
    </message>
    <message>
        <source>The file or folder could not be read or written (%1).</source>
        <translation>The file or folder could not be read or written (%1).</translation>
    </message>
    <message>
        <source>Something went wrong and nothing was changed. If it happens again, please tell whoever looks after this computer.</source>
        <translation>Something went wrong and nothing was changed. If it happens again, please tell whoever looks after this computer.</translation>
    </message>
    <message>
        <source>name in Latin letters</source>
        <translation>name in Latin letters</translation>
    </message>
    <message>
        <source>other names</source>
        <translation>other names</translation>
    </message>
    <message>
        <source>gender</source>
        <translation>gender</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>place</source>
        <translation>place</translation>
    </message>
    <message>
        <source>home</source>
        <translation>home</translation>
    </message>
    <message>
        <source>place left</source>
        <translation>place left</translation>
    </message>
    <message>
        <source>language</source>
        <translation>language</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>summary</translation>
    </message>
    <message>
        <source>keywords</source>
        <translation>keywords</translation>
    </message>
    <message>
        <source>caption</source>
        <translation>caption</translation>
    </message>
    <message>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <source>level</source>
        <translation>level</translation>
    </message>
    <message>
        <source>work</source>
        <translation>work</translation>
    </message>
    <message>
        <source>interview</source>
        <translation>interview</translation>
    </message>
    <message>
        <source>kind of document</source>
        <translation>kind of document</translation>
    </message>
    <message>
        <source>tier</source>
        <translation>tier</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>kind</translation>
    </message>
    <message>
        <source>words</source>
        <translation>words</translation>
    </message>
    <message>
        <source>speaker</source>
        <translation>speaker</translation>
    </message>
    <message>
        <source>start</source>
        <translation>start</translation>
    </message>
    <message>
        <source>end</source>
        <translation>end</translation>
    </message>
    <message>
        <source>synopsis</source>
        <translation>synopsis</translation>
    </message>
    <message>
        <source>latitude</source>
        <translation>latitude</translation>
    </message>
    <message>
        <source>longitude</source>
        <translation>longitude</translation>
    </message>
    <message>
        <source>This cannot be removed while a consent record names it. Consent records are kept for good: withdraw the consent instead.</source>
        <translation>This cannot be removed while a consent record names it. Consent records are kept for good: withdraw the consent instead.</translation>
    </message>
    <message>
        <source>This cannot be removed while other items depend on it.</source>
        <translation>This cannot be removed while other items depend on it.</translation>
    </message>
    <message>
        <source>This change cannot be undone on its own: the %1 was changed again later. Undo the later change first.</source>
        <translation>This change cannot be undone on its own: the %1 was changed again later. Undo the later change first.</translation>
    </message>
    <message>
        <source>This is already in the archive.</source>
        <translation>This is already in the archive.</translation>
    </message>
    <message>
        <source>This can no longer be put back: the bin was emptied since.</source>
        <translation>This can no longer be put back: the bin was emptied since.</translation>
    </message>
    <message>
        <source>This cannot be removed while a passage of it is kept private at someone&apos;s request. Such records are kept for good: open the passage again instead.</source>
        <translation>This cannot be removed while a passage of it is kept private at someone&apos;s request. Such records are kept for good: open the passage again instead.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Replace the file?</source>
        <translation>Replace the file?</translation>
    </message>
    <message>
        <source>%1 exists already. Replace it with this export?</source>
        <translation>%1 exists already. Replace it with this export?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Replace</translation>
    </message>
    <message>
        <source>Keep the old file</source>
        <translation>Keep the old file</translation>
    </message>
    <message>
        <source>Someone in this photo asked that their face not be shown.</source>
        <translation>Someone in this photo asked that their face not be shown.</translation>
    </message>
    <message>
        <source>This photo&apos;s story is not part of the export.</source>
        <translation>This photo&apos;s story is not part of the export.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export stories</source>
        <translation>Export stories</translation>
    </message>
    <message>
        <source>Story site (a folder that opens in any browser)</source>
        <translation>Story site (a folder that opens in any browser)</translation>
    </message>
    <message>
        <source>Story site as one .zip file</source>
        <translation>Story site as one .zip file</translation>
    </message>
    <message>
        <source>Story films (one MP4 per story)</source>
        <translation>Story films (one MP4 per story)</translation>
    </message>
    <message>
        <source>BagIt bag for an archive (a folder)</source>
        <translation>BagIt bag for an archive (a folder)</translation>
    </message>
    <message>
        <source>BagIt bag as one .zip file</source>
        <translation>BagIt bag as one .zip file</translation>
    </message>
    <message>
        <source>OHMS XML for the OHMS viewer and Aviary (one file per interview)</source>
        <translation>OHMS XML for the OHMS viewer and Aviary (one file per interview)</translation>
    </message>
    <message>
        <source>Dublin Core spreadsheet (.csv for Excel and Omeka S)</source>
        <translation>Dublin Core spreadsheet (.csv for Excel and Omeka S)</translation>
    </message>
    <message>
        <source>Export as</source>
        <translation>Export as</translation>
    </message>
    <message>
        <source>For</source>
        <translation>For</translation>
    </message>
    <message>
        <source>Second line in films</source>
        <translation>Second line in films</translation>
    </message>
    <message>
        <source>Where to write it (outside the archive folder)</source>
        <translation>Where to write it (outside the archive folder)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Save to</source>
        <translation>Save to</translation>
    </message>
    <message>
        <source>Everything in the archive (for curators: every record, for the next team)</source>
        <translation>Everything in the archive (for curators: every record, for the next team)</translation>
    </message>
    <message>
        <source>Families</source>
        <translation>Families</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>Collections</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Interviews</translation>
    </message>
    <message>
        <source>Pick a family, a collection or some interviews.</source>
        <translation>Pick a family, a collection or some interviews.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Save the export as</source>
        <translation>Save the export as</translation>
    </message>
    <message>
        <source>New folder for the export</source>
        <translation>New folder for the export</translation>
    </message>
    <message>
        <source>Asking the consent records…</source>
        <translation>Asking the consent records…</translation>
    </message>
    <message>
        <source>Goes out: %1 stories with %2 photos. Held back: %3.</source>
        <translation>Goes out: %1 stories with %2 photos. Held back: %3.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Written to %1: %2 files, %3 MB.</source>
        <translation>Written to %1: %2 files, %3 MB.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>FamilyMode</name>
    <message>
        <source>Family mode</source>
        <extracomment>family mode for this family (when the app offers family mode)</extracomment>
        <translation>Family mode</translation>
    </message>
    <message>
        <source>Family Mode…</source>
        <translation>Family Mode…</translation>
    </message>
    <message>
        <source>Family Mode</source>
        <extracomment>show the family window full screen (tests and screenshots set a size instead)</extracomment>
        <translation>Family Mode</translation>
    </message>
    <message>
        <source>There are no families in this archive yet. Add one first.</source>
        <translation>There are no families in this archive yet. Add one first.</translation>
    </message>
    <message>
        <source>Which family will use the computer?</source>
        <translation>Which family will use the computer?</translation>
    </message>
    <message>
        <source>This archive has no family %1.</source>
        <translation>This archive has no family %1.</translation>
    </message>
</context>
<context>
    <name>FamilyModePanel</name>
    <message>
        <source>Open Family Mode</source>
        <translation>Open Family Mode</translation>
    </message>
    <message>
        <source>What is held back?</source>
        <translation>What is held back?</translation>
    </message>
    <message>
        <source>Show a second line under the words (another transcript tier)</source>
        <translation>Show a second line under the words (another transcript tier)</translation>
    </message>
    <message>
        <source>Collections also shown to this family:</source>
        <translation>Collections also shown to this family:</translation>
    </message>
    <message>
        <source>Show a collection…</source>
        <translation>Show a collection…</translation>
    </message>
    <message>
        <source>Stop showing it</source>
        <translation>Stop showing it</translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>None yet.</translation>
    </message>
    <message>
        <source>Family mode shows %1 stories and %2 photos; %3 items are held back.</source>
        <translation>Family mode shows stories: %1, photos: %2; held back: %3.</translation>
    </message>
    <message>
        <source>Every collection is shown to this family already.</source>
        <translation>Every collection is shown to this family already.</translation>
    </message>
    <message>
        <source>Show a collection</source>
        <translation>Show a collection</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>Collection</translation>
    </message>
</context>
<context>
    <name>FamilySettingsRows</name>
    <message>
        <source>Family mode passphrase</source>
        <translation>Family mode passphrase</translation>
    </message>
    <message>
        <source>Open in family mode on every start (the family last shown)</source>
        <translation>Open in family mode on every start (the family last shown)</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Set</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Change…</translation>
    </message>
    <message>
        <source>Not set yet</source>
        <translation>Not set yet</translation>
    </message>
    <message>
        <source>Set…</source>
        <translation>Set…</translation>
    </message>
    <message>
        <source>Show a quiet card for as long as it lasts</source>
        <translation>Show a quiet card for as long as it lasts</translation>
    </message>
    <message>
        <source>Jump over it</source>
        <translation>Jump over it</translation>
    </message>
    <message>
        <source>A part of a story kept private</source>
        <translation>A part of a story kept private</translation>
    </message>
</context>
<context>
    <name>FamilyView</name>
    <message>
        <source>Family</source>
        <translation>Family</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Add a member…</source>
        <translation>Add a member…</translation>
    </message>
    <message>
        <source>Remove from family</source>
        <translation>Remove from family</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Away from home</source>
        <translation>Away from home</translation>
    </message>
    <message>
        <source>No members yet.</source>
        <translation>No members yet.</translation>
    </message>
    <message>
        <source>Add a family member</source>
        <translation>Add a family member</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <source>Add Family Member</source>
        <translation>Add Family Member</translation>
    </message>
    <message>
        <source>Remove Family Member</source>
        <translation>Remove Family Member</translation>
    </message>
</context>
<context>
    <name>FamilyWindow</name>
    <message>
        <source>Home</source>
        <extracomment>the curator gave the passphrase: family mode may end</extracomment>
        <translation>Home</translation>
    </message>
    <message>
        <source>Where are Mum and Dad?</source>
        <translation>Where are Mum and Dad?</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Leave</translation>
    </message>
    <message>
        <source>Our photos</source>
        <translation>Our photos</translation>
    </message>
    <message>
        <source>Only the interviewer can leave family mode. Type the passphrase.</source>
        <translation>Only the interviewer can leave family mode. Type the passphrase.</translation>
    </message>
    <message>
        <source>The reasons are for the interviewer. Type the passphrase to see them.</source>
        <translation>The reasons are for the interviewer. Type the passphrase to see them.</translation>
    </message>
</context>
<context>
    <name>FamilyWords</name>
    <message>
        <source>Grandma</source>
        <extracomment>the smallest button side, in pixels (a finger, an unsteady hand) point sizes; nothing a family reads is smaller than READING_PT</extracomment>
        <translation>Grandma</translation>
    </message>
    <message>
        <source>Grandpa</source>
        <translation>Grandpa</translation>
    </message>
    <message>
        <source>Mum</source>
        <translation>Mum</translation>
    </message>
    <message>
        <source>Dad</source>
        <translation>Dad</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Child</translation>
    </message>
    <message>
        <source>Brother or sister</source>
        <translation>Brother or sister</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Guardian</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Family</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in this transcript</source>
        <extracomment>go to this row replace in these rows: (rows, find, replacement)</extracomment>
        <translation>Find in this transcript</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Replace with</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Previous</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Replace</translation>
    </message>
    <message>
        <source>Replace all</source>
        <translation>Replace all</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Not found</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
</context>
<context>
    <name>HeldBack</name>
    <message>
        <source>Story</source>
        <translation>Story</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>Someone in it asked that their face not be shown.</source>
        <translation>Someone in it asked that their face not be shown.</translation>
    </message>
</context>
<context>
    <name>HeldBackDialog</name>
    <message>
        <source>Not shown to the family</source>
        <translation>Not shown to the family</translation>
    </message>
    <message>
        <source>The consent records keep these from %1 for now:</source>
        <translation>The consent records keep these from %1 for now:</translation>
    </message>
    <message>
        <source>Nothing is held back: the family has no stories yet.</source>
        <translation>Nothing is held back: the family has no stories yet.</translation>
    </message>
</context>
<context>
    <name>HeldItems</name>
    <message numerus="yes">
        <source>%n interview(s)</source>
        <translation>
            <numerusform>%n interview</numerusform>
            <numerusform>%n interviews</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n photo</numerusform>
            <numerusform>%n photos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>When</source>
        <extracomment>how many changes a page lists (the command line&apos;s ``history`` gives them all) what names a record of each kind in a sentence</extracomment>
        <translation>When</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <source>No changes recorded yet.</source>
        <translation>No changes recorded yet.</translation>
    </message>
    <message>
        <source>Put this back</source>
        <translation>Put this back</translation>
    </message>
    <message>
        <source>Give the field its value from before this change, or make the link again</source>
        <translation>Give the field its value from before this change, or make the link again</translation>
    </message>
    <message>
        <source>Undone: </source>
        <translation>Undone: </translation>
    </message>
    <message>
        <source>Linked</source>
        <translation>Linked</translation>
    </message>
    <message>
        <source>Link taken away</source>
        <translation>Link taken away</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Removed</translation>
    </message>
    <message>
        <source>Put Back %1</source>
        <translation>Put Back %1</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Our family</source>
        <extracomment>called when the tile takes the keyboard focus (to scroll it into view)</extracomment>
        <translation>Our family</translation>
    </message>
    <message>
        <source>Our stories</source>
        <translation>Our stories</translation>
    </message>
    <message>
        <source>There are no stories to listen to here yet. When the interviewer comes again, they will bring more.</source>
        <translation>There are no stories to listen to here yet. When the interviewer comes again, they will bring more.</translation>
    </message>
    <message>
        <source>Why? (for the interviewer)</source>
        <translation>Why? (for the interviewer)</translation>
    </message>
    <message>
        <source>Our photos</source>
        <translation>Our photos</translation>
    </message>
</context>
<context>
    <name>HotkeyHelp</name>
    <message>
        <source>Hotkeys</source>
        <translation>Hotkeys</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Restore defaults</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Jump by</source>
        <translation>Jump by</translation>
    </message>
    <message>
        <source>Hear again on resuming</source>
        <translation>Hear again on resuming</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>%1 is already used for “%2”. Choose another key.</source>
        <translation>%1 is already used for “%2”. Choose another key.</translation>
    </message>
</context>
<context>
    <name>Hotkeys</name>
    <message>
        <source>Play or pause (on resuming, the last moment is heard again)</source>
        <extracomment>every hotkey, in the order the help panel lists them</extracomment>
        <translation>Play or pause (on resuming, the last moment is heard again)</translation>
    </message>
    <message>
        <source>Jump back</source>
        <translation>Jump back</translation>
    </message>
    <message>
        <source>Jump forward</source>
        <translation>Jump forward</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>Slower</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>Faster</translation>
    </message>
    <message>
        <source>Insert timestamp: this passage starts now, then go to the next</source>
        <translation>Insert timestamp: this passage starts now, then go to the next</translation>
    </message>
    <message>
        <source>Split the passage at the cursor, at the playhead</source>
        <translation>Split the passage at the cursor, at the playhead</translation>
    </message>
    <message>
        <source>Merge with the next passage</source>
        <translation>Merge with the next passage</translation>
    </message>
    <message>
        <source>Next speaker</source>
        <translation>Next speaker</translation>
    </message>
    <message>
        <source>New chapter here</source>
        <translation>New chapter here</translation>
    </message>
    <message>
        <source>Find and replace</source>
        <translation>Find and replace</translation>
    </message>
    <message>
        <source>Show or hide these hotkeys</source>
        <translation>Show or hide these hotkeys</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>The file is empty.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <source>This kind of file cannot be kept in the archive.</source>
        <translation>This kind of file cannot be kept in the archive.</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>The file could not be read.</translation>
    </message>
    <message>
        <source>The file disappeared during the import.</source>
        <translation>The file disappeared during the import.</translation>
    </message>
    <message>
        <source>The recording is damaged or incomplete.</source>
        <translation>The recording is damaged or incomplete.</translation>
    </message>
    <message>
        <source>The picture is damaged or is not really a picture.</source>
        <translation>The picture is damaged or is not really a picture.</translation>
    </message>
    <message>
        <source>The transcript has no text.</source>
        <translation>The transcript has no text.</translation>
    </message>
    <message>
        <source>The transcript&apos;s characters could not be recognised.</source>
        <translation>The transcript&apos;s characters could not be recognised.</translation>
    </message>
    <message>
        <source>The transcript could not be read.</source>
        <translation>The transcript could not be read.</translation>
    </message>
    <message>
        <source>There is no such file or folder.</source>
        <translation>There is no such file or folder.</translation>
    </message>
    <message>
        <source>The file&apos;s name is not readable text. Rename the file and import it again.</source>
        <translation>The file&apos;s name is not readable text. Rename the file and import it again.</translation>
    </message>
    <message>
        <source>This is not an ordinary file (a pipe or a device).</source>
        <translation>This is not an ordinary file (a pipe or a device).</translation>
    </message>
    <message>
        <source>A broken link: the file it points to does not exist.</source>
        <translation>A broken link: the file it points to does not exist.</translation>
    </message>
    <message>
        <source>The picture has too many pixels to be opened safely.</source>
        <translation>The picture has too many pixels to be opened safely.</translation>
    </message>
    <message>
        <source>The WebVTT file has no WEBVTT header line, and no timed text to read instead.</source>
        <translation>The WebVTT file has no WEBVTT header line, and no timed text to read instead.</translation>
    </message>
    <message>
        <source>The file could not be imported.</source>
        <translation>The file could not be imported.</translation>
    </message>
</context>
<context>
    <name>ImportBag</name>
    <message>
        <source>There is no such file or folder.</source>
        <translation>There is no such file or folder.</translation>
    </message>
    <message>
        <source>This is not a BagIt bag.</source>
        <translation>This is not a BagIt bag.</translation>
    </message>
    <message>
        <source>The bag names a file outside itself.</source>
        <translation>The bag names a file outside itself.</translation>
    </message>
    <message>
        <source>The bag holds a link to another place.</source>
        <translation>The bag holds a link to another place.</translation>
    </message>
    <message>
        <source>The bag&apos;s description (bag-info.txt) cannot be read.</source>
        <translation>The bag&apos;s description (bag-info.txt) cannot be read.</translation>
    </message>
    <message>
        <source>The bag claims other sizes than it holds.</source>
        <translation>The bag claims other sizes than it holds.</translation>
    </message>
    <message>
        <source>Files the bag lists are missing.</source>
        <translation>Files the bag lists are missing.</translation>
    </message>
    <message>
        <source>The bag holds files its lists do not name.</source>
        <translation>The bag holds files its lists do not name.</translation>
    </message>
    <message>
        <source>A file in the bag is damaged or was changed.</source>
        <translation>A file in the bag is damaged or was changed.</translation>
    </message>
    <message>
        <source>The bag is not valid.</source>
        <translation>The bag is not valid.</translation>
    </message>
    <message>
        <source>This bag was not made by Hometown Voices.</source>
        <translation>This bag was not made by Hometown Voices.</translation>
    </message>
    <message>
        <source>This bag holds stories prepared for an audience; only a curator&apos;s bag can be merged.</source>
        <translation>This bag holds stories prepared for an audience; only a curator&apos;s bag can be merged.</translation>
    </message>
    <message>
        <source>This bag was made by a newer version of Hometown Voices. Update the app.</source>
        <translation>This bag was made by a newer version of Hometown Voices. Update the app.</translation>
    </message>
    <message>
        <source>The bag&apos;s descriptions of its records are damaged.</source>
        <translation>The bag&apos;s descriptions of its records are damaged.</translation>
    </message>
    <message>
        <source>Nothing in the archive was changed.</source>
        <translation>Nothing in the archive was changed.</translation>
    </message>
</context>
<context>
    <name>ImportBagDialog</name>
    <message>
        <source>Import another interviewer&apos;s bag</source>
        <translation>Import another interviewer&apos;s bag</translation>
    </message>
    <message>
        <source>A bag exported by Hometown Voices for curators is merged into this archive: records are matched by their ids and files by their contents, so nothing is added twice. Where both sides changed a record, the newer change is kept and the other stays in its history. A withdrawal of consent on either side stands.</source>
        <translation>A bag exported by Hometown Voices for curators is merged into this archive: records are matched by their ids and files by their contents, so nothing is added twice. Where both sides changed a record, the newer change is kept and the other stays in its history. A withdrawal of consent on either side stands.</translation>
    </message>
    <message>
        <source>The bag: a folder or a .zip file</source>
        <translation>The bag: a folder or a .zip file</translation>
    </message>
    <message>
        <source>Choose .zip…</source>
        <translation>Choose .zip…</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>Choose folder…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Choose a bag</source>
        <translation>Choose a bag</translation>
    </message>
    <message>
        <source>Choose a bag folder</source>
        <translation>Choose a bag folder</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Checking every file of the bag…</source>
        <translation>Checking every file of the bag…</translation>
    </message>
    <message>
        <source>Added %1, updated %2, unchanged %3. Changed on both sides: %4.</source>
        <translation>Added %1, updated %2, unchanged %3. Changed on both sides: %4.</translation>
    </message>
    <message>
        <source>kept the bag&apos;s newer change</source>
        <translation>kept the bag&apos;s newer change</translation>
    </message>
    <message>
        <source>kept this archive&apos;s newer change</source>
        <translation>kept this archive&apos;s newer change</translation>
    </message>
    <message>
        <source>Cancelled. Nothing in the archive was changed.</source>
        <translation>Cancelled. Nothing in the archive was changed.</translation>
    </message>
</context>
<context>
    <name>ImportBar</name>
    <message>
        <source>Cancel import</source>
        <extracomment>why the import stopped before the end when it was not cancelled (a full disk), worded fraction done (0..1) and the name of the file just finished an :class:`ImportOutcome`, when the import has finished or stopped a plain sentence, when the import could not run at all</extracomment>
        <translation>Cancel import</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importing %1…</translation>
    </message>
    <message>
        <source>Stopping after the files in hand…</source>
        <translation>Stopping after the files in hand…</translation>
    </message>
</context>
<context>
    <name>ImportSheet</name>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Narrator</source>
        <translation>Narrator</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>File name</translation>
    </message>
    <message>
        <source>No title, and no file whose interview it could be.</source>
        <translation>No title, and no file whose interview it could be.</translation>
    </message>
    <message>
        <source>“%1” is not a date (write 2024-02-10 or 2024年2月10日).</source>
        <translation>“%1” is not a date (write 2024-02-10 or 2024年2月10日).</translation>
    </message>
    <message>
        <source>No file called “%1” is in the archive; import it first.</source>
        <translation>No file called “%1” is in the archive; import it first.</translation>
    </message>
    <message>
        <source>Several files in the archive are called “%1”.</source>
        <translation>Several files in the archive are called “%1”.</translation>
    </message>
</context>
<context>
    <name>ImportSheetDialog</name>
    <message>
        <source>Import a spreadsheet of interviews</source>
        <translation>Import a spreadsheet of interviews</translation>
    </message>
    <message>
        <source>The spreadsheet: a .csv or .xlsx file</source>
        <translation>The spreadsheet: a .csv or .xlsx file</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>What each column holds (correct the guess):</source>
        <translation>What each column holds (correct the guess):</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Holds</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>What happens</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Choose a spreadsheet</source>
        <translation>Choose a spreadsheet</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(not imported)</translation>
    </message>
    <message>
        <source>Describes the interview of its file</source>
        <translation>Describes the interview of its file</translation>
    </message>
    <message>
        <source>A new interview</source>
        <translation>A new interview</translation>
    </message>
    <message>
        <source>%1 rows will be imported; %2 rows cannot be and will be skipped.</source>
        <translation>%1 rows will be imported; %2 rows cannot be and will be skipped.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Added %1 interviews, updated %2; skipped %3 rows.</source>
        <translation>Added %1 interviews, updated %2; skipped %3 rows.</translation>
    </message>
    <message>
        <source>Cancelled. Nothing in the archive was changed.</source>
        <translation>Cancelled. Nothing in the archive was changed.</translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message>
        <source>Import finished</source>
        <translation>Import finished</translation>
    </message>
    <message>
        <source>The import was stopped. The files imported before that are kept in the archive.</source>
        <translation>The import was stopped. The files imported before that are kept in the archive.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) imported.</source>
        <translation>
            <numerusform>%n file imported.</numerusform>
            <numerusform>%n files imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) were already in the archive.</source>
        <translation>
            <numerusform>%n file was already in the archive.</numerusform>
            <numerusform>%n files were already in the archive.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hidden file(s) or folder(s) were left out (system files, or photos deleted on the phone).</source>
        <translation>
            <numerusform>%n hidden file or folder was left out (a system file, or a photo deleted on the phone).</numerusform>
            <numerusform>%n hidden files or folders were left out (system files, or photos deleted on the phone).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported:</source>
        <translation>
            <numerusform>%n file could not be imported:</numerusform>
            <numerusform>%n files could not be imported:</numerusform>
        </translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) were imported with warnings:</source>
        <translation>
            <numerusform>%n file was imported with warnings:</numerusform>
            <numerusform>%n files were imported with warnings:</numerusform>
        </translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message numerus="yes">
        <source>%n invisible control character(s) (such as NUL) were taken out or shown as �.</source>
        <translation>
            <numerusform>%n invisible control character (such as NUL) was taken out or shown as �.</numerusform>
            <numerusform>%n invisible control characters (such as NUL) were taken out or shown as �.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vertical tab(s) or page break(s) from a word processor were read as line breaks.</source>
        <translation>
            <numerusform>%n vertical tab or page break from a word processor was read as a line break.</numerusform>
            <numerusform>%n vertical tabs or page breaks from a word processor were read as line breaks.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file has no WEBVTT header line; it was read as %1.</source>
        <translation>The file has no WEBVTT header line; it was read as %1.</translation>
    </message>
    <message>
        <source>The file is not SRT subtitles; it was read as %1.</source>
        <translation>The file is not SRT subtitles; it was read as %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) outside any subtitle cue were left out.</source>
        <translation>
            <numerusform>%n line outside any subtitle cue was left out.</numerusform>
            <numerusform>%n lines outside any subtitle cue were left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n time(s) not valid (the first: %1); those segments have no time.</source>
        <translation>
            <numerusform>%n time is not valid (%1); its segment has no time.</numerusform>
            <numerusform>%n times are not valid (the first: %1); their segments have no time.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s) end before they start; their times were left out.</source>
        <translation>
            <numerusform>%n segment ends before it starts; its times were left out.</numerusform>
            <numerusform>%n segments end before they start; their times were left out.</numerusform>
        </translation>
    </message>
    <message>
        <source>Something in the file had to be repaired.</source>
        <translation>Something in the file had to be repaired.</translation>
    </message>
    <message>
        <source>SRT subtitles</source>
        <translation>SRT subtitles</translation>
    </message>
    <message>
        <source>WebVTT subtitles</source>
        <translation>WebVTT subtitles</translation>
    </message>
    <message>
        <source>timecoded text</source>
        <translation>timecoded text</translation>
    </message>
    <message>
        <source>plain text</source>
        <translation>plain text</translation>
    </message>
    <message>
        <source>Whisper JSON</source>
        <translation>Whisper JSON</translation>
    </message>
</context>
<context>
    <name>InterviewView</name>
    <message>
        <source>Title</source>
        <extracomment>someone asked to hear this interview from a second: (interview id, start in seconds) the fields and links; scrolled on their own so the listening tab never scrolls away</extracomment>
        <translation>Title</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>e.g. 2024-02-10, 2024-02 or 2024</source>
        <translation>e.g. 2024-02-10, 2024-02 or 2024</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Language or dialect</source>
        <translation>Language or dialect</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>Keywords</translation>
    </message>
    <message>
        <source>separated by 、 or ,</source>
        <translation>separated by 、 or ,</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Add a person…</source>
        <extracomment>who may see this interview, and why not the player and transcript editor</extracomment>
        <translation>Add a person…</translation>
    </message>
    <message>
        <source>Remove from interview</source>
        <translation>Remove from interview</translation>
    </message>
    <message>
        <source>Listening</source>
        <translation>Listening</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>Collections</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Nobody is linked yet. Add the narrator.</source>
        <translation>Nobody is linked yet. Add the narrator.</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>None.</translation>
    </message>
    <message>
        <source>In no collection.</source>
        <translation>In no collection.</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the names of narrators</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Add a person to this interview</source>
        <translation>Add a person to this interview</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Link %1</source>
        <translation>Link %1</translation>
    </message>
    <message>
        <source>Unlink %1</source>
        <translation>Unlink %1</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
</context>
<context>
    <name>ListPane</name>
    <message>
        <source>Show all</source>
        <extracomment>which other kinds of change can alter each list&apos;s rows (names, counts shown in them) widths the person gave columns by dragging their edge the person picked a record in the list: (kind, id)</extracomment>
        <translation>Show all</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Search interviews, transcripts, people, places…</source>
        <extracomment>the person chose another archive to open (or to retry this one writable) the person changed language or text size a transcript hit or other link asks to hear an interview from a second family mode, when the app offers it: a View menu entry and a panel on family pages section name -&gt; handler(target) for sidebar sections the lists do not show called with every Changes after the views have followed it a record is being opened: the lists it passes through must not change the page who each interview is open to, for the interview list&apos;s last column</extracomment>
        <translation>Search interviews, transcripts, people, places…</translation>
    </message>
    <message>
        <source>%1 — Hometown Voices</source>
        <extracomment>the window&apos;s actions, in its menus and toolbar search as you type; the writer brings the index up to date meanwhile scheduled catalogue backups and the reminder of files not checked for 90 days</extracomment>
        <translation>%1 — Hometown Voices</translation>
    </message>
    <message>
        <source>(read-only)</source>
        <translation>(read-only)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>New Archive…</source>
        <translation>New Archive…</translation>
    </message>
    <message>
        <source>Open Archive…</source>
        <translation>Open Archive…</translation>
    </message>
    <message>
        <source>Import Files…</source>
        <translation>Import Files…</translation>
    </message>
    <message>
        <source>Import Folder…</source>
        <translation>Import Folder…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>New Interview</source>
        <translation>New Interview</translation>
    </message>
    <message>
        <source>New Person</source>
        <translation>New Person</translation>
    </message>
    <message>
        <source>New Family</source>
        <translation>New Family</translation>
    </message>
    <message>
        <source>New Place</source>
        <translation>New Place</translation>
    </message>
    <message>
        <source>New Collection</source>
        <translation>New Collection</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>About Hometown Voices</source>
        <translation>About Hometown Voices</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Interviews</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Families</source>
        <translation>Families</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Open Recent</source>
        <translation>Open Recent</translation>
    </message>
    <message>
        <source>Import Another Interviewer&apos;s Bag…</source>
        <translation>Import Another Interviewer&apos;s Bag…</translation>
    </message>
    <message>
        <source>Import Spreadsheet of Interviews…</source>
        <translation>Import Spreadsheet of Interviews…</translation>
    </message>
    <message>
        <source>Export Stories…</source>
        <translation>Export Stories…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Consent</source>
        <translation>&amp;Consent</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Main</translation>
    </message>
    <message>
        <source>In the collection %1</source>
        <translation>In the collection %1</translation>
    </message>
    <message>
        <source>Tagged %1</source>
        <translation>Tagged %1</translation>
    </message>
    <message>
        <source>Recorded in %1</source>
        <translation>Recorded in %1</translation>
    </message>
    <message>
        <source>New interview</source>
        <translation>New interview</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>New person</translation>
    </message>
    <message>
        <source>New family</source>
        <translation>New family</translation>
    </message>
    <message>
        <source>New place</source>
        <translation>New place</translation>
    </message>
    <message>
        <source>New collection</source>
        <translation>New collection</translation>
    </message>
    <message>
        <source>Import files</source>
        <translation>Import files</translation>
    </message>
    <message>
        <source>Import a folder</source>
        <translation>Import a folder</translation>
    </message>
    <message>
        <source>This archive is open read-only, so nothing can be imported here.</source>
        <translation>This archive is open read-only, so nothing can be imported here.</translation>
    </message>
    <message>
        <source>An import is already running. Wait for it to finish, or cancel it first.</source>
        <translation>An import is already running. Wait for it to finish, or cancel it first.</translation>
    </message>
    <message>
        <source>Preparing the import…</source>
        <translation>Preparing the import…</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) imported.</source>
        <translation>
            <numerusform>%n file imported.</numerusform>
            <numerusform>%n files imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hometown Voices</source>
        <translation>Hometown Voices</translation>
    </message>
    <message>
        <source>Open an archive folder</source>
        <translation>Open an archive folder</translation>
    </message>
    <message>
        <source>Choose an empty folder for the new archive</source>
        <translation>Choose an empty folder for the new archive</translation>
    </message>
    <message>
        <source>No recent archives</source>
        <translation>No recent archives</translation>
    </message>
    <message>
        <source>Hometown Voices (乡音) %1
An oral-history archive for left-behind families, kept on your own computer.</source>
        <translation>Hometown Voices (乡音) %1
An oral-history archive for left-behind families, kept on your own computer.</translation>
    </message>
    <message>
        <source>Remove from the Archive…</source>
        <translation>Remove from the Archive…</translation>
    </message>
    <message>
        <source>Open what you want to remove first.</source>
        <translation>Open what you want to remove first.</translation>
    </message>
    <message>
        <source>Remove from the archive</source>
        <translation>Remove from the archive</translation>
    </message>
    <message>
        <source>Remove %1 from the archive? Its links go with it. Undo brings it back, and so does restoring it from the bin until the bin is emptied.</source>
        <translation>Remove %1 from the archive? Its links go with it. Undo brings it back, and so does restoring it from the bin until the bin is emptied.</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Remove %1</translation>
    </message>
    <message>
        <source>%1 (not found)</source>
        <translation>%1 (not found)</translation>
    </message>
    <message>
        <source>Clear the List</source>
        <translation>Clear the List</translation>
    </message>
    <message>
        <source>Bin…</source>
        <translation>Bin…</translation>
    </message>
</context>
<context>
    <name>MediaPanel</name>
    <message>
        <source>Recordings cannot be played on this computer.</source>
        <extracomment>everything, so that it can move to a window of its own</extracomment>
        <translation>Recordings cannot be played on this computer.</translation>
    </message>
    <message>
        <source>No recording yet: drop one on the window to listen while you type.</source>
        <translation>No recording yet: drop one on the window to listen while you type.</translation>
    </message>
    <message>
        <source>Listening and transcribing</source>
        <translation>Listening and transcribing</translation>
    </message>
    <message>
        <source>Own window</source>
        <translation>Own window</translation>
    </message>
    <message>
        <source>Move the player and transcript to a window of their own</source>
        <translation>Move the player and transcript to a window of their own</translation>
    </message>
    <message>
        <source>The player and transcript are open in their own window.</source>
        <translation>The player and transcript are open in their own window.</translation>
    </message>
    <message>
        <source>Bring them back here</source>
        <translation>Bring them back here</translation>
    </message>
    <message>
        <source>Kept private from %1</source>
        <translation>Kept private from %1</translation>
    </message>
    <message>
        <source>Keep private…</source>
        <translation>Keep private…</translation>
    </message>
    <message>
        <source>Keep a passage from some audiences: the stretch marked on the seek bar (Shift and drag), the lines selected, or from the playhead</source>
        <translation>Keep a passage from some audiences: the stretch marked on the seek bar (Shift and drag), the lines selected, or from the playhead</translation>
    </message>
</context>
<context>
    <name>MigrationDialog</name>
    <message>
        <source>Time away from home</source>
        <translation>Time away from home</translation>
    </message>
    <message>
        <source>e.g. 2015 or 2015-03</source>
        <translation>e.g. 2015 or 2015-03</translation>
    </message>
    <message>
        <source>empty if still away</source>
        <translation>empty if still away</translation>
    </message>
    <message>
        <source>Went to (city)</source>
        <translation>Went to (city)</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Work</translation>
    </message>
    <message>
        <source>Left home</source>
        <translation>Left home</translation>
    </message>
    <message>
        <source>Came home</source>
        <translation>Came home</translation>
    </message>
</context>
<context>
    <name>MigrationTimeline</name>
    <message>
        <source>still away</source>
        <translation>still away</translation>
    </message>
    <message>
        <source>No time away from home is recorded.</source>
        <translation>No time away from home is recorded.</translation>
    </message>
</context>
<context>
    <name>PassageDialog</name>
    <message>
        <source>Keep a passage private</source>
        <translation>Keep a passage private</translation>
    </message>
    <message>
        <source>The people chosen below will not hear this passage nor read its lines, in the family view, in search and in every export. You still hear everything.</source>
        <translation>The people chosen below will not hear this passage nor read its lines, in the family view, in search and in every export. You still hear everything.</translation>
    </message>
    <message>
        <source>From – to</source>
        <translation>From – to</translation>
    </message>
    <message>
        <source>Kept from</source>
        <translation>Kept from</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>Asked by</translation>
    </message>
    <message>
        <source>Asked on</source>
        <translation>Asked on</translation>
    </message>
    <message>
        <source>In the person&apos;s words, e.g. my son&apos;s divorce</source>
        <translation>In the person&apos;s words, e.g. my son&apos;s divorce</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Keep private</source>
        <translation>Keep private</translation>
    </message>
    <message>
        <source>Give the times as 3:20 or 0:03:20, the end after the start.</source>
        <translation>Give the times as 3:20 or 0:03:20, the end after the start.</translation>
    </message>
    <message>
        <source>Choose whom it is kept from.</source>
        <translation>Choose whom it is kept from.</translation>
    </message>
    <message>
        <source>Link the narrator to the interview first: someone must ask.</source>
        <translation>Link the narrator to the interview first: someone must ask.</translation>
    </message>
    <message>
        <source>Say why, as the person put it.</source>
        <translation>Say why, as the person put it.</translation>
    </message>
</context>
<context>
    <name>PassageList</name>
    <message>
        <source>Passages kept private</source>
        <extracomment>one line of text per passage (what the person reads), and its &quot;open again&quot; button</extracomment>
        <translation>Passages kept private</translation>
    </message>
    <message>
        <source>Keep a passage private…</source>
        <translation>Keep a passage private…</translation>
    </message>
    <message>
        <source>Open again…</source>
        <translation>Open again…</translation>
    </message>
    <message>
        <source>None: every passage is open as the consent allows.</source>
        <translation>None: every passage is open as the consent allows.</translation>
    </message>
</context>
<context>
    <name>PersonConsents</name>
    <message>
        <source>Record consent…</source>
        <translation>Record consent…</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>Withdraw…</translation>
    </message>
    <message>
        <source>No consent recorded yet.</source>
        <translation>No consent recorded yet.</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <source>Type a name, in characters or pinyin</source>
        <translation>Type a name, in characters or pinyin</translation>
    </message>
    <message>
        <source>New person: %1</source>
        <translation>New person: %1</translation>
    </message>
</context>
<context>
    <name>PersonView</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Name in pinyin or Latin letters</source>
        <translation>Name in pinyin or Latin letters</translation>
    </message>
    <message>
        <source>Other names</source>
        <translation>Other names</translation>
    </message>
    <message>
        <source>nicknames, dialect names</source>
        <translation>nicknames, dialect names</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Born</translation>
    </message>
    <message>
        <source>e.g. 1950 or 2012-06-01</source>
        <translation>e.g. 1950 or 2012-06-01</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Add time away…</source>
        <translation>Add time away…</translation>
    </message>
    <message>
        <source>Family</source>
        <extracomment>the person&apos;s consent records, with buttons to record or withdraw one</extracomment>
        <translation>Family</translation>
    </message>
    <message>
        <source>Away from home</source>
        <translation>Away from home</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Interviews</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>In no family yet.</source>
        <translation>In no family yet.</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>None.</translation>
    </message>
    <message>
        <source>Add Time Away</source>
        <translation>Add Time Away</translation>
    </message>
</context>
<context>
    <name>PhotoView</name>
    <message>
        <source>Fit</source>
        <translation>Fit</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>Actual size</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Caption</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Taken</translation>
    </message>
    <message>
        <source>e.g. 2024-02-10</source>
        <translation>e.g. 2024-02-10</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Add a person…</source>
        <translation>Add a person…</translation>
    </message>
    <message>
        <source>Not in this photo</source>
        <translation>Not in this photo</translation>
    </message>
    <message>
        <source>People in this photo</source>
        <extracomment>who may see this photo, and why not</extracomment>
        <translation>People in this photo</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>From the interview %1</source>
        <translation>From the interview %1</translation>
    </message>
    <message>
        <source>Nobody is named yet.</source>
        <translation>Nobody is named yet.</translation>
    </message>
    <message>
        <source>Who is in this photo?</source>
        <translation>Who is in this photo?</translation>
    </message>
    <message>
        <source>Name Person in Photo</source>
        <translation>Name Person in Photo</translation>
    </message>
    <message>
        <source>Unname Person in Photo</source>
        <translation>Unname Person in Photo</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>Collections</translation>
    </message>
    <message>
        <source>In no collection.</source>
        <translation>In no collection.</translation>
    </message>
</context>
<context>
    <name>PlaceTreeModel</name>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
</context>
<context>
    <name>PlaceView</name>
    <message>
        <source>Name</source>
        <extracomment>show a list narrowed to this place: (kind of list, Scope)</extracomment>
        <translation>Name</translation>
    </message>
    <message>
        <source>Name in pinyin or Latin letters</source>
        <translation>Name in pinyin or Latin letters</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Lies in</source>
        <translation>Lies in</translation>
    </message>
    <message>
        <source>Places in it</source>
        <translation>Places in it</translation>
    </message>
    <message>
        <source>Recorded here and in the places in it</source>
        <translation>Recorded here and in the places in it</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>None.</translation>
    </message>
    <message numerus="yes">
        <source>%n interview(s)</source>
        <translation>
            <numerusform>%n interview</numerusform>
            <numerusform>%n interviews</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n photo</numerusform>
            <numerusform>%n photos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people living here</source>
        <translation>
            <numerusform>%n person living here</numerusform>
            <numerusform>%n people living here</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Playback</name>
    <message>
        <source>The recording %1 cannot be played. The file may be missing or damaged.</source>
        <extracomment>the speeds offered, slowest first; 1.0 is normal speech seconds on the interview&apos;s timeline (reported by the player, or after a seek) the timeline&apos;s length in seconds the recording now loaded: its index and whether it is a video a plain sentence in the user&apos;s language: a recording cannot be played seconds heard again when playback resumes after a pause</extracomment>
        <translation>The recording %1 cannot be played. The file may be missing or damaged.</translation>
    </message>
</context>
<context>
    <name>PrivatePassages</name>
    <message>
        <source>Kept from %1 at the request of %2 (%3): %4</source>
        <extracomment>segment id -&gt; the audiences it is kept from today</extracomment>
        <translation>Kept from %1 at the request of %2 (%3): %4</translation>
    </message>
    <message>
        <source>open again from %1</source>
        <translation>open again from %1</translation>
    </message>
    <message>
        <source>Keep private</source>
        <translation>Keep private</translation>
    </message>
    <message>
        <source>Open a passage again</source>
        <translation>Open a passage again</translation>
    </message>
    <message>
        <source>%1

Why may it be heard now? (The record stays.)</source>
        <translation>%1

Why may it be heard now? (The record stays.)</translation>
    </message>
</context>
<context>
    <name>ReadOnlyBanner</name>
    <message>
        <source>This archive is open in another window, so here you can look but not change anything. Close the other window, then press Try again.</source>
        <translation>This archive is open in another window, so here you can look but not change anything. Close the other window, then press Try again.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>Edit %1</source>
        <extracomment>emitted with a plain sentence when a value was refused</extracomment>
        <translation>Edit %1</translation>
    </message>
</context>
<context>
    <name>RenameSpeakerDialog</name>
    <message>
        <source>Rename a speaker</source>
        <translation>Rename a speaker</translation>
    </message>
    <message>
        <source>Every passage of this speaker, in every transcript of the interview, gets the new name.</source>
        <translation>Every passage of this speaker, in every transcript of the interview, gets the new name.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n passage(s))</source>
        <translation>
            <numerusform>%1 (%n passage)</numerusform>
            <numerusform>%1 (%n passages)</numerusform>
        </translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Speaker</translation>
    </message>
    <message>
        <source>New name</source>
        <translation>New name</translation>
    </message>
</context>
<context>
    <name>Safekeeping</name>
    <message>
        <source>Check Every File Now</source>
        <extracomment>how many hurt records a message names before it says how many more</extracomment>
        <translation>Check Every File Now</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) not checked for 90 days</source>
        <translation>
            <numerusform>%n file not checked for 90 days</numerusform>
            <numerusform>%n files not checked for 90 days</numerusform>
        </translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>Check now</translation>
    </message>
    <message>
        <source>This archive is open read-only here, so its files cannot be checked now.</source>
        <translation>This archive is open read-only here, so its files cannot be checked now.</translation>
    </message>
    <message>
        <source>Checking every file… %1%</source>
        <translation>Checking every file… %1%</translation>
    </message>
    <message numerus="yes">
        <source>All %n file(s) are whole.</source>
        <translation>
            <numerusform>The %n file is whole.</numerusform>
            <numerusform>All %n files are whole.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) are missing or changed. Restore them from a backup copy of the archive.</source>
        <translation>
            <numerusform>%n file is missing or changed. Restore it from a backup copy of the archive.</numerusform>
            <numerusform>%n files are missing or changed. Restore them from a backup copy of the archive.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n more</numerusform>
            <numerusform>%n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) are missing or changed: %1. Restore them from a backup copy of the archive.</source>
        <translation>
            <numerusform>%n file is missing or changed: %1. Restore it from a backup copy of the archive.</numerusform>
            <numerusform>%n files are missing or changed: %1. Restore them from a backup copy of the archive.</numerusform>
        </translation>
    </message>
    <message>
        <source>the recording of “%1”</source>
        <translation>the recording of “%1”</translation>
    </message>
    <message>
        <source>the photo “%1”</source>
        <translation>the photo “%1”</translation>
    </message>
    <message>
        <source>the document “%1”</source>
        <translation>the document “%1”</translation>
    </message>
</context>
<context>
    <name>SearchController</name>
    <message>
        <source>Preparing search… %1%</source>
        <extracomment>(query, seconds from keystroke to results shown): for the benchmark and the status bar how far a rebuild of the index has come (0..1), from the writer thread the index has been opened and searched once (set from the search worker)</extracomment>
        <translation>Preparing search… %1%</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved “%1” in the sidebar.</source>
        <translation>Saved “%1” in the sidebar.</translation>
    </message>
    <message>
        <source>This search is too long or nested too deeply. Please shorten it.</source>
        <translation>This search is too long or nested too deeply. Please shorten it.</translation>
    </message>
    <message>
        <source>“%1” is not a date. Write it as 2019, 2019-06 or 2019-06-01.</source>
        <translation>“%1” is not a date. Write it as 2019, 2019-06 or 2019-06-01.</translation>
    </message>
</context>
<context>
    <name>SearchPane</name>
    <message>
        <source>Save this search</source>
        <extracomment>kinds of hit whose own page opens a hit was chosen (opened) the facet filters changed: {facet: value} the person asked to keep this search in the sidebar</extracomment>
        <translation>Save this search</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <extracomment>in place of the results when nothing is found: what to try instead the dates and facets that narrow the results</extracomment>
        <translation>Nothing found for “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) for “%1”</source>
        <translation>
            <numerusform>%n result for “%1”</numerusform>
            <numerusform>%n results for “%1”</numerusform>
        </translation>
    </message>
    <message>
        <source>(showing the best %1)</source>
        <translation>(showing the best %1)</translation>
    </message>
    <message>
        <source>The search index is being prepared; these results come straight from the catalogue.</source>
        <translation>The search index is being prepared; these results come straight from the catalogue.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>year</source>
        <translation>year</translation>
    </message>
    <message>
        <source>A year, a month (2019-06) or a day (2019-06-01)</source>
        <translation>A year, a month (2019-06) or a day (2019-06-01)</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Speaker</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Try fewer words, or a shorter one: 外婆 finds more than 外婆的春节.</source>
        <translation>Try fewer words, or a shorter one: 外婆 finds more than 外婆的春节.</translation>
    </message>
    <message>
        <source>Simplified and traditional characters find each other, and pinyin without tones works too (waipo).</source>
        <translation>Simplified and traditional characters find each other, and pinyin without tones works too (waipo).</translation>
    </message>
    <message>
        <source>Titles, summaries, names, places, photo captions and transcripts are searched; a recording&apos;s words only once it has a transcript.</source>
        <translation>Titles, summaries, names, places, photo captions and transcripts are searched; a recording&apos;s words only once it has a transcript.</translation>
    </message>
    <message>
        <source>Take away the filters chosen on the left.</source>
        <translation>Take away the filters chosen on the left.</translation>
    </message>
    <message>
        <source>Some things to try:</source>
        <translation>Some things to try:</translation>
    </message>
</context>
<context>
    <name>SearchResults</name>
    <message>
        <source>%1 at %2</source>
        <extracomment>the facets shown, in order filters the date fields set</extracomment>
        <translation>%1 at %2</translation>
    </message>
</context>
<context>
    <name>SeekBar</name>
    <message>
        <source>Position in the interview</source>
        <extracomment>the shade of a passage kept private (a muted violet, apart from the amber of playing) a stretch was marked with Shift and drag: (from, to) seconds</extracomment>
        <translation>Position in the interview</translation>
    </message>
</context>
<context>
    <name>SetPassphraseDialog</name>
    <message>
        <source>Passphrase for family mode</source>
        <translation>Passphrase for family mode</translation>
    </message>
    <message>
        <source>Family mode can only be left with this passphrase. Choose one the family will not guess, and keep it safe.</source>
        <translation>Family mode can only be left with this passphrase. Choose one the family will not guess, and keep it safe.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Again</translation>
    </message>
    <message>
        <source>Use at least %1 characters.</source>
        <translation>Use at least %1 characters.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>The two passphrases are not the same.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <extracomment>each language named in itself, so anyone can find their own</extracomment>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Same as the computer</source>
        <translation>Same as the computer</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>Large</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>Larger</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Text size</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>Library</source>
        <extracomment>the library&apos;s sections, in the order shown</extracomment>
        <translation>Library</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Interviews</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Families</source>
        <translation>Families</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>Collections</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>Saved searches</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Consent due</source>
        <translation>Consent due</translation>
    </message>
</context>
<context>
    <name>StoryScreen</name>
    <message>
        <source>Back 10 seconds</source>
        <extracomment>seconds each photo stays up when nothing else says how long what to do at a passage kept private: CARD or JUMP (the window sets it)</extracomment>
        <translation>Back 10 seconds</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Next story</source>
        <translation>Next story</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Play</translation>
    </message>
    <message>
        <source>Getting the story ready…</source>
        <translation>Getting the story ready…</translation>
    </message>
    <message>
        <source>A part of this story is kept private</source>
        <translation>A part of this story is kept private</translation>
    </message>
</context>
<context>
    <name>StoryTile</name>
    <message>
        <source>Play</source>
        <translation>Play</translation>
    </message>
</context>
<context>
    <name>TagEditor</name>
    <message>
        <source>Add a tag</source>
        <extracomment>the data of the entry to take away the data of the entry to open</extracomment>
        <translation>Add a tag</translation>
    </message>
    <message>
        <source>Remove tag</source>
        <translation>Remove tag</translation>
    </message>
</context>
<context>
    <name>TagView</name>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>With this tag: %1.</source>
        <translation>With this tag: %1.</translation>
    </message>
    <message>
        <source>Nothing carries this tag yet.</source>
        <translation>Nothing carries this tag yet.</translation>
    </message>
</context>
<context>
    <name>TierLabelDialog</name>
    <message>
        <source>Name and language of the tier</source>
        <translation>Name and language of the tier</translation>
    </message>
    <message>
        <source>for example 普通话, English, 四川话</source>
        <translation>for example 普通话, English, 四川话</translation>
    </message>
    <message>
        <source>for example zh-Hans, en, 西南官话</source>
        <translation>for example zh-Hans, en, 西南官话</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Language or dialect</source>
        <translation>Language or dialect</translation>
    </message>
</context>
<context>
    <name>TranscriptEditor</name>
    <message>
        <source>Typing</source>
        <extracomment>a plain sentence for the person (why an action did nothing)</extracomment>
        <translation>Typing</translation>
    </message>
    <message>
        <source>Write a time as 1:23.4 or 1:02:03.</source>
        <translation>Write a time as 1:23.4 or 1:02:03.</translation>
    </message>
    <message>
        <source>Set Time</source>
        <translation>Set Time</translation>
    </message>
    <message>
        <source>New Passage</source>
        <translation>New Passage</translation>
    </message>
    <message>
        <source>Choose that tier as the transcript to cut its passages.</source>
        <translation>Choose that tier as the transcript to cut its passages.</translation>
    </message>
    <message>
        <source>There must be words on both sides of the cut.</source>
        <translation>There must be words on both sides of the cut.</translation>
    </message>
    <message>
        <source>Split Passage</source>
        <translation>Split Passage</translation>
    </message>
    <message>
        <source>This is the last passage: there is nothing to merge it with.</source>
        <translation>This is the last passage: there is nothing to merge it with.</translation>
    </message>
    <message>
        <source>Merge Passages</source>
        <translation>Merge Passages</translation>
    </message>
    <message>
        <source>Delete Passage</source>
        <translation>Delete Passage</translation>
    </message>
    <message>
        <source>There is no recording to take the time from.</source>
        <translation>There is no recording to take the time from.</translation>
    </message>
    <message>
        <source>The playhead is before the start of the passage above.</source>
        <translation>The playhead is before the start of the passage above.</translation>
    </message>
    <message>
        <source>Set Speaker</source>
        <translation>Set Speaker</translation>
    </message>
    <message>
        <source>Rename Speaker</source>
        <translation>Rename Speaker</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Replace</translation>
    </message>
</context>
<context>
    <name>TranscriptPane</name>
    <message>
        <source>Transcript</source>
        <extracomment>hear the interview from this second (a row was clicked) the hotkeys help was asked for</extracomment>
        <translation>Transcript</translation>
    </message>
    <message>
        <source>Beside it</source>
        <translation>Beside it</translation>
    </message>
    <message>
        <source>Tiers shown beside the transcript, aligned by time</source>
        <translation>Tiers shown beside the transcript, aligned by time</translation>
    </message>
    <message>
        <source>Name and language of this tier…</source>
        <translation>Name and language of this tier…</translation>
    </message>
    <message>
        <source>New tier…</source>
        <translation>New tier…</translation>
    </message>
    <message>
        <source>A new tier beside this transcript (a Mandarin rendering, a translation)</source>
        <translation>A new tier beside this transcript (a Mandarin rendering, a translation)</translation>
    </message>
    <message>
        <source>Rename speaker…</source>
        <translation>Rename speaker…</translation>
    </message>
    <message>
        <source>Find…</source>
        <translation>Find…</translation>
    </message>
    <message>
        <source>Hotkeys</source>
        <translation>Hotkeys</translation>
    </message>
    <message>
        <source>No transcript yet. Type one while you listen, or drop a transcript file (SRT, WebVTT, Whisper JSON or text) on the window.</source>
        <translation>No transcript yet. Type one while you listen, or drop a transcript file (SRT, WebVTT, Whisper JSON or text) on the window.</translation>
    </message>
    <message>
        <source>Start typing a transcript</source>
        <translation>Start typing a transcript</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Speaker</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Translation</translation>
    </message>
    <message>
        <source>Verbatim</source>
        <translation>Verbatim</translation>
    </message>
    <message numerus="yes">
        <source>Replaced in %n passage(s).</source>
        <translation>
            <numerusform>Replaced in %n passage.</numerusform>
            <numerusform>Replaced in %n passages.</numerusform>
        </translation>
    </message>
    <message>
        <source>No passage has a speaker yet.</source>
        <translation>No passage has a speaker yet.</translation>
    </message>
    <message numerus="yes">
        <source>Renamed in %n passage(s).</source>
        <translation>
            <numerusform>Renamed in %n passage.</numerusform>
            <numerusform>Renamed in %n passages.</numerusform>
        </translation>
    </message>
    <message>
        <source>Start a Transcript</source>
        <translation>Start a Transcript</translation>
    </message>
    <message>
        <source>New tier</source>
        <translation>New tier</translation>
    </message>
    <message>
        <source>Name of the new tier (for example 普通话, English):</source>
        <translation>Name of the new tier (for example 普通话, English):</translation>
    </message>
    <message>
        <source>New Tier %1</source>
        <translation>New Tier %1</translation>
    </message>
    <message>
        <source>Rename Tier</source>
        <translation>Rename Tier</translation>
    </message>
</context>
<context>
    <name>TranscriptView</name>
    <message>
        <source>Keep these lines private…</source>
        <extracomment>after the person scrolls by hand, the view leaves the scrolling to them for this long the person clicked a row: hear it (row number) the person asked to keep the selected lines private: (from, to) seconds</extracomment>
        <translation>Keep these lines private…</translation>
    </message>
</context>
<context>
    <name>TransportBar</name>
    <message>
        <source>Back %1 s</source>
        <extracomment>the person asked to jump by a number of seconds (negative: back) the hotkey of each button, shown in its tooltip the line&apos;s end, where the panel adds its own buttons</extracomment>
        <translation>Back %1 s</translation>
    </message>
    <message>
        <source>Forward %1 s</source>
        <translation>Forward %1 s</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Speed</translation>
    </message>
    <message>
        <source>Slower or faster; the voice keeps its pitch.</source>
        <translation>Slower or faster; the voice keeps its pitch.</translation>
    </message>
    <message>
        <source>Slower or faster (on this computer the pitch changes too).</source>
        <translation>Slower or faster (on this computer the pitch changes too).</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Play</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>For the interviewer</source>
        <translation>For the interviewer</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Go back</translation>
    </message>
    <message>
        <source>That is not the passphrase.</source>
        <translation>That is not the passphrase.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong tries. Wait %n second(s) before trying again.</source>
        <translation>
            <numerusform>Too many wrong tries. Wait %n second before trying again.</numerusform>
            <numerusform>Too many wrong tries. Wait %n seconds before trying again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Recorded</source>
        <extracomment>the translation catalogue&apos;s context of these words</extracomment>
        <translation>Recorded</translation>
    </message>
    <message>
        <source>Transcribed</source>
        <translation>Transcribed</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Reviewed</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>Narrator</source>
        <translation>Narrator</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>Interviewer</translation>
    </message>
    <message>
        <source>Mentioned</source>
        <translation>Mentioned</translation>
    </message>
    <message>
        <source>Mother</source>
        <translation>Mother</translation>
    </message>
    <message>
        <source>Father</source>
        <translation>Father</translation>
    </message>
    <message>
        <source>Grandmother</source>
        <translation>Grandmother</translation>
    </message>
    <message>
        <source>Grandfather</source>
        <translation>Grandfather</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Child</translation>
    </message>
    <message>
        <source>Brother or sister</source>
        <translation>Brother or sister</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Guardian</translation>
    </message>
    <message>
        <source>Other relative</source>
        <translation>Other relative</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>Prefecture or city</source>
        <translation>Prefecture or city</translation>
    </message>
    <message>
        <source>County</source>
        <translation>County</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>Township</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Consent form</source>
        <translation>Consent form</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>gender</comment>
        <translation>Other</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>gender</comment>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Interview</source>
        <extracomment>a record&apos;s kind as a singular noun</extracomment>
        <translation>Interview</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Family</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Recording</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transcript</translation>
    </message>
    <message>
        <source>Transcript passage</source>
        <translation>Transcript passage</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation>Chapter</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>Collection</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Family</source>
        <comment>audience</comment>
        <extracomment>an interview&apos;s statuses and a document&apos;s types, in the order of work</extracomment>
        <translation>Family</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Community</translation>
    </message>
    <message>
        <source>Researchers</source>
        <translation>Researchers</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Public</translation>
    </message>
    <message>
        <source>Curators</source>
        <translation>Curators</translation>
    </message>
    <message>
        <source>Archive staff</source>
        <translation>Archive staff</translation>
    </message>
    <message>
        <source>、</source>
        <comment>between the items of a list: 、 in Chinese, a comma and a space in English</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Chinese</translation>
    </message>
    <message>
        <source>Simplified Chinese</source>
        <translation>Simplified Chinese</translation>
    </message>
    <message>
        <source>Traditional Chinese</source>
        <translation>Traditional Chinese</translation>
    </message>
    <message>
        <source>Mandarin</source>
        <translation>Mandarin</translation>
    </message>
    <message>
        <source>Cantonese</source>
        <translation>Cantonese</translation>
    </message>
    <message>
        <source>Min Nan (Hokkien, Teochew)</source>
        <translation>Min Nan (Hokkien, Teochew)</translation>
    </message>
    <message>
        <source>Hakka</source>
        <translation>Hakka</translation>
    </message>
    <message>
        <source>Wu (Shanghainese)</source>
        <translation>Wu (Shanghainese)</translation>
    </message>
    <message>
        <source>Xiang (Hunanese)</source>
        <translation>Xiang (Hunanese)</translation>
    </message>
    <message>
        <source>Gan</source>
        <translation>Gan</translation>
    </message>
    <message>
        <source>Jin</source>
        <translation>Jin</translation>
    </message>
    <message>
        <source>Min Dong (Fuzhounese)</source>
        <translation>Min Dong (Fuzhounese)</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>Japanese</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>Korean</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>Vietnamese</translation>
    </message>
    <message>
        <source>French</source>
        <translation>French</translation>
    </message>
    <message>
        <source>German</source>
        <translation>German</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Spanish</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Russian</translation>
    </message>
</context>
<context>
    <name>WelcomeWindow</name>
    <message>
        <source>The archive “%1” is not there any more (%2). If it is on a USB stick or an external disk, plug it in and choose it again; or choose another archive.</source>
        <translation>The archive “%1” is not there any more (%2). If it is on a USB stick or an external disk, plug it in and choose it again; or choose another archive.</translation>
    </message>
    <message>
        <source>Hometown Voices Archive</source>
        <translation>Hometown Voices Archive</translation>
    </message>
    <message>
        <source>Welcome to Hometown Voices</source>
        <translation>Welcome to Hometown Voices</translation>
    </message>
    <message>
        <source>Hometown Voices</source>
        <translation>Hometown Voices</translation>
    </message>
    <message>
        <source>Keep the voices of home: the recordings, photos and stories of left-behind families, on this computer, with no internet needed.</source>
        <translation>Keep the voices of home: the recordings, photos and stories of left-behind families, on this computer, with no internet needed.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Same as the computer</source>
        <translation>Same as the computer</translation>
    </message>
    <message>
        <source>Try the sample archive</source>
        <translation>Try the sample archive</translation>
    </message>
    <message>
        <source>Invented families, interviews, photos and transcripts to try everything on. It is made in your Documents folder the first time, in a few seconds.</source>
        <translation>Invented families, interviews, photos and transcripts to try everything on. It is made in your Documents folder the first time, in a few seconds.</translation>
    </message>
    <message>
        <source>Open the Sample</source>
        <translation>Open the Sample</translation>
    </message>
    <message>
        <source>Start a new archive</source>
        <translation>Start a new archive</translation>
    </message>
    <message>
        <source>A new, empty archive in the folder below. Choose another folder to keep it on a USB stick or an external disk.</source>
        <translation>A new, empty archive in the folder below. Choose another folder to keep it on a USB stick or an external disk.</translation>
    </message>
    <message>
        <source>Make the Archive</source>
        <translation>Make the Archive</translation>
    </message>
    <message>
        <source>Another Folder…</source>
        <translation>Another Folder…</translation>
    </message>
    <message>
        <source>Open an archive you have</source>
        <translation>Open an archive you have</translation>
    </message>
    <message>
        <source>A folder with an archive in it, on this computer or on a USB stick.</source>
        <translation>A folder with an archive in it, on this computer or on a USB stick.</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Open…</translation>
    </message>
    <message>
        <source>Opened lately</source>
        <translation>Opened lately</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>%1 (not found)</source>
        <translation>%1 (not found)</translation>
    </message>
    <message>
        <source>Hometown Voices Sample</source>
        <translation>Hometown Voices Sample</translation>
    </message>
    <message>
        <source>The sample archive could not be made: %1</source>
        <translation>The sample archive could not be made: %1</translation>
    </message>
    <message>
        <source>Making the sample archive…</source>
        <translation>Making the sample archive…</translation>
    </message>
    <message>
        <source>Choose a folder for the new archive</source>
        <translation>Choose a folder for the new archive</translation>
    </message>
    <message>
        <source>Open an archive folder</source>
        <translation>Open an archive folder</translation>
    </message>
</context>
<context>
    <name>WhereScreen</name>
    <message>
        <source>In %1 since %2</source>
        <translation>In %1 since %2</translation>
    </message>
    <message>
        <source>, %1</source>
        <translation>, %1</translation>
    </message>
    <message>
        <source>At home since %1</source>
        <translation>At home since %1</translation>
    </message>
    <message>
        <source>At home</source>
        <translation>At home</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>At home: %1</source>
        <translation>At home: %1</translation>
    </message>
    <message>
        <source>Nobody in the family has gone away to work.</source>
        <translation>Nobody in the family has gone away to work.</translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <source>Withdraw a consent</source>
        <translation>Withdraw a consent</translation>
    </message>
    <message>
        <source>in their words, if they gave a reason</source>
        <translation>in their words, if they gave a reason</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Withdrawn from</source>
        <translation>Withdrawn from</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>From that day on, everything this consent opened is closed again everywhere: in search, the family view and every export.</source>
        <translation>From that day on, everything this consent opened is closed again everywhere: in search, the family view and every export.</translation>
    </message>
</context>
<context>
    <name>_OwnWindow</name>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>usage: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>positional arguments</translation>
    </message>
    <message>
        <source>options</source>
        <translation>options</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>show this help message and exit</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>show program&apos;s version number and exit</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: error: %(message)s
</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>the following arguments are required: %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>one of the arguments %s is required</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>unrecognized arguments: %s</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>ambiguous option: %(option)s could match %(matches)s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>invalid choice: %(value)r (choose from %(choices)s)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>invalid %(type)s value: %(value)r</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>can&apos;t open &apos;%(filename)s&apos;: %(error)s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>expected one argument</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>expected at most one argument</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>expected at least one argument</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>expected %s argument</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>expected %s arguments</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>not allowed with argument %s</translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation>unexpected option string: %s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>ignored explicit argument %r</translation>
    </message>
    <message>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>unknown parser %(parser_name)r (choices: %(choices)s)</translation>
    </message>
    <message>
        <source>conflicting option string: %s</source>
        <translation>conflicting option string: %s</translation>
    </message>
    <message>
        <source>conflicting option strings: %s</source>
        <translation>conflicting option strings: %s</translation>
    </message>
    <message>
        <source>.__call__() not defined</source>
        <translation>.__call__() not defined</translation>
    </message>
    <message>
        <source>&apos;required&apos; is an invalid argument for positionals</source>
        <translation>&apos;required&apos; is an invalid argument for positionals</translation>
    </message>
    <message>
        <source>mutually exclusive arguments must be optional</source>
        <translation>mutually exclusive arguments must be optional</translation>
    </message>
    <message>
        <source>%r is not callable</source>
        <translation>%r is not callable</translation>
    </message>
    <message>
        <source>cannot merge actions - two groups are named %r</source>
        <translation>cannot merge actions - two groups are named %r</translation>
    </message>
    <message>
        <source>invalid option string %(option)r: must start with a character %(prefix_chars)r</source>
        <translation>invalid option string %(option)r: must start with a character %(prefix_chars)r</translation>
    </message>
    <message>
        <source>dest= is required for options like %r</source>
        <translation>dest= is required for options like %r</translation>
    </message>
    <message>
        <source>invalid conflict_resolution value: %r</source>
        <translation>invalid conflict_resolution value: %r</translation>
    </message>
    <message>
        <source>cannot have multiple subparser arguments</source>
        <translation>cannot have multiple subparser arguments</translation>
    </message>
    <message>
        <source>conflicting subparser: %s</source>
        <translation>conflicting subparser: %s</translation>
    </message>
    <message>
        <source>conflicting subparser alias: %s</source>
        <translation>conflicting subparser alias: %s</translation>
    </message>
    <message>
        <source>argument &quot;-&quot; with mode %r</source>
        <translation>argument &quot;-&quot; with mode %r</translation>
    </message>
</context>
</TS>
