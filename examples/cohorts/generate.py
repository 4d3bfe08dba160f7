#!/usr/bin/env python3
"""Make a realistic, pseudonymous example cohort (a SEN register) for apdr.

Writes the same pupils as JSON Lines (cohort.jsonl) and CSV (cohort.csv),
in the formats of docs/profiles.md, and optionally a small file of
deliberately bad rows (cohort-with-errors.jsonl) for `apdr batch`'s demo.

    python3 examples/cohorts/generate.py                     # the committed 240 pupils
    python3 examples/cohorts/generate.py --pupils 1000000 --out-dir /tmp/big
    python3 examples/cohorts/generate.py --with-errors       # also the bad-rows file

Pupils are made one at a time and written at once, so memory does not grow
with --pupils. The random draws for pupil N do not depend on --pupils, so a
larger cohort starts with the same pupils as a smaller one of the same seed.
Only the Python standard library is used. No names appear anywhere: ids are
pseudonyms like pupil-10001.

Every pupil is evaluated on AS_OF; no date in the cohort is after it.
"""

import argparse
import csv
import json
import os
import random
import sys
from collections import Counter
from datetime import date, timedelta

AS_OF = date(2026, 11, 22)
# The English school year that contains AS_OF starts in September 2026.
SCHOOL_YEAR_START = AS_OF.year if AS_OF.month >= 9 else AS_OF.year - 1
DEFAULT_SEED = 20261122
FIRST_ID = 10001

AREAS = ["communication_interaction", "cognition_learning", "semh", "sensory_physical"]

CODE_AREA = {
    "SLCN": "communication_interaction", "ASD": "communication_interaction",
    "SPLD": "cognition_learning", "MLD": "cognition_learning",
    "SLD": "cognition_learning", "PMLD": "cognition_learning",
    "SEMH": "semh",
    "VI": "sensory_physical", "HI": "sensory_physical",
    "MSI": "sensory_physical", "PD": "sensory_physical",
}

# Primary type of need, roughly in the proportions of the national school
# census (SEN support and EHC plans differ: autism and severe learning
# difficulties are far commoner among plans). OTH and NSA belong to no area.
PRIMARY_SEN_SUPPORT = [
    ("SLCN", 26), ("SEMH", 20), ("MLD", 16), ("SPLD", 13), ("ASD", 10),
    ("NSA", 4), ("OTH", 3), ("PD", 2.5), ("HI", 1.5), ("VI", 1), ("SLD", 0.6),
    ("MSI", 0.2), ("PMLD", 0.1),
]
PRIMARY_EHC_PLAN = [
    ("ASD", 33), ("SLCN", 20), ("SEMH", 14), ("SLD", 7), ("MLD", 6), ("PD", 4),
    ("SPLD", 3), ("OTH", 2.5), ("PMLD", 2), ("HI", 1.5), ("VI", 1), ("MSI", 0.4),
]
# Codes that turn up as a secondary need, per area.
SECONDARY_CODES = {
    "communication_interaction": [("SLCN", 6), ("ASD", 3)],
    "cognition_learning": [("MLD", 5), ("SPLD", 4), ("SLD", 1)],
    "semh": [("SEMH", 1)],
    "sensory_physical": [("PD", 4), ("HI", 2), ("VI", 1.5), ("MSI", 0.3)],
}
# Areas that commonly come second, given the first.
SECOND_AREA = {
    "communication_interaction": [("semh", 5), ("cognition_learning", 4), ("sensory_physical", 1)],
    "cognition_learning": [("communication_interaction", 5), ("semh", 4), ("sensory_physical", 1.5)],
    "semh": [("communication_interaction", 4), ("cognition_learning", 4), ("sensory_physical", 0.5)],
    "sensory_physical": [("cognition_learning", 4), ("communication_interaction", 3), ("semh", 2)],
}

