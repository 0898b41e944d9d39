"""Everyday news words that readers' Vietnamese and Russian questions on unseen articles left
untranslated or read in the wrong sense, written out as families rather than as the words seen:
fundraising and relief (a campaign, funds raised, meals cooked for health workers, cloth masks),
food and fruit, banks and payments (requirements introduced, cards no longer accepted), checks
on goods (plants inspected, bacteria detected, frozen fish), publishing (poems, memoirs), and
the compounds whose syllables mean something else on their own ("chiến dịch" is a campaign, not
"war" and "translated"; "hiện vật" an exhibit, not "currently"; "hồi ký" a memoir, never "signed").
Merged into vocab_vi.VI_CONTENT and vocab_ru's stems and whole forms under their conventions:
keys folded on import; a one-syllable Vietnamese key is read only as written in the question; a
Russian stem (four letters or more) is read with no more than an ending after it. Russian acronyms
of bodies and universities (СПГ, РАНХиГС, ДВФУ) become the English acronym or words the articles write."""

from __future__ import annotations

VI_READER = {
    # fundraising, relief, health workers
    "chiến dịch": "campaign", "gây quỹ": "fundraising", "thu được": "raised", "từ thiện": "charity",
    "nhà hàng": "restaurant", "nấu": "cooked", "suất ăn": "meals", "suất ăn trưa": "lunches", "bữa ăn trưa": "lunches", "bữa ăn": "meals", "ăn trưa": "lunch",
    "bữa trưa": "lunch", "nhân viên": "staff", "nhân viên y tế": "health workers", "cấp cứu": "emergency",
    "chất độc da cam": "agent orange", "da cam": "orange", "vải": "cloth",
    # fruit
    "xoài": "mango", "ổi": "guava", "măng cụt": "mangosteen", "thanh long": "dragon fruit", "vải thiều": "lychee",
    # industry, sport, science, banks
    "chế tạo": "manufacturing", "chức vô địch": "title", "trò chơi": "games", "tự nhiên": "natural",
    "năm quốc tế": "international year", "siết chặt": "tightened", "thắt chặt": "tightened",
    # things shown and written; paying respects to the dead
    "hiện vật": "exhibits", "máy quay": "camera", "máy ảnh": "camera", "hồi ký": "memoir", "vĩ tuyến": "parallel",
    "viếng": "tribute",
    # "đây" (this) folds to the English word "day"
    "đây": "this", "đây là": "this is",
    # everyday words that stayed Vietnamese: a recipe, time a trip takes, scholarships granted, lacquer, work halted
    "công thức": "recipe", "mất": "took", "cấp học bổng": "granted scholarships", "sơn mài": "lacquer",
    "bị dừng": "halted", "dừng thi công": "construction halted",
    # shares and lengths asked, people and things of news reports the syllable-by-syllable reading misses
    "dài bao nhiêu": "length how many", "nhà du hành vũ trụ": "cosmonaut",
    "du hành vũ trụ": "cosmonaut", "dấu chân": "footprints", "hình ảnh": "photos",
    "sắc màu": "colours", "phản ánh": "reflect", "phải trả": "had to pay", "cao tần": "high frequency",
    "trục chính": "trunk", "nghề cá": "fisheries", "anh hùng": "hero", "phật tử": "buddhists",
    "đồ bảo hộ": "protective suits", "bảo hộ": "protective", "truyền tải điện": "power transmission",
    "hộ chiếu phổ thông": "ordinary passport", "trao lại": "handed back", "của mình": "their own",
    "ứng cử": "candidacy", "góc": "corner",
    # "ra khỏi" is out of ("đưa ra" alone puts a proposal forward); rescuers, the emergencies ministry
    "ra khỏi": "out of", "đưa ra khỏi": "brought out of", "lực lượng cứu hộ": "rescuers",
    "tình trạng khẩn cấp": "emergency situations",
}
VI_READER_WRITTEN_ONLY = {"vai", "nau", "oi", "vieng", "day", "mat", "goc"}

