<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <source>Hometown Voices (乡音): an oral-history archive. Without a command, opens the desktop app.</source>
        <extracomment>modules that add commands; each has ``register(subparsers)``</extracomment>
        <translation>乡音：口述历史档案库。不带命令时打开桌面应用。</translation>
    </message>
    <message>
        <source>show the version and exit</source>
        <translation>显示版本并退出</translation>
    </message>
    <message>
        <source>the archive folder (default: your data folder)</source>
        <translation>档案库文件夹（默认：你的数据文件夹）</translation>
    </message>
    <message>
        <source>print exactly one JSON document on stdout</source>
        <translation>在标准输出上只打印一个 JSON 文档</translation>
    </message>
    <message>
        <source>show the desktop app&apos;s diagnostic messages (Qt, FFmpeg) on stderr</source>
        <translation>在标准错误上显示桌面应用的诊断信息（Qt、FFmpeg）</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>已中断</translation>
    </message>
    <message>
        <source>create a new, empty archive in --archive DIR</source>
        <translation>在 --archive DIR 新建一个空档案库</translation>
    </message>
    <message>
        <source>create the bundled sample archive in --archive DIR (which must not exist)</source>
        <translation>在 --archive DIR 建立自带的示例档案库（该文件夹必须尚不存在）</translation>
    </message>
    <message>
        <source>open the desktop app on it when it is built</source>
        <translation>建好后用桌面应用打开它</translation>
    </message>
    <message>
        <source>check the catalogue and that every original is present and unchanged</source>
        <translation>检查目录，以及每个原始文件都在且未被改动</translation>
    </message>
    <message>
        <source>check sizes only, do not re-hash every file</source>
        <translation>只检查大小，不重新计算每个文件的校验值</translation>
    </message>
    <message>
        <source>re-hash every file and record when each was found whole (needs the archive not to be open elsewhere)</source>
        <translation>重新计算每个文件的校验值，并记录每个文件最后一次确认完好的时间（档案库不能在别处打开）</translation>
    </message>
    <message>
        <source>Created an archive at {path}</source>
        <translation>已在 {path} 建立档案库</translation>
    </message>
    <message>
        <source>Built the sample archive at {path}:</source>
        <translation>已在 {path} 建好示例档案库：</translation>
    </message>
    <message>
        <source>places</source>
        <translation>个地点</translation>
    </message>
    <message>
        <source>people</source>
        <translation>位人物</translation>
    </message>
    <message>
        <source>families</source>
        <translation>个家庭</translation>
    </message>
    <message>
        <source>family members</source>
        <translation>位家庭成员</translation>
    </message>
    <message>
        <source>times away</source>
        <translation>段离家在外的经历</translation>
    </message>
    <message>
        <source>interviews</source>
        <translation>个访谈</translation>
    </message>
    <message>
        <source>people linked to interviews</source>
        <translation>处访谈与人物的关联</translation>
    </message>
    <message>
        <source>recordings</source>
        <translation>段录音</translation>
    </message>
    <message>
        <source>photos</source>
        <translation>张照片</translation>
    </message>
    <message>
        <source>documents</source>
        <translation>份文档</translation>
    </message>
    <message>
        <source>transcripts</source>
        <translation>份文字稿</translation>
    </message>
    <message>
        <source>transcript passages</source>
        <translation>个文字稿段落</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>个标签</translation>
    </message>
    <message>
        <source>collections</source>
        <translation>个合集</translation>
    </message>
    <message>
        <source>consents</source>
        <translation>份知情同意</translation>
    </message>
    <message>
        <source>chapters</source>
        <translation>个章节</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>PROBLEMS FOUND</source>
        <translation>发现问题</translation>
    </message>
    <message>
        <source>{verdict}: {files} files, {megabytes} MB checked</source>
        <translation>{verdict}：已检查 {files} 个文件，共 {megabytes} MB</translation>
    </message>
    <message>
        <source>problem: {finding}</source>
        <translation>问题：{finding}</translation>
    </message>
    <message>
        <source>note: {finding}</source>
        <translation>提示：{finding}</translation>
    </message>
    <message>
        <source>Copy the missing or changed originals back from a backup copy of the archive (archive-app backup --to DIR makes one).</source>
        <translation>请从档案库的备份副本中把缺失或改变了的原件复制回来（用 archive-app backup --to 目录 可以做一份备份）。</translation>
    </message>
    <message>
        <source>{count} originals found in media/</source>
        <translation>在 media/ 中找到 {count} 个原始文件</translation>
    </message>
    <message>
        <source>what the catalogue still gives:</source>
        <translation>目录中仍能读出的内容：</translation>
    </message>
    <message>
        <source>To recover: archive-app --archive {archive} restore {backup}</source>
        <translation>恢复方法：archive-app --archive {archive} restore {backup}</translation>
    </message>
    <message>
        <source>To recover: restore a copy made with &apos;archive-app backup --to DIR&apos;</source>
        <translation>恢复方法：恢复用“archive-app backup --to DIR”做的副本</translation>
    </message>
    <message>
        <source>record, withdraw and list consents; what is due</source>
        <translation>记录、撤回和列出知情同意；待办事项</translation>
    </message>
    <message>
        <source>record a person&apos;s consent</source>
        <translation>记录一个人的知情同意</translation>
    </message>
    <message>
        <source>whose consent it is</source>
        <translation>这是谁的同意</translation>
    </message>
    <message>
        <source>the day it was given, YYYY-MM-DD</source>
        <translation>给出同意的日期，YYYY-MM-DD</translation>
    </message>
    <message>
        <source>who may see the material, comma-separated: family,research,public (or &apos;none&apos;: kept in the archive for curators only)</source>
        <translation>谁可以看这些材料，用逗号分隔：family,research,public（或 &apos;none&apos;：留在档案库中，只有管理员能看）</translation>
    </message>
    <message>
        <source>given by the person themself or by a guardian (default: guardian when one is named, else self)</source>
        <translation>由本人还是监护人给出（默认：写了监护人时为 guardian，否则为 self）</translation>
    </message>
    <message>
        <source>the guardian, a catalogued person</source>
        <translation>监护人：档案库中已有的人物</translation>
    </message>
    <message>
        <source>the guardian, by name</source>
        <translation>监护人：写名字</translation>
    </message>
    <message>
        <source>of the guardian to the person, e.g. grandmother</source>
        <translation>监护人与本人的关系，例如 grandmother（奶奶/外婆）</translation>
    </message>
    <message>
        <source>whether the child agreed too (for a guardian&apos;s consent)</source>
        <translation>孩子本人是否也同意（用于监护人给出的同意）</translation>
    </message>
    <message>
        <source>only these interviews and photos (default: all the person&apos;s material)</source>
        <translation>只包括这些访谈和照片（默认：这个人的全部材料）</translation>
    </message>
    <message>
        <source>before this day only curators see it</source>
        <translation>此日期之前只有管理员能看</translation>
    </message>
    <message>
        <source>show this name instead of the real one</source>
        <translation>用这个名字代替真名</translation>
    </message>
    <message>
        <source>their face must not be shown</source>
        <translation>不得显示此人的脸</translation>
    </message>
    <message>
        <source>the signed form, a catalogued document</source>
        <translation>签好的同意书：档案库中已有的文档</translation>
    </message>
    <message>
        <source>the recording holding a spoken consent</source>
        <translation>录有口头同意的录音</translation>
    </message>
    <message>
        <source>where the spoken consent starts in that recording</source>
        <translation>口头同意在这段录音中开始的位置</translation>
    </message>
    <message>
        <source>where the spoken consent ends in that recording</source>
        <translation>口头同意在这段录音中结束的位置</translation>
    </message>
    <message>
        <source>anything else worth keeping about it</source>
        <translation>其他值得记下的情况</translation>
    </message>
    <message>
        <source>withdraw a consent from a day on</source>
        <translation>从某天起撤回一份知情同意</translation>
    </message>
    <message>
        <source>the consent, as consent list shows it</source>
        <translation>要撤回的同意（见 consent list）</translation>
    </message>
    <message>
        <source>from this day on, YYYY-MM-DD</source>
        <translation>从这天起，YYYY-MM-DD</translation>
    </message>
    <message>
        <source>why, in the person&apos;s words</source>
        <translation>原因，用本人的话说</translation>
    </message>
    <message>
        <source>list consent records</source>
        <translation>列出知情同意记录</translation>
    </message>
    <message>
        <source>only this person&apos;s</source>
        <translation>只列这个人的</translation>
    </message>
    <message>
        <source>renewals due, forms missing, birth dates unknown</source>
        <translation>需要续签的、缺同意书的、出生日期不详的</translation>
    </message>
    <message>
        <source>as on this day (default: today)</source>
        <translation>以这一天为准（默认：今天）</translation>
    </message>
    <message>
        <source>whether an audience may see an interview or photo</source>
        <translation>某类观众能否看某个访谈或照片</translation>
    </message>
    <message>
        <source>an interview or photo</source>
        <translation>一个访谈或一张照片</translation>
    </message>
    <message>
        <source>default: every audience</source>
        <translation>默认：所有观众</translation>
    </message>
    <message>
        <source>on this day (default: today)</source>
        <translation>在这一天（默认：今天）</translation>
    </message>
    <message>
        <source>the audit log, oldest first</source>
        <translation>审计日志，从最早的开始</translation>
    </message>
    <message>
        <source>only entries about this record</source>
        <translation>只列关于这条记录的条目</translation>
    </message>
    <message>
        <source>consent {id} withdrawn from {date}</source>
        <translation>知情同意 {id} 自 {date} 起撤回</translation>
    </message>
    <message>
        <source>none</source>
        <comment>audience</comment>
        <translation>仅管理员</translation>
    </message>
    <message>
        <source>by {guardian} ({relationship})</source>
        <translation>由 {guardian}（{relationship}）给出</translation>
    </message>
    <message>
        <source>guardian</source>
        <translation>监护人</translation>
    </message>
    <message>
        <source>covers {count}</source>
        <translation>涵盖 {count} 项</translation>
    </message>
    <message>
        <source>embargo until {date}</source>
        <translation>封存至 {date}</translation>
    </message>
    <message>
        <source>WITHDRAWN {date}</source>
        <translation>已于 {date} 撤回</translation>
    </message>
    <message>
        <source>no consents</source>
        <translation>没有知情同意记录</translation>
    </message>
    <message>
        <source>renewals due ({count}):</source>
        <translation>需要续签（{count}）：</translation>
    </message>
    <message>
        <source>18 on {date}</source>
        <translation>{date} 满 18 岁</translation>
    </message>
    <message>
        <source>forms missing ({count}):</source>
        <translation>缺少同意书（{count}）：</translation>
    </message>
    <message>
        <source>consent {id} of {date}</source>
        <translation>{date} 的知情同意 {id}</translation>
    </message>
    <message>
        <source>birth dates unknown ({count}):</source>
        <translation>出生日期不详（{count}）：</translation>
    </message>
    <message>
        <source>curator</source>
        <comment>audience</comment>
        <translation>管理员</translation>
    </message>
    <message>
        <source>family</source>
        <comment>audience</comment>
        <translation>家人</translation>
    </message>
    <message>
        <source>research</source>
        <comment>audience</comment>
        <translation>研究人员</translation>
    </message>
    <message>
        <source>public</source>
        <comment>audience</comment>
        <translation>公众</translation>
    </message>
    <message>
        <source>no consent recorded</source>
        <translation>没有记录知情同意</translation>
    </message>
    <message>
        <source>consent not yet given on that day</source>
        <translation>那天还没有给出同意</translation>
    </message>
    <message>
        <source>no consent covers it</source>
        <translation>没有哪份同意涵盖它</translation>
    </message>
    <message>
        <source>not consented for this audience</source>
        <translation>没有同意给这类观众看</translation>
    </message>
    <message>
        <source>consent withdrawn</source>
        <translation>同意已撤回</translation>
    </message>
    <message>
        <source>under embargo</source>
        <translation>在封存期内</translation>
    </message>
    <message>
        <source>consent given as a child must be renewed</source>
        <translation>未成年时给出的同意需要续签</translation>
    </message>
    <message>
        <source>a guardian&apos;s consent is missing</source>
        <translation>缺少监护人的同意</translation>
    </message>
    <message>
        <source>the child&apos;s assent is missing</source>
        <translation>缺少孩子本人的同意</translation>
    </message>
    <message>
        <source>nobody is linked to it</source>
        <translation>没有关联任何人</translation>
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
        <translation>审计日志是空的</translation>
    </message>
    <message>
        <source>there is no screen to open the app on (neither DISPLAY nor WAYLAND_DISPLAY is set); use it on a computer with a screen, on a virtual one (xvfb-run -a archive-app), or use its commands (archive-app --help)</source>
        <translation>没有可以显示应用的屏幕（DISPLAY 和 WAYLAND_DISPLAY 都没有设置）；请在有屏幕的电脑上使用，或使用虚拟屏幕（xvfb-run -a archive-app），或使用命令（archive-app --help）</translation>
    </message>
    <message>
        <source>import recordings, photos, documents and transcripts (files or folders)</source>
        <translation>导入录音、照片、文档和文字稿（文件或文件夹）</translation>
    </message>
    <message>
        <source>files and folders to import</source>
        <translation>要导入的文件和文件夹</translation>
    </message>
    <message>
        <source>attach every file to this interview</source>
        <translation>把每个文件都归到这个访谈</translation>
    </message>
    <message>
        <source>worker processes (default: CPUs)</source>
        <translation>工作进程数（默认：CPU 数）</translation>
    </message>
    <message>
        <source>note: search will find the new files later ({reason})</source>
        <translation>提示：搜索稍后才能找到新文件（{reason}）</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <source>already there</source>
        <translation>已存在</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>未导入</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>略过</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件是空的</translation>
    </message>
    <message>
        <source>not a recording, photo, document or transcript this archive takes</source>
        <translation>不是档案库能收的录音、照片、文档或文字稿</translation>
    </message>
    <message>
        <source>the file cannot be read</source>
        <translation>无法读取文件</translation>
    </message>
    <message>
        <source>the file disappeared during the import</source>
        <translation>导入过程中文件不见了</translation>
    </message>
    <message>
        <source>the recording is damaged or truncated</source>
        <translation>录音已损坏或不完整</translation>
    </message>
    <message>
        <source>the image is damaged, truncated or not really an image</source>
        <translation>图片已损坏、不完整或并不是图片</translation>
    </message>
    <message>
        <source>the transcript has no text</source>
        <translation>文字稿里没有文字</translation>
    </message>
    <message>
        <source>the transcript&apos;s text encoding could not be recognised</source>
        <translation>无法识别文字稿的文字编码</translation>
    </message>
    <message>
        <source>the transcript could not be read</source>
        <translation>无法读取文字稿</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>没有这个文件或文件夹</translation>
    </message>
    <message>
        <source>the file&apos;s name is not valid text (not UTF-8); rename it and import it again</source>
        <translation>文件名不是有效的文字（不是 UTF-8）；请改名后再导入</translation>
    </message>
    <message>
        <source>not an ordinary file (a pipe, a socket or a device)</source>
        <translation>不是普通文件（是管道、套接字或设备）</translation>
    </message>
    <message>
        <source>a broken link: the file it points to does not exist</source>
        <translation>失效的链接：它指向的文件不存在</translation>
    </message>
    <message>
        <source>the image has too many pixels to be opened safely</source>
        <translation>图片像素太多，无法安全打开</translation>
    </message>
    <message>
        <source>a hidden file or folder, left out (name it directly to import it)</source>
        <translation>隐藏的文件或文件夹，已略过（直接写出它的名字即可导入）</translation>
    </message>
    <message>
        <source>a link to a folder, not followed (import the folder itself)</source>
        <translation>指向文件夹的链接，未跟随（请直接导入那个文件夹）</translation>
    </message>
    <message>
        <source>the WebVTT file has no WEBVTT line and no timed text to read instead</source>
        <translation>这个 WebVTT 文件缺少 WEBVTT 开头行，也没有可以按时间读取的内容</translation>
    </message>
    <message>
        <source>the file could not be imported</source>
        <translation>文件无法导入</translation>
    </message>
    <message>
        <source>{rejected} of {total} files not imported: {reasons}</source>
        <translation>{total} 个文件中有 {rejected} 个未导入：{reasons}</translation>
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
        <translation>带时间的文本</translation>
    </message>
    <message>
        <source>plain text</source>
        <translation>纯文本</translation>
    </message>
    <message>
        <source>Whisper JSON</source>
        <translation>Whisper JSON</translation>
    </message>
    <message>
        <source>stray control characters (NUL and the like) replaced with U+FFFD or removed: {count}</source>
        <translation>看不见的控制字符（如 NUL）已删去或替换为 U+FFFD：{count} 个</translation>
    </message>
    <message>
        <source>vertical tabs or form feeds from a word processor read as line breaks: {count}</source>
        <translation>文字处理软件留下的垂直制表符或分页符已当作换行：{count} 个</translation>
    </message>
    <message>
        <source>no WEBVTT header line; read as {format}</source>
        <translation>缺少 WEBVTT 开头行，已按“{format}”读取</translation>
    </message>
    <message>
        <source>not SubRip subtitles; read as {format}</source>
        <translation>不是 SRT 字幕，已按“{format}”读取</translation>
    </message>
    <message>
        <source>lines outside any subtitle cue, left out: {count}</source>
        <translation>不属于任何字幕条目的文字已略去：{count} 行</translation>
    </message>
    <message>
        <source>times that are not valid, their segments untimed: {count} ({detail})</source>
        <translation>无效的时间，相应段落不带时间：{count} 个（{detail}）</translation>
    </message>
    <message>
        <source>segments that end before they start, their times left out: {count}</source>
        <translation>结束早于开始的段落，已去掉其时间：{count} 个</translation>
    </message>
    <message>
        <source>{file}, line {line}</source>
        <translation>{file} 第 {line} 行</translation>
    </message>
    <message>
        <source>add interviews</source>
        <translation>添加访谈</translation>
    </message>
    <message>
        <source>add an interview</source>
        <translation>添加一个访谈</translation>
    </message>
    <message>
        <source>the interview&apos;s title</source>
        <translation>访谈的标题</translation>
    </message>
    <message>
        <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>YYYY、YYYY-MM 或 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>place name (found, or added when new)</source>
        <translation>地名（已有则使用，没有则新建）</translation>
    </message>
    <message>
        <source>a few sentences on what it is about</source>
        <translation>用几句话说说内容</translation>
    </message>
    <message>
        <source>language or dialect</source>
        <translation>语言或方言</translation>
    </message>
    <message>
        <source>a keyword (repeatable)</source>
        <translation>一个关键词（可重复）</translation>
    </message>
    <message>
        <source>add people</source>
        <translation>添加人物</translation>
    </message>
    <message>
        <source>add a person</source>
        <translation>添加一位人物</translation>
    </message>
    <message>
        <source>name in characters</source>
        <translation>汉字姓名</translation>
    </message>
    <message>
        <source>name in pinyin or Latin letters</source>
        <translation>拼音或拉丁字母姓名</translation>
    </message>
    <message>
        <source>another name: a nickname, a dialect name (repeatable)</source>
        <translation>别的名字：小名、方言叫法（可重复）</translation>
    </message>
    <message>
        <source>YYYY or YYYY-MM-DD</source>
        <translation>YYYY 或 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>female, male, other or unknown (or 女, 男, 其他, 未知)</source>
        <translation>女、男、其他或未知（也可写 female、male、other、unknown）</translation>
    </message>
    <message>
        <source>link a person to an interview</source>
        <translation>把人物关联到访谈</translation>
    </message>
    <message>
        <source>the interview</source>
        <translation>访谈</translation>
    </message>
    <message>
        <source>the person</source>
        <translation>人物</translation>
    </message>
    <message>
        <source>the person&apos;s part in the interview</source>
        <translation>此人在访谈中的身份</translation>
    </message>
    <message>
        <source>list records of one kind</source>
        <translation>列出某一类记录</translation>
    </message>
    <message>
        <source>which kind</source>
        <translation>哪一类</translation>
    </message>
    <message>
        <source>show one record with everything about it</source>
        <translation>显示一条记录及与它相关的一切</translation>
    </message>
    <message>
        <source>the record&apos;s ID, or its first characters</source>
        <translation>记录的 ID，或它开头的几个字符</translation>
    </message>
    <message>
        <source>warning: {name} (born {year}) may already be in the archive: {ids}; added all the same</source>
        <translation>警告：{name}（生于 {year}）可能已经在档案库中：{ids}；仍然添加了</translation>
    </message>
    <message>
        <source>year unknown</source>
        <translation>年份不详</translation>
    </message>
    <message>
        <source>linked as {role}</source>
        <translation>已关联，身份为 {role}</translation>
    </message>
    <message>
        <source>nothing of this kind yet</source>
        <translation>还没有这一类的记录</translation>
    </message>
    <message>
        <source>full-text search (Chinese, traditional or simplified, pinyin, English)</source>
        <extracomment>filters given as options, as the query&apos;s ``name:value`` would give them</extracomment>
        <translation>全文搜索（中文繁简体、拼音、英文）</translation>
    </message>
    <message>
        <source>hits to show (20)</source>
        <translation>显示多少条结果（20）</translation>
    </message>
    <message>
        <source>only this kind of result (repeatable); &apos;transcript&apos; means transcript passages, &apos;section&apos; the chapters of an interview</source>
        <translation>只要这一类结果（可重复）；&apos;transcript&apos; 指文字稿段落，&apos;section&apos; 指访谈的章节</translation>
    </message>
    <message>
        <source>search as this audience sees the archive (consent applies); default curator</source>
        <translation>按这类观众看到的档案库来搜索（受知情同意约束）；默认 curator</translation>
    </message>
    <message>
        <source>rebuild the full-text index from the catalogue</source>
        <translation>根据目录重建全文索引</translation>
    </message>
    <message>
        <source>indexed {count} documents</source>
        <translation>已索引 {count} 项</translation>
    </message>
    <message>
        <source>{count} found</source>
        <translation>找到 {count} 条</translation>
    </message>
    <message>
        <source>(index rebuilding: plain search)</source>
        <translation>（索引重建中：使用简单搜索）</translation>
    </message>
    <message>
        <source>at {time}</source>
        <translation>位于 {time}</translation>
    </message>
    <message>
        <source>work with transcripts</source>
        <extracomment>the formats, as ``exchange.transcript.WRITERS`` names them (kept here for a light start)</extracomment>
        <translation>处理文字稿</translation>
    </message>
    <message>
        <source>write a transcript as WebVTT, SRT or text</source>
        <translation>把文字稿写成 WebVTT、SRT 或纯文本</translation>
    </message>
    <message>
        <source>the transcript&apos;s ID, or its first characters</source>
        <translation>文字稿的 ID，或它开头的几个字符</translation>
    </message>
    <message>
        <source>file format (default: from the --out file&apos;s extension)</source>
        <translation>文件格式（默认：按 --out 文件的扩展名）</translation>
    </message>
    <message>
        <source>the file to write</source>
        <translation>要写入的文件</translation>
    </message>
    <message>
        <source>replace the file if it exists</source>
        <translation>如果文件已存在，就替换它</translation>
    </message>
    <message>
        <source>who the file is for (consent applies; default: curator)</source>
        <translation>文件给谁看（按同意书处理；默认：管理员）</translation>
    </message>
    <message>
        <source>wrote {count} passages to {file}</source>
        <translation>已把 {count} 个段落写入 {file}</translation>
    </message>
    <message>
        <source>{path} should be a folder but is not; nothing was changed. Move it out of the archive folder and try again</source>
        <translation>{path} 应该是文件夹，但不是；没有做任何改动。请把它移出档案库文件夹后再试</translation>
    </message>
    <message>
        <source>{path} should be a file but is not; nothing was changed. Move it out of the archive folder and try again</source>
        <translation>{path} 应该是文件，但不是；没有做任何改动。请把它移出档案库文件夹后再试</translation>
    </message>
    <message>
        <source>the archive&apos;s disk is full ({path}); nothing half-written was kept. Free some space on that disk and run the command again: what is in stays in</source>
        <translation>档案库所在的磁盘已满（{path}）；没有留下写了一半的内容。请在那个磁盘上腾出空间后再运行这个命令：已经存入的都还在</translation>
    </message>
    <message>
        <source>the archive&apos;s disk refused to save ({detail}); nothing half-written was kept</source>
        <translation>档案库所在的磁盘拒绝保存（{detail}）；没有留下写了一半的内容</translation>
    </message>
    <message>
        <source>{path} is not a backup that can be restored ({problem}); nothing was changed</source>
        <translation>{path} 不是可以恢复的备份（{problem}）；没有做任何改动</translation>
    </message>
    <message>
        <source>{path} is not an archive (create one with &apos;archive-app --archive DIR init&apos;)</source>
        <translation>{path} 不是档案库（可以用 &apos;archive-app --archive DIR init&apos; 新建一个）</translation>
    </message>
    <message>
        <source>there is already an archive at {path}</source>
        <translation>{path} 已经有一个档案库</translation>
    </message>
    <message>
        <source>this archive was written by a newer version of the app (catalogue version {found}, this app knows up to {known}); please update the app</source>
        <translation>这个档案库是由较新版本的应用写的（目录版本 {found}，本应用最高只认得 {known}）；请更新应用</translation>
    </message>
    <message>
        <source>no {kind} has the ID {id}</source>
        <translation>没有 ID 为 {id} 的{kind}</translation>
    </message>
    <message>
        <source>no record has the ID {id}</source>
        <translation>没有 ID 为 {id} 的记录</translation>
    </message>
    <message>
        <source>the ID {prefix} is ambiguous: it starts several IDs ({candidates}); type more of it</source>
        <translation>ID {prefix} 不明确：有好几个 ID 以它开头（{candidates}）；请多输入几个字符</translation>
    </message>
    <message>
        <source>{id} is a {kind} record; wanted here: {wanted}</source>
        <translation>{id} 是{kind}记录；这里需要的是：{wanted}</translation>
    </message>
    <message>
        <source> or </source>
        <translation>或</translation>
    </message>
    <message>
        <source>this transcript has no times; export it as plain text (--format txt)</source>
        <translation>这份文字稿没有时间；请导出为纯文本（--format txt）</translation>
    </message>
    <message>
        <source>{field} {value} is not valid: expected {expected}</source>
        <translation>{field} {value} 无效：应为 {expected}</translation>
    </message>
    <message>
        <source>cancelled; nothing was written</source>
        <translation>已取消；什么也没有写入</translation>
    </message>
    <message>
        <source>the archive is open read-only; nothing was changed</source>
        <translation>档案库以只读方式打开；没有做任何改动</translation>
    </message>
    <message>
        <source>consent {id} was already withdrawn on {date}</source>
        <translation>知情同意 {id} 已于 {date} 撤回</translation>
    </message>
    <message>
        <source>no font with Chinese characters was found for the films&apos; words; install one (on Debian: apt-get install fonts-wqy-microhei) or name one with --font FILE</source>
        <translation>找不到带中文字的字体来显示影片字幕；请安装一种（Debian 上：apt-get install fonts-wqy-microhei），或用 --font FILE 指定一个</translation>
    </message>
    <message>
        <source>cannot read the recording {name}: {detail}</source>
        <translation>无法读取录音 {name}：{detail}</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>另一个程序</translation>
    </message>
    <message>
        <source>the archive {path} is locked by {program} (pid {pid}), which has ended, but process {holders} it started still holds it; end that process (or restart the computer), then try again</source>
        <translation>档案库 {path} 被 {program}（进程号 {pid}）锁住，这个程序已经结束，但它启动的进程 {holders} 仍占用着它；请结束那个进程（或重启电脑）后再试</translation>
    </message>
    <message>
        <source>the archive {path} is open in {program} (pid {pid}) on the computer {host}; close it there first, or use a command that only reads</source>
        <translation>档案库 {path} 已在电脑 {host} 上的 {program}（进程号 {pid}）中打开；请先在那里关闭，或使用只读取的命令</translation>
    </message>
    <message>
        <source>the archive {path} is open in {program} (pid {pid}); close it there first, or use a command that only reads</source>
        <translation>档案库 {path} 已在 {program}（进程号 {pid}）中打开；请先在那里关闭，或使用只读取的命令</translation>
    </message>
    <message>
        <source>is missing although the archive holds originals</source>
        <translation>不见了，而档案库里还有原始文件</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>是空的</translation>
    </message>
    <message>
        <source>is not a database any more</source>
        <translation>已经不是数据库了</translation>
    </message>
    <message>
        <source>is damaged</source>
        <translation>已损坏</translation>
    </message>
    <message>
        <source>restore a backup: archive-app --archive {archive} restore {backup}</source>
        <translation>请恢复备份：archive-app --archive {archive} restore {backup}</translation>
    </message>
    <message>
        <source>restore it from a backup copy of the archive (archive-app restore BACKUP)</source>
        <translation>请从档案库的备份副本恢复（archive-app restore BACKUP）</translation>
    </message>
    <message>
        <source>the catalogue {path} {what}; nothing was changed and no new catalogue was made. To recover, {advice}</source>
        <translation>目录 {path} {what}；没有做任何改动，也没有新建目录。{advice}</translation>
    </message>
    <message>
        <source>will not write {path}: it is inside an archive folder, where only the archive itself writes; choose a place outside it</source>
        <translation>不会写入 {path}：它在档案库文件夹里，那里只有档案库自己能写；请选择档案库以外的位置</translation>
    </message>
    <message>
        <source>{path} exists already; add --force to replace it</source>
        <translation>{path} 已经存在；加上 --force 才会替换它</translation>
    </message>
    <message>
        <source>{path} is a folder; give the name of a file to write</source>
        <translation>{path} 是文件夹；请给出要写入的文件名</translation>
    </message>
    <message>
        <source>cannot make the folder for {path} ({detail}); choose another place</source>
        <translation>无法为 {path} 建立文件夹（{detail}）；请选择其他位置</translation>
    </message>
    <message>
        <source>cannot write {path} ({detail})</source>
        <translation>无法写入 {path}（{detail}）</translation>
    </message>
    <message>
        <source>the catalogue could not be read or written ({detail}); nothing was changed</source>
        <translation>无法读取或写入目录（{detail}）；没有做任何改动</translation>
    </message>
    <message>
        <source>the disk is full {path}; free some space and try again</source>
        <translation>磁盘已满 {path}；请腾出一些空间后再试</translation>
    </message>
    <message>
        <source>not allowed to read or write {path} ({detail})</source>
        <translation>没有权限读取或写入 {path}（{detail}）</translation>
    </message>
    <message>
        <source>could not read or write {path} ({detail})</source>
        <translation>无法读取或写入 {path}（{detail}）</translation>
    </message>
    <message>
        <source>the bag {path} was refused ({reason}); nothing in the archive was changed</source>
        <translation>包 {path} 被拒绝了（{reason}）；档案没有任何改动</translation>
    </message>
    <message>
        <source>the archive could not be upgraded: migration {version} ({name}) would have left records without the records they refer to ({dangling}); it was undone and the archive is as it was; please report this</source>
        <translation>档案库无法升级：第 {version} 步迁移（{name}）会让一些记录失去它们所指向的记录（{dangling}）；这一步已撤销，档案库保持原样；请把这件事告诉我们</translation>
    </message>
    <message>
        <source>{path} already exists; choose a new name, or add --force to replace it (nothing was replaced)</source>
        <translation>{path} 已经存在；请换一个名字，或加上 --force 替换它（什么都没有被替换）</translation>
    </message>
    <message>
        <source>the original {path} no longer matches its checksum; run &apos;archive-app check&apos; and restore it from a backup (nothing was exported)</source>
        <translation>原件 {path} 与它的校验值不再相符；请运行 &apos;archive-app check&apos;，并从备份中恢复它（没有导出任何内容）</translation>
    </message>
    <message>
        <source>the {audience} audience may not have this transcript&apos;s interview ({rules}); nothing was written</source>
        <translation>{audience}不能看这份文字稿所属的访谈（{rules}）；没有写出任何文件</translation>
    </message>
    <message>
        <source>it is not a BagIt bag</source>
        <translation>它不是 BagIt 包</translation>
    </message>
    <message>
        <source>it names a file outside itself</source>
        <translation>它指向了包外面的文件</translation>
    </message>
    <message>
        <source>it holds a link</source>
        <translation>它里面有链接</translation>
    </message>
    <message>
        <source>its bag-info.txt cannot be read</source>
        <translation>无法读取它的 bag-info.txt</translation>
    </message>
    <message>
        <source>it declares other sizes than it holds</source>
        <translation>它声称的大小与实际内容不符</translation>
    </message>
    <message>
        <source>files it lists are missing</source>
        <translation>它列出的文件缺失了</translation>
    </message>
    <message>
        <source>it holds files its manifests do not list</source>
        <translation>它里面有清单上没有的文件</translation>
    </message>
    <message>
        <source>a file does not match its checksum</source>
        <translation>有文件与校验值不符</translation>
    </message>
    <message>
        <source>it is not a valid bag</source>
        <translation>它不是有效的包</translation>
    </message>
    <message>
        <source>it was not made by Hometown Voices</source>
        <translation>它不是“乡音”制作的</translation>
    </message>
    <message>
        <source>only a curator&apos;s bag can be merged; this one holds stories for an audience</source>
        <translation>只有给管理员的包才能合并；这个包里是为某类读者准备的故事</translation>
    </message>
    <message>
        <source>its metadata is of a newer version than this app knows; update the app</source>
        <translation>它的元数据版本比本程序认识的新；请更新本程序</translation>
    </message>
    <message>
        <source>its metadata is damaged</source>
        <translation>它的元数据已损坏</translation>
    </message>
    <message>
        <source>interview</source>
        <translation>访谈</translation>
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
        <translation>地点</translation>
    </message>
    <message>
        <source>time away</source>
        <translation>离家在外的经历</translation>
    </message>
    <message>
        <source>recording</source>
        <translation>录音</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>document</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>transcript</source>
        <translation>文字稿</translation>
    </message>
    <message>
        <source>transcript passage</source>
        <translation>文字稿段落</translation>
    </message>
    <message>
        <source>chapter</source>
        <translation>章节</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>标签</translation>
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
        <translation>标题</translation>
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
        <translation>性别</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>audience</source>
        <translation>观众</translation>
    </message>
    <message>
        <source>role</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>relationship</source>
        <translation>关系</translation>
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
        <translation>开始时间</translation>
    </message>
    <message>
        <source>end time</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <source>a day as YYYY-MM-DD</source>
        <translation>YYYY-MM-DD 格式的日期</translation>
    </message>
    <message>
        <source>a time in seconds, 0 or more</source>
        <translation>以秒计的时间，不小于 0</translation>
    </message>
    <message>
        <source>a non-empty name</source>
        <translation>不为空的名字</translation>
    </message>
    <message>
        <source>a non-empty title</source>
        <translation>不为空的标题</translation>
    </message>
    <message>
        <source>a non-empty value</source>
        <translation>不为空的值</translation>
    </message>
    <message>
        <source>a list of names</source>
        <translation>一组名字</translation>
    </message>
    <message>
        <source>an ID or at least its first {count} characters</source>
        <translation>一个 ID，或至少它开头的 {count} 个字符</translation>
    </message>
    <message>
        <source>an original is missing: {item}</source>
        <translation>原件不见了：{item}</translation>
    </message>
    <message>
        <source>an original has changed size: {item} (now != when stored, in bytes: {detail})</source>
        <translation>原件的大小变了：{item}（现在 != 存入时，单位字节：{detail}）</translation>
    </message>
    <message>
        <source>an original is not as it was stored (its checksum differs): {item}</source>
        <translation>原件与存入时不一样（校验值不符）：{item}</translation>
    </message>
    <message>
        <source>an original cannot be read: {item}</source>
        <translation>原件无法读取：{item}</translation>
    </message>
    <message>
        <source>a file in media/ that no record names (left by an interrupted import): {item}</source>
        <translation>media/ 里有一个没有任何记录指向的文件（中断的导入留下的）：{item}</translation>
    </message>
    <message>
        <source>a record of a {kind} whose original is not in the catalogue: {item}</source>
        <translation>一条{kind}记录的原件不在目录中：{item}</translation>
    </message>
    <message>
        <source>a link in the catalogue points to nothing: {item} {detail}</source>
        <translation>目录里有一个指向不存在记录的链接：{item} {detail}</translation>
    </message>
    <message>
        <source>the catalogue is damaged: {detail}</source>
        <translation>目录已损坏：{detail}</translation>
    </message>
    <message>
        <source>a temporary file left by an interrupted import (safe to delete): {item}</source>
        <translation>中断的导入留下的临时文件（可以放心删除）：{item}</translation>
    </message>
    <message>
        <source>the recording of “{name}”</source>
        <translation>“{name}”的录音</translation>
    </message>
    <message>
        <source>the photo “{name}”</source>
        <translation>照片“{name}”</translation>
    </message>
    <message>
        <source>the document “{name}”</source>
        <translation>文件“{name}”</translation>
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
        <translation>导出给谁看（受知情同意约束）</translation>
    </message>
    <message>
        <source>the stories a family tells</source>
        <translation>一个家庭讲的故事</translation>
    </message>
    <message>
        <source>a collection&apos;s stories</source>
        <translation>一个合集里的故事</translation>
    </message>
    <message>
        <source>one interview (repeatable)</source>
        <translation>一个访谈（可重复）</translation>
    </message>
    <message>
        <source>replace OUT if it exists (the old one stays whole until the new one is complete)</source>
        <translation>如果 OUT 已存在就替换它（新的导出完整写好之前，旧的保持不变）</translation>
    </message>
    <message>
        <source>every interview and collection (for curator: the whole archive)</source>
        <translation>所有访谈和合集（给管理员时：整个档案）</translation>
    </message>
    <message>
        <source>export stories as an offline site or as films</source>
        <translation>把故事导出为离线网站或影片</translation>
    </message>
    <message>
        <source>an offline story site: a folder (or .zip) that opens in any browser</source>
        <translation>离线故事网站：一个任何浏览器都能打开的文件夹（或 .zip）</translation>
    </message>
    <message>
        <source>the folder (or .zip file) to create</source>
        <translation>要建立的文件夹（或 .zip 文件）</translation>
    </message>
    <message>
        <source>write one .zip file instead of a folder</source>
        <translation>写成一个 .zip 文件，而不是文件夹</translation>
    </message>
    <message>
        <source>one MP4 film per story, words burned in</source>
        <translation>每个故事一部 MP4 影片，字幕直接印在画面上</translation>
    </message>
    <message>
        <source>the folder to create</source>
        <translation>要建立的文件夹</translation>
    </message>
    <message>
        <source>the transcript tier to show (default: the first)</source>
        <translation>要显示的文字稿层（默认：第一层）</translation>
    </message>
    <message>
        <source>a second tier&apos;s line under it (e.g. English)</source>
        <translation>在下面再加一行另一层文字稿（例如 English）</translation>
    </message>
    <message>
        <source>a font with Chinese characters to use</source>
        <translation>要使用的中文字体</translation>
    </message>
    <message>
        <source>a BagIt bag: originals, transcripts, metadata, OHMS XML, Dublin Core CSV</source>
        <translation>BagIt 包：原件、文字稿、元数据、OHMS XML、都柏林核心 CSV</translation>
    </message>
    <message>
        <source>Source-Organization in bag-info.txt</source>
        <translation>bag-info.txt 里的 Source-Organization（来源机构）</translation>
    </message>
    <message>
        <source>one OHMS XML file per interview</source>
        <translation>每次访谈一个 OHMS XML 文件</translation>
    </message>
    <message>
        <source>the repository named in each file</source>
        <translation>每个文件里写的收藏机构</translation>
    </message>
    <message>
        <source>a Dublin Core CSV (UTF-8, for spreadsheets and Omeka S&apos;s CSV Import)</source>
        <translation>都柏林核心 CSV（UTF-8，给电子表格和 Omeka S 的 CSV Import）</translation>
    </message>
    <message>
        <source>the .csv file to create</source>
        <translation>要新建的 .csv 文件</translation>
    </message>
    <message>
        <source>included: {count} items</source>
        <translation>已包含：{count} 项</translation>
    </message>
    <message>
        <source>held back {id}: {reasons}</source>
        <translation>未导出 {id}：{reasons}</translation>
    </message>
    <message>
        <source>wrote the story site to {target}: {files} files, {bytes} bytes</source>
        <translation>已把故事网站写入 {target}：{files} 个文件，{bytes} 字节</translation>
    </message>
    <message>
        <source>wrote story films to {target}: {files} files, {bytes} bytes</source>
        <translation>已把故事影片写入 {target}：{files} 个文件，{bytes} 字节</translation>
    </message>
    <message>
        <source>copy the catalogue into backups/, or the whole archive to another drive</source>
        <translation>把目录复制到 backups/，或把整个档案库复制到另一个磁盘</translation>
    </message>
    <message>
        <source>copy the whole archive (catalogue and originals)</source>
        <translation>复制整个档案库（目录和原始文件）</translation>
    </message>
    <message>
        <source>with --to: re-hash the originals already there</source>
        <translation>配合 --to：重新校验备份里已有的原始文件</translation>
    </message>
    <message>
        <source>with --to: use DIR even though it holds something other than this archive&apos;s backup</source>
        <translation>配合 --to：即使 DIR 里放着别的东西（不是这个档案库的备份）也使用它</translation>
    </message>
    <message>
        <source>list the catalogue copies</source>
        <translation>列出目录的备份</translation>
    </message>
    <message>
        <source>bring a removed record back from the bin (ID), or the archive from a backup (BACKUP: shows what it brings back; --yes to do it)</source>
        <translation>从回收站恢复一条删除的记录（ID），或从备份恢复档案（BACKUP：先显示会恢复什么；加 --yes 才执行）</translation>
    </message>
    <message>
        <source>a record&apos;s ID or its first characters; or a copy from backups/ or a folder of backup --to</source>
        <translation>记录的 ID 或它的前几个字符；或 backups/ 里的一个备份，或 backup --to 做的文件夹</translation>
    </message>
    <message>
        <source>with BACKUP: restore it (without: only show)</source>
        <translation>配合 BACKUP：执行恢复（不加：只显示）</translation>
    </message>
    <message>
        <source>no catalogue copies yet</source>
        <translation>还没有目录的备份</translation>
    </message>
    <message>
        <source>catalogue copied to {path}</source>
        <translation>目录已复制到 {path}</translation>
    </message>
    <message>
        <source>backed up to {target}: {files} originals, {copied} copied ({megabytes} MB), {there} already there</source>
        <translation>已备份到 {target}：{files} 个原始文件，复制了 {copied} 个（{megabytes} MB），{there} 个原本就在</translation>
    </message>
    <message>
        <source>{count} damaged copies in the backup were replaced</source>
        <translation>备份里 {count} 个损坏的副本已替换</translation>
    </message>
    <message>
        <source>missing in the archive (see check): {path}</source>
        <translation>档案库中缺少（见 check）：{path}</translation>
    </message>
    <message>
        <source>Nothing was changed. Run again with --yes to restore it.</source>
        <translation>没有做任何改动。加上 --yes 再运行一次才会恢复。</translation>
    </message>
    <message>
        <source>Restored.</source>
        <translation>已恢复。</translation>
    </message>
    <message>
        <source>Backup taken {when}: {path}</source>
        <translation>备份时间 {when}：{path}</translation>
    </message>
    <message>
        <source>The present catalogue cannot be read; it will be kept in backups/.</source>
        <translation>现在的目录无法读取；它会保留在 backups/ 里。</translation>
    </message>
    <message>
        <source>brings back {count} ({kind}): {names}</source>
        <translation>会恢复 {count} 个（{kind}）：{names}</translation>
    </message>
    <message>
        <source>leaves out {count} added since ({kind}): {names}</source>
        <translation>不包括之后新增的 {count} 个（{kind}）：{names}</translation>
    </message>
    <message>
        <source>copies back {count} originals from the backup</source>
        <translation>从备份复制回 {count} 个原始文件</translation>
    </message>
    <message>
        <source>{count} originals it records are in neither place (check will name them)</source>
        <translation>它记录的 {count} 个原始文件两处都没有（check 会列出）</translation>
    </message>
    <message>
        <source>It holds the same records as the archive now.</source>
        <translation>它和档案库现在的记录相同。</translation>
    </message>
    <message>
        <source>wrote the bag to {target}: {files} files, {bytes} bytes</source>
        <translation>包已写到 {target}：{files} 个文件，{bytes} 字节</translation>
    </message>
    <message>
        <source>wrote OHMS XML to {target}: {files} files, {bytes} bytes</source>
        <translation>OHMS XML 已写到 {target}：{files} 个文件，{bytes} 字节</translation>
    </message>
    <message>
        <source>wrote the Dublin Core CSV to {target}: {bytes} bytes</source>
        <translation>都柏林核心 CSV 已写到 {target}：{bytes} 字节</translation>
    </message>
    <message>
        <source>merge another interviewer&apos;s bag (a folder or .zip) into this archive</source>
        <translation>把另一位采访者的包（文件夹或 .zip）合并进这个档案</translation>
    </message>
    <message>
        <source>the bag: a folder or a .zip file</source>
        <translation>包：一个文件夹或一个 .zip 文件</translation>
    </message>
    <message>
        <source>added {added}, updated {updated}, unchanged {unchanged}, conflicts {conflicts}</source>
        <translation>新增 {added}，更新 {updated}，未变 {unchanged}，冲突 {conflicts}</translation>
    </message>
    <message>
        <source>changed on both sides: {kind} {id} ({fields}); this archive&apos;s newer version is kept, the bag&apos;s is in its history</source>
        <translation>双方都改过：{kind} {id}（{fields}）；保留本档案较新的版本，包里的版本留在它的历史里</translation>
    </message>
    <message>
        <source>changed on both sides: {kind} {id} ({fields}); the bag&apos;s newer version is kept, this archive&apos;s is in its history</source>
        <translation>双方都改过：{kind} {id}（{fields}）；保留包里较新的版本，本档案的版本留在它的历史里</translation>
    </message>
    <message>
        <source>import interviews from a spreadsheet (.csv or .xlsx)</source>
        <translation>从表格（.csv 或 .xlsx）导入访谈</translation>
    </message>
    <message>
        <source>the .csv or .xlsx file</source>
        <translation>.csv 或 .xlsx 文件</translation>
    </message>
    <message>
        <source>which column holds what (title, date, place, narrator, notes, file, or ignore); corrects the guess</source>
        <translation>哪一列是什么（title、date、place、narrator、notes、file，或 ignore 不导入）；用来改正猜测</translation>
    </message>
    <message>
        <source>show what would happen, change nothing</source>
        <translation>只显示会怎样，不做任何改动</translation>
    </message>
    <message>
        <source>no title, and no file whose interview it could be</source>
        <translation>没有标题，也没有可对应到访谈的文件</translation>
    </message>
    <message>
        <source>{value} is not a date (write 2024-02-10 or 2024年2月10日)</source>
        <translation>{value} 不是日期（请写成 2024-02-10 或 2024年2月10日）</translation>
    </message>
    <message>
        <source>no file called {value} is in the archive; import it first</source>
        <translation>档案里没有名为 {value} 的文件；请先导入它</translation>
    </message>
    <message>
        <source>several files in the archive are called {value}</source>
        <translation>档案里有好几个文件都叫 {value}</translation>
    </message>
    <message>
        <source>columns: {mapping}</source>
        <translation>各列：{mapping}</translation>
    </message>
    <message>
        <source>{good} rows would be imported, {bad} skipped</source>
        <translation>将导入 {good} 行，跳过 {bad} 行</translation>
    </message>
    <message>
        <source>added {added}, updated {updated}, skipped {skipped}</source>
        <translation>新增 {added}，更新 {updated}，跳过 {skipped}</translation>
    </message>
    <message>
        <source>row {number} skipped: {errors}</source>
        <translation>跳过第 {number} 行：{errors}</translation>
    </message>
    <message>
        <source>open the desktop app straight into this family&apos;s family mode</source>
        <translation>打开桌面应用并直接进入这个家庭的家庭模式</translation>
    </message>
    <message>
        <source>only what is located in this place (a name or an id), or under it</source>
        <translation>只要位于这个地点（名称或 ID）或其下属地点的内容</translation>
    </message>
    <message>
        <source>only what this person (a name or an id) is in</source>
        <translation>只要有这个人（姓名或 ID）的内容</translation>
    </message>
    <message>
        <source>only what dates from this year</source>
        <translation>只要这一年的内容</translation>
    </message>
    <message>
        <source>only what carries this tag</source>
        <translation>只要带这个标签的内容</translation>
    </message>
    <message>
        <source>only passages this speaker says (a label, or a person&apos;s name or id)</source>
        <translation>只要这个说话人说的段落（标签，或人物的姓名或 ID）</translation>
    </message>
    <message>
        <source>only what dates from this day on (YYYY, YYYY-MM or YYYY-MM-DD)</source>
        <translation>只要从这一天起的内容（YYYY、YYYY-MM 或 YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>only what dates from up to this day (YYYY, YYYY-MM or YYYY-MM-DD)</source>
        <translation>只要到这一天为止的内容（YYYY、YYYY-MM 或 YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>only passages of transcripts of this tier</source>
        <translation>只要这个转写层的段落</translation>
    </message>
    <message>
        <source>only what is in this language</source>
        <translation>只要这种语言的内容</translation>
    </message>
    <message>
        <source>Words are all required; use &quot;quoted phrases&quot;, OR, NOT or -word, and filters place:, person:, year:, tag:, kind:, speaker:, from:, to:, tier:, language: (or the options below). A query of nothing but operators or punctuation finds nothing. In the text shown, [[ and ]] mark the words that matched.</source>
        <translation>所有词都必须出现；可以用&quot;带引号的短语&quot;、OR、NOT 或 -词，以及筛选 place:、person:、year:、tag:、kind:、speaker:、from:、to:、tier:、language:（或下面的选项）。只有运算符或标点的搜索什么也找不到。显示的文字中，[[ 和 ]] 标出匹配的词。</translation>
    </message>
    <message>
        <source>what to look for (several words: all of them)</source>
        <translation>要找什么（几个词：全部都要）</translation>
    </message>
    <message>
        <source>query</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>at most {count} nested brackets or NOTs</source>
        <translation>最多 {count} 层括号或 NOT</translation>
    </message>
    <message>
        <source>at most {count} characters</source>
        <translation>最多 {count} 个字符</translation>
    </message>
    <message>
        <source>at most {count} words</source>
        <translation>最多 {count} 个词</translation>
    </message>
    <message>
        <source>family mode: collections marked for a family, what it is shown</source>
        <translation>家庭模式：为一个家庭标记的合集，它能看到什么</translation>
    </message>
    <message>
        <source>show a collection in a family&apos;s family mode</source>
        <translation>在一个家庭的家庭模式里显示一个合集</translation>
    </message>
    <message>
        <source>stop showing a collection in family mode</source>
        <translation>不再在家庭模式里显示一个合集</translation>
    </message>
    <message>
        <source>what family mode shows a family today, and what it holds back and why</source>
        <translation>家庭模式今天给一个家庭看什么，挡下了什么，为什么</translation>
    </message>
    <message>
        <source>marked for the family</source>
        <translation>已为这个家庭标记</translation>
    </message>
    <message>
        <source>already marked for the family</source>
        <translation>早已为这个家庭标记</translation>
    </message>
    <message>
        <source>no longer marked for the family</source>
        <translation>已不再为这个家庭标记</translation>
    </message>
    <message>
        <source>was not marked for the family</source>
        <translation>本来就没有为这个家庭标记</translation>
    </message>
    <message>
        <source>{family}: {stories} stories, {photos} more photos</source>
        <translation>{family}：{stories} 个故事，另有 {photos} 张照片</translation>
    </message>
    <message>
        <source>held back:</source>
        <translation>没有显示的：</translation>
    </message>
    <message>
        <source>change fields of a record</source>
        <translation>修改一条记录的栏目</translation>
    </message>
    <message>
        <source>a field and its new value (lists separated by commas; empty: none)</source>
        <translation>一个栏目和它的新内容（列表用逗号分隔；留空表示无）</translation>
    </message>
    <message>
        <source>put a tag on a record (the tag is made if new)</source>
        <translation>给一条记录加标签（标签不存在时会新建）</translation>
    </message>
    <message>
        <source>the tag&apos;s name</source>
        <translation>标签名</translation>
    </message>
    <message>
        <source>take a tag off a record</source>
        <translation>去掉一条记录的标签</translation>
    </message>
    <message>
        <source>put interviews or photos in a collection</source>
        <translation>把访谈或照片加入合集</translation>
    </message>
    <message>
        <source>the collection</source>
        <translation>合集</translation>
    </message>
    <message>
        <source>interviews or photos</source>
        <translation>访谈或照片</translation>
    </message>
    <message>
        <source>take a record away (it waits in the bin until the bin is emptied)</source>
        <translation>删除一条记录（清空回收站之前，它会留在回收站里）</translation>
    </message>
    <message>
        <source>what was changed in a record, and when</source>
        <translation>一条记录改过什么、什么时候改的</translation>
    </message>
    <message>
        <source>undo one change from the history</source>
        <translation>撤销修改记录里的一次修改</translation>
    </message>
    <message>
        <source>the change&apos;s ID, or its first characters</source>
        <translation>修改的 ID，或它开头的几个字符</translation>
    </message>
    <message>
        <source>list the records removed and not yet purged</source>
        <translation>列出已删除、尚未清除的记录</translation>
    </message>
    <message>
        <source>empty the bin for good (or take only the records named out of it)</source>
        <translation>永久清空回收站（或只清除指定的记录）</translation>
    </message>
    <message>
        <source>records in the bin (default: all)</source>
        <translation>回收站里的记录（默认：全部）</translation>
    </message>
    <message>
        <source>(change {change})</source>
        <translation>（修改 {change}）</translation>
    </message>
    <message>
        <source>(nothing to change)</source>
        <translation>（没有要修改的）</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>已修改</translation>
    </message>
    <message>
        <source>tagged {tag}</source>
        <translation>已加标签 {tag}</translation>
    </message>
    <message>
        <source>untagged {tag}</source>
        <translation>已去掉标签 {tag}</translation>
    </message>
    <message>
        <source>collected {count}</source>
        <translation>已加入合集 {count} 项</translation>
    </message>
    <message>
        <source>removed (restore it with &apos;restore ID&apos;)</source>
        <translation>已删除（可用 &apos;restore ID&apos; 恢复）</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>已恢复</translation>
    </message>
    <message>
        <source>reverted</source>
        <translation>已撤销</translation>
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
        <translation>添加了逐字稿</translation>
    </message>
    <message>
        <source>several changes at once</source>
        <comment>history</comment>
        <translation>一次多项修改</translation>
    </message>
    <message>
        <source>passage closed</source>
        <comment>history</comment>
        <translation>不公开一段</translation>
    </message>
    <message>
        <source>passage closed again</source>
        <comment>history</comment>
        <translation>重新不公开一段</translation>
    </message>
    <message>
        <source>passage opened</source>
        <comment>history</comment>
        <translation>公开一段</translation>
    </message>
    <message>
        <source>passage deleted</source>
        <comment>history</comment>
        <translation>删除段落</translation>
    </message>
    <message>
        <source>passage inserted</source>
        <comment>history</comment>
        <translation>插入段落</translation>
    </message>
    <message>
        <source>passages joined</source>
        <comment>history</comment>
        <translation>合并段落</translation>
    </message>
    <message>
        <source>passage split</source>
        <comment>history</comment>
        <translation>拆分段落</translation>
    </message>
    <message>
        <source>speaker renamed</source>
        <comment>history</comment>
        <translation>更改说话人</translation>
    </message>
    <message>
        <source>linked</source>
        <comment>history</comment>
        <translation>建立关联</translation>
    </message>
    <message>
        <source>link taken away</source>
        <comment>history</comment>
        <translation>取消关联</translation>
    </message>
    <message>
        <source>tagged</source>
        <comment>history</comment>
        <translation>加标签</translation>
    </message>
    <message>
        <source>tag taken off</source>
        <comment>history</comment>
        <translation>去掉标签</translation>
    </message>
    <message>
        <source>changed</source>
        <comment>history</comment>
        <translation>修改</translation>
    </message>
    <message>
        <source>removed to the bin</source>
        <comment>history</comment>
        <translation>移到回收站</translation>
    </message>
    <message>
        <source>restored from the bin</source>
        <comment>history</comment>
        <translation>从回收站恢复</translation>
    </message>
    <message>
        <source>merged from a bag</source>
        <comment>history</comment>
        <translation>从数据包合并</translation>
    </message>
    <message>
        <source>person in the interview</source>
        <comment>history</comment>
        <translation>访谈中的人物</translation>
    </message>
    <message>
        <source>family member</source>
        <comment>history</comment>
        <translation>家庭成员</translation>
    </message>
    <message>
        <source>person in the photo</source>
        <comment>history</comment>
        <translation>照片里的人物</translation>
    </message>
    <message>
        <source>tag</source>
        <comment>history</comment>
        <translation>标签</translation>
    </message>
    <message>
        <source>item of a collection</source>
        <comment>history</comment>
        <translation>合集条目</translation>
    </message>
    <message>
        <source>what a consent covers</source>
        <comment>history</comment>
        <translation>同意书涵盖的条目</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>(undoes {change})</source>
        <translation>（撤销了 {change}）</translation>
    </message>
    <message>
        <source>(undone by {change})</source>
        <translation>（已被 {change} 撤销）</translation>
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
        <translation>删除</translation>
    </message>
    <message>
        <source>no changes recorded for {id}</source>
        <translation>{id} 还没有修改记录</translation>
    </message>
    <message>
        <source>the bin is empty</source>
        <translation>回收站是空的</translation>
    </message>
    <message>
        <source>purged {count} record(s) for good</source>
        <translation>已永久清除 {count} 条记录</translation>
    </message>
    <message>
        <source>the {kind} {id} cannot be removed: {what} still depend on it</source>
        <translation>{kind} {id} 不能删除：{what}还依赖它</translation>
    </message>
    <message>
        <source>change {change} cannot be reverted: {field} of {id} was changed later{later}; revert that first</source>
        <translation>修改 {change} 不能撤销：{id} 的{field}后来又改过{later}；请先撤销那次修改</translation>
    </message>
    <message>
        <source> (by change {later})</source>
        <translation>（修改 {later}）</translation>
    </message>
    <message>
        <source>{id} cannot be restored: {reason}</source>
        <translation>{id} 不能恢复：{reason}</translation>
    </message>
    <message>
        <source>consent records</source>
        <translation>知情同意记录</translation>
    </message>
    <message>
        <source>places under it</source>
        <translation>它下面的地点</translation>
    </message>
    <message>
        <source>it is in the archive</source>
        <translation>它就在档案里</translation>
    </message>
    <message>
        <source>the bin was emptied since it was removed</source>
        <translation>删除之后回收站已被清空</translation>
    </message>
    <message>
        <source>no removal of it is in the history</source>
        <translation>修改记录里没有删除它的记录</translation>
    </message>
    <message>
        <source>the change has nothing to undo</source>
        <translation>这次修改没有可撤销的内容</translation>
    </message>
    <message>
        <source>close a stretch of a recording to some audiences, at someone&apos;s request</source>
        <translation>应某人的要求，对某些观众关闭一段录音</translation>
    </message>
    <message>
        <source>the recording</source>
        <translation>录音</translation>
    </message>
    <message>
        <source>where the passage starts: 00:03:20, 3:20 or seconds</source>
        <translation>这一段从哪里开始：00:03:20、3:20 或秒数</translation>
    </message>
    <message>
        <source>where the passage ends</source>
        <translation>这一段到哪里结束</translation>
    </message>
    <message>
        <source>closed to these, comma-separated: family,research,public</source>
        <translation>对这些观众关闭，用逗号分隔：family,research,public</translation>
    </message>
    <message>
        <source>who asked for it to be closed</source>
        <translation>谁要求关闭这一段</translation>
    </message>
    <message>
        <source>the day they asked, YYYY-MM-DD (default: today)</source>
        <translation>提出要求的日期，YYYY-MM-DD（默认：今天）</translation>
    </message>
    <message>
        <source>open a closed passage again</source>
        <translation>重新开放一段已关闭的录音</translation>
    </message>
    <message>
        <source>the passage, as consent passages shows it</source>
        <translation>那一段，按 consent passages 列出的 ID</translation>
    </message>
    <message>
        <source>from this day on, YYYY-MM-DD (default: today)</source>
        <translation>从这一天起，YYYY-MM-DD（默认：今天）</translation>
    </message>
    <message>
        <source>why it may be heard now</source>
        <translation>为什么现在可以听了</translation>
    </message>
    <message>
        <source>list closed passages</source>
        <translation>列出已关闭的段落</translation>
    </message>
    <message>
        <source>only this interview&apos;s</source>
        <translation>只列这个访谈的</translation>
    </message>
    <message>
        <source>passage {id} closed: {start}-{end} of {recording}, to {audiences}</source>
        <translation>段落 {id} 已关闭：{recording} 的 {start}-{end}，对{audiences}</translation>
    </message>
    <message>
        <source>passage {id} open again from {date}</source>
        <translation>段落 {id} 自 {date} 起重新开放</translation>
    </message>
    <message>
        <source>OPEN AGAIN {date}</source>
        <translation>{date} 重新开放</translation>
    </message>
    <message>
        <source>closed since {date}</source>
        <translation>自 {date} 起关闭</translation>
    </message>
    <message>
        <source>no closed passages</source>
        <translation>没有关闭的段落</translation>
    </message>
    <message>
        <source>but not these passages: {ranges}</source>
        <translation>但以下段落除外：{ranges}</translation>
    </message>
    <message>
        <source>closed passage {id} was already opened again on {date}</source>
        <translation>关闭的段落 {id} 已于 {date} 重新开放</translation>
    </message>
    <message>
        <source>closed passage</source>
        <translation>关闭的段落</translation>
    </message>
    <message>
        <source>audiences</source>
        <translation>观众</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>a time such as 00:03:20, 3:20 or 200</source>
        <translation>一个时间，如 00:03:20、3:20 或 200</translation>
    </message>
    <message>
        <source>why the passage is closed</source>
        <translation>关闭这一段的原因</translation>
    </message>
    <message>
        <source>a time after the start</source>
        <translation>一个晚于开始的时间</translation>
    </message>
    <message>
        <source>a time before the recording&apos;s end</source>
        <translation>一个早于录音结尾的时间</translation>
    </message>
    <message>
        <source>a day on or after the day the passage was closed</source>
        <translation>不早于这一段被关闭那天的日期</translation>
    </message>
    <message>
        <source>one or more of family, research, public</source>
        <translation>family、research、public 中的一个或几个</translation>
    </message>
    <message>
        <source>inside a closed passage</source>
        <translation>在关闭的段落里</translation>
    </message>
    <message>
        <source>what a passage closed to this audience sounds like: silence (default) or a soft tone, of the same length; its words are always left out</source>
        <translation>对这类观众关闭的段落听起来是什么样：静音（默认）或同样长的轻柔提示音；其文字总是略去</translation>
    </message>
    <message>
        <source>{interview}: {count} closed passages silenced, {lines} lines left out</source>
        <translation>{interview}：{count} 个关闭的段落已消音，略去 {lines} 行文字</translation>
    </message>
    <message>
        <source>closed passages</source>
        <translation>关闭的段落</translation>
    </message>
    <message>
        <source>Start the app, open the archive (building the sample there first with --sample), import the files, search, and exit 0 if every step worked.</source>
        <translation>启动程序，打开档案库（加 --sample 时先在那里生成示例档案库），导入文件，搜索；每一步都成功时以状态 0 退出。</translation>
    </message>
    <message>
        <source>build the sample archive first</source>
        <translation>先生成示例档案库</translation>
    </message>
    <message>
        <source>a file or folder to import (repeatable)</source>
        <translation>要导入的文件或文件夹（可重复）</translation>
    </message>
    <message>
        <source>words to search for; each must find something (repeatable)</source>
        <translation>要搜索的词；每个都必须搜到结果（可重复）</translation>
    </message>
    <message>
        <source>kind</source>
        <comment>field</comment>
        <extracomment>fields whose values are codes, and the words of each code (:mod:`archive_app.core.words`)</extracomment>
        <translation>类型</translation>
    </message>
    <message>
        <source>ID</source>
        <comment>field</comment>
        <translation>编号</translation>
    </message>
    <message>
        <source>title</source>
        <comment>field</comment>
        <translation>标题</translation>
    </message>
    <message>
        <source>name</source>
        <comment>field</comment>
        <translation>名称</translation>
    </message>
    <message>
        <source>name in Latin letters</source>
        <comment>field</comment>
        <translation>拼音或拉丁字母拼写</translation>
    </message>
    <message>
        <source>other names</source>
        <comment>field</comment>
        <translation>其他称呼</translation>
    </message>
    <message>
        <source>full name</source>
        <comment>field</comment>
        <translation>全称</translation>
    </message>
    <message>
        <source>gender</source>
        <comment>field</comment>
        <translation>性别</translation>
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
        <translation>从</translation>
    </message>
    <message>
        <source>until</source>
        <comment>field</comment>
        <translation>到</translation>
    </message>
    <message>
        <source>taken</source>
        <comment>field</comment>
        <translation>拍摄时间</translation>
    </message>
    <message>
        <source>created</source>
        <comment>field</comment>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>last changed</source>
        <comment>field</comment>
        <translation>最后修改</translation>
    </message>
    <message>
        <source>language</source>
        <comment>field</comment>
        <translation>语言</translation>
    </message>
    <message>
        <source>summary</source>
        <comment>field</comment>
        <translation>摘要</translation>
    </message>
    <message>
        <source>description</source>
        <comment>field</comment>
        <translation>说明</translation>
    </message>
    <message>
        <source>notes</source>
        <comment>field</comment>
        <translation>备注</translation>
    </message>
    <message>
        <source>keywords</source>
        <comment>field</comment>
        <translation>关键词</translation>
    </message>
    <message>
        <source>caption</source>
        <comment>field</comment>
        <translation>图片说明</translation>
    </message>
    <message>
        <source>status</source>
        <comment>field</comment>
        <translation>状态</translation>
    </message>
    <message>
        <source>role</source>
        <comment>field</comment>
        <translation>角色</translation>
    </message>
    <message>
        <source>relationship</source>
        <comment>field</comment>
        <translation>关系</translation>
    </message>
    <message>
        <source>level</source>
        <comment>field</comment>
        <translation>级别</translation>
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
        <translation>地点编号</translation>
    </message>
    <message>
        <source>place</source>
        <comment>field</comment>
        <translation>地点</translation>
    </message>
    <message>
        <source>place, in full</source>
        <comment>field</comment>
        <translation>地点全称</translation>
    </message>
    <message>
        <source>home place ID</source>
        <comment>field</comment>
        <translation>家乡编号</translation>
    </message>
    <message>
        <source>home place</source>
        <comment>field</comment>
        <translation>家乡</translation>
    </message>
    <message>
        <source>home place, in full</source>
        <comment>field</comment>
        <translation>家乡全称</translation>
    </message>
    <message>
        <source>left from (place ID)</source>
        <comment>field</comment>
        <translation>出发地编号</translation>
    </message>
    <message>
        <source>left from</source>
        <comment>field</comment>
        <translation>出发地</translation>
    </message>
    <message>
        <source>left from, in full</source>
        <comment>field</comment>
        <translation>出发地全称</translation>
    </message>
    <message>
        <source>part of (place ID)</source>
        <comment>field</comment>
        <translation>上级地点编号</translation>
    </message>
    <message>
        <source>part of</source>
        <comment>field</comment>
        <translation>上级地点</translation>
    </message>
    <message>
        <source>part of, in full</source>
        <comment>field</comment>
        <translation>上级地点全称</translation>
    </message>
    <message>
        <source>part of, step by step</source>
        <comment>field</comment>
        <translation>逐级所属</translation>
    </message>
    <message>
        <source>latitude</source>
        <comment>field</comment>
        <translation>纬度</translation>
    </message>
    <message>
        <source>longitude</source>
        <comment>field</comment>
        <translation>经度</translation>
    </message>
    <message>
        <source>people</source>
        <comment>field</comment>
        <translation>人物</translation>
    </message>
    <message>
        <source>person ID</source>
        <comment>field</comment>
        <translation>人物编号</translation>
    </message>
    <message>
        <source>person</source>
        <comment>field</comment>
        <translation>人物</translation>
    </message>
    <message>
        <source>members</source>
        <comment>field</comment>
        <translation>成员</translation>
    </message>
    <message>
        <source>places in it</source>
        <comment>field</comment>
        <translation>下属地点</translation>
    </message>
    <message>
        <source>families</source>
        <comment>field</comment>
        <translation>家庭</translation>
    </message>
    <message>
        <source>times away for work</source>
        <comment>field</comment>
        <translation>外出务工经历</translation>
    </message>
    <message>
        <source>interviews</source>
        <comment>field</comment>
        <translation>访谈</translation>
    </message>
    <message>
        <source>interview ID</source>
        <comment>field</comment>
        <translation>访谈编号</translation>
    </message>
    <message>
        <source>interview</source>
        <comment>field</comment>
        <translation>访谈</translation>
    </message>
    <message>
        <source>interviews</source>
        <comment>field count</comment>
        <translation>访谈数</translation>
    </message>
    <message>
        <source>photos</source>
        <comment>field</comment>
        <translation>照片</translation>
    </message>
    <message>
        <source>photos</source>
        <comment>field count</comment>
        <translation>照片数</translation>
    </message>
    <message>
        <source>people</source>
        <comment>field count</comment>
        <translation>人数</translation>
    </message>
    <message>
        <source>items</source>
        <comment>field count</comment>
        <translation>条目数</translation>
    </message>
    <message>
        <source>items</source>
        <comment>field</comment>
        <translation>条目</translation>
    </message>
    <message>
        <source>item ID</source>
        <comment>field</comment>
        <translation>条目编号</translation>
    </message>
    <message>
        <source>item kind</source>
        <comment>field</comment>
        <translation>条目类型</translation>
    </message>
    <message>
        <source>family ID</source>
        <comment>field</comment>
        <translation>家庭编号</translation>
    </message>
    <message>
        <source>photo ID</source>
        <comment>field</comment>
        <translation>照片编号</translation>
    </message>
    <message>
        <source>tag ID</source>
        <comment>field</comment>
        <translation>标签编号</translation>
    </message>
    <message>
        <source>collection ID</source>
        <comment>field</comment>
        <translation>合集编号</translation>
    </message>
    <message>
        <source>consent ID</source>
        <comment>field</comment>
        <translation>同意记录编号</translation>
    </message>
    <message>
        <source>documents</source>
        <comment>field</comment>
        <translation>文件</translation>
    </message>
    <message>
        <source>document type</source>
        <comment>field</comment>
        <translation>文件类型</translation>
    </message>
    <message>
        <source>recordings</source>
        <comment>field</comment>
        <translation>录音</translation>
    </message>
    <message>
        <source>transcripts</source>
        <comment>field</comment>
        <translation>逐字稿</translation>
    </message>
    <message>
        <source>transcript ID</source>
        <comment>field</comment>
        <translation>逐字稿编号</translation>
    </message>
    <message>
        <source>passages</source>
        <comment>field</comment>
        <translation>段落</translation>
    </message>
    <message>
        <source>passages</source>
        <comment>field count</comment>
        <translation>段落数</translation>
    </message>
    <message>
        <source>chapters</source>
        <comment>field</comment>
        <translation>章节</translation>
    </message>
    <message>
        <source>collections</source>
        <comment>field</comment>
        <translation>合集</translation>
    </message>
    <message>
        <source>tags</source>
        <comment>field</comment>
        <translation>标签</translation>
    </message>
    <message>
        <source>tagged records</source>
        <comment>field</comment>
        <translation>带此标签的记录</translation>
    </message>
    <message>
        <source>speaker</source>
        <comment>field</comment>
        <translation>说话人</translation>
    </message>
    <message>
        <source>words</source>
        <comment>field</comment>
        <translation>内容</translation>
    </message>
    <message>
        <source>tier</source>
        <comment>field</comment>
        <translation>转写层</translation>
    </message>
    <message>
        <source>position</source>
        <comment>field</comment>
        <translation>顺序</translation>
    </message>
    <message>
        <source>starts at</source>
        <comment>field</comment>
        <translation>开始于</translation>
    </message>
    <message>
        <source>ends at</source>
        <comment>field</comment>
        <translation>结束于</translation>
    </message>
    <message>
        <source>length</source>
        <comment>field</comment>
        <translation>时长</translation>
    </message>
    <message>
        <source>original file name</source>
        <comment>field</comment>
        <translation>原始文件名</translation>
    </message>
    <message>
        <source>stored as</source>
        <comment>field</comment>
        <translation>存储位置</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <comment>field</comment>
        <translation>SHA-256 校验值</translation>
    </message>
    <message>
        <source>size in bytes</source>
        <comment>field</comment>
        <translation>大小（字节）</translation>
    </message>
    <message>
        <source>format</source>
        <comment>field</comment>
        <translation>格式</translation>
    </message>
    <message>
        <source>media type</source>
        <comment>field</comment>
        <translation>媒体类型</translation>
    </message>
    <message>
        <source>read from (format)</source>
        <comment>field</comment>
        <translation>来源格式</translation>
    </message>
    <message>
        <source>read from (encoding)</source>
        <comment>field</comment>
        <translation>来源编码</translation>
    </message>
    <message>
        <source>sample rate (Hz)</source>
        <comment>field</comment>
        <translation>采样率（赫兹）</translation>
    </message>
    <message>
        <source>channels</source>
        <comment>field</comment>
        <translation>声道数</translation>
    </message>
    <message>
        <source>width</source>
        <comment>field</comment>
        <translation>宽度</translation>
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
        <translation>相机</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Hometown Voices</source>
        <translation>乡音</translation>
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
        <translation>从档案中删除的记录会连同它的关联留在这里，直到回收站被清空。“恢复”会把它原样放回；“撤销”会再把它拿走。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>删除时间</translation>
    </message>
    <message>
        <source>The bin is empty.</source>
        <translation>回收站是空的。</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Put the chosen record back with its links</source>
        <translation>把选中的记录连同它的关联放回档案</translation>
    </message>
    <message>
        <source>Restore %1</source>
        <translation>恢复%1</translation>
    </message>
