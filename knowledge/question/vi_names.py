"""Which capitalised words of a Vietnamese question are a person's name, and what a Vietnamese
syllable looks like: Vietnamese capitalises organisations, events and titles too, so a capital
letter alone does not make a name (split out of language.py, which had reached 423 lines)."""

from __future__ import annotations

import re
import unicodedata
from typing import Callable

from knowledge import lazy_re
from knowledge.names import VIETNAMESE_SURNAMES, fold, has_diacritics
from knowledge.question.lexicon import VI_PHRASES
from knowledge.question.vocab_vi import VI_CONTENT, VI_NEVER_NAMES


def accented(word: str) -> str:
    return unicodedata.normalize("NFC", word).lower()


_VI_SYLLABLE = lazy_re.compile(r"(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(ch|ng|nh|[cmnpt])?")
def vi_syllable_form(word: str) -> bool:
    """Is a folded word shaped as one Vietnamese syllable (an initial, a vowel run, a final)?"""
    return _VI_SYLLABLE.fullmatch(word) is not None


# the family names as Vietnamese writes them: a word written with other diacritics is another word
# ("Lễ" ceremony is not Lê, "Hải" is not Hà), though one typed without any may be any of them
_WRITTEN_SURNAMES = frozenset(accented(w) for w in (
    "Nguyễn Trần Lê Phạm Hoàng Huỳnh Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Lí Phan Trương Đinh Lâm Mai Trịnh Đoàn "
    "Lương Cao Hà Tạ Chu Quách Thái Tống Văn Đào Kiều Lưu Giang Triệu Thạch Vương Đàm Khổng Nông Lại Phùng "
    "Châu Bạch Nghiêm Tiêu Mạc Quan Ứng Hứa Khúc Uông Giáp Ninh Tôn Lục Mạch Trác Đổ Hoàng").split())


def family_name(word: str) -> bool:
    """Is a written word a Vietnamese family name: its folded form one, and its diacritics, if it
    has any, a family name's ("Lê", "Le", but never "Lễ")?"""
    if fold(word) not in VIETNAMESE_SURNAMES:
        return False
    return accented(word) == fold(word) or accented(word) in _WRITTEN_SURNAMES


# words after which a capitalised Vietnamese word is someone's name: honorifics, and the last
# syllable of titles ("Thủ tướng Chính", "Đại sứ Mạnh", "bà Ngân")
_VI_BEFORE_NAME = {"ông", "bà", "ngài", "anh", "chị", "cô", "chú", "đồng chí", "tướng", "thống", "thư", "tịch",
                   "sứ", "trưởng", "đốc", "nhiệm", "lý", "sĩ", "giáo sư", "tiến sĩ"}


def _place_words(run: list[str]) -> set[str]:
    """The words of a run that name a place or a country ("Đà Nẵng", "Hải Phòng"): names too."""
    from knowledge.names import canonical_country, canonical_place

    out: set[str] = set()
    for n in (4, 3, 2, 1):
        for i in range(len(run) - n + 1):
            phrase = " ".join(run[i : i + n])
            if n > 1 and (canonical_place(phrase) or canonical_country(phrase)):
                out.update(run[i : i + n])
            eng = _VI_COUNTRY_WORDS.get(phrase)
            if eng:  # "Thái Lan", "Úc": the English the question reads them as is a name too
                out.update(eng.split())
    return out


def _vi_countries() -> dict[str, str]:
    """Folded Vietnamese names of countries the content vocabulary reads as an English country."""
    from knowledge.names import canonical_country

    return {fold(k): v for k, v in VI_CONTENT.items() if canonical_country(v)}


_VI_COUNTRY_WORDS = _vi_countries()


