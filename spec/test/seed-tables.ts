/**
 * A small reader for the saved Help Center pages (one table cell per line): finds each
 * "Table N Title" and its rows. Enough for the spec tests; tools/doc-sync grows the full parser.
 */
export interface Row {
  readonly name: string;
  readonly mandatory?: boolean;
  readonly type: string;
}
export interface Table {
  readonly title: string;
  readonly rows: readonly Row[];
}

const TYPE_LINE = /^(String|Integer|Long|Boolean|Number|Float|Double|Object|Array of .+|.+ object)$/;
const END = /^(Table \d+ .+|Request Parameters|Response Parameters|Status code: \d+|Example Requests|Example Responses|Status Codes|Error Codes)$/;

export function readTables(text: string): Table[] {
  const lines = text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '');
  const tables: Table[] = [];
  for (let i = 0; i < lines.length; i++) {
    const title = lines[i] ?? '';
    if (!/^Table \d+ /.test(title) || lines[i + 1] !== 'Parameter') continue;
    const fourColumns = lines[i + 2] === 'Mandatory';
    let j = i + (fourColumns ? 5 : 4);
    const rows: Row[] = [];
    while (j < lines.length && !END.test(lines[j] ?? '')) {
      const name = lines[j] ?? '';
      if (fourColumns && /^(Yes|No)$/.test(lines[j + 1] ?? '') && TYPE_LINE.test(lines[j + 2] ?? '')) {
        rows.push({ name, mandatory: lines[j + 1] === 'Yes', type: lines[j + 2] ?? '' });
        j += 3;
      } else if (!fourColumns && /^[A-Za-z_][\w-]*$/.test(name) && TYPE_LINE.test(lines[j + 1] ?? '')) {
        rows.push({ name, type: lines[j + 1] ?? '' });
        j += 2;
      } else j += 1;
    }
    tables.push({ title, rows });
    i = j - 1;
  }
  return tables;
}
