<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>AppController</name>
    <message>
        <source>Hometown Voices</source>
        <translation>鄉音</translation>
    </message>
</context>
<context>
    <name>ChapterDialog</name>
    <message>
        <source>Chapter</source>
        <translation>章節</translation>
    </message>
    <message>
        <source>separated by 、 or ,</source>
        <translation>用 、 或 , 分隔</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>標題</translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation>開始於</translation>
    </message>
    <message>
        <source>Synopsis</source>
        <translation>內容提要</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>關鍵詞</translation>
    </message>
    <message>
        <source>A chapter needs a title.</source>
        <translation>章節需要一個標題。</translation>
    </message>
    <message>
        <source>Write the start as 1:23 or 1:02:03.</source>
        <translation>開始時間請寫成 1:23 或 1:02:03。</translation>
    </message>
</context>
<context>
    <name>ChaptersPane</name>
    <message>
        <source>Chapters</source>
        <extracomment>the chapters shown changed: [(start, title)] for the seek bar</extracomment>
        <translation>章節</translation>
    </message>
    <message>
        <source>New chapter at the playhead</source>
        <translation>在播放位置新增章節</translation>
    </message>
    <message>
        <source>Edit the chapter</source>
        <translation>編輯章節</translation>
    </message>
    <message>
        <source>Remove the chapter</source>
        <translation>刪除章節</translation>
    </message>
    <message>
        <source>No chapters yet. Press + where a new part of the story begins.</source>
        <translation>還沒有章節。在故事新的一段開始處按 +。</translation>
    </message>
    <message>
        <source>Add Chapter</source>
        <translation>新增章節</translation>
    </message>
    <message>
        <source>Edit Chapter</source>
        <translation>編輯章節</translation>
    </message>
    <message>
        <source>Remove Chapter</source>
        <translation>刪除章節</translation>
    </message>
</context>
<context>
    <name>CollectionView</name>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>簡介</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) in this collection</source>
        <translation>
            <numerusform>此合集中有 %n 項</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>、</source>
        <translation>、</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>標題</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地點</translation>
    </message>
    <message>
        <source>Narrators</source>
        <translation>講述人</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>時長</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Open to</source>
        <translation>開放給</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Latin spelling</source>
        <translation>拼音</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>出生</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>家鄉</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>家庭</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>訪談</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>家庭成員</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>拍攝日期</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>所屬訪談</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人物</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>級別</translation>
    </message>
</context>
<context>
    <name>Consent</name>
    <message>
        <source>Things to do about consent: %1</source>
        <extracomment>kinds of change after which consent answers and the due list may differ</extracomment>
        <translation>知情同意待辦事項：%1</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>知情同意</translation>
    </message>
    <message>
        <source>Open an interview, a photo or a person first, then record their consent.</source>
        <translation>請先開啟一次訪談、一張照片或一個人物，再登記同意。</translation>
    </message>
    <message>
        <source>Record Consent…</source>
        <translation>登記同意…</translation>
    </message>
    <message>
        <source>Consent Due</source>
        <translation>待辦同意事項</translation>
    </message>
</context>
<context>
    <name>ConsentBadges</name>
    <message>
        <source>Curators only</source>
        <extracomment>the audiences a consent can open an item to, narrowest first kinds of change that can open or close items (people: links, birth dates; consents) the answers changed: views showing badges should redraw</extracomment>
        <translation>僅限管理員</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Record a consent</source>
        <translation>登記同意</translation>
    </message>
    <message>
        <source>Someone else…</source>
        <translation>其他人…</translation>
    </message>
    <message>
        <source>Whose consent</source>
        <translation>誰的同意</translation>
    </message>
    <message>
        <source>Signed or given on</source>
        <translation>簽署或表示同意的日期</translation>
    </message>
    <message>
        <source>The person themself</source>
        <translation>本人</translation>
    </message>
    <message>
        <source>A guardian, for a child</source>
        <translation>監護人（代孩子）</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>同意人</translation>
    </message>
    <message>
        <source>the guardian&apos;s name</source>
        <translation>監護人姓名</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>監護人</translation>
    </message>
    <message>
        <source>Guardian is the child&apos;s</source>
        <translation>監護人是孩子的</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>未記錄</translation>
    </message>
    <message>
        <source>Yes, the child agreed</source>
        <translation>孩子本人同意</translation>
    </message>
    <message>
        <source>No, the child did not agree</source>
        <translation>孩子本人不同意</translation>
    </message>
    <message>
        <source>The child&apos;s own agreement</source>
        <translation>孩子本人的意願</translation>
    </message>
    <message>
        <source>May be seen by</source>
        <translation>可以檢視的人</translation>
    </message>
    <message>
        <source>Everything they appear in</source>
        <translation>其出現的全部內容</translation>
    </message>
    <message>
        <source>Only “%1”</source>
        <translation>僅限“%1”</translation>
    </message>
    <message>
        <source>Covers</source>
        <translation>適用範圍</translation>
    </message>
    <message>
        <source>Keep closed until</source>
        <translation>封存至</translation>
    </message>
    <message>
        <source>Embargo</source>
        <translation>封存期</translation>
    </message>
    <message>
        <source>leave empty to show the real name</source>
        <translation>留空則顯示真實姓名</translation>
    </message>
    <message>
        <source>Show under the name</source>
        <translation>使用化名</translation>
    </message>
    <message>
        <source>Their face may be shown</source>
        <translation>可以顯示其面容</translation>
    </message>
    <message>
        <source>No signed form attached</source>
        <translation>未附簽字同意書</translation>
    </message>
    <message>
        <source>Signed form</source>
        <translation>簽字同意書</translation>
    </message>
    <message>
        <source>To attach a new scan, drop it on the interview first; a file named with “consent” or “同意” is kept as a document.</source>
        <translation>要附上新的掃描件，請先把它拖到這次訪談上；檔名含“consent”或“同意”的檔案會作為文件儲存。</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Whose consent is it?</source>
        <translation>這是誰的同意？</translation>
    </message>
    <message>
        <source>Choose whose consent this is.</source>
        <translation>請選擇這是誰的同意。</translation>
    </message>
    <message>
        <source>Write the guardian&apos;s name.</source>
        <translation>請填寫監護人姓名。</translation>
    </message>