</context>
<context>
    <name>ChapterDialog</name>
    <message>
        <source>Chapter</source>
        <translation>章节</translation>
    </message>
    <message>
        <source>separated by 、 or ,</source>
        <translation>用 、 或 , 分隔</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation>开始于</translation>
    </message>
    <message>
        <source>Synopsis</source>
        <translation>内容提要</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>关键词</translation>
    </message>
    <message>
        <source>A chapter needs a title.</source>
        <translation>章节需要一个标题。</translation>
    </message>
    <message>
        <source>Write the start as 1:23 or 1:02:03.</source>
        <translation>开始时间请写成 1:23 或 1:02:03。</translation>
    </message>
</context>
<context>
    <name>ChaptersPane</name>
    <message>
        <source>Chapters</source>
        <extracomment>the chapters shown changed: [(start, title)] for the seek bar</extracomment>
        <translation>章节</translation>
    </message>
    <message>
        <source>New chapter at the playhead</source>
        <translation>在播放位置新建章节</translation>
    </message>
    <message>
        <source>Edit the chapter</source>
        <translation>编辑章节</translation>
    </message>
    <message>
        <source>Remove the chapter</source>
        <translation>删除章节</translation>
    </message>
    <message>
        <source>No chapters yet. Press + where a new part of the story begins.</source>
        <translation>还没有章节。在故事新的一段开始处按 +。</translation>
    </message>
    <message>
        <source>Add Chapter</source>
        <translation>添加章节</translation>
    </message>
    <message>
        <source>Edit Chapter</source>
        <translation>编辑章节</translation>
    </message>
    <message>
        <source>Remove Chapter</source>
        <translation>删除章节</translation>
    </message>
