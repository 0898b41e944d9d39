"""A lean HTTP/1.1 keep-alive client for the Bot API, under python-telegram-bot.

Profiling the bot under a burst (bench/bench_bot.py with py-spy) put about half of its CPU in
sending replies, most of it in httpx/httpcore's generic machinery: anyio cancel scopes and typed
attributes, a pool that rescans every connection and queued request on each request, h11 event
objects, form encoding, two socket writes per request. The Bot API needs none of that
generality: one origin, small JSON bodies, responses with a Content-Length. So requests without
files go out as one JSON POST, written in one call on a kept-alive connection (an asyncio
Protocol), the response parsed from one buffer. Uploads (multipart) still go through httpx, over
the same connections (LeanTransport). Idle connections the server has closed are never reused.

Failures are the httpx exception types httpcore raises (ConnectError/ConnectTimeout before
anything was sent, PoolTimeout when every connection is busy, ReadTimeout/RemoteProtocolError
after), mapped to PTB's errors exactly as HTTPXRequest maps them, so bot.handlers' "could it
have been delivered?" decisions work unchanged.
"""

from __future__ import annotations

import asyncio
import json
import logging
import ssl
from collections import defaultdict
from urllib.parse import urlsplit

import httpx
from telegram.error import NetworkError, TimedOut
from telegram.request import BaseRequest, HTTPXRequest, RequestData

log = logging.getLogger(__name__)
_DEFAULT = type(BaseRequest.DEFAULT_NONE)  # PTB's marker for "the timeout this request was built with"

_MAX_HEAD = 64 * 1024


class _Connection(asyncio.Protocol):
    def __init__(self) -> None:
        self.transport: asyncio.Transport | None = None
        self.buffer = bytearray()
        self.closed = False  # the peer closed, or the connection failed
        self._waiter: asyncio.Future | None = None
        self._writable: asyncio.Future | None = None

    # ---- asyncio callbacks
    def connection_made(self, transport) -> None:
        self.transport = transport

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        self._wake()

    def eof_received(self) -> bool:
        self.closed = True
        self._wake()
        return False

    def connection_lost(self, exc) -> None:
        self.closed = True
        self._wake()
        if self._writable is not None and not self._writable.done():
            self._writable.set_result(None)

    def pause_writing(self) -> None:
        self._writable = asyncio.get_running_loop().create_future()

    def resume_writing(self) -> None:
        if self._writable is not None and not self._writable.done():
            self._writable.set_result(None)
        self._writable = None

    def _wake(self) -> None:
        if self._waiter is not None and not self._waiter.done():
            self._waiter.set_result(None)

    # ---- used by the transport
    def reusable(self) -> bool:
        return not self.closed and not self.buffer and not self.transport.is_closing()

    def close(self) -> None:
        self.closed = True
        if self.transport is not None:
            self.transport.close()

    async def send(self, data: bytes, timeout: float | None) -> None:
        self.transport.write(data)
        if self._writable is not None:
            await _within(self._writable, timeout, httpx.WriteTimeout, "write timed out")
        if self.closed and self.transport.is_closing():
            raise httpx.WriteError("connection closed while writing")

    async def more(self, timeout: float | None) -> None:
        """Wait for more bytes; the peer closing first is a protocol error, as in httpcore."""
        if self.closed:
            raise httpx.RemoteProtocolError("Server disconnected without sending a complete response.")
        self._waiter = asyncio.get_running_loop().create_future()
        try:
            await _within(self._waiter, timeout, httpx.ReadTimeout, "read timed out")
        finally:
            self._waiter = None
        if self.closed and not self.buffer:
            raise httpx.RemoteProtocolError("Server disconnected without sending a complete response.")


async def _within(future: asyncio.Future, timeout: float | None, error: type[Exception], message: str) -> None:
    try:
        async with asyncio.timeout(timeout):
            await future
    except TimeoutError:
        raise error(message) from None