</context>
<context>
    <name>ConsentDuePane</name>
    <message>
        <source>What is still owed to the people in the archive.</source>
        <translation>對檔案中的人還有哪些事要做。</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人物</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>要做的事</translation>
    </message>
    <message>
        <source>Renew: consent given as a child, now 18</source>
        <translation>需續簽：未成年時給出的同意，現已年滿18歲</translation>
    </message>
    <message>
        <source>Turned 18 on %1: ask them to consent for themselves.</source>
        <translation>於%1年滿18歲：請本人重新表示同意。</translation>
    </message>
    <message>
        <source>Signed form missing</source>
        <translation>缺少簽字同意書</translation>
    </message>
    <message>
        <source>Consent given on %1: no signed form or recorded agreement yet.</source>
        <translation>%1給出的同意：還沒有簽字同意書或錄音同意。</translation>
    </message>
    <message>
        <source>Birth date unknown</source>
        <translation>出生日期不詳</translation>
    </message>
    <message>
        <source>Check their age: a child needs a guardian&apos;s consent.</source>
        <translation>請核實年齡：未成年人需要監護人同意。</translation>
    </message>
</context>
<context>
    <name>ConsentPanel</name>
    <message>
        <source>guardian: %1</source>
        <translation>監護人：%1</translation>
    </message>
    <message>
        <source>nobody outside the archive</source>
        <translation>檔案庫以外的人都不能檢視</translation>
    </message>
    <message>
        <source>withdrawn %1</source>
        <translation>已於%1撤回</translation>
    </message>
    <message>
        <source>closed until %1</source>
        <translation>封存至%1</translation>
    </message>
    <message>
        <source>Withdraw a consent</source>
        <translation>撤回同意</translation>
    </message>
    <message>
        <source>There is no consent in force to withdraw here.</source>
        <translation>這裡沒有可以撤回的有效同意。</translation>
    </message>
    <message>
        <source>Open to:</source>
        <translation>開放給：</translation>
    </message>
    <message>
        <source>Record consent…</source>
        <translation>登記同意…</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>撤回…</translation>
    </message>
    <message>
        <source>Open to %1</source>
        <translation>對%1開放</translation>
    </message>
    <message>
        <source>Closed to %1</source>
        <translation>不對%1開放</translation>
    </message>
    <message>
        <source>Not open to %1: %2</source>
        <translation>不對%1開放：%2</translation>
    </message>
</context>
<context>
    <name>ConsentReasons</name>
    <message>
        <source>Someone</source>
        <translation>某人</translation>
    </message>
    <message>
        <source>%1 has no consent recorded.</source>
        <translation>%1尚未登記同意。</translation>
    </message>
    <message>
        <source>%1 gave consent only from %2 on.</source>
        <translation>%1從%2起才表示同意。</translation>
    </message>
    <message>
        <source>%1&apos;s consent does not cover this item.</source>
        <translation>%1的同意不包括這項內容。</translation>
    </message>
    <message>
        <source>%1 withdrew consent on %2.</source>
        <translation>%1已於%2撤回同意。</translation>
    </message>
    <message>
        <source>%1 asked that it stay closed until %2.</source>
        <translation>%1要求封存至%2。</translation>
    </message>
    <message>
        <source>%1 turned 18 on %2 and has not yet renewed the consent given as a child.</source>
        <translation>%1已於%2年滿18歲，尚未續簽未成年時給出的同意。</translation>
    </message>
    <message>
        <source>%1 was a child when recorded, and no guardian&apos;s consent is recorded.</source>
        <translation>記錄時%1是未成年人，但沒有登記監護人的同意。</translation>
    </message>
    <message>
        <source>%1 was a child when recorded, and the child&apos;s own agreement is not recorded.</source>
        <translation>記錄時%1是未成年人，但沒有記錄孩子本人的意願。</translation>
    </message>
    <message>
        <source>Nobody is linked to this item yet: link the narrator and record their consent.</source>
        <translation>這項內容還沒有關聯任何人：請關聯講述人並登記其同意。</translation>
    </message>
    <message>
        <source>%1&apos;s consent opens it to nobody outside the archive.</source>
        <translation>%1的同意不對檔案庫以外的任何人開放。</translation>
    </message>
    <message>
        <source>%1 agreed only to: %2.</source>
        <translation>%1只同意開放給：%2。</translation>
    </message>
</context>
<context>
    <name>DetailArea</name>
    <message>
        <source>Pick something in the list to see it here.</source>
        <extracomment>a place page asked for a list narrowed to it: (kind, Scope)</extracomment>
        <translation>在列表中選擇一項，就會在這裡顯示。</translation>
    </message>
</context>
<context>
    <name>DetailView</name>
    <message>
        <source>This item is no longer in the archive.</source>
        <extracomment>the person asked to open another record: (kind, id) a plain sentence to show in the status bar the page now shows this record (after every reload): panels added later follow it</extracomment>
        <translation>這項內容已不在檔案庫中。</translation>
    </message>
    <message>
        <source>Add Tag</source>
        <translation>新增標籤</translation>
    </message>
    <message>
        <source>Remove Tag</source>
        <translation>移除標籤</translation>
    </message>
