<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AppController</name>
    <message>
        <source>Hometown Voices</source>
        <translation>Hometown Voices</translation>
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
    <message numerus="yes">
        <source>%n item(s) in this collection</source>
        <translation>
            <numerusform>%n item in this collection</numerusform>
            <numerusform>%n items in this collection</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
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
        <extracomment>kinds of change after which consent answers and the due list may differ</extracomment>
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
        <source>This archive is open in another window or by another program. Close it there first; until then it can only be read here.</source>
        <translation>This archive is open in another window or by another program. Close it there first; until then it can only be read here.</translation>
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
</context>
<context>
    <name>Export</name>
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
        <source>Save the site as</source>
        <translation>Save the site as</translation>
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
        <source>Add Person</source>
        <translation>Add Person</translation>
    </message>
    <message>
        <source>Remove Family Member</source>
        <translation>Remove Family Member</translation>
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
        <source>The file could not be imported.</source>
        <translation>The file could not be imported.</translation>
    </message>
</context>
<context>
    <name>ImportBar</name>
    <message>
        <source>Cancel import</source>
        <extracomment>fraction done (0..1) and the name of the file just finished an :class:`ImportOutcome`, when the import has finished or stopped a plain sentence, when the import could not run at all</extracomment>
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
        <extracomment>the consent summary (badges and reasons) goes here the player and transcript editor (see media_slot); a simple list until then</extracomment>
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
        <source>Add Person</source>
        <translation>Add Person</translation>
    </message>
    <message>
        <source>Unlink %1</source>
        <translation>Unlink %1</translation>
    </message>
</context>
<context>
    <name>ListPane</name>
    <message>
        <source>Show all</source>
        <extracomment>which other kinds of change can alter each list&apos;s rows (names, counts shown in them) the person picked a record in the list: (kind, id)</extracomment>
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
        <extracomment>the person chose another archive to open (or to retry this one writable) the person changed language or text size a transcript hit or other link asks to hear an interview from a second section name -&gt; handler(target) for sidebar sections this window does not know called with every Change after the views have followed it called with every detail page when it is first made</extracomment>
        <translation>Search interviews, transcripts, people, places…</translation>
    </message>
    <message>
        <source>%1 — Hometown Voices</source>
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
        <source>%1 (not found)</source>
        <translation>%1 (not found)</translation>
    </message>
    <message>
        <source>No recent archives</source>
        <translation>No recent archives</translation>
    </message>
    <message>
        <source>Clear the List</source>
        <translation>Clear the List</translation>
    </message>
    <message>
        <source>Hometown Voices (乡音) %1
An oral-history archive for left-behind families, kept on your own computer.</source>
        <translation>Hometown Voices (乡音) %1
An oral-history archive for left-behind families, kept on your own computer.</translation>
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
        <extracomment>consent badges and reasons for this photo go here</extracomment>
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
        <source>Add Person</source>
        <translation>Add Person</translation>
    </message>
    <message>
        <source>Unname Person in Photo</source>
        <translation>Unname Person in Photo</translation>
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
    <message>
        <source>Add Place</source>
        <translation>Add Place</translation>
    </message>
</context>
<context>
    <name>RecordingsPanel</name>
    <message>
        <source>Listen in the computer&apos;s player</source>
        <translation>Listen in the computer&apos;s player</translation>
    </message>
    <message>
        <source>Recordings</source>
        <translation>Recordings</translation>
    </message>
    <message>
        <source>Transcripts</source>
        <translation>Transcripts</translation>
    </message>
    <message>
        <source>No recording yet: drop one on this window.</source>
        <translation>No recording yet: drop one on this window.</translation>
    </message>
    <message numerus="yes">
        <source>%n passages</source>
        <translation>
            <numerusform>%n passage</numerusform>
            <numerusform>%n passages</numerusform>
        </translation>
    </message>
    <message>
        <source>No transcript yet.</source>
        <translation>No transcript yet.</translation>
    </message>
    <message>
        <source>The passage found starts at %1.</source>
        <translation>The passage found starts at %1.</translation>
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
</context>
<context>
    <name>SearchPane</name>
    <message>
        <source>Save this search</source>
        <extracomment>a hit was chosen (opened) the facet filters changed: {facet: value} the person asked to keep this search in the sidebar</extracomment>
        <translation>Save this search</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
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
</context>
<context>
    <name>SearchResults</name>
    <message>
        <source>%1 at %2</source>
        <extracomment>the facets shown, in order</extracomment>
        <translation>%1 at %2</translation>
    </message>
</context>
<context>
    <name>SeekBar</name>
    <message>
        <source>Position in the interview</source>
        <translation>Position in the interview</translation>
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
    <message numerus="yes">
        <source>%n item(s) carry this tag</source>
        <translation>
            <numerusform>%n item carries this tag</numerusform>
            <numerusform>%n items carry this tag</numerusform>
        </translation>
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
    <name>TransportBar</name>
    <message>
        <source>Back %1 s</source>
        <extracomment>the person asked to jump by a number of seconds (negative: back) the hotkey of each button, shown in its tooltip</extracomment>
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
    <name>Vocabulary</name>
    <message>
        <source>Recorded</source>
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
        <source>Interview</source>
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
</TS>
