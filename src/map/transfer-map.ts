/**
 * The transfer map: a picture of one case as SVG. EU/EEA on the left, third countries (and international
 * organisations) on the right, parties grouped by country, flows as arrows. Each footing has its own
 * colour AND its own line pattern AND a written label on the arrow, so the picture reads printed in black
 * and white and by someone who cannot tell the colours apart. The SVG carries a title and a description
 * that say everything the picture shows (its text alternative).
 *
 * Pure: the caller passes the places already resolved (name, side) and the verdicts; no data, no HTTP.
 * Only presentation attributes, no `style` attributes, so the markup can be inlined under a strict CSP.
 */

export type Lang = 'sv' | 'en';
export type Side = 'eea' | 'third';

/** The footing an arrow shows, derived from the verdict (see `footingOf`). */
export type Footing = 'adequacy' | 'scc' | 'derogation' | 'onward' | 'none' | 'unresolved' | 'not-a-transfer';

export interface MapParty {
  id: string;
  name: string;
  /** Country code, or undefined for an international organisation. */
  country?: string;
}

export interface MapPlace {
  name: string;
  side: Side;
}

export interface MapFlow {
  id: string;
  from: string;
  to: string;
  kind: 'not-a-transfer' | 'transfer' | 'onward-transfer' | 'undetermined';
  mechanism: 'none' | 'adequacy' | 'scc' | 'unresolved';
  sccModule?: number;
  derogations?: readonly string[];
  /** For an onward transfer: the flows it continues. */
  originatingFlows?: readonly string[];
}

export interface TransferMapInput {
  lang: Lang;
  title?: string;
  parties: readonly MapParty[];
  flows: readonly MapFlow[];
  /** Where a country code lies; undefined code = international organisation (drawn with third countries). */
  place: (code: string | undefined) => MapPlace;
}

interface FootingStyle {
  colour: string;
  /** stroke-dasharray; '' for a solid line. */
  dash: string;
  width: number;
  label: Record<Lang, string>;
}

/** Colours from the Okabe–Ito palette, darkened to reach 4.5:1 against white for the labels. */
export const footingStyles: Record<Footing, FootingStyle> = {
  adequacy: {
    colour: '#00704f',
    dash: '',
    width: 3,
    label: { sv: 'Adekvat skyddsnivå (art. 45)', en: 'Adequacy (Art. 45)' },
  },
  scc: {
    colour: '#005a8c',
    dash: '12 5',
    width: 3,
    label: { sv: 'Standardavtalsklausuler (SCC)', en: 'Standard contractual clauses (SCC)' },
  },
  derogation: {
    colour: '#a34400',
    dash: '2 5',
    width: 3.5,
    label: { sv: 'Undantag (art. 49)', en: 'Derogation (Art. 49)' },
  },
  onward: {
    colour: '#6a3d9a',
    dash: '12 4 2 4',
    width: 3,
    label: { sv: 'Vidareöverföring', en: 'Onward transfer' },
  },
  none: {
    colour: '#b0002a',
    dash: '6 3 6 3 1 3',
    width: 3.5,
    label: { sv: 'Ingen grund funnen', en: 'No footing found' },
  },
  unresolved: {
    colour: '#5c5c5c',
    dash: '4 4',
    width: 2.5,
    label: { sv: 'Oavgjord: uppgift saknas', en: 'Unresolved: a fact is missing' },
  },
  'not-a-transfer': {
    colour: '#6b6b6b',
    dash: '',
    width: 1.5,
    label: { sv: 'Ingen överföring', en: 'Not a transfer' },
  },
};

export const words = {
  eea: { sv: 'EU/EES', en: 'EU/EEA' },
  third: { sv: 'Utanför EU/EES', en: 'Outside the EU/EEA' },
  thirdShort: { sv: 'tredjeland', en: 'third country' },
  legend: { sv: 'Teckenförklaring', en: 'Legend' },
  title: { sv: 'Karta över överföringarna', en: 'Map of the transfers' },
  flow: { sv: 'Flöde', en: 'Flow' },
  module: { sv: 'modul', en: 'module' },
  after: { sv: 'efter', en: 'after' },
  noFlows: { sv: 'Inga flöden.', en: 'No flows.' },
} as const;

/** The footing an arrow shows for a verdict. */
export function footingOf(flow: MapFlow): Footing {
  if (flow.kind === 'not-a-transfer') return 'not-a-transfer';
  if (flow.kind === 'onward-transfer') return 'onward';
  if (flow.mechanism === 'adequacy') return 'adequacy';
  if (flow.mechanism === 'scc') return 'scc';
  if (flow.mechanism === 'unresolved' || flow.kind === 'undetermined') return 'unresolved';
  return (flow.derogations?.length ?? 0) > 0 ? 'derogation' : 'none';
}