class ConnectionPool:
    """At most `size` connections per origin; a request beyond waits up to its pool timeout."""

    def __init__(self, size: int, ssl_context: ssl.SSLContext | None = None) -> None:
        self.size = size
        self._ssl = ssl_context
        self._idle: dict[tuple, list[_Connection]] = defaultdict(list)
        self._slots: dict[tuple, asyncio.Semaphore] = {}

    async def request(self, origin: tuple, head: bytes, body: bytes, timeouts: dict) -> tuple:
        """Send `head` (request line and headers, without the blank line) and `body`; returns
        (status, headers, body)."""
        slots = self._slots.get(origin)
        if slots is None:
            slots = self._slots[origin] = asyncio.Semaphore(self.size)
        if slots.locked():  # every connection busy: wait for one, up to the pool timeout
            try:
                async with asyncio.timeout(timeouts.get("pool")):
                    await slots.acquire()
            except TimeoutError:
                raise httpx.PoolTimeout("no free connection within the pool timeout") from None
        else:
            await slots.acquire()  # free: returns at once
        try:
            connection = await self._connection(origin, timeouts.get("connect"))
            keep = False
            try:
                await connection.send(head + b"\r\n" + body, timeouts.get("write"))
                status, headers, content, keep = await _read_response(connection, timeouts.get("read"))
            finally:
                if keep:
                    self._idle[origin].append(connection)
                else:
                    connection.close()
        finally:
            slots.release()
        return status, headers, content

    async def _connection(self, origin: tuple, timeout: float | None) -> _Connection:
        idle = self._idle[origin]
        while idle:
            connection = idle.pop()
            if connection.reusable():
                return connection
            connection.close()  # closed by the server while idle, or unexpected bytes
        scheme, host, port = origin
        context = None
        if scheme == "https":
            context = self._ssl or ssl.create_default_context()
        connection = _Connection()
        loop = asyncio.get_running_loop()
        try:
            async with asyncio.timeout(timeout):
                await loop.create_connection(lambda: connection, host, port, ssl=context,
                                             server_hostname=host if context else None)
        except TimeoutError:
            raise httpx.ConnectTimeout(f"connecting to {host}:{port} timed out") from None
        except OSError as exc:
            raise httpx.ConnectError(str(exc)) from exc
        return connection

    def close(self) -> None:
        for idle in self._idle.values():
            for connection in idle:
                connection.close()
        self._idle.clear()


def _origin(scheme: str, host: str, port: int | None) -> tuple:
    if scheme not in ("http", "https"):
        raise httpx.UnsupportedProtocol(f"unsupported URL scheme {scheme!r}")
    return scheme, host, port or (443 if scheme == "https" else 80)


class LeanTransport(httpx.AsyncBaseTransport):
    """httpx's transport interface over the pool (for uploads, which httpx encodes as multipart)."""

    def __init__(self, pool: ConnectionPool) -> None:
        self.pool = pool

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        url = request.url
        head = [f"{request.method} ".encode() + url.raw_path + b" HTTP/1.1"]
        head += [name + b": " + value for name, value in request.headers.raw]
        status, headers, body = await self.pool.request(
            _origin(url.scheme, url.host, url.port), b"\r\n".join(head) + b"\r\n", await request.aread(),
            request.extensions.get("timeout", {}))
        return httpx.Response(status, headers=headers, content=body, request=request,
                              extensions={"http_version": b"HTTP/1.1"})

    async def aclose(self) -> None:
        self.pool.close()


