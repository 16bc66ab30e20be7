"""The Neo4j runtime: config rendering (fast) and a real server (marked neo4j)."""
from __future__ import annotations

import ipaddress
import json
import os
import socket
import subprocess
from pathlib import Path

import pytest

from api import neo4j_runtime as runtime


def _settings(conf: str) -> dict[str, list[str]]:
    settings: dict[str, list[str]] = {}
    for line in conf.splitlines():
        if line and not line.startswith("#"):
            key, _, value = line.partition("=")
            settings.setdefault(key, []).append(value)
    return settings


def test_config_is_loopback_bolt_only_authenticated_and_small() -> None:
    settings = _settings(runtime.render_config(17999))
    one = {key: values[0] for key, values in settings.items() if len(values) == 1}
    assert one["server.default_listen_address"] == "127.0.0.1"
    assert one["server.bolt.listen_address"] == "127.0.0.1:17999"
    assert one["server.http.enabled"] == "false"
    assert one["server.https.enabled"] == "false"
    assert one["dbms.security.auth_enabled"] == "true"
    assert one["dbms.usage_report.enabled"] == "false"
    assert one["server.memory.pagecache.size"] == "256m"
    assert one["server.memory.heap.max_size"] == "1024m"
    assert tuple(settings["server.jvm.additional"]) == runtime.JVM_ADDITIONAL


def test_java_command_runs_the_entry_point_with_heap_and_flags() -> None:
    cmd = runtime.java_command("java", ["/m2/a.jar", "/m2/b.jar"], Path("/h"))
    main = cmd.index(runtime.MAIN_CLASS)
    assert cmd[1:3] == ["-cp", "/h/conf/*:/m2/a.jar:/m2/b.jar"]
    assert {"-Xms262144k", "-Xmx1048576k", *runtime.JVM_ADDITIONAL} <= set(cmd[:main])
    assert cmd[main + 1:] == ["--home-dir=/h", "--config-dir=/h/conf", "--console-mode"]


def test_a_larger_memory_reaches_both_the_config_and_the_command() -> None:
    memory = runtime.Memory(heap_initial_mb=1024, heap_max_mb=4096, pagecache="2g")
    one = {key: values[0] for key, values in _settings(runtime.render_config(17999, memory)).items()}
    assert (one["server.memory.heap.initial_size"], one["server.memory.heap.max_size"],
            one["server.memory.pagecache.size"]) == ("1024m", "4096m", "2g")
    cmd = runtime.java_command("java", ["/m2/a.jar"], Path("/h"), memory)
    assert {"-Xms1048576k", "-Xmx4194304k"} <= set(cmd[:cmd.index(runtime.MAIN_CLASS)])


def test_generated_passwords_are_long_random_and_plain() -> None:
    first, second = runtime.generate_password(), runtime.generate_password()
    assert first != second
    assert len(first) >= 8 and first.isalnum()


def _listening(pid: int) -> set[tuple[str, int]]:
    """(address, port) of the TCP sockets in LISTEN state that pid holds, from /proc."""
    inodes = set()
    for fd in Path(f"/proc/{pid}/fd").iterdir():
        try:
            target = os.readlink(fd)
        except FileNotFoundError:  # the JVM closed it while we looked
            continue
        if target.startswith("socket:["):
            inodes.add(target[8:-1])
    found = set()
    for table, width in (("tcp", 4), ("tcp6", 16)):
        for row in Path(f"/proc/{pid}/net/{table}").read_text().splitlines()[1:]:
            fields = row.split()
            local, state, inode = fields[1], fields[3], fields[9]
            if state != "0A" or inode not in inodes:
                continue
            hex_addr, hex_port = local.split(":")
            raw = bytes.fromhex(hex_addr)
            # /proc prints each 32-bit word in host (little-endian) order.
            addr = b"".join(raw[i:i + 4][::-1] for i in range(0, width, 4))
            ip = ipaddress.ip_address(addr)
            if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
                ip = ip.ipv4_mapped
            found.add((str(ip), int(hex_port, 16)))
    return found


@pytest.mark.neo4j
def test_answers_return_1_with_the_generated_password(neo4j_driver) -> None:  # type: ignore[no-untyped-def]
    records, _, _ = neo4j_driver.execute_query("RETURN 1 AS one")
    assert records[0]["one"] == 1


