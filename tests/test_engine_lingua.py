"""Vietnamese and Russian questions and acronyms on articles written for this test (other people,
places and dates), through the real loader: content words map onto the articles' English words,
capitalised Vietnamese common words and Russian content words are never taken for names, Russian
spellings of Vietnamese names find their person, acronyms are spelled out — and a question about
someone or something the articles don't name still declines."""

from __future__ import annotations

import pytest

from knowledge.names import fold
from knowledge.question import parse
from knowledge.question.language import detect_language
from tests.helpers.engine_stores import engine_from_texts

PERM = """---
title: Vietnamese parliament delegation visits Perm
outlet: Test Wire
date: 2021-03-12
---
Vietnamese parliament delegation visits Perm

PERM — National Assembly (NA) Vice Chairman Đỗ Quang Huy arrived at Bolshoye Savino Airport in Perm on Thursday, where he was welcomed by regional Governor Dmitry Makhonin.

Huy and Makhonin agreed to open a Vietnamese trade office in Perm before the end of the year.

Trade turnover between Perm Krai and Vietnam reached 84 million USD in 2020, up 12 percent on the year before.

A photo exhibition on the Kama river opened at the regional library as part of the Vietnamese Culture Days in Perm.

Makhonin asked Vietnamese companies to invest in the region's timber processing plants.
"""

FTA = """---
title: Tomsk firms look to the free trade agreement
outlet: Test Wire
date: 2022-08-04
---
Tomsk firms look to the free trade agreement

TOMSK — Tomsk Oblast exports to Vietnam have doubled since the free trade agreement between Vietnam and the Eurasian Economic Union took effect in 2016, Deputy Governor Lyudmila Ogorodova said on Wednesday.

Vietnamese Consul General Lê Hồng Phong said 14 Vietnamese pharmaceutical firms had met the good manufacturing practice standards of the union.
"""

TULA = """---
title: Tula governor visits Hanoi
outlet: Test Wire
date: 2022-09-16
---
Tula governor visits Hanoi

HÀ NỘI — Deputy Prime Minister Trần Lưu Quang received Tula Oblast Governor Alexey Dyumin in Hà Nội on Wednesday, September 14.

Dyumin had landed at Nội Bài International Airport on September 12, where Deputy Foreign Minister Đỗ Hùng Việt welcomed him.

Quang invited Dyumin to open a Tula trade centre in Hải Phòng, and Dyumin in turn asked Quang to send a business delegation to the Tula arms fair.

Quang and Dyumin pledged to keep up cooperation in metallurgy, agriculture and vocational training.

Trade between Tula Oblast and Vietnam reached 41 million USD in the first nine months of 2022.

Dyumin asked Vietnamese importers to help bring Tula gingerbread and samovars to the Vietnamese market.

On September 15, Dyumin met Nguyễn Văn Nên, Secretary of the Party Committee of Hồ Chí Minh City, at the city's Party headquarters.
"""

KURSK = """---
title: Vietnamese delegation in Kursk
outlet: Test Wire
date: 2023-05-19
---
Vietnamese delegation in Kursk

KURSK — Vietnam Fatherland Front Chairman Đỗ Văn Chiến landed at Vnukovo Airport on May 15, where he was met by Federation Council Deputy Speaker Konstantin Kosachev.

Two days later Chiến flew to Kursk and was met at Kursk Vostochny Airport by Kursk Region Governor Roman Starovoit.

Trade between Kursk Region and Vietnam was 12 million USD in 2022.
"""


@pytest.fixture(scope="module")
def eng(tmp_path_factory):
    e = engine_from_texts(tmp_path_factory.mktemp("lingua"), {"perm_2021.txt": PERM, "tomsk_2022.txt": FTA})
    yield e
    e.close()


def _quotes(a) -> str:
    return " ".join(fold(c.quote) for c in a.citations)


