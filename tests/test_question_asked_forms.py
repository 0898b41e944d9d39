"""A Vietnamese or Russian "who is <title> <firm>" ties the title to the firm with no word between (the
Russian genitive is the "of"): the English reading writes "of", as English asks it, when the body is
one word; a body of several words, a person after the title or a verb of the title's own is left alone.
A Vietnamese "những … nào" asks a plural, which English writes on the head noun after "which". A title after a
gathering's noun names the holders who meet there ("diễn đàn hiệu trưởng", "форум ректоров"): a plural, as English
writes "the rectors' forum", so no one holder is asked about."""

from __future__ import annotations

from knowledge.question import parse
from knowledge.question.asked_forms import gathering_titles, plural_asked, title_of


def _read(q: str) -> str:
    return " ".join(parse(q).tokens)


def test_russian_title_of_one_word_firm():
    assert "who is general director of" in _read("Кто является генеральным директором «Трансгаза»?")


def test_vietnamese_title_of_one_word_firm():
    assert _read("Ai là Tổng giám đốc Petrolimex?").startswith("who is general director of petrolimex")


def test_vietnamese_question_asked_at_the_end():
    assert _read("Tổng giám đốc Petrolimex là ai?").startswith("who is general director of petrolimex")


def test_body_of_several_words_left_alone():
    toks = ["who", "is", "rector", "kazan", "federal", "university"]
    assert title_of(toks) == toks


def test_no_body_after_the_title():
    for toks in (["who", "is", "director", "of", "the", "plant"], ["who", "is", "chairman", "concurrently", "ceo"],
                 ["who", "head", "held", "festival"], ["who", "is", "director", "first"],
                 ["who", "is", "ambassador", "lavrov"]):
        assert title_of(toks) == toks


def test_english_question_untouched():
    assert "of" not in parse("Who is general director Ivanov?").tokens


def test_vietnamese_plural_asked_on_the_head_noun():
    assert "which russian deputy prime ministers" in _read("Những Phó Thủ tướng Nga nào dự lễ khai mạc hội chợ?")
    assert "which cities" in _read("Đoàn nghệ sĩ biểu diễn ở những thành phố nào của Nga?")


def test_no_plural_without_nhung():
    assert "which city" in _read("Đoàn nghệ sĩ biểu diễn ở thành phố nào của Nga?")
    toks = ["which", "areas", "of", "cooperation"]
    assert plural_asked(toks, "Hai bên bàn những lĩnh vực nào?") == toks  # already plural


def test_vietnamese_gathering_of_title_holders_is_plural():
    assert "conference governors" in _read("Hội nghị thống đốc lần thứ hai diễn ra ở đâu?")
    assert "forum rectors" in _read("Có bao nhiêu trường tham gia diễn đàn hiệu trưởng ở Huế?")


def test_gathering_title_before_a_name_stays_one_holder():
    toks = ["meeting", "forum", "minister", "kuznetsov"]
    assert gathering_titles(toks, {"kuznetsov"}) == toks
    assert gathering_titles(["who", "is", "rector", "university"], set()) == ["who", "is", "rector", "university"]


def test_russian_genitive_plural_title_is_plural():
    assert "forum rectors" in _read("Где прошёл второй форум ректоров в Казани?")
    assert "consuls" in _read("Сколько консулов приехало на встречу в Перми?")
