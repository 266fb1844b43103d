<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name></name>
    <message>
        <source>Hometown Voices (乡音): an oral-history archive. Without a command, opens the desktop app.</source>
        <extracomment>modules that add commands; each has ``register(subparsers)``</extracomment>
        <translation>鄉音：口述歷史檔案庫。不帶命令時開啟桌面應用程式。</translation>
    </message>
    <message>
        <source>show the version and exit</source>
        <translation>顯示版本並結束</translation>
    </message>
    <message>
        <source>the archive folder (default: your data folder)</source>
        <translation>檔案庫資料夾（預設：你的資料資料夾）</translation>
    </message>
    <message>
        <source>print exactly one JSON document on stdout</source>
        <translation>在標準輸出上只印出一個 JSON 文件</translation>
    </message>
    <message>
        <source>show the desktop app&apos;s diagnostic messages (Qt, FFmpeg) on stderr</source>
        <translation>在標準錯誤上顯示桌面應用程式的診斷訊息（Qt、FFmpeg）</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>已中斷</translation>
    </message>
    <message>
        <source>create a new, empty archive in --archive DIR</source>
        <translation>在 --archive DIR 建立一個空檔案庫</translation>
    </message>
    <message>
        <source>create the bundled sample archive in --archive DIR (which must not exist)</source>
        <translation>在 --archive DIR 建立內附的範例檔案庫（該資料夾必須尚不存在）</translation>
    </message>
    <message>
        <source>open the desktop app on it when it is built</source>
        <translation>建好後用桌面應用程式開啟它</translation>
    </message>
    <message>
        <source>check the catalogue and that every original is present and unchanged</source>
        <translation>檢查目錄，以及每個原始檔案都在且未被更動</translation>
    </message>
    <message>
        <source>check sizes only, do not re-hash every file</source>
        <translation>只檢查大小，不重新計算每個檔案的校驗值</translation>
    </message>
    <message>
        <source>re-hash every file and record when each was found whole (needs the archive not to be open elsewhere)</source>
        <translation>重新計算每個檔案的校驗值，並記錄每個檔案最後一次確認完好的時間（檔案庫不能在別處開啟）</translation>
    </message>
    <message>
        <source>Created an archive at {path}</source>
        <translation>已在 {path} 建立檔案庫</translation>
    </message>
    <message>
        <source>Built the sample archive at {path}:</source>
        <translation>已在 {path} 建好範例檔案庫：</translation>
    </message>
    <message>
        <source>places</source>
        <translation>個地點</translation>
    </message>
    <message>
        <source>people</source>
        <translation>位人物</translation>
    </message>
    <message>
        <source>families</source>
        <translation>個家庭</translation>
    </message>
    <message>
        <source>family members</source>
        <translation>位家庭成員</translation>
    </message>
    <message>
        <source>times away</source>
        <translation>段離家在外的經歷</translation>
    </message>
    <message>
        <source>interviews</source>
        <translation>個訪談</translation>
    </message>
    <message>
        <source>people linked to interviews</source>
        <translation>處訪談與人物的關聯</translation>
    </message>
    <message>
        <source>recordings</source>
        <translation>段錄音</translation>
    </message>
    <message>
        <source>photos</source>
        <translation>張照片</translation>
    </message>
    <message>
        <source>documents</source>
        <translation>份文件</translation>
    </message>
    <message>
        <source>transcripts</source>
        <translation>份逐字稿</translation>
    </message>
    <message>
        <source>transcript passages</source>
        <translation>個逐字稿段落</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>個標籤</translation>
    </message>
    <message>
        <source>collections</source>
        <translation>個合集</translation>
    </message>
    <message>
        <source>consents</source>
        <translation>份知情同意</translation>
    </message>
    <message>
        <source>chapters</source>
        <translation>個章節</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>PROBLEMS FOUND</source>
        <translation>發現問題</translation>
    </message>
    <message>
        <source>{verdict}: {files} files, {megabytes} MB checked</source>
        <translation>{verdict}：已檢查 {files} 個檔案，共 {megabytes} MB</translation>
    </message>
    <message>
        <source>problem: {finding}</source>
        <translation>問題：{finding}</translation>
    </message>
    <message>
        <source>note: {finding}</source>
        <translation>提示：{finding}</translation>
    </message>
    <message>
        <source>Copy the missing or changed originals back from a backup copy of the archive (archive-app backup --to DIR makes one).</source>
        <translation>請從檔案庫的備份副本中把缺失或改變了的原件複製回來（用 archive-app backup --to 目錄 可以做一份備份）。</translation>
    </message>
    <message>
        <source>{count} originals found in media/</source>
        <translation>在 media/ 中找到 {count} 個原始檔案</translation>
    </message>
    <message>
        <source>what the catalogue still gives:</source>
        <translation>目錄中仍能讀出的內容：</translation>
    </message>
    <message>
        <source>To recover: archive-app --archive {archive} restore {backup}</source>
        <translation>還原方法：archive-app --archive {archive} restore {backup}</translation>
    </message>
    <message>
        <source>To recover: restore a copy made with &apos;archive-app backup --to DIR&apos;</source>
        <translation>還原方法：還原用「archive-app backup --to DIR」做的副本</translation>
    </message>
    <message>
        <source>record, withdraw and list consents; what is due</source>
        <translation>記錄、撤回和列出知情同意；待辦事項</translation>
    </message>
    <message>
        <source>record a person&apos;s consent</source>
        <translation>記錄一個人的知情同意</translation>
    </message>
    <message>
        <source>whose consent it is</source>
        <translation>這是誰的同意</translation>
    </message>
    <message>
        <source>the day it was given, YYYY-MM-DD</source>
        <translation>給出同意的日期，YYYY-MM-DD</translation>
    </message>
    <message>
        <source>who may see the material, comma-separated: family,research,public (or &apos;none&apos;: kept in the archive for curators only)</source>
        <translation>誰可以看這些材料，用逗號分隔：family,research,public（或 &apos;none&apos;：留在檔案庫中，只有管理員能看）</translation>
    </message>
    <message>
        <source>given by the person themself or by a guardian (default: guardian when one is named, else self)</source>
        <translation>由本人還是監護人給出（預設：寫了監護人時為 guardian，否則為 self）</translation>
    </message>
    <message>
        <source>the guardian, a catalogued person</source>
        <translation>監護人：檔案庫中已有的人物</translation>
    </message>
    <message>
        <source>the guardian, by name</source>
        <translation>監護人：寫名字</translation>
    </message>
    <message>
        <source>of the guardian to the person, e.g. grandmother</source>
        <translation>監護人與本人的關係，例如 grandmother（奶奶/外婆）</translation>
    </message>
    <message>
        <source>whether the child agreed too (for a guardian&apos;s consent)</source>
        <translation>孩子本人是否也同意（用於監護人給出的同意）</translation>
    </message>
    <message>
        <source>only these interviews and photos (default: all the person&apos;s material)</source>
        <translation>只包括這些訪談和照片（預設：這個人的全部材料）</translation>
    </message>
    <message>
        <source>before this day only curators see it</source>
        <translation>此日期之前只有管理員能看</translation>
    </message>
    <message>
        <source>show this name instead of the real one</source>
        <translation>用這個名字代替真名</translation>
    </message>
    <message>
        <source>their face must not be shown</source>
        <translation>不得顯示此人的臉</translation>
    </message>
    <message>
        <source>the signed form, a catalogued document</source>
        <translation>簽好的同意書：檔案庫中已有的文件</translation>
    </message>
    <message>
        <source>the recording holding a spoken consent</source>
        <translation>錄有口頭同意的錄音</translation>
    </message>
    <message>
        <source>where the spoken consent starts in that recording</source>
        <translation>口頭同意在這段錄音中開始的位置</translation>
    </message>
    <message>
        <source>where the spoken consent ends in that recording</source>
        <translation>口頭同意在這段錄音中結束的位置</translation>
    </message>
    <message>
        <source>anything else worth keeping about it</source>
        <translation>其他值得記下的情況</translation>
    </message>
    <message>
        <source>withdraw a consent from a day on</source>
        <translation>從某天起撤回一份知情同意</translation>
    </message>
    <message>
        <source>the consent, as consent list shows it</source>
        <translation>要撤回的同意（見 consent list）</translation>
    </message>
    <message>
        <source>from this day on, YYYY-MM-DD</source>
        <translation>從這天起，YYYY-MM-DD</translation>
    </message>
    <message>
        <source>why, in the person&apos;s words</source>
        <translation>原因，用本人的話說</translation>
    </message>
    <message>
        <source>list consent records</source>
        <translation>列出知情同意記錄</translation>
    </message>
    <message>
        <source>only this person&apos;s</source>
        <translation>只列這個人的</translation>
    </message>
    <message>
        <source>renewals due, forms missing, birth dates unknown</source>
        <translation>需要續簽的、缺同意書的、出生日期不詳的</translation>
    </message>
    <message>
        <source>as on this day (default: today)</source>
        <translation>以這一天為準（預設：今天）</translation>
    </message>
    <message>
        <source>whether an audience may see an interview or photo</source>
        <translation>某類觀眾能否看某個訪談或照片</translation>
    </message>
    <message>
        <source>an interview or photo</source>
        <translation>一個訪談或一張照片</translation>
    </message>
    <message>
        <source>default: every audience</source>
        <translation>預設：所有觀眾</translation>
    </message>
    <message>
        <source>on this day (default: today)</source>
        <translation>在這一天（預設：今天）</translation>
    </message>
    <message>
        <source>the audit log, oldest first</source>
        <translation>稽核日誌，從最早的開始</translation>
    </message>
    <message>
        <source>only entries about this record</source>
        <translation>只列關於這筆記錄的條目</translation>
    </message>
    <message>
        <source>consent {id} withdrawn from {date}</source>
        <translation>知情同意 {id} 自 {date} 起撤回</translation>
    </message>
    <message>
        <source>none</source>
        <comment>audience</comment>
        <translation>僅管理員</translation>
    </message>
    <message>
        <source>by {guardian} ({relationship})</source>
        <translation>由 {guardian}（{relationship}）給出</translation>
    </message>
    <message>
        <source>guardian</source>
        <translation>監護人</translation>
    </message>
    <message>
        <source>covers {count}</source>
        <translation>涵蓋 {count} 項</translation>
    </message>
    <message>
        <source>embargo until {date}</source>
        <translation>封存至 {date}</translation>
    </message>
    <message>
        <source>WITHDRAWN {date}</source>
        <translation>已於 {date} 撤回</translation>
    </message>
    <message>
        <source>no consents</source>
        <translation>沒有知情同意記錄</translation>
    </message>
    <message>
        <source>renewals due ({count}):</source>
        <translation>需要續簽（{count}）：</translation>
    </message>
    <message>
        <source>18 on {date}</source>
        <translation>{date} 滿 18 歲</translation>
    </message>
    <message>
        <source>forms missing ({count}):</source>
        <translation>缺少同意書（{count}）：</translation>
    </message>
    <message>
        <source>consent {id} of {date}</source>
        <translation>{date} 的知情同意 {id}</translation>
    </message>
    <message>
        <source>birth dates unknown ({count}):</source>
        <translation>出生日期不詳（{count}）：</translation>
    </message>
    <message>
        <source>curator</source>
        <comment>audience</comment>
        <translation>管理員</translation>
    </message>
    <message>
        <source>family</source>
        <comment>audience</comment>
        <translation>家人</translation>
    </message>
    <message>
        <source>research</source>
        <comment>audience</comment>
        <translation>研究人員</translation>
    </message>
    <message>
        <source>public</source>
        <comment>audience</comment>
        <translation>公眾</translation>
    </message>
    <message>
        <source>no consent recorded</source>
        <translation>沒有記錄知情同意</translation>
    </message>
    <message>
        <source>consent not yet given on that day</source>
        <translation>那天還沒有給出同意</translation>
    </message>
    <message>
        <source>no consent covers it</source>
        <translation>沒有哪份同意涵蓋它</translation>
    </message>
    <message>
        <source>not consented for this audience</source>
        <translation>沒有同意給這類觀眾看</translation>
    </message>
    <message>
        <source>consent withdrawn</source>
        <translation>同意已撤回</translation>
    </message>
    <message>
        <source>under embargo</source>
        <translation>在封存期內</translation>
    </message>
    <message>
        <source>consent given as a child must be renewed</source>
        <translation>未成年時給出的同意需要續簽</translation>
    </message>
    <message>
        <source>a guardian&apos;s consent is missing</source>
        <translation>缺少監護人的同意</translation>
    </message>
    <message>
        <source>the child&apos;s assent is missing</source>
        <translation>缺少孩子本人的同意</translation>
    </message>
    <message>
        <source>nobody is linked to it</source>
        <translation>沒有關聯任何人</translation>
    </message>
    <message>
        <source>{audience}: open</source>
        <translation>{audience}：可以看</translation>
    </message>
    <message>
        <source>{audience}: closed ({reasons})</source>
        <translation>{audience}：不能看（{reasons}）</translation>
    </message>
    <message>
        <source>the audit log is empty</source>
        <translation>稽核日誌是空的</translation>
    </message>
    <message>
        <source>there is no screen to open the app on (neither DISPLAY nor WAYLAND_DISPLAY is set); use it on a computer with a screen, on a virtual one (xvfb-run -a archive-app), or use its commands (archive-app --help)</source>
        <translation>沒有可以顯示應用程式的螢幕（DISPLAY 和 WAYLAND_DISPLAY 都沒有設定）；請在有螢幕的電腦上使用，或使用虛擬螢幕（xvfb-run -a archive-app），或使用命令（archive-app --help）</translation>
    </message>
    <message>
        <source>import recordings, photos, documents and transcripts (files or folders)</source>
        <translation>匯入錄音、照片、文件和逐字稿（檔案或資料夾）</translation>
    </message>
    <message>
        <source>files and folders to import</source>
        <translation>要匯入的檔案和資料夾</translation>
    </message>
    <message>
        <source>attach every file to this interview</source>
        <translation>把每個檔案都歸到這個訪談</translation>
    </message>
    <message>
        <source>worker processes (default: CPUs)</source>
        <translation>工作行程數（預設：CPU 數）</translation>
    </message>
    <message>
        <source>note: search will find the new files later ({reason})</source>
        <translation>提示：搜尋稍後才能找到新檔案（{reason}）</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>已匯入</translation>
    </message>
    <message>
        <source>already there</source>
        <translation>已存在</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>未匯入</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>略過</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>檔案是空的</translation>
    </message>
    <message>
        <source>not a recording, photo, document or transcript this archive takes</source>
        <translation>不是檔案庫能收的錄音、照片、文件或逐字稿</translation>
    </message>
    <message>
        <source>the file cannot be read</source>
        <translation>無法讀取檔案</translation>
    </message>
    <message>
        <source>the file disappeared during the import</source>
        <translation>匯入過程中檔案不見了</translation>
    </message>
    <message>
        <source>the recording is damaged or truncated</source>
        <translation>錄音已損壞或不完整</translation>
    </message>
    <message>
        <source>the image is damaged, truncated or not really an image</source>
        <translation>圖片已損壞、不完整或並不是圖片</translation>
    </message>
    <message>
        <source>the transcript has no text</source>
        <translation>逐字稿裡沒有文字</translation>
    </message>
    <message>
        <source>the transcript&apos;s text encoding could not be recognised</source>
        <translation>無法辨識逐字稿的文字編碼</translation>
    </message>
    <message>
        <source>the transcript could not be read</source>
        <translation>無法讀取逐字稿</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>沒有這個檔案或資料夾</translation>
    </message>
    <message>
        <source>the file&apos;s name is not valid text (not UTF-8); rename it and import it again</source>
        <translation>檔名不是有效的文字（不是 UTF-8）；請改名後再匯入</translation>
    </message>
    <message>
        <source>not an ordinary file (a pipe, a socket or a device)</source>
        <translation>不是一般檔案（是管道、通訊端或裝置）</translation>
    </message>
    <message>
        <source>a broken link: the file it points to does not exist</source>
        <translation>失效的連結：它指向的檔案不存在</translation>
    </message>
    <message>
        <source>the image has too many pixels to be opened safely</source>
        <translation>圖片像素太多，無法安全開啟</translation>
    </message>
    <message>
        <source>a hidden file or folder, left out (name it directly to import it)</source>
        <translation>隱藏的檔案或資料夾，已略過（直接寫出它的名稱即可匯入）</translation>
    </message>
    <message>
        <source>a link to a folder, not followed (import the folder itself)</source>
        <translation>指向資料夾的連結，未跟隨（請直接匯入那個資料夾）</translation>
    </message>
    <message>
        <source>the WebVTT file has no WEBVTT line and no timed text to read instead</source>
        <translation>這個 WebVTT 檔案缺少 WEBVTT 開頭行，也沒有可以按時間讀取的內容</translation>
    </message>
    <message>
        <source>the file could not be imported</source>
        <translation>檔案無法匯入</translation>
    </message>
    <message>
        <source>{rejected} of {total} files not imported: {reasons}</source>
        <translation>{total} 個檔案中有 {rejected} 個未匯入：{reasons}</translation>
    </message>
    <message>
        <source>SRT subtitles</source>
        <translation>SRT 字幕</translation>
    </message>
    <message>
        <source>WebVTT subtitles</source>
        <translation>WebVTT 字幕</translation>
    </message>
    <message>
        <source>timecoded text</source>
        <translation>帶時間的文字</translation>
    </message>
    <message>
        <source>plain text</source>
        <translation>純文字</translation>
    </message>
    <message>
        <source>Whisper JSON</source>
        <translation>Whisper JSON</translation>
    </message>
    <message>
        <source>stray control characters (NUL and the like) replaced with U+FFFD or removed: {count}</source>
        <translation>看不見的控制字元（如 NUL）已刪去或替換為 U+FFFD：{count} 個</translation>
    </message>
    <message>
        <source>vertical tabs or form feeds from a word processor read as line breaks: {count}</source>
        <translation>文書處理軟體留下的垂直定位字元或分頁符號已當作換行：{count} 個</translation>
    </message>
    <message>
        <source>no WEBVTT header line; read as {format}</source>
        <translation>缺少 WEBVTT 開頭行，已按「{format}」讀取</translation>
    </message>
    <message>
        <source>not SubRip subtitles; read as {format}</source>
        <translation>不是 SRT 字幕，已按「{format}」讀取</translation>
    </message>
    <message>
        <source>lines outside any subtitle cue, left out: {count}</source>
        <translation>不屬於任何字幕條目的文字已略去：{count} 行</translation>
    </message>
    <message>
        <source>times that are not valid, their segments untimed: {count} ({detail})</source>
        <translation>無效的時間，相應段落不帶時間：{count} 個（{detail}）</translation>
    </message>
    <message>
        <source>segments that end before they start, their times left out: {count}</source>
        <translation>結束早於開始的段落，已去掉其時間：{count} 個</translation>
    </message>
    <message>
        <source>{file}, line {line}</source>
        <translation>{file} 第 {line} 行</translation>
    </message>
    <message>
        <source>add interviews</source>
        <translation>新增訪談</translation>
    </message>
    <message>
        <source>add an interview</source>
        <translation>新增一個訪談</translation>
    </message>
    <message>
        <source>the interview&apos;s title</source>
        <translation>訪談的標題</translation>
    </message>
    <message>
        <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>YYYY、YYYY-MM 或 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>place name (found, or added when new)</source>
        <translation>地名（已有則使用，沒有則新建）</translation>
    </message>
    <message>
        <source>a few sentences on what it is about</source>
        <translation>用幾句話說說內容</translation>
    </message>
    <message>
        <source>language or dialect</source>
        <translation>語言或方言</translation>
    </message>
    <message>
        <source>a keyword (repeatable)</source>
        <translation>一個關鍵詞（可重複）</translation>
    </message>
    <message>
        <source>add people</source>
        <translation>新增人物</translation>
    </message>
    <message>
        <source>add a person</source>
        <translation>新增一位人物</translation>
    </message>
    <message>
        <source>name in characters</source>
        <translation>漢字姓名</translation>
    </message>
    <message>
        <source>name in pinyin or Latin letters</source>
        <translation>拼音或拉丁字母姓名</translation>
    </message>
    <message>
        <source>another name: a nickname, a dialect name (repeatable)</source>
        <translation>別的名字：小名、方言叫法（可重複）</translation>
    </message>
    <message>
        <source>YYYY or YYYY-MM-DD</source>
        <translation>YYYY 或 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>female, male, other or unknown (or 女, 男, 其他, 未知)</source>
        <translation>女、男、其他或未知（也可寫 female、male、other、unknown）</translation>
    </message>
    <message>
        <source>link a person to an interview</source>
        <translation>把人物關聯到訪談</translation>
    </message>
    <message>
        <source>the interview</source>
        <translation>訪談</translation>
    </message>
    <message>
        <source>the person</source>
        <translation>人物</translation>
    </message>
    <message>
        <source>the person&apos;s part in the interview</source>
        <translation>此人在訪談中的身分</translation>
    </message>
    <message>
        <source>list records of one kind</source>
        <translation>列出某一類記錄</translation>
    </message>
    <message>
        <source>which kind</source>
        <translation>哪一類</translation>
    </message>
    <message>
        <source>show one record with everything about it</source>
        <translation>顯示一筆記錄及與它相關的一切</translation>
    </message>
    <message>
        <source>the record&apos;s ID, or its first characters</source>
        <translation>記錄的 ID，或它開頭的幾個字元</translation>
    </message>
    <message>
        <source>warning: {name} (born {year}) may already be in the archive: {ids}; added all the same</source>
        <translation>警告：{name}（生於 {year}）可能已經在檔案庫中：{ids}；仍然新增了</translation>
    </message>
    <message>
        <source>year unknown</source>
        <translation>年份不詳</translation>
    </message>
    <message>
        <source>linked as {role}</source>
        <translation>已關聯，身分為 {role}</translation>
    </message>
    <message>
        <source>nothing of this kind yet</source>
        <translation>還沒有這一類的記錄</translation>
    </message>
    <message>
        <source>full-text search (Chinese, traditional or simplified, pinyin, English)</source>
        <extracomment>filters given as options, as the query&apos;s ``name:value`` would give them</extracomment>
        <translation>全文搜尋（中文繁簡體、拼音、英文）</translation>
    </message>
    <message>
        <source>hits to show (20)</source>
        <translation>顯示多少筆結果（20）</translation>
    </message>
    <message>
        <source>only this kind of result (repeatable); &apos;transcript&apos; means transcript passages, &apos;section&apos; the chapters of an interview</source>
        <translation>只要這一類結果（可重複）；&apos;transcript&apos; 指逐字稿段落，&apos;section&apos; 指訪談的章節</translation>
    </message>
    <message>
        <source>search as this audience sees the archive (consent applies); default curator</source>
        <translation>按這類觀眾看到的檔案庫來搜尋（受知情同意約束）；預設 curator</translation>
    </message>
    <message>
        <source>rebuild the full-text index from the catalogue</source>
        <translation>根據目錄重建全文索引</translation>
    </message>
    <message>
        <source>indexed {count} documents</source>
        <translation>已索引 {count} 項</translation>
    </message>
    <message>
        <source>{count} found</source>
        <translation>找到 {count} 筆</translation>
    </message>
    <message>
        <source>(index rebuilding: plain search)</source>
        <translation>（索引重建中：使用簡單搜尋）</translation>
    </message>
    <message>
        <source>at {time}</source>
        <translation>位於 {time}</translation>
    </message>
    <message>
        <source>work with transcripts</source>
        <extracomment>the formats, as ``exchange.transcript.WRITERS`` names them (kept here for a light start)</extracomment>
        <translation>處理逐字稿</translation>
    </message>
    <message>
        <source>write a transcript as WebVTT, SRT or text</source>
        <translation>把逐字稿寫成 WebVTT、SRT 或純文字</translation>
    </message>
    <message>
        <source>the transcript&apos;s ID, or its first characters</source>
        <translation>逐字稿的 ID，或它開頭的幾個字元</translation>
    </message>
    <message>
        <source>file format (default: from the --out file&apos;s extension)</source>
        <translation>檔案格式（預設：依 --out 檔案的副檔名）</translation>
    </message>
    <message>
        <source>the file to write</source>
        <translation>要寫入的檔案</translation>
    </message>
    <message>
        <source>replace the file if it exists</source>
        <translation>如果檔案已存在，就取代它</translation>
    </message>
    <message>
        <source>who the file is for (consent applies; default: curator)</source>
        <translation>檔案給誰看（按同意書處理；預設：管理員）</translation>
    </message>
    <message>
        <source>wrote {count} passages to {file}</source>
        <translation>已把 {count} 個段落寫入 {file}</translation>
    </message>
    <message>
        <source>{path} should be a folder but is not; nothing was changed. Move it out of the archive folder and try again</source>
        <translation>{path} 應該是資料夾，但不是；沒有做任何變更。請把它移出檔案庫資料夾後再試</translation>
    </message>
    <message>
        <source>{path} should be a file but is not; nothing was changed. Move it out of the archive folder and try again</source>
        <translation>{path} 應該是檔案，但不是；沒有做任何變更。請把它移出檔案庫資料夾後再試</translation>
    </message>
    <message>
        <source>the archive&apos;s disk is full ({path}); nothing half-written was kept. Free some space on that disk and run the command again: what is in stays in</source>
        <translation>檔案庫所在的磁碟已滿（{path}）；沒有留下寫了一半的內容。請在那個磁碟上騰出空間後再執行這個命令：已經存入的都還在</translation>
    </message>
    <message>
        <source>the archive&apos;s disk refused to save ({detail}); nothing half-written was kept</source>
        <translation>檔案庫所在的磁碟拒絕儲存（{detail}）；沒有留下寫了一半的內容</translation>
    </message>
    <message>
        <source>{path} is not a backup that can be restored ({problem}); nothing was changed</source>
        <translation>{path} 不是可以還原的備份（{problem}）；沒有做任何變更</translation>
    </message>
    <message>
        <source>{path} is not an archive (create one with &apos;archive-app --archive DIR init&apos;)</source>
        <translation>{path} 不是檔案庫（可以用 &apos;archive-app --archive DIR init&apos; 建立一個）</translation>
    </message>
    <message>
        <source>there is already an archive at {path}</source>
        <translation>{path} 已經有一個檔案庫</translation>
    </message>
    <message>
        <source>this archive was written by a newer version of the app (catalogue version {found}, this app knows up to {known}); please update the app</source>
        <translation>這個檔案庫是由較新版本的應用程式寫的（目錄版本 {found}，本應用程式最高只認得 {known}）；請更新應用程式</translation>
    </message>
    <message>
        <source>no {kind} has the ID {id}</source>
        <translation>沒有 ID 為 {id} 的{kind}</translation>
    </message>
    <message>
        <source>no record has the ID {id}</source>
        <translation>沒有 ID 為 {id} 的記錄</translation>
    </message>
    <message>
        <source>the ID {prefix} is ambiguous: it starts several IDs ({candidates}); type more of it</source>
        <translation>ID {prefix} 不明確：有好幾個 ID 以它開頭（{candidates}）；請多輸入幾個字元</translation>
    </message>
    <message>
        <source>{id} is a {kind} record; wanted here: {wanted}</source>
        <translation>{id} 是{kind}記錄；這裡需要的是：{wanted}</translation>
    </message>
    <message>
        <source> or </source>
        <translation>或</translation>
    </message>
    <message>
        <source>this transcript has no times; export it as plain text (--format txt)</source>
        <translation>這份逐字稿沒有時間；請匯出為純文字（--format txt）</translation>
    </message>
    <message>
        <source>{field} {value} is not valid: expected {expected}</source>
        <translation>{field} {value} 無效：應為 {expected}</translation>
    </message>
    <message>
        <source>cancelled; nothing was written</source>
        <translation>已取消；什麼也沒有寫入</translation>
    </message>
    <message>
        <source>the archive is open read-only; nothing was changed</source>
        <translation>檔案庫以唯讀方式開啟；沒有做任何更動</translation>
    </message>
    <message>
        <source>consent {id} was already withdrawn on {date}</source>
        <translation>知情同意 {id} 已於 {date} 撤回</translation>
    </message>
    <message>
        <source>no font with Chinese characters was found for the films&apos; words; install one (on Debian: apt-get install fonts-wqy-microhei) or name one with --font FILE</source>
        <translation>找不到帶中文字的字型來顯示影片字幕；請安裝一種（Debian 上：apt-get install fonts-wqy-microhei），或用 --font FILE 指定一個</translation>
    </message>
    <message>
        <source>cannot read the recording {name}: {detail}</source>
        <translation>無法讀取錄音 {name}：{detail}</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>另一個程式</translation>
    </message>
    <message>
        <source>the archive {path} is locked by {program} (pid {pid}), which has ended, but process {holders} it started still holds it; end that process (or restart the computer), then try again</source>
        <translation>檔案庫 {path} 被 {program}（行程編號 {pid}）鎖住，這個程式已經結束，但它啟動的行程 {holders} 仍佔用著它；請結束那個行程（或重新開機）後再試</translation>
    </message>
    <message>
        <source>the archive {path} is open in {program} (pid {pid}) on the computer {host}; close it there first, or use a command that only reads</source>
        <translation>檔案庫 {path} 已在電腦 {host} 上的 {program}（行程編號 {pid}）中開啟；請先在那裡關閉，或使用只讀取的命令</translation>
    </message>
    <message>
        <source>the archive {path} is open in {program} (pid {pid}); close it there first, or use a command that only reads</source>
        <translation>檔案庫 {path} 已在 {program}（行程編號 {pid}）中開啟；請先在那裡關閉，或使用只讀取的命令</translation>
    </message>
    <message>
        <source>is missing although the archive holds originals</source>
        <translation>不見了，而檔案庫裡還有原始檔案</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>是空的</translation>
    </message>
    <message>
        <source>is not a database any more</source>
        <translation>已經不是資料庫了</translation>
    </message>
    <message>
        <source>is damaged</source>
        <translation>已損壞</translation>
    </message>
    <message>
        <source>restore a backup: archive-app --archive {archive} restore {backup}</source>
        <translation>請還原備份：archive-app --archive {archive} restore {backup}</translation>
    </message>
    <message>
        <source>restore it from a backup copy of the archive (archive-app restore BACKUP)</source>
        <translation>請從檔案庫的備份副本還原（archive-app restore BACKUP）</translation>
    </message>
    <message>
        <source>the catalogue {path} {what}; nothing was changed and no new catalogue was made. To recover, {advice}</source>
        <translation>目錄 {path} {what}；沒有做任何變更，也沒有新建目錄。{advice}</translation>
    </message>
    <message>
        <source>will not write {path}: it is inside an archive folder, where only the archive itself writes; choose a place outside it</source>
        <translation>不會寫入 {path}：它在檔案庫資料夾裡，那裡只有檔案庫自己能寫；請選擇檔案庫以外的位置</translation>
    </message>
    <message>
        <source>{path} exists already; add --force to replace it</source>
        <translation>{path} 已經存在；加上 --force 才會取代它</translation>
    </message>
    <message>
        <source>{path} is a folder; give the name of a file to write</source>
        <translation>{path} 是資料夾；請給出要寫入的檔名</translation>
    </message>
    <message>
        <source>cannot make the folder for {path} ({detail}); choose another place</source>
        <translation>無法為 {path} 建立資料夾（{detail}）；請選擇其他位置</translation>
    </message>
    <message>
        <source>cannot write {path} ({detail})</source>
        <translation>無法寫入 {path}（{detail}）</translation>
    </message>
    <message>
        <source>the catalogue could not be read or written ({detail}); nothing was changed</source>
        <translation>無法讀取或寫入目錄（{detail}）；沒有做任何變更</translation>
    </message>
    <message>
        <source>the disk is full {path}; free some space and try again</source>
        <translation>磁碟已滿 {path}；請騰出一些空間後再試</translation>
    </message>
    <message>
        <source>not allowed to read or write {path} ({detail})</source>
        <translation>沒有權限讀取或寫入 {path}（{detail}）</translation>
    </message>
    <message>
        <source>could not read or write {path} ({detail})</source>
        <translation>無法讀取或寫入 {path}（{detail}）</translation>
    </message>
    <message>
        <source>the bag {path} was refused ({reason}); nothing in the archive was changed</source>
        <translation>包 {path} 被拒絕了（{reason}）；檔案沒有任何改動</translation>
    </message>
    <message>
        <source>the archive could not be upgraded: migration {version} ({name}) would have left records without the records they refer to ({dangling}); it was undone and the archive is as it was; please report this</source>
        <translation>檔案庫無法升級：第 {version} 步遷移（{name}）會讓一些記錄失去它們所指向的記錄（{dangling}）；這一步已撤銷，檔案庫保持原樣；請把這件事告訴我們</translation>
    </message>
    <message>
        <source>{path} already exists; choose a new name, or add --force to replace it (nothing was replaced)</source>
        <translation>{path} 已經存在；請換一個名字，或加上 --force 取代它（什麼都沒有被取代）</translation>
    </message>
    <message>
        <source>the original {path} no longer matches its checksum; run &apos;archive-app check&apos; and restore it from a backup (nothing was exported)</source>
        <translation>原件 {path} 與它的校驗值不再相符；請執行 &apos;archive-app check&apos;，並從備份中還原它（沒有匯出任何內容）</translation>
    </message>
    <message>
        <source>the {audience} audience may not have this transcript&apos;s interview ({rules}); nothing was written</source>
        <translation>{audience}不能看這份逐字稿所屬的訪談（{rules}）；沒有寫出任何檔案</translation>
    </message>
    <message>
        <source>it is not a BagIt bag</source>
        <translation>它不是 BagIt 包</translation>
    </message>
    <message>
        <source>it names a file outside itself</source>
        <translation>它指向了包外面的檔案</translation>
    </message>
    <message>
        <source>it holds a link</source>
        <translation>它裡面有連結</translation>
    </message>
    <message>
        <source>its bag-info.txt cannot be read</source>
        <translation>無法讀取它的 bag-info.txt</translation>
    </message>
    <message>
        <source>it declares other sizes than it holds</source>
        <translation>它聲稱的大小與實際內容不符</translation>
    </message>
    <message>
        <source>files it lists are missing</source>
        <translation>它列出的檔案缺失了</translation>
    </message>
    <message>
        <source>it holds files its manifests do not list</source>
        <translation>它裡面有清單上沒有的檔案</translation>
    </message>
    <message>
        <source>a file does not match its checksum</source>
        <translation>有檔案與校驗值不符</translation>
    </message>
    <message>
        <source>it is not a valid bag</source>
        <translation>它不是有效的包</translation>
    </message>
    <message>
        <source>it was not made by Hometown Voices</source>
        <translation>它不是「鄉音」製作的</translation>
    </message>
    <message>
        <source>only a curator&apos;s bag can be merged; this one holds stories for an audience</source>
        <translation>只有給管理員的包才能合併；這個包裡是為某類讀者準備的故事</translation>
    </message>
    <message>
        <source>its metadata is of a newer version than this app knows; update the app</source>
        <translation>它的詮釋資料版本比本程式認識的新；請更新本程式</translation>
    </message>
    <message>
        <source>its metadata is damaged</source>
        <translation>它的詮釋資料已損壞</translation>
    </message>
    <message>
        <source>interview</source>
        <translation>訪談</translation>
    </message>
    <message>
        <source>person</source>
        <translation>人物</translation>
    </message>
    <message>
        <source>family</source>
        <translation>家庭</translation>
    </message>
    <message>
        <source>place</source>
        <translation>地點</translation>
    </message>
    <message>
        <source>time away</source>
        <translation>離家在外的經歷</translation>
    </message>
    <message>
        <source>recording</source>
        <translation>錄音</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>document</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>transcript</source>
        <translation>逐字稿</translation>
    </message>
    <message>
        <source>transcript passage</source>
        <translation>逐字稿段落</translation>
    </message>
    <message>
        <source>chapter</source>
        <translation>章節</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>標籤</translation>
    </message>
    <message>
        <source>collection</source>
        <translation>合集</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>知情同意</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>title</source>
        <translation>標題</translation>
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
        <source>gender</source>
        <translation>性別</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>audience</source>
        <translation>觀眾</translation>
    </message>
    <message>
        <source>role</source>
        <translation>身分</translation>
    </message>
    <message>
        <source>relationship</source>
        <translation>關係</translation>
    </message>
    <message>
        <source>embargo date</source>
        <translation>封存日期</translation>
    </message>
    <message>
        <source>day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>start time</source>
        <translation>開始時間</translation>
    </message>
    <message>
        <source>end time</source>
        <translation>結束時間</translation>
    </message>
    <message>
        <source>a day as YYYY-MM-DD</source>
        <translation>YYYY-MM-DD 格式的日期</translation>
    </message>
    <message>
        <source>a time in seconds, 0 or more</source>
        <translation>以秒計的時間，不小於 0</translation>
    </message>
    <message>
        <source>a non-empty name</source>
        <translation>不為空的名字</translation>
    </message>
    <message>
        <source>a non-empty title</source>
        <translation>不為空的標題</translation>
    </message>
    <message>
        <source>a non-empty value</source>
        <translation>不為空的值</translation>
    </message>
    <message>
        <source>a list of names</source>
        <translation>一組名字</translation>
    </message>
    <message>
        <source>an ID or at least its first {count} characters</source>
        <translation>一個 ID，或至少它開頭的 {count} 個字元</translation>
    </message>
    <message>
        <source>an original is missing: {item}</source>
        <translation>原件不見了：{item}</translation>
    </message>
    <message>
        <source>an original has changed size: {item} (now != when stored, in bytes: {detail})</source>
        <translation>原件的大小變了：{item}（現在 != 存入時，單位位元組：{detail}）</translation>
    </message>
    <message>
        <source>an original is not as it was stored (its checksum differs): {item}</source>
        <translation>原件與存入時不一樣（校驗值不符）：{item}</translation>
    </message>
    <message>
        <source>an original cannot be read: {item}</source>
        <translation>原件無法讀取：{item}</translation>
    </message>
    <message>
        <source>a file in media/ that no record names (left by an interrupted import): {item}</source>
        <translation>media/ 裡有一個沒有任何記錄指向的檔案（中斷的匯入留下的）：{item}</translation>
    </message>
    <message>
        <source>a record of a {kind} whose original is not in the catalogue: {item}</source>
        <translation>一筆{kind}記錄的原件不在目錄中：{item}</translation>
    </message>
    <message>
        <source>a link in the catalogue points to nothing: {item} {detail}</source>
        <translation>目錄裡有一個指向不存在記錄的連結：{item} {detail}</translation>
    </message>
    <message>
        <source>the catalogue is damaged: {detail}</source>
        <translation>目錄已損壞：{detail}</translation>
    </message>
    <message>
        <source>a temporary file left by an interrupted import (safe to delete): {item}</source>
        <translation>中斷的匯入留下的暫存檔（可以放心刪除）：{item}</translation>
    </message>
    <message>
        <source>the recording of “{name}”</source>
        <translation>「{name}」的錄音</translation>
    </message>
    <message>
        <source>the photo “{name}”</source>
        <translation>照片「{name}」</translation>
    </message>
    <message>
        <source>the document “{name}”</source>
        <translation>文件「{name}」</translation>
    </message>
    <message>
        <source> ({owners})</source>
        <translation>（{owners}）</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>who the export is for (consent applies)</source>
        <translation>匯出給誰看（受知情同意約束）</translation>
    </message>
    <message>
        <source>the stories a family tells</source>
        <translation>一個家庭講的故事</translation>
    </message>
    <message>
        <source>a collection&apos;s stories</source>
        <translation>一個合集裡的故事</translation>
    </message>
    <message>
        <source>one interview (repeatable)</source>
        <translation>一個訪談（可重複）</translation>
    </message>
    <message>
        <source>replace OUT if it exists (the old one stays whole until the new one is complete)</source>
        <translation>如果 OUT 已存在就取代它（新的匯出完整寫好之前，舊的保持不變）</translation>
    </message>
    <message>
        <source>every interview and collection (for curator: the whole archive)</source>
        <translation>所有訪談和合集（給管理員時：整個檔案）</translation>
    </message>
    <message>
        <source>export stories as an offline site or as films</source>
        <translation>把故事匯出為離線網站或影片</translation>
    </message>
    <message>
        <source>an offline story site: a folder (or .zip) that opens in any browser</source>
        <translation>離線故事網站：一個任何瀏覽器都能開啟的資料夾（或 .zip）</translation>
    </message>
    <message>
        <source>the folder (or .zip file) to create</source>
        <translation>要建立的資料夾（或 .zip 檔案）</translation>
    </message>
    <message>
        <source>write one .zip file instead of a folder</source>
        <translation>寫成一個 .zip 檔案，而不是資料夾</translation>
    </message>
    <message>
        <source>one MP4 film per story, words burned in</source>
        <translation>每個故事一部 MP4 影片，字幕直接印在畫面上</translation>
    </message>
    <message>
        <source>the folder to create</source>
        <translation>要建立的資料夾</translation>
    </message>
    <message>
        <source>the transcript tier to show (default: the first)</source>
        <translation>要顯示的逐字稿層（預設：第一層）</translation>
    </message>
    <message>
        <source>a second tier&apos;s line under it (e.g. English)</source>
        <translation>在下面再加一行另一層逐字稿（例如 English）</translation>
    </message>
    <message>
        <source>a font with Chinese characters to use</source>
        <translation>要使用的中文字型</translation>
    </message>
    <message>
        <source>a BagIt bag: originals, transcripts, metadata, OHMS XML, Dublin Core CSV</source>
        <translation>BagIt 包：原件、逐字稿、詮釋資料、OHMS XML、都柏林核心 CSV</translation>
    </message>
    <message>
        <source>Source-Organization in bag-info.txt</source>
        <translation>bag-info.txt 裡的 Source-Organization（來源機構）</translation>
    </message>
    <message>
        <source>one OHMS XML file per interview</source>
        <translation>每次訪談一個 OHMS XML 檔案</translation>
    </message>
    <message>
        <source>the repository named in each file</source>
        <translation>每個檔案裡寫的典藏機構</translation>
    </message>
    <message>
        <source>a Dublin Core CSV (UTF-8, for spreadsheets and Omeka S&apos;s CSV Import)</source>
        <translation>都柏林核心 CSV（UTF-8，給試算表和 Omeka S 的 CSV Import）</translation>
    </message>
    <message>
        <source>the .csv file to create</source>
        <translation>要新建的 .csv 檔案</translation>
    </message>
    <message>
        <source>included: {count} items</source>
        <translation>已包含：{count} 項</translation>
    </message>
    <message>
        <source>held back {id}: {reasons}</source>
        <translation>未匯出 {id}：{reasons}</translation>
    </message>
    <message>
        <source>wrote the story site to {target}: {files} files, {bytes} bytes</source>
        <translation>已把故事網站寫入 {target}：{files} 個檔案，{bytes} 位元組</translation>
    </message>
    <message>
        <source>wrote story films to {target}: {files} files, {bytes} bytes</source>
        <translation>已把故事影片寫入 {target}：{files} 個檔案，{bytes} 位元組</translation>
    </message>
    <message>
        <source>copy the catalogue into backups/, or the whole archive to another drive</source>
        <translation>把目錄複製到 backups/，或把整個檔案庫複製到另一個磁碟</translation>
    </message>
    <message>
        <source>copy the whole archive (catalogue and originals)</source>
        <translation>複製整個檔案庫（目錄和原始檔案）</translation>
    </message>
    <message>
        <source>with --to: re-hash the originals already there</source>
        <translation>配合 --to：重新校驗備份裡已有的原始檔案</translation>
    </message>
    <message>
        <source>with --to: use DIR even though it holds something other than this archive&apos;s backup</source>
        <translation>配合 --to：即使 DIR 裡放著別的東西（不是這個檔案庫的備份）也使用它</translation>
    </message>
    <message>
        <source>list the catalogue copies</source>
        <translation>列出目錄的備份</translation>
    </message>
    <message>
        <source>bring a removed record back from the bin (ID), or the archive from a backup (BACKUP: shows what it brings back; --yes to do it)</source>
        <translation>從回收站恢復一筆刪除的記錄（ID），或從備份還原檔案庫（BACKUP：先顯示會還原什麼；加 --yes 才執行）</translation>
    </message>
    <message>
        <source>a record&apos;s ID or its first characters; or a copy from backups/ or a folder of backup --to</source>
        <translation>記錄的 ID 或它的前幾個字元；或 backups/ 裡的一個備份，或 backup --to 做的資料夾</translation>
    </message>
    <message>
        <source>with BACKUP: restore it (without: only show)</source>
        <translation>配合 BACKUP：執行還原（不加：只顯示）</translation>
    </message>
    <message>
        <source>no catalogue copies yet</source>
        <translation>還沒有目錄的備份</translation>
    </message>
    <message>
        <source>catalogue copied to {path}</source>
        <translation>目錄已複製到 {path}</translation>
    </message>
    <message>
        <source>backed up to {target}: {files} originals, {copied} copied ({megabytes} MB), {there} already there</source>
        <translation>已備份到 {target}：{files} 個原始檔案，複製了 {copied} 個（{megabytes} MB），{there} 個原本就在</translation>
    </message>
    <message>
        <source>{count} damaged copies in the backup were replaced</source>
        <translation>備份裡 {count} 個損壞的副本已取代</translation>
    </message>
    <message>
        <source>missing in the archive (see check): {path}</source>
        <translation>檔案庫中缺少（見 check）：{path}</translation>
    </message>
    <message>
        <source>Nothing was changed. Run again with --yes to restore it.</source>
        <translation>沒有做任何變更。加上 --yes 再執行一次才會還原。</translation>
    </message>
    <message>
        <source>Restored.</source>
        <translation>已還原。</translation>
    </message>
    <message>
        <source>Backup taken {when}: {path}</source>
        <translation>備份時間 {when}：{path}</translation>
    </message>
    <message>
        <source>The present catalogue cannot be read; it will be kept in backups/.</source>
        <translation>現在的目錄無法讀取；它會保留在 backups/ 裡。</translation>
    </message>
    <message>
        <source>brings back {count} ({kind}): {names}</source>
        <translation>會還原 {count} 個（{kind}）：{names}</translation>
    </message>
    <message>
        <source>leaves out {count} added since ({kind}): {names}</source>
        <translation>不包括之後新增的 {count} 個（{kind}）：{names}</translation>
    </message>
    <message>
        <source>copies back {count} originals from the backup</source>
        <translation>從備份複製回 {count} 個原始檔案</translation>
    </message>
    <message>
        <source>{count} originals it records are in neither place (check will name them)</source>
        <translation>它記錄的 {count} 個原始檔案兩處都沒有（check 會列出）</translation>
    </message>
    <message>
        <source>It holds the same records as the archive now.</source>
        <translation>它和檔案庫現在的記錄相同。</translation>
    </message>
    <message>
        <source>wrote the bag to {target}: {files} files, {bytes} bytes</source>
        <translation>包已寫到 {target}：{files} 個檔案，{bytes} 位元組</translation>
    </message>
    <message>
        <source>wrote OHMS XML to {target}: {files} files, {bytes} bytes</source>
        <translation>OHMS XML 已寫到 {target}：{files} 個檔案，{bytes} 位元組</translation>
    </message>
    <message>
        <source>wrote the Dublin Core CSV to {target}: {bytes} bytes</source>
        <translation>都柏林核心 CSV 已寫到 {target}：{bytes} 位元組</translation>
    </message>
    <message>
        <source>merge another interviewer&apos;s bag (a folder or .zip) into this archive</source>
        <translation>把另一位採訪者的包（資料夾或 .zip）合併進這個檔案</translation>
    </message>
    <message>
        <source>the bag: a folder or a .zip file</source>
        <translation>包：一個資料夾或一個 .zip 檔案</translation>
    </message>
    <message>
        <source>added {added}, updated {updated}, unchanged {unchanged}, conflicts {conflicts}</source>
        <translation>新增 {added}，更新 {updated}，未變 {unchanged}，衝突 {conflicts}</translation>
    </message>
    <message>
        <source>changed on both sides: {kind} {id} ({fields}); this archive&apos;s newer version is kept, the bag&apos;s is in its history</source>
        <translation>雙方都改過：{kind} {id}（{fields}）；保留本檔案較新的版本，包裡的版本留在它的歷史裡</translation>
    </message>
    <message>
        <source>changed on both sides: {kind} {id} ({fields}); the bag&apos;s newer version is kept, this archive&apos;s is in its history</source>
        <translation>雙方都改過：{kind} {id}（{fields}）；保留包裡較新的版本，本檔案的版本留在它的歷史裡</translation>
    </message>
    <message>
        <source>import interviews from a spreadsheet (.csv or .xlsx)</source>
        <translation>從表格（.csv 或 .xlsx）匯入訪談</translation>
    </message>
    <message>
        <source>the .csv or .xlsx file</source>
        <translation>.csv 或 .xlsx 檔案</translation>
    </message>
    <message>
        <source>which column holds what (title, date, place, narrator, notes, file, or ignore); corrects the guess</source>
        <translation>哪一欄是什麼（title、date、place、narrator、notes、file，或 ignore 不匯入）；用來改正猜測</translation>
    </message>
    <message>
        <source>show what would happen, change nothing</source>
        <translation>只顯示會怎樣，不做任何改動</translation>
    </message>
    <message>
        <source>no title, and no file whose interview it could be</source>
        <translation>沒有標題，也沒有可對應到訪談的檔案</translation>
    </message>
    <message>
        <source>{value} is not a date (write 2024-02-10 or 2024年2月10日)</source>
        <translation>{value} 不是日期（請寫成 2024-02-10 或 2024年2月10日）</translation>
    </message>
    <message>
        <source>no file called {value} is in the archive; import it first</source>
        <translation>檔案裡沒有名為 {value} 的檔案；請先匯入它</translation>
    </message>
    <message>
        <source>several files in the archive are called {value}</source>
        <translation>檔案裡有好幾個檔案都叫 {value}</translation>
    </message>
    <message>
        <source>columns: {mapping}</source>
        <translation>各欄：{mapping}</translation>
    </message>
    <message>
        <source>{good} rows would be imported, {bad} skipped</source>
        <translation>將匯入 {good} 列，略過 {bad} 列</translation>
    </message>
    <message>
        <source>added {added}, updated {updated}, skipped {skipped}</source>
        <translation>新增 {added}，更新 {updated}，略過 {skipped}</translation>
    </message>
    <message>
        <source>row {number} skipped: {errors}</source>
        <translation>略過第 {number} 列：{errors}</translation>
    </message>
    <message>
        <source>open the desktop app straight into this family&apos;s family mode</source>
        <translation>開啟桌面應用並直接進入這個家庭的家庭模式</translation>
    </message>
    <message>
        <source>only what is located in this place (a name or an id), or under it</source>
        <translation>只要位於這個地點（名稱或 ID）或其下屬地點的內容</translation>
    </message>
    <message>
        <source>only what this person (a name or an id) is in</source>
        <translation>只要有這個人（姓名或 ID）的內容</translation>
    </message>
    <message>
        <source>only what dates from this year</source>
        <translation>只要這一年的內容</translation>
    </message>
    <message>
        <source>only what carries this tag</source>
        <translation>只要帶這個標籤的內容</translation>
    </message>
    <message>
        <source>only passages this speaker says (a label, or a person&apos;s name or id)</source>
        <translation>只要這個說話人說的段落（標籤，或人物的姓名或 ID）</translation>
    </message>
    <message>
        <source>only what dates from this day on (YYYY, YYYY-MM or YYYY-MM-DD)</source>
        <translation>只要從這一天起的內容（YYYY、YYYY-MM 或 YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>only what dates from up to this day (YYYY, YYYY-MM or YYYY-MM-DD)</source>
        <translation>只要到這一天為止的內容（YYYY、YYYY-MM 或 YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>only passages of transcripts of this tier</source>
        <translation>只要這個轉寫層的段落</translation>
    </message>
    <message>
        <source>only what is in this language</source>
        <translation>只要這種語言的內容</translation>
    </message>
    <message>
        <source>Words are all required; use &quot;quoted phrases&quot;, OR, NOT or -word, and filters place:, person:, year:, tag:, kind:, speaker:, from:, to:, tier:, language: (or the options below). A query of nothing but operators or punctuation finds nothing. In the text shown, [[ and ]] mark the words that matched.</source>
        <translation>所有詞都必須出現；可以用&quot;帶引號的短語&quot;、OR、NOT 或 -詞，以及篩選 place:、person:、year:、tag:、kind:、speaker:、from:、to:、tier:、language:（或下面的選項）。只有運算符或標點的搜尋什麼也找不到。顯示的文字中，[[ 和 ]] 標出匹配的詞。</translation>
    </message>
    <message>
        <source>what to look for (several words: all of them)</source>
        <translation>要找什麼（幾個詞：全部都要）</translation>
    </message>
    <message>
        <source>query</source>
        <translation>搜尋</translation>
    </message>
    <message>
        <source>at most {count} nested brackets or NOTs</source>
        <translation>最多 {count} 層括號或 NOT</translation>
    </message>
    <message>
        <source>at most {count} characters</source>
        <translation>最多 {count} 個字元</translation>
    </message>
    <message>
        <source>at most {count} words</source>
        <translation>最多 {count} 個詞</translation>
    </message>
    <message>
        <source>family mode: collections marked for a family, what it is shown</source>
        <translation>家庭模式：為一個家庭標記的合集，它能看到什麼</translation>
    </message>
    <message>
        <source>show a collection in a family&apos;s family mode</source>
        <translation>在一個家庭的家庭模式裡顯示一個合集</translation>
    </message>
    <message>
        <source>stop showing a collection in family mode</source>
        <translation>不再在家庭模式裡顯示一個合集</translation>
    </message>
    <message>
        <source>what family mode shows a family today, and what it holds back and why</source>
        <translation>家庭模式今天給一個家庭看什麼，擋下了什麼，為什麼</translation>
    </message>
    <message>
        <source>marked for the family</source>
        <translation>已為這個家庭標記</translation>
    </message>
    <message>
        <source>already marked for the family</source>
        <translation>早已為這個家庭標記</translation>
    </message>
    <message>
        <source>no longer marked for the family</source>
        <translation>已不再為這個家庭標記</translation>
    </message>
    <message>
        <source>was not marked for the family</source>
        <translation>本來就沒有為這個家庭標記</translation>
    </message>
    <message>
        <source>{family}: {stories} stories, {photos} more photos</source>
        <translation>{family}：{stories} 個故事，另有 {photos} 張照片</translation>
    </message>
    <message>
        <source>held back:</source>
        <translation>沒有顯示的：</translation>
    </message>
    <message>
        <source>change fields of a record</source>
        <translation>修改一筆記錄的欄位</translation>
    </message>
    <message>
        <source>a field and its new value (lists separated by commas; empty: none)</source>
        <translation>一個欄位和它的新內容（列表用逗號分隔；留空表示無）</translation>
    </message>
    <message>
        <source>put a tag on a record (the tag is made if new)</source>
        <translation>給一筆記錄加標籤（標籤不存在時會新建）</translation>
    </message>
    <message>
        <source>the tag&apos;s name</source>
        <translation>標籤名</translation>
    </message>
    <message>
        <source>take a tag off a record</source>
        <translation>去掉一筆記錄的標籤</translation>
    </message>
    <message>
        <source>put interviews or photos in a collection</source>
        <translation>把訪談或照片加入合集</translation>
    </message>
    <message>
        <source>the collection</source>
        <translation>合集</translation>
    </message>
    <message>
        <source>interviews or photos</source>
        <translation>訪談或照片</translation>
    </message>
    <message>
        <source>take a record away (it waits in the bin until the bin is emptied)</source>
        <translation>刪除一筆記錄（清空回收站之前，它會留在回收站裡）</translation>
    </message>
    <message>
        <source>what was changed in a record, and when</source>
        <translation>一筆記錄改過什麼、什麼時候改的</translation>
    </message>
    <message>
        <source>undo one change from the history</source>
        <translation>撤銷修改記錄裡的一次修改</translation>
    </message>
    <message>
        <source>the change&apos;s ID, or its first characters</source>
        <translation>修改的 ID，或它開頭的幾個字元</translation>
    </message>
    <message>
        <source>list the records removed and not yet purged</source>
        <translation>列出已刪除、尚未清除的記錄</translation>
    </message>
    <message>
        <source>empty the bin for good (or take only the records named out of it)</source>
        <translation>永久清空回收站（或只清除指定的記錄）</translation>
    </message>
    <message>
        <source>records in the bin (default: all)</source>
        <translation>回收站裡的記錄（預設：全部）</translation>
    </message>
    <message>
        <source>(change {change})</source>
        <translation>（修改 {change}）</translation>
    </message>
    <message>
        <source>(nothing to change)</source>
        <translation>（沒有要修改的）</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>已修改</translation>
    </message>
    <message>
        <source>tagged {tag}</source>
        <translation>已加標籤 {tag}</translation>
    </message>
    <message>
        <source>untagged {tag}</source>
        <translation>已去掉標籤 {tag}</translation>
    </message>
    <message>
        <source>collected {count}</source>
        <translation>已加入合集 {count} 項</translation>
    </message>
    <message>
        <source>removed (restore it with &apos;restore ID&apos;)</source>
        <translation>已刪除（可用 &apos;restore ID&apos; 恢復）</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>已恢復</translation>
    </message>
    <message>
        <source>reverted</source>
        <translation>已撤銷</translation>
    </message>
    <message>
        <source>added</source>
        <comment>history</comment>
        <extracomment>what a value that was not there reads as</extracomment>
        <translation>新建</translation>
    </message>
    <message>
        <source>transcript added</source>
        <comment>history</comment>
        <translation>新增了逐字稿</translation>
    </message>
    <message>
        <source>several changes at once</source>
        <comment>history</comment>
        <translation>一次多項修改</translation>
    </message>
    <message>
        <source>passage closed</source>
        <comment>history</comment>
        <translation>不公開一段</translation>
    </message>
    <message>
        <source>passage closed again</source>
        <comment>history</comment>
        <translation>重新不公開一段</translation>
    </message>
    <message>
        <source>passage opened</source>
        <comment>history</comment>
        <translation>公開一段</translation>
    </message>
    <message>
        <source>passage deleted</source>
        <comment>history</comment>
        <translation>刪除段落</translation>
    </message>
    <message>
        <source>passage inserted</source>
        <comment>history</comment>
        <translation>插入段落</translation>
    </message>
    <message>
        <source>passages joined</source>
        <comment>history</comment>
        <translation>合併段落</translation>
    </message>
    <message>
        <source>passage split</source>
        <comment>history</comment>
        <translation>拆分段落</translation>
    </message>
    <message>
        <source>speaker renamed</source>
        <comment>history</comment>
        <translation>更改說話人</translation>
    </message>
    <message>
        <source>linked</source>
        <comment>history</comment>
        <translation>建立關聯</translation>
    </message>
    <message>
        <source>link taken away</source>
        <comment>history</comment>
        <translation>取消關聯</translation>
    </message>
    <message>
        <source>tagged</source>
        <comment>history</comment>
        <translation>加標籤</translation>
    </message>
    <message>
        <source>tag taken off</source>
        <comment>history</comment>
        <translation>去掉標籤</translation>
    </message>
    <message>
        <source>changed</source>
        <comment>history</comment>
        <translation>修改</translation>
    </message>
    <message>
        <source>removed to the bin</source>
        <comment>history</comment>
        <translation>移到回收筒</translation>
    </message>
    <message>
        <source>restored from the bin</source>
        <comment>history</comment>
        <translation>從回收筒還原</translation>
    </message>
    <message>
        <source>merged from a bag</source>
        <comment>history</comment>
        <translation>從資料包合併</translation>
    </message>
    <message>
        <source>person in the interview</source>
        <comment>history</comment>
        <translation>訪談中的人物</translation>
    </message>
    <message>
        <source>family member</source>
        <comment>history</comment>
        <translation>家庭成員</translation>
    </message>
    <message>
        <source>person in the photo</source>
        <comment>history</comment>
        <translation>照片裡的人物</translation>
    </message>
    <message>
        <source>tag</source>
        <comment>history</comment>
        <translation>標籤</translation>
    </message>
    <message>
        <source>item of a collection</source>
        <comment>history</comment>
        <translation>合集條目</translation>
    </message>
    <message>
        <source>what a consent covers</source>
        <comment>history</comment>
        <translation>同意書涵蓋的條目</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>(undoes {change})</source>
        <translation>（撤銷了 {change}）</translation>
    </message>
    <message>
        <source>(undone by {change})</source>
        <translation>（已被 {change} 撤銷）</translation>
    </message>
    <message>
        <source>made</source>
        <translation>建立</translation>
    </message>
    <message>
        <source>taken away</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>added</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>no changes recorded for {id}</source>
        <translation>{id} 還沒有修改記錄</translation>
    </message>
    <message>
        <source>the bin is empty</source>
        <translation>回收站是空的</translation>
    </message>
    <message>
        <source>purged {count} record(s) for good</source>
        <translation>已永久清除 {count} 筆記錄</translation>
    </message>
    <message>
        <source>the {kind} {id} cannot be removed: {what} still depend on it</source>
        <translation>{kind} {id} 不能刪除：{what}還依賴它</translation>
    </message>
    <message>
        <source>change {change} cannot be reverted: {field} of {id} was changed later{later}; revert that first</source>
        <translation>修改 {change} 不能撤銷：{id} 的{field}後來又改過{later}；請先撤銷那次修改</translation>
    </message>
    <message>
        <source> (by change {later})</source>
        <translation>（修改 {later}）</translation>
    </message>
    <message>
        <source>{id} cannot be restored: {reason}</source>
        <translation>{id} 不能恢復：{reason}</translation>
    </message>
    <message>
        <source>consent records</source>
        <translation>知情同意記錄</translation>
    </message>
    <message>
        <source>places under it</source>
        <translation>它下面的地點</translation>
    </message>
    <message>
        <source>it is in the archive</source>
        <translation>它就在檔案裡</translation>
    </message>
    <message>
        <source>the bin was emptied since it was removed</source>
        <translation>刪除之後回收站已被清空</translation>
    </message>
    <message>
        <source>no removal of it is in the history</source>
        <translation>修改記錄裡沒有刪除它的記錄</translation>
    </message>
    <message>
        <source>the change has nothing to undo</source>
        <translation>這次修改沒有可撤銷的內容</translation>
    </message>
    <message>
        <source>close a stretch of a recording to some audiences, at someone&apos;s request</source>
        <translation>應某人的要求，對某些觀眾關閉一段錄音</translation>
    </message>
    <message>
        <source>the recording</source>
        <translation>錄音</translation>
    </message>
    <message>
        <source>where the passage starts: 00:03:20, 3:20 or seconds</source>
        <translation>這一段從哪裡開始：00:03:20、3:20 或秒數</translation>
    </message>
    <message>
        <source>where the passage ends</source>
        <translation>這一段到哪裡結束</translation>
    </message>
    <message>
        <source>closed to these, comma-separated: family,research,public</source>
        <translation>對這些觀眾關閉，用逗號分隔：family,research,public</translation>
    </message>
    <message>
        <source>who asked for it to be closed</source>
        <translation>誰要求關閉這一段</translation>
    </message>
    <message>
        <source>the day they asked, YYYY-MM-DD (default: today)</source>
        <translation>提出要求的日期，YYYY-MM-DD（預設：今天）</translation>
    </message>
    <message>
        <source>open a closed passage again</source>
        <translation>重新開放一段已關閉的錄音</translation>
    </message>
    <message>
        <source>the passage, as consent passages shows it</source>
        <translation>那一段，按 consent passages 列出的 ID</translation>
    </message>
    <message>
        <source>from this day on, YYYY-MM-DD (default: today)</source>
        <translation>從這一天起，YYYY-MM-DD（預設：今天）</translation>
    </message>
    <message>
        <source>why it may be heard now</source>
        <translation>為什麼現在可以聽了</translation>
    </message>
    <message>
        <source>list closed passages</source>
        <translation>列出已關閉的段落</translation>
    </message>
    <message>
        <source>only this interview&apos;s</source>
        <translation>只列這個訪談的</translation>
    </message>
    <message>
        <source>passage {id} closed: {start}-{end} of {recording}, to {audiences}</source>
        <translation>段落 {id} 已關閉：{recording} 的 {start}-{end}，對{audiences}</translation>
    </message>
    <message>
        <source>passage {id} open again from {date}</source>
        <translation>段落 {id} 自 {date} 起重新開放</translation>
    </message>
    <message>
        <source>OPEN AGAIN {date}</source>
        <translation>{date} 重新開放</translation>
    </message>
    <message>
        <source>closed since {date}</source>
        <translation>自 {date} 起關閉</translation>
    </message>
    <message>
        <source>no closed passages</source>
        <translation>沒有關閉的段落</translation>
    </message>
    <message>
        <source>but not these passages: {ranges}</source>
        <translation>但以下段落除外：{ranges}</translation>
    </message>
    <message>
        <source>closed passage {id} was already opened again on {date}</source>
        <translation>關閉的段落 {id} 已於 {date} 重新開放</translation>
    </message>
    <message>
        <source>closed passage</source>
        <translation>關閉的段落</translation>
    </message>
    <message>
        <source>audiences</source>
        <translation>觀眾</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>a time such as 00:03:20, 3:20 or 200</source>
        <translation>一個時間，如 00:03:20、3:20 或 200</translation>
    </message>
    <message>
        <source>why the passage is closed</source>
        <translation>關閉這一段的原因</translation>
    </message>
    <message>
        <source>a time after the start</source>
        <translation>一個晚於開始的時間</translation>
    </message>
    <message>
        <source>a time before the recording&apos;s end</source>
        <translation>一個早於錄音結尾的時間</translation>
    </message>
    <message>
        <source>a day on or after the day the passage was closed</source>
        <translation>不早於這一段被關閉那天的日期</translation>
    </message>
    <message>
        <source>one or more of family, research, public</source>
        <translation>family、research、public 中的一個或幾個</translation>
    </message>
    <message>
        <source>inside a closed passage</source>
        <translation>在關閉的段落裡</translation>
    </message>
    <message>
        <source>what a passage closed to this audience sounds like: silence (default) or a soft tone, of the same length; its words are always left out</source>
        <translation>對這類觀眾關閉的段落聽起來是什麼樣：靜音（預設）或同樣長的輕柔提示音；其文字總是略去</translation>
    </message>
    <message>
        <source>{interview}: {count} closed passages silenced, {lines} lines left out</source>
        <translation>{interview}：{count} 個關閉的段落已消音，略去 {lines} 行文字</translation>
    </message>
    <message>
        <source>closed passages</source>
        <translation>關閉的段落</translation>
    </message>
    <message>
        <source>Start the app, open the archive (building the sample there first with --sample), import the files, search, and exit 0 if every step worked.</source>
        <translation>啟動程式，開啟檔案庫（加 --sample 時先在那裡產生範例檔案庫），匯入檔案，搜尋；每一步都成功時以狀態 0 結束。</translation>
    </message>
    <message>
        <source>build the sample archive first</source>
        <translation>先產生範例檔案庫</translation>
    </message>
    <message>
        <source>a file or folder to import (repeatable)</source>
        <translation>要匯入的檔案或資料夾（可重複）</translation>
    </message>
    <message>
        <source>words to search for; each must find something (repeatable)</source>
        <translation>要搜尋的詞；每個都必須搜到結果（可重複）</translation>
    </message>
    <message>
        <source>kind</source>
        <comment>field</comment>
        <extracomment>fields whose values are codes, and the words of each code (:mod:`archive_app.core.words`)</extracomment>
        <translation>類型</translation>
    </message>
    <message>
        <source>ID</source>
        <comment>field</comment>
        <translation>編號</translation>
    </message>
    <message>
        <source>title</source>
        <comment>field</comment>
        <translation>標題</translation>
    </message>
    <message>
        <source>name</source>
        <comment>field</comment>
        <translation>名稱</translation>
    </message>
    <message>
        <source>name in Latin letters</source>
        <comment>field</comment>
        <translation>拼音或拉丁字母拼寫</translation>
    </message>
    <message>
        <source>other names</source>
        <comment>field</comment>
        <translation>其他稱呼</translation>
    </message>
    <message>
        <source>full name</source>
        <comment>field</comment>
        <translation>全稱</translation>
    </message>
    <message>
        <source>gender</source>
        <comment>field</comment>
        <translation>性別</translation>
    </message>
    <message>
        <source>born</source>
        <comment>field</comment>
        <translation>出生</translation>
    </message>
    <message>
        <source>date</source>
        <comment>field</comment>
        <translation>日期</translation>
    </message>
    <message>
        <source>from</source>
        <comment>field</comment>
        <translation>從</translation>
    </message>
    <message>
        <source>until</source>
        <comment>field</comment>
        <translation>到</translation>
    </message>
    <message>
        <source>taken</source>
        <comment>field</comment>
        <translation>拍攝時間</translation>
    </message>
    <message>
        <source>created</source>
        <comment>field</comment>
        <translation>建立時間</translation>
    </message>
    <message>
        <source>last changed</source>
        <comment>field</comment>
        <translation>最後修改</translation>
    </message>
    <message>
        <source>language</source>
        <comment>field</comment>
        <translation>語言</translation>
    </message>
    <message>
        <source>summary</source>
        <comment>field</comment>
        <translation>摘要</translation>
    </message>
    <message>
        <source>description</source>
        <comment>field</comment>
        <translation>說明</translation>
    </message>
    <message>
        <source>notes</source>
        <comment>field</comment>
        <translation>備註</translation>
    </message>
    <message>
        <source>keywords</source>
        <comment>field</comment>
        <translation>關鍵詞</translation>
    </message>
    <message>
        <source>caption</source>
        <comment>field</comment>
        <translation>圖片說明</translation>
    </message>
    <message>
        <source>status</source>
        <comment>field</comment>
        <translation>狀態</translation>
    </message>
    <message>
        <source>role</source>
        <comment>field</comment>
        <translation>角色</translation>
    </message>
    <message>
        <source>relationship</source>
        <comment>field</comment>
        <translation>關係</translation>
    </message>
    <message>
        <source>level</source>
        <comment>field</comment>
        <translation>級別</translation>
    </message>
    <message>
        <source>work</source>
        <comment>field</comment>
        <translation>工作</translation>
    </message>
    <message>
        <source>went to</source>
        <comment>field</comment>
        <translation>去往</translation>
    </message>
    <message>
        <source>place ID</source>
        <comment>field</comment>
        <translation>地點編號</translation>
    </message>
    <message>
        <source>place</source>
        <comment>field</comment>
        <translation>地點</translation>
    </message>
    <message>
        <source>place, in full</source>
        <comment>field</comment>
        <translation>地點全稱</translation>
    </message>
    <message>
        <source>home place ID</source>
        <comment>field</comment>
        <translation>家鄉編號</translation>
    </message>
    <message>
        <source>home place</source>
        <comment>field</comment>
        <translation>家鄉</translation>
    </message>
    <message>
        <source>home place, in full</source>
        <comment>field</comment>
        <translation>家鄉全稱</translation>
    </message>
    <message>
        <source>left from (place ID)</source>
        <comment>field</comment>
        <translation>出發地編號</translation>
    </message>
    <message>
        <source>left from</source>
        <comment>field</comment>
        <translation>出發地</translation>
    </message>
    <message>
        <source>left from, in full</source>
        <comment>field</comment>
        <translation>出發地全稱</translation>
    </message>
    <message>
        <source>part of (place ID)</source>
        <comment>field</comment>
        <translation>上級地點編號</translation>
    </message>
    <message>
        <source>part of</source>
        <comment>field</comment>
        <translation>上級地點</translation>
    </message>
    <message>
        <source>part of, in full</source>
        <comment>field</comment>
        <translation>上級地點全稱</translation>
    </message>
    <message>
        <source>part of, step by step</source>
        <comment>field</comment>
        <translation>逐級所屬</translation>
    </message>
    <message>
        <source>latitude</source>
        <comment>field</comment>
        <translation>緯度</translation>
    </message>
    <message>
        <source>longitude</source>
        <comment>field</comment>
        <translation>經度</translation>
    </message>
    <message>
        <source>people</source>
        <comment>field</comment>
        <translation>人物</translation>
    </message>
    <message>
        <source>person ID</source>
        <comment>field</comment>
        <translation>人物編號</translation>
    </message>
    <message>
        <source>person</source>
        <comment>field</comment>
        <translation>人物</translation>
    </message>
    <message>
        <source>members</source>
        <comment>field</comment>
        <translation>成員</translation>
    </message>
    <message>
        <source>places in it</source>
        <comment>field</comment>
        <translation>下屬地點</translation>
    </message>
    <message>
        <source>families</source>
        <comment>field</comment>
        <translation>家庭</translation>
    </message>
    <message>
        <source>times away for work</source>
        <comment>field</comment>
        <translation>外出務工經歷</translation>
    </message>
    <message>
        <source>interviews</source>
        <comment>field</comment>
        <translation>訪談</translation>
    </message>
    <message>
        <source>interview ID</source>
        <comment>field</comment>
        <translation>訪談編號</translation>
    </message>
    <message>
        <source>interview</source>
        <comment>field</comment>
        <translation>訪談</translation>
    </message>
    <message>
        <source>interviews</source>
        <comment>field count</comment>
        <translation>訪談數</translation>
    </message>
    <message>
        <source>photos</source>
        <comment>field</comment>
        <translation>照片</translation>
    </message>
    <message>
        <source>photos</source>
        <comment>field count</comment>
        <translation>照片數</translation>
    </message>
    <message>
        <source>people</source>
        <comment>field count</comment>
        <translation>人數</translation>
    </message>
    <message>
        <source>items</source>
        <comment>field count</comment>
        <translation>條目數</translation>
    </message>
    <message>
        <source>items</source>
        <comment>field</comment>
        <translation>條目</translation>
    </message>
    <message>
        <source>item ID</source>
        <comment>field</comment>
        <translation>條目編號</translation>
    </message>
    <message>
        <source>item kind</source>
        <comment>field</comment>
        <translation>條目類型</translation>
    </message>
    <message>
        <source>family ID</source>
        <comment>field</comment>
        <translation>家庭編號</translation>
    </message>
    <message>
        <source>photo ID</source>
        <comment>field</comment>
        <translation>照片編號</translation>
    </message>
    <message>
        <source>tag ID</source>
        <comment>field</comment>
        <translation>標籤編號</translation>
    </message>
    <message>
        <source>collection ID</source>
        <comment>field</comment>
        <translation>合集編號</translation>
    </message>
    <message>
        <source>consent ID</source>
        <comment>field</comment>
        <translation>同意記錄編號</translation>
    </message>
    <message>
        <source>documents</source>
        <comment>field</comment>
        <translation>文件</translation>
    </message>
    <message>
        <source>document type</source>
        <comment>field</comment>
        <translation>文件類型</translation>
    </message>
    <message>
        <source>recordings</source>
        <comment>field</comment>
        <translation>錄音</translation>
    </message>
    <message>
        <source>transcripts</source>
        <comment>field</comment>
        <translation>逐字稿</translation>
    </message>
    <message>
        <source>transcript ID</source>
        <comment>field</comment>
        <translation>逐字稿編號</translation>
    </message>
    <message>
        <source>passages</source>
        <comment>field</comment>
        <translation>段落</translation>
    </message>
    <message>
        <source>passages</source>
        <comment>field count</comment>
        <translation>段落數</translation>
    </message>
    <message>
        <source>chapters</source>
        <comment>field</comment>
        <translation>章節</translation>
    </message>
    <message>
        <source>collections</source>
        <comment>field</comment>
        <translation>合集</translation>
    </message>
    <message>
        <source>tags</source>
        <comment>field</comment>
        <translation>標籤</translation>
    </message>
    <message>
        <source>tagged records</source>
        <comment>field</comment>
        <translation>帶此標籤的記錄</translation>
    </message>
    <message>
        <source>speaker</source>
        <comment>field</comment>
        <translation>說話人</translation>
    </message>
    <message>
        <source>words</source>
        <comment>field</comment>
        <translation>內容</translation>
    </message>
    <message>
        <source>tier</source>
        <comment>field</comment>
        <translation>轉寫層</translation>
    </message>
    <message>
        <source>position</source>
        <comment>field</comment>
        <translation>順序</translation>
    </message>
    <message>
        <source>starts at</source>
        <comment>field</comment>
        <translation>開始於</translation>
    </message>
    <message>
        <source>ends at</source>
        <comment>field</comment>
        <translation>結束於</translation>
    </message>
    <message>
        <source>length</source>
        <comment>field</comment>
        <translation>時長</translation>
    </message>
    <message>
        <source>original file name</source>
        <comment>field</comment>
        <translation>原始檔名</translation>
    </message>
    <message>
        <source>stored as</source>
        <comment>field</comment>
        <translation>儲存位置</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <comment>field</comment>
        <translation>SHA-256 校驗值</translation>
    </message>
    <message>
        <source>size in bytes</source>
        <comment>field</comment>
        <translation>大小（位元組）</translation>
    </message>
    <message>
        <source>format</source>
        <comment>field</comment>
        <translation>格式</translation>
    </message>
    <message>
        <source>media type</source>
        <comment>field</comment>
        <translation>媒體類型</translation>
    </message>
    <message>
        <source>read from (format)</source>
        <comment>field</comment>
        <translation>來源格式</translation>
    </message>
    <message>
        <source>read from (encoding)</source>
        <comment>field</comment>
        <translation>來源編碼</translation>
    </message>
    <message>
        <source>sample rate (Hz)</source>
        <comment>field</comment>
        <translation>取樣率（赫茲）</translation>
    </message>
    <message>
        <source>channels</source>
        <comment>field</comment>
        <translation>聲道數</translation>
    </message>
    <message>
        <source>width</source>
        <comment>field</comment>
        <translation>寬度</translation>
    </message>
    <message>
        <source>height</source>
        <comment>field</comment>
        <translation>高度</translation>
    </message>
    <message>
        <source>orientation</source>
        <comment>field</comment>
        <translation>方向</translation>
    </message>
    <message>
        <source>camera</source>
        <comment>field</comment>
        <translation>相機</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Hometown Voices</source>
        <translation>鄉音</translation>
    </message>
