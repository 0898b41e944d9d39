"""Everyday news words of Vietnamese and Russian questions (institutions and posts, law, parliament
and the Party, economy, energy, science, culture, sport and media) read as the English the articles
use — on questions and an article written for this test (other people, places and dates). A
capitalised ministry ("Bộ Tư pháp") or association ("Hội") is no one's name, and the new words
leave names alone: family names typed without diacritics, "Золотов", "Грузия", "после"."""

from __future__ import annotations

import pytest

from knowledge.names import fold
from knowledge.question import parse
from tests.helpers.engine_stores import module_engine, quoted


def words(question: str) -> str:
    return " ".join(parse(question).tokens)


@pytest.mark.parametrize("question, english", [
    ("Cơ quan nào phụ trách dự án cầu Tràng Tiền?", "which agency in charge"),
    ("Ông Lò Văn Kha giữ chức vụ gì ở tỉnh Sơn La?", "post"),
    ("Vai trò của Hội là gì?", "role of association"),
    ("Bà Quách Thị Hiên làm vụ trưởng từ năm nào?", "department director"),
    ("Nhiệm vụ của đoàn trong nhiệm kỳ tới là gì?", "tasks of delegation"),
    ("Hai bên kỳ vọng gì về hợp tác năng lượng nguyên tử?", "expected"),
    ("Dự án mang lại lợi ích gì cho nông dân?", "benefits"),
    ("Triển lãm tư liệu về tàu điện ngầm mở ở đâu?", "materials about metro"),
    ("Có bao nhiêu lượt xem video về đội tuyển quyền anh?", "views"),
    ("Các vận động viên quyền anh tập huấn ở đâu?", "athletes boxing training"),
    ("Tòa án nhân dân tối cao ký gì với viện kiểm sát?", "supreme people court"),
    ("Ai là tổng biên tập của tờ báo?", "editor in chief"),
    ("Giá gạo xuất khẩu tăng bao nhiêu?", "rice exports"),
    ("Xe buýt điện sẽ thay thế loại xe nào ở Huế?", "replace"),
    ("Thái Lan đã từ bỏ kế hoạch đường sắt vào năm nào?", "abandoned"),
    ("Ai đã đọc diễn văn tại lễ tang ông Petrenko?", "read"),
    ("Ai đã đọc diễn văn tại lễ tang ông Petrenko?", "funeral"),
    ("Ai đã dịch cuốn tiểu thuyết sang tiếng Anh?", "translated"),
    ("Đoàn đại biểu dâng hoa ở đâu tại Kazan?", "laid flowers"),
    ("Quan hệ hai nước dựa trên mấy trụ cột?", "based on"),
    ("Quan hệ hai nước dựa trên mấy trụ cột?", "pillars"),
    ("Công ty dự định xây trang trại gió ở Ninh Thuận công suất bao nhiêu?", "wind farms"),
    ("Lễ mít tinh ở Kazan đánh dấu sự kiện gì?", "marking"),
    ("Cộng đồng được kêu gọi giữ gìn điều gì?", "preserve"),
    ("Ai dự lễ kỷ niệm Quốc khánh Lào tại Vientiane?", "national day"),
    ("Cô giáo nào dạy tiếng Nhật ở Đà Nẵng?", "taught"),
    ("Vở Hồ Thiên Nga được diễn ở Huế mấy đêm?", "production swan lake"),
    ("Bao nhiêu cử tri bỏ phiếu trong ngày bầu cử ở Huế?", "on election day"),
    ("Cuốn sách có bản tiếng Việt năm nào?", "vietnamese version"),
])
def test_vietnamese_news_words(question, english):
    assert english in words(question), (question, words(question))


