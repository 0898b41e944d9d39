"""Topics of a statement from a small keyword lexicon.

Keywords are matched on folded text at word boundaries, so "defence"/"defense" and
"Việt Nam"/"Vietnam" spellings do not matter. TOPIC_SYNONYMS maps question words (English,
Vietnamese, Russian) to the same topic names so the engine can compare them.
"""

from __future__ import annotations

import re

from knowledge import lazy_re
from knowledge.names import fold

# topic -> keywords found in article text (folded; a trailing * means prefix match)
TOPIC_KEYWORDS: dict[str, list[str]] = {
    "ukraine": ["ukraine", "ukrainian*", "hostilities", "conflict in ukraine"],
    "asean": ["asean", "southeast asia", "south east asia", "southeast asian", "south-east asia*"],
    "maritime": ["east sea", "south china sea", "law of the sea", "unclos", "maritime", "freedom of navigation"],
    "partnership": ["strategic partnership", "comprehensive partnership", "partnership", "partner", "partners",
                    "traditional relationship", "traditional friendship", "bilateral relations",
                    "relations between the two countries", "ties", "friend", "friends",
                    "friendship"],
    "trade": ["trade", "trading", "export", "exports", "exporting", "exporters", "import", "imports",
              "importing", "importers", "tariff*", "free trade"],
    "investment": ["investment*", "invest", "investor*", "enterprises", "businesses"],
    "economy": ["econom*", "business", "finance", "financial", "fertiliser*", "fertilizer*"],
    "defence": ["defence", "defense", "military", "arms", "weapons"],
    "security": ["security"],
    "energy": ["energy", "nuclear", "electricity", "power plant*", "fuel"],
    "oil and gas": ["oil and gas", "oil", "gas", "petroleum", "vietsovpetro"],
    "education": ["education*", "training", "train", "students", "universit*", "scholarship*", "specialists"],
    "science and technology": ["science", "scientific", "technolog*", "technical", "innovation",
                               "digital"],
    "culture": ["cultur*", "arts", "people to people", "people-to-people"],
    "tourism": ["touris*", "direct flights", "flights", "travel"],
    "health": ["health*", "medical", "vaccine*", "medicine"],
    "history": ["soviet union", "soviet", "ussr", "assistance", "struggle*", "war", "history",
                "historical"],
    "international law": ["international law", "un charter", "united nations charter"],
    "elections": ["election*", "re election", "votes", "voting"],
    "foreign policy": ["foreign policy", "external relations", "multilateralisation",
                       "multilateralization", "diversification", "eastward policy"],
    "party relations": ["communist party", "united russia", "vietnamese party", "party to party",
                        "political parties", "party channel*", "party and state"],
    "peace and dialogue": ["peace", "peaceful*", "dialogue*", "negotiation*", "settlement",
                           "stability", "disputes"],
    "joint declaration": ["joint declaration", "joint statement"],
    "multilateral": ["united nations", "multilateral forums", "multilateral", "apec", "brics"],
    "visits and exchanges": ["visits and exchanges", "exchanges at all levels", "delegation*"],
    "agriculture": ["agricultur*", "rice", "seafood", "farm*"],
    "transport": ["transport*", "railway*", "logistics", "shipping"],
    "parliament": ["national assembly", "state duma", "duma", "parliament*", "legislat*", "lawmaker*",
                   "inter parliamentary"],
}

# question words (any language) -> topic; includes every topic name and keyword
TOPIC_SYNONYMS: dict[str, str] = {
    "war in ukraine": "ukraine", "ukrainian crisis": "ukraine", "украина": "ukraine",
    "украине": "ukraine", "ukraina": "ukraine",
    "southeast asia": "asean", "асеан": "asean", "dong nam a": "asean", "юго-восточная азия": "asean",
    "bien dong": "maritime", "южно-китайское море": "maritime",
    "relationship": "partnership", "relations": "partnership", "cooperation": "partnership",
    "friendship": "partnership", "quan he": "partnership", "doi tac": "partnership",
    "партнерство": "partnership", "отношения": "partnership", "сотрудничество": "partnership",
    "commerce": "trade", "thuong mai": "trade", "торговля": "trade",
    "dau tu": "investment", "инвестиции": "investment",
    "kinh te": "economy", "экономика": "economy",
    "defense": "defence", "quoc phong": "defence", "оборона": "defence", "army": "defence",
    "an ninh": "security", "безопасность": "security",
    "nang luong": "energy", "энергетика": "energy", "nuclear power": "energy",
    "dau khi": "oil and gas", "нефть": "oil and gas", "газ": "oil and gas", "petroleum": "oil and gas",
    "giao duc": "education", "образование": "education",
    "khoa hoc": "science and technology", "cong nghe": "science and technology",
    "наука": "science and technology", "technology": "science and technology",
    "science": "science and technology", "tech": "science and technology",
    "van hoa": "culture", "культура": "culture",
    "du lich": "tourism", "туризм": "tourism",
    "y te": "health", "здравоохранение": "health",
    "lien xo": "history", "ссср": "history", "советский": "history", "soviet assistance": "history",
    "past": "history", "help": "history",
    "luat quoc te": "international law", "международное право": "international law",
    "bau cu": "elections", "выборы": "elections", "re-election": "elections", "reelection": "elections",
    "chinh sach doi ngoai": "foreign policy", "внешняя политика": "foreign policy",
    "dang": "party relations", "партия": "party relations", "party": "party relations",
    "hoa binh": "peace and dialogue", "мир": "peace and dialogue", "peace": "peace and dialogue",
    "dialogue": "peace and dialogue", "negotiations": "peace and dialogue",
    "tuyen bo chung": "joint declaration", "совместное заявление": "joint declaration",
    "declaration": "joint declaration",
    "un": "multilateral",
    "visits": "visits and exchanges", "exchanges": "visits and exchanges",
    "nong nghiep": "agriculture", "сельское хозяйство": "agriculture",
    "giao thong": "transport", "транспорт": "transport",
    "quoc hoi": "parliament", "парламент": "parliament", "госдума": "parliament",
}
for _t, _kws in TOPIC_KEYWORDS.items():
    TOPIC_SYNONYMS.setdefault(_t, _t)
    for _k in _kws:
        TOPIC_SYNONYMS.setdefault(_k.rstrip("*"), _t)
TOPIC_SYNONYMS = {fold(k): v for k, v in TOPIC_SYNONYMS.items()}


def _compile() -> list[tuple[str, re.Pattern]]:
    out = []
    for topic, kws in TOPIC_KEYWORDS.items():
        alts = []
        for k in kws:
            stem = re.escape(fold(k.rstrip("*"))).replace(r"\ ", r"\s+")
            alts.append(stem + (r"\w*" if k.endswith("*") else r"\b"))
        out.append((topic, re.compile(r"\b(?:" + "|".join(alts) + ")")))
    return out


_TOPIC_RX = _compile()
# every topic's keywords in one pattern: most texts name no topic, told in one search instead of one per topic
_ANY_TOPIC = lazy_re.compile("|".join(rx.pattern for _t, rx in _TOPIC_RX))


def topics_of(text: str) -> list[str]:
    """Topics whose keywords occur in `text`, in lexicon order."""
    f = fold(text)
    if _ANY_TOPIC.search(f) is None:
        return []
    return [t for t, rx in _TOPIC_RX if rx.search(f)]
