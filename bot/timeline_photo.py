"""/timeline's picture for Telegram: drawn in a worker thread, cached per store version.

The text timeline always goes out; the picture follows it when it can be drawn. Drawing takes
a second or so (matplotlib's first import takes longer), so it never runs on the event loop,
and it is drawn once per version of the store: the key is the timeline's own content, which
changes exactly when a reload changes the events.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import threading

from telegram import InputFile, Message

from bot import timeline_chart
from knowledge.facts import TimelineItem

log = logging.getLogger(__name__)


def version_key(items: list[TimelineItem]) -> str:
    """A digest of what the chart is drawn from."""
    h = hashlib.sha256()
    for it in items:
        h.update(repr((it.kind, it.participants, it.place, it.date, it.date_end)).encode())
    return h.hexdigest()


class TimelinePictures:
    """The latest chart and the store version it was drawn for; one drawing at a time."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._key: str | None = None
        self._chart: timeline_chart.Chart | None = None
        self.drawn = 0  # how many times a chart was actually drawn

    def get(self, items: list[TimelineItem]) -> timeline_chart.Chart | None:
        """Blocking (call it in a thread): the cached chart, or a new one for a new store version."""
        key = version_key(items)
        with self._lock:
            if key != self._key:
                chart = timeline_chart.render(items)
                self.drawn += 1
                self._key, self._chart = key, chart  # only after success: a failure is tried again
            return self._chart


async def draw(items: list[TimelineItem], bot_data: dict) -> timeline_chart.Chart | None:
    """The chart, drawn off the event loop; None when there is nothing to draw or drawing failed."""
    pictures = bot_data.setdefault("timeline_pictures", TimelinePictures())
    try:
        return await asyncio.to_thread(pictures.get, items)
    except Exception:  # the text timeline has gone out already; it stands alone
        log.warning("Could not draw the timeline picture; sending the text timeline only", exc_info=True)
        return None


def caption(chart: timeline_chart.Chart) -> str:
    rows = len(chart.rows)
    text = f"Meetings, visits and calls: {chart.events} event{'s' if chart.events != 1 else ''}"
    text += f" in {rows} row{'s' if rows != 1 else ''} (one per person or pair)."
    if chart.undated or chart.beyond:
        text += " The list above has them all."
    return text
