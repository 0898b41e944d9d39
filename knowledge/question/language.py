"""A question's tokens: Vietnamese and Russian mapped phrase by phrase onto English question words and
content words (places first), Cyrillic transliterated for name matching; its language is told in detect_language.py."""

from __future__ import annotations

import re

from knowledge import lazy_re
from knowledge.names import fold, has_diacritics
from knowledge.question.lexicon import RU_TABLE, VI_PHRASES, VI_TABLE, fold_table, starts_phrase
from knowledge.question.ru_demonyms import ru_demonym
from knowledge.question.ru_loanwords import loanword_reading as _loanword
from knowledge.question.ru_morph import (compound_word, derived_adjective, misread_stem, participle_stems, present_stems,
                                         ru_place_adjective, ru_place_at, translit)
from knowledge.question.vocab_ru import MAX_ENDING, MIN_STEM, RU_FORMS, RU_STEMS
from knowledge.question.decades import ru_decades, vi_decades
from knowledge.question.detect_language import detect_language  # noqa: F401  (callers import it from here)
from knowledge.question.glosses import gloss_names, latin_quoted
from knowledge.question.order import (PLURALS, counted_plural, did_after_question_word, field_before_minister, field_days,
                                      from_to, how_long_lasting, name_before_noun, nationality_before_noun, ordinals,
                                      vi_ordinals, what_first, which_before_noun, vi_yet_asked, which_ordinal, yesno_first)
from knowledge.question.senses import (how_much, plain_market, plain_that_is, roman_ordinals, ru_digit_ordinals, ru_field,
                                      ru_marked, ru_number, ru_presented, ru_speak, superlatives, vi_ordinal_first, vi_paired, which_of)
from knowledge.question.asked_forms import gathering_titles, plural_asked, title_of
from knowledge.question.vi_dates import vi_dates
from knowledge.question.vi_motion import den_senses, du_senses, into_place, vao_asked, vi_to
from knowledge.question.vi_position import place_sense, who_verb
from knowledge.question.vocab_vi import VI_CONTENT, VI_NEVER_NAMES, VI_WRITTEN_ONLY
from knowledge.question.words import LEAD_TYPOS as _LEAD_TYPOS
from knowledge.question.vi_names import (_VI_SYLLABLE, accented as _accented, ends_name, family_name,  # noqa: F401
                                         cut_place, in_plain_name, name_syllable, lower_marked, no_name_after, phrase_from,
                                         viet_people, vi_name_words, vi_syllable_form, vi_written_forms, latin_name_tails)


def _place_at(tokens: list[str], i: int, words: list[str] | None = None) -> tuple[int, str] | None:
    """A country or place name starting at token i ("ha noi", "nga", "ханой"): (length, English).
    `words`: the tokens as written, where a name never ends in a small word written with its
    diacritics after a capital ("Hà nói": Hà says, never Hà Nội)."""
    from knowledge.names import canonical_country, canonical_place

    for n in (5, 4, 3, 2, 1):  # "thanh pho ho chi minh"
        if words and i + n <= len(words) and cut_place(words, i, n, lambda k: _place_at(tokens, k) is not None):
            continue
        if i + n <= len(tokens):
            w = " ".join(tokens[i : i + n])
            canon = canonical_place(w) or canonical_country(w)
            if canon:
                return n, canon
    return ru_place_at(tokens, i)


def _by_first_word(table: list[tuple[list[str], list[str]]]) -> dict[str, list[tuple[list[str], list[str]]]]:
    """The phrase table's rows under their first word, each list in table order (longest first):
    only those can match at a token, and the first of them that does is the table's first match."""
    index: dict[str, list[tuple[list[str], list[str]]]] = {}
    for src, dst in table:
        index.setdefault(src[0], []).append((src, dst))
    return index


# the lexicon's phrases, then the content vocabulary's (several syllables or words: matched folded,
# so that a question typed without diacritics reads the same; the lexicon wins a shared phrase)
VI_INDEX = _by_first_word(sorted(VI_TABLE + fold_table({k: v for k, v in VI_CONTENT.items() if " " in k}),
                                 key=lambda r: -len(r[0])))
