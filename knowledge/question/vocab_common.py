"""Common news words a Vietnamese or Russian reader asks with that the other vocabularies lack,
written as whole families of general news vocabulary (hosting and witnessing, counterparts and
hosts, serving and sympathising, money and its currencies, interviews and publications, memories,
markets and mechanisms, shots and their intervals, festivals of the lunar year), not as the words of
particular questions: cross-lingual checks showed unseen questions losing most often on an
ordinary word left untranslated. Merged into vocab_vi.VI_CONTENT and vocab_ru's stems and whole
forms under the same conventions (keys folded on import; a one-syllable Vietnamese word is read
only in lower case; a Russian stem with no more than an ending after it); a word the older tables
already map keeps their reading."""

from __future__ import annotations

from knowledge.question.vocab_moods import RU_MOODS_FORMS, RU_MOODS_STEMS, VI_MOODS
from knowledge.question.vocab_reach import RU_REACH_FORMS, RU_REACH_STEMS, VI_REACH
from knowledge.question.vocab_usage import RU_USAGE_FORMS, RU_USAGE_STEMS, VI_USAGE

VI_COMMON = {
    # witnessing, hosting, taking part
    "chứng kiến": "witnessed", "lễ ký": "signing ceremony", "lễ ký kết": "signing ceremony", "chủ nhà": "host",
    "nước chủ nhà": "host country", "đăng cai": "host", "tiếp đãi": "hosted", "gặp mặt": "meeting",
    "buổi gặp mặt": "meeting", "họp mặt": "gathering", "mừng": "celebrate", "tết": "tet",
    "tết nguyên đán": "lunar new year", "năm mới": "new year", "âm lịch": "lunar", "đồng cấp": "counterpart",
    "người đồng cấp": "counterpart", "đi cùng": "accompanied", "tháp tùng": "accompanied",
    "cùng đi": "accompanied", "tham quan": "toured", "sĩ quan": "officer", "đầu bếp": "chefs",
    "nhà làm phim": "filmmakers", "cựu học sinh": "alumni", "thí điểm": "pilot", "mô hình": "model",
    # giving, sending, serving, feeling
    "đưa ra": "gave", "cử": "sent", "phục vụ": "serve", "đồng cảm": "sympathise", "thông cảm": "sympathy",
    "tham khảo": "consult", "tham khảo ý kiến": "consulted", "ý kiến": "views", "củng cố": "strengthen",
    "mạnh mẽ": "strong", "mạnh mẽ hơn": "stronger", "tìm": "find", "tìm kiếm": "seek", "tìm đủ": "find enough",
    "đảm nhiệm": "holds",
    "tác động": "impact", "ảnh hưởng": "impact", "hiệu quả": "effective", "nhớ lại": "recalled",
    "hồi tưởng": "recalled", "kỷ niệm về": "memories of", "ký ức": "memories",
    # money, payment and the market
    "tiền": "money", "đồng tiền": "currency", "bằng đồng": "in currency", "bằng cách nào": "how",
    "nguồn vốn": "funding", "huy động vốn": "raise funds", "cơ chế": "mechanisms", "dựa trên thị trường": "market based",
    "nội địa hóa": "localisation", "phương thức": "method", "phương thức thanh toán": "payment method",
    "nhân lực": "personnel", "vườn quốc gia": "national park", "sinh thái": "ecological",
    "môi trường sinh thái": "ecology", "mũi tiêm": "doses", "bao nhiêu mũi": "how many doses", "mấy mũi": "how many doses", "mũi": "doses", "tiêm": "shots", "cách nhau": "apart",
    # media and publishing
    "phỏng vấn": "interview", "bài phỏng vấn": "interview", "trả lời phỏng vấn": "interview", "đăng": "published",
    "đăng tải": "published", "công bố trên": "published in", "đội ngũ": "team",
    # how many of what: "quốc gia" counted is countries, as a noun it is a country
    "bao nhiêu quốc gia": "how many countries", "các quốc gia": "countries", "những quốc gia": "countries",
    "nhiều quốc gia": "many countries", "quốc gia nào": "which country", "mấy quốc gia": "how many countries",
    "bao nhiêu nước": "how many countries",
    # plans, quarters, coming years, regard and importance, people by their classifier
    "quy hoạch": "planning", "quy hoạch tổng thể": "master plan", "tổng thể": "overall",
    "quý i": "first quarter", "quý ii": "second quarter", "quý iii": "third quarter", "quý iv": "fourth quarter",
    "quý 1": "first quarter", "quý 2": "second quarter", "quý 3": "third quarter", "quý 4": "fourth quarter",
    "quý": "quarter", "năm tới": "coming years", "tháng tới": "coming months", "đất nước": "country",
    "coi trọng": "importance", "đặc biệt": "special", "coi là": "regards as", "coi": "regards",
    "vị tướng": "general", "vị khách": "guest", "con tàu": "ship", "ngôi mộ": "grave", "mộ": "grave",
    "trình bày": "presented", "bài giảng": "lectures", "giảng": "lectures", "quyết định": "decided",
}
VI_COMMON_WRITTEN_ONLY = {"tien", "mung", "dang", "cu", "tim"}

