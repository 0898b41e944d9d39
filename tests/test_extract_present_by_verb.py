"""Gatherings a person is put at with no 'at' phrase (knowledge/extract_gathering_forms.py
present_by_verb): 'X said while attending the Xyz Forum', 'X told reporters on the sidelines of the
Xyz Forum', 'X gave the figure ... on the sidelines of'. Articles of our own."""

from __future__ import annotations

from knowledge.extract import extract_article
from tests.helpers.articles import seed_from_text

PUB = "2021-05-07"  # a Friday


def _events(text: str):
    art = extract_article(seed_from_text(text, date=PUB))
    return [(e.kind, sorted(p.actor for p in e.participants)) for e in art.events]


def test_who_told_reporters_on_the_sidelines_of_a_forum_was_at_it():
    evs = _events("Kamaz plans a truck plant in Chile, its chief executive said on Thursday.\n\n"
                  "Sergei Kogogin told reporters on the sidelines of the Kazan International Economic Forum that "
                  "sales had doubled.\n")
    assert any(k in ("forum", "meeting") and ps == ["Sergei Kogogin"] for k, ps in evs)


def test_who_gave_a_figure_on_the_sidelines_of_a_forum_was_at_it():
    evs = _events("Kamaz plans a truck plant in Chile, its chief executive said on Thursday.\n\n"
                  "Sergei Kogogin gave the figure to reporters on the sidelines of the Kazan International "
                  "Economic Forum.\n")
    assert ("forum", ["Sergei Kogogin"]) in evs


def test_who_spoke_while_attending_a_named_forum_was_at_it():
    evs = _events("Kamaz will open a truck plant in Chile, chief executive Sergei Kogogin said on Thursday while "
                  "attending the Kazan International Economic Forum.\n")
    assert any(k in ("forum", "meeting") and ps == ["Sergei Kogogin"] for k, ps in evs)


def test_one_who_will_attend_a_forum_is_not_there_yet():
    evs = _events("Sergei Kogogin will attend the Kazan International Economic Forum next week, Kamaz said.\n")
    assert not any("Sergei Kogogin" in ps for _, ps in evs)