</context>
<context>
    <name>CollectionView</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>简介</translation>
    </message>
    <message>
        <source>In this collection: %1.</source>
        <translation>此合集中有：%1。</translation>
    </message>
    <message>
        <source>Nothing in this collection yet.</source>
        <translation>此合集中还没有内容。</translation>
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
        <translation>标题</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Narrators</source>
        <translation>讲述人</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Open to</source>
        <translation>开放给</translation>
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
        <translation>家乡</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>家庭</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>访谈</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>家庭成员</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>拍摄日期</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>所属访谈</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人物</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
</context>
<context>
    <name>Consent</name>
    <message>
        <source>Things to do about consent: %1</source>
        <extracomment>kinds of change after which the due list may differ</extracomment>
        <translation>知情同意待办事项：%1</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>知情同意</translation>
    </message>
    <message>
        <source>Open an interview, a photo or a person first, then record their consent.</source>
        <translation>请先打开一次访谈、一张照片或一个人物，再登记同意。</translation>
    </message>
    <message>
        <source>Record Consent…</source>
        <translation>登记同意…</translation>
    </message>
    <message>
        <source>Consent Due</source>
        <translation>待办同意事项</translation>
    </message>
</context>
<context>
    <name>ConsentBadges</name>
    <message>
        <source>Curators only</source>
        <extracomment>the audiences a consent can open an item to, narrowest first kinds of change that can open or close items (people: links, birth dates; consents) the answers changed: views showing badges should redraw</extracomment>
        <translation>仅限管理员</translation>
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
        <translation>登记同意</translation>
    </message>
    <message>
        <source>Someone else…</source>
        <translation>其他人…</translation>
    </message>
    <message>
        <source>Whose consent</source>
        <translation>谁的同意</translation>
    </message>
    <message>
        <source>Signed or given on</source>
        <translation>签署或表示同意的日期</translation>
    </message>
    <message>
        <source>The person themself</source>
        <translation>本人</translation>
    </message>
    <message>
        <source>A guardian, for a child</source>
        <translation>监护人（代孩子）</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>同意人</translation>
    </message>
    <message>
        <source>the guardian&apos;s name</source>
        <translation>监护人姓名</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>监护人</translation>
    </message>
    <message>
        <source>Guardian is the child&apos;s</source>
        <translation>监护人是孩子的</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>未记录</translation>
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
        <translation>孩子本人的意愿</translation>
    </message>
    <message>
        <source>May be seen by</source>
        <translation>可以查看的人</translation>
    </message>
    <message>
        <source>Everything they appear in</source>
        <translation>其出现的全部内容</translation>
    </message>
    <message>
        <source>Only “%1”</source>
        <translation>仅限“%1”</translation>
    </message>
    <message>
        <source>Covers</source>
        <translation>适用范围</translation>
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
        <translation>留空则显示真实姓名</translation>
    </message>
    <message>
        <source>Show under the name</source>
        <translation>使用化名</translation>
    </message>
    <message>
        <source>Their face may be shown</source>
        <translation>可以显示其面容</translation>
    </message>
    <message>
        <source>No signed form attached</source>
        <translation>未附签字同意书</translation>
    </message>
    <message>
        <source>Signed form</source>
        <translation>签字同意书</translation>
    </message>
    <message>
        <source>To attach a new scan, drop it on the interview first; a file named with “consent” or “同意” is kept as a document.</source>
        <translation>要附上新的扫描件，请先把它拖到这次访谈上；文件名含“consent”或“同意”的文件会作为文档保存。</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Whose consent is it?</source>
        <translation>这是谁的同意？</translation>
    </message>
    <message>
        <source>Choose whose consent this is.</source>
        <translation>请选择这是谁的同意。</translation>
    </message>
    <message>
        <source>Write the guardian&apos;s name.</source>
        <translation>请填写监护人姓名。</translation>
    </message>
