"""One handler per command or kind of update; each translates between Telegram and the engine.

Per-chat state lives in `context.chat_data`: the follow-up context the engine handed back, and
the last few answers (by short id) so the "Source" and "More" buttons stay within Telegram's
64-byte callback data. Nothing here matches or extracts: that is knowledge/'s job.
"""

from __future__ import annotations

import asyncio
import hashlib
import html
import itertools
import logging
import re
import warnings
from collections import OrderedDict
from dataclasses import dataclass, field

import httpx
from telegram import (
    BotCommand,
    BotCommandScopeAllGroupChats,
    BotCommandScopeAllPrivateChats,
    InlineQueryResultArticle,
    InputFile,
    InputTextMessageContent,
    LinkPreviewOptions,
    Message,
    MessageEntity,
    ReplyParameters,
    Update,
)
from telegram.constants import ChatAction, ChatType, ParseMode
from telegram.error import BadRequest, Conflict, Forbidden, NetworkError, RetryAfter, TimedOut
from telegram.ext import (
    Application,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    InlineQueryHandler,
    MessageHandler,
    filters,
)
from telegram.warnings import PTBUserWarning

from bot import render, timeline_photo
from bot.pacing import retry_seconds
from bot.render import esc
from knowledge.facts import Answer, Citation

log = logging.getLogger(__name__)

MAX_QUESTION = 500  # characters; longer text is not a question
PER_PAGE = 3  # citations per "More" page
KEPT_ANSWERS = 32  # answers per chat whose buttons still work
TYPING_BUSY = 8  # answers in progress at once above which the "typing…" action is skipped

EXAMPLES = [
    "Who did Putin meet in Hanoi?",
    "When did Lavrov visit Vietnam?",
    "What did Trong say about Ukraine?",
]

COMMANDS = [
    BotCommand("start", "Greeting and example questions"),
    BotCommand("help", "What I can answer and how"),
    BotCommand("sources", "The articles I answer from"),
    BotCommand("who", "What I know about a person: /who NAME"),
    BotCommand("timeline", "Meetings and visits in date order"),
    BotCommand("about", "How I work and where answers come from"),
]
GROUP_COMMANDS = [BotCommand("ask", "Ask me a question: /ask QUESTION"), *COMMANDS]
ADMIN_COMMAND = BotCommand("reload", "Admins: reload the articles from seeds/")


# ---------------------------------------------------------------- state


@dataclass
class AnswerState:
    citations: list[Citation]  # shown so far, numbered from 1
    more: list[Citation] = field(default_factory=list)  # not yet shown
    expanded: set[int] = field(default_factory=set)  # citation numbers whose Source was shown


_ids = itertools.count(1)


def _remember(context: ContextTypes.DEFAULT_TYPE, state: AnswerState) -> str:
    answers: OrderedDict = context.chat_data.setdefault("answers", OrderedDict())
    answer_id = _base36(next(_ids))
    answers[answer_id] = state
    while len(answers) > KEPT_ANSWERS:
        answers.popitem(last=False)
    return answer_id


def _base36(n: int) -> str:
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    out = ""
    while True:
        n, r = divmod(n, 36)
        out = digits[r] + out
        if not n:
            return out


def engine(context: ContextTypes.DEFAULT_TYPE):
    return context.bot_data["knowledge"].engine


def settings(context: ContextTypes.DEFAULT_TYPE):
    return context.bot_data["settings"]


# ---------------------------------------------------------------- sending


# PTB parses every sent message back into a Message object: a sixth of the bot's CPU per reply
# under a burst (py-spy over bench/bench_bot.py), for objects nothing here reads. Replies are
# posted as the raw Bot API method instead; PTB warns that send_message exists, knowingly skipped.
warnings.filterwarnings("ignore", message=r"Please use 'Bot\.sendMessage'", category=PTBUserWarning)
_NO_PREVIEW = LinkPreviewOptions(is_disabled=True)


async def send_html(message: Message, texts: list[str], keyboard=None, quote: bool = False) -> None:
    """Send the parts in order; the keyboard goes under the last part."""
    bot = message.get_bot()
    for i, text in enumerate(texts):
        params = {"chat_id": message.chat_id, "text": text, "parse_mode": ParseMode.HTML,
                  "link_preview_options": _NO_PREVIEW}
        if keyboard is not None and i == len(texts) - 1:
            params["reply_markup"] = keyboard
        if quote and i == 0:
            params["reply_parameters"] = ReplyParameters(message.message_id)
        if message.is_topic_message:
            params["message_thread_id"] = message.message_thread_id
        await _with_retry(bot.do_api_request, "sendMessage", api_kwargs=params)


