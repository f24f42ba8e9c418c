/**
 * A small CSV reader after RFC 4180: fields separated by a delimiter, records by CRLF or LF, fields in
 * double quotes may hold delimiters, line breaks and doubled quotes. Every record keeps the file line it
 * starts on, so a problem can be reported where a person will find it. A record that breaks the rules is
 * kept with its error rather than guessed at.
 */

export interface CsvRecord {
  /** The file line (1-based) the record starts on. */
  line: number;
  fields: string[];
  /** Why the record is malformed, when it is. */
  error?: string;
}

export class CsvFileError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
  }
}

/** The delimiter of the header line: comma, semicolon (spreadsheets in Swedish locales) or tab. */
export function detectDelimiter(text: string): string {
  const counts = new Map<string, number>([
    [',', 0],
    [';', 0],
    ['\t', 0],
  ]);
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
  }
  let best = ',';
  for (const [ch, n] of counts) if (n > counts.get(best)!) best = ch;
  return best;
}

/** Parses the whole text; blank lines between records are skipped. Throws CsvFileError for an unclosed quote. */
export function parseCsv(input: string, delimiter = detectDelimiter(input)): CsvRecord[] {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const records: CsvRecord[] = [];
  const n = text.length;
  let i = 0;
  let line = 1;

  const isBreak = (ch: string | undefined) => ch === '\n' || ch === '\r';
  /** Consumes one line break at i (CRLF counts once) and counts the line. */
  const takeBreak = () => {
    if (text[i] === '\r' && text[i + 1] === '\n') i += 2;
    else i += 1;
    line += 1;
  };

  while (i < n) {
    const start = line;
    const fields: string[] = [];
    let error: string | undefined;
    const fail = (reason: string) => {
      error ??= reason;
    };
    for (;;) {
      let value = '';
      if (text[i] === '"') {
        const opened = line;
        i += 1;
        for (;;) {
          if (i >= n)
            throw new CsvFileError(opened, `a quoted field opened on line ${opened} is never closed`);
          const ch = text[i]!;
          if (ch === '"') {
            if (text[i + 1] === '"') {
              value += '"';
              i += 2;
              continue;
            }
            i += 1;
            break;
          }
          if (isBreak(ch)) {
            value += text.slice(i, text[i] === '\r' && text[i + 1] === '\n' ? i + 2 : i + 1);
            takeBreak();
            continue;
          }
          value += ch;
          i += 1;
        }
        if (i < n && text[i] !== delimiter && !isBreak(text[i])) {
          fail(`field ${fields.length + 1}: text after the closing quote`);
          while (i < n && text[i] !== delimiter && !isBreak(text[i])) value += text[i++];
        }
      } else {
        const from = i;
        while (i < n && text[i] !== delimiter && !isBreak(text[i])) i += 1;
        value = text.slice(from, i);
        if (value.includes('"'))
          fail(`field ${fields.length + 1}: a quote inside a field that is not quoted`);
      }
      fields.push(value);
      if (i < n && text[i] === delimiter) {
        i += 1;
        continue;
      }
      break;
    }
    if (i < n) takeBreak();
    const blank = fields.length === 1 && fields[0] === '' && !error;
    if (!blank) records.push({ line: start, fields, ...(error ? { error } : {}) });
  }
  return records;
}
