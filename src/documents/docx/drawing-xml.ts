import { type Drawing, type DrawingBox, type DrawingLine, lineBox, shapeName } from '../../map/drawing.js';
import { escapeXml } from './core.js';

/**
 * A drawing as the XML docx writes for it (stock.ts's `drawingOf`, docx's ShapeGroupRun): one inline
 * DrawingML group of rectangles and lines. Written here, not learnt, because every shape differs by numbers
 * only; test/documents/drawing.test.ts holds it to docx's own output byte for byte (shape ids aside: docx
 * takes them from a counter of the whole process, this numbers them from 2 in each document).
 *
 * The frame (the drawing's first box) is its largest and outermost shape, and nothing reaches past it, so
 * it alone sets the picture's extent and the room its outline needs (`wp:effectExtent`).
 */

const EMU_PER_PIXEL = 9525;
const EMU_PER_POINT = 12700;
const px = (value: number) => Math.round(value * EMU_PER_PIXEL);
const pt = (value: number) => Math.round(value * EMU_PER_POINT);

/** DrawingML's names of the preset dashes docx takes by its own names. */
const dashNames: Record<DrawingLine['dash'], string> = {
  solid: 'solid',
  dash: 'dash',
  longDash: 'lgDash',
  dot: 'dot',
  shortDot: 'sysDot',
  dashDot: 'dashDot',
  shortDashDotDot: 'sysDashDotDot',
};

/** Box text margins in points: the same as stock.ts's `drawingTextMargins`. */
const margins = { top: 0, right: 2, bottom: 0, left: 2 };

const xfrm = (x: number, y: number, w: number, h: number, flip = '') =>
  `<a:xfrm${flip}><a:off x="${px(x)}" y="${px(y)}"/><a:ext cx="${px(w)}" cy="${px(h)}"/></a:xfrm>`;

const solid = (colour: string) => `<a:solidFill><a:srgbClr val="${colour}"/></a:solidFill>`;

function boxXml(box: DrawingBox, id: number): string {
  let xml =
    `<wps:wsp><wps:cNvPr id="${id}" name="${escapeXml(shapeName(box))}"/><wps:cNvSpPr/><wps:spPr>` +
    xfrm(box.x, box.y, box.w, box.h) +
    '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom>' +
    solid(box.fill) +
    `<a:ln w="${pt(box.lineWidth)}">${solid(box.line)}</a:ln></wps:spPr>`;
  if (!box.text) return `${xml}<wps:bodyPr/></wps:wsp>`;
  const { text, bold, size, centred } = box.text;
  xml +=
    '<wps:txbx><w:txbxContent><w:p><w:pPr><w:spacing w:after="0" w:before="0" w:line="240"/>' +
    (centred ? '<w:jc w:val="center"/>' : '') +
    '</w:pPr><w:r><w:rPr>' +
    (bold ? '<w:b/><w:bCs/>' : '') +
    `<w:sz w:val="${size}"/><w:szCs w:val="${size}"/></w:rPr>` +
    `<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p></w:txbxContent></wps:txbx>` +
    `<wps:bodyPr lIns="${pt(margins.left)}" tIns="${pt(margins.top)}" rIns="${pt(margins.right)}" bIns="${pt(margins.bottom)}" anchor="${box.anchor === 'top' ? 't' : 'ctr'}"/></wps:wsp>`;
  return xml;
}

function lineXml(line: DrawingLine, id: number): string {
  const box = lineBox(line);
  const flip = box.flipH || box.flipV ? ` flipV="${box.flipV}" flipH="${box.flipH}"` : '';
  return (
    `<wps:wsp><wps:cNvPr id="${id}" name="${shapeName(line)}"/><wps:cNvCnPr/><wps:spPr>` +
    xfrm(box.x, box.y, box.w, box.h, flip) +
    '<a:prstGeom prst="line"><a:avLst/></a:prstGeom><a:noFill/>' +
    `<a:ln w="${pt(line.width)}">${solid(line.colour)}<a:prstDash val="${dashNames[line.dash]}"/>` +
    (line.arrow ? '<a:tailEnd type="triangle"/>' : '') +
    '</a:ln></wps:spPr><wps:bodyPr/></wps:wsp>'
  );
}

/** The paragraph holding the drawing. */
export function drawingXml(drawing: Drawing): string {
  const cx = px(drawing.width);
  const cy = px(drawing.height);
  const frame = drawing.items[0];
  const reach = frame?.kind === 'box' ? Math.ceil(pt(frame.lineWidth) / 2) : 0;
  const title = escapeXml(drawing.title);
  let shapes = '';
  drawing.items.forEach((item, i) => {
    shapes += item.kind === 'box' ? boxXml(item, i + 2) : lineXml(item, i + 2);
  });
  return (
    // Single line spacing of its own (stock.ts's drawingOf says why).
    '<w:p><w:pPr><w:spacing w:after="120" w:before="120" w:line="240" w:lineRule="auto"/></w:pPr>' +
    '<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0">' +
    `<wp:extent cx="${cx}" cy="${cy}"/><wp:effectExtent t="${reach}" r="${reach}" b="${reach}" l="${reach}"/>` +
    `<wp:docPr id="1" name="${title}" descr="${escapeXml(drawing.description)}" title="${title}"/>` +
    '<wp:cNvGraphicFramePr><a:graphicFrameLocks xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" noChangeAspect="1"/></wp:cNvGraphicFramePr>' +
    '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup">' +
    `<wpg:wgp><wpg:cNvGrpSpPr/><wpg:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${cx}" cy="${cy}"/><a:chOff x="0" y="0"/><a:chExt cx="${cx}" cy="${cy}"/></a:xfrm></wpg:grpSpPr>` +
    shapes +
    '</wpg:wgp></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>'
  );
}