</context>
<context>
    <name>DocumentView</name>
    <message>
        <source>Title</source>
        <translation>標題</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Open the file</source>
        <translation>開啟檔案</translation>
    </message>
    <message>
        <source>From the interview %1</source>
        <translation>來自訪談 %1</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>title</source>
        <translation>標題</translation>
    </message>
    <message>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>date of leaving</source>
        <translation>離家日期</translation>
    </message>
    <message>
        <source>date of coming home</source>
        <translation>回家日期</translation>
    </message>
    <message>
        <source>date taken</source>
        <translation>拍攝日期</translation>
    </message>
    <message>
        <source>status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>city</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>place above</source>
        <translation>上級地點</translation>
    </message>
    <message>
        <source>record</source>
        <translation>記錄</translation>
    </message>
    <message>
        <source>This archive is open in another window or by another program. Close it there first; until then it can only be read here.</source>
        <translation>這個檔案庫已在另一個視窗或程式中開啟。請先在那裡關閉它；在此之前，這裡只能檢視。</translation>
    </message>
    <message>
        <source>The folder %1 is not an archive. Choose another folder, or create a new archive.</source>
        <translation>資料夾 %1 不是檔案庫。請選擇其他資料夾，或新增一個檔案庫。</translation>
    </message>
    <message>
        <source>There is already an archive in %1.</source>
        <translation>%1 中已經有一個檔案庫。</translation>
    </message>
    <message>
        <source>This archive was saved by a newer version of Hometown Voices. Please update the app to open it.</source>
        <translation>這個檔案庫由更新版本的鄉音儲存。請更新應用程式後再開啟。</translation>
    </message>
    <message>
        <source>This item is no longer in the archive. It may have been removed.</source>
        <translation>這項內容已不在檔案庫中，可能已被移除。</translation>
    </message>
    <message>
        <source>The %1 “%2” is not a date. Write it as 2024, 2024-02 or 2024-02-10.</source>
        <translation>%1“%2”不是有效日期。請寫成 2024、2024-02 或 2024-02-10。</translation>
    </message>
    <message>
        <source>This cannot be taken away because other items still refer to it.</source>
        <translation>還有其他內容引用它，所以不能移除。</translation>
    </message>
    <message>
        <source>A place cannot be put under one of its own places.</source>
        <translation>一個地點不能放到它自己的下轄地點之下。</translation>
    </message>
    <message>
        <source>The %1 cannot be empty.</source>
        <translation>%1不能為空。</translation>
    </message>
    <message>
        <source>The %1 “%2” cannot be used here.</source>
        <translation>%1“%2”不能用在這裡。</translation>
    </message>
    <message>
        <source>This archive is open read-only, so nothing was changed.</source>
        <translation>此檔案庫以唯讀方式開啟，沒有做任何更改。</translation>
    </message>
    <message>
        <source>The file %1 could not be imported.</source>
        <translation>檔案 %1 無法匯入。</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>已停止。</translation>
    </message>
    <message>
        <source>%1 is inside the archive folder. Choose a place outside it.</source>
        <translation>%1 在檔案資料夾裡面。請選擇檔案資料夾以外的位置。</translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new name; nothing was replaced.</source>
        <translation>%1 已經存在。請換一個名字；沒有取代任何東西。</translation>
    </message>
    <message>
        <source>No font with Chinese characters was found for the films&apos; words. Install one (such as WenQuanYi Micro Hei or Noto Sans CJK) and try again.</source>
        <translation>找不到帶中文字的字型，影片裡的字幕無法顯示。請安裝一種（例如文泉驛微米黑或思源黑體）後再試。</translation>
    </message>
    <message>
        <source>The recording %1 could not be read; nothing was exported.</source>
        <translation>無法讀取錄音 %1；沒有匯出任何東西。</translation>
    </message>
    <message>
        <source>The archive is busy. Please try again in a moment.</source>
        <translation>檔案庫正忙，請稍後再試。</translation>
    </message>
    <message>
        <source>The file or folder could not be read or written (%1).</source>
        <translation>無法讀取或寫入該檔案或資料夾（%1）。</translation>
    </message>
    <message>
        <source>Something went wrong and nothing was changed. If it happens again, please tell whoever looks after this computer.</source>
        <translation>出了點問題，沒有做任何更改。如果再次發生，請告訴負責這臺電腦的人。</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Someone in this photo asked that their face not be shown.</source>
        <translation>照片裡有人要求不顯示自己的臉。</translation>
    </message>
    <message>
        <source>This photo&apos;s story is not part of the export.</source>
        <translation>這張照片所屬的故事不在這次匯出之中。</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export stories</source>
        <translation>匯出故事</translation>
    </message>
    <message>
        <source>Story site (a folder that opens in any browser)</source>
        <translation>故事網站（一個資料夾，任何瀏覽器都能打開）</translation>
    </message>
    <message>
        <source>Story site as one .zip file</source>
        <translation>故事網站，打包成一個 .zip 檔案</translation>
    </message>
    <message>
        <source>Story films (one MP4 per story)</source>
        <translation>故事影片（每個故事一個 MP4）</translation>
    </message>
    <message>
        <source>Export as</source>
        <translation>匯出為</translation>
    </message>
    <message>
        <source>For</source>
        <translation>給誰看</translation>
    </message>
    <message>
        <source>Second line in films</source>
        <translation>影片字幕第二行</translation>
    </message>
    <message>
        <source>Where to write it (outside the archive folder)</source>
        <translation>儲存到哪裡（檔案資料夾以外）</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選擇…</translation>
    </message>
    <message>
        <source>Save to</source>
        <translation>儲存到</translation>
    </message>
    <message>
        <source>Families</source>
        <translation>家庭</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>合集</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>訪談</translation>
    </message>
    <message>
        <source>Pick a family, a collection or some interviews.</source>
        <translation>請選擇一個家庭、一個合集或幾個訪談。</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>匯出</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Save the site as</source>
        <translation>網站儲存為</translation>
    </message>
    <message>
        <source>New folder for the export</source>
        <translation>匯出用的新資料夾</translation>
    </message>
    <message>
        <source>Asking the consent records…</source>
        <translation>正在查看同意書記錄…</translation>
    </message>
    <message>
        <source>Goes out: %1 stories with %2 photos. Held back: %3.</source>
        <translation>將匯出：%1 個故事，%2 張照片。不匯出：%3 項。</translation>
    </message>
    <message>
        <source>None</source>
        <translation>不顯示</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Written to %1: %2 files, %3 MB.</source>
        <translation>已寫入 %1：%2 個檔案，%3 MB。</translation>
    </message>
</context>
<context>
    <name>FamilyView</name>
    <message>
        <source>Family</source>
        <translation>家庭</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>家鄉</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Add a member…</source>
        <translation>新增家庭成員…</translation>
    </message>
    <message>
        <source>Remove from family</source>
        <translation>移出家庭</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>家庭成員</translation>
    </message>
    <message>
        <source>Away from home</source>
        <translation>離家在外</translation>
    </message>
    <message>
        <source>No members yet.</source>
        <translation>還沒有家庭成員。</translation>
    </message>
    <message>
        <source>Add a family member</source>
        <translation>新增家庭成員</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>關係</translation>
    </message>
    <message>
        <source>Add Family Member</source>
        <translation>新增家庭成員</translation>
    </message>
    <message>
        <source>Add Person</source>
        <translation>新增人物</translation>
    </message>
    <message>
        <source>Remove Family Member</source>
        <translation>移除家庭成員</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in this transcript</source>
        <extracomment>go to this row replace in these rows: (rows, find, replacement)</extracomment>
        <translation>在此文字稿中尋找</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>取代為</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上一個</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一個</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>取代</translation>
    </message>
    <message>
        <source>Replace all</source>
        <translation>全部取代</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>第 %1 個，共 %2 個</translation>
    </message>
</context>
<context>
    <name>HotkeyHelp</name>
    <message>
        <source>Hotkeys</source>
        <translation>快速鍵</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>恢復預設</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Jump by</source>
        <translation>跳轉幅度</translation>
    </message>
    <message>
        <source>Hear again on resuming</source>
        <translation>繼續播放時重聽</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>%1 is already used for “%2”. Choose another key.</source>
        <translation>%1 已用於“%2”。請換一個鍵。</translation>
    </message>
