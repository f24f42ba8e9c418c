import {
  clip,
  describeMap,
  drawnFlows,
  type Footing,
  footingOf,
  footingStyles,
  groupsOf,
  type Side,
  type TransferMapInput,
  words,
} from './transfer-map.js';

/**
 * The transfer map as a drawing a document can hold: boxes and lines in pixels (96 a inch), laid out for
 * the width of an A4 page's text. The memo carries it as a DrawingML group (Word and LibreOffice both draw
 * it, and it stays vector when printed); the document code turns these primitives into XML and knows
 * nothing of maps.
 *
 * The same map as the SVG (transfer-map.ts): EU/EEA left, outside right, parties grouped by place, one arrow
 * per flow with its footing's colour AND line pattern. A page is narrower than a screen, so each arrow
 * carries the flow's id, and the legend and the text beside the picture say the rest: the picture reads in
 * black and white, and the text alternative (`description`) says everything it shows.
 */

/** DrawingML's preset dash patterns, as docx names them. */
export type DrawingDash = 'solid' | 'dash' | 'longDash' | 'dot' | 'shortDot' | 'dashDot' | 'shortDashDotDot';

export interface DrawingText {
  text: string;
  bold?: boolean;
  /** Font size in half-points (docx's unit). */
  size: number;
  centred?: boolean;
}

export interface DrawingBox {
  kind: 'box';
  x: number;
  y: number;
  w: number;
  h: number;
  /** Fill colour (hex, no '#'). */
  fill: string;
  /** Outline colour (text on the ground has an outline of the ground's colour). */
  line: string;
  /** Outline width in points. */
  lineWidth: number;
  text?: DrawingText;
  /** Where the text sits between the box's top and bottom. */
  anchor?: 'top' | 'center';
}

export interface DrawingLine {
  kind: 'line';
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  colour: string;
  /** Width in points. */
  width: number;
  dash: DrawingDash;
  arrow: boolean;
}

export interface Drawing {
  width: number;
  height: number;
  /** Short name and the text alternative (Word's alt text; also printed beside the picture). */
  title: string;
  description: string;
  items: (DrawingBox | DrawingLine)[];
}

/** Each footing's pattern in DrawingML: as distinct from one another as the SVG's. */
// Patterns short enough to show on a short arrow and on the legend's sample (a long dash-dot looks solid).
const dashes: Record<Footing, DrawingDash> = {
  adequacy: 'solid',
  scc: 'dash',
  derogation: 'dot',
  onward: 'dashDot',
  none: 'shortDashDotDot',
  unresolved: 'longDash',
  'not-a-transfer': 'solid',
};

const hex = (colour: string) => colour.replace('#', '').toUpperCase();

const width = 600;
// Room on both sides for the bows of flows within one side and their labels (an id of 8 characters is 58
// wide); arrowheads stay inside the frame (so the frame alone sets the picture's extent in Word).
const colX: Record<Side, number> = { eea: 64, third: 336 };
const colW = 200;
const nodeW = 180;
const nodeH = 28;
const nodeGap = 10;
const top = 32;