@pytest.mark.parametrize("question, words", [
    # Vietnamese: content words searched in English; "Triển lãm" (exhibition) is no name
    ("Huy và Makhonin nhất trí mở văn phòng gì ở Perm?", "open a vietnamese trade office"),
    ("Triển lãm ảnh nào được khai mạc trong Những ngày văn hóa Việt Nam ở Perm?", "photo exhibition"),
    ("Thống đốc Makhonin yêu cầu các công ty Việt Nam đầu tư vào lĩnh vực nào?", "timber processing"),
    # Russian: inflected content words by their stems; a Vietnamese name as Russian spells it
    ("Какой офис договорились открыть Хюи и Махонин в Перми?", "open a vietnamese trade office"),
    ("Какая фотовыставка открылась в рамках Дней культуры Вьетнама в Перми?", "photo exhibition"),
    ("Кто встречал До Куанг Хюи в аэропорту?", "welcomed by regional governor"),
    # acronyms the articles spell out
    ("Which airport did NA Vice Chairman Huy arrive at?", "bolshoye savino airport"),
    ("When did the Vietnam-EAEU FTA take effect?", "took effect in 2016"),
    ("How many Vietnamese firms met the GMP standards?", "14 vietnamese pharmaceutical firms"),
])
def test_vi_ru_and_acronym_questions_quote_the_answering_sentence(eng, question, words):
    a = eng.ask(question)
    assert a.answered, (question, a.text)
    assert words in _quotes(a), (question, a.text)


@pytest.mark.parametrize("question", [
    "Ông Nguyễn Văn Bình đã gặp ai ở Perm?",  # a Vietnamese name no article has
    "Bà Trịnh Thu Hằng nói gì về thương mại?",
    "Что сказал Кузнецов о торговле с Вьетнамом?",  # a Russian name no article has
    "Кто встречал Фам Ван Донга в аэропорту Перми?",  # a Vietnamese name, in Russian, nobody in the articles
])
def test_unknown_names_in_vietnamese_and_russian_still_decline(eng, question):
    a = eng.ask(question)
    assert not a.answered and not a.citations, (question, a.text)


def test_vietnamese_capitalised_common_words_are_not_names():
    q = parse("Hội nghị thượng đỉnh diễn ra ở Trung tâm Nhiệt đới, theo ông Putin?")
    assert "summit" in q.tokens and "centre" in q.tokens and "tropical" in q.tokens
    caps = {t for i, t in enumerate(q.tokens) if q.raw_has_capital(i)}
    assert caps == {"putin"}
    # a family name starts a name; an honorific or a title is followed by one
    q = parse("Ông Nguyễn Văn Bình và Thủ tướng Chính gặp ai?")
    assert {t for i, t in enumerate(q.tokens) if q.raw_has_capital(i)} == {"nguyen", "van", "binh", "chinh"}


def test_vietnamese_one_syllable_words_by_their_diacritics():
    # "mời" (invite), "mới" (new) fold alike; "Nội" of Nội Bài is not "nói" (say)
    assert parse("Ông Sơn mời ai?").tokens[:3] == ["son", "invited", "who"]
    assert "said" not in parse("Ông Volodin đến sân bay Nội Bài khi nào?").tokens
    # a capitalised syllable may be part of a name: "Tấn" of Trương Tấn Sang is no verb
    assert parse("Trương Tấn Sang tặng gì?").tokens[:5] == ["what", "did", "truong", "tan", "sang"]


def test_russian_stems_read_inflected_forms_but_not_names():
    assert parse("Какую годовщину отмечают?").tokens[:2] == ["which", "anniversary"]
    assert "anniversary" in parse("О годовщинах сотрудничества").tokens
    assert "law" in parse("Когда изменили Закон о фармации?").tokens
    # a capitalised word inside the question reads a stem only with a short ending
    assert "growth" not in parse("Кто посетил Ростов?").tokens


def test_acronym_the_articles_write_is_kept(eng):
    assert eng.acronyms.expand("What did the NA say?") == "What did the national assembly say?"  # defined
    assert eng.acronyms.expand("What about the FDI?") == "What about the foreign direct investment?"  # well known
    assert eng.acronyms.expand("WHO MET PUTIN?") == "WHO MET PUTIN?"  # typed in capitals
    assert eng.acronyms.expand("Was it USD?") == "Was it USD?"  # the articles write it


