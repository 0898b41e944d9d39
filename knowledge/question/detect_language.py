"""Which language a question is written in: Cyrillic is Russian; Vietnamese letters, words or plain
syllables make it Vietnamese unless English question and function words say otherwise."""

from __future__ import annotations

import re

from knowledge.names import fold, has_diacritics
from knowledge.question.glosses import unquoted
from knowledge.question.lexicon import VI_CHARS, VI_WORDS
from knowledge.question.vi_names import _VI_SYLLABLE


def detect_language(raw: str) -> str:
    if re.search(r"[\u0400-\u04FF]", raw):
        return "ru"
    low = raw.lower()
    if any(ch in VI_CHARS for ch in low):
        # a Vietnamese name inside an English question ("What did Dũng say about Quảng Trị?")
        words = set(re.findall(r"[a-z]+", unquoted(low)))  # a quoted English title is no English question
        if len(words & {"what", "who", "whom", "when", "where", "did", "does", "the", "about", "say", "said",
                        "meet", "visit", "how", "is", "was", "with", "which", "whose", "why", "were", "are", "has",
                        "have", "had", "of", "from", "for", "and", "his", "her", "their"}) >= 2 \
                or _names_only_vietnamese(raw):
            return "en"
        return "vi"
    toks = set(re.findall(r"[a-z]+", fold(raw)))  # "gi?" is the word "gi"
    accented = any(ch in "àáảãạèéẻẽẹìíỉĩịòóỏõọùúủũụỳýỷỹỵ" for ch in low)
    if accented and toks & (VI_WORDS | {"la"}) and not _names_only_vietnamese(raw):
        return "vi"
    if len(toks & VI_WORDS) >= 2 and not toks & {"the", "did", "what", "who", "when", "where", "is", "does"}:
        return "vi"
    # typed without diacritics, a Vietnamese syllable may spell an English word ("cụ thể" -> "cu the"):
    # nearly every word a Vietnamese syllable and several common Vietnamese words make it Vietnamese
    words = re.findall(r"[a-z]+", fold(raw))
    syllables = sum(1 for w in words if _VI_SYLLABLE.fullmatch(w))
    # names are no evidence either way ("Ba Olga Basha giu chuc vu gi o VTB"): the lower-case words
    # and the first, all Vietnamese syllables, make it Vietnamese
    written = [w for w in re.findall(r"\w+", raw) if not w[:1].isdigit()]  # "năm 2012", "45%": no word
    plain = [fold(w) for k, w in enumerate(written) if k == 0 or not w[:1].isupper()]
    if len(plain) >= 5 and toks & VI_WORDS and not set(plain) & _EN_ONLY \
            and all(_VI_SYLLABLE.fullmatch(w) for w in plain):
        return "vi"
    # a question opening with a name ("Igor Sechin giu chuc vu gi"): its lower-case words alone
    lower = [fold(w) for w in written if not w[:1].isupper()]
    if len(written) > 1 and written[1][:1].isupper() and len(lower) >= 4 and toks & VI_WORDS \
            and not set(lower) & _EN_ONLY and all(_VI_SYLLABLE.fullmatch(w) for w in lower):
        return "vi"
    if len(toks & VI_WORDS) >= 3 and syllables >= 0.8 * len(words):
        return "vi"
    # a longer question with no English question or function word, nearly every word a Vietnamese
    # syllable ("vi sao hai hang thong tan muon som gia han thoa thuan"): English asks with one
    if len(words) >= 5 and toks & VI_WORDS and not toks & _EN_FUNCTION and syllables >= 0.85 * len(words):
        return "vi"
    # the same with its names left out, which are no evidence ("Vietjet dung may bay gi cho duong bay
    # Moscow": every lower-case word a Vietnamese syllable, the names foreign)
    if len(lower) >= 5 and toks & VI_WORDS and not toks & _EN_FUNCTION and all(_VI_SYLLABLE.fullmatch(w) for w in lower):
        return "vi"
    # a short one after a name ("Lenin sinh nam nao"): its other words Vietnamese syllables, the last a question word
    rest = [fold(w) for w in written[1:] if not w[:1].isupper()]
    if len(rest) >= 3 and rest[-1] in _VI_LAST and not toks & _EN_FUNCTION and all(_VI_SYLLABLE.fullmatch(w) for w in rest):
        return "vi"
    return "en"


def _names_only_vietnamese(raw: str) -> bool:
    """Does a question with Vietnamese letters write them only in capitalised words after its first
    ("How many Russian tourists visited Cần Thơ in 2019?"), opening with an English question word?
    A Vietnamese question writes its own lower-case words with diacritics ("gặp", "và", "ở đâu")."""
    words = re.findall(r"\w+", raw)
    if not words or fold(words[0]) not in _EN_LEADS:
        return False
    marked = [k for k, w in enumerate(words) if has_diacritics(w)]
    return all(k > 0 and words[k][:1].isupper() for k in marked)


_EN_LEADS = {"what", "who", "whom", "whose", "when", "where", "which", "why", "how", "did", "does", "do", "is", "are",
             "was", "were", "has", "have", "had", "will", "can", "could", "would"}


_VI_LAST = {"nao", "gi", "ai", "dau", "khong", "chua", "sao"}  # the words a Vietnamese question ends on
# words nearly every English question has one of (none of them a Vietnamese syllable typed plain)
_EN_FUNCTION = {"what", "who", "whom", "whose", "when", "where", "which", "why", "how", "did", "does", "do", "is",
                "are", "was", "were", "the", "of", "to", "in", "for", "with", "and", "has", "have", "had", "will",
                "would", "can", "about", "from", "by", "at", "a", "an", "on", "it", "he", "she", "they"}
# of those, the ones that are Vietnamese syllables typed plain as well ("dự án", "thế nào", "do ai", "tổ
# chức", "cần", "quan hệ", "ít"): no sign of English in a question whose every word is a Vietnamese
# syllable, as an English question always writes some word no Vietnamese syllable spells ("who", "is")
_EN_ONLY = _EN_FUNCTION - {"an", "the", "do", "to", "can", "in", "on", "he", "it", "at", "a"}
