/**
 * Imports an export of the Data Privacy Framework participant list into data/dpf/list.json.
 *
 *   npm run dpf:import -- FILE [--list-date YYYY-MM-DD] [--out data/dpf/list.json] [--sample] [--dry-run]
 *
 * FILE is CSV (comma, semicolon or tab separated; columns in data/dpf/README.md) or JSON (`.json`).
 * Every rejected row is printed with its line number and reason, every duplicate with the line kept, and
 * the run ends with a summary. The exit code is non-zero only when the file as a whole cannot be
 * imported (unreadable, malformed, required columns missing, no list date, no row accepted); then
 * nothing is written.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, extname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { isCalendarDate, today } from '../src/domain/dates.js';
import {
  buildListFile,
  ImportFileError,
  type ImportReport,
  importCsv,
  importJson,
} from '../src/dpf/import.js';

const defaultOut = resolve(dirname(fileURLToPath(import.meta.url)), '../data/dpf/list.json');

const usage = `Usage: npm run dpf:import -- FILE [--list-date YYYY-MM-DD] [--out PATH] [--sample] [--dry-run]

  FILE          CSV or JSON export of the participant list (columns: data/dpf/README.md)
  --list-date   the date the list was read off dataprivacyframework.gov (required unless the JSON gives listDate)
  --out         where to write the list (default data/dpf/list.json, the file the service loads)
  --sample      mark the list as a sample of invented organisations
  --dry-run     check and report, write nothing`;

function fail(message: string): never {
  console.error(`dpf:import: ${message}`);
  process.exit(1);
}

function main() {
  let args: ReturnType<typeof parse>;
  try {
    args = parse();
  } catch (error) {
    fail(`${(error as Error).message}\n\n${usage}`);
  }
  if (args.values.help) {
    console.log(usage);
    return;
  }
  const [file, ...extra] = args.positionals;
  if (!file || extra.length > 0) fail(`expected exactly one FILE\n\n${usage}`);

  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    fail(`cannot read ${file}: ${(error as Error).message}`);
  }

  let report: ImportReport;
  try {
    const json = extname(file).toLowerCase() === '.json' || /^\s*[[{]/.test(text.replace(/^\ufeff/, ''));
    report = json ? importJson(text) : importCsv(text);
  } catch (error) {
    if (error instanceof ImportFileError) fail(`${file}: ${error.message}`);
    throw error;
  }

  const listDate = args.values['list-date'] ?? report.listDate;
  if (!listDate) fail('give the date the list was read off the official site: --list-date YYYY-MM-DD');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(listDate) || !isCalendarDate(listDate)) {
    fail(`--list-date "${listDate}" is not a date as YYYY-MM-DD`);
  }
  if (listDate > today()) fail(`--list-date ${listDate} lies in the future`);
  if (args.values['list-date'] && report.listDate && report.listDate !== args.values['list-date']) {
    console.warn(`note: --list-date ${listDate} overrides the file's listDate ${report.listDate}`);
  }

  printReport(report);
  if (report.counts.accepted === 0) fail('no row was accepted; nothing written');

  const sample = args.values.sample ?? false;
  const list = buildListFile(report, {
    listDate,
    sample,
    importedAt: new Date().toISOString(),
    ...(sample
      ? {
          note: {
            en: 'Invented organisations for trying the service. No real organisation’s status may be concluded from this list.',
            sv: 'Påhittade organisationer för att prova tjänsten. Ingen verklig organisations status kan utläsas ur denna förteckning.',
          },
        }
      : {}),
  });
  const out = args.values.out ? resolve(args.values.out) : defaultOut;
  if (args.values['dry-run']) {
    console.log(`dry run: would write ${out} (list date ${listDate}${sample ? ', sample' : ''})`);
    return;
  }
  mkdirSync(dirname(out), { recursive: true });
  // Write beside the target and rename, so the service never sees half a file.
  const temporary = `${out}.tmp-${process.pid}`;
  writeFileSync(temporary, `${JSON.stringify(list, null, 2)}\n`);
  renameSync(temporary, out);
  console.log(`wrote ${out} (list date ${listDate}${sample ? ', marked as a sample' : ''})`);
}

function parse() {
  return parseArgs({
    allowPositionals: true,
    options: {
      'list-date': { type: 'string' },
      out: { type: 'string' },
      sample: { type: 'boolean' },
      'dry-run': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}

function printReport(report: ImportReport) {
  // One report in file order, so it reads alongside the file.
  const problems = [
    ...report.rejected.map((row) => ({
      line: row.line,
      text: `rejected${row.name ? ` (${row.name})` : ''}: ${row.reasons.join('; ')}`,
    })),
    ...report.duplicates.map((row) => ({
      line: row.line,
      text: `duplicate of line ${row.keptLine} (${row.name})${row.conflicting ? ', with DIFFERENT facts: check both' : ''}; line ${row.keptLine} kept`,
    })),
  ].sort((a, b) => a.line - b.line);
  for (const problem of problems) console.log(`line ${problem.line}: ${problem.text}`);
  if (report.ignoredColumns.length > 0) {
    console.log(`ignored columns (not imported): ${report.ignoredColumns.join(', ')}`);
  }
  const { rows, accepted, rejected, duplicates } = report.counts;
  console.log(
    `summary: ${rows} rows: ${accepted} accepted, ${rejected} rejected, ${duplicates} duplicate${duplicates === 1 ? '' : 's'}`,
  );
}

main();
