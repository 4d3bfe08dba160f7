#!/usr/bin/env python3
"""Keeps ids out of the words a family reads.

    check_no_ids.py APDR_BINARY

For every shipped example profile, with the national rules and with each
shipped toolkit, the family-facing outputs (`apdr report` as HTML with its
markup taken out, as Markdown, and the letter) must not contain any id the
evaluation used: rule ids, step ids, provision and information ids, level
ids written with underscores, source ids with a locator (`cop#ch6`), nor
the engine's own phrases for people who write rules ("Stated in the
profile", "(sen_support)"). The ids come from `apdr eval --format json`, so
a new rule or item is covered without editing this test.
"""
import html
import json
import re
import subprocess
import sys
from pathlib import Path

RULE_SETS = ["apdr:national", "rules/examples/ordinarily-available.yaml", "rules/local/essex/essex.yaml",
             "rules/local/gloucestershire/gloucestershire.yaml", "rules/local/ranges/ranges.yaml"]
PHRASES = ["Stated in the profile", "(sen_support)", "(universal)", "Raised by rule", "local_authority",
           "young_person", "ehc_plan", "sen_support", "partly_met", "not_met"]
failures = []


def visible_text(page: str) -> str:
    page = re.sub(r"<style>.*?</style>", " ", page, flags=re.S)
    page = re.sub(r"<title>.*?</title>", " ", page, flags=re.S)
    page = re.sub(r"<[^>]+>", " ", page)  # tags and their attributes (ids in id= and class= are markup)
    return html.unescape(page)


def ids_of(result):
    ids = set()
    for p in result.get("provision", []):
        ids.add(p["id"])
        ids.update(b for b in p.get("by", []) if b != "level")
    for e in result.get("escalations", []):
        ids.add(e["step"])
        ids.update(e.get("by", []))
    for i in result.get("information", []):
        ids.add(i["id"])
        ids.update(i.get("by", []))
    for lv in result.get("levels", []):
        ids.update(b for b in lv.get("by", []) if b != "profile")
    for u in result.get("undetermined", []):
        ids.add(u["rule"])
    # Only ids that cannot be ordinary words: they contain - or _ .
    return {i for i in ids if "-" in i or "_" in i}


def check(text, ids, where):
    for token in re.findall(r"[A-Za-z0-9_.-]+#[A-Za-z0-9_().-]+", text):
        if "://" not in token and not token.startswith("http"):
            failures.append(f"{where}: a source locator {token!r}")
    words = set(re.findall(r"[A-Za-z0-9][A-Za-z0-9_-]*[A-Za-z0-9]", text))
    for i in sorted(ids & words):
        failures.append(f"{where}: the id {i!r}")
    for phrase in PHRASES:
        if phrase in text:
            failures.append(f"{where}: the phrase {phrase!r}")
    if "`" in text:
        failures.append(f"{where}: code markup (`)")


def run(*args):
    done = subprocess.run(args, capture_output=True, text=True, check=False)
    return done.returncode, done.stdout


def main():
    apdr = sys.argv[1]
    profiles = sorted(Path("examples/profiles").glob("*.yaml")) + sorted(Path("examples/profiles").glob("*.json"))
    checked = 0
    for rules in RULE_SETS:
        for profile in profiles:
            where = f"{profile.name} with {rules}"
            code, out = run(apdr, "eval", "--rules", rules, "--format", "json", str(profile))
            if code != 0:
                continue  # a profile meant for another ladder; not a family-words question
            ids = ids_of(json.loads(out))
            code, page = run(apdr, "report", "--rules", rules, str(profile))
            check(visible_text(page), ids, where + " (html)")
            code, md = run(apdr, "report", "--rules", rules, "--format", "markdown", str(profile))
            # Link targets are addresses, not words a family reads.
            check(re.sub(r"\]\(<[^>]*>\)", "]", md), ids, where + " (markdown)")
            code, letter = run(apdr, "letter", "request-assessment", "--rules", rules, "--as-of", "2026-12-01",
                               str(profile))
            if code == 0:
                check(letter, ids, where + " (letter)")
            checked += 1
    for f in failures:
        print("FAIL:", f)
    if checked == 0:
        print("FAIL: nothing was checked")
        return 1
    if failures:
        print(f"{len(failures)} failure(s) in {checked} reports")
        return 1
    print(f"ok: {checked} reports, their Markdown and letters carry no ids")
    return 0


if __name__ == "__main__":
    sys.exit(main())