</context>
<context>
    <name>AwayYears</name>
    <message>
        <source>home</source>
        <translation>在家</translation>
    </message>
</context>
<context>
    <name>BinDialog</name>
    <message>
        <source>Bin</source>
        <translation>回收站</translation>
    </message>
    <message>
        <source>What was removed from the archive waits here, with its links, until the bin is emptied. Restore puts it back as it was; Undo takes it away again.</source>
        <translation>從檔案中刪除的記錄會連同它的關聯留在這裡，直到回收站被清空。「恢復」會把它原樣放回；「撤銷」會再把它拿走。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>刪除時間</translation>
    </message>
    <message>
        <source>The bin is empty.</source>
        <translation>回收站是空的。</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢復</translation>
    </message>
    <message>
        <source>Put the chosen record back with its links</source>
        <translation>把選中的記錄連同它的關聯放回檔案</translation>
    </message>
    <message>
        <source>Restore %1</source>
        <translation>恢復%1</translation>
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
    <message>
        <source>In this collection: %1.</source>
        <translation>此合集中有：%1。</translation>
    </message>
    <message>
        <source>Nothing in this collection yet.</source>
        <translation>此合集中還沒有內容。</translation>
    </message>
</context>
<context>
    <name>CollectionsEditor</name>
    <message>
        <source>Add to a collection…</source>
        <translation>加入合集…</translation>
    </message>
    <message>
        <source>Take out of a collection…</source>
        <translation>移出合集…</translation>
    </message>
