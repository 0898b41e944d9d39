"""Everyday news words that Vietnamese and Russian readers ask with and the other vocabularies
lacked: counts written as words ("bảy cuốn sách", seven books), literature and the titles published,
churches and their clergy, prosecutors, a district's or province's Party committee, prospects,
context and developments, compensation, quotas, lists, fees, camps and festivals, thermal power,
construction sites, hectares, dragon fruit, fruit trees and pork; the
abbreviations Russian names plants with ("ТЭС", a thermal power plant) and forms of "день" (day)
that its fleeting vowel hides from the stem ("на Дне Вьетнама"). Merged into vocab_vi.VI_CONTENT and
vocab_ru's stems and whole forms under the same conventions: keys folded on import; a Russian stem
is read with no more than an ending after it."""

from __future__ import annotations

VI_DAILY = {
    # asking a month, a cause or a birth ("tháng nào" asks the month, "do đâu" the cause)
    "tháng nào": "which month", "do đâu": "why", "vì đâu": "why", "sinh": "born",
    "chậm trễ": "delay", "phương tiện": "means",
    # counts written as words ("năm" is the year; "hai", "ba" and "một" the lexicon reads)
    "bốn": "four", "sáu": "six", "bảy": "seven", "tám": "eight", "chín": "nine", "mười": "ten",
    # books and culture
    "văn học": "literature", "tác phẩm văn học": "literary works", "đầu sách": "titles", "nhà thờ": "church",
    "giám mục": "bishop", "tổng giám mục": "archbishop", "phụng vụ": "liturgy", "chính thống giáo": "orthodox",
    # the law and the Party
    "công tố": "prosecutor", "tổng công tố": "prosecutor general", "viện kiểm sát": "procuracy",
    "huyện ủy": "district party committee", "tỉnh ủy": "provincial party committee",
    "thành ủy": "city party committee", "đảng ủy": "party committee", "ban tổ chức": "organisers",
    # how things stand and will go
    "đến nay": "so far", "cho đến nay": "so far", "từ trước đến nay": "ever", "triển vọng": "prospects",
    "bối cảnh": "context", "diễn biến": "developments", "phức tạp": "complex", "dân tộc": "ethnic",
    "bồi thường": "compensation", "tiền bồi thường": "compensation", "áp dụng": "apply", "bổ sung": "added",
    "danh sách": "list", "chỉ tiêu": "quota", "miễn phí": "free", "cơ bản": "basic",
    "liên tục": "continuously", "toàn quốc": "national", "kháng chiến": "resistance war", "chánh án": "chief justice",
    "môi giới": "brokerage", "phí môi giới": "brokerage fee", "kinh doanh": "business",
    # trade, power and places of work
    "chuỗi": "chain", "nhà sách": "bookstore", "thanh long": "dragon fruit", "ruột đỏ": "red fleshed",
    "héc ta": "hectares", "nhiệt điện": "thermal power", "phát điện": "electricity", "công trường": "construction site",
    "cụm tượng": "statue group", "trại hè": "summer camp", "khóa học": "course", "liên hoan": "festival",
}
# typed without diacritics these fold onto commoner words ("sau" after, "bon", "tam", "chin", "muoi")
VI_DAILY_WRITTEN_ONLY = {"bon", "sau", "bay", "tam", "chin", "muoi"}

RU_DAILY_STEMS = {
    "лагер": "camp", "летн": "summer", "гектар": "hectares", "свинин": "pork", "говядин": "beef",
    "плодов": "fruit", "фруктов": "fruit", "деревь": "trees", "художниц": "artists",
    "митрополит": "metropolitan", "православн": "orthodox", "генпрокурор": "prosecutors general",
    "освяти": "consecrated", "освяще": "consecration", "принадлеж": "owned", "девиз": "theme",
    "востоковеден": "oriental studies", "оборот": "turnover",
}

RU_DAILY_FORMS = {
    # "день" drops its "е" in every other case: "дня", "дню" the vocabulary holds, "дне" it lacked
    "дне": "day", "днём": "day",
    # power plants and forums by their abbreviations
    "тэс": "thermal power plant", "тэц": "thermal power plant", "пмэф": "st petersburg international economic forum",
    "вэф": "eastern economic forum", "тпп": "chamber of commerce and industry",
    # armed services and agencies news names by their abbreviations
    "ввс": "air force", "пво": "air defence", "фсб": "federal security service",
    "накануне": "ahead of", "визе": "visas",
}
