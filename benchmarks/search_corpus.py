"""Generated transcript text for the search benchmark: realistic mixed Chinese/English speech.

Sentences are assembled from word lists written for this benchmark (village life, migrant work,
schooling, hukou, festivals), in the shapes oral-history transcripts take: simplified text mostly,
some segments in traditional characters (the Taishan diaspora), some with spaces between words
(speech-recognition output), some full-width digits and Latin letters, some English.

Most clauses are everyday speech assembled from slots (who, when, where, doing what to what, how
it felt) with vocabularies large enough that a whole clause rarely repeats, as in real talk, while
function words and kin terms stay as common as they are. About one clause in five is one of the
archive's recurring subjects (hukou, schooling, remittances, the Spring Festival journey), so those
phrases are common too, but not in every other segment. A few *marker* words are planted at known
rates for the labelled queries; their truth is computed from the text, not from the index.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from dataclasses import dataclass

SPEAKERS = ("奶奶", "爷爷", "妈妈", "爸爸", "孩子", "采访者", "外婆", "叔叔")
NARRATORS = ("王秀英", "李桂兰", "张德明", "陈阿婆", "刘建国", "黄美玲", "周小红", "赵志强")
PLACES = (
    ("四川省", "巴中市", "平昌县", "白衣镇", "石门村"),
    ("安徽省", "阜阳市", "临泉县", "城关镇", "李庄村"),
    ("河南省", "周口市", "郸城县", "宁平镇", "后湖村"),
    ("广东省", "江门市", "台山市", "端芬镇", "梅家村"),
    ("湖南省", "邵阳市", "隆回县", "六都寨镇", "竹山村"),
    ("江西省", "赣州市", "于都县", "岭背镇", "上坪村"),
)
CITIES = ("深圳", "广州", "东莞", "上海", "北京", "温州", "苏州", "厦门", "杭州", "成都")
WORK = ("工厂", "工地", "餐馆", "快递", "电子厂", "服装厂", "建筑队", "菜市场")
KIN = ("奶奶", "爷爷", "妈妈", "爸爸", "姐姐", "弟弟", "外婆", "外公", "孙子", "孙女", "叔叔")
TIMES = (
    "那年",
    "小时候",
    "过年的时候",
    "每年春节",
    "九十年代",
    "去年",
    "后来",
    "那时候",
    "上学以后",
)
FEELINGS = ("想家", "很难过", "哭了好久", "不习惯", "很高兴", "有点害怕", "舍不得", "很孤单")
ACTIONS = (
    "在{city}的{work}打工",
    "坐火车回家",
    "给家里寄钱",
    "在村里种地",
    "去镇上读书",
    "每天给{kin}打电话",
    "帮{kin}做饭喂猪",
    "走很远的山路去学校",
    "跟{kin}一起看电视",
    "在{city}租房子住",
)
CLAUSES = (
    "{time}{kin}{action}，我{feeling}。",
    "{kin}说{time}我们家里很穷，只能{action}。",
    "我记得{time}{kin}{action}，心里{feeling}。",
    "{time}村里的年轻人都去了{city}，留下老人和孩子。",
    "学校的老师对我们很好，可是{kin}不认识字，作业没人管。",
    "{kin}一年只回来一次，过完年又要{action}。",
    "我们这里叫这些孩子留守儿童，{kin}就是这样长大的。",
    "没有{city}的户口，孩子不能在城里上公立学校。",
    "高考要回户口所在地考，所以初中就回老家读书了。",
    "{kin}在电话里问我吃饭了没有，我说吃了。",
    "春节前火车票很难买，{kin}排了一夜的队。",
    "家里的房子是{kin}用打工的钱盖的。",
    "我们在城里就像二等居民，什么都要多交钱。",
    "那时候一个月工资才几百块，{kin}舍不得花。",
    "我小时候最喜欢{kin}做的饺子。",
    "{kin}的身体不好，腰疼了好多年。",
    "后来{kin}去了{city}，我跟{kin2}住在一起。",
    "{kin}每个月寄{money}块钱回来，{use}。",
    "{place}离镇上有{distance}里路，下雨天路很滑。",
    "我{age}岁那年{kin}生病了，是{kin2}带我去{place}看病的。",
    "{kin}在{city}一天干{hours}个小时，过年也舍不得休息。",
    "家里养了{animal}，放学回来要去{chore}。",
    "{kin}常说读书才有出路，让我好好学习。",
    "我们班上有{count}个同学，一半以上的爸妈都在外面。",
    "{kin}不会用手机，每次都要我帮忙{phone}。",
    "那时候{food}是最好吃的东西，只有过年才有。",
    "村里的小学合并以后，我每天要走{distance}里路。",
    "{kin}回来的那天，我躲在门后面不敢出来。",
    "我最怕的是开家长会，别人都有爸爸妈妈来。",
    "{kin}把我的奖状贴在墙上，逢人就说。",
    "后来我也去{city}打工了，跟当年的{kin}一样。",
)
# everyday speech: slot vocabularies
SUBJECTS = KIN + ("我", "我们", "他", "她", "他们", "村里的人", "老师", "同学", "邻居", "隔壁的阿姨",
                  "舅舅", "姑姑", "大伯", "表哥", "堂妹", "村长", "校长", "医生")  # fmt: skip
WHEN = TIMES + ("早上", "晚上", "中午", "星期天", "放暑假的时候", "下雨天", "农忙的时候", "前几年",
                "刚上初中那年", "八岁那年", "结婚以后", "生病那阵子", "二零零八年", "一九九八年")  # fmt: skip
WHERE = ("村里", "镇上", "县城", "城里", "田里", "山上", "河边", "学校门口", "菜市场", "车站",
         "工地上", "厂里", "宿舍", "老屋", "院子里", "灶房", "小卖部", "卫生院") + CITIES  # fmt: skip
VERBS = ("买", "卖", "种", "做", "修", "看", "写", "等", "送", "带", "寄", "借", "洗", "煮", "喂",
         "收", "找", "学", "教", "搬", "挑", "补", "织", "腌", "晒", "背", "拿", "换", "存", "还")  # fmt: skip
OBJECTS = ("玉米", "红薯", "衣服", "作业", "房子", "鸡蛋", "书包", "信", "照片", "电视", "自行车",
           "学费", "药", "米", "青菜", "毛衣", "鞋子", "棉被", "咸菜", "辣椒", "土豆", "茶叶", "柴火",
           "课本", "铅笔", "手表", "收音机", "车票", "钥匙", "存折", "猪", "牛", "鸭子", "水桶",
           "竹篮", "板凳", "蚊帐", "月饼", "压岁钱", "奖状")  # fmt: skip
ADVERBS = ("常常", "总是", "每天", "偶尔", "一直", "还", "也", "都", "只", "天天", "经常", "从来不")
MANNER = ("很快", "慢慢地", "一个人", "偷偷地", "高高兴兴地", "急急忙忙地", "一起", "默默地")
REACTIONS = FEELINGS + ("笑了", "没说话", "生气了", "心疼", "不放心", "放心了", "很感动", "愣住了",
                        "睡不着", "后悔了", "很骄傲")  # fmt: skip
SPEECH = (
    "{when}{subject}{adverb}在{where}{verb}{object}。",
    "{subject}{manner}{verb}了{number}{measure}{object}回来。",
    "{subject}说{object}太{adjective}了，{subject2}就没{verb}。",
    "因为{subject}要去{where}{verb}{object}，所以{subject2}{reaction}。",
    "{when}我跟{subject}在{where}{verb2}{object2}。",
    "{subject}{adverb}给{subject2}{verb}{object}，{subject2}{reaction}。",
    "那{measure}{object}是{subject}{when}{verb}的。",
    "{subject}问我{object}{verb}了没有。",
    "{when}去{where}的路上，{subject}{reaction}。",
    "{subject}不让我{verb}{object}，要我先{verb2}{object2}。",
    "{where}的{object}比{where2}{adjective}一点。",
    "{subject}{when}就开始{verb}{object}了，一{verb2}就是{number}年。",
)
ADJECTIVES = (
    "贵",
    "便宜",
    "好",
    "多",
    "少",
    "旧",
    "新",
    "重",
    "甜",
    "辣",
    "远",
    "近",
    "脏",
    "干净",
)
MEASURES = ("个", "件", "袋", "包", "筐", "张", "双", "把", "斤", "瓶", "捆", "块")
NUMBERS = ("一", "两", "三", "四", "五", "六", "七", "八", "十", "十几", "好几", "二十")
MONEY = ("三百", "五百", "八百", "一千", "两千", "几百")
USES = ("给我交学费", "给奶奶买药", "大部分存起来盖房子", "还家里的债", "给弟弟买衣服")
DISTANCES = ("五", "十", "十几", "二十", "七八")
AGES = ("六", "七", "八", "九", "十", "十二", "十四")
HOURS = ("十", "十二", "十四", "十五")
ANIMALS = ("两头猪", "一群鸡", "一头牛", "几只鸭子", "一条狗")
CHORES = ("割猪草", "放牛", "挑水", "喂鸡", "砍柴", "摘茶叶")
PHONES = ("发微信", "视频通话", "看短信", "充话费")
FOODS = ("腊肉", "糍粑", "汤圆", "红烧肉", "月饼", "饺子")
COUNTS = ("二十", "三十", "四十多", "五十")
ENGLISH = (
    "We call them left-behind children.",
    "My father worked in a factory in Shenzhen.",
    "The hukou system decides where children can go to school.",
    "Grandmother raised us while our parents were away.",
    "I only saw my mother at the Spring Festival.",
    "The village school had only two teachers.",
    "We sent money home every month.",
    "It was a long journey by train.",
)
# Words planted at known rates, each with its labelled queries (see LABELLED in search_bench).
MARKERS = (
    "户口本",
    "留守儿童",
    "西安",
    "奶奶的缝纫机",
    "侨批",
    "金山伯",
    "returned migrant",
)
MARKER_SENTENCES = {
    "户口本": "{kin}把户口本锁在柜子里。",
    "留守儿童": "那些留守儿童都很懂事。",
    "西安": "{kin}后来去了西安打工。",
    "奶奶的缝纫机": "奶奶的缝纫机还在堂屋里。",
    "侨批": "以前海外的亲戚寄侨批回来。",
    "金山伯": "村里的金山伯每年寄钱回来。",
    "returned migrant": "He was a returned migrant from Canada.",
}


@dataclass(frozen=True)
class Segment:
    interview: int
    position: int
    start_s: float
    speaker: str
    text: str
    markers: frozenset[str]


@dataclass(frozen=True)
class InterviewSpec:
    number: int
    title: str
    narrator: str
    place: tuple[str, ...]
    year: int


class Generator:
    """Deterministic text from a seed."""

    def __init__(self, seed: int = 7) -> None:
        self.random = random.Random(seed)
        import opencc

        self._to_traditional = opencc.OpenCC("s2t")

    def interview(self, number: int) -> InterviewSpec:
        r = self.random
        narrator = r.choice(NARRATORS)
        place = r.choice(PLACES)
        year = r.randint(2012, 2024)
        return InterviewSpec(number, f"{narrator}的故事 {number}", narrator, place, year)

    def _speech(self) -> str:
        r = self.random
        return r.choice(SPEECH).format(
            when=r.choice(WHEN),
            subject=r.choice(SUBJECTS),
            subject2=r.choice(SUBJECTS),
            adverb=r.choice(ADVERBS),
            manner=r.choice(MANNER),
            where=r.choice(WHERE),
            where2=r.choice(WHERE),
            verb=r.choice(VERBS),
            verb2=r.choice(VERBS),
            object=r.choice(OBJECTS),
            object2=r.choice(OBJECTS),
            adjective=r.choice(ADJECTIVES),
            measure=r.choice(MEASURES),
            reaction=r.choice(REACTIONS),
            number=r.choice(NUMBERS),
        )

    def _clause(self) -> str:
        r = self.random
        if r.random() < 0.8:
            return self._speech()
        action = r.choice(ACTIONS).format(
            city=r.choice(CITIES), work=r.choice(WORK), kin=r.choice(KIN)
        )
        return r.choice(CLAUSES).format(
            money=r.choice(MONEY),
            use=r.choice(USES),
            place=r.choice(("村里", "镇上", "县城", "医院", "学校", "外婆家")),
            distance=r.choice(DISTANCES),
            age=r.choice(AGES),
            hours=r.choice(HOURS),
            animal=r.choice(ANIMALS),
            chore=r.choice(CHORES),
            phone=r.choice(PHONES),
            food=r.choice(FOODS),
            count=r.choice(COUNTS),
            time=r.choice(TIMES),
            kin=r.choice(KIN),
            kin2=r.choice(KIN),
            action=action,
            feeling=r.choice(FEELINGS),
            city=r.choice(CITIES),
        )

    def segment_text(self) -> tuple[str, frozenset[str]]:
        """About 200 characters of speech, and which markers it holds."""
        r = self.random
        parts: list[str] = []
        markers: set[str] = set()
        while sum(len(p) for p in parts) < 190:
            roll = r.random()
            if roll < 0.015:
                marker = r.choice(MARKERS)
                markers.add(marker)
                parts.append(MARKER_SENTENCES[marker].format(kin=r.choice(KIN)))
            elif roll < 0.06:
                parts.append(" " + r.choice(ENGLISH) + " ")
            elif roll < 0.08:
                parts.append(
                    f"那年我{r.randint(5, 16)}岁。"
                    if r.random() < 0.5
                    else f"一九九{r.randint(0, 9)}年。"
                )
            else:
                clause = self._clause()
                if clause not in parts:  # people rarely say the same sentence twice in a breath
                    parts.append(clause)
        text = "".join(parts).strip()
        style = r.random()
        if style < 0.10:
            text = self._to_traditional.convert(text)  # a Taishan diaspora typist
        elif style < 0.15 and not re.search("[A-Za-z]", text):
            text = " ".join(_chunks(text, r))  # speech recognition output with spaces
        elif style < 0.18:
            text = text.translate(_FULL_WIDTH)
        return text, frozenset(markers)

    def segments(
        self, count: int, per_interview: int = 50
    ) -> Iterator[tuple[InterviewSpec, Segment]]:
        spec = self.interview(0)
        for n in range(count):
            if n % per_interview == 0:
                spec = self.interview(n // per_interview)
            text, markers = self.segment_text()
            position = n % per_interview
            speaker = self.random.choice(SPEAKERS)
            yield spec, Segment(spec.number, position, position * 14.5, speaker, text, markers)


_FULL_WIDTH = str.maketrans(
    "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
    "０１２３４５６７８９ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ"
    "ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ",
)


def _chunks(text: str, r: random.Random) -> Iterator[str]:
    at = 0
    while at < len(text):
        size = r.randint(1, 4)
        yield text[at : at + size]
        at += size
