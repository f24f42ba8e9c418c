import type { DueEntry, DueReason } from '../register/port.js';

type Lang = 'sv' | 'en';

/** A due date as the due list and the calendar give it: with the case and a sentence in one language. */
export interface DueItem {
  caseId: string;
  title: string;
  date: string;
  reason: DueReason;
  label: string;
  flowId?: string;
}

const labels: Record<DueReason, Record<Lang, (e: DueEntry) => string>> = {
  'tia-reevaluation': {
    en: (e) => `Re-evaluate the transfer impact assessment of flow ${e.flowId}`,
    sv: (e) => `Utvärdera om konsekvensbedömningen för överföringen i flöde ${e.flowId}`,
  },
  'dpf-recertification': {
    en: (e) =>
      `${e.subject}: next re-certification under the EU-U.S. Data Privacy Framework (flow ${e.flowId})`,
    sv: (e) => `${e.subject}: nästa omcertifiering i EU-U.S. Data Privacy Framework (flöde ${e.flowId})`,
  },
  'adequacy-end': {
    en: (e) => `Last day of adequacy decision ${e.subject}, relied on by flow ${e.flowId}`,
    sv: (e) => `Sista dagen för beslutet om adekvat skyddsnivå ${e.subject}, som flöde ${e.flowId} vilar på`,
  },
  'data-age': {
    en: () => 'The legal data the case was assessed against are a year old: assess it again',
    sv: () => 'Rättsdata som ärendet bedömdes mot är ett år gamla: bedöm ärendet på nytt',
  },
};

export function dueLabel(entry: DueEntry, lang: Lang): string {
  return labels[entry.reason][lang](entry);
}

/** The due items of some cases up to `until` (overdue ones included), by date, then case. */
export function dueItems(
  cases: readonly { caseId: string; title: string; due: readonly DueEntry[] }[],
  until: string,
  lang: Lang,
): DueItem[] {
  const items: DueItem[] = [];
  for (const c of cases) {
    for (const entry of c.due) {
      if (entry.date > until) continue;
      items.push({
        caseId: c.caseId,
        title: c.title,
        date: entry.date,
        reason: entry.reason,
        label: dueLabel(entry, lang),
        ...(entry.flowId !== undefined ? { flowId: entry.flowId } : {}),
      });
    }
  }
  return items.sort((a, b) => a.date.localeCompare(b.date) || a.caseId.localeCompare(b.caseId));
}
