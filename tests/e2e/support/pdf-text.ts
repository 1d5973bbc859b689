// The text of a PDF (such as one made by page.pdf()), line by line, read with Mozilla's pdf.js.

/** Every text line of every page, in order, with runs of white space made single spaces. */
export async function pdfLines(pdf: Buffer): Promise<string[]> {
  return (await pdfPages(pdf)).flat();
}

/** The text lines of each page, as `pdfLines` reads them. */
export async function pdfPages(pdf: Buffer): Promise<string[][]> {
  const { getDocument, VerbosityLevel } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const document = await getDocument({ data: new Uint8Array(pdf), verbosity: VerbosityLevel.ERRORS }).promise;
  const pages: string[][] = [];
  for (let number = 1; number <= document.numPages; number++) {
    let text = '';
    const page = await document.getPage(number);
    for (const item of (await page.getTextContent()).items) {
      if ('str' in item) {
        text += item.str + (item.hasEOL ? '\n' : '');
      }
    }
    pages.push(
      text
        .split('\n')
        .map((line) => line.replace(/\s+/g, ' ').trim())
        .filter((line) => line !== ''),
    );
  }
  await document.destroy();
  return pages;
}
