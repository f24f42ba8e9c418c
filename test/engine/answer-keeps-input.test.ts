import { describe, expect, it } from 'vitest';
import { expand, type LeanAssessment } from '../../src/answer/expand.js';
import { assessmentCase } from '../../src/domain/case.js';
import { assessCase, assessGrouped } from '../../src/engine/assess.js';
import { flowIndexMark } from '../../src/engine/like-flows.js';
import {
  renderAssessment,
  renderAssessmentBytes,
  renderAssessmentJson,
  renderLeanAssessment,
  renderLeanAssessmentBytes,
  renderLeanAssessmentJson,
} from '../../src/engine/render.js';

/**
 * Nothing a client sent is changed in the answer. The engine writes like flows once, with the character
 * U+E000 where each flow's index goes, and cuts the text there; a case that itself holds that character
 * (here in two party names) is written flow by flow instead, and every form of the answer (JSON text,
 * UTF-8, lean, in full and in summary) gives the names back as sent.
 */

const asOf = '2026-11-01';
const tia = {
  circumstances: { processingChain: 'importer-only', format: 'clear', storage: 'destination' },
  laws: { guarantees: { A: 'not-met', B: 'not-met', C: 'not-met', D: 'not-met' } },
};
const ioName = `Organisation ${flowIndexMark} of the mark`;
const usName = `Cloud ${flowIndexMark} Inc.`;
const input = assessmentCase.parse({
  asOf,
  parties: [
    { id: 'uni', name: 'Uppsala universitet', country: 'SE', type: 'public-authority' },
    { id: 'io', name: ioName, type: 'international-organisation' },
    { id: 'us', name: usName, country: 'US', type: 'company', gdprBasis: 'none' },
    // The US company's employee in India: the warning about where its staff sit names the company.
    { id: 'emp', name: 'Asha', country: 'IN', type: 'individual', employerId: 'us' },
  ],
  flows: [
    { id: 'a', from: 'uni', to: 'io', fromRole: 'controller', toRole: 'controller' },
    { id: 'b', from: 'uni', to: 'io', fromRole: 'controller', toRole: 'controller' },
    { id: 'c', from: 'uni', to: 'us', fromRole: 'controller', toRole: 'processor', tia },
    { id: 'd', from: 'uni', to: 'us', fromRole: 'controller', toRole: 'processor', tia },
    { id: 'e', from: 'uni', to: 'emp', fromRole: 'controller', toRole: 'processor' },
    { id: 'f', from: 'uni', to: 'emp', fromRole: 'controller', toRole: 'processor' },
  ],
});
const decoder = new TextDecoder();

describe('a case that holds the flow index mark itself', () => {
  it.each([
    ['en', 'full'],
    ['sv', 'summary'],
  ] as const)('%s, %s: every form of the answer gives the names back as sent', (lang, detail) => {
    const grouped = assessGrouped(input, asOf);
    const full = JSON.stringify(renderAssessment(assessCase(input, asOf), lang, detail as 'full'));
    const answer = JSON.parse(full) as {
      flows: { importer: { name: string }; warnings: { message: string }[] }[];
    };
    expect(answer.flows.map((f) => f.importer.name)).toEqual([
      ioName,
      ioName,
      usName,
      usName,
      'Asha',
      'Asha',
    ]);
    for (const f of answer.flows.slice(4))
      expect(f.warnings.map((w) => w.message).join(' ')).toContain(usName);

    expect(renderAssessmentJson(grouped, lang, detail)).toBe(full);
    expect(decoder.decode(renderAssessmentBytes(grouped, lang, detail))).toBe(full);
    const lean = renderLeanAssessmentJson(grouped, lang, detail);
    expect(decoder.decode(renderLeanAssessmentBytes(grouped, lang, detail))).toBe(lean);
    // The lean text is the lean answer made flow by flow: no reference holds the mark.
    expect(lean).toBe(JSON.stringify(renderLeanAssessment(grouped, lang, detail)));
    expect(JSON.stringify(expand(JSON.parse(lean) as LeanAssessment))).toBe(full);
  });
});