</context>
<context>
    <name>Hotkeys</name>
    <message>
        <source>Play or pause (on resuming, the last moment is heard again)</source>
        <extracomment>every hotkey, in the order the help panel lists them</extracomment>
        <translation>播放或暫停（繼續播放時會重聽剛才的一小段）</translation>
    </message>
    <message>
        <source>Jump back</source>
        <translation>後退</translation>
    </message>
    <message>
        <source>Jump forward</source>
        <translation>前進</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>放慢</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>加快</translation>
    </message>
    <message>
        <source>Insert timestamp: this passage starts now, then go to the next</source>
        <translation>插入時間戳：本段從此刻開始，然後轉到下一段</translation>
    </message>
    <message>
        <source>Split the passage at the cursor, at the playhead</source>
        <translation>在游標處拆分段落，分界時間取播放位置</translation>
    </message>
    <message>
        <source>Merge with the next passage</source>
        <translation>與下一段合併</translation>
    </message>
    <message>
        <source>Next speaker</source>
        <translation>下一位說話人</translation>
    </message>
    <message>
        <source>New chapter here</source>
        <translation>在此新增章節</translation>
    </message>
    <message>
        <source>Find and replace</source>
        <translation>尋找和取代</translation>
    </message>
    <message>
        <source>Show or hide these hotkeys</source>
        <translation>顯示或隱藏快速鍵</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>The file is empty.</source>
        <translation>檔案是空的。</translation>
    </message>
    <message>
        <source>This kind of file cannot be kept in the archive.</source>
        <translation>檔案庫不能儲存這類檔案。</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>無法讀取這個檔案。</translation>
    </message>
    <message>
        <source>The file disappeared during the import.</source>
        <translation>匯入過程中檔案不見了。</translation>
    </message>
    <message>
        <source>The recording is damaged or incomplete.</source>
        <translation>錄音已損壞或不完整。</translation>
    </message>
    <message>
        <source>The picture is damaged or is not really a picture.</source>
        <translation>圖片已損壞，或者並不是圖片。</translation>
    </message>
    <message>
        <source>The transcript has no text.</source>
        <translation>逐字稿沒有內容。</translation>
    </message>
    <message>
        <source>The transcript&apos;s characters could not be recognised.</source>
        <translation>無法識別逐字稿的字元編碼。</translation>
    </message>
    <message>
        <source>The transcript could not be read.</source>
        <translation>無法讀取逐字稿。</translation>
    </message>
    <message>
        <source>There is no such file or folder.</source>
        <translation>沒有這個檔案或資料夾。</translation>
    </message>
    <message>
        <source>The file could not be imported.</source>
        <translation>這個檔案無法匯入。</translation>
    </message>
</context>
<context>
    <name>ImportBar</name>
    <message>
        <source>Cancel import</source>
        <extracomment>fraction done (0..1) and the name of the file just finished an :class:`ImportOutcome`, when the import has finished or stopped a plain sentence, when the import could not run at all</extracomment>
        <translation>取消匯入</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>正在匯入 %1…</translation>
    </message>
    <message>
        <source>Stopping after the files in hand…</source>
        <translation>處理完手頭的檔案後停止…</translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message>
        <source>Import finished</source>
        <translation>匯入完成</translation>
    </message>
    <message>
        <source>The import was stopped. The files imported before that are kept in the archive.</source>
        <translation>匯入已停止。在此之前匯入的檔案都保留在檔案庫中。</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) imported.</source>
        <translation>
            <numerusform>已匯入 %n 個檔案。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) were already in the archive.</source>
        <translation>
            <numerusform>%n 個檔案已在檔案庫中。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported:</source>
        <translation>
            <numerusform>%n 個檔案無法匯入：</numerusform>
        </translation>
    </message>
    <message>
        <source>File</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>InterviewView</name>
    <message>
        <source>Title</source>
        <extracomment>someone asked to hear this interview from a second: (interview id, start in seconds) the fields and links; scrolled on their own so the listening tab never scrolls away</extracomment>
        <translation>標題</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>e.g. 2024-02-10, 2024-02 or 2024</source>
        <translation>例如 2024-02-10、2024-02 或 2024</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地點</translation>
    </message>
    <message>
        <source>Language or dialect</source>
        <translation>語言或方言</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>關鍵詞</translation>
    </message>
    <message>
        <source>separated by 、 or ,</source>
        <translation>用“、”或“,”分隔</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>內容摘要</translation>
    </message>
    <message>
        <source>Add a person…</source>
        <extracomment>the consent summary (badges and reasons) goes here the player and transcript editor (see media_slot); a simple list until then</extracomment>
        <translation>新增人物…</translation>
    </message>
    <message>
        <source>Remove from interview</source>
        <translation>從訪談中移除</translation>
    </message>
    <message>
        <source>Listening</source>
        <translation>收聽</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人物</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>標籤</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>合集</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細資料</translation>
    </message>
    <message>
        <source>Nobody is linked yet. Add the narrator.</source>
        <translation>還沒有關聯任何人。請新增講述人。</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>無。</translation>
    </message>
    <message>
        <source>In no collection.</source>
        <translation>不在任何合集中。</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the names of narrators</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>Add a person to this interview</source>
        <translation>為這次訪談新增人物</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>Link %1</source>
        <translation>關聯%1</translation>
    </message>
    <message>
        <source>Add Person</source>
        <translation>新增人物</translation>
    </message>
    <message>
        <source>Unlink %1</source>
        <translation>取消關聯%1</translation>
    </message>