def test_a_capitalised_ministry_or_association_is_no_ones_name():
    assert words("Bộ Tư pháp ký gì với Bộ Tư pháp Lào?").startswith("what did justice ministry signed")
    assert "justice minister" in words("Bộ trưởng Tư pháp gặp ai ở Viêng Chăn?")
    q = parse("Chủ tịch Hội gặp ai ở Đà Nẵng?")
    assert "association" in q.tokens and not q.raw_has_capital(q.tokens.index("association"))
    # one syllable in lower case only: the capitalised family or given name stays a name
    assert "former" in parse("Ai là nguyên bộ trưởng?").tokens
    assert parse("Ông Nguyên Văn Tám gặp ai?").tokens[:3] == ["nguyen", "van", "tam"]
    # typed without diacritics, a syllable that folds like a family name is never a content word
    assert parse("nguyen van tam gap ai").tokens[:3] == ["nguyen", "van", "tam"]
    assert parse("vo van tam gap ai").tokens[:3] == ["vo", "van", "tam"]


@pytest.mark.parametrize("question, english", [
    ("Какого числа открылось Общество дружбы в Твери?", "what date open association friendship"),
    ("Сколько журналистов присутствовало на празднике Октябрьской революции?",
     "how many journalists attended on holiday october revolution"),
    ("На сколько лет рассчитана программа?", "designed programme"),
    ("Кого принимал министр юстиции Орлов?", "whom did received justice minister"),  # English order: whom did X receive
    ("Кто принял делегацию прокуратуры?", "who received delegation prosecutor"),
    ("Под каким номером выступал боксер Кравцов?", "number perform boxer"),
    ("Кто стал чемпионом турнира по боксу?", "champion tournament boxing"),
    ("Какую должность занимает Павел Сомов?", "post"),
    ("Когда отметили 60-летие Общества?", "60 anniversary association"),
    ("Что сказал посол после встречи?", "said ambassador after meeting"),
])
def test_russian_news_words(question, english):
    assert english in words(question), (question, words(question))


def test_russian_stems_leave_names_and_short_words_alone():
    assert "gold" not in words("Что сказал Виктор Золотов?")
    assert "cargo" not in words("Кого встретил посол в Грузии?")
    assert "cargo" in words("Сколько грузов перевезли?")
    assert "debt" not in words("Как долго длился визит?")


def test_pages_are_no_countries():
    """"страниц" (pages) begins with the stem of "стран" (countries): a count of a book's pages is no
    count of countries, which an article's "delegates from 12 countries" would answer."""
    assert "pages" in words("Сколько страниц в новом словаре Петренко?")
    assert "countries" not in words("Сколько страниц в новом словаре Петренко?")
    assert "countries" in words("Сколько стран подписали хартию?")


ARTICLE = """---
title: Boxing coaches and a justice plan
outlet: Test Wire
date: 2020-10-20
---
Boxing coaches and a justice plan

KHABAROVSK — Vietnam's Ministry of Justice and the Khabarovsk Territory government signed a plan on legal training in Khabarovsk on October 16.

Twenty Vietnamese boxing coaches will attend a six-week training camp in Khabarovsk from November.

Forty journalists attended the opening of the Society of Friends of Vietnam in Khabarovsk on October 17.

The society's role is to promote cultural exchanges between the Russian Far East and Vietnam, its chairman Semyon Voronov said.
"""

engine = module_engine("lexicon_more", {"khabarovsk_2020.txt": ARTICLE})


@pytest.mark.parametrize("question, expected", [
    ("Bộ Tư pháp Việt Nam ký kế hoạch gì với Khabarovsk?", "plan on legal training"),
    ("Vai trò của Hội những người bạn Việt Nam là gì?", "role is to promote cultural exchanges"),
    ("Bao nhiêu huấn luyện viên quyền anh Việt Nam sẽ đến Khabarovsk?", "twenty vietnamese boxing coaches"),
    ("Bao nhiêu nhà báo dự lễ khai mạc Hội những người bạn Việt Nam?", "forty journalists"),
    ("Какова роль Общества друзей Вьетнама?", "role is to promote cultural exchanges"),
    ("Сколько журналистов присутствовало на открытии Общества друзей Вьетнама?", "forty journalists"),
])
def test_new_words_find_the_sentence(engine, question, expected):
    a = engine.ask(question)
    assert a.answered, (question, a.text)
    assert expected in fold(quoted(a)), (question, a.text)