</context>
<context>
    <name>ConsentDuePane</name>
    <message>
        <source>What is still owed to the people in the archive.</source>
        <translation>对档案中的人还有哪些事要做。</translation>
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
        <translation>需续签：未成年时给出的同意，现已年满18岁</translation>
    </message>
    <message>
        <source>Turned 18 on %1: ask them to consent for themselves.</source>
        <translation>于%1年满18岁：请本人重新表示同意。</translation>
    </message>
    <message>
        <source>Signed form missing</source>
        <translation>缺少签字同意书</translation>
    </message>
    <message>
        <source>Consent given on %1: no signed form or recorded agreement yet.</source>
        <translation>%1给出的同意：还没有签字同意书或录音同意。</translation>
    </message>
    <message>
        <source>Birth date unknown</source>
        <translation>出生日期不详</translation>
    </message>
    <message>
        <source>Check their age: a child needs a guardian&apos;s consent.</source>
        <translation>请核实年龄：未成年人需要监护人同意。</translation>
    </message>
</context>
<context>
    <name>ConsentPanel</name>
    <message>
        <source>guardian: %1</source>
        <translation>监护人：%1</translation>
    </message>
    <message>
        <source>nobody outside the archive</source>
        <translation>档案库以外的人都不能查看</translation>
    </message>
    <message>
        <source>withdrawn %1</source>
        <translation>已于%1撤回</translation>
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
        <translation>这里没有可以撤回的有效同意。</translation>
    </message>
    <message>
        <source>Open to:</source>
        <translation>开放给：</translation>
    </message>
    <message>
        <source>Record consent…</source>
        <translation>登记同意…</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>撤回…</translation>
    </message>
    <message>
        <source>Open to %1</source>
        <translation>对%1开放</translation>
    </message>
    <message>
        <source>Closed to %1</source>
        <translation>不对%1开放</translation>
    </message>
    <message>
        <source>Not open to %1: %2</source>
        <translation>不对%1开放：%2</translation>
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
        <translation>%1尚未登记同意。</translation>
    </message>
    <message>
        <source>%1 gave consent only from %2 on.</source>
        <translation>%1从%2起才表示同意。</translation>
    </message>
    <message>
        <source>%1&apos;s consent does not cover this item.</source>
        <translation>%1的同意不包括这项内容。</translation>
    </message>
    <message>
        <source>%1 withdrew consent on %2.</source>
        <translation>%1已于%2撤回同意。</translation>
    </message>
    <message>
        <source>%1 asked that it stay closed until %2.</source>
        <translation>%1要求封存至%2。</translation>
    </message>
    <message>
        <source>%1 turned 18 on %2 and has not yet renewed the consent given as a child.</source>
        <translation>%1已于%2年满18岁，尚未续签未成年时给出的同意。</translation>
    </message>
    <message>
        <source>%1 was a child when recorded, and no guardian&apos;s consent is recorded.</source>
        <translation>记录时%1是未成年人，但没有登记监护人的同意。</translation>
    </message>
    <message>
        <source>%1 was a child when recorded, and the child&apos;s own agreement is not recorded.</source>
        <translation>记录时%1是未成年人，但没有记录孩子本人的意愿。</translation>
    </message>
    <message>
        <source>Nobody is linked to this item yet: link the narrator and record their consent.</source>
        <translation>这项内容还没有关联任何人：请关联讲述人并登记其同意。</translation>
    </message>
    <message>
        <source>%1&apos;s consent opens it to nobody outside the archive.</source>
        <translation>%1的同意不对档案库以外的任何人开放。</translation>
    </message>
    <message>
        <source>%1 agreed only to: %2.</source>
        <translation>%1只同意开放给：%2。</translation>
    </message>
    <message>
        <source>%1 asked on %2 that a passage of it (%3) be kept private.</source>
        <translation>%1 于 %2 要求其中一段（%3）不公开。</translation>
    </message>
