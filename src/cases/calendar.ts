import type { DueItem } from './due.js';

/**
 * The due list as an iCalendar feed (RFC 5545) that Outlook and Google Calendar subscribe to. Each item is
 * an all-day event whose UID stays the same from one fetch to the next, so a subscription updates the
 * event instead of adding another.
 *
 * Written here rather than with ical-generator (36 KiB of the Worker bundle for the few properties used):
 * the same lines ical-generator 11 writes for these properties, checked against it and read back with
 * ical.js in test/cases/calendar.test.ts. One difference: the UID is escaped as the TEXT it is.
 */

/** A TEXT value escaped (RFC 5545 §3.3.11): backslash, semicolon and comma, and line breaks as \n. */
function text(value: string): string {
  return value.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r\n|\r|\n/g, '\\n');
}

/** A content line folded at 75 octets (RFC 5545 §3.1), never inside a character. */
function fold(line: string): string {
  let out = '';
  let octets = 0;
  for (const char of line) {
    const code = char.codePointAt(0) ?? 0;
    const size = code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
    octets += size;
    if (octets > 74) {
      out += '\r\n ';
      octets = size;
    }
    out += char;
  }
  return out;
}

const basicDate = (isoDate: string) => isoDate.replaceAll('-', '');

export function dueCalendar(
  items: readonly DueItem[],
  options: { lang: 'sv' | 'en'; host: string; url?: string },
): string {
  const name = options.lang === 'sv' ? 'Tredjeland: datum att bevaka' : 'Tredjeland: dates to watch';
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//Tredjeland//case-register//${options.lang.toUpperCase()}`,
    ...(options.url ? [`URL:${options.url}`] : []),
    `NAME:${name}`,
    `X-WR-CALNAME:${name}`,
    // Subscribers fetch again every six hours.
    'REFRESH-INTERVAL;VALUE=DURATION:PT6H',
    'X-PUBLISHED-TTL:PT6H',
  ];
  for (const item of items) {
    const day = basicDate(item.date);
    lines.push(
      'BEGIN:VEVENT',
      `UID:${text(`${item.caseId}.${item.reason}.${item.flowId ?? 'case'}@${options.host}`)}`,
      'SEQUENCE:0',
      `DTSTAMP:${day}T000000Z`,
      `DTSTART;VALUE=DATE:${day}`,
      'X-MICROSOFT-CDO-ALLDAYEVENT:TRUE',
      'X-MICROSOFT-MSNCALENDAR-ALLDAYEVENT:TRUE',
      `SUMMARY:${text(`${item.title}: ${item.label}`)}`,
      `DESCRIPTION:${text(item.label)}`,
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(fold).join('\r\n');
}
