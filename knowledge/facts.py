"""The fact types every layer shares: seed file -> extraction -> store -> engine -> front ends.

Plain dataclasses so each layer can be tested with hand-built values. Offsets are character
offsets into the decoded text of the seed file, so `file_text[start:end]` is the verbatim quote.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Source:
    """One seed file and its metadata (from front matter or recognised from the text)."""

    file: str  # file name inside seeds/, e.g. "000_660d5ccee3f9ddf8.txt"
    sha256: str
    title: str | None = None
    outlet: str | None = None
    date: str | None = None  # ISO publication date, YYYY-MM-DD, or None when unknown
    url: str | None = None


@dataclass(frozen=True)
class SeedFile:
    """A seed file read and validated (knowledge.seedfile), ready for extraction."""

    name: str  # file name inside seeds/
    text: str  # the whole decoded file text; every offset in the store refers to it
    body_start: int  # where the article body starts (after front matter and headline line)
    source: Source  # metadata from front matter, or recognised in the text


@dataclass(frozen=True)
class Sentence:
    """A sentence with debris removed; `text == file_text[start:end]` always holds."""

    position: int  # 0-based order within the article
    start: int
    end: int
    text: str
    paragraph: int = 0  # 0-based paragraph index within the article body
    parse: str = field(default="", compare=False, repr=False)  # the loader's parse (knowledge.sentence_parse)


@dataclass
class Actor:
    """A person, organisation, country or place, keyed by its folded canonical name."""

    name: str  # canonical display name, with diacritics where the text has them
    kind: str  # "person" | "org" | "country" | "place"
    aliases: set[str] = field(default_factory=set)  # every surface form the text uses
    titles: set[str] = field(default_factory=set)  # titles/roles as of this article

    @property
    def key(self) -> str:
        from knowledge.names import fold

        return fold(self.name)


@dataclass(frozen=True)
class Participant:
    actor: str  # canonical actor name (Actor.name)
    role: str  # "participant" | "visitor" | "host" | "caller" | "callee" | "recipient" | "sender"


@dataclass
class Event:
    """Who met whom, where, when, on what occasion; one row per event seen from all sides."""

    kind: str  # "talks" | "meeting" | "visit" | "state visit" | "phone call" | "reception" | ...
    participants: list[Participant]
    sentence: int  # Sentence.position of the source sentence
    place: str | None = None  # canonical place name, None when the text does not say
    date: str | None = None  # ISO start date, None when unknown
    date_end: str | None = None  # ISO end date for spans ("from Wednesday to Thursday")
    date_phrase: str | None = None  # the original words ("on Wednesday")
    date_how: str | None = None  # how it was resolved: "weekday<=pub", "explicit", "same day", ...
    occasion: str | None = None  # verbatim occasion phrase, e.g. "the 10th anniversary of ..."
    confidence: float = 1.0


@dataclass
class Statement:
    """Who said what, about what; `content` is a verbatim span of the source sentence."""

    speaker: str | None  # canonical actor name; None when it cannot be attributed
    verb: str  # reporting verb lemma: "say", "affirm", "emphasize", ...
    content: str
    sentence: int  # Sentence.position of the source sentence
    topics: list[str] = field(default_factory=list)
    speaker_phrase: str | None = None  # how the text referred to the speaker ("He", "the Party leader")
    confidence: float = 1.0


@dataclass
class Article:
    """Everything extracted from one seed file."""

    source: Source
    text: str  # the decoded file text the offsets refer to
    sentences: list[Sentence]
    actors: list[Actor]
    events: list[Event]
    statements: list[Statement]


@dataclass(frozen=True)
class TimelineItem:
    """One meeting/visit/call for /timeline, in date order."""

    kind: str
    participants: list[str]
    place: str | None
    date: str | None
    date_end: str | None
    date_phrase: str | None
    citation: "Citation"


@dataclass(frozen=True)
class Citation:
    """A verbatim quote and where it comes from; `quote` is a substring of the seed file."""

    source: str  # seed file name
    title: str | None
    outlet: str | None
    date: str | None  # publication date, ISO
    quote: str
    sentence_id: int | None = None  # store id of the sentence, for "Source" (whole paragraph)


@dataclass
class Answer:
    """What the engine returns and every front end renders (terminal, --json, Telegram)."""

    answered: bool
    text: str  # the whole reply as plain text (answer line, then quotes with citations)
    headline: str  # the short answer line alone (or the decline sentence)
    citations: list[Citation] = field(default_factory=list)
    suggestions: list[str] = field(default_factory=list)
    more: list[Citation] = field(default_factory=list)  # further matching facts, for "More"
    context: dict = field(default_factory=dict)  # follow-up state to pass back with the next question
    lines: list[str] = field(default_factory=list)  # worded lines between the headline and the quotes
    suggestions_label: str = "You could ask:"  # the words before the suggestions, in the reply's language

    def to_json(self) -> dict:
        """The `ask --json` contract."""
        return {
            "answered": self.answered,
            "text": self.text,
            "citations": [
                {"source": c.source, "title": c.title, "outlet": c.outlet, "date": c.date, "quote": c.quote}
                for c in self.citations
            ],
            "suggestions": list(self.suggestions),
        }
