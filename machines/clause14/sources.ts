/** The sources the Clause 14 questions and conclusions cite most. */

export const edpb = 'EDPB Recommendations 01/2020 (v2.0)';
export const scc = 'Decision (EU) 2021/914, Annex';
export const cnil = 'CNIL, guide to transfer impact assessments (January 2025)';
