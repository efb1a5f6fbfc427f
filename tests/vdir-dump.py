#!/usr/bin/python3
# vdir-dump.py
#
# Copyright 2026 The Netbook Developers
#
# SPDX-License-Identifier: GPL-3.0-or-later

"""Reads a vdir (a folder of .vcf or .ics files, as vdirsyncer, khard and
khal keep them) with readers that are not Netbook's: python3-vobject for
vCards, python3-icalendar for events. Prints what they read as a GKeyFile:
a group for each item, named by its UID, with its values decoded (no vCard
or iCalendar escaping left):

  [uid]
  file=NAME
  fn=, n=, note=, org=, title=,
  email-count=N, email-0=... (and tel-)
  x-some-thing=...            every X- property
  props=BEGIN,VERSION,...     the property names, in order

  [uid]  (an event: the first VEVENT of the file)
  summary=, location=, description=, status=,
  dtstart=2026-12-14T12:30:00+01:00, dtstart-utc=2026-12-14T11:30:00Z,
  dtstart-tzid=Europe/Berlin (and dtend)
  categories=a,b
  organizer=, organizer-cn=
  attendee-count=N, attendee-0=mailto:..., attendee-0-cn=, attendee-0-partstat=
  alarm-count=N, alarm-0-action=, alarm-0-trigger=-PT15M, alarm-0-description=
  x-...=                      every X- property of the VEVENT

Usage: vdir-dump.py DIR
"""

import datetime
import os
import sys

try:
    import icalendar
    import vobject
except ImportError as error:
    sys.exit("vdir-dump.py needs python3-icalendar and python3-vobject "
             "(apt install python3-icalendar python3-vobject): %s" % error)


def escape(value):
    """A value as GKeyFile writes it."""
    value = str(value)
    value = (value.replace("\\", "\\\\").replace("\n", "\\n")
             .replace("\r", "\\r").replace("\t", "\\t"))
    if value.startswith(" "):
        value = "\\s" + value[1:]
    return value


def utc(value):
    if isinstance(value, datetime.datetime) and value.tzinfo is not None:
        return value.astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    return ""


def card_values(path):
    with open(path, encoding="utf-8") as f:
        card = vobject.readOne(f.read())
    values = {"uid": card.uid.value if hasattr(card, "uid") else ""}
    for name in ("fn", "note", "title"):
        if name in card.contents:
            values[name] = card.contents[name][0].value
    if "n" in card.contents:
        n = card.n.value
        values["n"] = ";".join((n.family, n.given, n.additional, n.prefix, n.suffix))
    if "org" in card.contents:
        org = card.org.value
        values["org"] = ";".join(org) if isinstance(org, list) else org
    for name in ("email", "tel"):
        items = card.contents.get(name, [])
        values[name + "-count"] = len(items)
        for i, item in enumerate(items):
            values["%s-%d" % (name, i)] = item.value
    for name, items in card.contents.items():
        if name.startswith("x-"):
            values[name] = items[0].value
    values["props"] = ",".join(line.name for line in card.getChildren())
    return values


def parameter(prop, name):
    value = prop.params.get(name, "") if hasattr(prop, "params") else ""
    return str(value)


def event_values(path):
    with open(path, "rb") as f:
        calendar = icalendar.Calendar.from_ical(f.read())
    events = [c for c in calendar.walk() if c.name == "VEVENT"]
    if not events:
        raise ValueError("no VEVENT")
    event = events[0]
    values = {"uid": str(event.get("uid", "")), "events": len(events)}

    for name in ("summary", "location", "description", "status"):
        if name in event:
            values[name] = str(event[name])
    for name in ("dtstart", "dtend"):
        if name in event:
            moment = event[name].dt
            values[name] = moment.isoformat()
            values[name + "-utc"] = utc(moment)
            values[name + "-tzid"] = parameter(event[name], "TZID")

    categories = event.get("categories")
    if categories is not None:
        if not isinstance(categories, list):
            categories = [categories]
        values["categories"] = ",".join(str(c) for item in categories for c in item.cats)

    if "organizer" in event:
        values["organizer"] = str(event["organizer"])
        values["organizer-cn"] = parameter(event["organizer"], "CN")

    attendees = event.get("attendee", [])
    if not isinstance(attendees, list):
        attendees = [attendees]
    values["attendee-count"] = len(attendees)
    for i, attendee in enumerate(attendees):
        values["attendee-%d" % i] = str(attendee)
        values["attendee-%d-cn" % i] = parameter(attendee, "CN")
        values["attendee-%d-partstat" % i] = parameter(attendee, "PARTSTAT")

    alarms = [c for c in event.subcomponents if c.name == "VALARM"]
    values["alarm-count"] = len(alarms)
    for i, alarm in enumerate(alarms):
        values["alarm-%d-action" % i] = str(alarm.get("action", ""))
        trigger = alarm.get("trigger")
        values["alarm-%d-trigger" % i] = trigger.to_ical().decode() if trigger is not None else ""
        values["alarm-%d-description" % i] = str(alarm.get("description", ""))

    properties = event.property_items(recursive=False, sorted=False)
    for name, value in properties:
        if name.startswith("X-"):
            values[name.lower()] = str(value)
    values["props"] = ",".join(name for name, _ in properties)
    return values


def main():
    folder = sys.argv[1]
    seen = {}
    for name in sorted(os.listdir(folder)):
        path = os.path.join(folder, name)
        if name.endswith(".vcf"):
            values = card_values(path)
        elif name.endswith(".ics"):
            values = event_values(path)
        else:
            continue
        uid = values.pop("uid")
        if not uid:
            sys.exit("%s has no UID" % path)
        if uid in seen:
            sys.exit("%s and %s have the same UID %s" % (seen[uid], name, uid))
        seen[uid] = name

        print("[%s]" % uid)
        print("file=%s" % escape(name))
        for key, value in values.items():
            print("%s=%s" % (key, escape(value)))
        print()


if __name__ == "__main__":
    main()
