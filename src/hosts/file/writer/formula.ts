import { colIndex, colLetter } from "../../../core/grid/a1";

const MAX_ROW = 1048576;
const MAX_COL = 16384;

/**
 * A formula as it reads when moved by (dr, dc), the way Excel fills a shared formula: relative row and column
 * parts of every A1 reference shift, absolute ($) parts stay. Strings, quoted sheet names and bracketed parts
 * (structured references, external book indexes) are copied as written. A reference pushed off the sheet
 * becomes #REF!.
 */
export function shiftFormula(formula: string, dr: number, dc: number): string {
  if (dr === 0 && dc === 0) return formula;
  let out = "";
  let i = 0;
  const n = formula.length;
  const isWord = (ch: string | undefined) => !!ch && /[A-Za-z0-9_.\\]/.test(ch);
  const cellRe = /\$?([A-Za-z]{1,3})(\$?)(\d{1,7})/y;
  const colsRe = /(\$?)([A-Za-z]{1,3}):(\$?)([A-Za-z]{1,3})/y;
  const rowsRe = /(\$?)(\d{1,7}):(\$?)(\d{1,7})/y;
  const shiftRow = (abs: boolean, r: number) => (abs ? r : r + dr);
  const shiftCol = (abs: boolean, c: number) => (abs ? c : c + dc);
  while (i < n) {
    const ch = formula[i];
    if (ch === '"') {
      let j = i + 1;
      while (j < n) {
        if (formula[j] === '"') {
          if (formula[j + 1] === '"') j += 2;
          else break;
        } else j++;
      }
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (ch === "'") {
      let j = i + 1;
      while (j < n) {
        if (formula[j] === "'") {
          if (formula[j + 1] === "'") j += 2;
          else break;
        } else j++;
      }
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (ch === "[") {
      let depth = 0;
      let j = i;
      for (; j < n; j++) {
        if (formula[j] === "[") depth++;
        else if (formula[j] === "]" && --depth === 0) break;
      }
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (!isWord(formula[i - 1]) && (ch === "$" || /[A-Za-z0-9]/.test(ch))) {
      colsRe.lastIndex = i;
      let m = colsRe.exec(formula);
      if (m && !isWord(formula[colsRe.lastIndex]) && formula[colsRe.lastIndex] !== "(") {
        const c1 = shiftCol(!!m[1], colIndex(m[2]));
        const c2 = shiftCol(!!m[3], colIndex(m[4]));
        out += c1 < 1 || c2 < 1 || c1 > MAX_COL || c2 > MAX_COL ? "#REF!" : `${m[1]}${colLetter(c1)}:${m[3]}${colLetter(c2)}`;
        i = colsRe.lastIndex;
        continue;
      }
      rowsRe.lastIndex = i;
      m = rowsRe.exec(formula);
      if (m && !isWord(formula[rowsRe.lastIndex])) {
        const r1 = shiftRow(!!m[1], Number(m[2]));
        const r2 = shiftRow(!!m[3], Number(m[4]));
        out += r1 < 1 || r2 < 1 || r1 > MAX_ROW || r2 > MAX_ROW ? "#REF!" : `${m[1]}${r1}:${m[3]}${r2}`;
        i = rowsRe.lastIndex;
        continue;
      }
      cellRe.lastIndex = i;
      m = cellRe.exec(formula);
      const after = formula[cellRe.lastIndex];
      if (m && !isWord(after) && after !== "(" && after !== "!" && colIndex(m[1]) <= MAX_COL) {
        const colAbs = formula[i] === "$";
        const c = shiftCol(colAbs, colIndex(m[1]));
        const r = shiftRow(!!m[2], Number(m[3]));
        out += r < 1 || c < 1 || r > MAX_ROW || c > MAX_COL ? "#REF!" : `${colAbs ? "$" : ""}${colLetter(c)}${m[2]}${r}`;
        i = cellRe.lastIndex;
        continue;
      }
      // a name or function: copy the whole word
      let j = i + 1;
      while (j < n && isWord(formula[j])) j++;
      out += formula.slice(i, j);
      i = j;
      continue;
    }
    out += ch;
    i++;
  }
  return out;
}
