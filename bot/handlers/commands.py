"""The informational commands: /start, /help, /about, /sources, /who, /timeline, and unknown ones."""

from __future__ import annotations

import asyncio

from telegram import BotCommand, InputFile, Update
from telegram.constants import ChatType
from telegram.ext import ContextTypes

from bot import render, timeline_photo
from bot.handlers.replies import engine, reply_answer
from bot.handlers.sending import send_html, settle, typing, with_retry
from bot.render import esc

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
    typing_task = asyncio.create_task(typing(message))
    answer = engine(context).who(name)
    await settle(typing_task)
    await reply_answer(update, context, answer, quote=message.chat.type != ChatType.PRIVATE)


async def timeline(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """The text timeline, then the same events as a picture (drawn meanwhile, off the event loop)."""
    message = update.effective_message
    items = engine(context).timeline()
    picture = asyncio.create_task(timeline_photo.draw(items, context.bot_data))
    await send_html(message, render.render_timeline(items))
    chart = await picture
    if chart is not None:
        await with_retry(message.get_bot().send_photo, chat_id=message.chat_id,
                         photo=InputFile(chart.png, filename="timeline.png"), caption=timeline_photo.caption(chart),
                         message_thread_id=message.message_thread_id if message.is_topic_message else None)


async def unknown_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    message = update.effective_message
    if message.chat.type != ChatType.PRIVATE:
        return  # in groups, commands for other bots are none of our business
    command = (message.text or "").split()[0][:40]
    await send_html(message, [f"I don't know the command {esc(command)}. See /help for what I can do."])
