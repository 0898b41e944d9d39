"""English cue words of questions: meeting, visit, call, saying, agreeing and relation words, pronouns,
and the common words that never make a question about something unknown."""

from __future__ import annotations



MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december"]

MEET_WORDS = {"meet", "met", "meets", "meeting", "meetings", "talks", "talk", "talked", "talking", "held",
              "hold", "holds", "received", "receive", "receives", "reception", "host", "hosted", "hosts",
              "see", "saw", "seen", "consultations", "consult", "discuss", "discussed", "negotiated",
              "counterpart", "spoke", "speak", "conversation", "sat", "encounter", "welcomed", "greeted"}
VISIT_WORDS = {"visit", "visited", "visits", "visiting", "trip", "trips", "travel", "travelled", "traveled",
              "went", "go", "come", "came", "tour", "toured", "been"}
CALL_WORDS = {"call", "called", "calls", "phone", "phoned", "telephone", "telephoned"}
SAY_WORDS = {"say", "said", "says", "saying", "tell", "told", "state", "stated", "statement", "statements",
             "comment", "commented", "remark", "remarks", "think", "thinks", "thought", "position",
             "stance", "view", "views", "opinion", "emphasize", "emphasized", "emphasise", "emphasised",
             "affirm", "affirmed", "stress", "stressed", "note", "noted", "declare", "declared",
             "express", "expressed", "highlight", "highlighted", "mention", "mentioned", "propose",
             "proposed", "quote", "quotes", "speech", "believe", "believes", "praise", "praised", "wish",
             "wished", "ask", "asked", "thank", "thanked", "welcome", "support", "supported"}
AGREE_WORDS = {"agree", "agreed", "agrees", "agreement", "agreements", "sign", "signed", "signing",
              "accord", "deal", "deals", "pledge", "pledged", "commit", "committed", "decide", "decided",
              "adopt", "adopted", "issue", "issued", "memorandum", "memoranda", "memorandums", "mou",
              "treaty", "treaties"}
# words that make a who/when/where question one about an agreement ("Who signed the memorandum?")
SIGN_WORDS = {"agree", "agreed", "agrees", "agreement", "agreements", "sign", "signed", "signs", "signing",
              "signatory", "signatories", "memorandum", "memoranda", "memorandums", "mou", "treaty", "treaties",
              "accord", "accords"}
RELATION_WORDS = {"relationship", "relationships", "relations", "ties", "partnership", "partners",
                  "partner", "friendship", "alliance", "allies", "bilateral"}
PRONOUNS = {"he": "he", "him": "he", "his": "he", "she": "she", "her": "she", "hers": "she",
            "they": "they", "them": "they", "their": "they", "it": "it", "its": "it"}

# Words that carry no fact of their own: they never make a question "about something unknown".
COMMON = set("""
a an the and or but nor so of to in on at by for from with without about into onto over under
between among through during before after since until till as than then there here this that these
those what which who whom whose when where why how whether if is are was were be been being am do
does did done doing have has had having will would shall should can could may might must not no yes
any some all each every both either neither other another such same own only just also too very
much many more most less least few lot lots ever never again already still yet even please tell
me us you your i my we our know known show give list anything something everything nothing info
information details detail kind type sort way ways first last next latest recent recently earlier
later time times date dates day days year years month months week weeks happen happened happening
take took taken place places occur occurred hold hold went get got make made new one two three
ten again anyone someone somebody people person official officials leader leaders side sides country
countries nation nations between two mr mrs ms dr sir madam does did vs versus according
source sources article articles news report reports reported say said via like
together each other both jointly mutually any whom whose since long ago still
occasion purpose reason why context background event events fact facts
begin began begun start started establish established establishing founded formed created upgraded elevated
""".split())
COMMON |= MEET_WORDS | VISIT_WORDS | CALL_WORDS | SAY_WORDS | AGREE_WORDS | SIGN_WORDS | RELATION_WORDS | set(PRONOUNS)
COMMON |= set(MONTHS) | {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}

# a question word mistyped where it opens the question (no English word, no likely name)
LEAD_TYPOS = {"wen": "when", "wehn": "when", "whn": "when", "whne": "when", "wher": "where", "whre": "where",
              "wehre": "where", "whos": "who", "waht": "what", "wat": "what", "whta": "what",
              "wht": "what", "wich": "which", "whch": "which", "whihc": "which", "whcih": "which", "wy": "why",
              "hw": "how", "hoe": "how"}