</context>
<context>
    <name>Columns</name>
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
        <extracomment>kinds of change after which the due list may differ</extracomment>
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
    <message>
        <source>Everyone</source>
        <translation>所有人</translation>
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
    <message>
        <source>%1 asked on %2 that a passage of it (%3) be kept private.</source>
        <translation>%1 於 %2 要求其中一段（%3）不公開。</translation>
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
    <message>
        <source>History</source>
        <extracomment>the record&apos;s changes, newest first, with a button to put a value back</extracomment>
        <translation>修改記錄</translation>
    </message>
    <message>
        <source>There is no other collection yet: make one first.</source>
        <translation>還沒有別的合集：請先新建一個。</translation>
    </message>
    <message>
        <source>Add to a collection</source>
        <translation>加入合集</translation>
    </message>
    <message>
        <source>Add to Collection</source>
        <translation>加入合集</translation>
    </message>
    <message>
        <source>Take out of a collection</source>
        <translation>移出合集</translation>
    </message>
    <message>
        <source>Take out of Collection</source>
        <translation>移出合集</translation>
    </message>
    <message>
        <source>Collection:</source>
        <translation>合集：</translation>
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
        <source>The program that had this archive open has ended, but a process it started still holds it (%1). Restart the computer, or end that process, then try again.</source>
        <translation>之前開啟這個檔案庫的程式已經結束，但它啟動的行程（%1）仍佔用著檔案庫。請重新開機或結束那個行程，然後再試一次。</translation>
    </message>
    <message>
        <source>This archive is open in another window or by another program. Close it there first; until then it can only be read here.</source>
        <translation>這個檔案庫已在另一個視窗或程式中開啟。請先在那裡關閉它；在此之前，這裡只能檢視。</translation>
    </message>
    <message>
        <source>The catalogue of this archive (archive.sqlite) is damaged or missing, so it cannot be opened. Nothing was changed. Restore a backup with “archive-app restore”; the newest one is %1.</source>
        <translation>這個檔案庫的目錄（archive.sqlite）已損壞或遺失，無法開啟。沒有做任何變更。請用「archive-app restore」還原備份；最新的備份是 %1。</translation>
    </message>
    <message>
        <source>on your backup drive</source>
        <translation>在你的備份磁碟上</translation>
    </message>
    <message>
        <source>Something in the archive folder is in the way: %1 should be a folder or a file but is not. Move it out of the archive folder and try again.</source>
        <translation>檔案庫資料夾裡有東西擋住了：%1 應該是資料夾或檔案，但不是。請把它移出檔案庫資料夾，然後再試一次。</translation>
    </message>
    <message>
        <source>The disk that holds the archive is full. Nothing half-written was kept; what was saved before stays. Free some space, then try again.</source>
        <translation>存放檔案庫的磁碟已滿。沒有留下寫了一半的內容；之前儲存的都還在。請騰出一些空間，然後再試一次。</translation>
    </message>
    <message>
        <source>The disk that holds the archive refused to save (%1). Nothing half-written was kept.</source>
        <translation>存放檔案庫的磁碟拒絕儲存（%1）。沒有留下寫了一半的內容。</translation>
    </message>
    <message>
        <source>Nothing may be saved inside the archive folder. Choose a place outside it.</source>
        <translation>不能把任何東西儲存在檔案庫資料夾裡。請選擇檔案庫以外的位置。</translation>
    </message>
    <message>
        <source>%1 exists already and was not replaced.</source>
        <translation>%1 已經存在，沒有被取代。</translation>
    </message>
    <message>
        <source>%1 cannot be written there. Choose another place.</source>
        <translation>無法在那裡寫入 %1。請選擇其他位置。</translation>
    </message>
    <message>
        <source>%1 is not a backup that can be restored. Nothing was changed.</source>
        <translation>%1 不是可以還原的備份。沒有做任何變更。</translation>
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
        <source>This archive could not be brought up to this version of Hometown Voices: step %1 would have lost the link between some records. The archive was left exactly as it was. Please keep it as it is and tell the app&apos;s makers.</source>
        <translation>無法把這個檔案庫升級到這一版鄉音：第 %1 步會斷開一些記錄之間的關聯。檔案庫完全保持原樣。請不要改動它，並告訴鄉音的開發者。</translation>
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
        <source>The original %1 no longer matches its checksum: it is damaged. Run the archive check and restore it from a backup. Nothing was exported.</source>
        <translation>原件 %1 與它的校驗值不再相符：檔案已損壞。請執行檔案檢查，並從備份中還原它。沒有匯出任何內容。</translation>
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
    <message>
        <source>name in Latin letters</source>
        <translation>拼音或拉丁字母姓名</translation>
    </message>
    <message>
        <source>other names</source>
        <translation>別名</translation>
    </message>
    <message>
        <source>gender</source>
        <translation>性別</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>place</source>
        <translation>地點</translation>
    </message>
    <message>
        <source>home</source>
        <translation>家鄉</translation>
    </message>
    <message>
        <source>place left</source>
        <translation>離開的地方</translation>
    </message>
    <message>
        <source>language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>keywords</source>
        <translation>關鍵詞</translation>
    </message>
    <message>
        <source>caption</source>
        <translation>說明</translation>
    </message>
    <message>
        <source>description</source>
        <translation>簡介</translation>
    </message>
    <message>
        <source>level</source>
        <translation>級別</translation>
    </message>
    <message>
        <source>work</source>
        <translation>工作</translation>
    </message>
    <message>
        <source>interview</source>
        <translation>訪談</translation>
    </message>
    <message>
        <source>kind of document</source>
        <translation>文件類型</translation>
    </message>
    <message>
        <source>tier</source>
        <translation>轉寫層</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>words</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>speaker</source>
        <translation>說話人</translation>
    </message>
    <message>
        <source>start</source>
        <translation>開始時間</translation>
    </message>
    <message>
        <source>end</source>
        <translation>結束時間</translation>
    </message>
    <message>
        <source>synopsis</source>
        <translation>內容提要</translation>
    </message>
    <message>
        <source>latitude</source>
        <translation>緯度</translation>
    </message>
    <message>
        <source>longitude</source>
        <translation>經度</translation>
    </message>
    <message>
        <source>This cannot be removed while a consent record names it. Consent records are kept for good: withdraw the consent instead.</source>
        <translation>還有知情同意記錄寫著這一項，所以不能刪除。同意記錄會永久保存：請改為撤回同意。</translation>
    </message>
    <message>
        <source>This cannot be removed while other items depend on it.</source>
        <translation>還有其他條目依賴這一項，所以不能刪除。</translation>
    </message>
    <message>
        <source>This change cannot be undone on its own: the %1 was changed again later. Undo the later change first.</source>
        <translation>這次修改不能單獨撤銷：%1後來又改過。請先撤銷後來的那次修改。</translation>
    </message>
    <message>
        <source>This is already in the archive.</source>
        <translation>這一項已經在檔案裡了。</translation>
    </message>
    <message>
        <source>This can no longer be put back: the bin was emptied since.</source>
        <translation>已經無法恢復：回收站在那之後被清空了。</translation>
    </message>
    <message>
        <source>This cannot be removed while a passage of it is kept private at someone&apos;s request. Such records are kept for good: open the passage again instead.</source>
        <translation>有一段應某人的要求不公開，所以不能刪除。這類記錄會一直保留：請改為重新公開那一段。</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Replace the file?</source>
        <translation>取代這個檔案嗎？</translation>
    </message>
    <message>
        <source>%1 exists already. Replace it with this export?</source>
        <translation>%1 已經存在。要用這次匯出的內容取代它嗎？</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>取代</translation>
    </message>
    <message>
        <source>Keep the old file</source>
        <translation>保留原來的檔案</translation>
    </message>
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
        <source>BagIt bag for an archive (a folder)</source>
        <translation>交給檔案館的 BagIt 包（一個資料夾）</translation>
    </message>
    <message>
        <source>BagIt bag as one .zip file</source>
        <translation>BagIt 包，打成一個 .zip 檔案</translation>
    </message>
    <message>
        <source>OHMS XML for the OHMS viewer and Aviary (one file per interview)</source>
        <translation>給 OHMS 瀏覽器和 Aviary 的 OHMS XML（每次訪談一個檔案）</translation>
    </message>
    <message>
        <source>Dublin Core spreadsheet (.csv for Excel and Omeka S)</source>
        <translation>都柏林核心詮釋資料表格（.csv，可用 Excel 和 Omeka S 開啟）</translation>
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
        <source>Everything in the archive (for curators: every record, for the next team)</source>
        <translation>檔案裡的全部內容（給管理員：所有紀錄，交給下一個團隊）</translation>
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
        <source>Save the export as</source>
        <translation>匯出儲存為</translation>
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
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>FamilyMode</name>
    <message>
        <source>Family mode</source>
        <extracomment>family mode for this family (when the app offers family mode)</extracomment>
        <translation>家庭模式</translation>
    </message>
    <message>
        <source>Family Mode…</source>
        <translation>家庭模式…</translation>
    </message>
    <message>
        <source>Family Mode</source>
        <extracomment>show the family window full screen (tests and screenshots set a size instead)</extracomment>
        <translation>家庭模式</translation>
    </message>
    <message>
        <source>There are no families in this archive yet. Add one first.</source>
        <translation>檔案裡還沒有家庭，請先新增一個。</translation>
    </message>
    <message>
        <source>Which family will use the computer?</source>
        <translation>哪一家要用這台電腦？</translation>
    </message>
    <message>
        <source>This archive has no family %1.</source>
        <translation>這個檔案裡沒有家庭 %1。</translation>
    </message>
