"""Small talk: greetings, thanks, goodbyes, "who are you", "what can you do", help and "what's new",
in English, Vietnamese and Russian, recognised before a message reaches the question engine.

People open and close a conversation this way; read as questions, "hi" and "cảm ơn" came back
as "My sources don't cover that", and "who are you?" as somebody's meetings. A message is small
talk only when the whole of it is made of phrases from the table below (and a few filler words
such as "ok", "bot", "bạn", "ну"), so "Hi, who did Putin meet?" still goes to the engine. Phrases
are folded like everything else (case, diacritics, đ, apostrophes) and matched with rapidfuzz's
OSA distance, one typo allowed from five letters on and two from eight ("helo", "thnaks",
"spasibo", "cam on"); short words must be exact, so "hi" never matches "ho".
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import process
from rapidfuzz.distance import OSA

from knowledge.names import fold

MAX_WORDS = 10  # longer messages are questions, and are not looked at further

# Reply priority when one message holds several ("hi, what can you do?" -> abilities).
INTENTS = ("news", "abilities", "help", "identity", "goodbye", "thanks", "greeting")

PHRASES: dict[str, dict[str, list[str]]] = {
    "en": {
        "greeting": ["hi", "hello", "hey", "hiya", "howdy", "yo", "greetings", "hi there", "hello there", "hey there",
                     "good morning", "good afternoon", "good evening", "good day", "how are you", "how are you doing",
                     "how is it going", "whats up", "sup", "start", "nice to meet you"],
        "thanks": ["thanks", "thank you", "thanks a lot", "thank you very much", "thank you so much", "many thanks",
                   "thx", "ty", "cheers", "much appreciated", "appreciate it", "great", "perfect", "awesome",
                   "thanks for the help", "thank you for your help"],
        "goodbye": ["bye", "goodbye", "bye bye", "see you", "see you later", "see ya", "good night", "farewell",
                    "take care", "later", "have a nice day"],
        "identity": ["who are you", "who are u", "who r u", "what are you", "what r u", "who is this", "what is this", "who am i talking to",
                     "are you a bot", "are you human", "what is your name", "whats your name", "introduce yourself",
                     "tell me about yourself"],
        "abilities": ["what can you do", "what can u do", "what do you do", "what do you know", "what can i ask", "what can i ask you",
                      "how do you work", "what are you for", "what can you tell me", "what can you answer",
                      "what are you able to do", "what should i ask"],
        "help": ["help", "help me", "help please", "i need help", "how does this work", "how do i use this",
                 "how to use", "commands", "menu", "instructions"],
        "news": ["whats new", "what is new", "anything new", "latest", "the latest", "latest news", "news",
                 "whats the latest", "what is the latest", "recent news", "newest articles", "latest articles",
                 "any news"],
    },
    "vi": {
        "greeting": ["xin chào", "chào", "chào bạn", "xin chào bạn", "chào buổi sáng", "chào buổi tối", "alo",
                     "bạn khỏe không", "bạn có khỏe không", "bắt đầu"],
        "thanks": ["cảm ơn", "cám ơn", "cảm ơn bạn", "cảm ơn nhiều", "cảm ơn bạn nhiều", "xin cảm ơn",
                   "cảm ơn rất nhiều", "tuyệt vời"],
        "goodbye": ["tạm biệt", "hẹn gặp lại", "chào tạm biệt", "chúc ngủ ngon"],
        "identity": ["bạn là ai", "bạn là gì", "bạn tên gì", "bạn tên là gì", "đây là gì", "bạn là bot à",
                     "bạn là người hay máy"],
        "abilities": ["bạn làm được gì", "bạn có thể làm gì", "bạn biết gì", "tôi có thể hỏi gì", "bạn giúp được gì",
                      "bạn làm gì", "bạn trả lời được gì", "tôi nên hỏi gì"],
        "help": ["giúp", "giúp tôi", "giúp đỡ", "trợ giúp", "hướng dẫn", "làm sao để dùng", "cách dùng"],
        "news": ["có gì mới", "có gì mới không", "tin mới", "tin mới nhất", "mới nhất", "tin tức mới", "tin tức",
                 "bài mới nhất", "bài báo mới nhất"],
    },
    "ru": {
        "greeting": ["привет", "приветик", "здравствуй", "здравствуйте", "добрый день", "доброе утро", "добрый вечер",
                     "приветствую", "салют", "как дела", "как ты", "privet", "zdravstvuyte", "начать", "старт"],
        "thanks": ["спасибо", "спасибо большое", "большое спасибо", "благодарю", "спс", "спасибо тебе",
                   "спасибо вам", "спасибо за помощь", "отлично", "spasibo"],
        "goodbye": ["пока", "до свидания", "до встречи", "всего доброго", "прощай", "пока пока", "до скорого",
                    "спокойной ночи", "poka"],
        "identity": ["кто ты", "ты кто", "кто вы", "вы кто", "что ты такое", "как тебя зовут", "ты бот",
                     "ты кто такой"],
        "abilities": ["что ты умеешь", "что ты можешь", "что ты знаешь", "что умеешь", "что можно спросить",
                      "что вы умеете", "чем ты можешь помочь", "о чём тебя можно спросить"],
        "help": ["помощь", "помоги", "помогите", "справка", "как пользоваться", "инструкция"],
        "news": ["что нового", "что новенького", "новости", "последние новости", "свежие новости", "что новое",
                 "последние статьи"],
    },
}

# Words that may stand around a phrase without making the message a question.
FILLERS = {
    "en": {"ok", "okay", "oh", "so", "well", "please", "pls", "bot", "vnru", "again", "dear", "friend", "then",
           "and", "very", "much", "lol", "hmm", "great", "cool", "now"},
    "vi": {"bạn", "bot", "nhé", "nhe", "nha", "ạ", "à", "ơi", "ok", "vậy", "nhiều", "nhá", "em", "anh", "chị"},
    "ru": {"ну", "а", "бот", "же", "тогда", "ещё", "еще", "ок", "ладно", "пожалуйста", "вам", "тебе"},
}


@dataclass(frozen=True)
class SmallTalk:
    intent: str  # one of INTENTS: what to reply to
    lang: str  # "en" | "vi" | "ru": the language to reply in
    phrases: tuple[str, ...]  # the folded phrases recognised, in order


def norm(text: str) -> str:
    """Folded as the table is: lowercase, no diacritics, no apostrophes ("what's" -> "whats")."""
    return fold(text.replace("'", "").replace("’", "").replace("ʼ", ""))


@lru_cache(maxsize=1)
def _table() -> tuple[dict[int, list[tuple[str, str, str]]], dict[str, str]]:
    """Phrases by word count: {n: [(folded phrase, intent, lang)]}; folded filler -> lang."""
    by_len: dict[int, list[tuple[str, str, str]]] = {}
    for lang, intents in PHRASES.items():
        for intent, phrases in intents.items():
            for phrase in phrases:
                f = norm(phrase)
                by_len.setdefault(len(f.split()), []).append((f, intent, lang))
    fillers = {norm(w): lang for lang, words in FILLERS.items() for w in words}
    return by_len, fillers


def allowed_typos(phrase: str) -> int:
    n = len(phrase)
    return 0 if n <= 4 else 1 if n <= 7 else 2


@lru_cache(maxsize=4096)
def _match(chunk: str) -> tuple[str, str, str] | None:
    """The table phrase `chunk` (a few folded words) is, typos forgiven: (phrase, intent, lang)."""
    by_len, _ = _table()
    words = chunk.count(" ") + 1
    cands = [c for n in (words - 1, words, words + 1) for c in by_len.get(n, ())]
    if not cands:
        return None
    for phrase, dist, idx in process.extract(chunk, [c[0] for c in cands], scorer=OSA.distance, score_cutoff=2,
                                             limit=None):
        if dist <= allowed_typos(phrase):
            return cands[idx]
    return None


def recognise(text: str) -> SmallTalk | None:
    """Small talk when every word of `text` belongs to a phrase of the table (or is a filler)."""
    words = norm(text).split()
    if not words or len(words) > MAX_WORDS:
        return None
    _, fillers = _table()
    # best[i]: the phrases covering words[:i] (None: cannot be covered); fewest phrases wins
    best: list[list[tuple[str, str, str]] | None] = [[]] + [None] * len(words)
    for i in range(1, len(words) + 1):
        for j in range(max(0, i - 6), i):
            if best[j] is None:
                continue
            chunk = " ".join(words[j:i])
            found = _match(chunk)
            if found is not None:
                step = best[j] + [found]
            elif i - j == 1 and chunk in fillers:
                step = best[j]
            else:
                continue
            if best[i] is None or len(step) < len(best[i]):
                best[i] = step
    parts = best[-1]
    if not parts:  # nothing covers it, or only fillers ("ok", "bot")
        return None
    intent = min((p[1] for p in parts), key=INTENTS.index)
    lang = next(p[2] for p in parts if p[1] == intent)
    return SmallTalk(intent, lang, tuple(p[0] for p in parts))