# The provision catalogue of rules/examples/ordinarily-available.yaml (and
# adapted-teaching from rules/national/provision.yaml). The cohort test
# fails on any id the YAML does not declare, so this list cannot drift far.
UNIVERSAL = {
    "communication_interaction": ["visual-timetable", "now-next-board", "chunked-instructions",
                                  "processing-time", "key-vocabulary", "pre-teaching-vocabulary"],
    "cognition_learning": ["tasks-in-steps", "reading-overlays", "word-mats", "writing-frames",
                           "pre-post-teaching", "precision-teaching"],
    "semh": ["key-adult-check-in", "regulation-space", "emotion-coaching", "feelings-visuals"],
    "sensory_physical": ["reduce-background-noise", "face-the-learner", "seating-and-lighting",
                         "writing-slope", "pencil-grip", "flexible-uniform"],
}
TARGETED = {
    "communication_interaction": ["first-then-board", "transition-cues", "movement-breaks",
                                  "speech-language-advice"],
    "cognition_learning": ["evidence-based-intervention", "specialist-teacher-or-ep-advice"],
    "semh": ["elsa-or-mentor", "exit-card-reentry-plan", "semh-assessment-tools", "attendance-support"],
    "sensory_physical": ["radio-aid", "teacher-of-deaf-advice", "vision-teacher-advice",
                         "exam-access-arrangements"],
}
# Who gives specialist advice in each area (free ids in the profile format).
ADVISERS = {
    "communication_interaction": ["speech_language_therapist", "autism_outreach", "educational_psychologist"],
    "cognition_learning": ["educational_psychologist", "specialist_teacher"],
    "semh": ["educational_psychologist", "camhs", "mental_health_support_team"],
    "sensory_physical": ["occupational_therapist", "physiotherapist", "school_nurse"],
}
AWAITING = {
    "communication_interaction": ["autism", "speech_language_therapy"],
    "cognition_learning": ["dyslexia", "educational_psychology"],
    "semh": ["adhd", "camhs"],
    "sensory_physical": ["audiology", "occupational_therapy"],
}

# How many of a SEN register's pupils are at each stage (our choice: SEN
# support the commonest, roughly a fifth with plans, a tenth with a request
# somewhere between asking and a plan).
STAGES = [
    ("universal", 10), ("sen_support", 55),
    ("requested", 3.5), ("assessing", 3.5), ("refused", 3), ("draft", 2.5),
    ("plan", 22.5),
]
# Year groups on the register: few in nursery and sixth form, most in Years 2-9.
YEARS_SEN_SUPPORT = [(-1, 1), (0, 3), (1, 6), (2, 8), (3, 9), (4, 10), (5, 10), (6, 10),
                     (7, 9), (8, 8), (9, 8), (10, 7), (11, 6), (12, 1.5), (13, 1)]
YEARS_PLAN = [(-1, 1), (0, 2.5), (1, 4), (2, 5), (3, 6), (4, 7), (5, 7.5), (6, 8),
              (7, 8), (8, 8), (9, 8), (10, 8), (11, 7.5), (12, 4), (13, 3.5), (14, 2)]

CSV_COLUMNS = [
    "id", "as_of", "date_of_birth", "year_group", "phase", "setting",
    "need_communication_interaction", "need_cognition_learning", "need_semh", "need_sensory_physical",
    "codes", "cycles", "in_place",
    "ehc_requested", "ehc_requested_by", "ehc_decided", "ehc_decision", "ehc_draft_issued",
    "ehc_plan_issued", "ehc_last_review", "ehc_review_notice", "ehc_mediation_certificate",
    "input_attendance", "input_transfer_plan_amended", "input_appeal_lodged",
]
EHC_KEYS = ["requested", "requested_by", "decided", "decision", "draft_issued", "plan_issued",
            "last_review", "review_notice", "mediation_certificate"]


def pick(rng, weighted):
    """One item of [(item, weight), ...]."""
    total = sum(w for _, w in weighted)
    x = rng.random() * total
    for item, w in weighted:
        x -= w
        if x < 0:
            return item
    return weighted[-1][0]


def weekday(d):
    """Move a weekend date back to Friday, never forward: AS_OF is a Sunday."""
    return d - timedelta(days=max(0, d.weekday() - 4))


def in_term(d, forward):
    """Move a school event out of the summer and Christmas holidays: forward
    to the next term (a cycle start) or back to the end of the last one (a
    review). AS_OF is in the autumn term, so neither move passes it."""
    if d.month == 8 or (d.month == 7 and d.day > (10 if forward else 22)):
        # A cycle is not begun in the last fortnight of the summer term.
        d = date(d.year, 9, 3) if forward else date(d.year, 7, 17)
    elif d.month == 12 and d.day > 18:
        d = date(d.year + 1, 1, 5) if forward else date(d.year, 12, 18)
    elif d.month == 1 and d.day < 5:
        d = date(d.year, 1, 5) if forward else date(d.year - 1, 12, 18)
    if forward:
        return d + timedelta(days=(7 - d.weekday()) % 7 if d.weekday() > 4 else 0)
    return weekday(d)


def days_between(rng, start, end):
    """A weekday between start and end inclusive (start if the range is empty)."""
    if end <= start:
        return start
    return weekday(start + timedelta(days=rng.randint(0, (end - start).days)))


def add_years(d, years):
    try:
        return d.replace(year=d.year + years)
    except ValueError:  # 29 February
        return d.replace(year=d.year + years, day=28)


def add_months(d, months):
    month = d.month - 1 + months
    year = d.year + month // 12
    month = month % 12 + 1
    day = min(d.day, [31, 29 if year % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1])
    return date(year, month, day)


