"""main_asked.py and else_asked.py: "the main topic" is answered by the sentence saying which was main,
"what else" by the one adding to the act ("also developing")."""

from knowledge.answer.main_asked import asked, prefer, written
from knowledge.answer.rank import Ranked
from knowledge.answer.retrieve import Candidate
from knowledge.question import parse


def _r(sid: int, pos: int, text: str, score: float, source: int = 1) -> Ranked:
    return Ranked(Candidate(sid, source, pos, 0, text), score, [1.0], 0.5, False, False)


LEAD = _r(1, 0, "Mayor Ingrid Holm of Bergen has held talks with the Chilean consul, Pablo Rivas, at the city hall.", 6.0)
ALSO = _r(2, 2, "The two sides also talked about direct flights.", 5.0)
MAIN = _r(3, 3, "According to the city's press office, the talks centred on salmon farming.", 4.5)


def test_the_main_one_asked():
    assert asked(parse("What was the main topic of the talks between Holm and Rivas?").tokens)
    assert asked(parse("What was the primary aim of the mayor's trip?").tokens)
    assert not asked(parse("What did Holm and Rivas discuss?").tokens)
    assert not asked(parse("Which key areas of cooperation did they name?").tokens)  # "key": any area


def test_prominence_read_in_lower_case():
    assert written("Salmon farming was the central topic of their conversation.")
    assert written("Its main aim was to study the port.")
    assert written("The visit focused on fisheries.")
    assert not written("He met members of the Central Committee and the Chief Justice.")
    assert not written("The two sides also talked about direct flights.")


def test_sentence_writing_the_main_one_put_first():
    tokens = parse("What was the main topic of the talks between Holm and Rivas?").tokens
    out = prefer([LEAD, ALSO, MAIN], tokens)
    assert out[0] is MAIN and out[1] is LEAD
    assert prefer([LEAD, ALSO, MAIN], parse("What did Holm and Rivas discuss?").tokens)[0] is LEAD


def test_kept_when_the_best_writes_it_or_none_is_close():
    tokens = parse("What was the main topic of the talks?").tokens
    assert prefer([MAIN, LEAD], tokens)[0] is MAIN
    far = _r(4, 3, MAIN.cand.text, 2.0)
    elsewhere = _r(5, 3, MAIN.cand.text, 5.5, source=2)
    assert prefer([LEAD, far, elsewhere], tokens)[0] is LEAD


def test_else_asked_read_in_any_wording():
    from knowledge.answer.else_asked import asked as else_asked
    assert else_asked(parse("What else is the port authority building besides the pier?").tokens)
    assert else_asked(parse("Which other Lyon official visited the museum that day?").tokens)
    assert else_asked(parse("Apart from wine, what does the region export?").tokens)
    assert not else_asked(parse("What is the port authority building?").tokens)


def test_sentence_adding_to_the_act_put_first():
    """ "What else is the authority building besides the pier": "it is also building a ferry terminal"."""
    from knowledge.answer.else_asked import adds, prefer as prefer_else
    tokens = parse("What else is the port authority of Gdynia building besides the pier?").tokens
    terms = ["port", "authority", "gdynia", "building", "pier"]
    known = _r(11, 0, "The port authority of Gdynia is building a new pier for cruise ships.", 6.0)
    lead = _r(12, 1, "Gdynia expects 300 cruise calls next year, the authority said.", 5.0)
    also = _r(13, 4, "The authority is also building a ferry terminal and a railway siding.", 4.5)
    assert adds(also.cand.text, terms) and not adds(known.cand.text, terms)
    assert not adds("Ships also arrive from Kiel.", terms)  # "also" before no word of the question
    assert prefer_else([known, lead, also], tokens, terms)[0] is also
    plain = parse("What is the port authority of Gdynia building?").tokens
    assert prefer_else([known, lead, also], plain, terms)[0] is known
    elsewhere = _r(14, 4, also.cand.text, 5.5, source=2)
    assert prefer_else([known, lead, elsewhere], tokens, terms)[0] is known