RU_COMMON_STEMS = {
    # hosting, witnessing, accompanying
    "хозяи": "host", "хозяев": "hosts", "принимающ": "host", "засвидетельствова": "witnessed",
    "свидетел": "witnessed", "подписани": "signing", "коллег": "counterpart", "визави": "counterpart",
    "сопровожд": "accompanied", "повар": "chefs", "кулинар": "chefs", "кинематографист": "filmmakers",
    "выпускни": "graduates", "ректор": "rector", "проректор": "vice rector",
    # feeling, serving, consulting, remembering
    "сочувств": "sympathise", "сопережива": "sympathise", "консультирова": "consulted", "послуж": "serve",
    "служи": "serve", "воспоминани": "memories", "вспомина": "recalled", "вспомни": "recalled",
    "ценит": "values", "цени": "values", "эффект": "effect", "воздействи": "impact", "влияни": "influence",
    "прежн": "previous", "предыдущ": "previous", "нужн": "needed", "необходим": "needed",
    "помож": "help", "готови": "prepare", "готовя": "prepare", "ускор": "speed up",
    # money, markets, mechanisms
    "рыночн": "market", "механизм": "mechanisms", "показател": "figure", "локализаци": "localisation",
    "практик": "practice", "интервал": "interval", "промежут": "interval", "шелк": "silk", "оценк": "assessment",
    "деньг": "money", "средств": "funds", "финансирова": "financing",
    # festivals, seasons, places
    "лунн": "lunar", "новогодн": "new year", "совбез": "security council",
    "парк": "park", "заповедник": "reserve", "кубк": "cup",
    # wishes and intentions, creating, interest, lectures, graves, regions between regions
    "желани": "wish", "созда": "create", "заинтересован": "interested", "интерес": "interest",
    "особенн": "particularly", "межрегиональн": "interregional", "вступительн": "opening", "лекци": "lectures",
    "могил": "grave", "захоронени": "burial", "поеха": "go", "съезди": "travelled",
}
# Russian numbers written as words, in their cases ("в ближайшие двадцать лет", "пяти дней")
_RU_NUMBERS = {"один": "one", "одна": "one", "одно": "one", "одного": "one", "однои": "one", "два": "two",
               "две": "two", "двух": "two", "двум": "two", "три": "three", "трех": "three", "трем": "three",
               "четыре": "four", "четырех": "four", "пять": "five", "пяти": "five", "шесть": "six", "шести": "six",
               "семь": "seven", "семи": "seven", "восемь": "eight", "восьми": "eight", "девять": "nine",
               "девяти": "nine", "десять": "ten", "десяти": "ten", "одиннадцать": "eleven", "двенадцать": "twelve",
               "пятнадцать": "fifteen", "двадцать": "twenty", "двадцати": "twenty", "тридцать": "thirty",
               "тридцати": "thirty", "сорок": "forty", "сорока": "forty", "пятьдесят": "fifty", "пятидесяти": "fifty",
               "сто": "hundred", "ста": "hundred", "сотни": "hundreds", "сотен": "hundreds"}
