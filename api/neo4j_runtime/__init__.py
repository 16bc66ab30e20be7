"""Start and stop a real Neo4j Community server from Maven Central jars.

Neo4j's download site is unreachable from the project's machines and there is
no Docker, but Maven Central is: `pom.xml` beside this file resolves the
server's jars into ~/.m2 once, and the server runs as a single JVM
(`org.neo4j.server.CommunityEntryPoint`, the class the `bin/neo4j` bootloader
forks) with the flags the bootloader itself would pass. See docs/neo4j.md for
what was measured and why each setting is there. It lives beside its command
(:mod:`api.neo4j_cli`, ``okg neo4j``); the test and benchmark set-ups start their servers
with it too. Its places (OKG_NEO4J_HOME, XDG_*, JAVA_HOME) are read through
:class:`graph.settings.GraphSettings`, the stores' settings.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import logging
import os
import re
import secrets
import shutil
import signal
import socket
import string
import subprocess
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from neo4j import GraphDatabase, NotificationMinimumSeverity
from neo4j.exceptions import AuthError, DriverError, Neo4jError

from graph.settings import GraphSettings

from . import owner as owners

log = logging.getLogger(__name__)

POM = Path(__file__).with_name("pom.xml")
MAIN_CLASS = "org.neo4j.server.CommunityEntryPoint"
ADMIN_CLASS = "org.neo4j.cli.AdminTool"
USER = "neo4j"
STATE_FILE = "okg-neo4j.json"
#: The name a temporary home (``start(home=None)``) starts with, under the system's temporary folder.
TEMPORARY_PREFIX = "okg-neo4j-"
CONSOLE_LOG = "console.log"
#: How long the sweep of orphaned homes waits for a killed server to go before leaving its home (seconds).
KILL_WAIT = 30.0


# The default neo4j.conf of the 5.26 tarball, less -XX:+AlwaysPreTouch (it
# would commit the whole initial heap up front; pointless for a test server).
JVM_ADDITIONAL: tuple[str, ...] = (
    "-XX:+UseG1GC",
    "-XX:-OmitStackTraceInFastThrow",
    "-XX:+UnlockExperimentalVMOptions",
    "-XX:+TrustFinalNonStaticFields",
    "-XX:+DisableExplicitGC",
    "-Djdk.nio.maxCachedBufferSize=1024",
    "-Dio.netty.tryReflectionSetAccessible=true",
    "-Djdk.tls.ephemeralDHKeySize=2048",
    "-Djdk.tls.rejectClientInitiatedRenegotiation=true",
    "-XX:FlightRecorderOptions=stackdepth=256",
    "-XX:+UnlockDiagnosticVMOptions",
    "-XX:+DebugNonSafepoints",
    "--add-opens=java.base/java.nio=ALL-UNNAMED",
    "--add-opens=java.base/java.io=ALL-UNNAMED",
    "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
    "--enable-native-access=ALL-UNNAMED",
    "-Dlog4j2.disable.jmx=true",
    "-Dlog4j.layout.jsonTemplate.maxStringLength=32768",
)


class Neo4jRuntimeError(RuntimeError):
    """The server could not be provisioned, started, reached or stopped."""


@dataclass(frozen=True)
class Memory:
    """The server JVM's heap, initial and max in MiB, and its page cache (a Neo4j size, ``256m``).

    The default is small: enough for the tests and a desktop. A large load (1M triples in one
    benchmark run) gives more.
    """

    heap_initial_mb: int = 256
    heap_max_mb: int = 1024
    pagecache: str = "256m"
    #: ``dbms.memory.transaction.total.max`` (a Neo4j size, ``64m``), the memory all transactions together may
    #: hold; None leaves Neo4j's default (70 % of the heap). A test sets it low to show a write stays small.
    transaction_total: str | None = None


SMALL = Memory()


@dataclass(frozen=True)
class Neo4jConnection:
    """Where a Bolt client connects, and as whom."""

    uri: str
    user: str
    password: str = field(repr=False)


@dataclass(frozen=True)
class Neo4jServer(Neo4jConnection):
    """A server this module started: its connection, home directory and JVM pid."""

    home: Path
    pid: int


def default_home() -> Path:
    """The CLI's server home (:func:`chosen_home`)."""
    return chosen_home()[0]


