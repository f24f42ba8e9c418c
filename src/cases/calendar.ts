import { ICalCalendar } from 'ical-generator';
import type { DueItem } from './due.js';

/**
 * The due list as an iCalendar feed (RFC 5545) that Outlook and Google Calendar subscribe to. Made with
 * ical-generator; each item is an all-day event whose UID stays the same from one fetch to the next, so a
 * subscription updates the event instead of adding another.
 */
export function dueCalendar(
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