@pytest.fixture(scope="module")
def eng2(tmp_path_factory):
    e = engine_from_texts(tmp_path_factory.mktemp("lingua2"), {"tula_2022.txt": TULA, "kursk_2023.txt": KURSK})
    yield e
    e.close()


def test_vietnamese_dates_and_counts_read_as_english():
    q = parse("Ông ấy đến Hà Nội vào thứ hai ngày 5 tháng 3 năm 2013 và ở lại ba ngày?")
    assert (q.date_lo, q.date_hi, q.weekday) == ("2013-03-05", "2013-03-05", 0)
    assert q.tokens[-2:] == ["three", "days"]
    q = parse("Thượng tướng Phan Văn Giang chào xã giao ai vào ngày 6/7/2023?")  # day first
    assert (q.date_lo, q.date_hi) == ("2023-07-06", "2023-07-06") and "day" not in q.tokens
    q = parse("Kim ngạch thương mại chín tháng đầu năm 2019 đạt bao nhiêu?")
    assert ["first", "nine", "months"] == q.tokens[1:4] and q.date_lo == "2019-01-01"
    assert "nam" not in parse("Tổng thống Putin thăm Đà Nẵng năm 2013 vào ngày nào?").tokens
    # "Nam" of Việt Nam is no year and no five
    assert parse("Việt Nam năm 2019 xuất khẩu gì?").tokens[:3] == ["what", "did", "vietnam"]


def test_vietnamese_phrases_by_their_diacritics_and_english_order():
    # "thị trường" (market) and "thị trưởng" (mayor) fold alike
    assert "market" in parse("Họ đưa sản phẩm nào vào thị trường Nga?").tokens
    assert parse("Thị trưởng Moscow là ai?").tokens[:4] == ["who", "is", "mayor", "of"]  # asked_forms: English order
    # the asked object goes first, with "did": the one before the verb is the one who acted
    assert parse("Ông Quang mời ông Dyumin làm gì?").tokens[:4] == ["what", "did", "quang", "invited"]
    # not when the asked one is the subject, or a person ("Bộ trưởng nào")
    assert parse("Lãnh đạo nào dự lễ kỷ niệm?").tokens[:2] == ["which", "leader"]
    assert parse("Ông Chiến gặp Bộ trưởng nào?").tokens[:4] == ["chien", "met", "which", "minister"]
    # a place's name before its kind, as the articles write it
    assert parse("Ai đón ông Chiến tại sân bay Nội Bài?").tokens[-3:] == ["noi", "bai", "airport"]
    assert parse("Кто встречал его в аэропорту Внуково?").tokens[-2:] == ["внуково", "airport"]
    # a noun named before it keeps its place: the person after it is no airport's name
    assert parse("Кто принял губернатора Тульской области Алексея Дюмина?").tokens[-4:] == [
        "tula", "region", "алексея", "дюмина"]


@pytest.mark.parametrize("question, words", [
    ("Ông Dyumin đề nghị giúp đưa sản phẩm nào của Tula vào thị trường Việt Nam?", "tula gingerbread"),
    ("Phó Thủ tướng Trần Lưu Quang mời ông Dyumin làm gì?", "open a tula trade centre"),
    ("Tula và Việt Nam đạt kim ngạch thương mại bao nhiêu trong chín tháng đầu năm 2022?", "41 million usd"),
    # "Тьен" is Chiến
    ("Кто встречал До Ван Тьена в аэропорту Внуково?", "konstantin kosachev"),
    # a Russian place adjective is its place: "Тульской области" is Tula Oblast
    ("Какова торговля Тульской области с Вьетнамом?", "41 million usd"),
])
def test_vi_ru_word_order_dates_and_translations_find_the_sentence(eng2, question, words):
    a = eng2.ask(question)
    assert a.answered, (question, a.text)
    assert words in _quotes(a), (question, a.text)


