"""Events made from speech alone (issue 7 precision): 'X told the gathering' with no gathering
told, a session still to be held with 'the diplomat said' after it, and words given to an
outlet at a forum the sentence names — none is stored as an event held."""

from knowledge.extract import extract_article
from tests.helpers.articles import seed_from_text


def _rows(text, date):
    art = extract_article(seed_from_text(text, date=date))
    return [(e.kind, {(p.actor, p.role) for p in e.participants}, e.place, e.date) for e in art.events]


def test_told_the_gathering_with_no_gathering_told_makes_no_ceremony():
    text = ("Rector Olga Vasnetsova praised the exchange programme between the two universities.\n\n"
            "Vasnetsova told the gathering that forty students from Da Nang now study in Tver.\n")
    assert not [r for r in _rows(text, "2022-04-11") if r[0] in ("ceremony", "meeting", "opening", "forum")]


def test_session_still_to_be_held_takes_no_speaker():
    text = ("KAZAN — The Russian-Vietnamese working group on fisheries will hold its next session in Kazan "
            "in the autumn, Deputy Minister Ilya Gorshkov told RIA Novosti in an interview.\n\n"
            "The agenda has not yet been agreed, the official said.\n")
    rows = _rows(text, "2021-06-03")
    assert not [r for r in rows if r[0] in ("session", "meeting")]
    assert ("interview", {("Ilya Gorshkov", "participant")}, None, None) in rows


def test_words_given_to_an_outlet_at_a_forum_edition_are_placed_at_the_forum():
    from knowledge.extract_media import _at_event
    from knowledge.nlp import get_nlp
    doc = get_nlp()("Speaking to the RIA news agency at the fourth edition of the forum, Morozov said output would double.")
    assert _at_event(next(t for t in doc if t.lower_ == "speaking"))
    doc = get_nlp()("Speaking to the RIA news agency in Omsk, Morozov said output would double.")
    assert not _at_event(next(t for t in doc if t.lower_ == "speaking"))
