""""Which <role> did X?" asks which holder of the role did it: the role after "which" is marked as
asked, and a sentence writing one of its holders by name answers it (they are no names the answer
must leave out); a sentence that only points back at one ("…, he noted") does not. Names and
sentences made up for this test."""

from __future__ import annotations

from knowledge.answer.asked_role import asked_roles, holder_answers, names_holder, role_asked
from knowledge.answer.rank import term_matcher
from knowledge.answer.retrieve import Candidate
from knowledge.match.found import Found, Mention


def _role(a: int, b: int, how: str = "role") -> Mention:
    return Mention({7}, (a, b), "deputy health minister", 90.0, how)


def test_the_role_right_after_which_is_asked():
    assert role_asked(["which", "deputy", "health", "minister", "spoke"], _role(1, 4))
    assert role_asked(["what", "the", "deputy", "health", "minister"], _role(2, 5))
    assert not role_asked(["who", "met", "the", "deputy", "health", "minister"], _role(3, 6))
    assert not role_asked(["which", "city", "did", "the", "deputy", "minister", "visit"], _role(4, 6))
    assert not role_asked(["which", "ruslan", "spoke"], _role(1, 2, "alias"))


def test_only_a_person_question_marks_its_role():
    found = Found(mentions=[_role(1, 4), Mention(set(), (5, 6), "Kazan", 50.0, "fuzzy"),
                            Mention({9}, (6, 7), "Kazan", 90.0, "alias")])
    toks = ["which", "deputy", "health", "minister", "visited", "kazan", "kazan"]
    assert asked_roles(toks, found, "person") == ["visited", ""]  # the act asked of the holder
    assert asked_roles(toks, found, "date") == ["", ""]
    assert asked_roles(["which", "deputy", "health", "minister", "did", "anna", "meet"], found, "person")[0] == "-"
    assert asked_roles(["which", "deputy", "health", "minister", "held", "talks"], found, "person")[0] == "-"


def test_a_holder_written_by_name_answers_and_one_pointed_back_at_does_not():
    forms = {7: (" Ruslan Gabdrakhmanov ", " Gabdrakhmanov ")}.get
    said = "Deputy Health Minister Ruslan Gabdrakhmanov said 40 clinics would open."
    assert names_holder([{7}], ["said"], {7: "named"}, said, forms)
    assert not names_holder([{7}], ["said"], {7: "speaker"}, "Forty clinics will open, he noted.", forms)
    assert not names_holder([{7}], [""], {7: "named"}, said, forms)  # a role not asked "which" of
    assert not names_holder([{7}], ["said"], {}, said, forms)  # not tied to the sentence


def test_a_holder_answers_only_about_the_act_asked():
    forms = {7: (" Ruslan Gabdrakhmanov ", " Gabdrakhmanov ")}.get
    toured = Candidate(1, 40, 3, 2, "Gabdrakhmanov toured the clinic in Yelabuga.", ties={7: "named"})
    other = Candidate(2, 40, 5, 3, "Ruslan Gabdrakhmanov thanked the nurses of Kazan.", ties={7: "named"})
    assert holder_answers([{7}], ["toured"], toured, forms, term_matcher)
    assert not holder_answers([{7}], ["toured"], other, forms, term_matcher)  # about something else
    assert not holder_answers([{7}], [""], toured, forms, term_matcher)  # no role asked "which" of


def test_with_no_act_asked_naming_a_holder_answers():
    """"Which deputy health minister was at the fair?": no act tells holders apart, so a sentence naming
    one answers (before, none did, and a sentence naming no one at all could go first)."""
    forms = {7: (" Ruslan Gabdrakhmanov ", " Gabdrakhmanov ")}.get
    named = Candidate(1, 40, 3, 2, "Ruslan Gabdrakhmanov and a delegation of doctors were also present.",
                      ties={7: "named"})
    back = Candidate(2, 40, 4, 2, "He was also present.", ties={7: "speaker"})
    assert holder_answers([{7}], ["-"], named, forms, term_matcher)
    assert not holder_answers([{7}], ["-"], back, forms, term_matcher)  # only pointed back at
