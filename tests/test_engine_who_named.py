"""A who-question is answered by the sentence that names the person asked, though the lead outranks it:

- "which <nation> leaders sent messages": the lead tells the exchange in the question's words and
  names no one; a later sentence of the same article names them ("Chile was represented by …"),
  farther behind than the usual promotion reaches (evidence.put_first, promote.ARTICLE_MARGIN);
- "who is the <nation> ambassador quoted about X": the question's title is read as the ambassador,
  and the sentence writes "Ambassador <name>" beside the show in its article (holders.holder_said);
- "who commanded the flotilla": "commanded by Rear Admiral X", "Navy Commander X" (doer_named.py).

Articles written for this test."""

from __future__ import annotations

from knowledge.answer.doer_named import asked_act, names_doer
from tests.helpers.engine_stores import module_engine

MESSAGES = """---
title: Chile and Peru leaders trade messages on 40th anniversary of ties
outlet: Test Wire
date: 2021-03-03
---
Chile and Peru leaders trade messages on 40th anniversary of ties

LIMA, March 3, 2021 — Top leaders of Chile and Peru exchanged messages of congratulations on Wednesday to mark the 40th anniversary of diplomatic relations between the two countries, which were set up on March 3, 1981.

The messages praised four decades of friendship and close cooperation in trade, mining and fisheries.

Chile was represented by President Gabriel Soto and Foreign Minister Andrea Vidal.

In their messages, the leaders wished the people of Peru prosperity and happiness.
"""

SHOW = """---
title: Andean dance troupe performs in Warsaw
outlet: Test Wire
date: 2025-07-21
---
Andean dance troupe performs in Warsaw

WARSAW, July 21, 2025 — The Inti Raymi Dance Company gave a second performance at the Warsaw Folk Art Centre on July 18, a day after a well-received opening night at the same venue.

The shows formed part of the cultural programme celebrating the 50th anniversary of Peru–Poland diplomatic ties.

Ambassador Lucía Ramos called the programme an important act of cultural diplomacy that helps present Peru's image and traditions to Polish audiences.

Performer Rosa Quispe thanked the Polish public for the warm welcome.
"""

engine = module_engine("who_named", {"messages.txt": MESSAGES, "show.txt": SHOW})


def test_leaders_named_later_in_the_lead_s_article(engine):
    a = engine.ask("Which Chilean leaders sent messages for the 40th anniversary of ties?")
    assert a.answered and "Gabriel Soto" in a.citations[0].quote, a.text


def test_ambassador_the_title_was_read_as_answers(engine):
    a = engine.ask("who is the peruvian ambassador quoted about the inti raymi show")
    assert a.answered and "Lucía Ramos" in a.text, a.text


def test_ambassador_of_a_show_no_article_has_is_declined(engine):
    a = engine.ask("Who is the Bolivian ambassador quoted about the Inti Raymi show in Prague?")
    assert not a.answered, a.text


def test_commander_named_for_who_commanded():
    assert asked_act(["who", "commanded", "the", "flotilla"]) == "commanded"
    assert names_doer("The group, commanded by Rear Admiral Jan Kowal, sailed in March.", "commanded", set())
    assert names_doer("Navy Commander Rear Admiral Piotr Nowak hailed the boats.", "commanded", set())
    assert names_doer("The frigate sailed under the command of Captain Ewa Lis.", "commands", set())
    assert not names_doer("A detachment headed by the large ship Admiral Tributs sailed out.", "commanded", set())


def test_holder_said_of_the_one_the_title_was_read_as():
    from types import SimpleNamespace

    from knowledge.answer.holders import holder_said
    plan = SimpleNamespace(holder=("ambassador",), hard=[False, True], terms=["quoted"])
    asked = ["who", "is", "the", "peruvian", "ambassador", "quoted", "about", "the", "show"]

    def best(slots, bears=True):
        return SimpleNamespace(cand=SimpleNamespace(text="Ambassador Lucía Ramos called the programme a success."),
                               slots=slots, bears=bears)
    assert holder_said(plan, best([1.0, 0.35]), asked)  # the title's holder in it, the show in its article
    assert not holder_said(plan, best([0.0, 0.35]), asked)  # another ambassador than the one the title names
    assert not holder_said(plan, best([1.0, 0.0]), asked)  # the show asked is not in its article
    assert not holder_said(plan, best([1.0, 0.35], bears=False), asked)  # no title written beside a name