</context>
<context>
    <name>ListPane</name>
    <message>
        <source>Show all</source>
        <extracomment>which other kinds of change can alter each list&apos;s rows (names, counts shown in them) the person picked a record in the list: (kind, id)</extracomment>
        <translation>顯示全部</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>共 %n 項</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Search interviews, transcripts, people, places…</source>
        <extracomment>the person chose another archive to open (or to retry this one writable) the person changed language or text size a transcript hit or other link asks to hear an interview from a second section name -&gt; handler(target) for sidebar sections this window does not know called with every Change after the views have followed it called with every detail page when it is first made</extracomment>
        <translation>搜尋訪談、逐字稿、人物、地點…</translation>
    </message>
    <message>
        <source>%1 — Hometown Voices</source>
        <translation>%1 — 鄉音</translation>
    </message>
    <message>
        <source>(read-only)</source>
        <translation>（唯讀）</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>復原</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>New Archive…</source>
        <translation>新增檔案庫…</translation>
    </message>
    <message>
        <source>Open Archive…</source>
        <translation>開啟檔案庫…</translation>
    </message>
    <message>
        <source>Import Files…</source>
        <translation>匯入檔案…</translation>
    </message>
    <message>
        <source>Import Folder…</source>
        <translation>匯入資料夾…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>結束</translation>
    </message>
    <message>
        <source>New Interview</source>
        <translation>新增訪談</translation>
    </message>
    <message>
        <source>New Person</source>
        <translation>新增人物</translation>
    </message>
    <message>
        <source>New Family</source>
        <translation>新增家庭</translation>
    </message>
    <message>
        <source>New Place</source>
        <translation>新增地點</translation>
    </message>
    <message>
        <source>New Collection</source>
        <translation>新增合集</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>設定…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜尋</translation>
    </message>
    <message>
        <source>About Hometown Voices</source>
        <translation>關於鄉音</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>訪談</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人物</translation>
    </message>
    <message>
        <source>Families</source>
        <translation>家庭</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>地點</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>Open Recent</source>
        <translation>最近開啟</translation>
    </message>
    <message>
        <source>Export Stories…</source>
        <translation>匯出故事…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Consent</source>
        <translation>知情同意(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具欄</translation>
    </message>
    <message>
        <source>In the collection %1</source>
        <translation>合集“%1”中的內容</translation>
    </message>
    <message>
        <source>Tagged %1</source>
        <translation>帶有標籤“%1”</translation>
    </message>
    <message>
        <source>Recorded in %1</source>
        <translation>在%1記錄</translation>
    </message>
    <message>
        <source>New interview</source>
        <translation>新訪談</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>新人物</translation>
    </message>
    <message>
        <source>New family</source>
        <translation>新家庭</translation>
    </message>
    <message>
        <source>New place</source>
        <translation>新地點</translation>
    </message>
    <message>
        <source>New collection</source>
        <translation>新合集</translation>
    </message>
    <message>
        <source>Import files</source>
        <translation>匯入檔案</translation>
    </message>
    <message>
        <source>Import a folder</source>
        <translation>匯入資料夾</translation>
    </message>
    <message>
        <source>This archive is open read-only, so nothing can be imported here.</source>
        <translation>此檔案庫以唯讀方式開啟，不能在這裡匯入檔案。</translation>
    </message>
    <message>
        <source>An import is already running. Wait for it to finish, or cancel it first.</source>
        <translation>已有一個匯入正在進行。請等它完成，或先取消它。</translation>
    </message>
    <message>
        <source>Preparing the import…</source>
        <translation>正在準備匯入…</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) imported.</source>
        <translation>
            <numerusform>已匯入 %n 個檔案。</numerusform>
        </translation>
    </message>
    <message>
        <source>Hometown Voices</source>
        <translation>鄉音</translation>
    </message>
    <message>
        <source>Open an archive folder</source>
        <translation>開啟檔案庫資料夾</translation>
    </message>
    <message>
        <source>Choose an empty folder for the new archive</source>
        <translation>為新檔案庫選擇一個空資料夾</translation>
    </message>
    <message>
        <source>%1 (not found)</source>
        <translation>%1（找不到）</translation>
    </message>
    <message>
        <source>No recent archives</source>
        <translation>沒有最近開啟的檔案庫</translation>
    </message>
    <message>
        <source>Clear the List</source>
        <translation>清除清單</translation>
    </message>
    <message>
        <source>Hometown Voices (乡音) %1
An oral-history archive for left-behind families, kept on your own computer.</source>
        <translation>鄉音 %1
留守家庭的口述歷史檔案，儲存在你自己的電腦上。</translation>
    </message>
</context>
<context>
    <name>MediaPanel</name>
    <message>
        <source>Recordings cannot be played on this computer.</source>
        <extracomment>everything, so that it can move to a window of its own</extracomment>
        <translation>這台電腦無法播放錄音。</translation>
    </message>
    <message>
        <source>No recording yet: drop one on the window to listen while you type.</source>
        <translation>還沒有錄音：把錄音檔案拖到視窗上，就能邊聽邊打字。</translation>
    </message>
    <message>
        <source>Listening and transcribing</source>
        <translation>收聽與轉寫</translation>
    </message>
    <message>
        <source>Own window</source>
        <translation>獨立視窗</translation>
    </message>
    <message>
        <source>Move the player and transcript to a window of their own</source>
        <translation>把播放器和文字稿移到獨立視窗</translation>
    </message>
    <message>
        <source>The player and transcript are open in their own window.</source>
        <translation>播放器和文字稿已在獨立視窗中開啟。</translation>
    </message>
    <message>
        <source>Bring them back here</source>
        <translation>移回這裡</translation>
    </message>
</context>
<context>
    <name>MigrationDialog</name>
    <message>
        <source>Time away from home</source>
        <translation>外出經歷</translation>
    </message>
    <message>
        <source>e.g. 2015 or 2015-03</source>
        <translation>例如 2015 或 2015-03</translation>
    </message>
    <message>
        <source>empty if still away</source>
        <translation>如果仍在外，請留空</translation>
    </message>
    <message>
        <source>Went to (city)</source>
        <translation>去往（城市）</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>工作</translation>
    </message>
    <message>
        <source>Left home</source>
        <translation>離家</translation>
    </message>
    <message>
        <source>Came home</source>
        <translation>回家</translation>
    </message>
</context>
<context>
    <name>MigrationTimeline</name>
    <message>
        <source>still away</source>
        <translation>仍在外</translation>
    </message>
    <message>
        <source>No time away from home is recorded.</source>
        <translation>沒有記錄外出經歷。</translation>
    </message>
</context>
<context>
    <name>PersonConsents</name>
    <message>
        <source>Record consent…</source>
        <translation>登記同意…</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>撤回…</translation>
    </message>
    <message>
        <source>No consent recorded yet.</source>
        <translation>還沒有登記同意。</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <source>Type a name, in characters or pinyin</source>
        <translation>輸入姓名（漢字或拼音）</translation>
    </message>
    <message>
        <source>New person: %1</source>
        <translation>新人物：%1</translation>
    </message>
</context>
<context>
    <name>PersonView</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Name in pinyin or Latin letters</source>
        <translation>拼音或拉丁字母姓名</translation>
    </message>
    <message>
        <source>Other names</source>
        <translation>其他稱呼</translation>
    </message>
    <message>
        <source>nicknames, dialect names</source>
        <translation>小名、方言稱呼</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>出生</translation>
    </message>
    <message>
        <source>e.g. 1950 or 2012-06-01</source>
        <translation>例如 1950 或 2012-06-01</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性別</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>家鄉</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Add time away…</source>
        <translation>新增外出經歷…</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>家庭</translation>
    </message>
    <message>
        <source>Away from home</source>
        <translation>離家在外</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>訪談</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>In no family yet.</source>
        <translation>還不屬於任何家庭。</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>無。</translation>
    </message>
    <message>
        <source>Add Time Away</source>
        <translation>新增外出經歷</translation>
    </message>
