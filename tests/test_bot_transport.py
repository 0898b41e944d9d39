"""bot.transport: the Bot API client under PTB — wire format, keep-alive, and how failures map.

Raw HTTP servers on 127.0.0.1 answer exactly as scripted (chunked bodies, no Content-Length,
closing connections); the fake Bot API checks the JSON and multipart requests end to end.
"""

from __future__ import annotations

import asyncio
import socket

import pytest
from telegram import Bot
from telegram.error import NetworkError, TimedOut

from bot.handlers import certainly_not_sent, delivery_unknown
from bot.transport import BotAPIRequest
from helpers.fake_bot_api import TOKEN, FakeBotAPI

OK = b'{"ok": true, "result": true}'


def request(connections: int = 2, read: float = 2.0, pool: float = 1.0) -> BotAPIRequest:
    return BotAPIRequest(connections, read=read, write=2.0, connect=2.0, pool=pool)


class ScriptedServer:
    """Reads one request at a time (head and Content-Length body) and answers with `respond(n)`."""

    def __init__(self, respond, close_after: bool = False) -> None:
        self.respond, self.close_after = respond, close_after
        self.requests: list[tuple[int, bytes, bytes]] = []  # (connection number, head, body)
        self.connections = 0

    async def __aenter__(self):
        self.server = await asyncio.start_server(self._serve, "127.0.0.1", 0)
        self.url = f"http://127.0.0.1:{self.server.sockets[0].getsockname()[1]}/bot{TOKEN}/"
        return self

    async def __aexit__(self, *exc):
        self.server.close()

    async def _serve(self, reader, writer):
        self.connections += 1
        number = self.connections
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                length = next((int(line.split(b":")[1]) for line in head.split(b"\r\n")
                               if line.lower().startswith(b"content-length:")), 0)
                body = await reader.readexactly(length)
                self.requests.append((number, head, body))
                answer = self.respond(len(self.requests))
                if answer is None:
                    writer.close()
                    return
                writer.write(answer)
                await writer.drain()
                if b"Connection: close" in answer or self.close_after:
                    writer.close()
                    return
        except (asyncio.IncompleteReadError, ConnectionError):
            writer.close()


def response(body: bytes = OK, extra: bytes = b"") -> bytes:
    return b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: %d\r\n%s\r\n%s" % (
        len(body), extra, body)


async def test_json_post_keeps_the_connection_alive():
    async with ScriptedServer(lambda n: response()) as server:
        req = request()
        await req.initialize()
        try:
            for i in range(3):
                assert await req.post(server.url + "sendMessage", None) is True
        finally:
            await req.shutdown()
    assert [number for number, _, _ in server.requests] == [1, 1, 1]  # one connection, reused
    head = server.requests[0][1].decode()
    assert head.startswith(f"POST /bot{TOKEN}/sendMessage HTTP/1.1\r\n")
    assert "Content-Type: application/json" in head and "Host: 127.0.0.1:" in head


async def test_parameters_go_as_json_and_nested_objects_stay_objects():
    async with FakeBotAPI() as api:
        bot = Bot(TOKEN, base_url=api.base_url, request=request())
        async with bot:
            await bot.send_message(7, "<b>hi</b> &amp; bye «ок»", parse_mode="HTML",
                                   reply_markup={"inline_keyboard": [[{"text": "x", "callback_data": "y"}]]})
        (call,) = api.sent(7)
        assert call.params["text"] == "<b>hi</b> &amp; bye «ок»"
        assert call.params["reply_markup"] == {"inline_keyboard": [[{"text": "x", "callback_data": "y"}]]}


async def test_uploads_go_through_httpx_multipart_on_the_same_pool():
    async with FakeBotAPI() as api:
        bot = Bot(TOKEN, base_url=api.base_url, request=request())
        async with bot:
            await bot.send_photo(8, photo=b"\x89PNG\r\n\x1a\nfake", caption="a chart")
        (call,) = [c for c in api.calls if c.method == "sendPhoto"]
        assert call.params["photo"] == b"\x89PNG\r\n\x1a\nfake" and call.params["caption"] == "a chart"


@pytest.mark.parametrize("answer", [
    b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\n{\"ok\"\r\n17\r\n: true, \"result\": true}\r\n0\r\n\r\n",
    b"HTTP/1.1 200 OK\r\nConnection: close\r\n\r\n" + OK,  # delimited by the end of the connection
    b"HTTP/1.0 200 OK\r\nContent-Length: %d\r\n\r\n%s" % (len(OK), OK),  # 1.0: not kept alive
])
async def test_response_framings(answer):
    async with ScriptedServer(lambda n: answer) as server:
        req = request()
        await req.initialize()
        try:
            assert await req.post(server.url + "getMe", None) is True
            assert await req.post(server.url + "getMe", None) is True
        finally:
            await req.shutdown()
    chunked = b"chunked" in answer
    assert server.connections == (1 if chunked else 2)


async def test_connection_closed_by_the_server_while_idle_is_not_reused():
    async with ScriptedServer(lambda n: response(), close_after=True) as server:  # says keep-alive, then hangs up
        req = request()
        await req.initialize()
        try:
            assert await req.post(server.url + "getMe", None) is True
            await asyncio.sleep(0.2)  # the close reaches the idle connection
            assert await req.post(server.url + "getMe", None) is True  # on a new connection, no error
        finally:
            await req.shutdown()
    assert server.connections == 2


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


async def test_refused_connection_is_certainly_not_sent():
    req = request()
    await req.initialize()
    try:
        with pytest.raises(NetworkError) as info:
            await req.post(f"http://127.0.0.1:{closed_port()}/bot{TOKEN}/sendMessage", None)
    finally:
        await req.shutdown()
    assert certainly_not_sent(info.value) and not delivery_unknown(info.value)


async def test_no_answer_in_time_is_a_timeout_whose_delivery_is_unknown():
    async with ScriptedServer(lambda n: b"") as server:  # reads the request, never answers
        req = request(read=0.3)
        await req.initialize()
        try:
            with pytest.raises(TimedOut) as info:
                await req.post(server.url + "sendMessage", None)
        finally:
            await req.shutdown()
    assert not certainly_not_sent(info.value) and delivery_unknown(info.value)


async def test_connection_dropped_after_the_request_is_delivery_unknown():
    async with ScriptedServer(lambda n: None) as server:  # reads the request, then hangs up
        req = request()
        await req.initialize()
        try:
            with pytest.raises(NetworkError) as info:
                await req.post(server.url + "sendMessage", None)
        finally:
            await req.shutdown()
    assert delivery_unknown(info.value)


async def test_every_connection_busy_past_the_pool_timeout_is_not_sent():
    release = asyncio.Event()

    async def slow(reader, writer):
        await reader.readuntil(b"\r\n\r\n")
        await release.wait()
        writer.write(response())
        await writer.drain()
        writer.close()

    server = await asyncio.start_server(slow, "127.0.0.1", 0)
    url = f"http://127.0.0.1:{server.sockets[0].getsockname()[1]}/bot{TOKEN}/getMe"
    req = request(connections=1, pool=0.2)
    await req.initialize()
    try:
        first = asyncio.create_task(req.post(url, None))
        await asyncio.sleep(0.1)
        with pytest.raises(TimedOut, match="Pool timeout") as info:
            await req.post(url, None)
        assert certainly_not_sent(info.value)
        release.set()
        assert await first is True
    finally:
        await req.shutdown()
        server.close()