def test_russian_place_adjectives_name_their_place():
    from knowledge.match.name_forms import ru_place_forms

    assert "kaluga" in ru_place_forms("Калужской")  # ж was г
    assert "perm" in ru_place_forms("Пермским")
    assert "tula" in ru_place_forms("Тульской")
    assert "tomsk" in ru_place_forms("Томской")  # the place's own name ends in -ск
    assert ru_place_forms("большой") == [] and ru_place_forms("Путиным") == []


def test_vietnamese_without_diacritics_ending_in_a_question_mark_is_vietnamese():
    # the question word sits against the mark ("gi?", "dau?"): it is still a Vietnamese word
    for question in ("Bo truong Shoigu hua se som thuc hien dieu gi?", "Thu tuong Chinh gap Putin o dau?"):
        assert detect_language(question) == "vi", question
    for question in ("What did Trong say in Hanoi?", "Did Putin meet Trong in Hanoi in June?"):
        assert detect_language(question) == "en", question


def test_short_vietnamese_name_words_must_match_closely():
    from knowledge.match.name_forms import each_word_close
    assert not each_word_close(["tran", "hong", "ha"], "tran hong thai")  # Hà is not Thái
    assert each_word_close(["nguyen", "phu", "trog"], "nguyen phu trong")  # a typo in a longer word


@pytest.mark.parametrize("question, words", [
    ("Что министр сказал о роли оборонного ведомства после наводнений?", {"role", "defence", "ministry", "floods"}),
    ("Что сказал посол о проблемах с визами и платежами?", {"problems", "visas", "payments"}),
    ("Какие ещё темы обсуждались на заседании комитета?", {"topics", "session", "committee"}),
    ("Giải thưởng được khôi phục vào năm nào?", {"prize", "revived"}),
    ("Thứ trưởng đánh giá món quà của Nga như thế nào?", {"gift"}),
])
def test_everyday_russian_and_vietnamese_news_words_are_read(question, words):
    assert words <= set(parse(question).tokens), parse(question).tokens


def test_a_vietnamese_question_starting_with_a_common_word_before_an_institution():
    # "Đoàn Đảng …" is a Party delegation; "Đoàn Mạnh Giao" is a person (a family name, then names)
    assert parse("Đoàn Đảng Cộng sản Việt Nam làm việc với đảng nào của Nga?").tokens[:2] == ["delegation", "communist"]
    assert parse("Đoàn Mạnh Giao gặp ai?").tokens[:3] == ["doan", "manh", "giao"]


def test_vietnamese_acronyms_are_spelled_out():
    from knowledge.answer.acronyms import WELL_KNOWN, _ACRONYM
    assert [m.group(1) for m in _ACRONYM.finditer("giữa TASS và TTXVN")] == ["TASS", "TTXVN"]
    assert _ACRONYM.search("muốn ĐCSVN tăng cường").group(1) == "ĐCSVN"
    assert WELL_KNOWN["ĐCSVN"] == "communist party of vietnam"


KAMA = """---
title: Dalat students sail the Kama
outlet: Test Wire
date: 2021-07-02
---
Dalat students sail the Kama

PERM — Forty students from Dalat University arrived in Perm on Tuesday for a three-week summer school on the Kama river.

The Dalat group will study hydrology with lecturers of Perm State University, rector Dmitry Krasilnikov said.

The regional authorities paid for the students' board, according to the university's press office.
"""


def test_a_name_the_articles_write_as_one_word_is_read_in_their_spelling(tmp_path):
    e = engine_from_texts(tmp_path, {"kama_2021.txt": KAMA})
    try:
        for question in ("How many students from Da Lat came to Perm?",
                         "Bao nhiêu sinh viên Đà Lạt đến Perm?"):
            a = e.ask(question)
            assert a.answered and "forty students" in _quotes(a), (question, a.text)
        # two words the articles write apart stay apart, a pair they never write is still unknown
        assert not e.ask("How many students came from Da Bac University?").answered
        # "author" shares its stem with the "authorities" written, yet the name asked, a foreign word
        # no Vietnamese syllable spells, is in no article
        for question in ("Ai là tác giả của bài hát Kalinka?", "Ai là tác giả của báo Pravda?"):
            a = e.ask(question)
            assert not a.answered and not a.citations, (question, a.text)
    finally:
        e.close()