@pytest.mark.neo4j
def test_wrong_password_is_rejected(neo4j_server: runtime.Neo4jConnection) -> None:
    wrong = runtime.Neo4jConnection(neo4j_server.uri, neo4j_server.user, neo4j_server.password + "x")
    with pytest.raises(runtime.Neo4jRuntimeError, match="Unauthorized|authentication"):
        runtime.ping(wrong)


@pytest.mark.neo4j
def test_listens_on_loopback_bolt_only(fresh_neo4j_server: runtime.Neo4jServer) -> None:
    port = int(fresh_neo4j_server.uri.rsplit(":", 1)[1])
    assert _listening(fresh_neo4j_server.pid) == {("127.0.0.1", port)}


@pytest.mark.neo4j
def test_a_fresh_home_holds_megabytes_not_preallocated_transaction_logs(
        fresh_neo4j_server: runtime.Neo4jServer) -> None:
    """Neo4j's default preallocates 256 MiB of transaction log per database (two here)."""
    on_disk = sum(f.stat().st_blocks * 512 for f in fresh_neo4j_server.home.rglob("*") if f.is_file())
    assert on_disk < 64 * 2**20, f"{on_disk / 2**20:.0f} MiB in {fresh_neo4j_server.home}"


@pytest.mark.neo4j
def test_command_is_what_the_bootloader_would_run(tmp_path: Path, neo4j_launcher: tuple[str, list[str]]) -> None:
    """`neo4j console --dry-run` from the same jars prints the command this module runs."""
    java, jars = neo4j_launcher
    (tmp_path / "conf").mkdir()
    (tmp_path / "conf" / "neo4j.conf").write_text(runtime.render_config(17999), encoding="utf-8")
    env = {**os.environ, "NEO4J_HOME": str(tmp_path), "NEO4J_CONF": str(tmp_path / "conf")}
    dry = subprocess.run(
        [java, "-cp", os.pathsep.join(jars), "org.neo4j.server.startup.Neo4jCommand", "console", "--dry-run"],
        env=env, capture_output=True, text=True, timeout=120, check=False,
    )
    assert dry.returncode == 0, dry.stderr[-2000:]
    assert dry.stdout.split()[1:] == runtime.java_command(java, jars, tmp_path)[1:]


@pytest.mark.neo4j
def test_stop_ends_the_server(fresh_neo4j_server: runtime.Neo4jServer) -> None:
    port = int(fresh_neo4j_server.uri.rsplit(":", 1)[1])
    runtime.stop(fresh_neo4j_server)
    assert not Path(f"/proc/{fresh_neo4j_server.pid}").exists()
    assert runtime.status(fresh_neo4j_server.home) is None
    assert not fresh_neo4j_server.home.exists()  # a temporary home goes with its server
    with pytest.raises(OSError), socket.create_connection(("127.0.0.1", port), timeout=2):
        pass