RU_INDEX = _by_first_word(sorted(RU_TABLE + fold_table(RU_FORMS), key=lambda r: -len(r[0])))
# one-syllable Vietnamese words, by their accented form ("mời" invite, "mới" new, "mỗi" each fold alike);
# folded only where no other syllable folds the same way (for questions typed without diacritics)
_VI_SYLLABLES = {_accented(k): v.split() for k, v in VI_CONTENT.items() if " " not in k}
_folds: dict[str, list[str]] = {}
for _k in _VI_SYLLABLES:
    _folds.setdefault(fold(_k), []).append(_k)
_VI_PLAIN = {f: _VI_SYLLABLES[ks[0]] for f, ks in _folds.items() if len(ks) == 1 and f not in VI_WRITTEN_ONLY}
# typed plain, a syllable several words fold onto is the grammatical one a question nearly always
# means: "duoc" is "được" (the passive; "dược", pharmacy, comes in "dược phẩm"), "cho" is "cho" (for;
# "chợ", market, is rarely asked alone)
_VI_PLAIN |= {fold(k): _VI_SYLLABLES[k] for k in ("được", "cho") if k in _VI_SYLLABLES}
_RU_STEMS = {fold(k): v.split() for k, v in RU_STEMS.items()}


_RU_PRESENT = present_stems(_RU_STEMS)
_RU_STEMS |= _RU_PRESENT
_RU_STEMS |= participle_stems(_RU_STEMS)
_RU_LONGEST = max(map(len, _RU_STEMS))


# the lexicon's one-syllable words as written ("nói" say is not "Nội" of Nội Bài), and folded
_VI_LEXICON_WORDS = {_accented(k) for k in VI_PHRASES if " " not in k}
_VI_PLAIN_LEXICON = {fold(k) for k in _VI_LEXICON_WORDS}


# every multi-syllable phrase of the tables under its folded form, as written ("thị trưởng" mayor and
# "thị trường" market fold alike)
_VI_WRITTEN: dict[tuple[tuple[str, ...], tuple[str, ...]], list[list[str]]] = {}
for _table in (VI_PHRASES, VI_CONTENT):
    for _k, _v in _table.items():
        if " " in _k:
            _VI_WRITTEN.setdefault((tuple(fold(_k).split()), tuple(_v.split())), []).append(_accented(_k).split())


def _same_phrase(words: list[str], src: list[str], dst: list[str]) -> bool:
    """Written words are the table phrase src -> dst when each has the phrase's diacritics or none."""
    if len(src) == 1:
        return _same_syllable(words[0])
    forms = _VI_WRITTEN.get((tuple(src), tuple(dst)))
    if not forms or len(words) != len(src):
        return True
    return any(all(not has_diacritics(w) or _accented(w) == f for w, f in zip(words, form)) for form in forms)


def _same_syllable(word: str) -> bool:
    """A word written with diacritics is a one-syllable lexicon word only with the same diacritics
    (a word typed without any may be any of them)."""
    return not has_diacritics(word) or _accented(word) in _VI_LEXICON_WORDS


def vi_syllable(word: str, capitalised: bool, first: bool, plain: bool, alone: bool = False) -> list[str] | None:
    """The English of a one-syllable Vietnamese content word, None when it is none (or written with a
    capital that may make it part of a name: "Tấn", "Kim"; a question's first word only when it is
    no family name, or a family name with no capitalised word after it: "Đoàn tỉnh …" is a
    delegation, as a family name never stands alone). `plain`: the question has no diacritics at all."""
    acronym = len(word) > 1 and word.isupper()  # "UBND", "TP": no name
    institution = not plain and _accented(word) in VI_NEVER_NAMES  # "Hội" (the association)
    if capitalised and not acronym and not institution and not (
            first and (alone or not family_name(word))):
        return None
    return _VI_PLAIN.get(fold(word)) if plain else _VI_SYLLABLES.get(_accented(word))


