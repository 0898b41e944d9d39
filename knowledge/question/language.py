"""A question's language and its tokens: Vietnamese and Russian mapped phrase by phrase onto English
question words (places first), Cyrillic transliterated for name matching."""

from __future__ import annotations

import re

from knowledge.names import fold
from knowledge.question.lexicon import RU_TABLE, VI_CHARS, VI_TABLE, VI_WORDS


def detect_language(raw: str) -> str:
    if re.search(r"[\u0400-\u04FF]", raw):
        return "ru"
    low = raw.lower()
    if any(ch in VI_CHARS for ch in low):
        # a Vietnamese name inside an English question ("What did Dũng say about Quảng Trị?")
        words = set(re.findall(r"[a-z]+", low))
        if len(words & {"what", "who", "whom", "when", "where", "did", "does", "the", "about", "say", "said",
                        "meet", "visit", "how", "is", "was", "with"}) >= 2:
            return "en"
        return "vi"
    toks = set(fold(raw).split())
    accented = any(ch in "àáảãạèéẻẽẹìíỉĩịòóỏõọùúủũụỳýỷỹỵ" for ch in low)
    if accented and toks & (VI_WORDS | {"la"}):
        return "vi"
    if len(toks & VI_WORDS) >= 2 and not toks & {"the", "did", "what", "who", "when", "where", "is", "does"}:
        return "vi"
    return "en"


def _place_at(tokens: list[str], i: int) -> tuple[int, str] | None:
    """A country or place name starting at token i ("ha noi", "nga", "ханой"): (length, English)."""
    from knowledge.names import canonical_country, canonical_place

    for n in (3, 2, 1):
        if i + n <= len(tokens):
            w = " ".join(tokens[i : i + n])
            canon = canonical_place(w) or canonical_country(w)
            if canon:
                return n, canon
    return None


def _by_first_word(table: list[tuple[list[str], list[str]]]) -> dict[str, list[tuple[list[str], list[str]]]]:
    """The phrase table's rows under their first word, each list in table order (longest first):
    only those can match at a token, and the first of them that does is the table's first match."""
    index: dict[str, list[tuple[list[str], list[str]]]] = {}
    for src, dst in table:
        index.setdefault(src[0], []).append((src, dst))
    return index


VI_INDEX, RU_INDEX = _by_first_word(VI_TABLE), _by_first_word(RU_TABLE)


def _map_phrases(tokens: list[str], index: dict[str, list[tuple[list[str], list[str]]]]) -> list[str]:
    """Foreign question words -> English ones; country and place names first, so that "Hà Nội"
    stays a city and never reads as "nói" (say)."""
    out: list[str] = []
    i = 0
    while i < len(tokens):
        hit = _place_at(tokens, i)
        if hit:
            out.extend(fold(hit[1]).split())
            i += hit[0]
            continue
        for src, dst in index.get(tokens[i], ()):
            n = len(src)
            if tokens[i : i + n] == src:
                out.extend(dst)
                i += n
                break
        else:
            out.append(tokens[i])
            i += 1
    return out


def translit(tok: str) -> str:
    from knowledge.names import translit_cyrillic

    return fold(translit_cyrillic(tok)) if re.search(r"[\u0400-\u04FF]", tok) else tok


def tokenize(raw: str, lang: str) -> tuple[list[str], list[str]]:
    raw = re.sub(r"(?<=\w)['’]s\b", "", raw)  # possessive: "Russia's" -> "Russia"
    toks = fold(raw).split()
    if lang == "vi":
        toks = _map_phrases(toks, VI_INDEX)
    elif lang == "ru":
        toks = _map_phrases(toks, RU_INDEX)
    return toks, [translit(t) for t in toks]