/** The label written on an arrow: the flow id and its footing, with the SCC module or the flows it follows. */
export function flowLabel(flow: MapFlow, lang: Lang): string {
  const footing = footingOf(flow);
  let text = footingStyles[footing].label[lang];
  if (footing === 'scc' && flow.sccModule) text = `SCC ${words.module[lang]} ${flow.sccModule}`;
  if (footing === 'onward' && flow.originatingFlows?.length) {
    text += ` (${words.after[lang]} ${flow.originatingFlows.join(', ')})`;
  }
  return `${flow.id}: ${text}`;
}

const escapeXml = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] ?? c,
  );

/** Cut a name to what fits in a node; the full name stays in the node's <title>. */
export function clip(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

interface Node {
  party: MapParty;
  x: number;
  y: number;
  side: Side;
}

const nodeW = 230;
const nodeH = 40;
const colX: Record<Side, number> = { eea: 20, third: 520 };
const colW = 270;
const top = 90;

/** The SVG of the case's transfer map. */
export function transferMapSvg(input: TransferMapInput): string {
  const { lang } = input;
  const nodes = new Map<string, Node>();
  const groups: { side: Side; name: string; y: number; h: number }[] = [];
  const nextY: Record<Side, number> = { eea: top, third: top };
  for (const side of ['eea', 'third'] as const) {
    for (const { name, members } of groupsOf(input, side)) {
      const y = nextY[side];
      members.forEach((party, i) => {
        nodes.set(party.id, { party, side, x: colX[side] + 20, y: y + 30 + i * (nodeH + 12) });
      });
      const h = 30 + members.length * (nodeH + 12) + 6;
      groups.push({ side, name, y, h });
      nextY[side] = y + h + 18;
    }
  }

  const flows = input.flows.filter((f) => nodes.has(f.from) && nodes.has(f.to));
  const usedFootings = [...new Set(flows.map(footingOf))];
  const legendY = Math.max(nextY.eea, nextY.third) + 10;
  const legendRows = Math.ceil(usedFootings.length / 2);
  const height = legendY + 40 + legendRows * 26 + 10;
  const width = 1080;
  const title = input.title ?? words.title[lang];

  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="tm-title tm-desc" font-family="Liberation Sans, Arial, Helvetica, sans-serif" font-size="14">`,
    `<title id="tm-title">${escapeXml(title)}</title>`,
    `<desc id="tm-desc">${escapeXml(describe(input, flows))}</desc>`,
    '<defs>',
  );
  for (const footing of usedFootings) {
    const s = footingStyles[footing];
    out.push(
      `<marker id="tm-arrow-${footing}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="${s.colour}"/></marker>`,
    );
  }
  out.push('</defs>', `<rect x="0" y="0" width="${width}" height="${height}" fill="#ffffff"/>`);

  // The two sides, each with a heading; a vertical rule marks the border of the EU/EEA.
  for (const side of ['eea', 'third'] as const) {
    const heading = side === 'eea' ? words.eea[lang] : words.third[lang];
    out.push(
      `<text x="${colX[side]}" y="40" font-size="17" font-weight="bold" fill="#1a1a1a">${escapeXml(heading)}</text>`,
    );
  }
  const rule = (colX.eea + colW + colX.third) / 2;
  out.push(
    `<line x1="${rule}" y1="20" x2="${rule}" y2="${legendY - 10}" stroke="#1a1a1a" stroke-width="1" stroke-dasharray="1 4"/>`,
  );

  for (const g of groups) {
    out.push(
      `<g><rect x="${colX[g.side]}" y="${g.y}" width="${colW}" height="${g.h}" rx="6" fill="${g.side === 'eea' ? '#eef3fb' : '#fbf3e8'}" stroke="#4d4d4d" stroke-width="1"/>`,
      `<text x="${colX[g.side] + 10}" y="${g.y + 20}" font-weight="bold" fill="#1a1a1a">${escapeXml(clip(g.name, 32))}</text></g>`,
    );
  }

  // Arrows under the nodes' labels, labels on top; same-side flows bow outwards so they stay apart.
  const labels: string[] = [];
  const sameSideCount: Record<Side, number> = { eea: 0, third: 0 };
  flows.forEach((flow) => {
    const a = nodes.get(flow.from) as Node;
    const b = nodes.get(flow.to) as Node;
    const footing = footingOf(flow);
    const s = footingStyles[footing];
    let path: string;
    let lx: number;
    let ly: number;
    if (a.side !== b.side) {
      const leftToRight = a.side === 'eea';
      const x1 = leftToRight ? a.x + nodeW : a.x;
      const x2 = leftToRight ? b.x : b.x + nodeW;
      const y1 = a.y + nodeH / 2;
      const y2 = b.y + nodeH / 2;
      path = `M${x1},${y1} L${x2},${y2}`;
      lx = (x1 + x2) / 2;
      ly = (y1 + y2) / 2;
    } else {
      const n = ++sameSideCount[a.side];
      const outward = a.side === 'eea' ? -1 : 1;
      const edge = a.side === 'eea' ? a.x : a.x + nodeW;
      const bow = edge + outward * (30 + 14 * n);
      const y1 = a.y + nodeH / 2;
      const y2 = b.y + nodeH / 2;
      path = `M${edge},${y1} C${bow},${y1} ${bow},${y2} ${edge},${y2}`;
      // The label sits beyond the bow: left of it for the EU/EEA side, right of it for the other.
      lx = bow + outward * 8;
      ly = (y1 + y2) / 2;
    }
    out.push(
      `<path d="${path}" fill="none" stroke="${s.colour}" stroke-width="${s.width}"${s.dash ? ` stroke-dasharray="${s.dash}"` : ''} marker-end="url(#tm-arrow-${footing})"><title>${escapeXml(flowSentence(flow, input))}</title></path>`,
    );
    const text = clip(flowLabel(flow, lang), 34);
    const w = [...text].length * 7 + 12;
    const x = a.side !== b.side ? lx - w / 2 : a.side === 'third' ? lx : Math.max(2, lx - w);
    labels.push(
      `<g><rect x="${x}" y="${ly - 11}" width="${w}" height="20" rx="3" fill="#ffffff" stroke="${s.colour}" stroke-width="1"/>`,
      `<text x="${x + 6}" y="${ly + 4}" font-size="12" fill="#1a1a1a">${escapeXml(text)}</text></g>`,
    );
  });

  for (const node of nodes.values()) {
    out.push(
      `<g><title>${escapeXml(node.party.name)}</title><rect x="${node.x}" y="${node.y}" width="${nodeW}" height="${nodeH}" rx="4" fill="#ffffff" stroke="#1a1a1a" stroke-width="1.5"/>`,
      `<text x="${node.x + 10}" y="${node.y + 25}" fill="#1a1a1a">${escapeXml(clip(node.party.name, 28))}</text></g>`,
    );
  }
  out.push(...labels);

  // Legend: a sample of each line used, with its words.
  out.push(
    `<text x="30" y="${legendY + 16}" font-weight="bold" fill="#1a1a1a">${escapeXml(words.legend[lang])}</text>`,
  );
  usedFootings.forEach((footing, i) => {
    const s = footingStyles[footing];
    const x = 30 + (i % 2) * 480;
    const y = legendY + 40 + Math.floor(i / 2) * 26;
    out.push(
      `<line x1="${x}" y1="${y}" x2="${x + 60}" y2="${y}" stroke="${s.colour}" stroke-width="${s.width}"${s.dash ? ` stroke-dasharray="${s.dash}"` : ''} marker-end="url(#tm-arrow-${footing})"/>`,
      `<text x="${x + 74}" y="${y + 5}" fill="#1a1a1a">${escapeXml(s.label[lang])}</text>`,
    );
  });
  if (flows.length === 0) {
    out.push(`<text x="30" y="${legendY + 40}" fill="#1a1a1a">${escapeXml(words.noFlows[lang])}</text>`);
  }
  out.push('</svg>');
  return out.join('\n');
}

