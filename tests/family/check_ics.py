#!/usr/bin/env python3
"""Checks `apdr report --format ics` against RFC 5545 and against `apdr eval`.

    check_ics.py APDR_BINARY

For every shipped example profile (with the national rules and with the
example toolkit) the calendar is parsed back by a strict reader written
here (python3's standard library only): CRLF line endings, no line longer
than 75 octets, folding undone, properties well formed, TEXT values
escaped, VEVENTs with the required properties, all-day dates. Then it is
compared with `apdr eval --format json`: one event per dated deadline, on
that date, with OVERDUE in the summary exactly when the deadline is
overdue, UIDs unique within the file and the same on a second run.
"""
import json
import re
import subprocess
import sys
from pathlib import Path

failures = []


def fail(message):
    failures.append(message)
    print("FAIL:", message)


def unfold(data: bytes, where: str):
    if not data.endswith(b"\r\n"):
        fail(f"{where}: the file does not end with CRLF")
    raw = data.split(b"\r\n")[:-1]
    for number, line in enumerate(raw, 1):
        if b"\n" in line or b"\r" in line:
            fail(f"{where}:{number}: a bare LF or CR inside a line")
        if len(line) > 75:
            fail(f"{where}:{number}: {len(line)} octets, more than 75")
    lines = []
    for line in raw:
        if line[:1] in (b" ", b"\t"):
            if not lines:
                fail(f"{where}: a continuation line comes first")
                continue
            lines[-1] += line[1:]
        else:
            lines.append(line)
    # Folding must never have split a UTF-8 character.
    out = []
    for line in lines:
        try:
            out.append(line.decode("utf-8"))
        except UnicodeDecodeError:
            fail(f"{where}: a line is not UTF-8 after unfolding (a fold split a character?)")
    return out


NAME = re.compile(r"^[A-Za-z0-9-]+$")


def parse_line(line: str, where: str):
    # name *(";" param) ":" value, with quoted parameter values allowed.
    match = re.match(r'^([A-Za-z0-9-]+)((?:;[A-Za-z0-9-]+=(?:"[^"]*"|[^";:,]*))*):(.*)$', line)
    if not match:
        fail(f"{where}: not a content line: {line[:60]!r}")
        return None, {}, ""
    params = {}
    for part in filter(None, match.group(2).split(";")):
        key, _, value = part.partition("=")
        params[key.upper()] = value
    return match.group(1).upper(), params, match.group(3)


def check_text(value: str, where: str):
    # RFC 5545 3.3.11: in TEXT, ; and , are escaped and a backslash starts
    # only \\ \; \, \n or \N.
    i = 0
    while i < len(value):
        c = value[i]
        if c == "\\":
            if i + 1 >= len(value) or value[i + 1] not in "\\;,nN":
                fail(f"{where}: a bad escape in {value[:50]!r}")
            i += 2
            continue
        if c in ";,":
            fail(f"{where}: an unescaped {c!r} in TEXT {value[:50]!r}")
        if ord(c) < 0x20 or ord(c) == 0x7F:
            fail(f"{where}: a control character in TEXT")
        i += 1


def unescape(value: str) -> str:
    return re.sub(r"\\([\\;,nN])", lambda m: "\n" if m.group(1) in "nN" else m.group(1), value)


def parse_calendar(data: bytes, where: str):
    lines = unfold(data, where)
    stack, events, current = [], [], None
    for number, line in enumerate(lines, 1):
        name, params, value = parse_line(line, f"{where}:{number}")
        if name is None:
            continue
        if name == "BEGIN":
            stack.append(value)
            if value == "VEVENT":
                current = {}
            continue
        if name == "END":
            if not stack or stack[-1] != value:
                fail(f"{where}:{number}: END:{value} does not close {stack[-1:] or 'anything'}")
            else:
                stack.pop()
            if value == "VEVENT":
                events.append(current)
                current = None
            continue
        if current is not None:
            if name in current:
                fail(f"{where}:{number}: {name} twice in one event")
            current[name] = (params, value)
            if name in ("SUMMARY", "DESCRIPTION"):
                check_text(value, f"{where}:{number}")
    if stack:
        fail(f"{where}: {stack} never closed")
    if not lines or lines[0] != "BEGIN:VCALENDAR" or lines[-1] != "END:VCALENDAR":
        fail(f"{where}: not one VCALENDAR")
    for header in ("VERSION:2.0", "PRODID:-//apdr//apdr report//EN"):
        if header not in lines:
            fail(f"{where}: no {header}")
    for event in events:
        for required in ("UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY", "DESCRIPTION"):
            if required not in event:
                fail(f"{where}: an event has no {required}")
        if "DTSTART" in event:
            params, value = event["DTSTART"]
            if params.get("VALUE") != "DATE" or not re.fullmatch(r"\d{8}", value):
                fail(f"{where}: DTSTART is not an all-day date: {value}")
        if "DTSTAMP" in event and not re.fullmatch(r"\d{8}T\d{6}Z", event["DTSTAMP"][1]):
            fail(f"{where}: DTSTAMP is not a UTC date-time")
    return events


def run(*args):
    return subprocess.run(args, capture_output=True, check=False)


def main():
    apdr = sys.argv[1]
    profiles = sorted(Path("examples/profiles").glob("*.yaml")) + sorted(Path("examples/profiles").glob("*.json"))
    checked = 0
    events_seen = 0
    for rules in ("apdr:national", "rules/examples/ordinarily-available.yaml"):
        for profile in profiles:
            where = f"{profile.name} with {rules}"
            first = run(apdr, "report", "--rules", rules, "--format", "ics", str(profile))
            second = run(apdr, "report", "--rules", rules, "--format", "ics", str(profile))
            ev = run(apdr, "eval", "--rules", rules, "--format", "json", str(profile))
            if ev.returncode == 2 and first.returncode == 2:
                continue  # a profile meant for another rule set (its inputs are not declared here)
            if first.returncode != 0:
                fail(f"{where}: exit {first.returncode}: {first.stderr.decode()[:200]}")
                continue
            if first.stdout != second.stdout:
                fail(f"{where}: two runs differ")
            events = parse_calendar(first.stdout, where)
            uids = [e["UID"][1] for e in events if "UID" in e]
            if len(set(uids)) != len(uids):
                fail(f"{where}: UIDs repeat")
            result = json.loads(ev.stdout)
            expected = []
            for step in result.get("escalations", []):
                for deadline in step.get("deadlines", []):
                    if deadline.get("due"):
                        expected.append((deadline["due"].replace("-", ""), bool(deadline.get("overdue"))))
            actual = [(e["DTSTART"][1], unescape(e["SUMMARY"][1]).startswith("OVERDUE: ")) for e in events]
            if sorted(actual) != sorted(expected):
                fail(f"{where}: events {sorted(actual)} but eval has deadlines {sorted(expected)}")
            for e in events:
                description = unescape(e["DESCRIPTION"][1])
                if not description.startswith("Kind: "):
                    fail(f"{where}: a description does not say its kind")
                if "Source: " not in description:
                    fail(f"{where}: a description does not give its source")
            checked += 1
            events_seen += len(events)
    if checked == 0 or events_seen == 0:
        fail("no calendar was checked")
    if failures:
        print(f"{len(failures)} failure(s)")
        return 1
    print(f"ok: {checked} calendars, {events_seen} events parsed back and matched to apdr eval")
    return 0


if __name__ == "__main__":
    sys.exit(main())
