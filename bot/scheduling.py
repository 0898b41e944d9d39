"""Fair update processing: one queue per chat, chats served in turn, one update per chat at a time.

PTB's default processor admits updates first come, first served: 300 questions from one chat
fill every slot and the next chat's first question waits behind all of them. Here each chat
(an inline query's user, for updates without a chat) has its own FIFO queue; a free worker takes
the head of the next chat in the round, and a chat that still has updates goes to the back of
the round. Within a chat updates run one after another, so its replies keep the order of its
questions and its follow-up context is never read and written by two answers at once.
"""

from __future__ import annotations

import asyncio
import time
from collections import deque
from collections.abc import Awaitable, Hashable
from typing import Any

from telegram import Update
from telegram.ext import BaseUpdateProcessor

# PTB's own semaphore (taken before do_process_update) would queue updates first come, first
# served again; it admits everything and the workers below do the limiting.
_ADMIT_ALL = 1 << 30


def chat_key(update: object) -> Hashable:
    """The queue an update belongs to: its chat, else its user (inline queries), else its own."""
    if isinstance(update, Update):
        if update.effective_chat is not None:
            return ("chat", update.effective_chat.id)
        if update.effective_user is not None:
            return ("user", update.effective_user.id)
    return ("update", id(update))


class FairUpdateProcessor(BaseUpdateProcessor):
    def __init__(self, workers: int) -> None:
        super().__init__(_ADMIT_ALL)
        if workers < 1:
            raise ValueError("workers must be at least 1")
        self.workers = workers
        self._queues: dict[Hashable, deque[asyncio.Future]] = {}
        self._round: deque[Hashable] = deque()  # chats whose head update waits for a worker
        self._busy = 0
        self._arrived: dict[int, float] = {}

    async def initialize(self) -> None:
        """Nothing to set up: queues are made as chats appear."""

    async def shutdown(self) -> None:
        """Nothing to free: PTB processes every admitted update before it shuts down."""

    def arrival(self, update: object) -> float | None:
        """time.monotonic() when the update reached the processor (None once it is done)."""
        return self._arrived.get(id(update))

    def waiting(self) -> int:
        return sum(len(q) for q in self._queues.values()) - self._busy

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        self._arrived[id(update)] = time.monotonic()
        key = chat_key(update)
        turn = asyncio.get_running_loop().create_future()
        queue = self._queues.setdefault(key, deque())
        queue.append(turn)
        if len(queue) == 1:
            self._round.append(key)
        self._dispatch()
        try:
            try:
                await turn
            except asyncio.CancelledError:
                self._withdraw(key, turn)
                coroutine.close()  # type: ignore[attr-defined]
                raise
            try:
                await coroutine
            finally:
                self._finish(key)
        finally:
            self._arrived.pop(id(update), None)

    def _dispatch(self) -> None:
        while self._busy < self.workers and self._round:
            self._busy += 1
            self._queues[self._round.popleft()][0].set_result(None)

    def _finish(self, key: Hashable) -> None:
        queue = self._queues[key]
        queue.popleft()
        self._busy -= 1
        if queue:
            self._round.append(key)  # back of the round: every other waiting chat goes first
        else:
            del self._queues[key]
        self._dispatch()

    def _withdraw(self, key: Hashable, turn: asyncio.Future) -> None:
        """A waiting update was cancelled (shutdown): take it out without disturbing the others."""
        if turn.done() and not turn.cancelled():  # it had been given a worker
            self._finish(key)
            return
        queue = self._queues[key]
        head = queue[0] is turn
        queue.remove(turn)
        if head:
            self._round.remove(key)
            if queue:
                self._round.append(key)
        if not queue:
            del self._queues[key]
