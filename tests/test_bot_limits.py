"""Per-user limits as bookkeeping (bot.limits): sliding window, one notice per window, counts."""

from __future__ import annotations

import pytest

from bot.limits import ALLOW, IGNORE, NOTICE, Ignored, Limiter


def actions(limiter: Limiter, times: list[float], kind: str = "question", user: int = 1) -> list[str]:
    return [limiter.hit(kind, user, t).action for t in times]


def test_limit_then_one_notice_then_ignored():
    limiter = Limiter({"question": 3}, period=30)
    assert actions(limiter, [0, 1, 2]) == [ALLOW] * 3
    notice = limiter.hit("question", 1, 4)
    assert notice.action == NOTICE and notice.wait == pytest.approx(26)  # the first slot frees at 30
    later = limiter.hit("question", 1, 10)
    assert later.action == IGNORE and later.wait == pytest.approx(20)


def test_slot_frees_after_the_window_and_notice_comes_once_per_window():
    limiter = Limiter({"question": 2}, period=10)
    assert actions(limiter, [0, 1, 2, 3]) == [ALLOW, ALLOW, NOTICE, IGNORE]
    assert actions(limiter, [10.5]) == [ALLOW]  # the question at 0 has left the window
    assert actions(limiter, [10.6]) == [IGNORE]  # over again, but told at 2 already (< 10 s ago)
    assert actions(limiter, [11.5, 12.5]) == [ALLOW, NOTICE]  # a new window, a new notice


def test_ignored_questions_do_not_use_up_slots():
    limiter = Limiter({"question": 2}, period=10)
    actions(limiter, [0, 5] + [5.1 + i / 10 for i in range(40)])
    assert actions(limiter, [10.0]) == [ALLOW]  # answered again as soon as the oldest question left


def test_kinds_and_users_are_counted_apart():
    limiter = Limiter({"question": 1, "button": 1, "inline": 2}, period=30)
    assert actions(limiter, [0, 1], "question", user=1) == [ALLOW, NOTICE]
    assert actions(limiter, [1], "question", user=2) == [ALLOW]
    assert actions(limiter, [1, 2], "button", user=1) == [ALLOW, NOTICE]
    assert actions(limiter, [1, 2, 3], "inline", user=1) == [ALLOW, ALLOW, NOTICE]


@pytest.mark.parametrize("limits, period", [({"question": 0}, 30), ({}, 30), ({"question": 1}, 0)])
def test_zero_means_unlimited(limits, period):
    assert actions(Limiter(limits, period), [0] * 100) == [ALLOW] * 100


def test_sweep_reports_ignored_counts_once_per_window_and_forgets_quiet_users():
    limiter = Limiter({"question": 1}, period=10)
    actions(limiter, [0, 1, 2, 3], user=7)  # 1 allowed, 3 not (the notice counts as not answered)
    actions(limiter, [0], user=8)
    assert limiter.sweep(4) == [Ignored(7, "question", 3)]
    assert limiter.sweep(5) == []  # looked at once per period only
    assert limiter.sweep(14.5) == []  # nothing new was ignored
    assert limiter._users == {}  # both quiet for a whole window: forgotten


def test_limit_and_pacing_settings():
    from bot.settings import SettingsError, load_settings

    defaults = load_settings({}, env_file=None)
    assert (defaults.limit_questions, defaults.limit_buttons, defaults.limit_inline, defaults.limit_period,
            defaults.pace_chat) == (10, 20, 30, 30.0, 1.0)
    custom = load_settings({"VNRU_LIMIT_QUESTIONS": "0", "VNRU_LIMIT_PERIOD": "60", "VNRU_PACE_CHAT": "0.5"},
                           env_file=None)
    assert (custom.limit_questions, custom.limit_period, custom.pace_chat) == (0, 60.0, 0.5)
    for key, value in [("VNRU_LIMIT_QUESTIONS", "-1"), ("VNRU_LIMIT_INLINE", "many"), ("VNRU_LIMIT_PERIOD", "0"),
                       ("VNRU_PACE_CHAT", "-0.5")]:
        with pytest.raises(SettingsError, match=key):
            load_settings({key: value}, env_file=None)
