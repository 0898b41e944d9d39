"""The buttons under an answer: "Source" shows a quote's whole paragraph, "More" the next facts."""

from __future__ import annotations

import logging

from telegram import Update
from telegram.ext import ContextTypes

from bot import render
from bot.handlers.replies import engine
from bot.handlers.sending import send_html
from knowledge.facts import Citation

log = logging.getLogger(__name__)

PER_PAGE = 3  # citations per "More" page


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
