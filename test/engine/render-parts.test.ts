import { describe, expect, it } from 'vitest';
import type { Question, TrailEntry } from '../../machines/questionnaire.js';
import {
  partyRoleLabel,
  renderOpenQuestion,
  renderQuestion,
  renderTrail,
  renderTrailEntry,
} from '../../src/engine/render.js';
import type { EngineOpenQuestion, EngineTrailEntry } from '../../src/engine/types.js';

/**
 * The pieces of an answer put into one language: a question (the wizard's and an open question of a
 * verdict), a step of the reasoning, a party's role. Each keeps its facts (ids, values, sources) as they
 * are, takes the text of the language asked, and leaves out what is not there rather than sending it empty.
 */

const question: Question = {
  id: 'publicPowers',
  text: {
    en: 'Does the exporter act in the exercise of public powers?',
    sv: 'Utövar exportören offentlig makt?',
  },
  help: {
    en: 'Art. 49(3) GDPR closes three derogations to it.',
    sv: 'Art. 49.3 stänger tre undantag för den.',
  },
  cites: ['GDPR Art. 49(3)'],
  choices: [
    { value: 'yes', label: { en: 'Yes', sv: 'Ja' } },
    { value: 'no', label: { en: 'No', sv: 'Nej' } },
  ],
};
const { help: _, ...withoutHelp } = question;

describe('a question in one language', () => {
  it('gives the text, help and choices of the language asked, and the sources as they are', () => {
    expect(renderQuestion(question, 'sv')).toEqual({
      id: 'publicPowers',
      text: 'Utövar exportören offentlig makt?',
      help: 'Art. 49.3 stänger tre undantag för den.',
      choices: [
        { value: 'yes', label: 'Ja' },
        { value: 'no', label: 'Nej' },
      ],
      cites: ['GDPR Art. 49(3)'],
    });
    expect(renderQuestion(question, 'en').help).toBe('Art. 49(3) GDPR closes three derogations to it.');
  });

  it('has no help where the question has none', () => {
    expect(Object.keys(renderQuestion(withoutHelp, 'en'))).toEqual(['id', 'text', 'choices', 'cites']);
  });

  it("an open question of a verdict also names its questionnaire and the case's field that would answer it", () => {
    const open: EngineOpenQuestion = { machine: 'mechanism', question, field: 'flows[0].publicPowers' };
    expect(renderOpenQuestion(open, 'en')).toEqual({
      machine: 'mechanism',
      id: 'publicPowers',
      question: 'Does the exporter act in the exercise of public powers?',
      help: 'Art. 49(3) GDPR closes three derogations to it.',
      choices: [
        { value: 'yes', label: 'Yes' },
        { value: 'no', label: 'No' },
      ],
      cites: ['GDPR Art. 49(3)'],
      field: 'flows[0].publicPowers',
    });
    const bare = renderOpenQuestion({ machine: 'mechanism', question: withoutHelp }, 'sv');
    expect(bare).not.toHaveProperty('help');
    expect(bare).not.toHaveProperty('field');
    expect(bare.question).toBe('Utövar exportören offentlig makt?');
  });
});

describe('a step of the reasoning in one language', () => {
  const step: EngineTrailEntry = {
    machine: 'mechanism',
    id: 'adequacy',
    question: {
      en: 'Does an adequacy decision cover the transfer?',
      sv: 'Omfattas överföringen av ett beslut?',
    },
    answer: { en: 'Yes', sv: 'Ja' },
    value: 'yes',
    cites: ['GDPR Art. 45'],
    by: 'parties[1].country',
    note: { en: 'Read from the Japan decision.', sv: 'Läst ur beslutet om Japan.' },
  };

  it("keeps who answered and what was read, in the verdict's trail", () => {
    expect(renderTrailEntry(step, 'sv')).toEqual({
      id: 'adequacy',
      machine: 'mechanism',
      question: 'Omfattas överföringen av ett beslut?',
      answer: 'Ja',
      value: 'yes',
      cites: ['GDPR Art. 45'],
      by: 'parties[1].country',
      note: 'Läst ur beslutet om Japan.',
    });
    const { by: _by, note: _note, ...bare } = step;
    expect(renderTrailEntry(bare, 'en')).toEqual({
      id: 'adequacy',
      machine: 'mechanism',
      question: 'Does an adequacy decision cover the transfer?',
      answer: 'Yes',
      value: 'yes',
      cites: ['GDPR Art. 45'],
    });
  });

  it("a questionnaire's own trail (the wizard's) has no machine tag, and says who answered only where known", () => {
    const { machine: _m, note: _n, ...plain } = step;
    const { by: _b, ...unsaid } = plain;
    const trail: TrailEntry[] = [plain, unsaid];
    expect(renderTrail(trail, 'en')).toEqual([
      {
        id: 'adequacy',
        question: 'Does an adequacy decision cover the transfer?',
        answer: 'Yes',
        value: 'yes',
        cites: ['GDPR Art. 45'],
        by: 'parties[1].country',
      },
      {
        id: 'adequacy',
        question: 'Does an adequacy decision cover the transfer?',
        answer: 'Yes',
        value: 'yes',
        cites: ['GDPR Art. 45'],
      },
    ]);
    expect(renderTrail(trail, 'sv')[0]?.answer).toBe('Ja');
  });
});

describe("a party's role as the answer names it", () => {
  it.each([
    ['controller', 'en'],
    ['controller', 'sv'],
    ['joint-controller', 'en'],
    ['joint-controller', 'sv'],
    ['processor', 'en'],
    ['processor', 'sv'],
    ['sub-processor', 'en'],
    ['sub-processor', 'sv'],
  ] as const)('%s (%s) is a label of its own', (role, lang) => {
    const label = partyRoleLabel(role, lang);
    expect(label.length).toBeGreaterThan(0);
    const others = (['controller', 'joint-controller', 'processor', 'sub-processor', 'data-subject'] as const)
      .filter((r) => r !== role)
      .map((r) => partyRoleLabel(r, lang));
    expect(others).not.toContain(label);
  });

  it('a data subject is "data subject" and "registrerad"', () => {
    expect(partyRoleLabel('data-subject', 'en')).toBe('data subject');
    expect(partyRoleLabel('data-subject', 'sv')).toBe('registrerad');
  });
});
