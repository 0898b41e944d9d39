"""Per-user request limits: at most `limit` requests in any `period` seconds, per kind of request.

Pure bookkeeping (no Telegram): the caller says who asked what kind of thing when, and gets a
verdict back. A user over the limit is told once ("notice"), with how long to wait; further
requests until a slot frees are ignored and only counted. Ignored requests do not use up slots,
so someone who keeps pressing gets answers again at the allowed rate, and the notice comes at
most once per `period`.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field

ALLOW, NOTICE, IGNORE = "allow", "notice", "ignore"


@dataclass(frozen=True)
class Verdict:
    action: str  # ALLOW, NOTICE or IGNORE
    wait: float = 0.0  # seconds until this user may ask again (NOTICE, IGNORE)


@dataclass(frozen=True)
class Ignored:
    """What was ignored from one user while over the limit, for the log (no content, by design)."""

    user: int
    kind: str
    count: int


@dataclass
class _User:
    times: deque = field(default_factory=deque)  # when each allowed request came, oldest first
    noticed: float | None = None  # when the last notice was given
    ignored: int = 0  # requests ignored since the last report


class Limiter:
    """Sliding-window limits per (kind, user); `limits` maps a kind to its maximum (0: unlimited)."""

    def __init__(self, limits: dict[str, int], period: float) -> None:
        self.limits = dict(limits)
        self.period = period
        self._users: dict[tuple[str, int], _User] = {}
        self._last_sweep = float("-inf")

    def hit(self, kind: str, user: int, now: float) -> Verdict:
        limit = self.limits.get(kind, 0)
        if limit <= 0 or self.period <= 0:
            return Verdict(ALLOW)
        state = self._users.setdefault((kind, user), _User())
        times = state.times
        while times and times[0] <= now - self.period:
            times.popleft()
        if len(times) < limit:
            times.append(now)
            return Verdict(ALLOW)
        wait = times[0] + self.period - now
        state.ignored += 1
        if state.noticed is None or now - state.noticed >= self.period:
            state.noticed = now
            return Verdict(NOTICE, wait)
        return Verdict(IGNORE, wait)

    def sweep(self, now: float) -> list[Ignored]:
        """What each user had ignored since the last report; forgets users whose window has passed.

        Cheap to call on every request: it looks at the users once per period, so the log gets
        at most one line per flooding user and window.
        """
        if now - self._last_sweep < self.period:
            return []
        self._last_sweep = now
        report = []
        for key, state in list(self._users.items()):
            if state.ignored:
                report.append(Ignored(key[1], key[0], state.ignored))
                state.ignored = 0
            quiet = not state.times or state.times[-1] <= now - self.period
            if quiet and (state.noticed is None or now - state.noticed >= self.period):
                del self._users[key]
        return report