RU_READER_STEMS = {
    # relief, sponsors, disease
    "спонсир": "sponsored", "спонсор": "sponsor", "коронавирус": "coronavirus", "пожертвова": "donations",
    # goods checked and shipped
    "вывоз": "shipped", "перерабатыва": "processing", "морожен": "frozen", "замороз": "frozen",
    "мангостин": "mangosteen", "гуав": "guava", "машинокомплект": "kits", "протяженност": "length",
    "обнаруж": "detected", "провер": "inspected", "служб": "service",
    # banks, rules, travel
    "требовани": "requirements", "требу": "require", "переста": "stopped", "туробмен": "tourist exchange",
    "разбил": "crashed", "разбив": "crashed", "выпущ": "released", "выпуст": "released",
    "стихотворени": "poem",
    # money, trade, industry, energy
    "диоксин": "dioxin", "фармкомпани": "pharmaceutical companies", "малотоннажн": "small scale",
    "подстанци": "substation", "электропередач": "transmission", "топлив": "fuel", "привлек": "attracted",
    "посетител": "visitors", "непрерывн": "continuously", "долгосрочн": "long term", "зарубежн": "overseas",
    "современн": "contemporary", "этническ": "ethnic", "белорусск": "belarusian", "буддийск": "buddhist",
    # culture, press, sport, learning
    "вьетнамистик": "vietnamese studies", "мультсериал": "animated series", "экземпляр": "copies",
    "тираж": "print run", "памятн": "commemorative", "хокке": "hockey", "футзал": "futsal",
    "священник": "priest", "юрист": "lawyers", "мегаполис": "megacities", "представительниц": "representative",
    "спецрейс": "special flight", "курорт": "resort", "смонтирова": "mounted", "мобильн": "mobile",
    "выставлен": "displayed", "ведомственн": "departmental", "повышен": "upgraded", "совпа": "coincided",
    "образц": "model", "педагогическ": "pedagogical", "зарабатыва": "earn", "генеральск": "general",
    # things counted and what befell them, money paid
    "киоск": "kiosks", "предмет": "objects", "уничтож": "destroyed", "заплат": "pay", "ассамбле": "assembly",
}
RU_READER_FORMS = {
    **{f: "cards" for f in ("карта", "карты", "карт", "карту", "картам", "картами", "картах")},
    **{f: "poems" for f in ("стихи", "стихов", "стихах", "стихами")},
    **{f: "tuna" for f in ("тунец", "тунца", "тунцом", "тунцу")},
    **{f: "introduced" for f in ("ввел", "ввела", "ввели", "ввело", "введен", "введена", "введены", "введено")},
    **{f: "contributed" for f in ("внес", "внесла", "внесли", "внесло")},
    **{f: "held" for f in ("пройти", "проходить")},
    **{f: "" for f in ("действует", "действуют", "действовал", "действовала")},
    **{f: "novel" for f in ("роман", "романа", "роману", "романом", "романе", "романы", "романов")},
    **{f: "boats" for f in ("катер", "катера", "катеров", "катерах", "катерами")},
    **{f: "jury" for f in ("жюри",)},
    # "мир" is the world in a championship or cup, and the Russian card system by name, never "peace"
    **{f"{c} мира": f"world {e}" for c, e in (("чемпионат", "championship"), ("чемпионата", "championship"),
                                              ("чемпионате", "championship"), ("кубок", "cup"), ("кубка", "cup"))},
    **{f"{c} мир": "mir cards" for c in ("карты", "карт", "карта", "карту", "картам", "картами", "картах")},
    **{f: "senior officials" for f in ("старших должностных лиц", "старшие должностные лица")},
    **{f: "light industry" for f in ("легкой промышленности", "легкая промышленность")},
    **{f: "educational institution" for f in ("учебном заведении", "учебное заведение", "учебного заведения")},
    **{f: "acting" for f in ("исполняющей обязанности", "исполняющим обязанности", "исполняющий обязанности")},
    **{f: "winter" for f in ("зима", "зимой", "зимы", "зиму")}, **{f: "summer" for f in ("лето", "летом", "лета")},
    **{f: "spring" for f in ("весна", "весной", "весны", "весну")}, **{f: "autumn" for f in ("осень", "осенью", "осени")},
    **{f"{d} {s}": f"this {e}" for d in ("этим", "этой", "этои") for s, e in (("летом", "summer"), ("зимой", "winter"),
                                                                              ("весной", "spring"), ("осенью", "autumn"))},
    **{f: "abroad" for f in ("за границей", "за границу", "за рубежом", "за рубеж")},
    **{f: "from abroad" for f in ("из за границы", "из за рубежа")},
    # a year named by a word rather than a figure keeps its "year" ("год" alone is dropped after a figure)
    **{f: "last year" for f in ("за прошлый год", "прошлый год", "прошлого года", "в прошлом году", "за минувший год")},
    **{f: "this year" for f in ("в этом году", "этого года", "за этот год", "в текущем году", "текущего года")},
    **{f: "end of the year" for f in ("конца года", "концу года", "конце года", "конец года")},
    # constant states, law, a living
    **{f: "still" for f in ("по прежнему", "до сих пор")},
    **{f"{a} {n}": f"{e} law" for a, e in (("конституционному", "constitutional"), ("конституционного", "constitutional"),
                                            ("конституционное", "constitutional"), ("международного", "international"),
                                            ("международному", "international"), ("международное", "international"))
       for n in ("право", "права", "праву", "правом", "праве")},
    **{f: "for a living" for f in ("на жизнь",)}, **{f: "love" for f in ("любовь", "любви", "любовью")},
    **{f"{v} в пример": "cited as an example" for v in ("привел", "привела", "привели", "приводит", "приводят")},
    # Russian acronyms of bodies, universities and fuels, as English articles write them
    "спг": "lng", "ранхигс": "ranepa", "тгу": "tsu", "тпу": "tpu", "двфу": "far eastern federal university",
    "спбгу": "saint petersburg state university", "вшэ": "higher school of economics", "мгимо": "mgimo",
    "ран": "russian academy of sciences", "цб": "central bank", "нато": "nato", "рэц": "russian export center",
    "впк": "defence industry", "пао": "", "оао": "",
    "с точки зрения": "in terms of", "назад": "ago", "лет назад": "years ago", "попали": "included", "попал": "included", "попала": "included",
}
