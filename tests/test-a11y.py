#!/usr/bin/python3
# test-a11y.py
#
# Copyright 2026 The Netbook Developers
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# What a screen reader finds in Netbook's window, through AT-SPI (dogtail):
# each row of the contact list is named with the contact's full name, the
# search field is labelled, and each day of the Meals view and each day cell
# of the Calendar view is named with its full date. Runs the real binary on a database of its
# own; needs a display and a D-Bus session (build-aux/setup.sh test).

import os
import subprocess
import sys
import tempfile
import time

netbook = sys.argv[1]
vcards = sys.argv[2:]

if not os.environ.get("DISPLAY"):
    print("1..0 # SKIP no X display")
    sys.exit(0)

# Netbook runs with accessibility on: without GTK_A11Y=none and NO_AT_BRIDGE.
app_env = {k: v for k, v in os.environ.items() if k not in ("GTK_A11Y", "NO_AT_BRIDGE")}
# The Meals view shows the week of Wednesday, November 25, 2026.
app_env["NETBOOK_NOW"] = "2026-11-25T10:00:00"

from dogtail.config import config  # noqa: E402

# GTK 4 is on AT-SPI whatever the GNOME "toolkit-accessibility" key says;
# dogtail would otherwise refuse to start without it.
config.checkForA11y = False
config.searchShowingOnly = False
config.logDebugToFile = False
config.logDebugToStdOut = False

from dogtail import rawinput, tree  # noqa: E402

tests = []


def check(ok, description):
    tests.append((ok, description))


def wait_for(predicate, seconds=30):
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        try:
            result = predicate()
            if result:
                return result
        except Exception:  # the window may not be there yet
            pass
        time.sleep(0.3)
    return None


with tempfile.TemporaryDirectory() as tmp:
    db = os.path.join(tmp, "netbook.db")
    subprocess.run([netbook, "--database", db, "--import", *vcards], check=True,
                   stdout=subprocess.DEVNULL, env=app_env)

    app_process = subprocess.Popen([netbook, "--database", db], env=app_env)
    try:
        app = wait_for(lambda: tree.root.application("netbook"))
        check(app is not None, "the application is on the accessibility bus")

        names = ("Ada Lovelace", "Grace Hopper", "Alan Turing")
        rows = wait_for(lambda: [n for n in app.findChildren(lambda n: n.name in names, recursive=True)
                                 if n.roleName == "panel" and n.parent.roleName == "list item"]) or []
        found = sorted({row.name for row in rows})
        check(len(found) >= 2, "contact rows are named with the full name: %s" % ", ".join(found))

        search = wait_for(lambda: app.findChildren(lambda n: n.name == "Search people", recursive=True))
        check(bool(search), "the search field is labelled “Search people”")

        # Alt+2: the Meals view; its days are named with their dates.
        rawinput.keyCombo("<Alt>2")
        day = "Wednesday, November 25, 2026"
        days = wait_for(lambda: app.findChildren(lambda n: n.name == day, recursive=True))
        check(bool(days), "a day of the week is named “%s”" % day)
        plan = "Plan a Meal on " + day
        buttons = wait_for(lambda: [n for n in app.findChildren(lambda n: n.name == plan, recursive=True)
                                    if n.roleName == "push button"])
        check(bool(buttons), "its button is named “%s”" % plan)

        # Alt+3: the Calendar view; each day cell is named with its date.
        rawinput.keyCombo("<Alt>3")
        cell_name = "Thursday, November 26, 2026"
        cells = wait_for(lambda: [n for n in app.findChildren(lambda n: n.name == cell_name, recursive=True)
                                  if n.roleName == "table cell"])
        check(bool(cells), "a day cell of the month is named “%s”" % cell_name)
    finally:
        app_process.terminate()
        app_process.wait(10)

print("1..%d" % len(tests))
for i, (ok, description) in enumerate(tests, 1):
    print("%s %d - %s" % ("ok" if ok else "not ok", i, description))
sys.exit(0 if all(ok for ok, _ in tests) else 1)
