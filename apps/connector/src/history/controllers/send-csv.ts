/** The part of Express's response a CSV answer sets. */
export interface CsvResponse {
  setHeader(name: string, value: string): unknown;
}

/** Marks the answer as a CSV download named `file`; the handler returns the CSV text. */
export function csvDownload(response: CsvResponse, file: string, csv: string): string {
  response.setHeader('Content-Type', 'text/csv; charset=utf-8');
  response.setHeader('Content-Disposition', `attachment; filename="${file}"`);
  return csv;
}