def chosen_home() -> tuple[Path, str]:
    """The CLI's server home and why it is that one: $OKG_NEO4J_HOME; else, when $OKG_STORE names an embedded
    store, the folder beside it named after it (``/data/mine`` → ``/data/mine-neo4j``); else under the XDG data
    dir, beside the default store. One home per store: with one home for the whole account, an analyst who set
    OKG_STORE to their own folder got a Neo4j holding other people's reports (round 45, newuser30 T1: ``/laws``
    total 25 against 19), and ``okg copy --prune`` there would delete them."""
    settings = GraphSettings.from_env()
    if settings.neo4j_home:
        return settings.neo4j_home.expanduser(), "OKG_NEO4J_HOME"
    if settings.store:
        store = settings.store.expanduser().absolute()
        return store.with_name(f"{store.name}-neo4j"), f"beside OKG_STORE={store}"
    return settings.data_home() / "oversight-kg" / "neo4j", "the default, beside the default store"


#: The reports a server's database holds: the nodes labelled with the report class (:data:`graph.neo4j_layout.COUNTS`
#: counts them so), a count Neo4j keeps, so as cheap on a large database as on an empty one.
REPORTS = "MATCH (r:Report) RETURN count(r) AS reports"


def report_count(conn: Neo4jConnection, timeout: float = 10.0) -> int:
    """How many reports the server's default database holds; Neo4jRuntimeError if it cannot say. The driver's
    notifications are off for it (``notifications_min_severity``, neo4j driver 5.7+): a fresh home has no ``Report``
    label yet, and the server's warning that it does not exist was logged raw to ``okg neo4j start``'s stderr
    (newuser31 B10)."""
    try:
        with (GraphDatabase.driver(conn.uri, auth=(conn.user, conn.password), connection_timeout=timeout,
                                   notifications_min_severity=NotificationMinimumSeverity.OFF) as driver,
              driver.session() as session):
            return int(session.run(REPORTS).single(strict=True)["reports"])
    except (Neo4jError, DriverError, OSError) as err:
        raise Neo4jRuntimeError(f"Neo4j at {conn.uri} could not count its reports: {err}") from err


def _cache_dir() -> Path:
    return (GraphSettings.from_env().xdg_cache_home or Path.home() / ".cache") / "oversight-kg"


def java_executable() -> str:
    """$JAVA_HOME/bin/java or java on PATH; Neo4j 5.26 needs Java 17 or 21."""
    java_home = GraphSettings.from_env().java_home
    java = str(Path(java_home) / "bin" / "java") if java_home else shutil.which("java")
    if not java or not os.access(java, os.X_OK):
        raise Neo4jRuntimeError(
            "java not found (set JAVA_HOME or put java on PATH); Neo4j 5.26 needs Java 17 or 21, "
            "e.g. `apt-get install openjdk-17-jre-headless`"
        )
    out = subprocess.run([java, "-version"], capture_output=True, text=True, check=False).stderr
    match = re.search(r'version "(\d+)', out)
    if not match or int(match.group(1)) not in (17, 21):
        raise Neo4jRuntimeError(f"{java} is not Java 17 or 21, which Neo4j 5.26 needs: {out.strip()!r}")
    return java


