import fc from 'fast-check';
import ICAL from 'ical.js';
import { ICalCalendar } from 'ical-generator';
import { describe, expect, it } from 'vitest';
import { dueCalendar } from '../../src/cases/calendar.js';
import type { DueItem } from '../../src/cases/due.js';
import type { DueReason } from '../../src/register/port.js';

/** The feed as ical-generator 11 wrote it before calendar.ts wrote it by hand (the old calendar.ts). */
function byIcalGenerator(
  items: readonly DueItem[],
  options: { lang: 'sv' | 'en'; host: string; url?: string },
) {
  const calendar = new ICalCalendar({
    name: options.lang === 'sv' ? 'Tredjeland: datum att bevaka' : 'Tredjeland: dates to watch',
    prodId: { company: 'Tredjeland', product: 'case-register', language: options.lang.toUpperCase() },
    ttl: 60 * 60 * 6,
    ...(options.url ? { url: options.url } : {}),
  });
  for (const item of items) {
    const start = new Date(`${item.date}T00:00:00Z`);
    calendar.createEvent({
      id: `${item.caseId}.${item.reason}.${item.flowId ?? 'case'}@${options.host}`,
      start,
      allDay: true,
      summary: `${item.title}: ${item.label}`,
      description: item.label,
      stamp: start,
    });
  }
  return calendar.toString();
}

const reasons: readonly DueReason[] = ['tia-reevaluation', 'dpf-recertification', 'adequacy-end', 'data-age'];
const anyText = fc.oneof(
  fc.string({ maxLength: 120 }),
  fc.string({ unit: 'grapheme', maxLength: 120 }),
  fc.constantFrom(
    'Lön; löner, \\ och "citat"',
    'rad ett\r\nrad två\nrad tre\rslut',
    'å'.repeat(90),
    '😀'.repeat(40),
  ),
);
const item = fc.record(
  {
    caseId: fc.uuid(),
    title: anyText,
    date: fc
      .date({ min: new Date('2020-01-01'), max: new Date('2040-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10)),
    reason: fc.constantFrom(...reasons),
    label: anyText,
    flowId: fc.stringMatching(/^[a-z0-9-]{1,20}$/),
  },
  { requiredKeys: ['caseId', 'title', 'date', 'reason', 'label'] },
) as fc.Arbitrary<DueItem>;
const options = fc.record(
  { lang: fc.constantFrom('sv' as const, 'en' as const), host: fc.domain(), url: fc.webUrl() },
  { requiredKeys: ['lang', 'host'] },
);

describe('the due calendar, written by hand', () => {
  it('is the feed ical-generator wrote, line for line (plain ids)', () => {
    fc.assert(
      fc.property(fc.array(item, { maxLength: 6 }), options, (items, opts) => {
        expect(dueCalendar(items, opts)).toBe(byIcalGenerator(items, opts));
      }),
      { numRuns: 300 },
    );
  });

  it('reads back with ical.js: every event with its UID, day and texts as given, folded at 75 octets', () => {
    fc.assert(
      fc.property(fc.array(item, { minLength: 1, maxLength: 6 }), options, (items, opts) => {
        const feed = dueCalendar(items, opts);
        for (const line of feed.split('\r\n'))
          expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
        const events = new ICAL.Component(ICAL.parse(feed))
          .getAllSubcomponents('vevent')
          .map((e) => new ICAL.Event(e));
        expect(events.map((e) => e.uid)).toEqual(
          items.map((i) => `${i.caseId}.${i.reason}.${i.flowId ?? 'case'}@${opts.host}`),
        );
        // ical.js reads every line break back as \n.
        const asRead = (s: string) => s.replace(/\r\n|\r/g, '\n');
        expect(events.map((e) => e.summary)).toEqual(items.map((i) => asRead(`${i.title}: ${i.label}`)));
        expect(events.map((e) => e.description)).toEqual(items.map((i) => asRead(i.label)));
        expect(events.map((e) => e.startDate.toString())).toEqual(items.map((i) => i.date));
        expect(events.every((e) => e.startDate.isDate)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('escapes a UID as TEXT (ical-generator left a comma or semicolon in a flow id bare)', () => {
    const feed = dueCalendar(
      [
        {
          caseId: 'c',
          title: 't',
          date: '2027-01-02',
          reason: 'tia-reevaluation',
          label: 'l',
          flowId: 'a,b;c',
        },
      ],
      { lang: 'en', host: 'h' },
    );
    expect(feed).toContain('UID:c.tia-reevaluation.a\\,b\\;c@h');
    const [event] = new ICAL.Component(ICAL.parse(feed)).getAllSubcomponents('vevent');
    expect(new ICAL.Event(event!).uid).toBe('c.tia-reevaluation.a,b;c@h');
  });
});