def phase_of(year_group):
    if year_group < 0:
        return "early_years"
    if year_group <= 6:
        return "primary"
    if year_group <= 11:
        return "secondary"
    return "post16"


def birth_date(rng, year_group):
    """A date of birth in the English school year that gives `year_group`:
    children born 1 September to 31 August start Reception together."""
    first = date(SCHOOL_YEAR_START - 5 - year_group, 9, 1)
    last = date(first.year + 1, 8, 31)
    return first + timedelta(days=rng.randint(0, (last - first).days))


def age_on(dob, when):
    return when.year - dob.year - ((when.month, when.day) < (dob.month, dob.day))


class Pupil:
    """One pupil as plain data: needs is {area: {"level", "codes", "awaiting"}}."""

    def __init__(self, pid):
        self.id = pid
        self.dob = None
        self.year_group = None
        self.phase = None
        self.setting = None
        self.stage = None
        self.needs = {}
        self.cycles = []   # dicts: area, level, started, reviewed, outcome, advice
        self.in_place = []
        self.ehc = {}
        self.inputs = {}


def choose_needs(rng, pupil):
    table = PRIMARY_EHC_PLAN if pupil.stage == "plan" else PRIMARY_SEN_SUPPORT
    first = pick(rng, table)
    if pupil.year_group <= 1 and first in ("SPLD", "MLD"):
        first = "SLCN"  # specific and moderate learning difficulties are rarely identified this young
    if first in ("OTH", "NSA"):
        area = pick(rng, [("communication_interaction", 3), ("cognition_learning", 3), ("semh", 3),
                          ("sensory_physical", 1)])
    else:
        area = CODE_AREA[first]
    areas = [area]
    roll = rng.random()
    extra = 2 if roll < 0.07 else 1 if roll < 0.36 else 0
    if pupil.stage == "plan" and first in ("SLD", "PMLD") and rng.random() < 0.5:
        extra = max(extra, 1)
    for _ in range(extra):
        options = [(a, w) for a, w in SECOND_AREA[areas[0]] if a not in areas]
        if options:
            areas.append(pick(rng, options))

    needs = {}
    for i, a in enumerate(areas):
        codes = []
        if i == 0:
            if first not in ("OTH", "NSA"):
                codes.append(first)
                if first == "ASD" and rng.random() < 0.2:
                    codes.append("SLCN")
        elif rng.random() < 0.6:
            code = pick(rng, SECONDARY_CODES[a])
            if pupil.year_group <= 1 and code in ("SPLD", "MLD"):
                code = None
            if code:
                codes.append(code)
        needs[a] = {"level": None, "codes": codes, "awaiting": []}
    # OTH and NSA go to the first need in the CSV column order: that is where
    # a CSV reader puts them, so both files say the same thing.
    if first in ("OTH", "NSA"):
        needs[min(needs, key=AREAS.index)]["codes"].append(first)

    primary = areas[0]
    for i, a in enumerate(areas):
        if pupil.stage == "plan":
            level = "ehc_plan"
        elif pupil.stage == "universal":
            level = "universal" if rng.random() < 0.4 else None
        elif i == 0 or rng.random() < 0.6:
            level = "sen_support"
        else:
            level = "universal" if rng.random() < 0.3 else None
        needs[a]["level"] = level
        if pupil.stage != "plan" and rng.random() < (0.12 if a == primary else 0.05):
            needs[a]["awaiting"].append(rng.choice(AWAITING[a]))
    if "ASD" in needs.get("communication_interaction", {}).get("codes", []):
        needs["communication_interaction"]["awaiting"] = []  # already diagnosed
    pupil.needs = {a: needs[a] for a in AREAS if a in needs}
    return primary