def classpath() -> list[str]:
    """The server's jars in ~/.m2, resolved by Maven the first time only.

    The list is cached under ~/.cache/oversight-kg keyed by the pom's hash, so
    later starts run no Maven at all; it is re-resolved if a jar went missing.
    """
    digest = hashlib.sha256(POM.read_bytes()).hexdigest()[:16]
    cached = _cache_dir() / f"neo4j-classpath-{digest}.txt"
    if jars := _cached_jars(cached):
        return jars
    mvn = shutil.which("mvn")
    if not mvn:
        raise Neo4jRuntimeError(
            "mvn not found: the Neo4j server jars come from Maven Central through Maven "
            "(e.g. `apt-get install maven`)"
        )
    cached.parent.mkdir(parents=True, exist_ok=True)
    # One Maven at a time writes ~/.m2: a process starting a server meanwhile (a second test worker)
    # waits for this one's list instead of downloading the same jars into the same files.
    with open(cached.with_suffix(".lock"), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        return _cached_jars(cached) or _resolve(mvn, cached)


def _cached_jars(cached: Path) -> list[str] | None:
    """The jars listed in ``cached`` when it exists and every one of them does."""
    if cached.is_file():
        jars = cached.read_text(encoding="utf-8").split(os.pathsep)
        if jars and all(Path(jar).is_file() for jar in jars):
            return jars
    return None


def _resolve(mvn: str, cached: Path) -> list[str]:
    """The server's jars resolved by Maven, their list written to ``cached``."""
    partial = cached.with_suffix(f".{os.getpid()}.tmp")
    log.info("resolving Neo4j jars with Maven (the first time downloads about 125 MB into ~/.m2) ...")
    began = time.monotonic()
    done = subprocess.run(
        [mvn, "-B", "-q", "-Dstyle.color=never", "-f", str(POM),
         "dependency:build-classpath", f"-Dmdep.outputFile={partial}"],
        capture_output=True, text=True, check=False,
    )
    if done.returncode != 0 or not partial.is_file():
        tail = "\n".join((done.stdout + done.stderr).strip().splitlines()[-15:])
        raise Neo4jRuntimeError(f"Maven could not resolve the Neo4j jars from {POM}:\n{tail}")
    os.replace(partial, cached)
    log.info("resolved Neo4j jars in %.1f s", time.monotonic() - began)
    return cached.read_text(encoding="utf-8").split(os.pathsep)


def generate_password(length: int = 24) -> str:
    """A random alphanumeric password (Neo4j wants >= 8 chars; no shell or picocli quoting needed)."""
    alphabet = string.ascii_letters + string.digits
    return "".join(secrets.choice(alphabet) for _ in range(length))


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def render_config(port: int, memory: Memory = SMALL) -> str:
    """neo4j.conf for a loopback-only, Bolt-only, authenticated, small server.

    Directories default to data/, logs/, run/ ... under the home dir. The
    heap and jvm.additional keys are read only by the bootloader; they are
    written anyway so that `neo4j console --dry-run` on this home prints the
    same command as `java_command` (a test checks it).
    """
    lines = [
        "# Written by api/neo4j_runtime on every start; edits are lost.",
        "server.default_listen_address=127.0.0.1",
        "server.bolt.enabled=true",
        f"server.bolt.listen_address=127.0.0.1:{port}",
        f"server.bolt.advertised_address=127.0.0.1:{port}",
        "server.http.enabled=false",
        "server.https.enabled=false",
        "dbms.security.auth_enabled=true",
        "dbms.usage_report.enabled=false",
        "dbms.security.allow_csv_import_from_file_urls=false",  # LOAD CSV may not read server files
        f"server.memory.heap.initial_size={memory.heap_initial_mb}m",
        f"server.memory.heap.max_size={memory.heap_max_mb}m",
        f"server.memory.pagecache.size={memory.pagecache}",
        *([f"dbms.memory.transaction.total.max={memory.transaction_total}"] if memory.transaction_total else []),
        # Bolt waits 5 s + 5 s for its idle event loops on shutdown by default;
        # the databases are already checkpointed and closed by then.
        "internal.server.bolt.connection_shutdown_wait_time=1s",
        "internal.server.bolt.thread_pool_shutdown_wait_time=1s",
        # Each database's transaction log is otherwise preallocated to its rotation size (256 MiB):
        # 512 MiB on disk for a graph of a few MB, a full disk after a few test runs.
        "db.tx_log.preallocate=false",
        *(f"server.jvm.additional={flag}" for flag in JVM_ADDITIONAL),
    ]
    return "\n".join(lines) + "\n"


def java_command(java: str, jars: list[str], home: Path, memory: Memory = SMALL) -> list[str]:
    """The server JVM's command line, as `Neo4jCommand console --dry-run` prints it for 5.26."""
    conf = home / "conf"
    return [
        java,
        "-cp", os.pathsep.join([f"{conf}/*", *jars]),
        *JVM_ADDITIONAL,
        "-Dfile.encoding=UTF-8",
        f"-Xms{memory.heap_initial_mb * 1024}k",
        f"-Xmx{memory.heap_max_mb * 1024}k",
        MAIN_CLASS,
        f"--home-dir={home}",
        f"--config-dir={conf}",
        "--console-mode",
    ]


def _set_initial_password(java: str, jars: list[str], home: Path, password: str) -> None:
    """`neo4j-admin dbms set-initial-password`, in-process from the jars.

    The arguments go through a private picocli @file so that the password
    never appears on a command line that `ps` shows.
    """
    argfile = home / "run" / "set-initial-password.args"
    argfile.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(argfile, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        out.write(f"dbms\nset-initial-password\n{password}\n")
    env = {**os.environ, "NEO4J_HOME": str(home), "NEO4J_CONF": str(home / "conf")}
    try:
        done = subprocess.run(
            [java, "-cp", os.pathsep.join(jars), ADMIN_CLASS, f"@{argfile}"],
            env=env, cwd=home, capture_output=True, text=True, check=False, timeout=120,
        )
    finally:
        argfile.unlink(missing_ok=True)
    if done.returncode != 0:
        raise Neo4jRuntimeError(f"neo4j-admin set-initial-password failed:\n{done.stdout}{done.stderr}")


def import_database(home: Path, arguments: list[str], on_line: Callable[[str], None] = lambda _: None,
                    off_heap: str = "1G") -> None:
    """`neo4j-admin database import full` into the default database (``neo4j``) of ``home``, whose
    server must not run: the store there is replaced whole (``--overwrite-destination``) by what the
    files ``arguments`` name hold; each line the tool prints goes to ``on_line``. Its memory outside
    the heap is capped at ``off_heap`` (its default, 90 % of the machine, is not ours to take)."""
    home = home.expanduser().resolve()
    if (running := status(home)) is not None:
        raise Neo4jRuntimeError(f"the Neo4j server (pid {running.pid}) in {home} runs; stop it before an import")
    if not (home / "conf" / "neo4j.conf").is_file():
        raise Neo4jRuntimeError(f"{home} holds no Neo4j home (no conf/neo4j.conf); start a server there once first")
    java, jars = java_executable(), classpath()
    env = {**os.environ, "NEO4J_HOME": str(home), "NEO4J_CONF": str(home / "conf")}
    # The database first: the last --nodes or --relationships would take it for one more file.
    command = [java, "-cp", os.pathsep.join(jars), ADMIN_CLASS, "database", "import", "full", "neo4j",
               "--overwrite-destination=true", f"--max-off-heap-memory={off_heap}",
               f"--report-file={home / 'logs' / 'import.report'}", *arguments]
    (home / "logs").mkdir(exist_ok=True)
    lines: list[str] = []
    with subprocess.Popen(command, env=env, cwd=home, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                          stderr=subprocess.STDOUT, text=True, encoding="utf-8", errors="replace") as proc:
        assert proc.stdout is not None
        for line in proc.stdout:
            lines.append(line.rstrip())
            on_line(lines[-1])
    if proc.returncode != 0:
        tail = "\n".join(lines[-25:])
        raise Neo4jRuntimeError(f"neo4j-admin database import failed (exit {proc.returncode}):\n{tail}")


def _write_state(home: Path, state: dict[str, object]) -> None:
    """Atomically write the state JSON, readable by the owner only (it holds the password)."""
    partial = home / f".{STATE_FILE}.tmp"
    fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        json.dump(state, out, indent=2)
    os.replace(partial, home / STATE_FILE)


def _read_state(home: Path) -> dict[str, object]:
    try:
        return dict(json.loads((home / STATE_FILE).read_text(encoding="utf-8")))
    except FileNotFoundError:
        return {}


def _log_tail(home: Path, lines: int = 40) -> str:
    try:
        text = (home / CONSOLE_LOG).read_text(encoding="utf-8", errors="replace")
    except FileNotFoundError:
        return "(no console log)"
    return "\n".join(text.splitlines()[-lines:])


# Popen objects of the servers this process started, so that stop() can reap them.
_children: dict[int, subprocess.Popen[bytes]] = {}


def _is_running(pid: int, home: Path) -> bool:
    """Whether pid is alive and is the server of this home (guards against pid reuse)."""
    if (child := _children.get(pid)) is not None:
        return child.poll() is None
    try:
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
        status = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, ProcessLookupError, IndexError):
        return False
    return status != "Z" and MAIN_CLASS.encode() in cmdline and f"--home-dir={home}".encode() in cmdline


def ping(conn: Neo4jConnection, timeout: float = 10.0) -> None:
    """Run `RETURN 1` on the default database; raise Neo4jRuntimeError if that fails."""
    try:
        with (GraphDatabase.driver(conn.uri, auth=(conn.user, conn.password), connection_timeout=timeout) as driver,
              driver.session() as session):
            session.run("RETURN 1").consume()
    except (Neo4jError, DriverError, OSError) as err:
        raise Neo4jRuntimeError(f"Neo4j at {conn.uri} does not answer RETURN 1: {err}") from err


def _wait_ready(proc: subprocess.Popen[bytes], server: Neo4jServer, timeout: float) -> None:
    """Poll with a real query until the server answers, dies, or the time is up."""
    deadline = time.monotonic() + timeout
    last: Exception | None = None
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise Neo4jRuntimeError(
                f"Neo4j exited with code {proc.returncode} during start-up; "
                f"{server.home / CONSOLE_LOG} ends with:\n{_log_tail(server.home)}"
            )
        try:
            ping(server, timeout=2.0)
            return
        except Neo4jRuntimeError as err:
            if isinstance(err.__cause__, AuthError):
                raise Neo4jRuntimeError(
                    f"Neo4j in {server.home} rejects the password in {STATE_FILE}; "
                    "the store was initialised with another one (remove the home to start afresh)"
                ) from err
            last = err
        time.sleep(0.25)
    raise Neo4jRuntimeError(
        f"Neo4j was not ready after {timeout:.0f} s (last error: {last}); "
        f"{server.home / CONSOLE_LOG} ends with:\n{_log_tail(server.home)}"
    )


def status(home: Path | None = None) -> Neo4jServer | None:
    """The server running in home (default: `default_home()`), or None."""
    home = (home or default_home()).expanduser().resolve()
    state = _read_state(home)
    pid = state.get("pid")
    if not isinstance(pid, int) or not _is_running(pid, home):
        return None
    return Neo4jServer(uri=str(state["uri"]), user=str(state["user"]), password=str(state["password"]),
                       home=home, pid=pid)


def holds_database(home: Path) -> bool:
    """Whether ``home`` holds a store of the default database (a server ran there, or an import filled it)."""
    return (home.expanduser().resolve() / "data" / "databases" / "neo4j").exists()


def prepare(home: Path, memory: Memory = SMALL) -> int:
    """Make ``home`` a server home without starting a server (its configuration, on a free port, and
    its password), e.g. for :func:`import_database` before the first :func:`start`; the port."""
    return _prepare(home.expanduser(), free_port(), memory, ephemeral=False)[1]


def _prepare(home: Path, port: int, memory: Memory, ephemeral: bool) -> tuple[Path, int, str]:
    """Write ``home``'s configuration for ``port`` and, the first time, set its password (in the state
    file); the resolved home, the port and the password. Refused while a server runs there."""
    home.mkdir(mode=0o700, parents=True, exist_ok=True)
    home = home.resolve()
    if (running := status(home)) is not None:
        raise Neo4jRuntimeError(f"a Neo4j server (pid {running.pid}) already runs in {home}")
    password = _read_state(home).get("password")
    (home / "conf").mkdir(exist_ok=True)
    (home / "conf" / "neo4j.conf").write_text(render_config(port, memory), encoding="utf-8")
    if not (home / "data" / "dbms" / "auth.ini").exists():
        password = generate_password()
        # Recorded before the store learns it, so that an interrupted start never loses it.
        _write_state(home, {"home": str(home), "user": USER, "password": password, "pid": None,
                            "ephemeral": ephemeral})
        _set_initial_password(java_executable(), classpath(), home, password)
    elif not isinstance(password, str):
        raise Neo4jRuntimeError(
            f"{home} holds a Neo4j store but no {STATE_FILE} with its password; remove the directory to start afresh"
        )
    return home, port, password


def start(home: Path | None = None, port: int | None = None, timeout: float = 180.0,
          memory: Memory = SMALL) -> Neo4jServer:
    """Start a server detached from this process and return once it answers queries.

    home=None makes a fresh temporary home that stop() deletes again, its server tied to this process: it dies with
    it (:func:`owner.die_with_parent`), and the next such start removes the homes whose owner is gone
    (:func:`remove_orphaned_homes`). A given home keeps its data and password (in its state file) across restarts,
    its server detached (``okg neo4j start`` outlives its command).
    port=None picks a free port; memory sizes the heap and page cache.
    """
    ephemeral = home is None
    if ephemeral:
        remove_orphaned_homes()
    home = Path(tempfile.mkdtemp(prefix=TEMPORARY_PREFIX)) if home is None else home.expanduser()
    home, port, password = _prepare(home, port or free_port(), memory, ephemeral)
    java, jars = java_executable(), classpath()
    owned = {"owner": owners.identity(os.getpid())} if ephemeral else {}

    log.info("starting Neo4j in %s on 127.0.0.1:%d ...", home, port)
    began = time.monotonic()
    with open(home / CONSOLE_LOG, "wb") as console:
        proc = subprocess.Popen(
            java_command(java, jars, home, memory), cwd=home, stdin=subprocess.DEVNULL,
            stdout=console, stderr=subprocess.STDOUT, start_new_session=True,
            preexec_fn=owners.die_with_parent() if ephemeral else None,
        )
    _children[proc.pid] = proc
    server = Neo4jServer(uri=f"bolt://127.0.0.1:{port}", user=USER, password=password, home=home, pid=proc.pid)
    _write_state(home, {"home": str(home), "user": USER, "password": password, "pid": proc.pid,
                        "uri": server.uri, "port": port, "ephemeral": ephemeral, **owned})
    try:
        _wait_ready(proc, server, timeout)
    except BaseException:
        _terminate(server, 60.0)  # the home stays, with its logs, for a post-mortem
        raise
    log.info("Neo4j is ready after %.1f s (pid %d)", time.monotonic() - began, proc.pid)
    return server


def stop(server: Neo4jServer, timeout: float = 60.0) -> None:
    """Stop the server cleanly; a temporary home made by start() is deleted with it."""
    _terminate(server, timeout)
    state = _read_state(server.home)
    if state.get("ephemeral"):
        shutil.rmtree(server.home, ignore_errors=True)
    elif state.get("pid") == server.pid:
        _write_state(server.home, {**state, "pid": None})


def while_stopped(server: Neo4jServer, work: Callable[[], None], memory: Memory = SMALL,
                  timeout: float = 180.0) -> Neo4jServer:
    """Stop the server, run ``work`` (e.g. :func:`import_database`), start it again on the same home
    and port (also when ``work`` fails) and return it. A temporary home is refused: stopping deletes it."""
    state = _read_state(server.home)
    if state.get("ephemeral"):
        raise Neo4jRuntimeError(f"the server in {server.home} has a temporary home, deleted when it stops; "
                                "start one with a home (okg neo4j start --home DIR) to restart it")
    port = state.get("port")
    stop(server)
    try:
        work()
    finally:
        restarted = start(server.home, port=port if isinstance(port, int) else None, timeout=timeout,
                          memory=memory)
    return restarted


def _terminate(server: Neo4jServer, timeout: float) -> None:
    """SIGTERM the process group (the server checkpoints and exits), SIGKILL after timeout."""
    home = server.home
    if _is_running(server.pid, home):
        log.info("stopping Neo4j (pid %d) ...", server.pid)
        _signal_group(server.pid, signal.SIGTERM)
        deadline = time.monotonic() + timeout
        while _is_running(server.pid, home) and time.monotonic() < deadline:
            time.sleep(0.1)
        if _is_running(server.pid, home):
            log.warning("Neo4j (pid %d) ignored SIGTERM for %.0f s; killing it", server.pid, timeout)
            _signal_group(server.pid, signal.SIGKILL)
            while _is_running(server.pid, home):
                time.sleep(0.1)
    if (child := _children.pop(server.pid, None)) is not None:
        child.wait()


def remove_orphaned_homes(parent: Path | None = None) -> list[Path]:
    """Delete the temporary homes under ``parent`` (the system's temporary folder) whose owner, as their state file
    records it, is gone, killing a server still running there first; the homes removed. A home with no owner recorded
    (made before round 47, or still being made) is left alone, and so is a failed start's home kept for a post-mortem
    while its owner runs (issue 14: a killed test run left 49 homes, 25 GB). A home whose server cannot be killed (another
    account's: ``PermissionError``) or outlives :data:`KILL_WAIT` seconds after the kill is left, with one warning saying
    which and why, and the sweep goes on (round 47: it aborted ``start()`` with a traceback, or waited forever)."""
    removed = []
    for home in sorted(Path(parent or tempfile.gettempdir()).glob(f"{TEMPORARY_PREFIX}*")):
        try:
            state = _read_state(home)
        except (OSError, ValueError):  # another account's home, or no JSON: not ours to judge
            continue
        if not state.get("ephemeral") or "owner" not in state or owners.is_alive(state["owner"]):
            continue
        if isinstance(pid := state.get("pid"), int) and _is_running(pid, home) and not _killed(pid, home):
            continue
        log.info("removing %s: the process that started its server is gone", home)
        shutil.rmtree(home, ignore_errors=True)
        removed.append(home)
    return removed


def _killed(pid: int, home: Path) -> bool:
    """Kill the orphaned server ``pid`` of ``home`` and whether it is gone within :data:`KILL_WAIT` seconds; False,
    with a warning naming the home and why it is left, when the signal is refused (``PermissionError``: another
    account's server) or the server outlives the wait."""
    log.warning("killing Neo4j (pid %d) in %s: the process that started it is gone", pid, home)
    try:
        _signal_group(pid, signal.SIGKILL)
    except PermissionError:
        log.warning("leaving %s: its Neo4j (pid %d) is another account's, which this one may not kill", home, pid)
        return False
    deadline = time.monotonic() + KILL_WAIT
    while _is_running(pid, home):
        if time.monotonic() >= deadline:
            log.warning("leaving %s: its Neo4j (pid %d) outlived SIGKILL for %g s", home, pid, KILL_WAIT)
            return False
        time.sleep(0.1)
    return True


def _signal_group(pid: int, sig: signal.Signals) -> None:
    """Signal the server's whole session (it leads its own group: start_new_session)."""
    with contextlib.suppress(ProcessLookupError):
        os.killpg(pid, sig)
