"""The reader's frame: words readers ask with that news seldom writes, each with the words news
writes for it. "On what weekday", "his remarks", "the forecast", "what stake", "the legislature",
"the troops" frame a question; the article says "on Friday", "said", "expected", "a 50% share",
"the National Assembly", "the army". Such a word missing from every article is no sign that the
question is about something the articles lack, as long as what news writes for it is there.

FRAME_WORDS: reader word -> the stems news writes for it (a stem matches the words it begins). They
find the news wording (knowledge/answer/paraphrases.py) and keep a noun of the frame from declining
an answer as about something no article mentions (support.framed); the word still counts as missing
from the store for the decision, so a question with nothing else the articles support declines.
A word is a key only if its stem is no other word's ("comment" stems as "come" does)."""

from __future__ import annotations

_DAYS = "monday tuesday wednesday thursday friday saturday sunday"
_SAID = "said told stated noted stressed"
_FORECAST = "expect forecast predict project estimat could would"
_WANT = "wish hope sought seek would propos interest desir keen"
_ASSESS = "apprecia prais describ consider regard called"
_PARLIAMENT = "parliament assembly duma deputies legislat congress senat"
_TROOPS = "army military soldier servicem veteran troop armed forces"
_DESCRIBE = "called describ characteri dubbed"
_ONLINE = "online video virtual teleconferenc phone telephon"

_FRAMES = {
    ("weekday", "weekdays"): _DAYS,
    ("remark", "remarks"): _SAID,
    ("forecast", "forecasts", "forecasted", "predict", "predicted", "prediction", "predictions"): _FORECAST,
    ("want", "wants", "wanted"): _WANT,
    ("assess", "assessed", "assesses", "assessment", "evaluate", "evaluated", "evaluation"): _ASSESS,
    ("legislature", "legislatures", "legislators", "lawmakers", "parliamentarians"): _PARLIAMENT,
    ("troops", "soldiers", "servicemen", "servicemembers"): _TROOPS,
    ("describe", "described", "describes", "description", "portray", "portrayed"): _DESCRIBE,
    ("remotely",): _ONLINE,
    ("stake", "stakes"): "share percent owns owned holds",
    ("forget", "forgets", "forgot", "forgotten"): "remember forgotten forget memor",
    ("room", "scope"): "potential scope prospect opportunit",
    ("bid",): "accession applic aspir effort",
    ("require", "requires", "required"): "need requir",
    ("readiness",): "ready willing prepared",
    ("feel", "feels", "felt"): "glad pleased happy delight honour",
    # the verbs and nouns news varies for an act asked about
    ("brought", "bring", "brings"): "carri flew flown deliver transport",
    ("approve", "approved", "approves"): "adopt endors ratif",
    ("gratitude",): "thank grateful apprecia",
    ("famous",): "known renown",
    ("depth",): "deep metre meter",
    ("press",): "journalist reporter media",
    ("drafting", "draft"): "prepar draw elaborat",
    ("review", "reviewed"): "stock assess apprais evaluat",
    ("behalf",): "represent",
}
FRAME_WORDS: dict[str, list[str]] = {w: v.split() for ks, v in _FRAMES.items() for w in ks}
# words that only shape a question ("per the minister": according to him; "roughly how many", "originally
# planned"), or point at the article itself ("in the photo caption", "the headline", "datelined"), never a
# thing asked about: an article that lacks them lacks nothing asked. Not "else", "besides", "apart",
# "weekday", "want": as unknown words they send a question to the ranked search instead of a fact line,
# which answers "who else …" and "on which weekday …" better (tried: -8 on the development sets)
ASKING_WORDS = {"per", "toward", "towards", "alongside", "otherwise",
                "roughly", "approximately", "originally", "initially", "need", "needed", "means", "meant",
                "involved", "kinds", "look", "looked", "turned", "described", "caption", "headline", "datelined",
                "dated", "listed", "published"}