def vi_name_words(raw: str) -> frozenset[str]:
    """The folded capitalised words of a Vietnamese question that may be part of a person's name.
    Vietnamese capitalises the first word of organisations, events and titles ("Hội nghị thượng
    đỉnh", "Trung tâm Nhiệt đới", "Kim ngạch"): a capitalised run is a name when it starts with a
    family name ("Nguyễn Văn Bình"), follows an honorific or a title ("ông Putin", "Thủ tướng
    Chính"), or, word by word, when a word is no Vietnamese syllable at all ("Volodin")."""
    words = re.findall(r"\w+", raw)
    out: set[str] = set()
    i = 0
    while i < len(words):
        if not words[i][:1].isupper():
            i += 1
            continue
        # "Ông Nguyễn Văn Bình": the name follows; "Chủ tịch Hội": an institution, no one's name
        if accented(words[i]) in _VI_BEFORE_NAME | VI_NEVER_NAMES:
            out.update(_VI_COUNTRY_WORDS.get(fold(words[i]), "").split())  # "Úc", "Pháp": a country
            i += 1
            continue
        j = i
        while j < len(words) and words[j][:1].isupper() and accented(words[j]) not in _VI_BEFORE_NAME:
            j += 1
        run = [fold(w) for w in words[i:j]]
        surname = family_name(words[i]) and not _place_after(run) and not phrase_from(words, i, j)
        before = accented(words[i - 1]) if i > 0 else ""
        before2 = accented(" ".join(words[i - 2 : i])) if i > 1 else ""
        if len(run) >= 2 and surname and not _VI_SYLLABLE.fullmatch(run[1]):
            run = run[1:]  # "Đoàn Bashkortostan": a Vietnamese name is Vietnamese syllables, so a delegation
        if (len(run) >= 2 and surname) or before in _VI_BEFORE_NAME or before2 in _VI_BEFORE_NAME:
            out.update(run)
            out.update(_place_words(run))  # "Thái Lan" starts with a family name, yet is a country
        else:
            out.update(f for f in run if not _VI_SYLLABLE.fullmatch(f))
            out.update(_place_words(run))
        i = j
    return frozenset(out)


def _place_after(run: list[str]) -> bool:
    """Is the rest of a capitalised run after its first word one place of several syllables ("Đoàn
    Việt Nam", "Đoàn Hà Nội": a delegation)? No given name is a country's or a city's name."""
    from knowledge.names import canonical_country, canonical_place

    rest = " ".join(run[1:])
    return len(run) >= 3 and bool(canonical_place(rest) or canonical_country(rest))


def _written_phrases() -> dict[str, list[tuple[str, ...]]]:
    """The vocabulary's phrases of several syllables as written, under their first syllable, leaving
    out those that name a place or a country (a name's words may well spell one: "Hồ Chí Minh")."""
    from knowledge.names import canonical_country, canonical_place
    from knowledge.question.lexicon import VI_PHRASES

    out: dict[str, list[tuple[str, ...]]] = {}
    for table in (VI_PHRASES, VI_CONTENT):
        for k, v in table.items():
            ws = tuple(accented(k).split())
            if len(ws) > 1 and not (canonical_place(k) or canonical_country(k) or canonical_country(v)):
                out.setdefault(ws[0], []).append(ws)
    return out


_PHRASES: dict[str, list[tuple[str, ...]]] | None = None


def phrase_from(words: list[str], i: int, end: int) -> bool:
    """Does a phrase of the vocabulary start at the family-name-like word at i, or at the word after
    it, and run on past the capitalised words (to `end`) into lower-case ones? "Đoàn Quân đội …" is
    a delegation of the army ("quân đội"), "Phòng Thương mại …" a chamber of commerce: a name's
    syllables are all capitalised, so no name goes on into a lower-case word of a phrase."""
    global _PHRASES
    if _PHRASES is None:
        _PHRASES = _written_phrases()
    for k in (i, i + 1):
        if k >= end:
            break
        for ws in _PHRASES.get(accented(words[k]), ()):
            if k + len(ws) > end and tuple(accented(w) for w in words[k : k + len(ws)]) == ws:
                return True
    return False


# academic titles written as abbreviations before a name ("PGS.TS Nguyễn …", "GS. Trần …"): English
# articles write the name alone, so a title kept would be read as an unknown word of the name
_ACADEMIC = lazy_re.compile(r"\b(?:PGS|GS|TSKH|TS|ThS)\b\.?\s*(?=(?:PGS|GS|TSKH|TS|ThS)\b|[A-ZĐÀ-Ỹ])")


# a transliterated foreign name hyphenates its syllables in any grouping ("Mát-xcơ-va", "Mát-xcơva",
# "Pu-tin"): a capitalised word with lower-case syllables hyphened on is one word
_HYPHENED = lazy_re.compile(r"\b[^\W\d_][\w]*(?:-[^\W\d_][\w]*)+")


def _joined(m: re.Match) -> str:
    parts = m.group(0).split("-")
    return "".join(parts) if parts[0][:1].isupper() and all(p[:1].islower() for p in parts[1:]) else m.group(0)


