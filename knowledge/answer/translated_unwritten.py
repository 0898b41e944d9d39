"""A Vietnamese or Russian question's content word that no article writes, read as English reads its own.

An English question naming a word no article writes ("Who met him at the airport?", "How much did the
project cost?") is declined at once (plan.unknown_terms), or answered only by a sentence the
retrieval decision accepts. A Vietnamese or Russian question's lower-case words were read that way
only when the question names nothing the store knows (plan.off_subject): a translation picks one
English word of several. So "Ai đã đón ông X tại sân bay?" named X and was answered by the event
line of X's arrival, though no article writes an airport; and a structured line whose quote lacks a
word the question turns on ("which other leaders besides …", "in what language", "the tribute")
stood where the retrieval decision finds the sentence writing it.

Here such a word, put in English by the lexicon (neither a name nor a word left untranslated), found
in no article in any form nor written otherwise beside the question's other words there, nor by a
usual paraphrase, keeps a structured answerer's answer from being stated: the question goes on as an
English one with an unknown word does. A structured decline stands ("X signed nothing with Y").
"""

from __future__ import annotations

from knowledge.answer import plan
from knowledge.answer.answer_class import asked_class, unwritten
from knowledge.answer.intent import ADDED, answer_type
from knowledge.answer.support import frames_time_or_place
from knowledge.match import Found
from knowledge.question import COMMON, Question
from knowledge.question.vocab_frames import ASKING_WORDS


def unwritten_words(eng, q: Question, found: Found, topic_idx: set[int]) -> list[str]:
    """The translated content words of a Vietnamese or Russian question naming someone or something
    the store knows that no article writes, in any form or otherwise."""
    if q.lang == "en" or not (found.claimed or topic_idx):
        return []  # (a question naming nothing: plan.off_subject reads its words)
    kind = answer_type(q)[0]
    class_idx = asked_class(q.tokens)[1]  # "which body": the answer names a body, seldom the word
    words = []
    for i, t in enumerate(q.tokens):
        if i in found.claimed or i in topic_idx or i in q.date_idx or t in COMMON or t.isdigit() or len(t) < 3:
            continue
        if i == class_idx and unwritten(t) or t in ADDED and kind == "number" or frames_time_or_place(t, kind):
            continue
        if q.raw_has_capital(i) or t in ASKING_WORDS or not plan.lexicon_translated(q, i) or plan.written_word(eng, q, i):
            continue
        words.append(q.latin[i])
    return plan.translated_unwritten(eng, q, found, topic_idx, words)