def cycle_chain(rng, pupil, area, level, earliest, trajectory, most):
    """A run of APDR cycles in one area, oldest first: each about a term long,
    reviewed, then the next started after a short gap. The newest is usually
    running; some are overdue for review, some lapsed after a review."""
    roll = rng.random()
    if roll < 0.60:
        state = "open"
        last_start = in_term(AS_OF - timedelta(days=rng.randint(5, 78)), forward=True)
    elif roll < 0.76:
        state = "just_reviewed"
        last_start = in_term(AS_OF - timedelta(days=rng.randint(80, 110)), forward=True)
    elif roll < 0.87:
        state = "overdue"
        last_start = in_term(AS_OF - timedelta(days=rng.randint(96, 190)), forward=True)
    else:
        state = "lapsed"
        last_start = in_term(AS_OF - timedelta(days=rng.randint(170, 330)), forward=True)
    if last_start < earliest:
        return []
    starts = [last_start]
    n = rng.randint(1, most)
    while len(starts) < n:
        reviewed = weekday(starts[0] - timedelta(days=rng.randint(7, 24)))
        start = in_term(reviewed - timedelta(days=rng.randint(70, 92)), forward=True)
        if start < earliest:
            break
        starts.insert(0, start)

    cycles = []
    not_met = 0
    advice = []
    for i, start in enumerate(starts):
        last = i == len(starts) - 1
        if last and state in ("open", "overdue"):
            reviewed = None
        elif last:
            reviewed = in_term(start + timedelta(days=rng.randint(70, 92)), forward=False)
            if reviewed > AS_OF:
                reviewed = weekday(AS_OF)
        else:
            reviewed = in_term(starts[i + 1] - timedelta(days=rng.randint(7, 24)), forward=False)
        outcome = None
        if reviewed:
            p_not, p_part = {"stuck": (0.55, 0.35), "mixed": (0.25, 0.5), "improving": (0.08, 0.42)}[trajectory]
            if last and state == "lapsed" and rng.random() < 0.5:
                outcome = "met"
            else:
                x = rng.random()
                outcome = "not_met" if x < p_not else "partly_met" if x < p_not + p_part else "met"
        codes = pupil.needs[area]["codes"]
        this_advice = []
        if area == "sensory_physical" and ("HI" in codes or "VI" in codes) and rng.random() < 0.6:
            this_advice.append("teacher_of_deaf" if "HI" in codes else "vision_teacher")
        if advice and rng.random() < 0.6:
            this_advice += advice
        elif (not_met >= 2 and rng.random() < 0.65) or rng.random() < 0.08:
            advice = [rng.choice(ADVISERS[area])]
            this_advice += advice
        if outcome == "not_met":
            not_met += 1
        cycles.append({
            "area": area,
            "level": level if rng.random() < 0.5 else None,
            "started": start, "reviewed": reviewed, "outcome": outcome,
            "advice": list(dict.fromkeys(this_advice)),
        })
    return cycles


def make_ehc(rng, pupil):
    dob = pupil.dob
    ehc = {}
    stage = pupil.stage

    def by_whom(requested):
        if age_on(dob, requested) >= 16 and rng.random() < 0.5:
            return "young_person"
        return "parent" if rng.random() < 0.55 else "school"

    if stage == "requested":
        req = weekday(AS_OF - timedelta(days=rng.randint(3, 70)))
        ehc = {"requested": req}
    elif stage == "assessing":
        req = weekday(AS_OF - timedelta(days=rng.randint(49, 133)))
        ehc = {"requested": req, "decided": min(weekday(req + timedelta(days=rng.randint(28, 48))), weekday(AS_OF)),
               "decision": "agreed"}
    elif stage == "refused":
        req = weekday(AS_OF - timedelta(days=rng.randint(45, 210)))
        decided = min(weekday(req + timedelta(days=rng.randint(28, 50))), weekday(AS_OF))
        ehc = {"requested": req, "decided": decided, "decision": "refused"}
        if rng.random() < 0.5 and decided + timedelta(days=10) <= AS_OF:
            ehc["mediation_certificate"] = days_between(rng, decided + timedelta(days=10),
                                                        min(decided + timedelta(days=55), AS_OF))
        later = ehc.get("mediation_certificate", decided)
        if rng.random() < 0.25 and later + timedelta(days=7) <= AS_OF:
            pupil.inputs["appeal_lodged"] = days_between(rng, later + timedelta(days=7),
                                                         min(later + timedelta(days=28), AS_OF))
    elif stage == "draft":
        req = weekday(AS_OF - timedelta(days=rng.randint(95, 160)))
        ehc = {"requested": req, "decided": weekday(req + timedelta(days=rng.randint(30, 44))), "decision": "agreed",
               "draft_issued": min(weekday(req + timedelta(days=rng.randint(84, 130))), weekday(AS_OF))}
    elif stage == "plan":
        earliest = max(add_years(dob, 2), date(2015, 1, 5))
        latest = AS_OF - timedelta(weeks=24)
        req = days_between(rng, earliest, latest)
        decided = weekday(req + timedelta(days=rng.randint(28, 52)))
        draft = weekday(req + timedelta(days=rng.randint(84, 126)))
        plan = weekday(draft + timedelta(days=rng.randint(16, 40)))
        ehc = {"requested": req, "decided": decided, "decision": "agreed", "draft_issued": draft,
               "plan_issued": plan}
        # Annual reviews (every 6 months while under five), the last one
        # sometimes overdue.
        review = None
        step = 6 if age_on(dob, plan) < 5 else 12
        nxt = add_months(plan, step)
        while nxt <= AS_OF:
            review = in_term(nxt - timedelta(days=rng.randint(0, 25)), forward=False)
            step = 6 if age_on(dob, review) < 5 else 12
            nxt = add_months(review, step)
        if review and rng.random() < 0.1 and review - timedelta(days=300) > plan:
            earlier = in_term(add_months(review, -12), forward=False)
            review = earlier if earlier > plan else review
        if review:
            ehc["last_review"] = review
            notified = weekday(review + timedelta(days=rng.randint(9, 40)))
            if notified <= AS_OF and rng.random() < 0.85:
                ehc["review_notice"] = notified
        if pupil.year_group in (6, 11) and rng.random() < 0.12:
            pupil.inputs["transfer_plan_amended"] = days_between(rng, date(2026, 10, 5), AS_OF)
    if "requested" in ehc:
        ehc["requested_by"] = by_whom(ehc["requested"])
    pupil.ehc = ehc


