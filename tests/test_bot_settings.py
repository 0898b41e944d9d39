"""Settings from the environment and .env; every variable documented in .env.example."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.settings import SettingsError, load_settings, parse_env_file

ROOT = Path(__file__).resolve().parents[1]
TOKEN = "123:abcDEF_-x"


def test_defaults_without_anything(tmp_path):
    s = load_settings(env={}, env_file=tmp_path / "missing.env")
    assert s.token is None and s.base_url is None
    assert s.db == Path("data/vnru.db") and s.seeds is None  # None: the folder the store records
    assert s.rate_limit is True and s.rate_retries >= 1 and s.log_level == "INFO"


def test_env_file_parsed_and_environment_wins(tmp_path):
    f = tmp_path / ".env"
    f.write_text(
        "# comment\n"
        f"export TELEGRAM_BOT_TOKEN='{TOKEN}'\n"
        'TELEGRAM_BASE_URL="https://api.telegram.org/bot{token}/test"\n'
        "ADMIN_IDS=1, 2 3  # admins\n"
        "VNRU_RATE_LIMIT=off\n"
        "LOG_LEVEL=debug\n"
        "\n"
    )
    s = load_settings(env={"LOG_LEVEL": "WARNING"}, env_file=f)
    assert s.token == TOKEN
    assert s.base_url == "https://api.telegram.org/bot{token}/test"
    assert s.admin_ids == {1, 2, 3}
    assert s.rate_limit is False
    assert s.log_level == "WARNING"
    assert s.secrets() == [TOKEN]


@pytest.mark.parametrize("env, name", [
    ({"VNRU_RATE_LIMIT": "maybe"}, "VNRU_RATE_LIMIT"),
    ({"ADMIN_IDS": "12,bob"}, "ADMIN_IDS"),
    ({"LOG_LEVEL": "LOUD"}, "LOG_LEVEL"),
    ({"TELEGRAM_BASE_URL": "localhost:8081"}, "TELEGRAM_BASE_URL"),
    ({"TELEGRAM_POLL_TIMEOUT": "-3"}, "TELEGRAM_POLL_TIMEOUT"),
    ({"VNRU_RATE_OVERALL": "fast"}, "VNRU_RATE_OVERALL"),
    ({"TELEGRAM_WEBHOOK_SECRET": "has space"}, "TELEGRAM_WEBHOOK_SECRET"),
])
def test_bad_values_name_the_variable(env, name, tmp_path):
    with pytest.raises(SettingsError, match=name):
        load_settings(env=env, env_file=None)


def test_bad_token_is_not_echoed():
    with pytest.raises(SettingsError) as info:
        load_settings(env={"TELEGRAM_BOT_TOKEN": "123:secret part with space"}, env_file=None)
    assert "secret part" not in str(info.value)


def test_env_file_errors_say_where(tmp_path):
    f = tmp_path / ".env"
    f.write_text("OK=1\nthis is not a setting\n")
    with pytest.raises(SettingsError, match="line 2"):
        parse_env_file(f)


def test_env_example_documents_every_setting():
    source = (ROOT / "bot" / "settings.py").read_text()
    used = set(re.findall(r'"((?:TELEGRAM|VNRU|LOG|ADMIN)_[A-Z_]+)"', source))
    example = parse_env_file(ROOT / ".env.example")
    documented = set(re.findall(r"^#?\s*([A-Z][A-Z0-9_]+)=", (ROOT / ".env.example").read_text(), re.M))
    assert used <= documented, f"undocumented: {sorted(used - documented)}"
    assert "TELEGRAM_BOT_TOKEN" not in example or not example["TELEGRAM_BOT_TOKEN"]  # no real token committed
