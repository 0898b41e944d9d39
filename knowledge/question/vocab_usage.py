"""Ordinary words a Vietnamese or Russian reader asks with that the older vocabularies lacked (issue
10, dev95 round): land and its crops, churches and their dioceses, the public, exceptions and
perspectives, roads by their rank, seizures, incidents named by their classifier "vụ", partners
counted, going abroad; launching a ship, most of a group, researchers, lists, what is possible,
concentrating on a thing, employers hiring illegally, excursions, "what other" / "who else".
Written as whole families of the language, never as the words of particular questions; merged under
vocab_common's conventions (keys folded on import; a one-syllable Vietnamese word is read only in
lower case; a Russian stem with no more than an ending after it; a word the older tables already map
keeps their reading)."""

from __future__ import annotations

VI_USAGE = {
    # land and crops
    "hecta": "hectares", "héc-ta": "hectares", "cây ăn quả": "fruit trees", "cây ăn trái": "fruit trees",
    "trái cây": "fruit", "hoa quả": "fruit", "cây trồng": "crops", "diện tích": "area",
    # churches
    "giáo phận": "diocese", "giáo xứ": "parish", "giáo hạt": "deanery", "giáo hội": "church",
    "tu viện": "monastery", "giám mục": "bishop", "tín đồ": "believers", "giáo dân": "parishioners",
    # the public, exceptions, ways of seeing
    "công chúng": "public", "dư luận": "public opinion", "ngoại lệ": "exception", "trường hợp ngoại lệ": "exception",
    "định hình": "shaped", "góc nhìn": "perspective", "góc độ": "perspective", "cách nhìn": "view",
    # roads by their rank
    "quốc lộ": "national road", "tỉnh lộ": "provincial road", "đường quốc lộ": "national road",
    "cao tốc": "expressway", "đèo": "pass",
    # seizures and incidents named by their classifier
    "thu giữ": "seized", "bị thu giữ": "seized", "tịch thu": "confiscated", "bị tịch thu": "confiscated",
    "vụ tai nạn": "accident", "vụ va chạm": "collision", "vụ tấn công": "attack", "vụ việc": "incident",
    "vụ bắt giữ": "arrest", "vụ cướp": "robbery", "vụ lừa đảo": "fraud",
    # partners counted, abroad
    "các đối tác": "partners", "những đối tác": "partners", "đối tác thương mại": "trade partners",
    "đối tác nước ngoài": "foreign partners", "ở nước ngoài": "abroad", "ra nước ngoài": "abroad",
    "tại nước ngoài": "abroad",
    # heritage
    "di sản thế giới": "world heritage", "di sản văn hóa": "cultural heritage", "di sản thiên nhiên": "natural heritage",
}

RU_USAGE_STEMS = {
    # most of, researchers, lists, the possible
    "большинств": "most", "исследовател": "researchers", "перечн": "list", "перечен": "list",
    "возможн": "possible", "юнеско": "unesco",
    # concentrating, employing, hiring, the illegal
    "сосредоточ": "concentrating", "сконцентрирова": "concentrating", "сконцентрир": "concentrating",
    "работодател": "employer", "незаконн": "illegally", "нелегальн": "illegal", "нанима": "hires", "нанимающ": "hiring", "нанимавш": "hired",
    "наня": "hired", "найм": "hiring",
    # excursions, churches
    "экскурси": "excursion", "епархи": "diocese", "епископ": "bishop", "митрополит": "metropolitan",
    "исключени": "exception", "потрат": "spent", "трат": "spending",
    "благочини": "deanery", "благочинн": "dean", "прихожан": "parishioners", "монастыр": "monastery",
}
RU_USAGE_FORMS = {
    # launching a ship ("спустить на воду")
    **{f"{v} на воду": "launched" for v in ("спущен", "спущена", "спущено", "спущены", "спустили", "спустил",
                                             "спустят", "спустить")},
    "спуск на воду": "launch", "спуска на воду": "launch",
    # "what other", "who else", "where else"
    "какие ещё": "what other", "какие еще": "what other", "какой ещё": "what other", "какой еще": "what other",
    "какая ещё": "what other", "какая еще": "what other", "какое ещё": "what other", "какое еще": "what other",
    "кто ещё": "who else", "кто еще": "who else", "что ещё": "what else", "что еще": "what else",
    "где ещё": "where else", "где еще": "where else",
    # bodies in the prepositional case ("в каком органе")
    "органе": "agency", "органах": "agencies",
    # coaching
    "тренирует": "coaches", "тренируют": "coach", "тренировал": "coached", "тренировала": "coached",
}