</context>
<context>
    <name>FamilyModePanel</name>
    <message>
        <source>Open Family Mode</source>
        <translation>開啟家庭模式</translation>
    </message>
    <message>
        <source>What is held back?</source>
        <translation>哪些沒有顯示？</translation>
    </message>
    <message>
        <source>Show a second line under the words (another transcript tier)</source>
        <translation>在文字下面再顯示一行（另一層轉寫）</translation>
    </message>
    <message>
        <source>Collections also shown to this family:</source>
        <translation>也給這家人看的合集：</translation>
    </message>
    <message>
        <source>Show a collection…</source>
        <translation>顯示一個合集…</translation>
    </message>
    <message>
        <source>Stop showing it</source>
        <translation>不再顯示</translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>還沒有。</translation>
    </message>
    <message>
        <source>Family mode shows %1 stories and %2 photos; %3 items are held back.</source>
        <translation>家庭模式顯示 %1 個故事、%2 張照片；%3 項沒有顯示。</translation>
    </message>
    <message>
        <source>Every collection is shown to this family already.</source>
        <translation>所有合集都已經給這家人看了。</translation>
    </message>
    <message>
        <source>Show a collection</source>
        <translation>顯示一個合集</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>合集</translation>
    </message>
</context>
<context>
    <name>FamilySettingsRows</name>
    <message>
        <source>Family mode passphrase</source>
        <translation>家庭模式口令</translation>
    </message>
    <message>
        <source>Open in family mode on every start (the family last shown)</source>
        <translation>每次啟動都進入家庭模式（上次顯示的家庭）</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>已設定</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>更改…</translation>
    </message>
    <message>
        <source>Not set yet</source>
        <translation>還沒有設定</translation>
    </message>
    <message>
        <source>Set…</source>
        <translation>設定…</translation>
    </message>
    <message>
        <source>Show a quiet card for as long as it lasts</source>
        <translation>顯示一張安靜的卡片，直到這一段過去</translation>
    </message>
    <message>
        <source>Jump over it</source>
        <translation>直接跳過</translation>
    </message>
    <message>
        <source>A part of a story kept private</source>
        <translation>故事裡不公開的一段</translation>
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
        <source>Remove Family Member</source>
        <translation>移除家庭成員</translation>
    </message>