# foreign countries by their Russian stems, in any case ("Австралию", "во Франции", "с Японией"); their
# adjectives are left to the place matcher ("белорусскими": Belarus), which reads them as the place
RU_COMMON_STEMS |= {
    "австрали": "australia", "франци": "france",
    "германи": "germany", "япони": "japan", "корея": "korea",
    "коре": "korea", "южн корея": "south korea", "инди": "india",
    "таиланд": "thailand", "индонези": "indonesia", "малаизи": "malaysia",
    "сингапур": "singapore", "филиппин": "philippines", "мьянм": "myanmar", "камбодж": "cambodia",
    "лаос": "laos", "монголи": "mongolia", "куб": "cuba",
    "британи": "britain", "великобритани": "united kingdom",
    "итали": "italy", "испани": "spain", "польш": "poland",
    "венгри": "hungary", "чехи": "czech republic",
    "болгари": "bulgaria", "румыни": "romania", "греци": "greece",
    "финлянди": "finland", "швеци": "sweden", "норвеги": "norway", "нидерланд": "netherlands",
    "бельги": "belgium", "швейцари": "switzerland", "австри": "austria", "турци": "turkey",
    "иран": "iran", "ирак": "iraq", "сири": "syria",
    "израил": "israel", "египет": "egypt", "египт": "egypt", "эмират": "emirates",
    "катар": "qatar", "пакистан": "pakistan", "бангладеш": "bangladesh", "непал": "nepal",
    "канад": "canada", "бразили": "brazil", "аргентин": "argentina",
    "мексик": "mexico", "венесуэл": "venezuela", "никарагу": "nicaragua", "чили": "chile",
    "нигери": "nigeria", "алжир": "algeria", "эфиопи": "ethiopia", "белорусси": "belarus",
    "беларус": "belarus", "казахстан": "kazakhstan", "узбекистан": "uzbekistan",
    "киргизи": "kyrgyzstan", "кыргызстан": "kyrgyzstan", "таджикистан": "tajikistan",
    "туркмени": "turkmenistan", "азербаиджан": "azerbaijan", "армени": "armenia", "америк": "america",
    "китаи": "china", "украин": "ukraine",
    "ази": "asia",
    "африк": "africa", "европ": "europe",
}
for _k in [k for k in RU_COMMON_STEMS if " " in k or len(k) < 4]:
    del RU_COMMON_STEMS[_k]
RU_COMMON_FORMS = {
    **_RU_NUMBERS,
    # "решил" is deciding ("реши-" resolves otherwise), "вице-" vice
    **{f: "decided" for f in ("решил", "решила", "решили", "решено")},
    "вице": "vice",
    # "присутствовать при подписании": to witness it
    **{f + " при": "witnessed" for f in ("присутствовал", "присутствовала", "присутствовали", "присутствовать",
                                          "присутствует", "присутствуют", "присутствовавшие")},
    "по мнению": "according to", "говорится в": "according to", "наряду с": "along with",
    "общий": "common", "общая": "common", "общее": "common", "общие": "common", "общей": "common",
    "общую": "common", "общего": "common", "общим": "common", "общих": "common", "общими": "common",
    "кубок": "cup", "новый год": "new year", "нового года": "new year", "новому году": "new year",
    "новым годом": "new year", "новом году": "new year", "дальний восток": "far east",
    "дальнии восток": "far east", "дальнего востока": "far east", "дальнем востоке": "far east",
    "дальнему востоку": "far east", "дальним востоком": "far east",
    "премьер министры": "prime ministers", "премьер министров": "prime ministers",
    "премьер министрам": "prime ministers", "премьер министрами": "prime ministers",
    "премьер министра": "prime minister", "премьер министру": "prime minister", "премьер министре": "prime minister",
}
RU_COMMON_FORMS |= {"куба": "cuba", "кубы": "cuba", "кубу": "cuba", "кубе": "cuba", "кубои": "cuba",
                    "азия": "asia", "азии": "asia", "азию": "asia", "азиеи": "asia",
                    "индия": "india", "индии": "india", "индию": "india", "индиеи": "india",
                    "южная корея": "south korea", "южнои кореи": "south korea", "южную корею": "south korea",
                    "южнои корее": "south korea", "северная корея": "north korea", "севернои кореи": "north korea",
                    "новая зеландия": "new zealand", "новои зеландии": "new zealand",
                    "саудовская аравия": "saudi arabia", "саудовскои аравии": "saudi arabia",
                    "юар": "south africa", "оаэ": "united arab emirates", "кндр": "north korea",
                    "евросоюз": "european union", "ес": "european union"}
