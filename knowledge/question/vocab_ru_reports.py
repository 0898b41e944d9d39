"""Russian words of everyday news reports that readers' questions on unseen articles left
untranslated, written out as families rather than as the words seen: accidents and rescues (born,
drowned, rescued, an explosion, a raft), courts and fines (a fine, a prison term), oversight
(audits, the accounts chamber, the government office, countering corruption, a memorandum
updated), broadcasting (a radio station, a channel, broadcast, a host, a version), and works and
fairs (a shipyard, a stand, a power system, operating aircraft); pupils, guilds, a court case, shouts
heard; and (vocab_ru_phrases) set phrases read as families ("в том году": that year). Merged
into vocab_ru's stems and whole forms under their conventions: keys folded on import (й -> и,
ё -> е); a stem (four letters or more) is read with no more than an ending after it."""

from __future__ import annotations

from knowledge.question.vocab_ru_phrases import RU_PHRASE_FORMS
from knowledge.question.vocab_street import RU_STREET_FORMS, RU_STREET_STEMS

RU_REPORTS_STEMS = {
    # places and bodies read in any case ("на Западе", "Нацсобрания")
    "запад": "west", "нацсобрани": "national assembly",
    # accidents, rescues, lives
    "родил": "born", "родин": "homeland", "рожден": "born", "утонул": "drowned", "утонувш": "drowned", "спасател": "lifeguard",
    "спасл": "rescued", "спасти": "rescue", "спасен": "rescued", "взрыв": "explosion", "погибш": "killed",
    "пострадавш": "injured", "перевал": "pass", "дрейфова": "drifted",
    # courts, fines, prisons
    "штраф": "fine", "приговор": "sentence", "осужден": "sentenced", "заключени": "prison",
    # oversight, audits, corruption
    "аудитор": "audit", "канцеляри": "office", "противодейств": "combating", "обновил": "upgraded",
    "обновлен": "updated", "коррупци": "corruption",
    # broadcasting, press
    "радиостанци": "radio station", "телеканал": "television channel", "транслирова": "broadcast",
    "трансляци": "broadcast", "ведущ": "host", "верси": "version",
    # works, fairs, operations
    "верф": "shipyard", "стенд": "stand", "энергосистем": "power system", "эксплуатир": "operates",
    "эксплуатаци": "operation", "наблюдател": "observer", "туроператор": "tour operators",
    # schools, guilds, what was heard ("ученик" is a pupil, never the "учения" exercises it starts like)
    "ученик": "pupil", "учениц": "pupil", "гильди": "guild", "услыша": "heard", "слыша": "heard", "крик": "shouts",
    # science, media, votes, goods, progress: words failed questions left in Cyrillic
    "биолог": "biologists", "карельск": "karelian", "дельт": "delta", "канал": "channels", "друзь": "friends",
    "друзе": "friends", "проголосова": "voted", "предъяв": "show", "изображен": "shows", "грамм": "grams",
    "извлек": "extracted", "подкладк": "linings", "подкладо": "linings",
    "продвину": "progress", "обеспечива": "provides", "подводи": "reviewed", "донг": "dong",
}
RU_REPORTS_FORMS = {
    **{f: "accounts chamber" for f in ("счетная палата", "счетной палаты", "счетную палату", "счетной палате")},
    **{f: "prison" for f in ("лишения свободы", "лишение свободы", "лишением свободы")},
    **{f: "rescued" for f in ("спас", "спасла", "спасли")},
    **{f: "raft" for f in ("плот", "плота", "плоту", "плотом")},
    **{f: "fight against" for f in ("борьба с", "борьбы с", "борьбе с", "борьбу с", "борьбой с")},
    **{f: "case" for f in ("дело", "делу", "делом", "деле")},  # "по делу о": in the case of
    "есть": "",  # "у X есть": X has
    **{f: "insignia" for f in ("знак", "знака", "знаку", "знаком", "знаки")},
    **{f: "hall" for f in ("зал", "зала", "зале", "залом", "залы", "залов")},
    "плюс": "plus", "рэп": "rap", "ниже": "lower",
    **{f: "georgia" for f in ("грузия", "грузии", "грузию", "грузиеи")},  # never "грузить" (to load)
    # Russian acronyms of bodies the articles name by their English initials or words
    "моб": "ministry of public security", "смоа": "admm", "одкб": "csto", "магатэ": "iaea", "втв": "vtv",
    "арф": "asean regional forum", "дрв": "democratic republic of vietnam", "нии": "research institute",
    "воз": "world health organization", "мпс": "ipu", "ивл": "ventilators",
    **{f: "exchange rate" for f in ("курс рубля", "курс доллара", "обменный курс", "курса рубля")},
}
RU_REPORTS_STEMS |= {k: v for k, v in RU_STREET_STEMS.items() if k not in RU_REPORTS_STEMS}
RU_REPORTS_FORMS |= {k: v for k, v in RU_STREET_FORMS.items() if k not in RU_REPORTS_FORMS}
RU_REPORTS_FORMS |= {k: v for k, v in RU_PHRASE_FORMS.items() if k not in RU_REPORTS_FORMS}