</context>
<context>
    <name>DetailArea</name>
    <message>
        <source>Pick something in the list to see it here.</source>
        <extracomment>a place page asked for a list narrowed to it: (kind, Scope)</extracomment>
        <translation>在列表中选择一项，就会在这里显示。</translation>
    </message>
</context>
<context>
    <name>DetailView</name>
    <message>
        <source>This item is no longer in the archive.</source>
        <extracomment>the person asked to open another record: (kind, id) a plain sentence to show in the status bar the page now shows this record (after every reload): panels added later follow it</extracomment>
        <translation>这项内容已不在档案库中。</translation>
    </message>
    <message>
        <source>Add Tag</source>
        <translation>添加标签</translation>
    </message>
    <message>
        <source>Remove Tag</source>
        <translation>移除标签</translation>
    </message>
    <message>
        <source>History</source>
        <extracomment>the record&apos;s changes, newest first, with a button to put a value back</extracomment>
        <translation>修改记录</translation>
    </message>
    <message>
        <source>There is no other collection yet: make one first.</source>
        <translation>还没有别的合集：请先新建一个。</translation>
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
        <translation>标题</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Open the file</source>
        <translation>打开文件</translation>
    </message>
    <message>
        <source>From the interview %1</source>
        <translation>来自访谈 %1</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>title</source>
        <translation>标题</translation>
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
        <translation>离家日期</translation>
    </message>
    <message>
        <source>date of coming home</source>
        <translation>回家日期</translation>
    </message>
    <message>
        <source>date taken</source>
        <translation>拍摄日期</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>city</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>place above</source>
        <translation>上级地点</translation>
    </message>
    <message>
        <source>record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>The program that had this archive open has ended, but a process it started still holds it (%1). Restart the computer, or end that process, then try again.</source>
        <translation>之前打开这个档案库的程序已经结束，但它启动的进程（%1）仍占用着档案库。请重启电脑或结束那个进程，然后再试一次。</translation>
    </message>
    <message>
        <source>This archive is open in another window or by another program. Close it there first; until then it can only be read here.</source>
        <translation>这个档案库已在另一个窗口或程序中打开。请先在那里关闭它；在此之前，这里只能查看。</translation>
    </message>
    <message>
        <source>The catalogue of this archive (archive.sqlite) is damaged or missing, so it cannot be opened. Nothing was changed. Restore a backup with “archive-app restore”; the newest one is %1.</source>
        <translation>这个档案库的目录（archive.sqlite）已损坏或丢失，无法打开。没有做任何改动。请用“archive-app restore”恢复备份；最新的备份是 %1。</translation>
    </message>
    <message>
        <source>on your backup drive</source>
        <translation>在你的备份磁盘上</translation>
    </message>
    <message>
        <source>Something in the archive folder is in the way: %1 should be a folder or a file but is not. Move it out of the archive folder and try again.</source>
        <translation>档案库文件夹里有东西挡住了：%1 应该是文件夹或文件，但不是。请把它移出档案库文件夹，然后再试一次。</translation>
    </message>
    <message>
        <source>The disk that holds the archive is full. Nothing half-written was kept; what was saved before stays. Free some space, then try again.</source>
        <translation>存放档案库的磁盘已满。没有留下写了一半的内容；之前保存的都还在。请腾出一些空间，然后再试一次。</translation>
    </message>
    <message>
        <source>The disk that holds the archive refused to save (%1). Nothing half-written was kept.</source>
        <translation>存放档案库的磁盘拒绝保存（%1）。没有留下写了一半的内容。</translation>
    </message>
    <message>
        <source>Nothing may be saved inside the archive folder. Choose a place outside it.</source>
        <translation>不能把任何东西保存在档案库文件夹里。请选择档案库以外的位置。</translation>
    </message>
    <message>
        <source>%1 exists already and was not replaced.</source>
        <translation>%1 已经存在，没有被替换。</translation>
    </message>
    <message>
        <source>%1 cannot be written there. Choose another place.</source>
        <translation>无法在那里写入 %1。请选择其他位置。</translation>
    </message>
    <message>
        <source>%1 is not a backup that can be restored. Nothing was changed.</source>
        <translation>%1 不是可以恢复的备份。没有做任何改动。</translation>
    </message>
    <message>
        <source>The folder %1 is not an archive. Choose another folder, or create a new archive.</source>
        <translation>文件夹 %1 不是档案库。请选择其他文件夹，或新建一个档案库。</translation>
    </message>
    <message>
        <source>There is already an archive in %1.</source>
        <translation>%1 中已经有一个档案库。</translation>
    </message>
    <message>
        <source>This archive was saved by a newer version of Hometown Voices. Please update the app to open it.</source>
        <translation>这个档案库由更新版本的乡音保存。请更新应用后再打开。</translation>
    </message>
    <message>
        <source>This archive could not be brought up to this version of Hometown Voices: step %1 would have lost the link between some records. The archive was left exactly as it was. Please keep it as it is and tell the app&apos;s makers.</source>
        <translation>无法把这个档案库升级到这一版乡音：第 %1 步会断开一些记录之间的关联。档案库完全保持原样。请不要改动它，并告诉乡音的开发者。</translation>
    </message>
    <message>
        <source>This item is no longer in the archive. It may have been removed.</source>
        <translation>这项内容已不在档案库中，可能已被移除。</translation>
    </message>
    <message>
        <source>The %1 “%2” is not a date. Write it as 2024, 2024-02 or 2024-02-10.</source>
        <translation>%1“%2”不是有效日期。请写成 2024、2024-02 或 2024-02-10。</translation>
    </message>
    <message>
        <source>This cannot be taken away because other items still refer to it.</source>
        <translation>还有其他内容引用它，所以不能移除。</translation>
    </message>
    <message>
        <source>A place cannot be put under one of its own places.</source>
        <translation>一个地点不能放到它自己的下辖地点之下。</translation>
    </message>
    <message>
        <source>The %1 cannot be empty.</source>
        <translation>%1不能为空。</translation>
    </message>
    <message>
        <source>The %1 “%2” cannot be used here.</source>
        <translation>%1“%2”不能用在这里。</translation>
    </message>
    <message>
        <source>This archive is open read-only, so nothing was changed.</source>
        <translation>此档案库以只读方式打开，没有做任何更改。</translation>
    </message>
    <message>
        <source>The file %1 could not be imported.</source>
        <translation>文件 %1 无法导入。</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>已停止。</translation>
    </message>
    <message>
        <source>%1 is inside the archive folder. Choose a place outside it.</source>
        <translation>%1 在档案文件夹里面。请选择档案文件夹以外的位置。</translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new name; nothing was replaced.</source>
        <translation>%1 已经存在。请换一个名字；没有替换任何东西。</translation>
    </message>
    <message>
        <source>The original %1 no longer matches its checksum: it is damaged. Run the archive check and restore it from a backup. Nothing was exported.</source>
        <translation>原件 %1 与它的校验值不再相符：文件已损坏。请运行档案检查，并从备份中恢复它。没有导出任何内容。</translation>
    </message>
    <message>
        <source>No font with Chinese characters was found for the films&apos; words. Install one (such as WenQuanYi Micro Hei or Noto Sans CJK) and try again.</source>
        <translation>找不到带中文字的字体，影片里的字幕无法显示。请安装一种（例如文泉驿微米黑或思源黑体）后再试。</translation>
    </message>
    <message>
        <source>The recording %1 could not be read; nothing was exported.</source>
        <translation>无法读取录音 %1；没有导出任何东西。</translation>
    </message>
    <message>
        <source>The archive is busy. Please try again in a moment.</source>
        <translation>档案库正忙，请稍后再试。</translation>
    </message>
    <message>
        <source>The file or folder could not be read or written (%1).</source>
        <translation>无法读取或写入该文件或文件夹（%1）。</translation>
    </message>
    <message>
        <source>Something went wrong and nothing was changed. If it happens again, please tell whoever looks after this computer.</source>
        <translation>出了点问题，没有做任何更改。如果再次发生，请告诉负责这台电脑的人。</translation>
    </message>
    <message>
        <source>name in Latin letters</source>
        <translation>拼音或拉丁字母姓名</translation>
    </message>
    <message>
        <source>other names</source>
        <translation>别名</translation>
    </message>
    <message>
        <source>gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>home</source>
        <translation>家乡</translation>
    </message>
    <message>
        <source>place left</source>
        <translation>离开的地方</translation>
    </message>
    <message>
        <source>language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>keywords</source>
        <translation>关键词</translation>
    </message>
    <message>
        <source>caption</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>description</source>
        <translation>简介</translation>
    </message>
    <message>
        <source>level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>work</source>
        <translation>工作</translation>
    </message>
    <message>
        <source>interview</source>
        <translation>访谈</translation>
    </message>
    <message>
        <source>kind of document</source>
        <translation>文件类型</translation>
    </message>
    <message>
        <source>tier</source>
        <translation>转写层</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>words</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>speaker</source>
        <translation>说话人</translation>
    </message>
    <message>
        <source>start</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>end</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <source>synopsis</source>
        <translation>内容提要</translation>
    </message>
    <message>
        <source>latitude</source>
        <translation>纬度</translation>
    </message>
    <message>
        <source>longitude</source>
        <translation>经度</translation>
    </message>
    <message>
        <source>This cannot be removed while a consent record names it. Consent records are kept for good: withdraw the consent instead.</source>
        <translation>还有知情同意记录写着这一项，所以不能删除。同意记录会永久保存：请改为撤回同意。</translation>
    </message>
    <message>
        <source>This cannot be removed while other items depend on it.</source>
        <translation>还有其他条目依赖这一项，所以不能删除。</translation>
    </message>
    <message>
        <source>This change cannot be undone on its own: the %1 was changed again later. Undo the later change first.</source>
        <translation>这次修改不能单独撤销：%1后来又改过。请先撤销后来的那次修改。</translation>
    </message>
    <message>
        <source>This is already in the archive.</source>
        <translation>这一项已经在档案里了。</translation>
    </message>
    <message>
        <source>This can no longer be put back: the bin was emptied since.</source>
        <translation>已经无法恢复：回收站在那之后被清空了。</translation>
    </message>
    <message>
        <source>This cannot be removed while a passage of it is kept private at someone&apos;s request. Such records are kept for good: open the passage again instead.</source>
        <translation>有一段应某人的要求不公开，所以不能删除。这类记录会一直保留：请改为重新公开那一段。</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Replace the file?</source>
        <translation>替换这个文件吗？</translation>
    </message>
    <message>
        <source>%1 exists already. Replace it with this export?</source>
        <translation>%1 已经存在。要用这次导出的内容替换它吗？</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>替换</translation>
    </message>
    <message>
        <source>Keep the old file</source>
        <translation>保留原来的文件</translation>
    </message>
    <message>
        <source>Someone in this photo asked that their face not be shown.</source>
        <translation>照片里有人要求不显示自己的脸。</translation>
    </message>
    <message>
        <source>This photo&apos;s story is not part of the export.</source>
        <translation>这张照片所属的故事不在这次导出之中。</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export stories</source>
        <translation>导出故事</translation>
    </message>
    <message>
        <source>Story site (a folder that opens in any browser)</source>
        <translation>故事网站（一个文件夹，任何浏览器都能打开）</translation>
    </message>
    <message>
        <source>Story site as one .zip file</source>
        <translation>故事网站，打包成一个 .zip 文件</translation>
    </message>
    <message>
        <source>Story films (one MP4 per story)</source>
        <translation>故事影片（每个故事一个 MP4）</translation>
    </message>
    <message>
        <source>BagIt bag for an archive (a folder)</source>
        <translation>交给档案馆的 BagIt 包（一个文件夹）</translation>
    </message>
    <message>
        <source>BagIt bag as one .zip file</source>
        <translation>BagIt 包，打成一个 .zip 文件</translation>
    </message>
    <message>
        <source>OHMS XML for the OHMS viewer and Aviary (one file per interview)</source>
        <translation>给 OHMS 浏览器和 Aviary 的 OHMS XML（每次访谈一个文件）</translation>
    </message>
    <message>
        <source>Dublin Core spreadsheet (.csv for Excel and Omeka S)</source>
        <translation>都柏林核心元数据表格（.csv，可用 Excel 和 Omeka S 打开）</translation>
    </message>
    <message>
        <source>Export as</source>
        <translation>导出为</translation>
    </message>
    <message>
        <source>For</source>
        <translation>给谁看</translation>
    </message>
    <message>
        <source>Second line in films</source>
        <translation>影片字幕第二行</translation>
    </message>
    <message>
        <source>Where to write it (outside the archive folder)</source>
        <translation>保存到哪里（档案文件夹以外）</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Save to</source>
        <translation>保存到</translation>
    </message>
    <message>
        <source>Everything in the archive (for curators: every record, for the next team)</source>
        <translation>档案里的全部内容（给管理员：所有记录，交给下一个团队）</translation>
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
        <translation>访谈</translation>
    </message>
    <message>
        <source>Pick a family, a collection or some interviews.</source>
        <translation>请选择一个家庭、一个合集或几个访谈。</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Save the export as</source>
        <translation>导出保存为</translation>
    </message>
    <message>
        <source>New folder for the export</source>
        <translation>导出用的新文件夹</translation>
    </message>
    <message>
        <source>Asking the consent records…</source>
        <translation>正在查看同意书记录…</translation>
    </message>
    <message>
        <source>Goes out: %1 stories with %2 photos. Held back: %3.</source>
        <translation>将导出：%1 个故事，%2 张照片。不导出：%3 项。</translation>
    </message>
    <message>
        <source>None</source>
        <translation>不显示</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Written to %1: %2 files, %3 MB.</source>
        <translation>已写入 %1：%2 个文件，%3 MB。</translation>
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
        <translation>档案里还没有家庭，请先添加一个。</translation>
    </message>
    <message>
        <source>Which family will use the computer?</source>
        <translation>哪一家要用这台电脑？</translation>
    </message>
    <message>
        <source>This archive has no family %1.</source>
        <translation>这个档案里没有家庭 %1。</translation>
    </message>
