/** Word and Excel exports: DOCX body text (mammoth) and the rows of an XLSX sheet (exceljs). */

/** The body text of a .docx, paragraphs separated by blank lines. */
export async function docxText(bytes: Buffer): Promise<string> {
  const mammoth = (await import('mammoth')).default;
  const { value } = await mammoth.extractRawText({ buffer: bytes });
  return value.replace(/\n{3,}/g, '\n\n').trim();
}

/** The first worksheet of an .xlsx as rows of cell text (a rich or formula cell gives its shown text). */
export async function xlsxRows(bytes: Buffer): Promise<string[][]> {
  const ExcelJS = (await import('exceljs')).default;
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = book.worksheets[0];
  if (!sheet) return [];
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const cells: string[] = [];
    for (let c = 1; c <= row.cellCount; c++) cells.push(row.getCell(c).text ?? '');
    rows.push(cells);
  });
  return rows;
}