/** The map of a case as a drawing for a document page. */
export function transferMapDrawing(input: TransferMapInput): Drawing {
  const { lang } = input;
  const items: (DrawingBox | DrawingLine)[] = [];
  const nodes = new Map<string, { x: number; y: number; side: Side }>();
  const boxes: DrawingBox[] = [];
  const nextY: Record<Side, number> = { eea: top, third: top };
  for (const side of ['eea', 'third'] as const) {
    for (const { name, members } of groupsOf(input, side)) {
      const y = nextY[side];
      const h = 22 + members.length * (nodeH + nodeGap) + 2;
      boxes.push({
        kind: 'box',
        x: colX[side],
        y,
        w: colW,
        h,
        fill: side === 'eea' ? 'EEF3FB' : 'FBF3E8',
        line: '4D4D4D',
        lineWidth: 0.75,
        text: { text: clip(name, 30), bold: true, size: 18 },
        anchor: 'top',
      });
      members.forEach((party, i) => {
        const node = { x: colX[side] + 10, y: y + 22 + i * (nodeH + nodeGap), side };
        nodes.set(party.id, node);
      });
      nextY[side] = y + h + 12;
    }
  }
  const flows = drawnFlows(input);
  const used = [...new Set(flows.map(footingOf))];
  const legendY = Math.max(nextY.eea, nextY.third) + 4;
  // The legend's rows, or the one line that says there are no flows.
  const height = legendY + 24 + Math.max(1, Math.ceil(used.length / 2)) * 20 + 8;

  // The frame: white, and as big as the drawing, so the picture has the same size in every application.
  items.push({
    kind: 'box',
    x: 0,
    y: 0,
    w: width,
    h: height,
    fill: 'FFFFFF',
    line: '4D4D4D',
    lineWidth: 0.75,
  });
  for (const side of ['eea', 'third'] as const) {
    items.push(
      textBox(colX[side], 4, colW, 24, side === 'eea' ? words.eea[lang] : words.third[lang], 20, true),
    );
  }
  const rule = (colX.eea + colW + colX.third) / 2;
  items.push({
    kind: 'line',
    x1: rule,
    y1: 6,
    x2: rule,
    y2: legendY - 6,
    colour: '1A1A1A',
    width: 0.75,
    dash: 'shortDot',
    arrow: false,
  });
  items.push(...boxes);

  const labels: DrawingBox[] = [];
  const bows: Record<Side, number> = { eea: 0, third: 0 };
  for (const flow of flows) {
    const a = nodes.get(flow.from)!;
    const b = nodes.get(flow.to)!;
    const footing = footingOf(flow);
    const style = footingStyles[footing];
    const line = (x1: number, y1: number, x2: number, y2: number, arrow: boolean): DrawingLine => ({
      kind: 'line',
      x1,
      y1,
      x2,
      y2,
      colour: hex(style.colour),
      width: style.width * 0.75,
      dash: dashes[footing],
      arrow,
    });
    const y1 = a.y + nodeH / 2;
    const y2 = b.y + nodeH / 2;
    let lx: number;
    let ly: number;
    let outside: Side | undefined;
    if (a.side !== b.side) {
      const x1 = a.side === 'eea' ? a.x + nodeW : a.x;
      const x2 = a.side === 'eea' ? b.x : b.x + nodeW;
      items.push(line(x1, y1, x2, y2, true));
      lx = (x1 + x2) / 2;
      ly = (y1 + y2) / 2;
    } else {
      // A flow within one side bows outwards, beyond the column, out and back again.
      const n = ++bows[a.side];
      const edge = a.side === 'eea' ? a.x : a.x + nodeW;
      const bow =
        a.side === 'eea' ? Math.max(10, colX.eea - 8 * n) : Math.min(width - 10, colX.third + colW + 8 * n);
      items.push(
        line(edge, y1, bow, y1, false),
        line(bow, y1, bow, y2, false),
        line(bow, y2, edge, y2, true),
      );
      lx = bow;
      ly = (y1 + y2) / 2;
      outside = a.side;
    }
    const text = clip(flow.id, 8);
    const w = 10 + 6 * [...text].length;
    // A bow's label sits on the bow in the margin, clear of the parties' boxes.
    const x =
      outside === 'eea'
        ? Math.max(2, colX.eea - 4 - w)
        : outside === 'third'
          ? Math.min(width - w - 2, colX.third + colW + 4)
          : Math.min(width - w - 2, Math.max(2, lx - w / 2));
    labels.push({
      kind: 'box',
      x,
      y: ly - 8,
      w,
      h: 16,
      fill: 'FFFFFF',
      line: hex(style.colour),
      lineWidth: 0.75,
      text: { text, size: 14, bold: true, centred: true },
      anchor: 'center',
    });
  }
  for (const [id, node] of nodes) {
    const party = input.parties.find((p) => p.id === id)!;
    items.push({
      kind: 'box',
      x: node.x,
      y: node.y,
      w: nodeW,
      h: nodeH,
      fill: 'FFFFFF',
      line: '1A1A1A',
      lineWidth: 1,
      text: { text: clip(party.name.replace(/\s+/g, ' '), 32), size: 16 },
      anchor: 'center',
    });
  }
  items.push(...labels);

  items.push(textBox(30, legendY, 300, 20, words.legend[lang], 18, true));
  used.forEach((footing, i) => {
    const style = footingStyles[footing];
    const x = 30 + (i % 2) * 280;
    const y = legendY + 24 + Math.floor(i / 2) * 20;
    items.push(
      {
        kind: 'line',
        x1: x,
        y1: y + 8,
        x2: x + 60,
        y2: y + 8,
        colour: hex(style.colour),
        width: style.width * 0.75,
        dash: dashes[footing],
        arrow: true,
      },
      textBox(x + 68, y, 200, 18, style.label[lang], 16, false),
    );
  });
  if (flows.length === 0) items.push(textBox(30, legendY + 24, 300, 18, words.noFlows[lang], 16, false));

  return { width, height, title: words.title[lang], description: describeMap(input), items };
}

/** Text on the white ground: a box whose outline is the ground's colour. */
function textBox(
  x: number,
  y: number,
  w: number,
  h: number,
  text: string,
  size: number,
  bold: boolean,
): DrawingBox {
  return {
    kind: 'box',
    x,
    y,
    w,
    h,
    fill: 'FFFFFF',
    line: 'FFFFFF',
    lineWidth: 0.75,
    text: { text, size, ...(bold ? { bold: true } : {}) },
    anchor: 'top',
  };
}

/** A line as DrawingML places it: the box it spans, and which way it runs across that box. */
export function lineBox(line: DrawingLine) {
  return {
    x: Math.min(line.x1, line.x2),
    y: Math.min(line.y1, line.y2),
    w: Math.abs(line.x2 - line.x1),
    h: Math.abs(line.y2 - line.y1),
    flipH: line.x2 < line.x1,
    flipV: line.y2 < line.y1,
  };
}

/** A shape's name (Word's selection pane, screen readers): a box's text, else what it is. */
export function shapeName(item: DrawingBox | DrawingLine): string {
  return item.kind === 'line' ? (item.arrow ? 'Arrow' : 'Line') : (item.text?.text ?? 'Frame');
}

/** Every text the drawing shows, for tests that read a document back. */
export function drawingTexts(drawing: Drawing): string[] {
  return drawing.items.flatMap((item) => (item.kind === 'box' && item.text ? [item.text.text] : []));
}
