"""A person named by a title of a body ("president of the Hanoi Chess Federation", "director of
KRSI"): the person whose stored titles tie that title to that body, before the title word is read
as a role anyone holds and the body as a separate actor; a title the store never ties to the body
stays a role."""

from __future__ import annotations

from knowledge.match.index import ActorIndex
from knowledge.question import parse

ACTORS = {1: ("ivan petrov", "Ivan Petrov", "person"), 2: ("boris orlov", "Boris Orlov", "person"),
          3: ("le van tam", "Lê Văn Tâm", "person"), 4: ("russia", "Russia", "country"),
          5: ("vietnam", "Vietnam", "country")}
ALIASES = [(1, "Petrov"), (1, "President of the Russia-Vietnam Chess Federation"), (2, "Orlov"),
           (2, "Russian President"),
           (3, "Tâm"), (3, "KRSI Director"), (3, "HSEA President")]
TITLES = [(2, "Russian President"), (3, "KRSI Director"), (3, "HSEA President")]


def _ids(question: str) -> list[list[int]]:
    ix = ActorIndex(ACTORS, ALIASES, TITLES)
    return [sorted(m.actor_ids) for m in ix.find(parse(question)).mentions]


def _named(question: str) -> list[list[int]]:
    """The people the question names outright (not by a role some of them hold)."""
    ix = ActorIndex(ACTORS, ALIASES, TITLES)
    return [sorted(m.actor_ids) for m in ix.find(parse(question)).mentions
            if m.how == "role" and len(m.actor_ids) == 1 and m.span[1] - m.span[0] > 1]


def test_a_whole_titled_alias_names_its_person_before_the_role():
    assert _ids("Who is president of the Russia-Vietnam Chess Federation?") == [[1]]


def test_a_title_with_the_body_its_holder_is_tied_to_names_him():
    assert _ids("Who is director of KRSI?") == [[3]]
    assert _ids("Who is the president of the Hanoi Society of Electronics Amateurs quoted there?") == [[3]]


def test_a_title_never_tied_to_the_body_stays_a_role():
    assert _named("Who is director of Gazprom?") == []
    assert _named("Who is the president of the Moscow Society of Electronics Amateurs?") == []
    assert [3] not in _ids("Who is the president of Russia?")


def test_the_first_holder_is_not_the_one_the_store_names():
    assert _named("Who was the first director of KRSI?") == []


def test_a_country_before_the_title_leaves_it_to_the_role_reading():
    ix = ActorIndex(ACTORS, [*ALIASES, (3, "Minister of Water Resources")], [*TITLES, (3, "Minister of Water Resources")])
    assert [m.how for m in ix.find(parse("Who is the Minister of Water Resources?")).mentions] == ["role"]
    assert [3] not in [sorted(m.actor_ids) for m in ix.find(parse("When did the Russian Minister of Water Resources"
                                                                    " visit Hanoi?")).mentions]