def in_place_cell(in_place):
    """The CSV cell: empty when not recorded, `none` when nothing is in place."""
    if in_place is None:
        return ""
    return ";".join(in_place) if in_place else "none"


def choose_in_place(rng, pupil):
    items = []
    if rng.random() < 0.9:
        items.append("adapted-teaching")
    attendance = pupil.inputs.get("attendance")
    for area, need in pupil.needs.items():
        universal = UNIVERSAL[area]
        items += rng.sample(universal, rng.randint(1, min(4, len(universal))))
        if need["level"] in ("sen_support", "ehc_plan"):
            codes = need["codes"]
            allowed = []
            for item in TARGETED[area]:
                if item in ("radio-aid", "teacher-of-deaf-advice") and "HI" not in codes:
                    continue
                if item == "vision-teacher-advice" and "VI" not in codes:
                    continue
                if item == "exam-access-arrangements" and pupil.year_group < 9:
                    continue
                if item == "attendance-support" and (attendance is None or attendance >= 90):
                    continue
                allowed.append(item)
            if allowed:
                items += rng.sample(allowed, rng.randint(0, min(3, len(allowed))))
    pupil.in_place = list(dict.fromkeys(items))
    # Some registers do not record what is in place for every pupil: not
    # recorded (None) is not "nothing in place" ([]). A generator of its own,
    # seeded by the id, so the rest of the cohort stays as it was.
    if random.Random(f"in-place-{pupil.id}").random() < 0.08:
        pupil.in_place = None


def make_pupil(rng, index):
    pupil = Pupil(f"pupil-{FIRST_ID + index}")
    pupil.stage = pick(rng, STAGES)
    years = YEARS_PLAN if pupil.stage == "plan" else YEARS_SEN_SUPPORT
    pupil.year_group = pick(rng, years)
    if pupil.stage == "universal" and pupil.year_group > 11:
        pupil.year_group = rng.randint(0, 6)
    pupil.dob = birth_date(rng, pupil.year_group)
    pupil.phase = phase_of(pupil.year_group)
    primary = choose_needs(rng, pupil)

    if pupil.stage == "plan":
        severe = any(c in ("SLD", "PMLD", "MSI") for n in pupil.needs.values() for c in n["codes"])
        pupil.setting = pick(rng, [("special", 75 if severe else 30), ("mainstream", 15 if severe else 52),
                                   ("resourced", 10), ("alternative", 2 if primary == "semh" else 0.5),
                                   ("home", 1)])
    elif pupil.year_group < 0:
        pupil.setting = "mainstream"
    else:
        pupil.setting = pick(rng, [("mainstream", 96), ("alternative", 6 if primary == "semh" and
                                                        pupil.year_group >= 7 else 0.5), ("resourced", 1)])
    if pupil.year_group == 14:
        pupil.setting = "special"  # only special schools keep pupils to Year 14

    # How the pupil responds to support: pupils with an EHC request have not
    # made the progress expected; others vary.
    if pupil.stage in ("requested", "assessing", "refused", "draft"):
        trajectory = "stuck"
    elif pupil.stage == "plan":
        trajectory = "mixed"
    else:
        trajectory = pick(rng, [("stuck", 3), ("mixed", 5), ("improving", 3)])

    # Attendance for about two pupils in five; lower for SEMH needs and
    # alternative provision, unless the pupil is doing well.
    if rng.random() < 0.42:
        if (primary == "semh" or pupil.setting == "alternative") and trajectory != "improving":
            value = rng.gauss(81, 11)
        else:
            value = rng.gauss(92.5, 4.5)
        value = max(35.0, min(100.0, value))
        pupil.inputs["attendance"] = round(value) if rng.random() < 0.5 else round(value, 1)

    make_ehc(rng, pupil)

    # APDR cycles: SEN support and the EHC request pipeline run them; some
    # pupils with plans in mainstream keep running them at the plan's level.
    earliest = max(add_years(pupil.dob, 3), date(2023, 1, 3))
    if pupil.stage in ("sen_support", "requested", "assessing", "refused", "draft"):
        if pupil.stage == "sen_support" and rng.random() < 0.08:
            pass  # newly on the register: no cycle planned yet
        else:
            for area, need in pupil.needs.items():
                if need["level"] != "sen_support":
                    continue
                if area != primary and rng.random() < 0.5:
                    continue
                most = 5 if area == primary else 2
                pupil.cycles += cycle_chain(rng, pupil, area, "sen_support", earliest, trajectory, most)
    elif pupil.stage == "plan" and pupil.setting in ("mainstream", "resourced") and rng.random() < 0.35:
        after_plan = max(earliest, pupil.ehc["plan_issued"] + timedelta(days=14))
        pupil.cycles += cycle_chain(rng, pupil, primary, "ehc_plan", after_plan, trajectory, 3)

    choose_in_place(rng, pupil)
    check(pupil)
    return pupil