</context>
<context>
    <name>PhotoView</name>
    <message>
        <source>Fit</source>
        <translation>適合視窗</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>實際大小</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>縮小</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>說明</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>拍攝日期</translation>
    </message>
    <message>
        <source>e.g. 2024-02-10</source>
        <translation>例如 2024-02-10</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地點</translation>
    </message>
    <message>
        <source>Add a person…</source>
        <translation>新增人物…</translation>
    </message>
    <message>
        <source>Not in this photo</source>
        <translation>不在這張照片裡</translation>
    </message>
    <message>
        <source>People in this photo</source>
        <extracomment>consent badges and reasons for this photo go here</extracomment>
        <translation>照片中的人</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>標籤</translation>
    </message>
    <message>
        <source>From the interview %1</source>
        <translation>來自訪談 %1</translation>
    </message>
    <message>
        <source>Nobody is named yet.</source>
        <translation>還沒有標註任何人。</translation>
    </message>
    <message>
        <source>Who is in this photo?</source>
        <translation>照片裡有誰？</translation>
    </message>
    <message>
        <source>Name Person in Photo</source>
        <translation>標註照片中的人</translation>
    </message>
    <message>
        <source>Add Person</source>
        <translation>新增人物</translation>
    </message>
    <message>
        <source>Unname Person in Photo</source>
        <translation>取消標註照片中的人</translation>
    </message>
</context>
<context>
    <name>PlaceTreeModel</name>
    <message>
        <source>Place</source>
        <translation>地點</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>級別</translation>
    </message>
</context>
<context>
    <name>PlaceView</name>
    <message>
        <source>Name</source>
        <extracomment>show a list narrowed to this place: (kind of list, Scope)</extracomment>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Name in pinyin or Latin letters</source>
        <translation>拼音或拉丁字母姓名</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>級別</translation>
    </message>
    <message>
        <source>Lies in</source>
        <translation>所屬上級</translation>
    </message>
    <message>
        <source>Places in it</source>
        <translation>下轄地點</translation>
    </message>
    <message>
        <source>Recorded here and in the places in it</source>
        <translation>在此地及下轄地點記錄的內容</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>無。</translation>
    </message>
    <message numerus="yes">
        <source>%n interview(s)</source>
        <translation>
            <numerusform>%n 次訪談</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n 張照片</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people living here</source>
        <translation>
            <numerusform>%n 人住在這裡</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Playback</name>
    <message>
        <source>The recording %1 cannot be played. The file may be missing or damaged.</source>
        <extracomment>the speeds offered, slowest first; 1.0 is normal speech seconds on the interview&apos;s timeline (reported by the player, or after a seek) the timeline&apos;s length in seconds the recording now loaded: its index and whether it is a video a plain sentence in the user&apos;s language: a recording cannot be played seconds heard again when playback resumes after a pause</extracomment>
        <translation>錄音 %1 無法播放，檔案可能丟失或損壞。</translation>
    </message>
</context>
<context>
    <name>ReadOnlyBanner</name>
    <message>
        <source>This archive is open in another window, so here you can look but not change anything. Close the other window, then press Try again.</source>
        <translation>這個檔案庫已在另一個視窗中開啟，所以這裡只能檢視、不能修改。請關閉另一個視窗，然後點“重試”。</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>重試</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>Edit %1</source>
        <extracomment>emitted with a plain sentence when a value was refused</extracomment>
        <translation>編輯%1</translation>
    </message>
    <message>
        <source>Add Place</source>
        <translation>新增地點</translation>
    </message>
</context>
<context>
    <name>RecordingsPanel</name>
    <message>
        <source>Listen in the computer&apos;s player</source>
        <translation>用電腦的播放器收聽</translation>
    </message>
    <message>
        <source>Recordings</source>
        <translation>錄音</translation>
    </message>
    <message>
        <source>Transcripts</source>
        <translation>逐字稿</translation>
    </message>
    <message>
        <source>No recording yet: drop one on this window.</source>
        <translation>還沒有錄音：把錄音檔案拖到這個視窗即可。</translation>
    </message>
    <message numerus="yes">
        <source>%n passages</source>
        <translation>
            <numerusform>%n 個段落</numerusform>
        </translation>
    </message>
    <message>
        <source>No transcript yet.</source>
        <translation>還沒有逐字稿。</translation>
    </message>
    <message>
        <source>The passage found starts at %1.</source>
        <translation>找到的段落從 %1 開始。</translation>
    </message>
</context>
<context>
    <name>RenameSpeakerDialog</name>
    <message>
        <source>Rename a speaker</source>
        <translation>更改說話人名稱</translation>
    </message>
    <message>
        <source>Every passage of this speaker, in every transcript of the interview, gets the new name.</source>
        <translation>本訪談所有文字稿中，此說話人的每一段都會改用新名稱。</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n passage(s))</source>
        <translation>
            <numerusform>%1（%n 段）</numerusform>
        </translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>說話人</translation>
    </message>
    <message>
        <source>New name</source>
        <translation>新名稱</translation>
    </message>
</context>
<context>
    <name>SearchController</name>
    <message>
        <source>Preparing search… %1%</source>
        <extracomment>(query, seconds from keystroke to results shown): for the benchmark and the status bar how far a rebuild of the index has come (0..1), from the writer thread the index has been opened and searched once (set from the search worker)</extracomment>
        <translation>正在準備搜尋… %1%</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n 筆結果</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved “%1” in the sidebar.</source>
        <translation>已把“%1”儲存到側欄。</translation>
    </message>
</context>
<context>
    <name>SearchPane</name>
    <message>
        <source>Save this search</source>
        <extracomment>a hit was chosen (opened) the facet filters changed: {facet: value} the person asked to keep this search in the sidebar</extracomment>
        <translation>儲存這次搜尋</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>沒有找到“%1”。</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) for “%1”</source>
        <translation>
            <numerusform>“%1”共有 %n 筆結果</numerusform>
        </translation>
    </message>
    <message>
        <source>(showing the best %1)</source>
        <translation>（顯示最相關的 %1 條）</translation>
    </message>
    <message>
        <source>The search index is being prepared; these results come straight from the catalogue.</source>
        <translation>搜尋索引正在準備中；這些結果直接來自目錄。</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地點</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人物</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>標籤</translation>
    </message>
