/**
 * Numbers that reading YAML changes: `number: 9.90121E+14` (Excel's scientific notation, its
 * last digits already lost), 990120210001731234 (more than a JavaScript number holds: read as
 * …1200), 0123, 1.50. They are kept as written, so that an editor is never told to quote the
 * changed digits (src/lib/schema.ts), and Excel's notation is named as the people importer names it.
 */

/** A number Excel rewrote when it saved the sheet: 990120210001731 becomes 9.90121E+14, its digits lost. */
export const EXCEL_NUMBER = /^\d+(\.\d+)?e\+?\d+$/i;

/** What an editor is told of a number in Excel's notation: only the original has its digits. */
export const excelNumberLost = (written: string) => `“${written}”是 Excel 的科学计数法，号码的后几位已经丢了`;

/** A number as the editor wrote it, where YAML would read it as another (`value`). */
export class WrittenNumber {
  readonly written: string;
  readonly value: number;
  constructor(written: string, value: number) {
    this.written = written;
    this.value = value;
  }
  toString(): string {
    return this.written;
  }
}

/** `value` as YAML read it from `written`, or the text written where the number is not what it says. */
export function keptAsWritten(written: string, value: number): number | WrittenNumber {
  return String(value) === written ? value : new WrittenNumber(written, value);
}
