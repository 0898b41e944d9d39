"""yesno_detail.py: a yes/no question finds the sentence writing the detail asked, not the story's opening."""

from knowledge.answer.rank import Ranked
from knowledge.answer.retrieve import Candidate
from knowledge.answer.yesno_detail import detail_sentence, settling_sentence


def _r(sid: int, pos: int, text: str, score: float, source: int = 1, slots: tuple = (1.0,)) -> Ranked:
    return Ranked(Candidate(sid, source, pos, 0, text), score, list(slots), 0.5, False, False)


LEAD = _r(1, 0, "A delegation of the Chilean Academy of Sciences led by Marta Soto spent a week in Uppsala.", 6.0)
MID = _r(2, 4, "Marta Soto said the academy hoped to send more researchers to Sweden.", 5.8)
OTHERS = [_r(10 + i, 0, f"The Uppsala museum number {i} showed old maps of the academy.", 5.5, source=3)
          for i in range(4)]
DETAIL = _r(3, 1, "The group included staff of the Institute of Botany and two students.", 4.6)
# "Did the delegation include anyone from the botany institute?"
TERMS = ["delegation", "include", "academy", "botany", "institute"]


def test_sentence_writing_the_detail_asked_found_further_down():
    assert detail_sentence([LEAD, *OTHERS, MID, DETAIL], TERMS, True) is DETAIL


def test_only_yes_no_questions_look():
    assert detail_sentence([LEAD, *OTHERS, MID, DETAIL], TERMS, False) is None


def test_none_when_no_close_sentence_of_the_best_ones_article_adds_a_word_asked():
    far = _r(3, 1, DETAIL.cand.text, 3.5)  # scored too far behind
    elsewhere = _r(4, 1, DETAIL.cand.text, 5.9, source=2)  # another article
    assert detail_sentence([LEAD, far, elsewhere], TERMS, True) is None
    assert detail_sentence([LEAD, MID], TERMS, True) is None  # MID writes nothing LEAD lacks


def test_a_sentence_losing_a_name_the_best_writes_is_not_taken():
    unnamed = _r(3, 1, DETAIL.cand.text, 4.6, slots=(0.0,))
    assert detail_sentence([LEAD, unnamed], TERMS, True) is None


def test_detail_sentence_quoted_after_the_best_which_stays():
    from types import SimpleNamespace

    from knowledge.answer.yesno_subject import with_subject
    from knowledge.facts import Answer, Citation
    from knowledge.reply import compose

    def cite(source_id: int, sentence_id: int, text: str) -> Citation:
        return Citation(f"a{source_id}.txt", None, None, None, text, sentence_id)

    first = [cite(1, 1, LEAD.cand.text)]
    ans = Answer(answered=True, text=compose("From a1.txt:", first), headline="From a1.txt:", citations=first)
    plan = SimpleNamespace(yesno=True, slots=[], terms=TERMS)
    out = with_subject(ans, [LEAD, *OTHERS, MID, DETAIL], plan, {}, cite)
    assert [c.sentence_id for c in out.citations] == [1, 3] and "Institute of Botany" in out.text
    assert with_subject(ans, [LEAD, MID], plan, {}, cite) is ans


def test_a_sentence_settling_the_question_quoted_when_the_best_writes_none():
    # "Did the academy pay for the maps?": the article writes "free of charge", not "pay"
    paid = _r(4, 2, "The Uppsala museum lent the maps to the academy free of charge.", 2.0)
    assert settling_sentence([MID, LEAD, paid], True) is paid
    assert settling_sentence([MID, paid], False) is None  # not a yes/no question
    never = _r(5, 1, "Marta Soto had never been to Sweden before.", 6.5)
    assert settling_sentence([never, paid], True) is None  # the best settles it itself
    assert settling_sentence([MID, _r(4, 2, paid.cand.text, 0.5)], True) is None  # scored too far behind