</context>
<context>
    <name>SearchResults</name>
    <message>
        <source>%1 at %2</source>
        <extracomment>the facets shown, in order</extracomment>
        <translation>%1，%2 處</translation>
    </message>
</context>
<context>
    <name>SeekBar</name>
    <message>
        <source>Position in the interview</source>
        <translation>訪談中的位置</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <extracomment>each language named in itself, so anyone can find their own</extracomment>
        <translation>設定</translation>
    </message>
    <message>
        <source>Same as the computer</source>
        <translation>與電腦一致</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>大</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>更大</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>文字大小</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>Library</source>
        <extracomment>the library&apos;s sections, in the order shown</extracomment>
        <translation>資料庫</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>訪談</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人物</translation>
    </message>
    <message>
        <source>Families</source>
        <translation>家庭</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>地點</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>合集</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>標籤</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>儲存的搜尋</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>知情同意</translation>
    </message>
    <message>
        <source>Consent due</source>
        <translation>待辦同意事項</translation>
    </message>
</context>
<context>
    <name>TagEditor</name>
    <message>
        <source>Add a tag</source>
        <extracomment>the data of the entry to take away the data of the entry to open</extracomment>
        <translation>新增標籤</translation>
    </message>
    <message>
        <source>Remove tag</source>
        <translation>移除標籤</translation>
    </message>
</context>
<context>
    <name>TagView</name>
    <message>
        <source>Tag</source>
        <translation>標籤</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) carry this tag</source>
        <translation>
            <numerusform>%n 項帶有這個標籤</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TierLabelDialog</name>
    <message>
        <source>Name and language of the tier</source>
        <translation>層的名稱和語言</translation>
    </message>
    <message>
        <source>for example 普通话, English, 四川话</source>
        <translation>例如 普通話、English、四川話</translation>
    </message>
    <message>
        <source>for example zh-Hans, en, 西南官话</source>
        <translation>例如 zh-Hant、en、西南官話</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Language or dialect</source>
        <translation>語言或方言</translation>
    </message>
</context>
<context>
    <name>TranscriptEditor</name>
    <message>
        <source>Typing</source>
        <extracomment>a plain sentence for the person (why an action did nothing)</extracomment>
        <translation>輸入文字</translation>
    </message>
    <message>
        <source>Write a time as 1:23.4 or 1:02:03.</source>
        <translation>時間請寫成 1:23.4 或 1:02:03。</translation>
    </message>
    <message>
        <source>Set Time</source>
        <translation>設定時間</translation>
    </message>
    <message>
        <source>New Passage</source>
        <translation>新段落</translation>
    </message>
    <message>
        <source>Choose that tier as the transcript to cut its passages.</source>
        <translation>要拆分該層的段落，請先把它選為文字稿。</translation>
    </message>
    <message>
        <source>There must be words on both sides of the cut.</source>
        <translation>拆分處兩邊都要有文字。</translation>
    </message>
    <message>
        <source>Split Passage</source>
        <translation>拆分段落</translation>
    </message>
    <message>
        <source>This is the last passage: there is nothing to merge it with.</source>
        <translation>這是最後一段，沒有可合併的下一段。</translation>
    </message>
    <message>
        <source>Merge Passages</source>
        <translation>合併段落</translation>
    </message>
    <message>
        <source>Delete Passage</source>
        <translation>刪除段落</translation>
    </message>
    <message>
        <source>There is no recording to take the time from.</source>
        <translation>沒有錄音，無法取得時間。</translation>
    </message>
    <message>
        <source>The playhead is before the start of the passage above.</source>
        <translation>播放位置早於上一段的開始時間。</translation>
    </message>
    <message>
        <source>Set Speaker</source>
        <translation>設定說話人</translation>
    </message>
    <message>
        <source>Rename Speaker</source>
        <translation>更改說話人名稱</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>取代</translation>
    </message>
</context>
<context>
    <name>TranscriptPane</name>
    <message>
        <source>Transcript</source>
        <extracomment>hear the interview from this second (a row was clicked) the hotkeys help was asked for</extracomment>
        <translation>文字稿</translation>
    </message>
    <message>
        <source>Beside it</source>
        <translation>並列顯示</translation>
    </message>
    <message>
        <source>Tiers shown beside the transcript, aligned by time</source>
        <translation>按時間對齊、並列顯示在文字稿旁的層</translation>
    </message>
    <message>
        <source>Name and language of this tier…</source>
        <translation>這一層的名稱和語言…</translation>
    </message>
    <message>
        <source>New tier…</source>
        <translation>新增層…</translation>
    </message>
    <message>
        <source>A new tier beside this transcript (a Mandarin rendering, a translation)</source>
        <translation>在此文字稿旁新增一層（普通話轉寫、譯文）</translation>
    </message>
    <message>
        <source>Rename speaker…</source>
        <translation>更改說話人…</translation>
    </message>
    <message>
        <source>Find…</source>
        <translation>尋找…</translation>
    </message>
    <message>
        <source>Hotkeys</source>
        <translation>快速鍵</translation>
    </message>
    <message>
        <source>No transcript yet. Type one while you listen, or drop a transcript file (SRT, WebVTT, Whisper JSON or text) on the window.</source>
        <translation>還沒有文字稿。可以邊聽邊打字，也可以把文字稿檔案（SRT、WebVTT、Whisper JSON 或純文字）拖到視窗上。</translation>
    </message>
    <message>
        <source>Start typing a transcript</source>
        <translation>開始輸入文字稿</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>說話人</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>譯文</translation>
    </message>
    <message>
        <source>Verbatim</source>
        <translation>逐字稿</translation>
    </message>
    <message numerus="yes">
        <source>Replaced in %n passage(s).</source>
        <translation>
            <numerusform>已在 %n 段中取代。</numerusform>
        </translation>
    </message>
    <message>
        <source>No passage has a speaker yet.</source>
        <translation>還沒有任何段落標註說話人。</translation>
    </message>
    <message numerus="yes">
        <source>Renamed in %n passage(s).</source>
        <translation>
            <numerusform>已在 %n 段中更名。</numerusform>
        </translation>
    </message>
    <message>
        <source>Start a Transcript</source>
        <translation>開始逐字稿</translation>
    </message>
    <message>
        <source>New tier</source>
        <translation>新增層</translation>
    </message>
    <message>
        <source>Name of the new tier (for example 普通话, English):</source>
        <translation>新層的名稱（例如 普通話、English）：</translation>
    </message>
    <message>
        <source>New Tier %1</source>
        <translation>新增層 %1</translation>
    </message>
    <message>
        <source>Rename Tier</source>
        <translation>重新命名層</translation>
    </message>
