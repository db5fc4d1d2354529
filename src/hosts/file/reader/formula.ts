import { colIndex, colLetter } from "../../../core/grid/a1";

/**
 * Shift the relative references of a formula by (dRow, dCol), as Excel does for every dependent cell of
 * a shared formula (`<f t="shared" si="0"/>`). String literals, quoted sheet names, structured
 * references ([..]) and function names are left alone; `$`-anchored parts do not move; a reference
 * shifted off the sheet becomes #REF!.
 */
export function translateFormula(formula: string, dRow: number, dCol: number): string {
  if (dRow === 0 && dCol === 0) return formula;
  let out = "";
  let i = 0;
  const n = formula.length;
  while (i < n) {
    const ch = formula[i];
    if (ch === '"' || ch === "'") {
      // a string literal or a quoted sheet name: copy through its closing quote ("" / '' escape)
      let j = i + 1;
      while (j < n) {
        if (formula[j] === ch) {
          if (formula[j + 1] === ch) j += 2;
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
    const prev = i > 0 ? formula[i - 1] : "";
    if (!/[A-Za-z0-9_.\\]/.test(prev)) {
      const rest = formula.slice(i, i + 40);
      // whole columns A:C / whole rows 3:5
      let m = /^(\$?)([A-Za-z]{1,3}):(\$?)([A-Za-z]{1,3})(?![A-Za-z0-9_(.])/.exec(rest);
      if (m) {
        out += shiftCol(m[1], m[2], dCol) + ":" + shiftCol(m[3], m[4], dCol);
        i += m[0].length;
        continue;
      }
      m = /^(\$?)(\d+):(\$?)(\d+)(?![A-Za-z0-9_(.])/.exec(rest);
      if (m) {
        out += shiftRow(m[1], m[2], dRow) + ":" + shiftRow(m[3], m[4], dRow);
        i += m[0].length;
        continue;
      }
      m = /^(\$?)([A-Za-z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_(.!])/.exec(rest);
      if (m && colIndex(m[2]) <= 16384) {
        const c = shiftCol(m[1], m[2], dCol);
        const r = shiftRow(m[3], m[4], dRow);
        out += c === "#REF!" || r === "#REF!" ? "#REF!" : c + r;
        i += m[0].length;
        continue;
      }
      // a name or function: copy the whole word so its tail is not read as a reference
      const w = /^[A-Za-z_\\][A-Za-z0-9_.]*/.exec(rest);
      if (w) {
        out += w[0];
        i += w[0].length;
        continue;
      }
    }
    out += ch;
    i++;
  }
  return out;
}

function shiftCol(abs: string, letters: string, d: number): string {
  if (abs) return abs + letters;
  const c = colIndex(letters) + d;
  return c < 1 || c > 16384 ? "#REF!" : colLetter(c);
}

function shiftRow(abs: string, digits: string, d: number): string {
  if (abs) return abs + digits;
  const r = Number(digits) + d;
  return r < 1 || r > 1048576 ? "#REF!" : String(r);
}
