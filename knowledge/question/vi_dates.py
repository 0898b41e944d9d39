"""Vietnamese dates and counts in English words, before the phrase tables read a question: "ngày
6/7/2023" is 6 July 2023 (day first), "tháng 9 năm 2021" September 2021, "năm 2013" in 2013, "chín
tháng đầu năm" the first nine months. Left alone, "ngày" read as "day", "năm" (year, five) stayed an
unknown word, and the date parser saw no date it knows."""

from __future__ import annotations

import unicodedata

from knowledge.question.words import MONTHS

# the number words as written ("năm" is five and year: a number only before a unit); typed without
# diacritics only those that fold like no other common word ("sau" is after, "ba" Mrs, "tu" from)
_NUMBERS = {"một": "one", "hai": "two", "ba": "three", "bốn": "four", "tư": "four", "năm": "five", "sáu": "six",
            "bảy": "seven", "tám": "eight", "chín": "nine", "mười": "ten"}
_PLAIN = {"mot": "one", "hai": "two", "bon": "four", "nam": "five", "chin": "nine", "muoi": "ten"}
# months by number word ("tháng Ba" is March, "tháng Giêng" January, "tháng Chạp" December)
_MONTH_WORDS = {"một": 1, "giêng": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8,
                "chín": 9, "mười": 10, "chạp": 12}
_MONTH_PLAIN = {"mot": 1, "gieng": 1, "hai": 2, "bon": 4, "nam": 5, "chin": 9, "muoi": 10, "chap": 12}
_UNITS = {"ngay": "days", "thang": "months", "nam": "years", "tuan": "weeks"}
# parts of a day written before a date ("sáng 12/3", "chiều 5/9/2019"), folded
_DAY_PARTS = {"sang": "morning", "trua": "noon", "chieu": "afternoon", "toi": "evening", "dem": "night"}
# the part of a year or month written before it ("đầu năm 2023", "cuối tháng 5"; "giữa" the month
# alone, as articles write "mid-August"); typed plain only where the word folds like no other ("dau"
# is also oil, "dầu")
_PARTS = {"đầu": "early", "cuối": "late", "giữa": "", "cuoi": "late", "giua": ""}
_AS_UNIT = {"ngày", "ngay", "tháng", "thang", "năm", "nam", "tuần", "tuan"}


def _num(tok: str, lo: int, hi: int) -> int | None:
    return int(tok) if tok.isdigit() and lo <= int(tok) <= hi else None


def _year(tok: str) -> bool:
    return len(tok) == 4 and tok.isdigit() and tok[:2] in ("19", "20")


def _month_word(t: list[str], words: list[str], i: int) -> tuple[int, int] | None:
    """A month named by its number word after "tháng" ("tháng Ba" March, "tháng Mười Một",
    "tháng Giêng"): (tokens read, month). As written, or without diacritics only where the word
    folds like no other ("tháng sau" is next month, not June)."""
    w = [unicodedata.normalize("NFC", x).lower() for x in words[i : i + 2]]
    num = lambda x: _MONTH_WORDS.get(x) or _MONTH_PLAIN.get(x)  # noqa: E731
    if len(w) == 2 and num(w[0]) == 10 and num(w[1]) in (1, 2):  # mười một, mười hai
        return 2, 10 + num(w[1])
    return (1, num(w[0])) if w and num(w[0]) else None


