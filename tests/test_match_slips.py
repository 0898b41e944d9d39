"""A full name asked with one word a letter off ("Hoang Van Thuk" for Hoàng Văn Thục) is that
person, not a stranger called "Thuk"; but a word Vietnamese writes as a syllable of its own
("Hoang Van Thang") may be another person's name, a word two letters off is no slip, a word
near two known names picks neither, and a stranger's full name stays unmatched."""

from __future__ import annotations

from knowledge.match.index import ActorIndex
from knowledge.match.slips import vietnamese_syllable
from knowledge.question import parse

ACTORS = {1: ("hoang van thuc", "Hoàng Văn Thục", "person"), 2: ("pavel sokolovsky", "Pavel Sokolovsky", "person"),
          3: ("dinh the khai", "Đinh Thế Khải", "person"), 4: ("dinh the khao", "Đinh Thế Khảo", "person"),
          5: ("russia", "Russia", "country"), 6: ("vo minh khoa", "Võ Minh Khoa", "person"),
          7: ("anna pavlovna ilyina", "Anna Pavlovna Ilyina", "person")}
ALIASES = [(1, "Thục"), (2, "Sokolovsky"), (3, "Khải"), (4, "Khảo"), (6, "Khoa")]


def _ids(question: str) -> list[list[int]]:
    ix = ActorIndex(ACTORS, ALIASES, [])
    return [sorted(m.actor_ids) for m in ix.find(parse(question)).mentions]


def _whole(question: str, name: str) -> bool:
    """Is the whole name, its odd word too, read as one known person?"""
    ix = ActorIndex(ACTORS, ALIASES, [])
    return any(m.text == name for m in ix.find(parse(question)).mentions)


def test_one_slipped_word_of_a_full_name_is_that_person():
    assert _whole("What did Hoang Van Thuk say in Russia?", "hoang van thuk")  # c typed as k: no syllable
    assert _ids("What did Hoang Van Thuk say in Russia?") == [[1], [5]]
    assert _whole("Which prize did Vo Minh Koa win?", "vo minh koa")  # 'koa': Vietnamese writes 'khoa'
    assert _whole("Whom did Anna Pavlovna Ilyna meet?", "anna pavlovna ilyna")  # a letter left out


def test_a_word_vietnamese_writes_may_be_another_persons_name():
    assert not _whole("What did Hoang Van Thang say in Russia?", "hoang van thang")  # 'Thang' left a stranger
    assert _ids("What did Hoang Van Thuc say?") == [[1]]  # written as the store writes it


def test_a_word_two_letters_off_or_with_another_first_letter_is_no_slip():
    assert not _whole("What did Hoang Van Phuk say?", "hoang van phuk")
    assert not _whole("Whom did Anna Pavlovna Zlyina meet?", "anna pavlovna zlyina")
    assert not _whole("Whom did Anna Pavlovna Ilyukhina meet?", "anna pavlovna ilyukhina")


def test_a_word_near_two_known_names_picks_neither():
    assert not _whole("What did Dinh The Khak announce?", "dinh the khak")  # Khai and Khao one letter away
    assert _whole("What did Dinh The Khai announce?", "dinh the khai")


def test_vietnamese_syllables_told_from_slips():
    assert vietnamese_syllable("minh") and vietnamese_syllable("khoa") and vietnamese_syllable("nguyen")
    assert not vietnamese_syllable("phuk") and not vietnamese_syllable("koa") and not vietnamese_syllable("mana")