</context>
<context>
    <name>FamilyWindow</name>
    <message>
        <source>Home</source>
        <extracomment>the curator gave the passphrase: family mode may end</extracomment>
        <translation>回首頁</translation>
    </message>
    <message>
        <source>Where are Mum and Dad?</source>
        <translation>爸爸媽媽在哪裡？</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Our photos</source>
        <translation>我們的照片</translation>
    </message>
    <message>
        <source>Only the interviewer can leave family mode. Type the passphrase.</source>
        <translation>只有採訪的老師才能退出家庭模式。請輸入口令。</translation>
    </message>
    <message>
        <source>The reasons are for the interviewer. Type the passphrase to see them.</source>
        <translation>原因只給採訪的老師看。請輸入口令查看。</translation>
    </message>
</context>
<context>
    <name>FamilyWords</name>
    <message>
        <source>Grandma</source>
        <extracomment>the smallest button side, in pixels (a finger, an unsteady hand) point sizes; nothing a family reads is smaller than READING_PT</extracomment>
        <translation>奶奶</translation>
    </message>
    <message>
        <source>Grandpa</source>
        <translation>爺爺</translation>
    </message>
    <message>
        <source>Mum</source>
        <translation>媽媽</translation>
    </message>
    <message>
        <source>Dad</source>
        <translation>爸爸</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>孩子</translation>
    </message>
    <message>
        <source>Brother or sister</source>
        <translation>兄弟姊妹</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>監護人</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>親人</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>在%1</translation>
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
    <name>HeldBack</name>
    <message>
        <source>Story</source>
        <translation>故事</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Someone in it asked that their face not be shown.</source>
        <translation>照片裡有人不願意露臉。</translation>
    </message>
