"""The fact answerers' "no meeting found" weighs against answering "who did X meet" from a
sentence, except when that sentence itself writes the meeting verb the question asks ("held talks
with", "received"): then the events table missed the meeting, and the sentence reports it.
Sentences written for this test."""

from __future__ import annotations

from types import SimpleNamespace

from knowledge.answer.early import meeting_written, negative_asked

NO_MEETING = SimpleNamespace(answered=False, headline="My sources don't report Aliyev meeting anyone in Baku.")
PERSON = 7


def _plan(terms: list[str]) -> SimpleNamespace:
    return SimpleNamespace(answer_type="person", terms=terms, slots=[{PERSON}], hard=[True], yesno=False)


def _question() -> SimpleNamespace:
    return SimpleNamespace(kind="whom", event_family="meet", yesno=False, date_lo=None,
                           tokens=["who", "did", "aliyev", "hold", "talks", "with"])


def test_the_meeting_verb_asked_is_written():
    assert meeting_written(["hold", "talks"], "On Friday, Aliyev held talks with Deputy Premier Trần Lưu Quang.")
    assert meeting_written(["received"], "Mayor Orlov, who chairs the council, received the Azerbaijani envoy.")
    assert meeting_written(["met"], "She spoke on Saturday when meeting the Vice Speaker of the Senate.")
    assert not meeting_written(["hold", "talks"], "Aliyev thanked the hosts for the warm reception in Baku.")
    assert not meeting_written(["welcomed"], "Aliyev received the medal in Baku.")


def _best(text: str, got: float, typed: bool = False) -> SimpleNamespace:
    """A ranked sentence: its text, how close it is to the person asked (1.0: named in it) and
    whether it writes the kind of answer asked."""
    return SimpleNamespace(cand=SimpleNamespace(text=text), slots=[got], typed=typed)


def test_no_meeting_found_weighs_only_when_the_sentence_writes_none():
    kinds = {PERSON: "person"}
    plan = _plan(["hold", "talks"])
    q = _question()
    assert not negative_asked(q, NO_MEETING, plan, kinds,
                              _best("On Friday, Aliyev held talks with Deputy Premier Trần Lưu Quang.", 1.0))
    assert not negative_asked(q, NO_MEETING, plan, kinds,
                              _best("He held talks with Deputy Premier Trần Lưu Quang on Friday.", 0.5))
    assert negative_asked(q, NO_MEETING, plan, kinds, _best("Aliyev praised the ties between the two countries.", 1.0))
    assert negative_asked(q, NO_MEETING, plan, kinds)


def test_a_meeting_of_others_in_the_article_is_no_meeting_of_the_asked():
    # the article names Aliyev elsewhere; this sentence reports someone else's talks
    kinds = {PERSON: "person"}
    assert negative_asked(_question(), NO_MEETING, _plan(["hold", "talks"]), kinds,
                          _best("Trade grew, Premier Quang said after holding talks with Mayor Orlov.", 0.5))


def test_no_meeting_found_does_not_weigh_on_a_sentence_writing_the_answer_beside_the_asked():
    # "when did Aliyev's letter reach Orlov": the answerers looked for a meeting, the sentence dates the letter
    kinds = {PERSON: "person"}
    q = SimpleNamespace(kind="when", event_family="meet", yesno=False, date_lo=None,
                        tokens=["when", "did", "aliyev", "s", "letter", "reach", "orlov"])
    plan = SimpleNamespace(answer_type="date", terms=["letter", "reach"], slots=[{PERSON}], hard=[True], yesno=False)
    dated = "Mayor Orlov received a letter from Aliyev on March 3."
    assert not negative_asked(q, NO_MEETING, plan, kinds, _best(dated, 1.0, typed=True))
    assert negative_asked(q, NO_MEETING, plan, kinds, _best("Mayor Orlov received a letter from Aliyev.", 1.0))
    assert negative_asked(q, NO_MEETING, plan, kinds, _best("The letter arrived on March 3.", 0.5, typed=True))
    yes = SimpleNamespace(**{**vars(plan), "answer_type": "yesno", "yesno": True})
    assert negative_asked(q, NO_MEETING, yes, kinds, _best(dated, 1.0, typed=True))


def test_a_meeting_visit_or_call_asked_must_be_written_in_the_dated_sentence():
    # "when did Aliyev visit Orlov's city": a dated letter is no visit; a dated reception is a meeting
    kinds = {PERSON: "person"}
    q = SimpleNamespace(kind="when", event_family="visit", yesno=False, date_lo=None,
                        tokens=["when", "did", "aliyev", "visit", "orlov"])
    letter = _best("Mayor Orlov received a letter from Aliyev on March 3.", 1.0, typed=True)
    visit = SimpleNamespace(answer_type="date", terms=["visit"], slots=[{PERSON}], hard=[True], yesno=False)
    assert negative_asked(q, NO_MEETING, visit, kinds, letter)
    assert not negative_asked(q, NO_MEETING, visit, kinds,
                              _best("Aliyev arrived in Samara on March 3 for a two-day trip.", 1.0, typed=True))
    hosted = SimpleNamespace(**{**vars(visit), "terms": ["host"]})
    assert not negative_asked(q, NO_MEETING, hosted, kinds,
                              _best("Orlov gave a reception for Aliyev on March 3.", 1.0, typed=True))
    phoned = SimpleNamespace(**{**vars(visit), "terms": ["phone"]})
    assert negative_asked(q, NO_MEETING, phoned, kinds,
                          _best("Orlov held talks with Aliyev on March 3.", 1.0, typed=True))


def test_tourism_and_called_for_are_no_trip_or_call():
    # "tourism" is no tour, "called for" is no telephone call
    kinds = {PERSON: "person"}
    q = SimpleNamespace(kind="when", event_family="meet", yesno=False, date_lo=None,
                        tokens=["when", "did", "aliyev", "phone", "orlov"])
    phoned = SimpleNamespace(answer_type="date", terms=["phone"], slots=[{PERSON}], hard=[True], yesno=False)
    assert negative_asked(q, NO_MEETING, phoned, kinds,
                          _best("On March 3 Aliyev called for closer ties with Orlov's region.", 1.0, typed=True))
    assert not negative_asked(q, NO_MEETING, phoned, kinds,
                              _best("Aliyev had a phone call with Orlov on March 3.", 1.0, typed=True))
    tourism = SimpleNamespace(**{**vars(phoned), "terms": ["tourism", "grow"]})
    assert not negative_asked(q, NO_MEETING, tourism, kinds,
                              _best("Orlov said on March 3 that tourism with Aliyev's country grew.", 1.0, typed=True))
    toured = SimpleNamespace(**{**vars(phoned), "terms": ["tour"]})
    assert negative_asked(q, NO_MEETING, toured, kinds,
                          _best("Orlov praised tourism with Aliyev's region on March 3.", 1.0, typed=True))
