/** core/documents/copy.ts: what a template's copy leaves out is counted, so the summary can say so. */
import { type ApiDocument, leftOutObjects } from "../../../src/core/documents/copy";

const text = (content: string) => ({ textRun: { content } });
const image = { inlineObjectElement: { inlineObjectId: "kix.logo" } };
const para = (...elements: object[]) => ({ paragraph: { elements } });

test("leftOutObjects: images and other objects in the body, its tables, the header and the footer; text and page breaks are kept", () => {
  const doc = {
    body: {
      content: [
        { sectionBreak: {} },
        para(text("Rapport {{netwerknaam}}\n")),
        para(image, text("\n")),
        para({ pageBreak: {} }, text("\n")),
        para(text("Zie noot"), { footnoteReference: { footnoteId: "f1" } }, text("\n")),
        {
          table: {
            tableRows: [
              { tableCells: [{ content: [para(image, text("logo\n"))] }, { content: [para(text("x\n"))] }] },
            ],
          },
        },
      ],
    },
    headers: { h1: { content: [para(image, { horizontalRule: {} }, text("\n"))] } },
    footers: { f1: { content: [para(text("Pagina\n"))] } },
    documentStyle: { defaultHeaderId: "h1", defaultFooterId: "f1" },
  } as unknown as ApiDocument;
  // Body: an image, a footnote reference, an image in a table cell; header: an image and a rule.
  expect(leftOutObjects(doc)).toBe(5);
  expect(
    leftOutObjects({ body: { content: [para(text("alleen tekst\n"))] } } as unknown as ApiDocument),
  ).toBe(0);
});