def check(pupil):
    """The generator's own promises; a failure is a bug here, not bad luck."""
    def fail(what):
        raise AssertionError(f"{pupil.id}: {what}")
    if not (date(SCHOOL_YEAR_START - 5 - pupil.year_group, 9, 1) <= pupil.dob
                                    <= date(SCHOOL_YEAR_START - 4 - pupil.year_group, 8, 31)):
        fail("date of birth does not match the year group")
    last = {}
    for c in pupil.cycles:
        if not pupil.dob < c["started"] <= AS_OF:
            fail("cycle start out of range")
        if c["reviewed"] and not c["started"] < c["reviewed"] <= AS_OF:
            fail("cycle reviewed before it started or after as_of")
        if (c["reviewed"] is None) != (c["outcome"] is None):
            fail("a reviewed cycle needs an outcome")
        prev = last.get(c["area"])
        if prev and not (prev["reviewed"] and prev["reviewed"] < c["started"]):
            fail("cycles overlap")
        last[c["area"]] = c
    e = pupil.ehc
    chain = [e.get(k) for k in ("requested", "decided", "draft_issued", "plan_issued", "last_review")]
    chain = [pupil.dob] + [d for d in chain if d] + [AS_OF]
    if any(a >= b for a, b in zip(chain, chain[1:-1])) or chain[-2] > AS_OF:
        fail("EHC dates out of order")
    if "mediation_certificate" in e and not e["decided"] < e["mediation_certificate"] <= AS_OF:
        fail("mediation certificate out of order")
    for k, v in pupil.inputs.items():
        if isinstance(v, date) and not pupil.dob < v <= AS_OF:
            fail(f"input {k} out of range")


def to_json(pupil):
    needs = []
    for area, need in pupil.needs.items():
        entry = {"area": area}
        if need["level"]:
            entry["level"] = need["level"]
        if need["codes"]:
            entry["codes"] = need["codes"]
        if need["awaiting"]:
            entry["awaiting_assessment"] = need["awaiting"]
        needs.append(entry)
    cycles = []
    for c in pupil.cycles:
        entry = {"area": c["area"]}
        if c["level"]:
            entry["level"] = c["level"]
        entry["started"] = c["started"].isoformat()
        if c["reviewed"]:
            entry["reviewed"] = c["reviewed"].isoformat()
        if c["outcome"]:
            entry["outcome"] = c["outcome"]
        if c["advice"]:
            entry["advice_from"] = c["advice"]
        cycles.append(entry)
    row = {"id": pupil.id, "as_of": AS_OF.isoformat(),
           "pupil": {"date_of_birth": pupil.dob.isoformat(), "year_group": pupil.year_group,
                     "phase": pupil.phase, "setting": pupil.setting},
           "needs": needs}
    if cycles:
        row["cycles"] = cycles
    if pupil.in_place is not None:
        row["in_place"] = pupil.in_place
    if pupil.ehc:
        row["ehc"] = {k: text(pupil.ehc[k]) for k in EHC_KEYS if k in pupil.ehc}
    if pupil.inputs:
        row["inputs"] = {k: (v.isoformat() if isinstance(v, date) else v) for k, v in pupil.inputs.items()}
    return row


def text(value):
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def to_csv(pupil):
    """The CSV record. It carries every fact but awaiting_assessment, which
    the CSV columns cannot express."""
    codes = [c for need in pupil.needs.values() for c in need["codes"]]
    cycles = []
    for c in pupil.cycles:
        parts = [c["area"], text(c["level"]), text(c["started"]), text(c["reviewed"]), text(c["outcome"])]
        if c["advice"]:
            parts.append("+".join(c["advice"]))
        cycles.append("|".join(parts))
    record = {
        "id": pupil.id, "as_of": AS_OF.isoformat(), "date_of_birth": pupil.dob.isoformat(),
        "year_group": str(pupil.year_group), "phase": pupil.phase, "setting": pupil.setting,
        "codes": ";".join(codes), "cycles": ";".join(cycles), "in_place": in_place_cell(pupil.in_place),
    }
    for area in AREAS:
        need = pupil.needs.get(area)
        record["need_" + area] = "" if need is None else (need["level"] or "*")
    for key in EHC_KEYS:
        record["ehc_" + key] = text(pupil.ehc.get(key))
    for name in ("attendance", "transfer_plan_amended", "appeal_lodged"):
        record["input_" + name] = text(pupil.inputs.get(name))
    return [record[c] for c in CSV_COLUMNS]


