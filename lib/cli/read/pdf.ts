/** PDF → the text of each page, from its text layer (unpdf: PDF.js packaged for servers, pure JS). */

/** The text of each page; empty strings for pages with no text layer (scanned images). */
export async function pdfPages(bytes: Uint8Array): Promise<string[]> {
  const { extractText, getDocumentProxy } = await import('unpdf');
  // verbosity 0: PDF.js would otherwise print font warnings on stdout, into a JSON or CSV report.
  const pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0, isEvalSupported: false });
  try {
    const { text } = await extractText(pdf, { mergePages: false });
    return text.map((t) => t.trim());
  } finally {
    await pdf.destroy();
  }
}
