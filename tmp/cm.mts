import {
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  Document,
  Packer,
  Paragraph,
  TextRun,
} from 'docx';
import { strFromU8, unzipSync } from 'fflate';

const mk = (withC: boolean) =>
  new Document({
    ...(withC
      ? {
          comments: {
            children: [
              {
                id: 0,
                author: 'Tredjeland',
                initials: 'TL',
                date: new Date('2026-11-15T00:00:00Z'),
                children: [new Paragraph({ children: [new TextRun('note <x>')] })],
              },
            ],
          },
        }
      : {}),
    sections: [
      {
        children: [
          new Paragraph({
            children: withC
              ? [
                  new CommentRangeStart(0),
                  new TextRun('Hello'),
                  new CommentRangeEnd(0),
                  new TextRun({ children: [new CommentReference(0)] }),
                ]
              : [new TextRun('Hello')],
          }),
        ],
      },
    ],
  });
for (const w of [false, true]) {
  const f = unzipSync(await Packer.pack(mk(w), 'uint8array'));
  console.log('---', w, Object.keys(f).join(' '));
  if (w) {
    console.log(strFromU8(f['word/comments.xml']!).slice(-600));
    const d = strFromU8(f['word/document.xml']!);
    console.log(d.slice(d.indexOf('<w:body>'), d.indexOf('<w:sectPr')));
    console.log(
      strFromU8(f['[Content_Types].xml']!).length,
      strFromU8(f['word/_rels/document.xml.rels']!).slice(-300),
    );
  }
}
