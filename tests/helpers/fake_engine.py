"""A tiny stand-in for knowledge.answer.Engine, for bot tests that exercise Telegram behaviour.

Same interface as the real engine; its answers are built from the question so tests can check
escaping, splitting, buttons and follow-up context without depending on extraction quality.
"""

from __future__ import annotations

from dataclasses import replace

from knowledge.facts import Answer, Citation, Source, TimelineItem

SOURCE = Source(file="900_test.txt", sha256="0" * 64, title="Leaders <meet> & talk", outlet="Test Wire",
                date="2021-03-04")


def cite(quote: str, n: int = 0) -> Citation:
    return Citation(SOURCE.file, SOURCE.title, SOURCE.outlet, SOURCE.date, quote, sentence_id=n)


class FakeEngine:
    def __init__(self) -> None:
        self.closed = False
        self.questions: list[tuple[str, dict | None]] = []

    @classmethod
    def open(cls, db=None) -> "FakeEngine":
        return cls()

    def ask(self, question: str, context: dict | None = None) -> Answer:
        self.questions.append((question, context))
        if "boom" in question:
            raise RuntimeError("engine failure for the test")
        if "nothing" in question:
            return Answer(False, "My sources don't say.", "My sources don't say.",
                          suggestions=["Who met <Putin>?", "When did A & B meet?"], context={"last": question})
        if "long" in question or "huge" in question:  # huge: each quote alone is over Telegram's limit
            times = 120 if "huge" in question else 40
            quotes = [cite(("Sentence number %d about <tags> & things. " % i) * times, i) for i in range(1, 6)]
            text = "Long answer"
            return Answer(True, text, "A long answer: " + "x" * 50, quotes, context={"last": question})
        turn = (context or {}).get("turn", 0) + 1
        headline = f"You asked: {question} (turn {turn})"
        cites = [cite(f"Quote one for {question}.", 1), cite("Quote two <b>bold?</b> & more.", 2)]
        more = [cite(f"Extra fact {i}.", 10 + i) for i in range(1, 6)]
        return Answer(True, headline, headline, cites, more=more, context={"turn": turn, "last": question})

    def who(self, name: str) -> Answer:
        return Answer(True, f"About {name}", f"About {name}", [cite(f"{name} did things.", 3)])

    def timeline(self) -> list[TimelineItem]:
        return [TimelineItem("talks", ["A <One>", "B & Two"], "Hanoi", "2021-03-04", None, "on Thursday",
                             cite("A met B.", 4))]

    def sources(self) -> list[Source]:
        return [SOURCE]

    def paragraph(self, citation: Citation) -> Citation:
        return replace(citation, quote=f"Whole paragraph around: {citation.quote} And more <context>.")

    def close(self) -> None:
        self.closed = True