class Summary:
    """Counts for the README, kept as counters so a million pupils fit."""

    def __init__(self):
        self.pupils = 0
        self.area_level = Counter()
        self.stage = Counter()
        self.ehc_stage = Counter()
        self.areas_per_pupil = Counter()
        self.year = Counter()
        self.setting = Counter()
        self.codes = Counter()
        self.cycles = 0
        self.cycle_outcome = Counter()
        self.latest_cycle = Counter()
        self.with_attendance = 0
        self.attendance_below_90 = 0
        self.awaiting = 0

    def add(self, p):
        self.pupils += 1
        self.stage[p.stage] += 1
        self.areas_per_pupil[len(p.needs)] += 1
        self.year[p.year_group] += 1
        self.setting[p.setting] += 1
        for area, need in p.needs.items():
            self.area_level[(area, need["level"] or "(none stated)")] += 1
            self.codes.update(need["codes"])
            self.awaiting += bool(need["awaiting"])
        e = p.ehc
        if "plan_issued" in e:
            self.ehc_stage["plan issued"] += 1
            if "last_review" in e:
                self.ehc_stage["plan issued, reviewed at least once"] += 1
        elif "draft_issued" in e:
            self.ehc_stage["draft plan issued"] += 1
        elif e.get("decision") == "refused":
            self.ehc_stage["assessment refused"] += 1
            if "mediation_certificate" in e:
                self.ehc_stage["assessment refused, mediation certificate"] += 1
            if "appeal_lodged" in p.inputs:
                self.ehc_stage["assessment refused, appeal lodged"] += 1
        elif e.get("decision") == "agreed":
            self.ehc_stage["assessment agreed, no draft yet"] += 1
        elif "requested" in e:
            self.ehc_stage["requested, no decision yet"] += 1
        self.cycles += len(p.cycles)
        for c in p.cycles:
            self.cycle_outcome[c["outcome"] or "(in progress)"] += 1
        latest = {}
        for c in p.cycles:
            latest[c["area"]] = c
        for c in latest.values():
            if not c["reviewed"]:
                overdue = AS_OF - c["started"] > timedelta(weeks=12)
                self.latest_cycle["running, review overdue" if overdue else "running"] += 1
            else:
                self.latest_cycle["reviewed, no new cycle"] += 1
        if "attendance" in p.inputs:
            self.with_attendance += 1
            self.attendance_below_90 += p.inputs["attendance"] < 90

    def markdown(self):
        out = [f"{self.pupils} pupils.", "", "Needs by area and level (a pupil may have several):", "",
               "| area | universal | (none stated) | sen_support | ehc_plan | total |",
               "| --- | ---: | ---: | ---: | ---: | ---: |"]
        levels = ["universal", "(none stated)", "sen_support", "ehc_plan"]
        for area in AREAS:
            counts = [self.area_level[(area, lv)] for lv in levels]
            out.append(f"| {area} | " + " | ".join(map(str, counts)) + f" | {sum(counts)} |")
        out += ["", "Areas per pupil: " + ", ".join(f"{k}: {v}" for k, v in sorted(self.areas_per_pupil.items())),
                "", "Census codes: " + ", ".join(f"{k} {v}" for k, v in self.codes.most_common()),
                "", "EHC stage (pupils):", "", "| stage | pupils |", "| --- | ---: |"]
        order = ["requested, no decision yet", "assessment agreed, no draft yet", "draft plan issued",
                 "assessment refused", "assessment refused, mediation certificate",
                 "assessment refused, appeal lodged", "plan issued", "plan issued, reviewed at least once"]
        for k in order:
            out.append(f"| {k} | {self.ehc_stage[k]} |")
        no_ehc = self.pupils - sum(self.ehc_stage[k] for k in order if "," not in k)
        out += [f"| no EHC history | {no_ehc} |", "",
                f"APDR cycles: {self.cycles} (" +
                ", ".join(f"{k} {v}" for k, v in sorted(self.cycle_outcome.items())) + "); latest cycle per area: " +
                ", ".join(f"{k} {v}" for k, v in sorted(self.latest_cycle.items())) + ".",
                "",
                "Year groups: " + ", ".join(f"{k}: {v}" for k, v in sorted(self.year.items())) + ".",
                "",
                "Settings: " + ", ".join(f"{k} {v}" for k, v in self.setting.most_common()) + ".",
                "",
                f"Attendance recorded for {self.with_attendance} pupils ({self.attendance_below_90} below 90%); "
                f"{self.awaiting} needs awaiting an assessment (JSON Lines only)."]
        return "\n".join(out)