# a stem this long is no name's start: read with any ending even capitalised, as the first word of
# an institution ("Тихоокеанского флота", "Национального собрания")
_LONG_STEM = 8
# a surname's suffix after a word's stem (a capitalised word takes no longer ending): "Голосов",
# "Мостов", "Кадрин" are people, never "voice", "bridge", "personnel" (nor a whole form's "votes")
_SURNAME_ENDINGS = {"ов", "ев", "ин", "ын"}
# an adjective's endings (folded: й -> и): an adjective stem with one is a word, never a name's start
# ("Северного флота", "Южной провинции")
_ADJ_ENDINGS = {"ого", "его", "ому", "ему", "ои", "еи", "ыи", "ии", "ая", "яя", "ое", "ее", "ые", "ие", "ых", "их",
                "ым", "им", "ыми", "ими", "ую", "юю", "ом", "ем"}


def ru_stem_word(tok: str, name_position: bool, prev: str = "") -> list[str] | None:
    """The English of an inflected Russian content word: its longest stem in the vocabulary, followed
    by no more than an ending; a capitalised word inside the question (where names are) only with a
    short ending ("Декларации", "Закон", but "Ростов" is never "рост") unless the stem is long."""
    if not CYRILLIC.search(tok):
        return None
    for n in range(min(len(tok), _RU_LONGEST), MIN_STEM - 1, -1):
        eng = _RU_STEMS.get(tok[:n])
        if eng is not None and misread_stem(tok[:n], tok[n:], _RU_STEMS, _RU_PRESENT.keys()):
            continue
        if name_position and n < _LONG_STEM and tok[n:] in _SURNAME_ENDINGS:  # "Голосов", "Мостов"
            continue
        if eng is not None and (len(tok) - n <= (2 if name_position and n < _LONG_STEM else MAX_ENDING)
                                or name_position and tok[:n].endswith(("н", "ск", "цк")) and _adjective_ending(tok[n:])):
            return ru_number(eng, tok[:n], tok[n:], PLURALS, prev)
    if not name_position:  # "эвакуир-овали", "тренир-овались": the verb's suffix and reflexive before the ending
        for n in range(min(len(tok), _RU_LONGEST), MIN_STEM - 1, -1):
            if tok[:n] in _RU_STEMS and _verb_ending(tok[n:]):
                return ru_number(_RU_STEMS[tok[:n]], tok[:n], tok[n:], PLURALS, prev)
    return derived_adjective(tok, _RU_STEMS, name_position) or compound_word(tok, lambda t: ru_stem_word(t, False))


def _adjective_ending(rest: str) -> bool:
    """An adjective's ending, with the doubled "н" of "-енн-"/"-онн-" adjectives after a stem in "-н"
    ("Таможен-ным союзом", "Национал-ьного" is none)."""
    return rest in _ADJ_ENDINGS or rest[:1] == "н" and rest[1:] in _ADJ_ENDINGS


def _verb_ending(rest: str) -> bool:
    """Is what follows a verb stem its suffix ("-ирова-", "-ова-", "-ыва-") and an ending, with the
    reflexive "-ся"/"-сь" after it, as long as Russian verbs make them from one stem?"""
    core = rest[:-2] if rest.endswith(("ся", "сь")) else rest
    suffix = next((s for s in ("ирова", "ова", "ева", "ыва", "ива") if core.startswith(s)), "")
    core = core[len(suffix):]
    return len(core) < len(rest) and len(core) <= MAX_ENDING


CYRILLIC = lazy_re.compile(r"[\u0400-\u04FF]")


def _plain_overlap(tokens: list[str], i: int, n: int, index) -> bool:
    """Typed without diacritics, does a phrase of n words at i ("co quan": agency) give way to the one its
    last word starts ("quan he": relationship), as long or longer, when its first word is a lexicon word
    of its own ("có": did; "co quan he" is "có quan hệ", has ties), unless that one gives way itself in
    turn ("tham do dau khi" is "thăm dò dầu khí", never "thăm" + "do đâu" + "khi")?"""
    k = i + n - 1
    return n >= 2 and tokens[i] in _VI_PLAIN_LEXICON and any(
        len(src) >= n and tokens[k : k + len(src)] == src and not starts_phrase(tokens, k + len(src) - 1, len(src), index)
        for src, _dst in index.get(tokens[k], ()))