</context>
<context>
    <name>FamilyModePanel</name>
    <message>
        <source>Open Family Mode</source>
        <translation>打开家庭模式</translation>
    </message>
    <message>
        <source>What is held back?</source>
        <translation>哪些没有显示？</translation>
    </message>
    <message>
        <source>Show a second line under the words (another transcript tier)</source>
        <translation>在文字下面再显示一行（另一层转写）</translation>
    </message>
    <message>
        <source>Collections also shown to this family:</source>
        <translation>也给这家人看的合集：</translation>
    </message>
    <message>
        <source>Show a collection…</source>
        <translation>显示一个合集…</translation>
    </message>
    <message>
        <source>Stop showing it</source>
        <translation>不再显示</translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>还没有。</translation>
    </message>
    <message>
        <source>Family mode shows %1 stories and %2 photos; %3 items are held back.</source>
        <translation>家庭模式显示 %1 个故事、%2 张照片；%3 项没有显示。</translation>
    </message>
    <message>
        <source>Every collection is shown to this family already.</source>
        <translation>所有合集都已经给这家人看了。</translation>
    </message>
    <message>
        <source>Show a collection</source>
        <translation>显示一个合集</translation>
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
        <translation>每次启动都进入家庭模式（上次显示的家庭）</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>已设置</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>更改…</translation>
    </message>
    <message>
        <source>Not set yet</source>
        <translation>还没有设置</translation>
    </message>
    <message>
        <source>Set…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <source>Show a quiet card for as long as it lasts</source>
        <translation>显示一张安静的卡片，直到这一段过去</translation>
    </message>
    <message>
        <source>Jump over it</source>
        <translation>直接跳过</translation>
    </message>
    <message>
        <source>A part of a story kept private</source>
        <translation>故事里不公开的一段</translation>
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
        <translation>家乡</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Add a member…</source>
        <translation>添加家庭成员…</translation>
    </message>
    <message>
        <source>Remove from family</source>
        <translation>移出家庭</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>家庭成员</translation>
    </message>
    <message>
        <source>Away from home</source>
        <translation>离家在外</translation>
    </message>
    <message>
        <source>No members yet.</source>
        <translation>还没有家庭成员。</translation>
    </message>
    <message>
        <source>Add a family member</source>
        <translation>添加家庭成员</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>关系</translation>
    </message>
    <message>
        <source>Add Family Member</source>
        <translation>添加家庭成员</translation>
    </message>
    <message>
        <source>Remove Family Member</source>
        <translation>移除家庭成员</translation>
    </message>
</context>
<context>
    <name>FamilyWindow</name>
    <message>
        <source>Home</source>
        <extracomment>the curator gave the passphrase: family mode may end</extracomment>
        <translation>回首页</translation>
    </message>
    <message>
        <source>Where are Mum and Dad?</source>
        <translation>爸爸妈妈在哪儿？</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Our photos</source>
        <translation>我们的照片</translation>
    </message>
    <message>
        <source>Only the interviewer can leave family mode. Type the passphrase.</source>
        <translation>只有采访的老师才能退出家庭模式。请输入口令。</translation>
    </message>
    <message>
        <source>The reasons are for the interviewer. Type the passphrase to see them.</source>
        <translation>原因只给采访的老师看。请输入口令查看。</translation>
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
        <translation>爷爷</translation>
    </message>
    <message>
        <source>Mum</source>
        <translation>妈妈</translation>
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
        <translation>兄弟姐妹</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>监护人</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>亲人</translation>
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
        <translation>在此文字稿中查找</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>替换为</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上一个</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一个</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>替换</translation>
    </message>
    <message>
        <source>Replace all</source>
        <translation>全部替换</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>第 %1 个，共 %2 个</translation>
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
        <translation>照片里有人不愿意露脸。</translation>
    </message>
</context>
<context>
    <name>HeldBackDialog</name>
    <message>
        <source>Not shown to the family</source>
        <translation>没有给这家人看的</translation>
    </message>
    <message>
        <source>The consent records keep these from %1 for now:</source>
        <translation>根据同意书，这些暂时不给%1看：</translation>
    </message>
    <message>
        <source>Nothing is held back: the family has no stories yet.</source>
        <translation>没有被挡下的：这家人还没有故事。</translation>
    </message>
</context>
<context>
    <name>HeldItems</name>
    <message numerus="yes">
        <source>%n interview(s)</source>
        <translation>
            <numerusform>%n 次访谈</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n 张照片</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>When</source>
        <extracomment>how many changes a page lists (the command line&apos;s ``history`` gives them all) what names a record of each kind in a sentence</extracomment>
        <translation>时间</translation>
    </message>
    <message>
        <source>What</source>
        <translation>改了什么</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>修改后</translation>
    </message>
    <message>
        <source>No changes recorded yet.</source>
        <translation>还没有修改记录。</translation>
    </message>
    <message>
        <source>Put this back</source>
        <translation>恢复这一项</translation>
    </message>
    <message>
        <source>Give the field its value from before this change, or make the link again</source>
        <translation>把这一栏恢复成这次修改之前的内容，或者重新建立这个关联</translation>
    </message>
    <message>
        <source>Undone: </source>
        <translation>撤销：</translation>
    </message>
    <message>
        <source>Linked</source>
        <translation>建立关联</translation>
    </message>
    <message>
        <source>Link taken away</source>
        <translation>取消关联</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Put Back %1</source>
        <translation>恢复%1</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Our family</source>
        <extracomment>called when the tile takes the keyboard focus (to scroll it into view)</extracomment>
        <translation>我们一家</translation>
    </message>
    <message>
        <source>Our stories</source>
        <translation>我们的故事</translation>
    </message>
    <message>
        <source>There are no stories to listen to here yet. When the interviewer comes again, they will bring more.</source>
        <translation>这里还没有可以听的故事。采访的老师下次来的时候，会带来更多。</translation>
    </message>
    <message>
        <source>Why? (for the interviewer)</source>
        <translation>为什么？（给采访的老师看）</translation>
    </message>
    <message>
        <source>Our photos</source>
        <translation>我们的照片</translation>
    </message>
</context>
<context>
    <name>HotkeyHelp</name>
    <message>
        <source>Hotkeys</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>恢复默认</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Jump by</source>
        <translation>跳转幅度</translation>
    </message>
    <message>
        <source>Hear again on resuming</source>
        <translation>继续播放时重听</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>%1 is already used for “%2”. Choose another key.</source>
        <translation>%1 已用于“%2”。请换一个键。</translation>
    </message>
</context>
<context>
    <name>Hotkeys</name>
    <message>
        <source>Play or pause (on resuming, the last moment is heard again)</source>
        <extracomment>every hotkey, in the order the help panel lists them</extracomment>
        <translation>播放或暂停（继续播放时会重听刚才的一小段）</translation>
    </message>
    <message>
        <source>Jump back</source>
        <translation>后退</translation>
    </message>
    <message>
        <source>Jump forward</source>
        <translation>前进</translation>
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
        <translation>插入时间戳：本段从此刻开始，然后转到下一段</translation>
    </message>
    <message>
        <source>Split the passage at the cursor, at the playhead</source>
        <translation>在光标处拆分段落，分界时间取播放位置</translation>
    </message>
    <message>
        <source>Merge with the next passage</source>
        <translation>与下一段合并</translation>
    </message>
    <message>
        <source>Next speaker</source>
        <translation>下一位说话人</translation>
    </message>
    <message>
        <source>New chapter here</source>
        <translation>在此新建章节</translation>
    </message>
    <message>
        <source>Find and replace</source>
        <translation>查找和替换</translation>
    </message>
    <message>
        <source>Show or hide these hotkeys</source>
        <translation>显示或隐藏快捷键</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>The file is empty.</source>
        <translation>文件是空的。</translation>
    </message>
    <message>
        <source>This kind of file cannot be kept in the archive.</source>
        <translation>档案库不能保存这类文件。</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>无法读取这个文件。</translation>
    </message>
    <message>
        <source>The file disappeared during the import.</source>
        <translation>导入过程中文件不见了。</translation>
    </message>
    <message>
        <source>The recording is damaged or incomplete.</source>
        <translation>录音已损坏或不完整。</translation>
    </message>
    <message>
        <source>The picture is damaged or is not really a picture.</source>
        <translation>图片已损坏，或者并不是图片。</translation>
    </message>
    <message>
        <source>The transcript has no text.</source>
        <translation>文字稿没有内容。</translation>
    </message>
    <message>
        <source>The transcript&apos;s characters could not be recognised.</source>
        <translation>无法识别文字稿的字符编码。</translation>
    </message>
    <message>
        <source>The transcript could not be read.</source>
        <translation>无法读取文字稿。</translation>
    </message>
    <message>
        <source>There is no such file or folder.</source>
        <translation>没有这个文件或文件夹。</translation>
    </message>
    <message>
        <source>The file&apos;s name is not readable text. Rename the file and import it again.</source>
        <translation>这个文件的名字不是可读的文字。请给文件改名后再导入。</translation>
    </message>
    <message>
        <source>This is not an ordinary file (a pipe or a device).</source>
        <translation>这不是普通文件（是管道或设备）。</translation>
    </message>
    <message>
        <source>A broken link: the file it points to does not exist.</source>
        <translation>这是一个失效的链接：它指向的文件不存在。</translation>
    </message>
    <message>
        <source>The picture has too many pixels to be opened safely.</source>
        <translation>这张图片的像素太多，无法安全地打开。</translation>
    </message>
    <message>
        <source>The WebVTT file has no WEBVTT header line, and no timed text to read instead.</source>
        <translation>这个 WebVTT 文件缺少 WEBVTT 开头行，也没有可以按时间读取的内容。</translation>
    </message>
    <message>
        <source>The file could not be imported.</source>
        <translation>这个文件无法导入。</translation>
    </message>
</context>
<context>
    <name>ImportBag</name>
    <message>
        <source>There is no such file or folder.</source>
        <translation>没有这个文件或文件夹。</translation>
    </message>
    <message>
        <source>This is not a BagIt bag.</source>
        <translation>这不是一个 BagIt 包。</translation>
    </message>
    <message>
        <source>The bag names a file outside itself.</source>
        <translation>这个包指向了包外面的文件。</translation>
    </message>
    <message>
        <source>The bag holds a link to another place.</source>
        <translation>这个包里有指向别处的链接。</translation>
    </message>
    <message>
        <source>The bag&apos;s description (bag-info.txt) cannot be read.</source>
        <translation>无法读取这个包的说明（bag-info.txt）。</translation>
    </message>
    <message>
        <source>The bag claims other sizes than it holds.</source>
        <translation>这个包声称的大小与实际内容不符。</translation>
    </message>
    <message>
        <source>Files the bag lists are missing.</source>
        <translation>包里列出的文件缺失了。</translation>
    </message>
    <message>
        <source>The bag holds files its lists do not name.</source>
        <translation>包里有清单上没有的文件。</translation>
    </message>
    <message>
        <source>A file in the bag is damaged or was changed.</source>
        <translation>包里有文件已损坏或被改动过。</translation>
    </message>
    <message>
        <source>The bag is not valid.</source>
        <translation>这个包无效。</translation>
    </message>
    <message>
        <source>This bag was not made by Hometown Voices.</source>
        <translation>这个包不是“乡音”制作的。</translation>
    </message>
    <message>
        <source>This bag holds stories prepared for an audience; only a curator&apos;s bag can be merged.</source>
        <translation>这个包里是为某类读者准备的故事；只有给管理员的包才能合并。</translation>
    </message>
    <message>
        <source>This bag was made by a newer version of Hometown Voices. Update the app.</source>
        <translation>这个包是较新版本的“乡音”制作的。请更新本程序。</translation>
    </message>
    <message>
        <source>The bag&apos;s descriptions of its records are damaged.</source>
        <translation>包里对各条记录的描述已损坏。</translation>
    </message>
    <message>
        <source>Nothing in the archive was changed.</source>
        <translation>档案没有任何改动。</translation>
    </message>
</context>
<context>
    <name>ImportBagDialog</name>
    <message>
        <source>Import another interviewer&apos;s bag</source>
        <translation>导入另一位采访者的包</translation>
    </message>
    <message>
        <source>A bag exported by Hometown Voices for curators is merged into this archive: records are matched by their ids and files by their contents, so nothing is added twice. Where both sides changed a record, the newer change is kept and the other stays in its history. A withdrawal of consent on either side stands.</source>
        <translation>“乡音”为管理员导出的包会合并进这个档案：记录按编号对应，文件按内容对应，所以不会重复添加。如果双方都改过同一条记录，保留较新的改动，另一个留在它的历史里。任何一方撤回的同意都始终有效。</translation>
    </message>
    <message>
        <source>The bag: a folder or a .zip file</source>
        <translation>包：一个文件夹或一个 .zip 文件</translation>
    </message>
    <message>
        <source>Choose .zip…</source>
        <translation>选择 .zip…</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>选择文件夹…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Choose a bag</source>
        <translation>选择一个包</translation>
    </message>
    <message>
        <source>Choose a bag folder</source>
        <translation>选择包所在的文件夹</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Checking every file of the bag…</source>
        <translation>正在核对包里的每一个文件…</translation>
    </message>
    <message>
        <source>Added %1, updated %2, unchanged %3. Changed on both sides: %4.</source>
        <translation>新增 %1，更新 %2，未变 %3。双方都改过的：%4。</translation>
    </message>
    <message>
        <source>kept the bag&apos;s newer change</source>
        <translation>保留了包里较新的改动</translation>
    </message>
    <message>
        <source>kept this archive&apos;s newer change</source>
        <translation>保留了本档案较新的改动</translation>
    </message>
    <message>
        <source>Cancelled. Nothing in the archive was changed.</source>
        <translation>已取消。档案没有任何改动。</translation>
    </message>
</context>
<context>
    <name>ImportBar</name>
    <message>
        <source>Cancel import</source>
        <extracomment>why the import stopped before the end when it was not cancelled (a full disk), worded fraction done (0..1) and the name of the file just finished an :class:`ImportOutcome`, when the import has finished or stopped a plain sentence, when the import could not run at all</extracomment>
        <translation>取消导入</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <source>Stopping after the files in hand…</source>
        <translation>处理完手头的文件后停止…</translation>
    </message>
</context>
<context>
    <name>ImportSheet</name>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Narrator</source>
        <translation>讲述人</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>文件名</translation>
    </message>
    <message>
        <source>No title, and no file whose interview it could be.</source>
        <translation>没有标题，也没有可对应到访谈的文件。</translation>
    </message>
    <message>
        <source>“%1” is not a date (write 2024-02-10 or 2024年2月10日).</source>
        <translation>“%1”不是日期（请写成 2024-02-10 或 2024年2月10日）。</translation>
    </message>
    <message>
        <source>No file called “%1” is in the archive; import it first.</source>
        <translation>档案里没有名为“%1”的文件；请先导入它。</translation>
    </message>
    <message>
        <source>Several files in the archive are called “%1”.</source>
        <translation>档案里有好几个文件都叫“%1”。</translation>
    </message>
