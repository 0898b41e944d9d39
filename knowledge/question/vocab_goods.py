"""Russian words for goods, documents, ceremonies and votes that news about trade, energy and
elections asks with and the other vocabularies lacked (fish, milk, uranium, a list, a hotel, a
wreath laid, greetings conveyed, a foreword, voters, the State Duma in every case, to stay), a
span or a limit asked ("в течение какого срока": how long; "на сколько дней": for how many days;
"до какого времени": until when), and the false friends a reader's Russian shares with English by
sound but not sense ("магазин" is a shop, never a magazine; "агрегат" a power unit), which the
loanword reading (ru_loanwords) would otherwise take at their sound. Merged into vocab_ru's stems
and whole forms under its conventions: keys folded on import; a stem (four letters or more) is
read with no more than an ending after it."""

from __future__ import annotations

RU_GOODS_STEMS = {
    # goods and what is done with them
    "уран": "uranium", "высокообогащен": "highly enriched", "молок": "milk", "молочн": "dairy", "фарфор": "porcelain",
    "одежд": "garments", "литр": "litres", "удобрени": "fertiliser", "переработ": "processing", "ввоз": "import",
    "ввезт": "import", "отправк": "shipment", "поставщик": "supplier", "генподрядчик": "contractor",
    "подрядчик": "contractor", "зарплат": "salary", "агрегат": "unit", "магазин": "shops", "списк": "list",
    "список": "list", "отел": "hotel", "гостиниц": "hotel", "вебинар": "webinar", "киностуди": "film studio",
    # documents, ceremonies, words conveyed
    "предислови": "foreword", "приветстви": "greetings", "возлож": "laid", "венк": "wreath", "венок": "wreath",
    "зачита": "read", "видеообращени": "video message", "символ": "symbol", "угроз": "threat", "юност": "youth",
    "госдум": "state duma", "ратифицир": "ratified", "межпарламентск": "inter parliamentary", "включени": "inclusion",
    "исключен": "excluded", "предусматрива": "provides", "инновацион": "innovation", "ключев": "key",
    # votes and people
    "избирател": "voters", "медик": "medics", "безвиз": "visa free", "въехал": "entered", "въезд": "entry",
    "входил": "included", "входит": "included",
}

RU_GOODS_FORMS = {
    **{f: "fish" for f in ("рыба", "рыбы", "рыбу", "рыбой", "рыб", "рыбе")},
    **{f: "morning" for f in ("утро", "утра", "утром")},
    **{f: "cows" for f in ("корова", "коровы", "коров", "коровам")},
    **{f: "fly" for f in ("летят", "летит", "летел", "летели", "летать", "лететь")},
    **{f: "stay" for f in ("остаться", "оставаться", "остается", "останется", "остаются", "останутся")},
    # a span asked ("в течение какого срока": how long), in days or years ("на сколько дней": for how
    # many days, never "by how much"), and a limit ("до какого времени": until when)
    **{f"в течение {w}": "how long" for w in ("какого срока", "какого времени", "какого периода", "скольких лет")},
    "в течение": "during", "до какого времени": "until when", "до каких пор": "until when",
    **{f"на сколько {w}": f"for how many {e}" for w, e in (
        ("дней", "days"), ("суток", "days"), ("недель", "weeks"), ("месяцев", "months"), ("лет", "years"),
        ("часов", "hours"))},
}