def _map_phrases(tokens: list[str], index: dict[str, list[tuple[list[str], list[str]]]],
                 word=None, same_word=None, overlap=None, words: list[str] | None = None,
                 keep: set[int] = frozenset()) -> list[str]:
    """Foreign question words -> English ones; country and place names first, so that "Hà Nội"
    stays a city and never reads as "nói" (say). `word(i)`: a single word's English, if any;
    `same_word(i, src, dst)`: whether the words from token i, as written, may be the table's phrase;
    `overlap(tokens, i, n, index)`: whether a phrase gives way to the one starting at its last word;
    `keep`: the positions of an English title the question quotes, left as written."""
    out: list[str] = []
    i = 0
    while i < len(tokens):
        if i in keep:
            out.append(tokens[i])
            i += 1
            continue
        phrase = next(((src, dst) for src, dst in index.get(tokens[i], ()) if tokens[i : i + len(src)] == src
                       and (same_word is None or same_word(i, src, dst))), None)
        if phrase and overlap and overlap(tokens, i, len(phrase[0]), index):
            phrase = next(((src, dst) for src, dst in index.get(tokens[i], ()) if len(src) == 1), None)
        hit = _place_at(tokens, i, words)
        if hit and phrase and len(phrase[0]) == hit[0] > 1 and words and lower_marked(words[i : i + hit[0]]):
            hit = None  # "diễn biến" (developments) written in lower case is no Điện Biên
        if hit and (phrase is None or hit[0] >= len(phrase[0])):  # "lao động" is labour, not Laos
            out.extend(fold(hit[1]).split())
            i += hit[0]
        elif phrase:
            out.extend(phrase[1])
            i += len(phrase[0])
        else:
            mapped = word(i) if word else None
            out.extend(mapped if mapped is not None else [tokens[i]])
            i += 1
    return out


def _pieces(raw: str) -> tuple[list[str], list[str], list[bool]]:
    """The folded tokens (as fold(raw).split()), each with the word it came from as written and
    whether that word starts with a capital."""
    toks, words, caps = [], [], []
    for w in re.findall(r"\w+", raw):
        for t in fold(w).split():
            toks.append(t)
            words.append(w)
            caps.append(w[:1].isupper())
    return toks, words, caps


def _vi_word(toks: list[str], words: list[str], caps: list[bool], i: int, plain: bool) -> list[str] | None:
    """The English of one Vietnamese word no phrase took; none for a number word after "thứ", which
    names a weekday ("thứ bảy", Saturday) that the dates read, not a count."""
    if i > 0 and toks[i - 1] == "thu" and toks[i] in ("tu", "nam", "sau", "bay"):
        return None
    placed = place_sense(toks, words, i)  # "bao nhiêu bộ": a classifier; "… có vốn": has
    return placed if placed is not None else (viet_people(words, i) or vi_to(toks, words, i, _place_at)
            or vi_syllable(words[i], caps[i], i == 0, plain, _alone(toks, words, i)))


def _alone(toks: list[str], words: list[str], i: int) -> bool:
    """Does no given name follow the word at i: the next word shows none does, or the capitalised
    words after it are one place of several syllables ("Đoàn Việt Nam", "Doan Ha Noi": a delegation)?"""
    if i + 1 >= len(words):
        return False
    end = next((k for k in range(i + 1, len(words)) if not words[k][:1].isupper()), len(words))
    if no_name_after(words[i + 1]) or phrase_from(words, i, end):  # "Đoàn Quân đội …": the army's delegation
        return True
    hit = _place_at(toks, i + 1, words)
    end = i + 1 + hit[0] if hit else 0
    return hit is not None and hit[0] >= 2 and (end >= len(words) or not words[end][:1].isupper())


# "Theo X, …", "По словам X, …": the source a Vietnamese or Russian question names first, which
# English puts last ("…, according to X"), so that X is never read as part of what follows
_ACCORDING = lazy_re.compile(r"\s*((?:theo|по словам|по мнению|по данным)\s[^,?]{1,80}),\s*(\w.*)", re.I | re.S)


