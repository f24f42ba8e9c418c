import type { Party, Warning } from '../domain/case.js';

/**
 * What the engine knows about a US importer's Data Privacy Framework status, and how it knows it.
 * - `explicit`: the user read the facts off the official list and sent them;
 * - `matched`: one confident match in the imported participant list;
 * - `uncertain`: several or weak matches: no adequacy may be assumed;
 * - `not-found`: no facts and no match.
 */
export interface DpfResolution {
  status: 'explicit' | 'matched' | 'uncertain' | 'not-found';
  facts?: { active: boolean; hrData: boolean; nonHrData: boolean };
  entry?: { id: string; name: string; url?: string; listDate: string; sample: boolean };
  warnings: Warning[];
  /** The official participant search for this organisation's name. */
  searchUrl: string;
}

export function officialSearchUrl(name: string): string {
  return `https://www.dataprivacyframework.gov/list?q=${encodeURIComponent(name)}`;
}

/** Explicit facts first; the participant-list lookup is added by the DPF module. */
export function resolveDpf(party: Pick<Party, 'name' | 'dpf'>, _asOf: string): DpfResolution {
  const searchUrl = officialSearchUrl(party.name);
  if (party.dpf) return { status: 'explicit', facts: party.dpf, warnings: [], searchUrl };
  return { status: 'not-found', warnings: [], searchUrl };
}