# Vietnamese names of foreign countries (one syllable only where no one's name is written so)
VI_COMMON |= {
    "úc": "australia", "ô xtrây li a": "australia", "nước úc": "australia", "pháp": "france",
    "nước pháp": "france", "nước đức": "germany", "cộng hòa liên bang đức": "germany", "nước anh": "britain",
    "vương quốc anh": "united kingdom", "ấn độ": "india", "thái lan": "thailand", "ma lai xi a": "malaysia",
    "xin ga po": "singapore", "phi líp pin": "philippines", "mông cổ": "mongolia", "cu ba": "cuba",
    "tây ban nha": "spain", "ba lan": "poland", "thổ nhĩ kỳ": "turkey", "i ran": "iran", "ai cập": "egypt",
    "ca na đa": "canada", "bra xin": "brazil", "braxin": "brazil", "u crai na": "ukraine", "ucraina": "ukraine",
    "bê la rút": "belarus", "ca dắc xtan": "kazakhstan", "cam pu chia": "cambodia", "campuchia": "cambodia",
    "in đô nê xi a": "indonesia", "mi an ma": "myanmar", "hung ga ri": "hungary", "bun ga ri": "bulgaria",
    "cộng hòa séc": "czech republic", "i ta li a": "italy", "nước ý": "italy", "hoa kỳ": "united states",
    "châu mỹ": "america", "mỹ la tinh": "latin america", "liên minh châu âu": "european union",
    "eu": "european union", "trung đông": "middle east", "ả rập xê út": "saudi arabia",
}
# whole phrases Vietnamese writes head first ("nhà máy điện hạt nhân": a nuclear power plant),
# groups and offices ("nhóm công tác", "thương vụ"), opening a market to goods, judging a thing
# ("cho rằng", "không thể chấp nhận"); a role is one person unless "các"/"những" makes it several
VI_COMMON |= {
    "nhà máy điện hạt nhân": "nuclear power plant", "điện hạt nhân": "nuclear power", "nhóm công tác": "working group",
    "tổ công tác": "working group", "mở cửa": "open", "mở cửa thị trường": "open market", "mặt hàng": "goods",
    "thương vụ": "trade office", "cho rằng": "believes", "không thể chấp nhận": "unacceptable",
    "các nhà ngoại giao": "diplomats", "những nhà ngoại giao": "diplomats",
    "các nhà lãnh đạo": "leaders", "những nhà lãnh đạo": "leaders",
    "hội nghị cấp cao": "summit", "nghệ sĩ violin": "violinist", "nghệ sĩ piano": "pianist", "vị": "",  # "vị quan chức": the classifier
}
VI_COMMON_WRITTEN_ONLY |= {"vi"}
RU_COMMON_FORMS |= {"морскои порт": "port", "морского порта": "port", "морском порту": "port", "морскому порту": "port",
                    "морскои порт": "port", "морские порты": "ports", "морских портов": "ports", "морских портах": "ports",
                    "в месяц": "a month", "в год": "a year", "в неделю": "a week", "в день": "a day",
                    "день недели": "weekday", "дня недели": "weekday", "дни недели": "weekday"}
# the everyday words of feeling and doing (vocab_moods), under the same conventions
VI_COMMON |= {k: v for k, v in VI_MOODS.items() if k not in VI_COMMON}
RU_COMMON_STEMS |= {k: v for k, v in RU_MOODS_STEMS.items() if k not in RU_COMMON_STEMS}
RU_COMMON_FORMS |= {k: v for k, v in RU_MOODS_FORMS.items() if k not in RU_COMMON_FORMS}
# the ordinary words of the dev95 round (vocab_usage), under the same conventions
VI_COMMON |= {k: v for k, v in VI_USAGE.items() if k not in VI_COMMON}
RU_COMMON_STEMS |= {k: v for k, v in RU_USAGE_STEMS.items() if k not in RU_COMMON_STEMS}
RU_COMMON_FORMS |= {k: v for k, v in RU_USAGE_FORMS.items() if k not in RU_COMMON_FORMS}
# the ordinary words and number cases of the dev58 round (vocab_reach), under the same conventions
VI_COMMON |= {k: v for k, v in VI_REACH.items() if k not in VI_COMMON}
RU_COMMON_STEMS |= {k: v for k, v in RU_REACH_STEMS.items() if k not in RU_COMMON_STEMS}
RU_COMMON_FORMS |= {k: v for k, v in RU_REACH_FORMS.items() if k not in RU_COMMON_FORMS}