function partyWithPlace(id: string, input: TransferMapInput): string {
  const party = input.parties.find((p) => p.id === id);
  if (!party) return id;
  const place = input.place(party.country);
  const side = place.side === 'eea' ? words.eea[input.lang] : words.thirdShort[input.lang];
  return `${party.name} (${place.name}, ${side})`;
}

function flowSentence(flow: MapFlow, input: TransferMapInput): string {
  return `${words.flow[input.lang]} ${flowLabel(flow, input.lang)}. ${partyWithPlace(flow.from, input)} → ${partyWithPlace(flow.to, input)}.`;
}

/** The flows the map can draw: both ends are parties of the case. */
export function drawnFlows(input: TransferMapInput): MapFlow[] {
  const ids = new Set(input.parties.map((p) => p.id));
  return input.flows.filter((f) => ids.has(f.from) && ids.has(f.to));
}

/** The parties of one side of the map, grouped by place, places in order of first appearance. */
export function groupsOf(input: TransferMapInput, side: Side): { name: string; members: MapParty[] }[] {
  const byPlace = new Map<string, MapParty[]>();
  for (const party of input.parties) {
    const place = input.place(party.country);
    if (place.side !== side) continue;
    const list = byPlace.get(place.name) ?? [];
    list.push(party);
    byPlace.set(place.name, list);
  }
  return [...byPlace].map(([name, members]) => ({ name, members }));
}

/** The text alternative: every flow in words, in the order of the case. */
export function describeMap(input: TransferMapInput): string {
  return describe(input, drawnFlows(input));
}

function describe(input: TransferMapInput, flows: readonly MapFlow[]): string {
  if (flows.length === 0) return words.noFlows[input.lang];
  return flows.map((f) => flowSentence(f, input)).join(' ');
}