async def _with_retry(call, *args, attempts: int = 3, **kwargs):
    """Send again only when Telegram cannot have acted on the first try, so nobody reads a reply twice.

    Retried: 429 RetryAfter (after the wait it asks for), an error status from the Bot API (5xx),
    and failures before the request left (connection refused, connect or pool timeout). Not
    retried: a read timeout or a connection lost after the request was written — Telegram may
    already have delivered the message, and the Bot API has no idempotency key to ask it.
    """
    for attempt in range(attempts):
        try:
            return await call(*args, **kwargs)
        except RetryAfter as exc:
            if attempt == attempts - 1:
                raise
            await asyncio.sleep(retry_seconds(exc))
        except (TimedOut, NetworkError) as exc:
            if not certainly_not_sent(exc) or attempt == attempts - 1:
                raise
            await asyncio.sleep(0.5 * (attempt + 1))
    return None


# httpx failures that happen before a request is on the wire.
_BEFORE_SENDING = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)


def certainly_not_sent(exc: BaseException) -> bool:
    """True when the Bot API cannot have acted on the request that raised `exc`."""
    if isinstance(exc, RetryAfter):
        return True
    if isinstance(exc, (BadRequest, Forbidden, Conflict)) or not isinstance(exc, NetworkError):
        return False  # a definite answer: sending again would fail the same way
    cause = exc.__cause__
    if cause is None:
        # PTB raises a bare NetworkError (or subclass) only for an HTTP error status it has no
        # closer class for: the Bot API answered (500, 502 …) and did not do the work.
        return not isinstance(exc, TimedOut)
    return isinstance(cause, _BEFORE_SENDING)


def delivery_unknown(exc: BaseException | None) -> bool:
    """A send that failed after the request left: the message may or may not have arrived."""
    return isinstance(exc, NetworkError) and not isinstance(exc, (BadRequest, Forbidden, Conflict)) \
        and not certainly_not_sent(exc)


async def _typing(message: Message) -> None:
    try:
        await message.get_bot().send_chat_action(message.chat_id, ChatAction.TYPING, read_timeout=2, write_timeout=2)
    except Exception:  # the typing dots are a nicety; the answer matters
        log.debug("typing action failed", exc_info=True)


async def _settle(typing: asyncio.Task) -> None:
    """Let the typing action go out before the answer, but never hold the answer up for long."""
    await asyncio.wait({typing}, timeout=1.0)


async def reply_answer(update: Update, context: ContextTypes.DEFAULT_TYPE, answer: Answer, quote: bool) -> None:
    state = AnswerState(list(answer.citations), list(answer.more))
    answer_id = _remember(context, state) if (state.citations or state.more) else ""
    keyboard = (
        render.answer_keyboard(answer_id, list(range(1, len(state.citations) + 1)), bool(state.more))
        if answer_id
        else None
    )
    await send_html(update.effective_message, render.render_answer(answer), keyboard, quote=quote)


async def answer_question(update: Update, context: ContextTypes.DEFAULT_TYPE, question: str,
                          quote: bool = False) -> None:
    """The one path from a question to a reply: typing…, engine, reply with buttons."""
    message = update.effective_message
    question = question.strip()
    group = quote or message.chat.type != ChatType.PRIVATE
    if not question:
        await send_html(message, [f"Ask me a question, for example: <i>{esc(EXAMPLES[0])}</i>"], quote=group)
        return
    if len(question) > MAX_QUESTION:
        await send_html(
            message,
            [f"That is a long message. Please ask one short question (under {MAX_QUESTION} characters), "
             f"for example: <i>{esc(EXAMPLES[1])}</i>"],
            quote=group,
        )
        return
    busy = context.bot_data.get("in_flight", 0)
    context.bot_data["in_flight"] = busy + 1
    try:
        # Under a flood, answers get the request budget (and the flood limits) before typing dots.
        typing = asyncio.create_task(_typing(message)) if busy < TYPING_BUSY else None
        answer = engine(context).ask(question, context.chat_data.get("followup"))
        context.chat_data["followup"] = answer.context
        if typing is not None:
            await _settle(typing)
        await reply_answer(update, context, answer, quote=group)
    finally:
        context.bot_data["in_flight"] -= 1