</context>
<context>
    <name>ImportSheetDialog</name>
    <message>
        <source>Import a spreadsheet of interviews</source>
        <translation>导入访谈表格</translation>
    </message>
    <message>
        <source>The spreadsheet: a .csv or .xlsx file</source>
        <translation>表格：一个 .csv 或 .xlsx 文件</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>What each column holds (correct the guess):</source>
        <translation>每一列是什么（可以改正猜测）：</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>会怎样</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Choose a spreadsheet</source>
        <translation>选择一个表格</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <source>Describes the interview of its file</source>
        <translation>补充它的文件所属的访谈</translation>
    </message>
    <message>
        <source>A new interview</source>
        <translation>新的访谈</translation>
    </message>
    <message>
        <source>%1 rows will be imported; %2 rows cannot be and will be skipped.</source>
        <translation>将导入 %1 行；%2 行无法导入，会被跳过。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Added %1 interviews, updated %2; skipped %3 rows.</source>
        <translation>新增了 %1 个访谈，更新了 %2 个；跳过了 %3 行。</translation>
    </message>
    <message>
        <source>Cancelled. Nothing in the archive was changed.</source>
        <translation>已取消。档案没有任何改动。</translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message>
        <source>Import finished</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <source>The import was stopped. The files imported before that are kept in the archive.</source>
        <translation>导入已停止。在此之前导入的文件都保留在档案库中。</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) imported.</source>
        <translation>
            <numerusform>已导入 %n 个文件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) were already in the archive.</source>
        <translation>
            <numerusform>%n 个文件已在档案库中。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hidden file(s) or folder(s) were left out (system files, or photos deleted on the phone).</source>
        <translation>
            <numerusform>有 %n 个隐藏的文件或文件夹没有导入（系统文件，或在手机上删除的照片）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported:</source>
        <translation>
            <numerusform>%n 个文件无法导入：</numerusform>
        </translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) were imported with warnings:</source>
        <translation>
            <numerusform>%n 个文件导入时有警告：</numerusform>
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
            <numerusform>%n 个看不见的控制字符（如 NUL）已删去或显示为 �。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vertical tab(s) or page break(s) from a word processor were read as line breaks.</source>
        <translation>
            <numerusform>%n 个文字处理软件留下的垂直制表符或分页符已当作换行。</numerusform>
        </translation>
    </message>
    <message>
        <source>The file has no WEBVTT header line; it was read as %1.</source>
        <translation>文件缺少 WEBVTT 开头行，已按“%1”读取。</translation>
    </message>
    <message>
        <source>The file is not SRT subtitles; it was read as %1.</source>
        <translation>文件不是 SRT 字幕，已按“%1”读取。</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) outside any subtitle cue were left out.</source>
        <translation>
            <numerusform>%n 行文字不属于任何字幕条目，已略去。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n time(s) not valid (the first: %1); those segments have no time.</source>
        <translation>
            <numerusform>%n 个时间无效（首个为 %1），相应的段落不带时间。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s) end before they start; their times were left out.</source>
        <translation>
            <numerusform>%n 个段落的结束时间早于开始时间，已去掉其时间。</numerusform>
        </translation>
    </message>
    <message>
        <source>Something in the file had to be repaired.</source>
        <translation>文件里有些地方需要修补。</translation>
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
        <translation>带时间的文本</translation>
    </message>
    <message>
        <source>plain text</source>
        <translation>纯文本</translation>
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
        <translation>标题</translation>
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
        <translation>地点</translation>
    </message>
    <message>
        <source>Language or dialect</source>
        <translation>语言或方言</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>关键词</translation>
    </message>
    <message>
        <source>separated by 、 or ,</source>
        <translation>用“、”或“,”分隔</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>内容摘要</translation>
    </message>
    <message>
        <source>Add a person…</source>
        <extracomment>who may see this interview, and why not the player and transcript editor</extracomment>
        <translation>添加人物…</translation>
    </message>
    <message>
        <source>Remove from interview</source>
        <translation>从访谈中移除</translation>
    </message>
    <message>
        <source>Listening</source>
        <translation>收听</translation>
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
        <translation>文档</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>合集</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>Nobody is linked yet. Add the narrator.</source>
        <translation>还没有关联任何人。请添加讲述人。</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>无。</translation>
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
        <translation>为这次访谈添加人物</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>Link %1</source>
        <translation>关联%1</translation>
    </message>
    <message>
        <source>Unlink %1</source>
        <translation>取消关联%1</translation>
    </message>
    <message>
        <source>History</source>
        <translation>修改记录</translation>
    </message>
</context>
<context>
    <name>ListPane</name>
    <message>
        <source>Show all</source>
        <extracomment>which other kinds of change can alter each list&apos;s rows (names, counts shown in them) widths the person gave columns by dragging their edge the person picked a record in the list: (kind, id)</extracomment>
        <translation>显示全部</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>共 %n 项</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Search interviews, transcripts, people, places…</source>
        <extracomment>the person chose another archive to open (or to retry this one writable) the person changed language or text size a transcript hit or other link asks to hear an interview from a second family mode, when the app offers it: a View menu entry and a panel on family pages section name -&gt; handler(target) for sidebar sections the lists do not show called with every Changes after the views have followed it a record is being opened: the lists it passes through must not change the page who each interview is open to, for the interview list&apos;s last column</extracomment>
        <translation>搜索访谈、文字稿、人物、地点…</translation>
    </message>
    <message>
        <source>%1 — Hometown Voices</source>
        <extracomment>the window&apos;s actions, in its menus and toolbar search as you type; the writer brings the index up to date meanwhile scheduled catalogue backups and the reminder of files not checked for 90 days</extracomment>
        <translation>%1 — 乡音</translation>
    </message>
    <message>
        <source>(read-only)</source>
        <translation>（只读）</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>New Archive…</source>
        <translation>新建档案库…</translation>
    </message>
    <message>
        <source>Open Archive…</source>
        <translation>打开档案库…</translation>
    </message>
    <message>
        <source>Import Files…</source>
        <translation>导入文件…</translation>
    </message>
    <message>
        <source>Import Folder…</source>
        <translation>导入文件夹…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>New Interview</source>
        <translation>新建访谈</translation>
    </message>
    <message>
        <source>New Person</source>
        <translation>新建人物</translation>
    </message>
    <message>
        <source>New Family</source>
        <translation>新建家庭</translation>
    </message>
    <message>
        <source>New Place</source>
        <translation>新建地点</translation>
    </message>
    <message>
        <source>New Collection</source>
        <translation>新建合集</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>About Hometown Voices</source>
        <translation>关于乡音</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>访谈</translation>
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
        <translation>地点</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open Recent</source>
        <translation>最近打开</translation>
    </message>
    <message>
        <source>Import Another Interviewer&apos;s Bag…</source>
        <translation>导入另一位采访者的包…</translation>
    </message>
    <message>
        <source>Import Spreadsheet of Interviews…</source>
        <translation>导入访谈表格…</translation>
    </message>
    <message>
        <source>Export Stories…</source>
        <translation>导出故事…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Consent</source>
        <translation>知情同意(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>In the collection %1</source>
        <translation>合集“%1”中的内容</translation>
    </message>
    <message>
        <source>Tagged %1</source>
        <translation>带有标签“%1”</translation>
    </message>
    <message>
        <source>Recorded in %1</source>
        <translation>在%1记录</translation>
    </message>
    <message>
        <source>New interview</source>
        <translation>新访谈</translation>
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
        <translation>新地点</translation>
    </message>
    <message>
        <source>New collection</source>
        <translation>新合集</translation>
    </message>
    <message>
        <source>Import files</source>
        <translation>导入文件</translation>
    </message>
    <message>
        <source>Import a folder</source>
        <translation>导入文件夹</translation>
    </message>
    <message>
        <source>This archive is open read-only, so nothing can be imported here.</source>
        <translation>此档案库以只读方式打开，不能在这里导入文件。</translation>
    </message>
    <message>
        <source>An import is already running. Wait for it to finish, or cancel it first.</source>
        <translation>已有一个导入正在进行。请等它完成，或先取消它。</translation>
    </message>
    <message>
        <source>Preparing the import…</source>
        <translation>正在准备导入…</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) imported.</source>
        <translation>
            <numerusform>已导入 %n 个文件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Hometown Voices</source>
        <translation>乡音</translation>
    </message>
    <message>
        <source>Open an archive folder</source>
        <translation>打开档案库文件夹</translation>
    </message>
    <message>
        <source>Choose an empty folder for the new archive</source>
        <translation>为新档案库选择一个空文件夹</translation>
    </message>
    <message>
        <source>No recent archives</source>
        <translation>没有最近打开的档案库</translation>
    </message>
    <message>
        <source>Hometown Voices (乡音) %1
An oral-history archive for left-behind families, kept on your own computer.</source>
        <translation>乡音 %1
留守家庭的口述历史档案，保存在你自己的电脑上。</translation>
    </message>
    <message>
        <source>Remove from the Archive…</source>
        <translation>从档案中删除…</translation>
    </message>
    <message>
        <source>Open what you want to remove first.</source>
        <translation>请先打开要删除的条目。</translation>
    </message>
    <message>
        <source>Remove from the archive</source>
        <translation>从档案中删除</translation>
    </message>
    <message>
        <source>Remove %1 from the archive? Its links go with it. Undo brings it back, and so does restoring it from the bin until the bin is emptied.</source>
        <translation>要把%1从档案中删除吗？它的关联会一起删除。撤销可以把它找回来；在回收站清空之前，也可以从回收站恢复。</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>删除%1</translation>
    </message>
    <message>
        <source>%1 (not found)</source>
        <translation>%1（找不到）</translation>
    </message>
    <message>
        <source>Clear the List</source>
        <translation>清空列表</translation>
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
        <translation>这台电脑无法播放录音。</translation>
    </message>
    <message>
        <source>No recording yet: drop one on the window to listen while you type.</source>
        <translation>还没有录音：把录音文件拖到窗口上，就能边听边打字。</translation>
    </message>
    <message>
        <source>Listening and transcribing</source>
        <translation>收听与转写</translation>
    </message>
    <message>
        <source>Own window</source>
        <translation>独立窗口</translation>
    </message>
    <message>
        <source>Move the player and transcript to a window of their own</source>
        <translation>把播放器和文字稿移到独立窗口</translation>
    </message>
    <message>
        <source>The player and transcript are open in their own window.</source>
        <translation>播放器和文字稿已在独立窗口中打开。</translation>
    </message>
    <message>
        <source>Bring them back here</source>
        <translation>移回这里</translation>
    </message>
    <message>
        <source>Kept private from %1</source>
        <translation>对%1不公开</translation>
    </message>
    <message>
        <source>Keep private…</source>
        <translation>不公开一段…</translation>
    </message>
    <message>
        <source>Keep a passage from some audiences: the stretch marked on the seek bar (Shift and drag), the lines selected, or from the playhead</source>
        <translation>对某些观众不公开一段：进度条上标出的一段（按住 Shift 拖动）、选中的几行文字，或从播放位置开始</translation>
    </message>
</context>
<context>
    <name>MigrationDialog</name>
    <message>
        <source>Time away from home</source>
        <translation>外出经历</translation>
    </message>
    <message>
        <source>e.g. 2015 or 2015-03</source>
        <translation>例如 2015 或 2015-03</translation>
    </message>
    <message>
        <source>empty if still away</source>
        <translation>如果仍在外，请留空</translation>
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
        <translation>离家</translation>
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
        <translation>没有记录外出经历。</translation>
    </message>
</context>
<context>
    <name>PassageDialog</name>
    <message>
        <source>Keep a passage private</source>
        <translation>不公开一段</translation>
    </message>
    <message>
        <source>The people chosen below will not hear this passage nor read its lines, in the family view, in search and in every export. You still hear everything.</source>
        <translation>下面选中的观众将听不到这一段，也看不到这几行文字：家庭模式、搜索和每一次导出都是如此。你自己仍然能听到全部内容。</translation>
    </message>
    <message>
        <source>From – to</source>
        <translation>从 – 到</translation>
    </message>
    <message>
        <source>Kept from</source>
        <translation>对谁不公开</translation>
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
        <translation>用本人的话说，例如：儿子离婚的事</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Keep private</source>
        <translation>不公开</translation>
    </message>
    <message>
        <source>Give the times as 3:20 or 0:03:20, the end after the start.</source>
        <translation>时间请写成 3:20 或 0:03:20，结束要晚于开始。</translation>
    </message>
    <message>
        <source>Choose whom it is kept from.</source>
        <translation>请选择对谁不公开。</translation>
    </message>
    <message>
        <source>Link the narrator to the interview first: someone must ask.</source>
        <translation>请先把讲述人关联到这个访谈：要有人提出要求。</translation>
    </message>
    <message>
        <source>Say why, as the person put it.</source>
        <translation>请写明原因，用本人的话。</translation>
    </message>
</context>
<context>
    <name>PassageList</name>
    <message>
        <source>Passages kept private</source>
        <extracomment>one line of text per passage (what the person reads), and its &quot;open again&quot; button</extracomment>
        <translation>不公开的段落</translation>
    </message>
    <message>
        <source>Keep a passage private…</source>
        <translation>不公开一段…</translation>
    </message>
    <message>
        <source>Open again…</source>
        <translation>重新公开…</translation>
    </message>
    <message>
        <source>None: every passage is open as the consent allows.</source>
        <translation>没有：每一段都按知情同意公开。</translation>
    </message>
</context>
<context>
    <name>PersonConsents</name>
    <message>
        <source>Record consent…</source>
        <translation>登记同意…</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>撤回…</translation>
    </message>
    <message>
        <source>No consent recorded yet.</source>
        <translation>还没有登记同意。</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <source>Type a name, in characters or pinyin</source>
        <translation>输入姓名（汉字或拼音）</translation>
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
        <translation>其他称呼</translation>
    </message>
    <message>
        <source>nicknames, dialect names</source>
        <translation>小名、方言称呼</translation>
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
        <translation>性别</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>家乡</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Add time away…</source>
        <translation>添加外出经历…</translation>
    </message>
    <message>
        <source>Family</source>
        <extracomment>the person&apos;s consent records, with buttons to record or withdraw one</extracomment>
        <translation>家庭</translation>
    </message>
    <message>
        <source>Away from home</source>
        <translation>离家在外</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>访谈</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>In no family yet.</source>
        <translation>还不属于任何家庭。</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>无。</translation>
    </message>
    <message>
        <source>Add Time Away</source>
        <translation>添加外出经历</translation>
    </message>
</context>
<context>
    <name>PhotoView</name>
    <message>
        <source>Fit</source>
        <translation>适合窗口</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>实际大小</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>拍摄日期</translation>
    </message>
    <message>
        <source>e.g. 2024-02-10</source>
        <translation>例如 2024-02-10</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Add a person…</source>
        <translation>添加人物…</translation>
    </message>
    <message>
        <source>Not in this photo</source>
        <translation>不在这张照片里</translation>
    </message>
    <message>
        <source>People in this photo</source>
        <extracomment>who may see this photo, and why not</extracomment>
        <translation>照片中的人</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>From the interview %1</source>
        <translation>来自访谈 %1</translation>
    </message>
    <message>
        <source>Nobody is named yet.</source>
        <translation>还没有标注任何人。</translation>
    </message>
    <message>
        <source>Who is in this photo?</source>
        <translation>照片里有谁？</translation>
    </message>
    <message>
        <source>Name Person in Photo</source>
        <translation>标注照片中的人</translation>
    </message>
    <message>
        <source>Unname Person in Photo</source>
        <translation>取消标注照片中的人</translation>
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
        <translation>地点</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
</context>
<context>
    <name>PlaceView</name>
    <message>
        <source>Name</source>
        <extracomment>show a list narrowed to this place: (kind of list, Scope)</extracomment>
        <translation>名称</translation>
    </message>
    <message>
        <source>Name in pinyin or Latin letters</source>
        <translation>拼音或拉丁字母姓名</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Lies in</source>
        <translation>所属上级</translation>
    </message>
    <message>
        <source>Places in it</source>
        <translation>下辖地点</translation>
    </message>
    <message>
        <source>Recorded here and in the places in it</source>
        <translation>在此地及下辖地点记录的内容</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>无。</translation>
    </message>
    <message numerus="yes">
        <source>%n interview(s)</source>
        <translation>
            <numerusform>%n 次访谈</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n 张照片</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people living here</source>
        <translation>
            <numerusform>%n 人住在这里</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Playback</name>
    <message>
        <source>The recording %1 cannot be played. The file may be missing or damaged.</source>
        <extracomment>the speeds offered, slowest first; 1.0 is normal speech seconds on the interview&apos;s timeline (reported by the player, or after a seek) the timeline&apos;s length in seconds the recording now loaded: its index and whether it is a video a plain sentence in the user&apos;s language: a recording cannot be played seconds heard again when playback resumes after a pause</extracomment>
        <translation>录音 %1 无法播放，文件可能丢失或损坏。</translation>
    </message>
</context>
<context>
    <name>PrivatePassages</name>
    <message>
        <source>Kept from %1 at the request of %2 (%3): %4</source>
        <extracomment>segment id -&gt; the audiences it is kept from today</extracomment>
        <translation>应%2的要求（%3）对%1不公开：%4</translation>
    </message>
    <message>
        <source>open again from %1</source>
        <translation>自 %1 起重新公开</translation>
    </message>
    <message>
        <source>Keep private</source>
        <translation>不公开</translation>
    </message>
    <message>
        <source>Open a passage again</source>
        <translation>重新公开一段</translation>
    </message>
    <message>
        <source>%1

Why may it be heard now? (The record stays.)</source>
        <translation>%1

为什么现在可以听了？（这条记录会保留。）</translation>
    </message>
</context>
<context>
    <name>ReadOnlyBanner</name>
    <message>
        <source>This archive is open in another window, so here you can look but not change anything. Close the other window, then press Try again.</source>
        <translation>这个档案库已在另一个窗口中打开，所以这里只能查看、不能修改。请关闭另一个窗口，然后点“重试”。</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>Edit %1</source>
        <extracomment>emitted with a plain sentence when a value was refused</extracomment>
        <translation>编辑%1</translation>
    </message>
</context>
<context>
    <name>RenameSpeakerDialog</name>
    <message>
        <source>Rename a speaker</source>
        <translation>更改说话人名称</translation>
    </message>
    <message>
        <source>Every passage of this speaker, in every transcript of the interview, gets the new name.</source>
        <translation>本访谈所有文字稿中，此说话人的每一段都会改用新名称。</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n passage(s))</source>
        <translation>
            <numerusform>%1（%n 段）</numerusform>
        </translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>说话人</translation>
    </message>
    <message>
        <source>New name</source>
        <translation>新名称</translation>
    </message>
</context>
<context>
    <name>Safekeeping</name>
    <message>
        <source>Check Every File Now</source>
        <extracomment>how many hurt records a message names before it says how many more</extracomment>
        <translation>立即检查所有文件</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) not checked for 90 days</source>
        <translation>
            <numerusform>有 %n 个文件已 90 天没有检查</numerusform>
        </translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>立即检查</translation>
    </message>
    <message>
        <source>This archive is open read-only here, so its files cannot be checked now.</source>
        <translation>这个档案库在这里是只读打开的，所以现在无法检查它的文件。</translation>
    </message>
    <message>
        <source>Checking every file… %1%</source>
        <translation>正在检查所有文件… %1%</translation>
    </message>
    <message numerus="yes">
        <source>All %n file(s) are whole.</source>
        <translation>
            <numerusform>全部 %n 个文件都完好无损。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) are missing or changed. Restore them from a backup copy of the archive.</source>
        <translation>
            <numerusform>有 %n 个文件丢失或被改动。请从档案库的备份副本中恢复它们。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>另外 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) are missing or changed: %1. Restore them from a backup copy of the archive.</source>
        <translation>
            <numerusform>有 %n 个文件丢失或被改动：%1。请从档案库的备份副本中恢复它们。</numerusform>
        </translation>
    </message>
    <message>
        <source>the recording of “%1”</source>
        <translation>“%1”的录音</translation>
    </message>
    <message>
        <source>the photo “%1”</source>
        <translation>照片“%1”</translation>
    </message>
    <message>
        <source>the document “%1”</source>
        <translation>文件“%1”</translation>
    </message>
</context>
<context>
    <name>SearchController</name>
    <message>
        <source>Preparing search… %1%</source>
        <extracomment>(query, seconds from keystroke to results shown): for the benchmark and the status bar how far a rebuild of the index has come (0..1), from the writer thread the index has been opened and searched once (set from the search worker)</extracomment>
        <translation>正在准备搜索… %1%</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n 条结果</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved “%1” in the sidebar.</source>
        <translation>已把“%1”保存到侧栏。</translation>
    </message>
    <message>
        <source>This search is too long or nested too deeply. Please shorten it.</source>
        <translation>这个搜索太长，或括号嵌套太深。请缩短一些。</translation>
    </message>
    <message>
        <source>“%1” is not a date. Write it as 2019, 2019-06 or 2019-06-01.</source>
        <translation>“%1”不是日期。请写成 2019、2019-06 或 2019-06-01。</translation>
    </message>