def vi_written_forms(raw: str) -> str:
    """'PGS.TS Nguyễn Văn Hùng' -> 'Nguyễn Văn Hùng', 'Mát-xcơva' -> 'Mátxcơva': the titles before a
    capitalised name dropped, a transliterated name's hyphened syllables joined."""
    return _HYPHENED.sub(_joined, _ACADEMIC.sub("", raw))


def no_name_after(word: str) -> bool:
    """Does the word after a capitalised family-name syllable show that no Vietnamese name goes on:
    a small word, an institution's head ("Đoàn Đảng"), or a word no Vietnamese syllable ("Đoàn
    Bashkortostan": a delegation, as a Vietnamese name is written in Vietnamese syllables)?"""
    f = fold(word)
    return not word[:1].isupper() or f in _INSTITUTION_HEADS or not _VI_SYLLABLE.fullmatch(f)


# capitalised words that start an institution's name, never a person's given name: "Đoàn Đảng …"
# (a Party delegation), "Đoàn Bộ …", "Hội Hữu nghị …" begin with a common word, not a family name
_INSTITUTION_HEADS = {"dang", "bo", "uy", "tinh", "so", "ban", "truong", "vien", "huu", "nghi", "thanh pho",
                      "hoi", "cuc", "tong", "tap"}  # "Đoàn Hội Phụ nữ …", "Cục", "Tổng cục", "Tập đoàn"


def viet_people(words: list[str], i: int) -> list[str] | None:
    """["vietnamese"] when a capitalised "Việt" at i is the people's adjective: after a lower-case
    noun, with no capitalised word after it ("du khách Việt" Vietnamese tourists, "doanh nghiệp
    Việt"). After an honorific or a title ("ông Việt") it is a given name, before a capitalised word
    part of a name or a place."""
    if accented(words[i]) not in ("việt", "viet") or not words[i][:1].isupper() or i == 0 \
            or words[i - 1][:1].isupper():
        return None  # "viết" (write), and a plain "viet" (maybe "Việt Nam" typed lower case), are other words
    before = {accented(words[i - 1]), accented(" ".join(words[max(i - 2, 0) : i]))}
    alone = not before & _VI_BEFORE_NAME and (i + 1 >= len(words) or not words[i + 1][:1].isupper())
    return ["vietnamese"] if alone else None


def lower_marked(words: list[str]) -> bool:
    """Words written in lower case with their diacritics: a phrase of the vocabulary, never a place
    name, which a question writing diacritics capitalises."""
    return all(not w[:1].isupper() for w in words) and any(has_diacritics(w) for w in words)


def ends_name(words: list[str], i: int, n: int) -> bool:
    """Would a phrase of n words at i take the last word of a name with the lower-case words after it?
    Typed plain, "Nguyen Xuan Phuc hoi dam" is Phúc + "hội đàm" (held talks), not "phục hồi" (recover):
    a capitalised word, typed plain, ending a run that starts with a family name ends that name
    ("Bộ Trưởng Quốc phòng" is an office, its words no one's name). Nor does a phrase read the
    capitalised given names after a family name (given_names)."""
    if given_names(words, i, n):
        return True
    if not (n > 1 and i > 0 and words[i][:1].isupper() and words[i - 1][:1].isupper()
            and not words[i + 1][:1].isupper() and not has_diacritics(words[i])):
        return False
    start = i - 1
    while start > 0 and words[start - 1][:1].isupper():
        start -= 1
    return family_name(words[start])  # a person's name runs up to here ("Nguyen Xuan Phuc")


def in_plain_name(words: list[str], i: int, plain: bool) -> bool:
    """Typed without diacritics, is the capitalised word at i (not the first) a syllable of a name,
    next to another capitalised word ("Ong Ho Duc Phoc", "mo Bach Ho")? There "Ho" is Hồ, never the
    pronoun "họ" (they) a one-word table entry would read it as."""
    def cap(k: int) -> bool:
        return 0 <= k < len(words) and words[k][:1].isupper()
    return plain and i > 0 and cap(i) and (cap(i - 1) or cap(i + 1))


def honorific_ends_name(words: list[str], i: int) -> bool:
    """Is a capitalised "Ông"/"Bà" at i the last syllable of a name ("thủy điện Thác Bà", "Lăng
    Ông") rather than the honorific it is before a name ("Bà Nguyễn Thị Hà")? So it follows a
    capitalised word and no capitalised word follows it."""
    cap = lambda k: 0 <= k < len(words) and words[k][:1].isupper()  # noqa: E731
    return i > 0 and cap(i) and cap(i - 1) and not cap(i + 1)