def test_stop_and_status_name_the_home_they_looked_in(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from api.cli import app

    home = tmp_path / "elsewhere"
    stop = CliRunner().invoke(app, ["neo4j", "stop", "--home", str(home)])
    assert stop.exit_code == 0 and f"not running in {home}" in stop.output and "OKG_NEO4J_HOME" in stop.output
    status = CliRunner(env={"OKG_NEO4J_HOME": str(home)}).invoke(app, ["neo4j", "status"])
    assert status.exit_code == 3 and str(home) in status.output


def test_a_transaction_limit_reaches_the_config_only_when_given() -> None:
    assert "dbms.memory.transaction.total.max" not in _settings(runtime.render_config(17999))
    small = _settings(runtime.render_config(17999, runtime.Memory(transaction_total="48m")))
    assert small["dbms.memory.transaction.total.max"] == ["48m"]


@pytest.mark.parametrize("env, expected, why", [
    ({"OKG_NEO4J_HOME": "{tmp}/home", "OKG_STORE": "{tmp}/mine"}, "{tmp}/home", "OKG_NEO4J_HOME"),
    ({"OKG_STORE": "{tmp}/work/mine"}, "{tmp}/work/mine-neo4j", "beside OKG_STORE={tmp}/work/mine"),
    ({"XDG_DATA_HOME": "{tmp}/data"}, "{tmp}/data/oversight-kg/neo4j", "the default, beside the default store"),
], ids=["OKG_NEO4J_HOME wins", "beside OKG_STORE", "the default"])
def test_the_home_follows_the_store_unless_okg_neo4j_home_names_one(
        env: dict[str, str], expected: str, why: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Round 45, newuser30 T1: one home for the whole account gave an analyst with their own OKG_STORE a Neo4j
    holding other people's reports."""
    for name in ("OKG_NEO4J_HOME", "OKG_STORE", "XDG_DATA_HOME"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value.format(tmp=tmp_path))
    assert runtime.chosen_home() == (Path(expected.format(tmp=tmp_path)), why.format(tmp=tmp_path))
    assert runtime.default_home() == Path(expected.format(tmp=tmp_path))


def test_a_relative_store_gets_its_home_beside_it_from_where_okg_runs(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("OKG_NEO4J_HOME", raising=False)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("OKG_STORE", "stores/mine")
    assert runtime.default_home() == tmp_path / "stores" / "mine-neo4j"


@pytest.mark.parametrize("args, env, expected, why", [
    (["--home", "~/given"], {"OKG_NEO4J_HOME": "{tmp}/not-this"}, "{tmp}/given", "--home"),
    ([], {"OKG_NEO4J_HOME": "~/named"}, "{tmp}/named", "OKG_NEO4J_HOME"),
    ([], {"OKG_STORE": "{tmp}/mine"}, "{tmp}/mine-neo4j", "beside OKG_STORE={tmp}/mine"),
], ids=["--home", "OKG_NEO4J_HOME", "beside OKG_STORE"])
def test_import_chooses_the_home_as_the_other_commands_do(
        args: list[str], env: dict[str, str], expected: str, why: str, tmp_path: Path) -> None:
    """Round 45's review: `okg neo4j import` read --home as given and otherwise `default_home()`, where start, stop and
    status resolve it (~ expanded) and say why; now it is chosen alike, and said on the line it ends with. No server starts:
    the home is new and the folder holds no report, which the import refuses before it builds anything."""
    from typer.testing import CliRunner

    from api.cli import app

    (empty := tmp_path / "no-reports").mkdir()
    runner = CliRunner(env={"HOME": str(tmp_path), "OKG_NEO4J_HOME": None, "OKG_STORE": None, "XDG_DATA_HOME": None,
                            **{name: value.format(tmp=tmp_path) for name, value in env.items()}})
    done = runner.invoke(app, ["neo4j", "import", str(empty), *args])
    status = runner.invoke(app, ["neo4j", "status", "--json", *args])
    home = Path(expected.format(tmp=tmp_path))
    assert json.loads(status.stdout)["home"] == str(home)
    refusal = [line for line in done.stderr.splitlines() if line.strip()][-1]  # after the line: no report file here
    assert done.exit_code == 1 and refusal.startswith("okg neo4j: error: nothing to import"), done.output
    assert refusal.endswith(f"; home {home} ({why.format(tmp=tmp_path)})"), done.stderr
    assert not home.exists()  # nothing written: the home is only named


@pytest.mark.neo4j
def test_start_says_which_home_and_how_many_reports_it_holds(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    from rdflib import RDF, Graph, Literal, RDFS, URIRef
    from typer.testing import CliRunner

    from api.cli import app
    from graph.backends.neo4j import Neo4jStore
    from ontology import OKG

    store, home = tmp_path / "mine", tmp_path / "mine-neo4j"
    env = {"OKG_STORE": str(store), "OKG_NEO4J_HOME": None}
    try:
        started = CliRunner(env=env).invoke(app, ["neo4j", "start"])
        assert started.exit_code == 0, started.output
        assert f"okg neo4j: home {home} (beside OKG_STORE={store}) holds 0 reports\n" in started.stderr
        # a fresh home has no Report label yet: counting its reports logs no driver notification (newuser31 B10)
        assert not [r.getMessage() for r in caplog.records if "notification" in r.getMessage().lower()]
        server = runtime.status(home)
        assert server is not None and f"export NEO4J_URI={server.uri}" in started.stdout
        report = URIRef("https://example.org/report/one")
        graph = Graph()
        graph.add((report, RDF.type, OKG.Report))
        graph.add((report, RDFS.label, Literal("报告")))
        with Neo4jStore(server.uri, server.user, server.password) as db:
            db.upsert_report(report, graph, "h1")
        again = CliRunner(env=env).invoke(app, ["neo4j", "start"])
        assert again.exit_code == 0 and f"already running (pid {server.pid}) in {home}" in again.stderr
        assert "holds 1 report already: `okg copy --to-neo4j` adds the store's to them" in again.stderr
        stopped = CliRunner(env=env).invoke(app, ["neo4j", "stop"])
        assert stopped.exit_code == 0 and runtime.status(home) is None, stopped.output
    finally:
        if (left := runtime.status(home)) is not None:
            runtime.stop(left)
