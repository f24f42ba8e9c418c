import { deflateSync } from 'fflate';

/**
 * A zip writer with fixed timestamps, so the same files give the same bytes. Entries are deflated once and
 * can be reused: the parts every document shares (styles, theme, settings…) are compressed at start-up,
 * not per document.
 */

export interface ZipEntry {
  path: string;
  /** The entry's bytes as stored: deflated (method 8) or as they are (method 0). */
  stored: Uint8Array;
  method: 0 | 8;
  crc: number;
  size: number;
}

const encoder = new TextEncoder();

const CRC_TABLE = (() => {
  const table = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c;
  }
  return table;
})();

export function crc32(data: Uint8Array): number {
  let crc = -1;
  for (let i = 0; i < data.length; i++) crc = CRC_TABLE[(crc ^ data[i]!) & 0xff]! ^ (crc >>> 8);
  return (crc ^ -1) >>> 0;
}

/** A deflated entry; `level` trades speed for size (fflate's 0–9). */
export function deflateEntry(path: string, data: Uint8Array | string, level: 1 | 6 | 9 = 6): ZipEntry {
  const bytes = typeof data === 'string' ? encoder.encode(data) : data;
  return { path, stored: deflateSync(bytes, { level }), method: 8, crc: crc32(bytes), size: bytes.length };
}

/** An entry stored as it is, for data that is compressed already (a .docx inside a bundle). */
export function storedEntry(path: string, data: Uint8Array): ZipEntry {
  return { path, stored: data, method: 0, crc: crc32(data), size: data.length };
}

/** MS-DOS date and time of midnight on an ISO date (the zip format's timestamp). */
export function dosDateTime(isoDate: string): { date: number; time: number } {
  const [year = 1980, month = 1, day = 1] = isoDate.split('-').map(Number);
  return { date: ((Math.max(1980, year) - 1980) << 9) | (month << 5) | day, time: 0 };
}

/** Writes the entries, in the order given, into one zip file dated `isoDate`. */
export function zip(entries: readonly ZipEntry[], isoDate: string): Uint8Array {
  const { date, time } = dosDateTime(isoDate);
  const names = entries.map((entry) => encoder.encode(entry.path));
  let localSize = 0;
  let centralSize = 0;
  entries.forEach((entry, i) => {
    localSize += 30 + names[i]!.length + entry.stored.length;
    centralSize += 46 + names[i]!.length;
  });
  const out = new Uint8Array(localSize + centralSize + 22);
  const view = new DataView(out.buffer);
  const offsets: number[] = [];
  let at = 0;
  const flagsOf = (path: string) => (/^[\x20-\x7e]*$/.test(path) ? 0 : 0x0800);
  entries.forEach((entry, i) => {
    const name = names[i]!;
    offsets.push(at);
    view.setUint32(at, 0x04034b50, true);
    view.setUint16(at + 4, 20, true);
    view.setUint16(at + 6, flagsOf(entry.path), true);
    view.setUint16(at + 8, entry.method, true);
    view.setUint16(at + 10, time, true);
    view.setUint16(at + 12, date, true);
    view.setUint32(at + 14, entry.crc, true);
    view.setUint32(at + 18, entry.stored.length, true);
    view.setUint32(at + 22, entry.size, true);
    view.setUint16(at + 26, name.length, true);
    view.setUint16(at + 28, 0, true);
    out.set(name, at + 30);
    out.set(entry.stored, at + 30 + name.length);
    at += 30 + name.length + entry.stored.length;
  });
  const centralStart = at;
  entries.forEach((entry, i) => {
    const name = names[i]!;
    view.setUint32(at, 0x02014b50, true);
    view.setUint16(at + 4, 20, true);
    view.setUint16(at + 6, 20, true);
    view.setUint16(at + 8, flagsOf(entry.path), true);
    view.setUint16(at + 10, entry.method, true);
    view.setUint16(at + 12, time, true);
    view.setUint16(at + 14, date, true);
    view.setUint32(at + 16, entry.crc, true);
    view.setUint32(at + 20, entry.stored.length, true);
    view.setUint32(at + 24, entry.size, true);
    view.setUint16(at + 28, name.length, true);
    // extra length, comment length, disk number, internal and external attributes: all zero.
    view.setUint32(at + 42, offsets[i]!, true);
    out.set(name, at + 46);
    at += 46 + name.length;
  });
  view.setUint32(at, 0x06054b50, true);
  view.setUint16(at + 8, entries.length, true);
  view.setUint16(at + 10, entries.length, true);
  view.setUint32(at + 12, at - centralStart, true);
  view.setUint32(at + 16, centralStart, true);
  return out;
}