def name_syllable(words: list[str], i: int, src: list[str], plain: bool) -> bool:
    """Is the word at i, which a one-word table entry src would read, a syllable of a name instead:
    typed plain inside a run of capitalised words, or a capitalised "Ông"/"Bà" ending one?"""
    return len(src) == 1 and in_plain_name(words, i, plain) or src in (["ong"], ["ba"]) and honorific_ends_name(words, i)


# a country's short form paired with another's ("Nga – Việt", "Việt - Nga - Ấn Độ", "Liên Xô"):
# after a one-syllable country it names a second state, never the rest of one place
_VI_TERMS = {accented(k) for k in (*VI_CONTENT, *VI_PHRASES) if " " in k}
_PAIRED_STATES = {"việt", "xô", "trung", "nhật", "hàn", "pháp", "đức", "ấn", "anh", "úc", "lào", "mỹ", "nga"}


def cut_place(words: list[str], i: int, n: int, place_at: Callable[[int], bool]) -> bool:
    """Would a place of n words at i cut a longer name short? A name never ends in a small word
    written with its diacritics after a capital ("Hà nói": Hà says, never Hà Nội); nor does a
    one-syllable country stand before a capitalised Vietnamese syllable that no family name, place,
    state or title starts: "Mỹ Đình", "Mỹ Sơn" are places of their own, never the United States
    ("Nga, Phó Thủ tướng …" is Russia, the comma gone from `words`)."""
    if n > 1:
        return words[i][:1].isupper() and not words[i + n - 1][:1].isupper() and has_diacritics(words[i + n - 1])
    nxt = words[i + 1] if i + 1 < len(words) else ""
    return (words[i][:1].isupper() and nxt[:1].isupper() and has_diacritics(nxt) and vi_syllable_form(fold(nxt))
            and not family_name(nxt) and accented(nxt) not in _PAIRED_STATES and not place_at(i + 1)
            and not any(accented(" ".join(words[i + 1 : i + m])) in _VI_TERMS for m in (3, 4, 5)))


def country_ends_name(words: list[str], i: int) -> bool:
    """Is the capitalised one-syllable country at i the last syllable of a name, after a capitalised
    Vietnamese syllable that is no state of a pair ("Phu My", "Le Thi Nga" typed in Latin letters
    in a Russian question), never Russia or the United States? The question's first word is
    capitalised whatever it is, so only a family name counts there ("Nguyen Nga"). Not applied to
    Vietnamese questions, whose readers capitalise titles too ("Tổng Thống Mỹ")."""
    if i < 1 or not words[i][:1].isupper() or len(fold(words[i]).split()) != 1:
        return False
    prev = words[i - 1]
    return (prev[:1].isupper() and (i > 1 or family_name(prev)) and vi_syllable_form(fold(prev))
            and accented(prev) not in _PAIRED_STATES and prev.lower() not in VI_NEVER_NAMES)


def latin_name_tails(words: list[str]) -> set[int]:
    """The positions of a Russian question's Latin words that end a Vietnamese name typed in Latin
    letters ("Phu My", "Tran Thi Nga"): left as written, never read as a country."""
    return {i for i, w in enumerate(words) if w.isascii() and words[i - 1].isascii() and country_ends_name(words, i)}


# the family names most people bear that are no common word besides ("Đoàn" is a delegation, "Hồ"
# a lake, "Mai" tomorrow, "Cao" high): after one of them, capitalised words are given names
_PEOPLE_SURNAMES = {"nguyễn", "trần", "lê", "phạm", "huỳnh", "phan", "vũ", "võ", "đặng", "bùi", "đỗ", "ngô",
                    "dương", "trịnh", "đinh", "lương", "vương", "tô", "chu"}


def given_names(words: list[str], i: int, n: int) -> bool:
    """Are the n words at i, every one capitalised, the given names of a person whose family name
    stands just before them ("Nguyễn Thế Kỷ" is no century, "Phạm Bình Minh" no dawn)?"""
    if n < 2 or i < 1 or i + n > len(words) or not all(w[:1].isupper() for w in words[i : i + n]):
        return False
    return accented(words[i - 1]) in _PEOPLE_SURNAMES and family_name(words[i - 1])