</context>
<context>
    <name>TransportBar</name>
    <message>
        <source>Back %1 s</source>
        <extracomment>the person asked to jump by a number of seconds (negative: back) the hotkey of each button, shown in its tooltip</extracomment>
        <translation>後退 %1 秒</translation>
    </message>
    <message>
        <source>Forward %1 s</source>
        <translation>前進 %1 秒</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>Slower or faster; the voice keeps its pitch.</source>
        <translation>放慢或加快，聲音的音調不變。</translation>
    </message>
    <message>
        <source>Slower or faster (on this computer the pitch changes too).</source>
        <translation>放慢或加快（在這台電腦上音調也會隨之改變）。</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>音量</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暫停</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Recorded</source>
        <translation>已錄音</translation>
    </message>
    <message>
        <source>Transcribed</source>
        <translation>已轉寫</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>已校對</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Narrator</source>
        <translation>講述人</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>訪談人</translation>
    </message>
    <message>
        <source>Mentioned</source>
        <translation>被提及</translation>
    </message>
    <message>
        <source>Mother</source>
        <translation>母親</translation>
    </message>
    <message>
        <source>Father</source>
        <translation>父親</translation>
    </message>
    <message>
        <source>Grandmother</source>
        <translation>祖母/外祖母</translation>
    </message>
    <message>
        <source>Grandfather</source>
        <translation>祖父/外祖父</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>孩子</translation>
    </message>
    <message>
        <source>Brother or sister</source>
        <translation>兄弟姐妹</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>監護人</translation>
    </message>
    <message>
        <source>Other relative</source>
        <translation>其他親屬</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>省</translation>
    </message>
    <message>
        <source>Prefecture or city</source>
        <translation>地級市</translation>
    </message>
    <message>
        <source>County</source>
        <translation>縣</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>鄉鎮</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村</translation>
    </message>
    <message>
        <source>Consent form</source>
        <translation>同意書</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>信件</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>訪談</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人物</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>家庭</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地點</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>錄音</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>逐字稿</translation>
    </message>
    <message>
        <source>Transcript passage</source>
        <translation>逐字稿段落</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation>章節</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>合集</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>標籤</translation>
    </message>
    <message>
        <source>Family</source>
        <comment>audience</comment>
        <translation>家人</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社群</translation>
    </message>
    <message>
        <source>Researchers</source>
        <translation>研究人員</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>公眾</translation>
    </message>
    <message>
        <source>Curators</source>
        <translation>管理員</translation>
    </message>
    <message>
        <source>Archive staff</source>
        <translation>檔案工作人員</translation>
    </message>
</context>
<context>
    <name>WelcomeWindow</name>
    <message>
        <source>The archive “%1” is not there any more (%2). If it is on a USB stick or an external disk, plug it in and choose it again; or choose another archive.</source>
        <translation>檔案庫“%1”已經不在原來的位置了（%2）。如果它在隨身碟或外接硬碟上，請插上後再選一次；也可以選擇其他檔案庫。</translation>
    </message>
    <message>
        <source>Hometown Voices Archive</source>
        <translation>鄉音檔案庫</translation>
    </message>
    <message>
        <source>Welcome to Hometown Voices</source>
        <translation>歡迎使用鄉音</translation>
    </message>
    <message>
        <source>Hometown Voices</source>
        <translation>鄉音</translation>
    </message>
    <message>
        <source>Keep the voices of home: the recordings, photos and stories of left-behind families, on this computer, with no internet needed.</source>
        <translation>留住家鄉的聲音：留守家庭的錄音、照片和故事，都保存在這台電腦上，不需要連網。</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>Same as the computer</source>
        <translation>跟隨電腦</translation>
    </message>
    <message>
        <source>Try the sample archive</source>
        <translation>試用範例檔案庫</translation>
    </message>
    <message>
        <source>Invented families, interviews, photos and transcripts to try everything on. It is made in your Documents folder the first time, in a few seconds.</source>
        <translation>虛構的家庭、訪談、照片和文字稿，可以放心試用每一項功能。第一次開啟時會在「文件」資料夾裡產生，只需幾秒鐘。</translation>
    </message>
    <message>
        <source>Open the Sample</source>
        <translation>開啟範例檔案</translation>
    </message>
    <message>
        <source>Start a new archive</source>
        <translation>建一個新的檔案庫</translation>
    </message>
    <message>
        <source>A new, empty archive in the folder below. Choose another folder to keep it on a USB stick or an external disk.</source>
        <translation>在下面的資料夾裡新建一個空的檔案庫。也可以選擇其他資料夾，把它放在隨身碟或外接硬碟上。</translation>
    </message>
    <message>
        <source>Make the Archive</source>
        <translation>建立檔案庫</translation>
    </message>
    <message>
        <source>Another Folder…</source>
        <translation>換個資料夾…</translation>
    </message>
    <message>
        <source>Open an archive you have</source>
        <translation>開啟已有的檔案庫</translation>
    </message>
    <message>
        <source>A folder with an archive in it, on this computer or on a USB stick.</source>
        <translation>這台電腦或隨身碟上存有檔案庫的資料夾。</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>開啟…</translation>
    </message>
    <message>
        <source>Opened lately</source>
        <translation>最近開啟</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>%1 (not found)</source>
        <translation>%1（找不到）</translation>
    </message>
    <message>
        <source>Hometown Voices Sample</source>
        <translation>鄉音範例檔案庫</translation>
    </message>
    <message>
        <source>The sample archive could not be made: %1</source>
        <translation>範例檔案庫未能產生：%1</translation>
    </message>
    <message>
        <source>Making the sample archive…</source>
        <translation>正在產生範例檔案庫…</translation>
    </message>
    <message>
        <source>Choose a folder for the new archive</source>
        <translation>為新檔案庫選擇資料夾</translation>
    </message>
    <message>
        <source>Open an archive folder</source>
        <translation>開啟檔案庫資料夾</translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <source>Withdraw a consent</source>
        <translation>撤回同意</translation>
    </message>
    <message>
        <source>in their words, if they gave a reason</source>
        <translation>如有說明理由，請照原話記錄</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>同意記錄</translation>
    </message>
    <message>
        <source>Withdrawn from</source>
        <translation>撤回日期</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>From that day on, everything this consent opened is closed again everywhere: in search, the family view and every export.</source>
        <translation>從那天起，這份同意開放的所有內容都將重新關閉：搜尋、家人瀏覽和所有匯出中都不再出現。</translation>
    </message>
</context>
<context>
    <name>_OwnWindow</name>
    <message>
        <source>Undo</source>
        <translation>復原</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
</context>
</TS>
