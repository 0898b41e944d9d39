"""title_body.py: "who heads / led X" is not answered by someone who heads another body; doer_named.py reads
a doer written before an apposition ("X, the agency's deputy head, led the delegation"). Sentences written
for this test."""

from knowledge.answer.doer_named import names_doer, prefer
from knowledge.answer.holders import bears
from knowledge.answer.rank import Ranked
from knowledge.answer.retrieve import Candidate
from knowledge.answer.title_body import bodies, headed_elsewhere, other_body


def _r(sid: int, text: str, score: float) -> Ranked:
    return Ranked(Candidate(sid, 1, sid, 0, text), score, [1.0], 0.5, False, False)


OTHER_HEAD = "Governor Ana Ruiz held talks with Jonas Berg, who heads Norway's State Fisheries Directorate, on Friday."
ALSO_HEADS = "They met the port's director, Captain Olav Lund, who also heads the Bergen Maritime Museum."
PASSIVE = "The Chilean group was headed by Tomás Herrera, a deputy minister of agriculture."
SAME_BODY = "Mette Lind, who chairs the association, opened the meeting."
ASKED = ["headed", "chilean", "delegation", "valparaiso"]


def test_the_body_written_after_the_name():
    assert bodies(OTHER_HEAD, "Jonas Berg") == [{"fisheri", "directorat"}]
    assert bodies("Ingrid Solberg, chairwoman of the Oslo Port Authority, spoke.", "Ingrid Solberg") == [
        {"oslo", "port", "authoriti"}]
    assert bodies("Ingrid Solberg spoke first.", "Ingrid Solberg") == []


def test_a_title_of_another_body_answers_no_who_heads():
    assert other_body(OTHER_HEAD, ("Jonas Berg", "Berg"), ASKED)
    assert not other_body(SAME_BODY, ("Mette Lind",), ["chairs", "bergen", "friendship", "association"])
    assert not other_body("Olav Lund, director of the fair, spoke.", ("Olav Lund",), ["director", "honeyexpo"])
    assert not other_body("Olav Lund, who leads the Norwegian team, spoke.", ("Olav Lund",), ["heads", "group"])
    assert not other_body("Olav Lund, who heads the Bergen Friendship Association, spoke.", ("Olav Lund",),
                          ["heads", "friendship", "association"])
    assert not other_body(PASSIVE, ("Tomás Herrera",), ASKED)  # the passive writes the act itself
    assert not other_body("Director Olav Lund welcomed them.", ("Olav Lund",), ASKED)  # no body written: kept


def test_a_country_or_its_people_tell_no_body_apart():
    assert other_body("Putin met Olav Lund, who heads Russia's Pacific Fleet.", ("Olav Lund",), ["led", "russian",
                                                                                               "delegation"])


def test_relative_heads_read_as_a_title_and_name():
    start = ALSO_HEADS.index("heads")
    assert headed_elsewhere(ALSO_HEADS, start, "the Bergen Maritime Museum", ASKED)
    assert not headed_elsewhere(ALSO_HEADS, start, "the Bergen Maritime Museum", ["heads", "maritime", "museum"])
    assert not headed_elsewhere("Head Olav Lund spoke.", 0, "Olav Lund", ASKED)  # no relative clause


def test_the_doer_before_an_apposition():
    assert names_doer("Major General Ivar Dahl, the agency's deputy head, led the delegation.", "led", set())
    assert not names_doer("In Bergen, the delegation, headed to the harbour.", "led", {"who", "led", "the"})
    assert not names_doer(OTHER_HEAD, "led", {"who", "led", "the", "chilean", "delegation"})
    assert not names_doer(ALSO_HEADS, "led", {"who", "led", "the", "chilean", "delegation"})
    assert names_doer(SAME_BODY, "chaired", {"who", "chaired", "the", "forum"})  # "the association": points back


def test_the_passive_doer_put_before_another_body_s_head():
    lead, passive = _r(1, ALSO_HEADS, 5.0), _r(2, PASSIVE, 3.5)
    out = prefer([lead, passive], ["who", "led", "the", "chilean", "delegation"])
    assert out[0] is passive


def test_bears_leaves_out_another_body_s_head():
    from types import SimpleNamespace

    plan = SimpleNamespace(post_of=None, agent=["headed"], holder=("head", "chairman", "director"), slots=[], hard=[],
                           terms=["headed", "delegation"], slot_words=["Chilean"])
    forms = {7: ["Jonas Berg", "Berg"], 8: ["Mette Lind"]}
    cand = Candidate(1, 1, 0, 0, OTHER_HEAD, ties={7: "name"})
    assert not bears(plan, cand, forms.get, {7: "person"}, set())
    same = Candidate(2, 1, 1, 0, "Mette Lind, who heads the delegation, spoke.", ties={8: "name"})
    assert bears(plan, same, forms.get, {8: "person"}, set())
