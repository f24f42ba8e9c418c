import type { DocumentContext } from './context.js';
import { fileName } from './filenames.js';
import type { PlannedDocument } from './render.js';
import type { Lang } from './templates.js';
import { dpaPairs, dpaView } from './views/dpa.js';
import { memoView } from './views/memo.js';
import { sccGroups, sccView } from './views/scc.js';
import { tiaPlans } from './views/tia.js';

/**
 * One entry per document kind (docassemble's declarative attachments, like the wizard registry): its name,
 * which documents of the kind the selected flows call for, and what to say when they call for none. The
 * order of the entries is the order of a bundle.
 */
/** One document of a kind: its template, the view it renders, the flows it covers, the parties it names. */
export interface DocumentPlan {
  template: string;
  view: object;
  flows: string[];
  parties: string[];
}

export interface DocumentKindEntry {
  name: { sv: string; en: string; ascii: { sv: string; en: string } };
  /** Every document of the kind that applies to the selected flows, with its parties for the file name. */
  plan(context: DocumentContext): DocumentPlan[];
  /** The 422 message when no selected flow calls for the kind; absent: the kind always applies. */
  noneApply?: { sv: string; en: string };
}

const registry = {
  memo: {
    name: {
      sv: 'Promemoria om överföringar',
      en: 'Transfer assessment memo',
      ascii: { sv: 'promemoria', en: 'memo' },
    },
    plan: (context) => [
      {
        template: 'memo',
        view: memoView(context),
        flows: context.assessment.flows.map((f) => f.id),
        parties: [],
      },
    ],
  },
  scc: {
    name: {
      sv: 'Standardavtalsklausuler',
      en: 'Standard contractual clauses',
      ascii: { sv: 'standardavtalsklausuler', en: 'scc' },
    },
    plan: (context) =>
      sccGroups(context).map((group) => {
        const view = sccView(context, group);
        return {
          template: 'scc',
          view,
          flows: group.verdicts.map((v) => v.id),
          parties: [view.exporter.name, view.importer.name],
        };
      }),
    noneApply: {
      sv: 'Inget av de valda flödena överförs med stöd av standardavtalsklausuler enligt bedömningen.',
      en: 'None of the selected flows is transferred under standard contractual clauses according to the assessment.',
    },
  },
  tia: {
    name: {
      sv: 'Överföringsbedömning (TIA)',
      en: 'Transfer impact assessment',
      ascii: { sv: 'overforingsbedomning', en: 'tia' },
    },
    plan: tiaPlans,
    noneApply: {
      sv: 'Inget av de valda flödena kräver en överföringsbedömning enligt klausul 14 (TIA).',
      en: 'None of the selected flows calls for a Clause 14(d) assessment.',
    },
  },
  dpa: {
    name: {
      sv: 'Personuppgiftsbiträdesavtal',
      en: 'Data processing agreement',
      ascii: { sv: 'personuppgiftsbitradesavtal', en: 'dpa' },
    },
    plan: (context) =>
      dpaPairs(context).map((pair) => {
        const view = dpaView(context, pair);
        return {
          template: 'dpa',
          view,
          flows: pair.verdicts.map((v) => v.id),
          parties: [view.controller.name, view.processor.name],
        };
      }),
    noneApply: {
      sv: 'Inget av de valda flödena går från en personuppgiftsansvarig till ett personuppgiftsbiträde som behöver ett personuppgiftsbiträdesavtal (med modul 2 fyller standardavtalsklausulerna den rollen).',
      en: 'None of the selected flows goes from a controller to a processor that needs a data processing agreement (with module 2 the standard contractual clauses serve as one).',
    },
  },
} satisfies Record<string, DocumentKindEntry>;

export type DocumentKind = keyof typeof registry;

/** Every kind, in bundle order. */
export const documentKinds = Object.keys(registry) as [DocumentKind, ...DocumentKind[]];

export function documentKind(kind: DocumentKind): DocumentKindEntry {
  return registry[kind];
}

export function documentFileName(kind: DocumentKind, lang: Lang, parties: string[]) {
  const { name } = registry[kind];
  return fileName([name.ascii[lang], ...parties], [name[lang], ...parties]);
}

/** Every document of one kind that applies to the selected flows. */
export function planDocuments(kind: DocumentKind, context: DocumentContext): PlannedDocument[] {
  return registry[kind].plan(context).map(({ parties, ...plan }) => ({
    kind,
    ...plan,
    fileName: documentFileName(kind, context.lang, parties),
  }));
}