# ---------------------------------------------------------------- commands


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    name = update.effective_user.first_name if update.effective_user else ""
    examples = "\n".join(f"• <i>{esc(q)}</i>" for q in EXAMPLES)
    await send_html(update.effective_message, [
        f"Hello{', ' + esc(name) if name else ''}! I answer questions about Vietnam–Russia relations "
        f"from news articles, and I always show the quote my answer comes from.\n\n"
        f"Try:\n{examples}\n\nSee /help for more."
    ])


async def help_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    group = update.effective_chat.type != ChatType.PRIVATE
    how = (
        "In a group, mention me, reply to one of my messages, or use /ask QUESTION."
        if group
        else "Just send me a question. Follow-ups work too: <i>And what did he say about Ukraine?</i>"
    )
    await send_html(update.effective_message, [
        "<b>What I can answer</b>\n"
        "Who met whom, when and where, on what occasion; what someone said (about a topic); "
        "what the two countries agreed on. Questions in English, and simple ones in Vietnamese or Russian.\n\n"
        f"{how}\n\n"
        "<b>Commands</b>\n"
        "/sources — the articles I answer from\n"
        "/who NAME — what I know about a person\n"
        "/timeline — meetings and visits in date order\n"
        "/about — how I work\n\n"
        "Under an answer, <b>Source</b> shows the quote's whole paragraph and <b>More</b> the next matching facts. "
        "In any chat you can type <code>@" + esc(context.bot.username or "bot") + " question</code>."
    ])