</context>
<context>
    <name>HeldBackDialog</name>
    <message>
        <source>Not shown to the family</source>
        <translation>沒有給這家人看的</translation>
    </message>
    <message>
        <source>The consent records keep these from %1 for now:</source>
        <translation>根據同意書，這些暫時不給%1看：</translation>
    </message>
    <message>
        <source>Nothing is held back: the family has no stories yet.</source>
        <translation>沒有被擋下的：這家人還沒有故事。</translation>
    </message>
</context>
<context>
    <name>HeldItems</name>
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
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>When</source>
        <extracomment>how many changes a page lists (the command line&apos;s ``history`` gives them all) what names a record of each kind in a sentence</extracomment>
        <translation>時間</translation>
    </message>
    <message>
        <source>What</source>
        <translation>改了什麼</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>修改後</translation>
    </message>
    <message>
        <source>No changes recorded yet.</source>
        <translation>還沒有修改記錄。</translation>
    </message>
    <message>
        <source>Put this back</source>
        <translation>恢復這一項</translation>
    </message>
    <message>
        <source>Give the field its value from before this change, or make the link again</source>
        <translation>把這一欄恢復成這次修改之前的內容，或者重新建立這個關聯</translation>
    </message>
    <message>
        <source>Undone: </source>
        <translation>撤銷：</translation>
    </message>
    <message>
        <source>Linked</source>
        <translation>建立關聯</translation>
    </message>
    <message>
        <source>Link taken away</source>
        <translation>取消關聯</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>Put Back %1</source>
        <translation>恢復%1</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Our family</source>
        <extracomment>called when the tile takes the keyboard focus (to scroll it into view)</extracomment>
        <translation>我們一家</translation>
    </message>
    <message>
        <source>Our stories</source>
        <translation>我們的故事</translation>
    </message>
    <message>
        <source>There are no stories to listen to here yet. When the interviewer comes again, they will bring more.</source>
        <translation>這裡還沒有可以聽的故事。採訪的老師下次來的時候，會帶來更多。</translation>
    </message>
    <message>
        <source>Why? (for the interviewer)</source>
        <translation>為什麼？（給採訪的老師看）</translation>
    </message>
    <message>
        <source>Our photos</source>
        <translation>我們的照片</translation>
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
        <source>The file&apos;s name is not readable text. Rename the file and import it again.</source>
        <translation>這個檔案的名稱不是可讀的文字。請替檔案改名後再匯入。</translation>
    </message>
    <message>
        <source>This is not an ordinary file (a pipe or a device).</source>
        <translation>這不是一般檔案（是管道或裝置）。</translation>
    </message>
    <message>
        <source>A broken link: the file it points to does not exist.</source>
        <translation>這是一個失效的連結：它指向的檔案不存在。</translation>
    </message>
    <message>
        <source>The picture has too many pixels to be opened safely.</source>
        <translation>這張圖片的像素太多，無法安全地開啟。</translation>
    </message>
    <message>
        <source>The WebVTT file has no WEBVTT header line, and no timed text to read instead.</source>
        <translation>這個 WebVTT 檔案缺少 WEBVTT 開頭行，也沒有可以按時間讀取的內容。</translation>
    </message>
    <message>
        <source>The file could not be imported.</source>
        <translation>這個檔案無法匯入。</translation>
    </message>