class BotAPIRequest(HTTPXRequest):
    """PTB's HTTPXRequest, but requests without files go out as one JSON POST straight over the pool.

    httpx then only handles uploads (multipart). The Bot API takes JSON bodies for every method;
    errors are mapped exactly as HTTPXRequest maps them, from the same httpx exception types.
    """

    def __init__(self, connections: int, read: float, write: float, connect: float, pool: float) -> None:
        self._pool = ConnectionPool(connections)
        super().__init__(connection_pool_size=connections, read_timeout=read, write_timeout=write,
                         connect_timeout=connect, pool_timeout=pool,
                         httpx_kwargs={"transport": LeanTransport(self._pool)})

    async def do_request(self, url: str, method: str, request_data: RequestData | None = None,
                         read_timeout=BaseRequest.DEFAULT_NONE, write_timeout=BaseRequest.DEFAULT_NONE,
                         connect_timeout=BaseRequest.DEFAULT_NONE, pool_timeout=BaseRequest.DEFAULT_NONE):
        if request_data is not None and request_data.contains_files:
            return await super().do_request(url, method, request_data, read_timeout, write_timeout,
                                            connect_timeout, pool_timeout)
        if self._client.is_closed:
            raise RuntimeError("This BotAPIRequest is not initialized!")
        default = self._client.timeout
        timeouts = {
            "read": default.read if isinstance(read_timeout, _DEFAULT) else read_timeout,
            "write": default.write if isinstance(write_timeout, _DEFAULT) else write_timeout,
            "connect": default.connect if isinstance(connect_timeout, _DEFAULT) else connect_timeout,
            "pool": default.pool if isinstance(pool_timeout, _DEFAULT) else pool_timeout,
        }
        parts = urlsplit(url)
        body = json.dumps(request_data.parameters).encode() if request_data else b""
        host = parts.hostname or ""
        head = (f"{method} {parts.path or '/'}{'?' + parts.query if parts.query else ''} HTTP/1.1\r\n"
                f"Host: {parts.netloc.rpartition('@')[2]}\r\nUser-Agent: {self.USER_AGENT}\r\n"
                f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n").encode()
        try:
            status, _, content = await self._pool.request(_origin(parts.scheme, host, parts.port), head, body,
                                                          timeouts)
        except httpx.TimeoutException as err:
            if isinstance(err, httpx.PoolTimeout):
                raise TimedOut("Pool timeout: All connections in the connection pool are occupied. Request "
                               "was *not* sent to Telegram.") from err
            raise TimedOut from err
        except httpx.HTTPError as err:
            raise NetworkError(f"httpx.{err.__class__.__name__}: {err}") from err
        if log.isEnabledFor(logging.DEBUG):  # as httpx logs its requests (the URL holds the token:
            log.debug('HTTP Request: %s %s "HTTP/1.1 %d"', method, url, status)  # redacted by the filter)
        return status, content


async def _read_response(connection: _Connection, timeout: float | None):
    buffer = connection.buffer
    while (end := buffer.find(b"\r\n\r\n")) < 0:
        if len(buffer) > _MAX_HEAD:
            raise httpx.RemoteProtocolError("response header too long")
        await connection.more(timeout)
    lines = bytes(buffer[:end]).split(b"\r\n")
    del buffer[: end + 4]
    version, _, rest = lines[0].partition(b" ")
    try:
        status = int(rest[:3])
    except ValueError:
        raise httpx.RemoteProtocolError(f"malformed status line {lines[0][:80]!r}") from None
    headers = []
    length, chunked, close = None, False, version != b"HTTP/1.1"
    for line in lines[1:]:
        name, _, value = line.partition(b":")
        name, value = name.strip(), value.strip()
        headers.append((name, value))
        lower = name.lower()
        if lower == b"content-length":
            length = int(value)
        elif lower == b"transfer-encoding":
            chunked = b"chunked" in value.lower()
        elif lower == b"connection":
            close = value.lower() == b"close" or (close and value.lower() != b"keep-alive")
    if chunked:
        body = await _read_chunked(connection, timeout)
    elif length is not None:
        while len(buffer) < length:
            await connection.more(timeout)
        body = bytes(buffer[:length])
        del buffer[:length]
    else:  # delimited by the end of the connection
        while not connection.closed:
            try:
                await connection.more(timeout)
            except httpx.RemoteProtocolError:
                break
        body, close = bytes(buffer), True
        buffer.clear()
    return status, headers, body, not close and not connection.closed


async def _read_chunked(connection: _Connection, timeout: float | None) -> bytes:
    buffer, parts = connection.buffer, []
    while True:
        while (end := buffer.find(b"\r\n")) < 0:
            await connection.more(timeout)
        size = int(bytes(buffer[:end]).split(b";")[0], 16)
        del buffer[: end + 2]
        while len(buffer) < size + 2:
            await connection.more(timeout)
        parts.append(bytes(buffer[:size]))
        del buffer[: size + 2]
        if size == 0:  # trailers end with an empty line; none are expected from the Bot API
            return b"".join(parts)

