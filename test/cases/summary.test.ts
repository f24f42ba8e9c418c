import { describe, expect, it } from 'vitest';
import { flowSummary, summariseCase } from '../../src/cases/summary.js';
import { assessmentCase } from '../../src/domain/case.js';
import { assessCase } from '../../src/engine/assess.js';
import { sampleCase } from '../register/suite.js';

describe('the register summary of a case', () => {
  it('read off the grouped assessment, equals the summary of each flow assessed in full', () => {
    const sent = sampleCase('summary');
    // Like flows (grouped by the engine) beside different ones.
    sent.flows.push({ ...sent.flows[0]!, id: 'us-2' }, { ...sent.flows[2]!, id: 'in-2' });
    const input = assessmentCase.parse(sent);
    const summary = summariseCase(input, '2026-11-01');
    expect(summary.flows).toEqual(assessCase(input, '2026-11-01').flows.map(flowSummary));
    expect(summary.flows.map((f) => f.id)).toEqual(['us', 'gb', 'in', 'us-2', 'in-2']);
    expect(summary.due.filter((d) => d.reason === 'adequacy-end').map((d) => d.flowId)).toEqual(['gb']);
  });
});
