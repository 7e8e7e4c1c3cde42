// Parse an iCalendar file with ical.js (Thunderbird's engine) and print its events as JSON:
// the UTC instant of start and end as ical.js computes them from the file's own VTIMEZONE.
import { readFileSync } from "node:fs";
import ICAL from "ical.js";

const calendar = new ICAL.Component(ICAL.parse(readFileSync(process.argv[2], "utf8")));
for (const zone of calendar.getAllSubcomponents("vtimezone")) {
  ICAL.TimezoneService.register(zone);
}
const events = calendar.getAllSubcomponents("vevent").map((component) => {
  const event = new ICAL.Event(component);
  const instant = (time) => (time.isDate ? time.toString() : time.toJSDate().toISOString());
  return {
    uid: event.uid,
    summary: event.summary,
    description: event.description,
    status: component.getFirstPropertyValue("status"),
    sequence: event.sequence,
    allDay: event.startDate.isDate,
    start: instant(event.startDate),
    end: instant(event.endDate),
    zone: event.startDate.isDate ? null : event.startDate.zone.tzid,
  };
});
process.stdout.write(JSON.stringify(events));
