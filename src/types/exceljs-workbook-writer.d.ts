// exceljs's streaming workbook writer, imported on its own (src/export/xlsx.ts): the package entry
// also loads the readers, CSV and the document model (2.4 MB bundled; the writer alone is 1.0 MB).
declare module 'exceljs/lib/stream/xlsx/workbook-writer.js' {
  import type { stream } from 'exceljs';
  const WorkbookWriter: typeof stream.xlsx.WorkbookWriter;
  export default WorkbookWriter;
}