</context>
<context>
    <name>SearchPane</name>
    <message>
        <source>Save this search</source>
        <extracomment>kinds of hit whose own page opens a hit was chosen (opened) the facet filters changed: {facet: value} the person asked to keep this search in the sidebar</extracomment>
        <translation>保存这次搜索</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <extracomment>in place of the results when nothing is found: what to try instead the dates and facets that narrow the results</extracomment>
        <translation>没有找到“%1”。</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) for “%1”</source>
        <translation>
            <numerusform>“%1”共有 %n 条结果</numerusform>
        </translation>
    </message>
    <message>
        <source>(showing the best %1)</source>
        <translation>（显示最相关的 %1 条）</translation>
    </message>
    <message>
        <source>The search index is being prepared; these results come straight from the catalogue.</source>
        <translation>搜索索引正在准备中；这些结果直接来自目录。</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人物</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
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
        <translation>说话人</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>转写层</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Try fewer words, or a shorter one: 外婆 finds more than 外婆的春节.</source>
        <translation>少用几个词，或换个短一点的词：搜“外婆”比搜“外婆的春节”找到的多。</translation>
    </message>
    <message>
        <source>Simplified and traditional characters find each other, and pinyin without tones works too (waipo).</source>
        <translation>简体字和繁体字可以互相找到，不带声调的拼音也可以（waipo）。</translation>
    </message>
    <message>
        <source>Titles, summaries, names, places, photo captions and transcripts are searched; a recording&apos;s words only once it has a transcript.</source>
        <translation>搜索的范围包括标题、摘要、人名、地名、照片说明和文字稿；录音里说的话，要有了文字稿才能搜到。</translation>
    </message>
    <message>
        <source>Take away the filters chosen on the left.</source>
        <translation>去掉左边选的筛选条件（勾选的项目和日期）。</translation>
    </message>
    <message>
        <source>Some things to try:</source>
        <translation>可以试试：</translation>
    </message>
</context>
<context>
    <name>SearchResults</name>
    <message>
        <source>%1 at %2</source>
        <extracomment>the facets shown, in order filters the date fields set</extracomment>
        <translation>%1，%2 处</translation>
    </message>
</context>
<context>
    <name>SeekBar</name>
    <message>
        <source>Position in the interview</source>
        <extracomment>the shade of a passage kept private (a muted violet, apart from the amber of playing) a stretch was marked with Shift and drag: (from, to) seconds</extracomment>
        <translation>访谈中的位置</translation>
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
        <translation>只有输入这个口令才能退出家庭模式。请选一个家里人猜不到的口令，并妥善保管。</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>口令</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>再输一次</translation>
    </message>
    <message>
        <source>Use at least %1 characters.</source>
        <translation>至少要 %1 个字符。</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>两次输入的口令不一样。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <extracomment>each language named in itself, so anyone can find their own</extracomment>
        <translation>设置</translation>
    </message>
    <message>
        <source>Same as the computer</source>
        <translation>与电脑一致</translation>
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
        <translation>语言</translation>
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
        <translation>资料库</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>访谈</translation>
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
        <translation>地点</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>合集</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>保存的搜索</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>知情同意</translation>
    </message>
    <message>
        <source>Consent due</source>
        <translation>待办同意事项</translation>
    </message>
</context>
<context>
    <name>StoryScreen</name>
    <message>
        <source>Back 10 seconds</source>
        <extracomment>seconds each photo stays up when nothing else says how long what to do at a passage kept private: CARD or JUMP (the window sets it)</extracomment>
        <translation>后退10秒</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Next story</source>
        <translation>下一个故事</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Getting the story ready…</source>
        <translation>正在准备这个故事……</translation>
    </message>
    <message>
        <source>A part of this story is kept private</source>
        <translation>这个故事有一段不公开</translation>
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
        <translation>添加标签</translation>
    </message>
    <message>
        <source>Remove tag</source>
        <translation>移除标签</translation>
    </message>
</context>
<context>
    <name>TagView</name>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>With this tag: %1.</source>
        <translation>带有这个标签的：%1。</translation>
    </message>
    <message>
        <source>Nothing carries this tag yet.</source>
        <translation>还没有内容带有这个标签。</translation>
    </message>
</context>
<context>
    <name>TierLabelDialog</name>
    <message>
        <source>Name and language of the tier</source>
        <translation>层的名称和语言</translation>
    </message>
    <message>
        <source>for example 普通话, English, 四川话</source>
        <translation>例如 普通话、English、四川话</translation>
    </message>
    <message>
        <source>for example zh-Hans, en, 西南官话</source>
        <translation>例如 zh-Hans、en、西南官话</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Language or dialect</source>
        <translation>语言或方言</translation>
    </message>
</context>
<context>
    <name>TranscriptEditor</name>
    <message>
        <source>Typing</source>
        <extracomment>a plain sentence for the person (why an action did nothing)</extracomment>
        <translation>输入文字</translation>
    </message>
    <message>
        <source>Write a time as 1:23.4 or 1:02:03.</source>
        <translation>时间请写成 1:23.4 或 1:02:03。</translation>
    </message>
    <message>
        <source>Set Time</source>
        <translation>设定时间</translation>
    </message>
    <message>
        <source>New Passage</source>
        <translation>新段落</translation>
    </message>
    <message>
        <source>Choose that tier as the transcript to cut its passages.</source>
        <translation>要拆分该层的段落，请先把它选为文字稿。</translation>
    </message>
    <message>
        <source>There must be words on both sides of the cut.</source>
        <translation>拆分处两边都要有文字。</translation>
    </message>
    <message>
        <source>Split Passage</source>
        <translation>拆分段落</translation>
    </message>
    <message>
        <source>This is the last passage: there is nothing to merge it with.</source>
        <translation>这是最后一段，没有可合并的下一段。</translation>
    </message>
    <message>
        <source>Merge Passages</source>
        <translation>合并段落</translation>
    </message>
    <message>
        <source>Delete Passage</source>
        <translation>删除段落</translation>
    </message>
    <message>
        <source>There is no recording to take the time from.</source>
        <translation>没有录音，无法取得时间。</translation>
    </message>
    <message>
        <source>The playhead is before the start of the passage above.</source>
        <translation>播放位置早于上一段的开始时间。</translation>
    </message>
    <message>
        <source>Set Speaker</source>
        <translation>设定说话人</translation>
    </message>
    <message>
        <source>Rename Speaker</source>
        <translation>更改说话人名称</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>替换</translation>
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
        <translation>并列显示</translation>
    </message>
    <message>
        <source>Tiers shown beside the transcript, aligned by time</source>
        <translation>按时间对齐、并列显示在文字稿旁的层</translation>
    </message>
    <message>
        <source>Name and language of this tier…</source>
        <translation>这一层的名称和语言…</translation>
    </message>
    <message>
        <source>New tier…</source>
        <translation>新建层…</translation>
    </message>
    <message>
        <source>A new tier beside this transcript (a Mandarin rendering, a translation)</source>
        <translation>在此文字稿旁新建一层（普通话转写、译文）</translation>
    </message>
    <message>
        <source>Rename speaker…</source>
        <translation>更改说话人…</translation>
    </message>
    <message>
        <source>Find…</source>
        <translation>查找…</translation>
    </message>
    <message>
        <source>Hotkeys</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <source>No transcript yet. Type one while you listen, or drop a transcript file (SRT, WebVTT, Whisper JSON or text) on the window.</source>
        <translation>还没有文字稿。可以边听边打字，也可以把文字稿文件（SRT、WebVTT、Whisper JSON 或纯文本）拖到窗口上。</translation>
    </message>
    <message>
        <source>Start typing a transcript</source>
        <translation>开始输入文字稿</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>说话人</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>译文</translation>
    </message>
    <message>
        <source>Verbatim</source>
        <translation>逐字稿</translation>
    </message>
    <message numerus="yes">
        <source>Replaced in %n passage(s).</source>
        <translation>
            <numerusform>已在 %n 段中替换。</numerusform>
        </translation>
    </message>
    <message>
        <source>No passage has a speaker yet.</source>
        <translation>还没有任何段落标注说话人。</translation>
    </message>
    <message numerus="yes">
        <source>Renamed in %n passage(s).</source>
        <translation>
            <numerusform>已在 %n 段中更名。</numerusform>
        </translation>
    </message>
    <message>
        <source>Start a Transcript</source>
        <translation>开始文字稿</translation>
    </message>
    <message>
        <source>New tier</source>
        <translation>新建层</translation>
    </message>
    <message>
        <source>Name of the new tier (for example 普通话, English):</source>
        <translation>新层的名称（例如 普通话、English）：</translation>
    </message>
    <message>
        <source>New Tier %1</source>
        <translation>新建层 %1</translation>
    </message>
    <message>
        <source>Rename Tier</source>
        <translation>重命名层</translation>
    </message>
</context>
<context>
    <name>TranscriptView</name>
    <message>
        <source>Keep these lines private…</source>
        <extracomment>after the person scrolls by hand, the view leaves the scrolling to them for this long the person clicked a row: hear it (row number) the person asked to keep the selected lines private: (from, to) seconds</extracomment>
        <translation>不公开这几行…</translation>
    </message>
</context>
<context>
    <name>TransportBar</name>
    <message>
        <source>Back %1 s</source>
        <extracomment>the person asked to jump by a number of seconds (negative: back) the hotkey of each button, shown in its tooltip the line&apos;s end, where the panel adds its own buttons</extracomment>
        <translation>后退 %1 秒</translation>
    </message>
    <message>
        <source>Forward %1 s</source>
        <translation>前进 %1 秒</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>Slower or faster; the voice keeps its pitch.</source>
        <translation>放慢或加快，声音的音调不变。</translation>
    </message>
    <message>
        <source>Slower or faster (on this computer the pitch changes too).</source>
        <translation>放慢或加快（在这台电脑上音调也会随之改变）。</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>音量</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
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
        <translation>给采访的老师</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>That is not the passphrase.</source>
        <translation>口令不对。</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong tries. Wait %n second(s) before trying again.</source>
        <translation>
            <numerusform>输错太多次了。请等 %n 秒再试。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Recorded</source>
        <extracomment>the translation catalogue&apos;s context of these words</extracomment>
        <translation>已录音</translation>
    </message>
    <message>
        <source>Transcribed</source>
        <translation>已转写</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>已校对</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Narrator</source>
        <translation>讲述人</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>访谈人</translation>
    </message>
    <message>
        <source>Mentioned</source>
        <translation>被提及</translation>
    </message>
    <message>
        <source>Mother</source>
        <translation>母亲</translation>
    </message>
    <message>
        <source>Father</source>
        <translation>父亲</translation>
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
        <translation>监护人</translation>
    </message>
    <message>
        <source>Other relative</source>
        <translation>其他亲属</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>省</translation>
    </message>
    <message>
        <source>Prefecture or city</source>
        <translation>地级市</translation>
    </message>
    <message>
        <source>County</source>
        <translation>县</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村</translation>
    </message>
    <message>
        <source>Consent form</source>
        <translation>同意书</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>信件</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文档</translation>
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
        <translation>访谈</translation>
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
        <translation>地点</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>录音</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>文字稿</translation>
    </message>
    <message>
        <source>Transcript passage</source>
        <translation>文字稿段落</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation>章节</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>合集</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Family</source>
        <comment>audience</comment>
        <extracomment>an interview&apos;s statuses and a document&apos;s types, in the order of work</extracomment>
        <translation>家人</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Researchers</source>
        <translation>研究人员</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>公众</translation>
    </message>
    <message>
        <source>Curators</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Archive staff</source>
        <translation>档案工作人员</translation>
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
        <translation>简体中文</translation>
    </message>
    <message>
        <source>Traditional Chinese</source>
        <translation>繁体中文</translation>
    </message>
    <message>
        <source>Mandarin</source>
        <translation>普通话</translation>
    </message>
    <message>
        <source>Cantonese</source>
        <translation>粤语</translation>
    </message>
    <message>
        <source>Min Nan (Hokkien, Teochew)</source>
        <translation>闽南语（含潮汕话）</translation>
    </message>
    <message>
        <source>Hakka</source>
        <translation>客家话</translation>
    </message>
    <message>
        <source>Wu (Shanghainese)</source>
        <translation>吴语（上海话等）</translation>
    </message>
    <message>
        <source>Xiang (Hunanese)</source>
        <translation>湘语</translation>
    </message>
    <message>
        <source>Gan</source>
        <translation>赣语</translation>
    </message>
    <message>
        <source>Jin</source>
        <translation>晋语</translation>
    </message>
    <message>
        <source>Min Dong (Fuzhounese)</source>
        <translation>闽东语（福州话等）</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英语</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>日语</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>韩语</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>越南语</translation>
    </message>
    <message>
        <source>French</source>
        <translation>法语</translation>
    </message>
    <message>
        <source>German</source>
        <translation>德语</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>西班牙语</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>俄语</translation>
    </message>
</context>
<context>
    <name>WelcomeWindow</name>
    <message>
        <source>The archive “%1” is not there any more (%2). If it is on a USB stick or an external disk, plug it in and choose it again; or choose another archive.</source>
        <translation>档案库“%1”已经不在原来的位置了（%2）。如果它在U盘或移动硬盘上，请插上后再选一次；也可以选择其他档案库。</translation>
    </message>
    <message>
        <source>Hometown Voices Archive</source>
        <translation>乡音档案库</translation>
    </message>
    <message>
        <source>Welcome to Hometown Voices</source>
        <translation>欢迎使用乡音</translation>
    </message>
    <message>
        <source>Hometown Voices</source>
        <translation>乡音</translation>
    </message>
    <message>
        <source>Keep the voices of home: the recordings, photos and stories of left-behind families, on this computer, with no internet needed.</source>
        <translation>留住家乡的声音：留守家庭的录音、照片和故事，都保存在这台电脑上，不需要联网。</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Same as the computer</source>
        <translation>跟随电脑</translation>
    </message>
    <message>
        <source>Try the sample archive</source>
        <translation>试用示例档案库</translation>
    </message>
    <message>
        <source>Invented families, interviews, photos and transcripts to try everything on. It is made in your Documents folder the first time, in a few seconds.</source>
        <translation>虚构的家庭、访谈、照片和文字稿，可以放心试用每一项功能。第一次打开时会在“文档”文件夹里生成，只需几秒钟。</translation>
    </message>
    <message>
        <source>Open the Sample</source>
        <translation>打开示例档案</translation>
    </message>
    <message>
        <source>Start a new archive</source>
        <translation>建一个新的档案库</translation>
    </message>
    <message>
        <source>A new, empty archive in the folder below. Choose another folder to keep it on a USB stick or an external disk.</source>
        <translation>在下面的文件夹里新建一个空档案库。也可以选择其他文件夹，把它放在U盘或移动硬盘上。</translation>
    </message>
    <message>
        <source>Make the Archive</source>
        <translation>新建档案库</translation>
    </message>
    <message>
        <source>Another Folder…</source>
        <translation>换个文件夹…</translation>
    </message>
    <message>
        <source>Open an archive you have</source>
        <translation>打开已有的档案库</translation>
    </message>
    <message>
        <source>A folder with an archive in it, on this computer or on a USB stick.</source>
        <translation>这台电脑或U盘上存有档案库的文件夹。</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <source>Opened lately</source>
        <translation>最近打开</translation>
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
        <translation>乡音示例档案库</translation>
    </message>
    <message>
        <source>The sample archive could not be made: %1</source>
        <translation>示例档案库没能生成：%1</translation>
    </message>
    <message>
        <source>Making the sample archive…</source>
        <translation>正在生成示例档案库…</translation>
    </message>
    <message>
        <source>Choose a folder for the new archive</source>
        <translation>为新档案库选择文件夹</translation>
    </message>
    <message>
        <source>Open an archive folder</source>
        <translation>打开档案库文件夹</translation>
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
        <translation>家里没有人外出打工。</translation>
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
        <translation>如有说明理由，请照原话记录</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>同意记录</translation>
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
        <translation>从那天起，这份同意开放的所有内容都将重新关闭：搜索、家人浏览和所有导出中都不再出现。</translation>
    </message>
</context>
<context>
    <name>_OwnWindow</name>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
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
        <translation>位置参数</translation>
    </message>
    <message>
        <source>options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>显示此帮助并退出</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>显示程序版本并退出</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s：错误：%(message)s
</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>参数 %(argument_name)s：%(message)s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>缺少必需的参数：%s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>必须给出以下参数之一：%s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>无法识别的参数：%s</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>选项 %(option)s 不明确，可能是 %(matches)s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>无效的选择：%(value)r（可选：%(choices)s）</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>无效的 %(type)s 值：%(value)r</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>无法打开 &apos;%(filename)s&apos;：%(error)s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>需要一个值</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>最多需要一个值</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>至少需要一个值</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>需要 %s 个值</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>需要 %s 个值</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>不能与参数 %s 同时使用</translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation>意外的选项：%s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>忽略了明确给出的值 %r</translation>
    </message>
    <message>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>未知的命令 %(parser_name)r（可选：%(choices)s）</translation>
    </message>
    <message>
        <source>conflicting option string: %s</source>
        <translation>选项冲突：%s</translation>
    </message>
    <message>
        <source>conflicting option strings: %s</source>
        <translation>选项冲突：%s</translation>
    </message>
    <message>
        <source>.__call__() not defined</source>
        <translation>.__call__() 未定义</translation>
    </message>
    <message>
        <source>&apos;required&apos; is an invalid argument for positionals</source>
        <translation>位置参数不能使用 &apos;required&apos;</translation>
    </message>
    <message>
        <source>mutually exclusive arguments must be optional</source>
        <translation>互斥的参数必须是可选的</translation>
    </message>
    <message>
        <source>%r is not callable</source>
        <translation>%r 不可调用</translation>
    </message>
    <message>
        <source>cannot merge actions - two groups are named %r</source>
        <translation>无法合并：两个参数组都名为 %r</translation>
    </message>
    <message>
        <source>invalid option string %(option)r: must start with a character %(prefix_chars)r</source>
        <translation>无效的选项 %(option)r：必须以字符 %(prefix_chars)r 开头</translation>
    </message>
    <message>
        <source>dest= is required for options like %r</source>
        <translation>像 %r 这样的选项需要 dest=</translation>
    </message>
    <message>
        <source>invalid conflict_resolution value: %r</source>
        <translation>无效的 conflict_resolution 值：%r</translation>
    </message>
    <message>
        <source>cannot have multiple subparser arguments</source>
        <translation>不能有多个子命令参数</translation>
    </message>
    <message>
        <source>conflicting subparser: %s</source>
        <translation>子命令冲突：%s</translation>
    </message>
    <message>
        <source>conflicting subparser alias: %s</source>
        <translation>子命令别名冲突：%s</translation>
    </message>
    <message>
        <source>argument &quot;-&quot; with mode %r</source>
        <translation>参数 &quot;-&quot; 不能使用模式 %r</translation>
    </message>
</context>
</TS>