def tokenize(raw: str, lang: str) -> tuple[list[str], list[str]]:
    if lang in ("vi", "ru") and (m := _ACCORDING.match(raw)):
        head, head_latin = tokenize(m.group(1), lang)
        rest, rest_latin = tokenize(m.group(2), lang)
        return rest + head, rest_latin + head_latin
    if lang in ("vi", "ru"):
        raw = roman_ordinals(ru_digit_ordinals(gloss_names(raw)) if lang == "ru" else vi_written_forms(raw))
    raw = re.sub(r"(?<=\w)['’]s\b", "", raw)  # possessive: "Russia's" -> "Russia"
    raw = re.sub(r"\b(Russia|Vietnam|russia|vietnam)s\b", r"\1", raw)  # typed without the apostrophe
    toks, words, caps = _pieces(raw)
    if lang == "vi":
        plain = not has_diacritics(raw)
        toks, words = vi_ordinals(*vi_dates(*vi_decades(toks, words)))
        caps = [w[:1].isupper() for w in words]
        toks = _map_phrases(toks, VI_INDEX, lambda i: _vi_word(toks, words, caps, i, plain),
                            lambda i, src, dst: _same_phrase(words[i : i + len(src)], src, dst)
                            and not (dst == ["mayor"] and plain_market(words, i)) and not (dst == ["usd"] and plain_that_is(words, i))
                            and not ends_name(words, i, len(src)) and not into_place(words, i, len(src), _place_at, toks)
                            and not name_syllable(words, i, src, plain) and not (len(src) == 1 and place_sense(toks, words, i) is not None),
                            plain and _plain_overlap, words, latin_quoted(raw, words))
    elif lang == "ru":
        toks = _map_phrases(toks, RU_INDEX, lambda i: ru_speak(toks, i) or ru_presented(toks, i) or ru_marked(toks, i) or ru_field(toks, words, i)
                            or ru_stem_word(toks[i], caps[i] and i > 0, toks[i - 1] if i else "")
                            or ru_place_adjective(toks[i]) or ru_demonym(toks[i], _RU_STEMS) or _loanword(toks[i], caps[i]),
                            lambda i, src, dst: len(src) > 1 or (not _GRAMMAR.issuperset(dst)
                            or not _in_name_run(words, caps, i)) and not (caps[i] and i > 0 and len(toks[i]) >= 5
                                                                          and toks[i][-2:] in _SURNAME_ENDINGS),
                            keep=latin_quoted(raw, words) | latin_name_tails(words))
    if lang in ("vi", "ru"):
        named = {t for k, w in enumerate(words) if caps[k] and k > 0  # and a city read from its adjective
                 for t in fold(w).split() + (ru_place_adjective(fold(w)) or [] if lang == "ru" else [])}
        toks = title_of(how_long_lasting(field_before_minister(name_before_noun(ordinals(toks) if lang == "ru" else toks, named))))
    if lang == "vi":
        toks = plural_asked(who_verb(gathering_titles(vao_asked(vi_yet_asked(counted_plural(what_first(which_before_noun(nationality_before_noun(
            which_ordinal(du_senses(den_senses(from_to(vi_ordinal_first(vi_paired(toks)))))))))))), named)), raw)
    if lang == "ru":
        toks = yesno_first(did_after_question_word(which_of(superlatives(ru_decades(field_days(how_much(toks, words)))), PLURALS)))
    if lang == "en" and toks and toks[0] in _LEAD_TYPOS:
        toks = [_LEAD_TYPOS[toks[0]], *toks[1:]]  # "wen did …", "whos the envoy …"
    return toks, [translit(t) for t in toks]


# the English of Russian function words ("там" there, "во" in, "ли"): inside a run of capitalised
# Cyrillic words such a word (or a month) is a syllable of a name ("Там", "До", "Май"), whereas a content word there
# is a word of an institution's or a day's name ("Совета Безопасности", "Дня России")
_GRAMMAR = frozenset("there here and or but with in on at of to from by about did do he him she her it they them "
                     "before until may "
                     "that this so not also all more very as then now what who whom how where when why is was "
                     "were".split())


def _in_name_run(words: list[str], caps: list[bool], i: int) -> bool:
    """Is a capitalised Cyrillic word inside the question part of a run of capitalised Cyrillic words
    ("Лыонг Там Куанг": Lương Tâm Quang, never "there"), so a one-word table entry never reads a
    syllable of a Vietnamese name written in Cyrillic?"""
    def cap(k: int) -> bool:
        return 0 <= k < len(words) and caps[k] and CYRILLIC.search(words[k]) is not None
    return i > 0 and cap(i) and (cap(i - 1) and i - 1 > 0 or cap(i + 1))