def bad_rows(rng):
    """The rows of cohort-with-errors.jsonl: good pupils, and bad ones made
    from good ones by one mistake each. Keep README.md's table in step."""
    def good(n):
        return to_json(make_pupil(rng, 80000 + n))

    rows = []
    rows.append(json.dumps(good(0)))                                       # 1 good
    rows.append(json.dumps(good(1)))                                       # 2 good
    r = good(2); r["needs"][0]["area"] = "sehm"; rows.append(json.dumps(r))  # 3 unknown area
    rows.append(json.dumps(good(3)))                                       # 4 good
    r = good(4); r["pupil"]["date_of_birth"] = "2016-02-30"; rows.append(json.dumps(r))  # 5 impossible date
    r = json.dumps(good(5)); rows.append(r[: len(r) // 2])                 # 6 malformed JSON
    r = good(6); r["pupil"]["setting"] = "Mainstream"; rows.append(json.dumps(r))  # 7 bad enum
    rows.append(json.dumps(good(7)))                                       # 8 good
    r = good(8)
    r["cycles"] = [{"area": r["needs"][0]["area"], "started": "2026-09-07", "reviewed": "2026-06-12",
                    "outcome": "partly_met"}]
    rows.append(json.dumps(r))                                             # 9 reviewed before started
    r = good(9); r.setdefault("inputs", {})["attendance"] = 112; rows.append(json.dumps(r))  # 10 attendance > 100
    r = good(10); r["needs"][0]["level"] = "range2"; rows.append(json.dumps(r))  # 11 level not in the ladder
    r = good(11); r["pupil"]["year"] = r["pupil"].pop("year_group"); rows.append(json.dumps(r))  # 12 unknown key
    r = good(12); r["in_place"] = r.get("in_place", []) + ["social-stories"]; rows.append(json.dumps(r))  # 13 warning
    rows.append(f"pupil-{FIRST_ID + 80013},6,primary,mainstream")          # 14 a CSV line, not JSON
    r = good(14); r["pupil"]["date_of_birth"] = "2027-01-05"; rows.append(json.dumps(r))  # 15 born after as_of
    r = good(15)
    r["needs"] = [{"area": "semh", "level": "sen_support", "codes": ["HI"]}]
    r.pop("cycles", None)
    rows.append(json.dumps(r))                                             # 16 code of another area
    r = good(16); r["cycles"] = [{"area": r["needs"][0]["area"], "started": "2026-04-20",
                                  "reviewed": "2026-07-10", "outcome": "not met"}]
    rows.append(json.dumps(r))                                             # 17 bad outcome
    rows.append(json.dumps(good(17)))                                      # 18 good
    return rows


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help=f"random seed (default {DEFAULT_SEED})")
    parser.add_argument("--pupils", type=int, default=240, help="number of pupils (default 240)")
    parser.add_argument("--out-dir", default=os.path.dirname(os.path.abspath(__file__)),
                        help="where to write (default: this script's folder)")
    parser.add_argument("--with-errors", action="store_true",
                        help="also write cohort-with-errors.jsonl, a few good rows and some deliberately bad ones")
    parser.add_argument("--summary", action="store_true", help="print the distribution as Markdown")
    args = parser.parse_args(argv)
    if args.pupils < 0:
        parser.error("--pupils must not be negative")

    os.makedirs(args.out_dir, exist_ok=True)
    rng = random.Random(args.seed)
    summary = Summary()
    jsonl_path = os.path.join(args.out_dir, "cohort.jsonl")
    csv_path = os.path.join(args.out_dir, "cohort.csv")
    with open(jsonl_path, "w", encoding="utf-8", newline="\n") as jf, \
            open(csv_path, "w", encoding="utf-8", newline="") as cf:
        writer = csv.writer(cf, lineterminator="\n")
        writer.writerow(CSV_COLUMNS)
        for i in range(args.pupils):
            pupil = make_pupil(rng, i)
            jf.write(json.dumps(to_json(pupil)) + "\n")
            writer.writerow(to_csv(pupil))
            summary.add(pupil)
    if args.with_errors:
        with open(os.path.join(args.out_dir, "cohort-with-errors.jsonl"), "w", encoding="utf-8",
                  newline="\n") as ef:
            for line in bad_rows(random.Random(args.seed + 1)):
                ef.write(line + "\n")
    if args.summary:
        print(summary.markdown())
    return 0


if __name__ == "__main__":
    sys.exit(main())