</context>
<context>
    <name>ImportBag</name>
    <message>
        <source>There is no such file or folder.</source>
        <translation>沒有這個檔案或資料夾。</translation>
    </message>
    <message>
        <source>This is not a BagIt bag.</source>
        <translation>這不是一個 BagIt 包。</translation>
    </message>
    <message>
        <source>The bag names a file outside itself.</source>
        <translation>這個包指向了包外面的檔案。</translation>
    </message>
    <message>
        <source>The bag holds a link to another place.</source>
        <translation>這個包裡有指向別處的連結。</translation>
    </message>
    <message>
        <source>The bag&apos;s description (bag-info.txt) cannot be read.</source>
        <translation>無法讀取這個包的說明（bag-info.txt）。</translation>
    </message>
    <message>
        <source>The bag claims other sizes than it holds.</source>
        <translation>這個包聲稱的大小與實際內容不符。</translation>
    </message>
    <message>
        <source>Files the bag lists are missing.</source>
        <translation>包裡列出的檔案缺失了。</translation>
    </message>
    <message>
        <source>The bag holds files its lists do not name.</source>
        <translation>包裡有清單上沒有的檔案。</translation>
    </message>
    <message>
        <source>A file in the bag is damaged or was changed.</source>
        <translation>包裡有檔案已損壞或被改動過。</translation>
    </message>
    <message>
        <source>The bag is not valid.</source>
        <translation>這個包無效。</translation>
    </message>
    <message>
        <source>This bag was not made by Hometown Voices.</source>
        <translation>這個包不是「鄉音」製作的。</translation>
    </message>
    <message>
        <source>This bag holds stories prepared for an audience; only a curator&apos;s bag can be merged.</source>
        <translation>這個包裡是為某類讀者準備的故事；只有給管理員的包才能合併。</translation>
    </message>
    <message>
        <source>This bag was made by a newer version of Hometown Voices. Update the app.</source>
        <translation>這個包是較新版本的「鄉音」製作的。請更新本程式。</translation>
    </message>
    <message>
        <source>The bag&apos;s descriptions of its records are damaged.</source>
        <translation>包裡對各筆紀錄的描述已損壞。</translation>
    </message>
    <message>
        <source>Nothing in the archive was changed.</source>
        <translation>檔案沒有任何改動。</translation>
    </message>
</context>
<context>
    <name>ImportBagDialog</name>
    <message>
        <source>Import another interviewer&apos;s bag</source>
        <translation>匯入另一位採訪者的包</translation>
    </message>
    <message>
        <source>A bag exported by Hometown Voices for curators is merged into this archive: records are matched by their ids and files by their contents, so nothing is added twice. Where both sides changed a record, the newer change is kept and the other stays in its history. A withdrawal of consent on either side stands.</source>
        <translation>「鄉音」為管理員匯出的包會合併進這個檔案：紀錄按編號對應，檔案按內容對應，所以不會重複加入。如果雙方都改過同一筆紀錄，保留較新的改動，另一個留在它的歷史裡。任何一方撤回的同意都始終有效。</translation>
    </message>
    <message>
        <source>The bag: a folder or a .zip file</source>
        <translation>包：一個資料夾或一個 .zip 檔案</translation>
    </message>
    <message>
        <source>Choose .zip…</source>
        <translation>選擇 .zip…</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>選擇資料夾…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>匯入</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Choose a bag</source>
        <translation>選擇一個包</translation>
    </message>
    <message>
        <source>Choose a bag folder</source>
        <translation>選擇包所在的資料夾</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Checking every file of the bag…</source>
        <translation>正在核對包裡的每一個檔案…</translation>
    </message>
    <message>
        <source>Added %1, updated %2, unchanged %3. Changed on both sides: %4.</source>
        <translation>新增 %1，更新 %2，未變 %3。雙方都改過的：%4。</translation>
    </message>
    <message>
        <source>kept the bag&apos;s newer change</source>
        <translation>保留了包裡較新的改動</translation>
    </message>
    <message>
        <source>kept this archive&apos;s newer change</source>
        <translation>保留了本檔案較新的改動</translation>
    </message>
    <message>
        <source>Cancelled. Nothing in the archive was changed.</source>
        <translation>已取消。檔案沒有任何改動。</translation>
    </message>
</context>
<context>
    <name>ImportBar</name>
    <message>
        <source>Cancel import</source>
        <extracomment>why the import stopped before the end when it was not cancelled (a full disk), worded fraction done (0..1) and the name of the file just finished an :class:`ImportOutcome`, when the import has finished or stopped a plain sentence, when the import could not run at all</extracomment>
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
    <name>ImportSheet</name>
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
        <source>Narrator</source>
        <translation>講述人</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>檔案名稱</translation>
    </message>
    <message>
        <source>No title, and no file whose interview it could be.</source>
        <translation>沒有標題，也沒有可對應到訪談的檔案。</translation>
    </message>
    <message>
        <source>“%1” is not a date (write 2024-02-10 or 2024年2月10日).</source>
        <translation>「%1」不是日期（請寫成 2024-02-10 或 2024年2月10日）。</translation>
    </message>
    <message>
        <source>No file called “%1” is in the archive; import it first.</source>
        <translation>檔案裡沒有名為「%1」的檔案；請先匯入它。</translation>
    </message>
    <message>
        <source>Several files in the archive are called “%1”.</source>
        <translation>檔案裡有好幾個檔案都叫「%1」。</translation>
    </message>
</context>
<context>
    <name>ImportSheetDialog</name>
    <message>
        <source>Import a spreadsheet of interviews</source>
        <translation>匯入訪談表格</translation>
    </message>
    <message>
        <source>The spreadsheet: a .csv or .xlsx file</source>
        <translation>表格：一個 .csv 或 .xlsx 檔案</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選擇…</translation>
    </message>
    <message>
        <source>What each column holds (correct the guess):</source>
        <translation>每一欄是什麼（可以改正猜測）：</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>欄</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>內容</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>列</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>會怎樣</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>匯入</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Choose a spreadsheet</source>
        <translation>選擇一個表格</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>（不匯入）</translation>
    </message>
    <message>
        <source>Describes the interview of its file</source>
        <translation>補充它的檔案所屬的訪談</translation>
    </message>
    <message>
        <source>A new interview</source>
        <translation>新的訪談</translation>
    </message>
    <message>
        <source>%1 rows will be imported; %2 rows cannot be and will be skipped.</source>
        <translation>將匯入 %1 列；%2 列無法匯入，會被略過。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Added %1 interviews, updated %2; skipped %3 rows.</source>
        <translation>新增了 %1 個訪談，更新了 %2 個；略過了 %3 列。</translation>
    </message>
    <message>
        <source>Cancelled. Nothing in the archive was changed.</source>
        <translation>已取消。檔案沒有任何改動。</translation>
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
        <source>%n hidden file(s) or folder(s) were left out (system files, or photos deleted on the phone).</source>
        <translation>
            <numerusform>有 %n 個隱藏的檔案或資料夾沒有匯入（系統檔案，或在手機上刪除的照片）。</numerusform>
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
    <message numerus="yes">
        <source>%n file(s) were imported with warnings:</source>
        <translation>
            <numerusform>%n 個檔案匯入時有警告：</numerusform>
        </translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message numerus="yes">
        <source>%n invisible control character(s) (such as NUL) were taken out or shown as �.</source>
        <translation>
            <numerusform>%n 個看不見的控制字元（如 NUL）已刪去或顯示為 �。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vertical tab(s) or page break(s) from a word processor were read as line breaks.</source>
        <translation>
            <numerusform>%n 個文書處理軟體留下的垂直定位字元或分頁符號已當作換行。</numerusform>
        </translation>
    </message>
    <message>
        <source>The file has no WEBVTT header line; it was read as %1.</source>
        <translation>檔案缺少 WEBVTT 開頭行，已按「%1」讀取。</translation>
    </message>
    <message>
        <source>The file is not SRT subtitles; it was read as %1.</source>
        <translation>檔案不是 SRT 字幕，已按「%1」讀取。</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) outside any subtitle cue were left out.</source>
        <translation>
            <numerusform>%n 行文字不屬於任何字幕條目，已略去。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n time(s) not valid (the first: %1); those segments have no time.</source>
        <translation>
            <numerusform>%n 個時間無效（首個為 %1），相應的段落不帶時間。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s) end before they start; their times were left out.</source>
        <translation>
            <numerusform>%n 個段落的結束時間早於開始時間，已去掉其時間。</numerusform>
        </translation>
    </message>
    <message>
        <source>Something in the file had to be repaired.</source>
        <translation>檔案裡有些地方需要修補。</translation>
    </message>
    <message>
        <source>SRT subtitles</source>
        <translation>SRT 字幕</translation>
    </message>
    <message>
        <source>WebVTT subtitles</source>
        <translation>WebVTT 字幕</translation>
    </message>
    <message>
        <source>timecoded text</source>
        <translation>帶時間的文字</translation>
    </message>
    <message>
        <source>plain text</source>
        <translation>純文字</translation>
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
        <extracomment>who may see this interview, and why not the player and transcript editor</extracomment>
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
        <source>Unlink %1</source>
        <translation>取消關聯%1</translation>
    </message>
    <message>
        <source>History</source>
        <translation>修改記錄</translation>
    </message>
</context>
<context>
    <name>ListPane</name>
    <message>
        <source>Show all</source>
        <extracomment>which other kinds of change can alter each list&apos;s rows (names, counts shown in them) widths the person gave columns by dragging their edge the person picked a record in the list: (kind, id)</extracomment>
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
        <extracomment>the person chose another archive to open (or to retry this one writable) the person changed language or text size a transcript hit or other link asks to hear an interview from a second family mode, when the app offers it: a View menu entry and a panel on family pages section name -&gt; handler(target) for sidebar sections the lists do not show called with every Changes after the views have followed it a record is being opened: the lists it passes through must not change the page who each interview is open to, for the interview list&apos;s last column</extracomment>
        <translation>搜尋訪談、逐字稿、人物、地點…</translation>
    </message>
    <message>
        <source>%1 — Hometown Voices</source>
        <extracomment>the window&apos;s actions, in its menus and toolbar search as you type; the writer brings the index up to date meanwhile scheduled catalogue backups and the reminder of files not checked for 90 days</extracomment>
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
        <source>Import Another Interviewer&apos;s Bag…</source>
        <translation>匯入另一位採訪者的包…</translation>
    </message>
    <message>
        <source>Import Spreadsheet of Interviews…</source>
        <translation>匯入訪談表格…</translation>
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
        <source>No recent archives</source>
        <translation>沒有最近開啟的檔案庫</translation>
    </message>
    <message>
        <source>Hometown Voices (乡音) %1
An oral-history archive for left-behind families, kept on your own computer.</source>
        <translation>鄉音 %1
