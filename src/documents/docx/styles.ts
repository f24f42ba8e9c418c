import { AlignmentType, BorderStyle, type IPropertiesOptions, LevelFormat } from 'docx';
import { numberingRefs, textWidth } from './layout.js';

/**
 * The Word styles every document uses. Real styles (Title, Heading 1–3, List Paragraph, Table Grid, Header,
 * Footer and a few of our own), so a lawyer who edits the draft keeps a consistent look.
 */

export const styleIds = {
  note: 'Note',
  tableText: 'TableText',
  tableGap: 'TableGap',
  signatureHeading: 'SignatureHeading',
  signatureLine: 'SignatureLine',
  signatureLabel: 'SignatureLabel',
  header: 'Header',
  footer: 'Footer',
  table: 'TableGrid',
} as const;

/** The fill of header cells. */
export const headerFill = 'DCE6F0';

const accent = '1F3864';
const grey = '595959';

const border = (side: string) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="A6A6A6"/>`;
const margin = (side: string, twips: number) => `<w:${side} w:w="${twips}" w:type="dxa"/>`;

/**
 * Word's "Table Grid": thin grey borders and cell margins. docx has no option for table styles, so it is
 * given as an external style sheet, which docx merges with its default styles. Header rows are shaded by
 * direct formatting rather than by the style's first-row formatting, which LibreOffice applies to every
 * table whatever its table look says.
 */
const tableGridStyles =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
  `<w:style w:type="table" w:styleId="${'TableGrid'}">` +
  '<w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="39"/>' +
  '<w:pPr><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>' +
  `<w:tblPr><w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(border).join('')}</w:tblBorders>` +
  `<w:tblCellMar>${margin('top', 57)}${margin('left', 108)}${margin('bottom', 57)}${margin('right', 108)}</w:tblCellMar></w:tblPr>` +
  '</w:style></w:styles>';

/** The `styles`, `numbering` and language settings of every document. */
export function documentSettings(
  lang: 'sv' | 'en',
): Pick<IPropertiesOptions, 'styles' | 'numbering' | 'externalStyles'> {
  const language = { value: lang === 'sv' ? 'sv-SE' : 'en-GB' };
  return {
    externalStyles: tableGridStyles,
    styles: {
      default: {
        document: {
          run: { font: 'Calibri', size: 22, language },
          paragraph: { spacing: { after: 120, line: 276 } },
        },
        title: {
          run: { font: 'Calibri', size: 32, bold: true, color: accent },
          paragraph: { spacing: { after: 240, line: 264 }, keepNext: true },
        },
        heading1: {
          run: { font: 'Calibri', size: 28, bold: true, color: accent },
          paragraph: { spacing: { before: 360, after: 120 }, keepNext: true, keepLines: true },
        },
        heading2: {
          run: { font: 'Calibri', size: 24, bold: true, color: accent },
          paragraph: { spacing: { before: 240, after: 80 }, keepNext: true, keepLines: true },
        },
        heading3: {
          run: { font: 'Calibri', size: 22, bold: true, italics: true, color: accent },
          paragraph: { spacing: { before: 200, after: 60 }, keepNext: true, keepLines: true },
        },
        listParagraph: { paragraph: { spacing: { after: 60 } } },
      },
      paragraphStyles: [
        {
          id: styleIds.note,
          name: 'Note',
          basedOn: 'Normal',
          next: 'Normal',
          quickFormat: true,
          run: { italics: true, color: grey, size: 20 },
          paragraph: {
            indent: { left: 284 },
            border: { left: { style: BorderStyle.SINGLE, size: 12, color: 'BFBFBF', space: 8 } },
          },
        },
        {
          id: styleIds.tableText,
          name: 'Table Text',
          basedOn: 'Normal',
          quickFormat: true,
          paragraph: { spacing: { before: 20, after: 20, line: 240 } },
        },
        {
          // The paragraph after a table: a little room before the text goes on, and two tables in a row
          // stay two tables in Word.
          id: styleIds.tableGap,
          name: 'Table Gap',
          basedOn: 'Normal',
          run: { size: 12 },
          paragraph: { spacing: { before: 0, after: 60, line: 240 } },
        },
        {
          id: styleIds.signatureHeading,
          name: 'Signature Heading',
          basedOn: 'Normal',
          run: { bold: true },
          paragraph: { keepNext: true, spacing: { before: 120, after: 0 } },
        },
        {
          id: styleIds.signatureLine,
          name: 'Signature Line',
          basedOn: 'Normal',
          paragraph: {
            keepNext: true,
            spacing: { before: 480, after: 0 },
            border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: '7F7F7F', space: 1 } },
          },
        },
        {
          id: styleIds.signatureLabel,
          name: 'Signature Label',
          basedOn: 'Normal',
          run: { size: 18, color: grey },
          paragraph: { keepNext: true, spacing: { before: 20, after: 0 } },
        },
        {
          id: styleIds.header,
          name: 'header',
          basedOn: 'Normal',
          run: { size: 18, color: grey },
          paragraph: { alignment: AlignmentType.RIGHT, spacing: { after: 0 } },
        },
        {
          id: styleIds.footer,
          name: 'footer',
          basedOn: 'Normal',
          run: { size: 18, color: grey },
          paragraph: { spacing: { after: 0 }, rightTabStop: textWidth },
        },
      ],
    },
    numbering: {
      config: [
        {
          reference: numberingRefs.bullets,
          levels: [
            {
              level: 0,
              format: LevelFormat.BULLET,
              text: '\u2022',
              alignment: AlignmentType.LEFT,
              style: { paragraph: { indent: { left: 567, hanging: 283 } } },
            },
            {
              level: 1,
              format: LevelFormat.BULLET,
              text: '\u2013',
              alignment: AlignmentType.LEFT,
              style: { paragraph: { indent: { left: 1134, hanging: 283 } } },
            },
          ],
        },
        {
          reference: numberingRefs.numbers,
          levels: [
            {
              level: 0,
              format: LevelFormat.DECIMAL,
              text: '%1.',
              alignment: AlignmentType.LEFT,
              style: { paragraph: { indent: { left: 567, hanging: 397 } } },
            },
            {
              level: 1,
              format: LevelFormat.LOWER_LETTER,
              text: '(%2)',
              alignment: AlignmentType.LEFT,
              style: { paragraph: { indent: { left: 1134, hanging: 397 } } },
            },
          ],
        },
      ],
    },
  };
}
