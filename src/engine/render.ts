import type { Question, TrailEntry } from '../../machines/questionnaire.js';
import { roleLabels } from '../../machines/roles.js';
import type { Localized } from '../data/schema.js';
import type { Assessment, FlowVerdict, PartyRole } from '../domain/verdict.js';
import { renderTia } from '../tia/render.js';
import type { EngineAssessment, EngineFlowVerdict, EngineOpenQuestion, EngineTrailEntry } from './types.js';

/** Puts the engine's bilingual result into one language: the shape of `POST /v1/assessments`. */

export type Lang = 'sv' | 'en';

const partyRoleLabels: Record<PartyRole, Localized> = {
  controller: roleLabels.controller,
  'joint-controller': roleLabels['joint-controller'],
  processor: roleLabels.processor,
  'sub-processor': roleLabels['sub-processor'],
  'data-subject': { en: 'data subject', sv: 'registrerad' },
};

export function renderTrailEntry(entry: EngineTrailEntry, lang: Lang) {
  return {
    id: entry.id,
    machine: entry.machine,
    question: entry.question[lang],
    answer: entry.answer[lang],
    value: entry.value,
    cites: entry.cites,
    ...(entry.by ? { by: entry.by } : {}),
    ...(entry.note ? { note: entry.note[lang] } : {}),
  };
}

export function renderOpenQuestion(open: EngineOpenQuestion, lang: Lang) {
  const { question } = open;
  return {
    machine: open.machine,
    id: question.id,
    question: question.text[lang],
    ...(question.help ? { help: question.help[lang] } : {}),
    choices: question.choices.map((c) => ({ value: c.value, label: c.label[lang] })),
    cites: question.cites,
    ...(open.field ? { field: open.field } : {}),
  };
}

export function renderFlow(v: EngineFlowVerdict, lang: Lang): FlowVerdict {
  return {
    id: v.id,
    kind: v.kind,
    exporter: v.exporter,
    importer: v.importer,
    exporterRole: { role: v.exporterRole, label: partyRoleLabels[v.exporterRole][lang] },
    importerRole: { role: v.importerRole, label: partyRoleLabels[v.importerRole][lang] },
    mechanism: v.mechanism,
    ...(v.adequacy
      ? {
          adequacy: {
            decision: v.adequacy.decision.id,
            title: v.adequacy.decision.title[lang],
            celex: v.adequacy.decision.celex,
            covered: v.adequacy.covered,
            scope: v.adequacy.decision.scope.summary[lang],
            reason: v.adequacy.reason[lang],
            conditionsToConfirm: v.adequacy.conditionsToConfirm.map((c) => ({
              id: c.id,
              kind: c.kind,
              text: c.text[lang],
              cites: c.cites,
            })),
            confidence: v.adequacy.decision.confidence,
          },
        }
      : {}),
    ...(v.scc
      ? {
          scc: {
            module: v.scc.module,
            clause14: v.scc.clause14,
            subProcessorOptions: v.scc.subProcessorOptions,
            ...(v.scc.clause13 ? { clause13: v.scc.clause13 } : {}),
            ...(v.scc.supervisoryAuthority
              ? {
                  supervisoryAuthority: {
                    country: v.scc.supervisoryAuthority.country,
                    id: v.scc.supervisoryAuthority.id,
                    name: v.scc.supervisoryAuthority.name[lang],
                    nativeName: v.scc.supervisoryAuthority.nativeName,
                    url: v.scc.supervisoryAuthority.url,
                  },
                }
              : {}),
            importerSubjectToGdpr: v.scc.importerSubjectToGdpr,
            choices: v.scc.choices.map((c) => ({
              id: c.id,
              clause: c.clause[lang],
              text: c.text[lang],
              ...(c.options ? { options: c.options.map((o) => ({ id: o.id, text: o.text[lang] })) } : {}),
              required: c.required,
            })),
          },
        }
      : {}),
    alternatives: v.alternatives,
    derogations: v.derogations,
    obligations: v.obligations,
    warnings: v.warnings.map((w) => ({
      code: w.code,
      message: w.message[lang],
      ...(w.review ? { review: true } : {}),
    })),
    openQuestions: v.openQuestions.map((q) => renderOpenQuestion(q, lang)),
    ...(v.originatingFlows ? { originatingFlows: v.originatingFlows } : {}),
    trail: v.trail.map((entry) => renderTrailEntry(entry, lang)),
    ...(v.tia ? { tia: renderTia(v.tia, lang) } : {}),
  };
}

export function renderAssessment(a: EngineAssessment, lang: Lang): Assessment {
  return { asOf: a.asOf, dataVersion: a.dataVersion, lang, flows: a.flows.map((v) => renderFlow(v, lang)) };
}

/** A question of any questionnaire, in one language (the wizard protocol). */
export function renderQuestion(question: Question, lang: Lang) {
  return {
    id: question.id,
    text: question.text[lang],
    ...(question.help ? { help: question.help[lang] } : {}),
    choices: question.choices.map((c) => ({ value: c.value, label: c.label[lang] })),
    cites: question.cites,
  };
}

/** A questionnaire's trail in one language, without the machine tag the engine adds. */
export function renderTrail(trail: readonly TrailEntry[], lang: Lang) {
  return trail.map((entry) => ({
    id: entry.id,
    question: entry.question[lang],
    answer: entry.answer[lang],
    value: entry.value,
    cites: entry.cites,
    ...(entry.by ? { by: entry.by } : {}),
  }));
}