def _date_at(t: list[str], words: list[str], i: int) -> tuple[int, list[str]] | None:
    """A date starting at token i: (tokens read, its English)."""
    g = lambda k: t[i + k] if i + k < len(t) else ""  # noqa: E731
    if g(0) == "ngay" and _num(g(1), 1, 31):
        d = g(1)
        if g(2) == "thang" and _date_at(t, words, i + 2):  # ngày 6 tháng 7 (năm 2023), ngày 6 tháng Ba
            n, eng = _date_at(t, words, i + 2)
            return 2 + n, [d, *eng]
        if _num(g(2), 1, 12) and _year(g(3)):  # ngày 6/7/2023
            return 4, [d, MONTHS[int(g(2)) - 1], g(3)]
        if _num(g(2), 1, 12) and not g(3).isdigit():  # ngày 6/7
            return 3, [d, MONTHS[int(g(2)) - 1]]
    if g(0) in _DAY_PARTS and _num(g(1), 1, 31) and _num(g(2), 1, 12) and (i == 0 or not words[i][:1].isupper()):
        # "sáng 12/3(/2007)": the morning of a day ("ông Sang 12/3" is a name)
        n = 4 if _year(g(3)) else 3
        return n, [_DAY_PARTS[g(0)], g(1), MONTHS[int(g(2)) - 1], *([g(3)] if n == 4 else [])]
    if g(0) == "thang" and (_num(g(1), 1, 12) or _month_word(t, words, i + 1)):  # tháng 9, tháng Ba (năm 2021)
        n, m = (1, int(g(1))) if g(1).isdigit() else _month_word(t, words, i + 1)
        month = MONTHS[m - 1]
        return (3 + n, [month, g(2 + n)]) if g(1 + n) == "nam" and _year(g(2 + n)) else (1 + n, [month])
    if g(0) == "nam" and _year(g(1)):  # năm 2013
        return 2, ["in", g(1)]
    part = _PARTS.get(unicodedata.normalize("NFC", words[i]).lower())
    # "đầu năm 2023": early 2023
    if part is not None and g(1) in ("nam", "thang") and (rest := _date_at(t, words, i + 1)):
        n, eng = rest
        return 1 + n, [part, *eng] if part else eng
    return None


def vi_dates(toks: list[str], words: list[str]) -> tuple[list[str], list[str]]:
    """The folded tokens with dates and counts in English; `words` (each token's word as written)
    stays aligned with them. "năm" is read only where it is written so or without diacritics
    ("Nam" of Việt Nam is neither)."""
    out: list[str] = []
    out_words: list[str] = []
    i = 0
    while i < len(toks):
        written = unicodedata.normalize("NFC", words[i]).lower()
        hit = None if toks[i] in _UNITS and written not in _AS_UNIT else _date_at(toks, words, i)
        count = _count_at(toks, words, i)
        if hit:
            n, eng = hit
            if out and out[-1] == "vao":  # "vào ngày 6/7": on a day (elsewhere "vào" is into)
                out[-1] = out_words[-1] = "on"
        elif count:
            n, eng = count
        else:
            out.append(toks[i])
            out_words.append(words[i])
            i += 1
            continue
        out.extend(eng)
        # a month as English writes it, capitalised: typed plain, "may" would read as "mấy" (how many)
        out_words.extend(w.title() if hit and w in MONTHS else w for w in eng)
        i += n
    return out, out_words


def _count_at(t: list[str], words: list[str], i: int) -> tuple[int, list[str]] | None:
    """'chín tháng đầu năm' (the first nine months), 'ba ngày' (three days): (tokens read, English).
    Never a weekday ("thứ hai ngày …" is Monday) nor a capitalised word ("Việt Nam năm …")."""
    w = unicodedata.normalize("NFC", words[i])
    if w[:1].isupper() or (i > 0 and t[i - 1] == "thu") or _asked_count(t, i):
        return None
    n = _NUMBERS.get(w) or _PLAIN.get(w) or (t[i] if _num(t[i], 1, 999) else None)
    unit = _UNITS.get(t[i + 1]) if i + 1 < len(t) else None
    if unit and unicodedata.normalize("NFC", words[i + 1]).lower() not in _AS_UNIT:
        unit = None  # "Long Phú 1 nằm ở …" (lies in): no year, which "năm" is
    if not n or not unit:
        return None
    if t[i + 2 : i + 4] == ["dau", "nam"]:
        return 4, ["first", n, unit]
    return 2, [n, unit]


def _asked_count(t: list[str], i: int) -> bool:
    """Is the word at i the unit a count asks for ("bao nhiêu năm ngày giải phóng": how many years
    since the liberation day; "mấy năm")? There "năm" is the year, never the number five."""
    return t[i] == "nam" and (t[max(i - 2, 0) : i] == ["bao", "nhieu"] or (i > 0 and t[i - 1] == "may"))