留守家庭的口述歷史檔案，儲存在你自己的電腦上。</translation>
    </message>
    <message>
        <source>Remove from the Archive…</source>
        <translation>從檔案中刪除…</translation>
    </message>
    <message>
        <source>Open what you want to remove first.</source>
        <translation>請先打開要刪除的條目。</translation>
    </message>
    <message>
        <source>Remove from the archive</source>
        <translation>從檔案中刪除</translation>
    </message>
    <message>
        <source>Remove %1 from the archive? Its links go with it. Undo brings it back, and so does restoring it from the bin until the bin is emptied.</source>
        <translation>要把%1從檔案中刪除嗎？它的關聯會一起刪除。撤銷可以把它找回來；在回收站清空之前，也可以從回收站恢復。</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>刪除%1</translation>
    </message>
    <message>
        <source>%1 (not found)</source>
        <translation>%1（找不到）</translation>
    </message>
    <message>
        <source>Clear the List</source>
        <translation>清除清單</translation>
    </message>
    <message>
        <source>Bin…</source>
        <translation>回收站…</translation>
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
    <message>
        <source>Kept private from %1</source>
        <translation>對%1不公開</translation>
    </message>
    <message>
        <source>Keep private…</source>
        <translation>不公開一段…</translation>
    </message>
    <message>
        <source>Keep a passage from some audiences: the stretch marked on the seek bar (Shift and drag), the lines selected, or from the playhead</source>
        <translation>對某些觀眾不公開一段：進度條上標出的一段（按住 Shift 拖動）、選中的幾行文字，或從播放位置開始</translation>
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
    <name>PassageDialog</name>
    <message>
        <source>Keep a passage private</source>
        <translation>不公開一段</translation>
    </message>
    <message>
        <source>The people chosen below will not hear this passage nor read its lines, in the family view, in search and in every export. You still hear everything.</source>
        <translation>下面選中的觀眾將聽不到這一段，也看不到這幾行文字：家庭模式、搜尋和每一次匯出都是如此。你自己仍然能聽到全部內容。</translation>
    </message>
    <message>
        <source>From – to</source>
        <translation>從 – 到</translation>
    </message>
    <message>
        <source>Kept from</source>
        <translation>對誰不公開</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>提出要求的人</translation>
    </message>
    <message>
        <source>Asked on</source>
        <translation>提出要求的日期</translation>
    </message>
    <message>
        <source>In the person&apos;s words, e.g. my son&apos;s divorce</source>
        <translation>用本人的話說，例如：兒子離婚的事</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Keep private</source>
        <translation>不公開</translation>
    </message>
    <message>
        <source>Give the times as 3:20 or 0:03:20, the end after the start.</source>
        <translation>時間請寫成 3:20 或 0:03:20，結束要晚於開始。</translation>
    </message>
    <message>
        <source>Choose whom it is kept from.</source>
        <translation>請選擇對誰不公開。</translation>
    </message>
    <message>
        <source>Link the narrator to the interview first: someone must ask.</source>
        <translation>請先把講述人關聯到這個訪談：要有人提出要求。</translation>
    </message>
    <message>
        <source>Say why, as the person put it.</source>
        <translation>請寫明原因，用本人的話。</translation>
    </message>
</context>
<context>
    <name>PassageList</name>
    <message>
        <source>Passages kept private</source>
        <extracomment>one line of text per passage (what the person reads), and its &quot;open again&quot; button</extracomment>
        <translation>不公開的段落</translation>
    </message>
    <message>
        <source>Keep a passage private…</source>
        <translation>不公開一段…</translation>
    </message>
    <message>
        <source>Open again…</source>
        <translation>重新公開…</translation>
    </message>
    <message>
        <source>None: every passage is open as the consent allows.</source>
        <translation>沒有：每一段都按知情同意公開。</translation>
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
        <extracomment>the person&apos;s consent records, with buttons to record or withdraw one</extracomment>
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
        <extracomment>who may see this photo, and why not</extracomment>
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
        <source>Unname Person in Photo</source>
        <translation>取消標註照片中的人</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>合集</translation>
    </message>
    <message>
        <source>In no collection.</source>
        <translation>不在任何合集中。</translation>
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
    <name>PrivatePassages</name>
    <message>
        <source>Kept from %1 at the request of %2 (%3): %4</source>
        <extracomment>segment id -&gt; the audiences it is kept from today</extracomment>
        <translation>應%2的要求（%3）對%1不公開：%4</translation>
    </message>
    <message>
        <source>open again from %1</source>
        <translation>自 %1 起重新公開</translation>
    </message>
    <message>
        <source>Keep private</source>
        <translation>不公開</translation>
    </message>
    <message>
        <source>Open a passage again</source>
        <translation>重新公開一段</translation>
    </message>
    <message>
        <source>%1

Why may it be heard now? (The record stays.)</source>
        <translation>%1

為什麼現在可以聽了？（這條記錄會保留。）</translation>
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
    <name>Safekeeping</name>
    <message>
        <source>Check Every File Now</source>
        <extracomment>how many hurt records a message names before it says how many more</extracomment>
        <translation>立即檢查所有檔案</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) not checked for 90 days</source>
        <translation>
            <numerusform>有 %n 個檔案已 90 天沒有檢查</numerusform>
        </translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>立即檢查</translation>
    </message>
    <message>
        <source>This archive is open read-only here, so its files cannot be checked now.</source>
        <translation>這個檔案庫在這裡是唯讀開啟的，所以現在無法檢查它的檔案。</translation>
    </message>
    <message>
        <source>Checking every file… %1%</source>
        <translation>正在檢查所有檔案… %1%</translation>
    </message>
    <message numerus="yes">
        <source>All %n file(s) are whole.</source>
        <translation>
            <numerusform>全部 %n 個檔案都完好無損。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) are missing or changed. Restore them from a backup copy of the archive.</source>
        <translation>
            <numerusform>有 %n 個檔案遺失或被變更。請從檔案庫的備份副本中還原它們。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>另外 %n 項</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) are missing or changed: %1. Restore them from a backup copy of the archive.</source>
        <translation>
            <numerusform>有 %n 個檔案遺失或被改動：%1。請從檔案庫的備份副本中還原它們。</numerusform>
        </translation>
    </message>
    <message>
        <source>the recording of “%1”</source>
        <translation>「%1」的錄音</translation>
    </message>
    <message>
        <source>the photo “%1”</source>
        <translation>照片「%1」</translation>
    </message>
    <message>
        <source>the document “%1”</source>
        <translation>文件「%1」</translation>
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
    <message>
        <source>This search is too long or nested too deeply. Please shorten it.</source>
        <translation>這個搜尋太長，或括號巢狀太深。請縮短一些。</translation>
    </message>
    <message>
        <source>“%1” is not a date. Write it as 2019, 2019-06 or 2019-06-01.</source>
        <translation>「%1」不是日期。請寫成 2019、2019-06 或 2019-06-01。</translation>
    </message>
</context>
<context>
    <name>SearchPane</name>
    <message>
        <source>Save this search</source>
        <extracomment>kinds of hit whose own page opens a hit was chosen (opened) the facet filters changed: {facet: value} the person asked to keep this search in the sidebar</extracomment>
        <translation>儲存這次搜尋</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <extracomment>in place of the results when nothing is found: what to try instead the dates and facets that narrow the results</extracomment>
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
    <message>
        <source>From</source>
        <translation>從</translation>
    </message>
    <message>
        <source>to</source>
        <translation>到</translation>
    </message>
    <message>
        <source>year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>A year, a month (2019-06) or a day (2019-06-01)</source>
        <translation>年份、月份（2019-06）或日期（2019-06-01）</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>說話人</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>轉寫層</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>Try fewer words, or a shorter one: 外婆 finds more than 外婆的春节.</source>
        <translation>少用幾個詞，或換個短一點的詞：搜「外婆」比搜「外婆的春節」找到的多。</translation>
    </message>
    <message>
        <source>Simplified and traditional characters find each other, and pinyin without tones works too (waipo).</source>
        <translation>簡體字和繁體字可以互相找到，不帶聲調的拼音也可以（waipo）。</translation>
    </message>
    <message>
        <source>Titles, summaries, names, places, photo captions and transcripts are searched; a recording&apos;s words only once it has a transcript.</source>
        <translation>搜尋的範圍包括標題、摘要、人名、地名、照片說明和文字稿；錄音裡說的話，要有了文字稿才能搜到。</translation>
    </message>
    <message>
        <source>Take away the filters chosen on the left.</source>
        <translation>取消左邊選的篩選條件（勾選的項目和日期）。</translation>
    </message>
    <message>
        <source>Some things to try:</source>
        <translation>可以試試：</translation>
    </message>
</context>
<context>
    <name>SearchResults</name>
    <message>
        <source>%1 at %2</source>
        <extracomment>the facets shown, in order filters the date fields set</extracomment>
        <translation>%1，%2 處</translation>
    </message>
</context>
<context>
    <name>SeekBar</name>
    <message>
        <source>Position in the interview</source>
        <extracomment>the shade of a passage kept private (a muted violet, apart from the amber of playing) a stretch was marked with Shift and drag: (from, to) seconds</extracomment>
        <translation>訪談中的位置</translation>
    </message>
</context>
<context>
    <name>SetPassphraseDialog</name>
    <message>
        <source>Passphrase for family mode</source>
        <translation>家庭模式的口令</translation>
    </message>
    <message>
        <source>Family mode can only be left with this passphrase. Choose one the family will not guess, and keep it safe.</source>
        <translation>只有輸入這個口令才能退出家庭模式。請選一個家裡人猜不到的口令，並妥善保管。</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>口令</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>再輸一次</translation>
    </message>
    <message>
        <source>Use at least %1 characters.</source>
        <translation>至少要 %1 個字元。</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>兩次輸入的口令不一樣。</translation>
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
    <name>StoryScreen</name>
    <message>
        <source>Back 10 seconds</source>
        <extracomment>seconds each photo stays up when nothing else says how long what to do at a passage kept private: CARD or JUMP (the window sets it)</extracomment>
        <translation>後退10秒</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暫停</translation>
    </message>
    <message>
        <source>Next story</source>
        <translation>下一個故事</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Getting the story ready…</source>
        <translation>正在準備這個故事……</translation>
    </message>
    <message>
        <source>A part of this story is kept private</source>
        <translation>這個故事有一段不公開</translation>
    </message>
</context>
<context>
    <name>StoryTile</name>
    <message>
        <source>Play</source>
        <translation>播放</translation>
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
    <message>
        <source>With this tag: %1.</source>
        <translation>帶有這個標籤的：%1。</translation>
    </message>
    <message>
        <source>Nothing carries this tag yet.</source>
        <translation>還沒有內容帶有這個標籤。</translation>
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
    <name>TranscriptView</name>
    <message>
        <source>Keep these lines private…</source>
        <extracomment>after the person scrolls by hand, the view leaves the scrolling to them for this long the person clicked a row: hear it (row number) the person asked to keep the selected lines private: (from, to) seconds</extracomment>
        <translation>不公開這幾行…</translation>
    </message>
</context>
<context>
    <name>TransportBar</name>
    <message>
        <source>Back %1 s</source>
        <extracomment>the person asked to jump by a number of seconds (negative: back) the hotkey of each button, shown in its tooltip the line&apos;s end, where the panel adds its own buttons</extracomment>
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
    <name>UnlockDialog</name>
    <message>
        <source>For the interviewer</source>
        <translation>給採訪的老師</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解鎖</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>That is not the passphrase.</source>
        <translation>口令不對。</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong tries. Wait %n second(s) before trying again.</source>
        <translation>
            <numerusform>輸錯太多次了。請等 %n 秒再試。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Recorded</source>
        <extracomment>the translation catalogue&apos;s context of these words</extracomment>
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
        <source>Other</source>
        <comment>gender</comment>
        <translation>其他</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>gender</comment>
        <translation>未知</translation>
    </message>
    <message>
        <source>Interview</source>
        <extracomment>a record&apos;s kind as a singular noun</extracomment>
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
        <extracomment>an interview&apos;s statuses and a document&apos;s types, in the order of work</extracomment>
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
    <message>
        <source>、</source>
        <comment>between the items of a list: 、 in Chinese, a comma and a space in English</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>Simplified Chinese</source>
        <translation>簡體中文</translation>
    </message>
    <message>
        <source>Traditional Chinese</source>
        <translation>繁體中文</translation>
    </message>
    <message>
        <source>Mandarin</source>
        <translation>普通話</translation>
    </message>
    <message>
        <source>Cantonese</source>
        <translation>粵語</translation>
    </message>
    <message>
        <source>Min Nan (Hokkien, Teochew)</source>
        <translation>閩南語（含潮汕話）</translation>
    </message>
    <message>
        <source>Hakka</source>
        <translation>客家話</translation>
    </message>
    <message>
        <source>Wu (Shanghainese)</source>
        <translation>吳語（上海話等）</translation>
    </message>
    <message>
        <source>Xiang (Hunanese)</source>
        <translation>湘語</translation>
    </message>
    <message>
        <source>Gan</source>
        <translation>贛語</translation>
    </message>
    <message>
        <source>Jin</source>
        <translation>晉語</translation>
    </message>
    <message>
        <source>Min Dong (Fuzhounese)</source>
        <translation>閩東語（福州話等）</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英語</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>日語</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>韓語</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>越南語</translation>
    </message>
    <message>
        <source>French</source>
        <translation>法語</translation>
    </message>
    <message>
        <source>German</source>
        <translation>德語</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>西班牙語</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>俄語</translation>
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
    <name>WhereScreen</name>
    <message>
        <source>In %1 since %2</source>
        <translation>%2年起在%1</translation>
    </message>
    <message>
        <source>, %1</source>
        <translation>，%1</translation>
    </message>
    <message>
        <source>At home since %1</source>
        <translation>%1年起在家</translation>
    </message>
    <message>
        <source>At home</source>
        <translation>在家</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>At home: %1</source>
        <translation>在家：%1</translation>
    </message>
    <message>
        <source>Nobody in the family has gone away to work.</source>
        <translation>家裡沒有人外出打工。</translation>
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
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>用法：</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>位置參數</translation>
    </message>
    <message>
        <source>options</source>
        <translation>選項</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>顯示此說明並結束</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>顯示程式版本並結束</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s：錯誤：%(message)s
</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>參數 %(argument_name)s：%(message)s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>缺少必要的參數：%s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>必須提供以下參數之一：%s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>無法辨識的參數：%s</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>選項 %(option)s 不明確，可能是 %(matches)s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>無效的選擇：%(value)r（可選：%(choices)s）</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>無效的 %(type)s 值：%(value)r</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>無法開啟 &apos;%(filename)s&apos;：%(error)s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>需要一個值</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>最多需要一個值</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>至少需要一個值</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>需要 %s 個值</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>需要 %s 個值</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>不能與參數 %s 同時使用</translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation>非預期的選項：%s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>忽略了明確給出的值 %r</translation>
    </message>
    <message>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>未知的命令 %(parser_name)r（可選：%(choices)s）</translation>
    </message>
    <message>
        <source>conflicting option string: %s</source>
        <translation>選項衝突：%s</translation>
    </message>
    <message>
        <source>conflicting option strings: %s</source>
        <translation>選項衝突：%s</translation>
    </message>
    <message>
        <source>.__call__() not defined</source>
        <translation>.__call__() 未定義</translation>
    </message>
    <message>
        <source>&apos;required&apos; is an invalid argument for positionals</source>
        <translation>位置參數不能使用 &apos;required&apos;</translation>
    </message>
    <message>
        <source>mutually exclusive arguments must be optional</source>
        <translation>互斥的參數必須是選用的</translation>
    </message>
    <message>
        <source>%r is not callable</source>
        <translation>%r 無法呼叫</translation>
    </message>
    <message>
        <source>cannot merge actions - two groups are named %r</source>
        <translation>無法合併：兩個參數群組都名為 %r</translation>
    </message>
    <message>
        <source>invalid option string %(option)r: must start with a character %(prefix_chars)r</source>
        <translation>無效的選項 %(option)r：必須以字元 %(prefix_chars)r 開頭</translation>
    </message>
    <message>
        <source>dest= is required for options like %r</source>
        <translation>像 %r 這樣的選項需要 dest=</translation>
    </message>
    <message>
        <source>invalid conflict_resolution value: %r</source>
        <translation>無效的 conflict_resolution 值：%r</translation>
    </message>
    <message>
        <source>cannot have multiple subparser arguments</source>
        <translation>不能有多個子命令參數</translation>
    </message>
    <message>
        <source>conflicting subparser: %s</source>
        <translation>子命令衝突：%s</translation>
    </message>
    <message>
        <source>conflicting subparser alias: %s</source>
        <translation>子命令別名衝突：%s</translation>
    </message>
    <message>
        <source>argument &quot;-&quot; with mode %r</source>
        <translation>參數 &quot;-&quot; 不能使用模式 %r</translation>
    </message>
</context>
</TS>
