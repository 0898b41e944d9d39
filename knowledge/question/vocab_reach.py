"""Ordinary words a Vietnamese or Russian reader asks with that the older vocabularies lacked (issue
10, dev58 round): putting a text online, upgrading ties, "instead of", a share of a total, the young
and the whole people, joining hands and efforts, standing behind a project, shops, fish of the
seafood trade, being elected, staying somewhere, directing a film, owning, being important,
rapprochement, vaccinations, a trade representation, a refinery, a quay, a share of the total; and the Russian number
words in all their cases ("по четырём блокам", "с тремя странами"). Written as whole families of the
language, never as the words of particular questions; merged under vocab_common's conventions (keys
folded on import; a one-syllable Vietnamese word is read only in lower case; a Russian stem with no
more than an ending after it; a word the older tables already map keeps their reading)."""

from __future__ import annotations

VI_REACH = {
    # online
    "lên mạng": "online", "trên mạng": "online", "mạng internet": "internet", "trang web": "website",
    "trang mạng": "website", "trang thông tin điện tử": "website",
    # upgrading ties
    "được nâng lên": "upgraded to", "nâng tầm": "upgraded", "nâng tầm quan hệ": "upgraded ties",
    "nâng cấp quan hệ": "upgraded ties",
    # instead of, a share of the total
    "thay vì": "instead of", "tỷ trọng": "share", "tỉ trọng": "share",
    # the young, the whole people
    "giới trẻ": "young people", "người trẻ": "young people", "thế hệ trẻ": "young generation",
    "lớp trẻ": "young people", "toàn dân": "all-people", "ngày hội": "festival",
    # seeing, joining hands, standing behind
    "thấy": "see", "nhìn thấy": "saw", "chung tay": "join hands", "chung sức": "join forces",
    "đứng sau": "behind", "đứng đằng sau": "behind",
    # shops
    "cửa hàng": "store", "cửa hiệu": "shop", "chuỗi cửa hàng": "store chain", "chuỗi siêu thị": "supermarket chain",
    # fish of the seafood trade
    "cá ngừ": "tuna", "cá hồi": "salmon", "cá cơm": "anchovy", "cá hồng": "snapper", "cá basa": "basa",
    "tôm hùm": "lobster", "mực ống": "squid", "cá da trơn": "catfish",
    # trade representation, a quay, gifts, votes, decisions
    "đại diện thương mại": "trade representation", "cơ quan đại diện thương mại": "trade representation",
    "cầu cảng": "quay", "cầu tàu": "pier", "quà tặng": "gift", "được tặng": "gifted", "phiếu bầu": "votes",
    "theo quyết định của": "on the decision of", "lô vắc xin": "vaccine batch", "lô vắc-xin": "vaccine batch",
    "lô vaccine": "vaccine batch",
}

RU_REACH_STEMS = {
    # being elected, owning, importance, rapprochement, vaccinations
    "избра": "elected", "владеет": "owns", "владеют": "own", "владеющ": "owning", "важн": "important",
    "сближени": "closer ties", "сблизи": "closer", "прививк": "vaccinations", "привит": "vaccinated",
    "пангасиус": "pangasius", "лосос": "salmon", "креветк": "shrimp", "кальмар": "squid", "анчоус": "anchovy",
}

_ONE = ("один", "одна", "одно", "одного", "одной", "одному", "одним", "одном", "одну")
_CASES = {
    "two": ("два", "две", "двух", "двум", "двумя", "двое"), "three": ("три", "трех", "трем", "тремя", "трое"),
    "four": ("четыре", "четырех", "четырем", "четырьмя", "четверо"),
    "forty": ("сорок", "сорока"), "hundred": ("сто", "ста"),
}
# a number in "-ь" takes "-и" in the genitive, dative and prepositional and "-ью" in the instrumental
# ("семью" is left out: it is also the family's accusative)
_SOFT = {"five": "пят", "six": "шест", "eight": "восем", "nine": "девят", "ten": "десят", "eleven": "одиннадцат",
         "twelve": "двенадцат", "thirteen": "тринадцат", "fourteen": "четырнадцат", "fifteen": "пятнадцат",
         "sixteen": "шестнадцат", "seventeen": "семнадцат", "eighteen": "восемнадцат", "nineteen": "девятнадцат",
         "twenty": "двадцат", "thirty": "тридцат"}

RU_REACH_FORMS = {
    **{f: "one" for f in _ONE}, **{f: eng for eng, forms in _CASES.items() for f in forms},
    **{f"{stem}{end}": eng for eng, stem in _SOFT.items() for end in ("ь", "и", "ью")},
    "восьми": "eight", "восьмью": "eight", "семи": "seven", "семь": "seven",
    # online, instead of, accounting for a share
    "в интернете": "online", "в сети": "online", "на сайте": "on the website", "вместо": "instead of",
    **{f"{v} на": "accounts for" for v in ("приходится", "приходятся", "пришлось", "пришлась", "пришлись")},
    # upgrading ties, staying, directing a film, standing behind
    **{f"{v} до": "upgraded to" for v in ("повысили", "повышены", "повышен", "повысить", "повышения")},
    **{f: "stayed" for f in ("пробыл", "пробыла", "пробыли", "пробыть", "пробудет", "пробудут")},
    **{f"{v} {o}": "directed the film" for v in ("снял", "сняла", "сняли", "снимал", "снимала") for o in ("фильм", "картину")},
    **{f"{v} за": "behind" for v in ("стоит", "стоят", "стоял", "стояла", "стояли")},
    # owning in the past, joining efforts
    **{f: "owned" for f in ("владел", "владела", "владели")},
    **{f: "efforts" for f in ("усилия", "усилий", "усилиям", "усилиями")},
    **{f"{v} усилия": "join hands" for v in ("объединить", "объединили", "объединят", "объединяют")},
    # catfish, a refinery
    **{f: "catfish" for f in ("сом", "сома", "сому", "сомом", "соме", "сомы", "сомов")},
    "нпз": "refinery",
    # a share of the total
    "общего объема": "total", "общем объеме": "total",
}