async def about(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    count = len(engine(context).sources())
    await send_html(update.effective_message, [
        "<b>About vnru-bot</b>\n"
        f"I read {count} news article{'s' if count != 1 else ''} (see /sources) and turn them into facts: "
        "who met whom, when, where, and who said what. I answer only from those facts, quote the "
        "article word for word and name it. When my sources don't cover a question, I say so "
        "instead of guessing.\n\n"
        "New articles are picked up as they are added to my <code>seeds/</code> folder."
    ])


async def sources(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await send_html(update.effective_message, render.render_sources(engine(context).sources()))


async def who(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    name = " ".join(context.args or []).strip()
    message = update.effective_message
    if not name:
        await send_html(message, ["Whom do you mean? For example: <code>/who Putin</code>"])
        return
    if len(name) > 100:
        await send_html(message, ["That is too long for a name; try <code>/who Lavrov</code>."])
        return
    typing = asyncio.create_task(_typing(message))
    answer = engine(context).who(name)
    await _settle(typing)
    await reply_answer(update, context, answer, quote=message.chat.type != ChatType.PRIVATE)


async def timeline(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """The text timeline, then the same events as a picture (drawn meanwhile, off the event loop)."""
    message = update.effective_message
    items = engine(context).timeline()
    picture = asyncio.create_task(timeline_photo.draw(items, context.bot_data))
    await send_html(message, render.render_timeline(items))
    chart = await picture
    if chart is not None:
        await _with_retry(message.get_bot().send_photo, chat_id=message.chat_id,
                          photo=InputFile(chart.png, filename="timeline.png"), caption=timeline_photo.caption(chart),
                          message_thread_id=message.message_thread_id if message.is_topic_message else None)


async def ask_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await answer_question(update, context, " ".join(context.args or []))


async def reload_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    user = update.effective_user
    message = update.effective_message
    if not user or user.id not in settings(context).admin_ids:
        await send_html(message, ["Only the bot's admins can reload its articles."])
        return
    await send_html(message, ["Reloading the articles from <code>seeds/</code>…"])
    result = await context.bot_data["knowledge"].refresh()
    await send_html(message, reload_report(result))


def reload_report(result) -> list[str]:
    if result.ok:
        head = f"✅ Reloaded in {result.seconds:.1f} s: {esc(result.summary)}"
    else:
        head = f"⚠️ Reload failed; I keep answering from the previous articles.\nWhy: {esc(result.summary)}"
    lines = [head] + [f"• skipped {esc(p)}" for p in result.problems]
    return render.pack([render.Block("", before=line) for line in lines], sep="\n")


async def unknown_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    message = update.effective_message
    if message.chat.type != ChatType.PRIVATE:
        return  # in groups, commands for other bots are none of our business
    command = (message.text or "").split()[0][:40]
    await send_html(message, [f"I don't know the command {esc(command)}. See /help for what I can do."])


# ---------------------------------------------------------------- plain messages


async def private_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await answer_question(update, context, update.effective_message.text or "")


def addressed_to_bot(message: Message, username: str | None, bot_id: int) -> str | None:
    """The question if a group message (or a photo's caption) mentions or replies to the bot, else None."""
    caption = message.text is None
    text = (message.caption if caption else message.text) or ""
    reply = message.reply_to_message
    replied = bool(reply and reply.from_user and reply.from_user.id == bot_id)
    mentioned = False
    for entity in (message.caption_entities if caption else message.entities) or ():
        if entity.type == MessageEntity.MENTION and username:
            found = message.parse_caption_entity(entity) if caption else message.parse_entity(entity)
            if found.lstrip("@").lower() == username.lower():
                mentioned = True
        elif entity.type == MessageEntity.TEXT_MENTION and entity.user and entity.user.id == bot_id:
            mentioned = True
    if not (mentioned or replied):
        return None
    if username:
        text = re.sub(rf"@{re.escape(username)}\b", " ", text, flags=re.IGNORECASE)
    return " ".join(text.split())


async def group_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    question = addressed_to_bot(update.effective_message, context.bot.username, context.bot.id)
    if question is not None:
        await answer_question(update, context, question)


async def not_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Stickers, photos, voice, empty text … in a private chat: a caption is read as the question,
    anything else gets a hint at what works."""
    message = update.effective_message
    if message.text is not None:  # empty text
        await answer_question(update, context, "")
        return
    if message.caption and message.caption.strip():
        await answer_question(update, context, message.caption)
        return
    await send_html(message, [
        "I can only read text. Ask me a question in words, for example: "
        f"<i>{esc(EXAMPLES[0])}</i>"
    ])


async def edited(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A corrected question in a private chat is answered again, as a reply to the edited message
    (so it is clear which version the answer is for); edits in groups pass silently."""
    message = update.edited_message
    if not message or message.chat.type != ChatType.PRIVATE or not (message.text or "").strip():
        return
    if message.text.startswith("/"):  # known commands are re-run by their own handlers
        await unknown_command(update, context)
        return
    await answer_question(update, context, message.text, quote=True)


# ---------------------------------------------------------------- buttons and inline mode


async def button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query = update.callback_query
    parsed = render.parse_callback(query.data)
    answers = context.chat_data.get("answers", {}) if context.chat_data is not None else {}
    state = answers.get(parsed[1]) if parsed else None
    if state is None or query.message is None:
        await query.answer("That answer is too old for its buttons; please ask again.")
        return
    kind, _, number = parsed
    message = query.message
    if kind == "s":
        if not number or number > len(state.citations):
            await query.answer("No such source.")
            return
        if number in state.expanded:
            await query.answer("That source is already shown above.")
            return
        await query.answer()
        state.expanded.add(number)
        paragraph = whole_paragraph(context, state.citations[number - 1])
        await send_html(message, render.render_paragraph(paragraph), quote=True)
        return
    # "m": the next page of further matching facts
    if not state.more:
        await query.answer("That's everything my sources say on this.")
        return
    await query.answer()
    page, state.more = state.more[:PER_PAGE], state.more[PER_PAGE:]
    first = len(state.citations) + 1
    state.citations.extend(page)
    numbers = list(range(first, first + len(page)))
    keyboard = render.answer_keyboard(parsed[1], numbers, bool(state.more))
    await send_html(message, render.render_citations(page, first, "More from my sources:"), keyboard)


def whole_paragraph(context: ContextTypes.DEFAULT_TYPE, citation: Citation) -> Citation:
    """The quote's paragraph from the current store, or the quote itself when the store has changed.

    A button can outlive a reload; its sentence id may then name another sentence, so the
    paragraph is used only if it still contains the quote, in the same file.
    """
    try:
        paragraph = engine(context).paragraph(citation)
    except Exception:
        log.warning("No paragraph for %s; showing the quote", citation.source, exc_info=True)
        return citation
    if paragraph.source != citation.source or citation.quote not in paragraph.quote:
        return citation
    return paragraph


async def inline_query(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query = update.inline_query
    text = " ".join((query.query or "").split())
    if not text or len(text) > MAX_QUESTION:
        await query.answer([], cache_time=5, is_personal=False)
        return
    answer = engine(context).ask(text)
    body = render.render_answer(answer)[0]
    first = answer.citations[0].quote if answer.citations else ""
    result = InlineQueryResultArticle(
        id=hashlib.sha1(text.encode()).hexdigest()[:32],
        title=(answer.headline or answer.text or "No answer")[:120],
        description=(html.unescape(first) or text)[:200],
        input_message_content=InputTextMessageContent(body, parse_mode=ParseMode.HTML,
                                                      link_preview_options=None),
    )
    await query.answer([result], cache_time=30, is_personal=False)


# ---------------------------------------------------------------- errors


async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    error = context.error
    if isinstance(error, Conflict):
        log.critical(
            "Another process is already receiving updates for this bot token (Telegram says: %s). "
            "Stop the other instance (or use a different token) and start again. Exiting.", error
        )
        context.bot_data["exit_code"] = 3
        updater = context.application.updater
        if updater is not None:
            # PTB's clean stop calls getUpdates once more to confirm offsets; that call would end
            # the other instance's long poll with a Conflict too and stop it as well.
            setattr(updater, "_Updater__polling_cleanup_cb", None)
        context.application.stop_running()
        return
    if update is None and isinstance(error, (NetworkError, TimedOut, RetryAfter)):
        log.warning("Bot API unreachable or busy (%s); retrying with backoff", error)
        return
    if isinstance(update, Update) and delivery_unknown(error):
        # An apology could arrive right after the very reply it apologises for; the user can ask again.
        chat = update.effective_chat.id if update.effective_chat else None
        log.warning("A reply to chat %s may not have arrived (%s: %s); not sent again, to avoid a duplicate",
                    chat, type(error).__name__, error)
        return
    log.error("Error while handling an update", exc_info=error)
    if isinstance(update, Update):
        if update.callback_query:
            try:
                await update.callback_query.answer("Sorry, something went wrong. Please try again.")
            except Exception:
                pass
            return
        if update.effective_chat and not isinstance(error, Forbidden):
            try:
                await context.bot.send_message(
                    update.effective_chat.id, "Sorry, something went wrong on my side. Please try again in a moment."
                )
            except Exception:
                log.warning("Could not tell the user about the error", exc_info=True)


# ---------------------------------------------------------------- wiring


def add_handlers(app: Application) -> None:
    private = filters.ChatType.PRIVATE
    groups = filters.ChatType.GROUPS
    new_message = filters.UpdateType.MESSAGE
    app.add_handler(CommandHandler("start", start))
    app.add_handler(CommandHandler("help", help_command))
    app.add_handler(CommandHandler("about", about))
    app.add_handler(CommandHandler("sources", sources))
    app.add_handler(CommandHandler("who", who))
    app.add_handler(CommandHandler("timeline", timeline))
    app.add_handler(CommandHandler("ask", ask_command))
    app.add_handler(CommandHandler("reload", reload_command))
    app.add_handler(MessageHandler(new_message & filters.COMMAND, unknown_command))
    app.add_handler(MessageHandler(new_message & private & filters.TEXT, private_text))
    app.add_handler(MessageHandler(new_message & groups & (filters.TEXT | filters.CAPTION), group_text))
    app.add_handler(MessageHandler(new_message & private, not_text))
    app.add_handler(MessageHandler(filters.UpdateType.EDITED_MESSAGE, edited))
    app.add_handler(CallbackQueryHandler(button))
    app.add_handler(InlineQueryHandler(inline_query))
    app.add_error_handler(on_error)


async def set_commands(app: Application) -> None:
    bot = app.bot
    await bot.set_my_commands(COMMANDS)
    await bot.set_my_commands(COMMANDS, scope=BotCommandScopeAllPrivateChats())
    await bot.set_my_commands(GROUP_COMMANDS, scope=BotCommandScopeAllGroupChats())
    from telegram import BotCommandScopeChat

    for admin in app.bot_data["settings"].admin_ids:
        try:
            await bot.set_my_commands([*COMMANDS, ADMIN_COMMAND], scope=BotCommandScopeChat(admin))
        except (BadRequest, Forbidden):
            log.warning("Could not set the admin menu for user %s (has the admin started the bot?)", admin)
