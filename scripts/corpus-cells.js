"use strict";
/**
 * How a transcribed sheet (test/fixtures/{corpus,real,validation,peer}: { grid: string[][], merges: string[] })
 * becomes a workbook, shared by scripts/corpus-to-xlsx.ts and scripts/eval-corpus.js:
 * numeric strings become numbers with the shown decimals ("238.93" -> 238.93, format 0.00; "10,308,000.00" ->
 * format #,##0.00), "x%" becomes x/100 with a percent format of the shown decimals; everything else
 * ("≥90%", "10分", "150万", "—", "/", "007") stays text. Empty strings stay empty.
 */
const ExcelJS = require("exceljs");

function decimals(s) {
  const i = s.indexOf(".");
  return i < 0 ? 0 : s.length - i - 1;
}

/** The cell a published string becomes: { v: number|string|null, fmt?: string }. */
function toCell(text) {
  if (text === null || text === undefined) return { v: null };
  if (typeof text === "number") return { v: text };
  const s = String(text);
  const t = s.trim();
  if (t === "") return { v: null };
  let m = /^(-?)(\d+)(\.\d+)?$/.exec(t);
  if (m && !(m[2].length > 1 && m[2][0] === "0")) {
    const d = decimals(t);
    return d ? { v: Number(t), fmt: "0." + "0".repeat(d) } : { v: Number(t) };
  }
  m = /^-?\d{1,3}(,\d{3})+(\.\d+)?$/.exec(t);
  if (m) {
    const plain = t.replace(/,/g, "");
    const d = decimals(plain);
    return { v: Number(plain), fmt: "#,##0" + (d ? "." + "0".repeat(d) : "") };
  }
  m = /^(-?\d+(?:\.\d+)?)%$/.exec(t);
  if (m && !(m[1].replace("-", "").length > 1 && m[1].replace("-", "")[0] === "0" && m[1].replace("-", "")[1] !== ".")) {
    const d = decimals(m[1]);
    // round away float noise (0.1 + 0.2 style) at the precision the text shows
    const v = Number((Number(m[1]) / 100).toFixed(d + 2));
    return { v, fmt: d ? "0." + "0".repeat(d) + "%" : "0%" };
  }
  return { v: s };
}

/** A worksheet name Excel accepts (≤ 31 chars, none of []:*?/\). */
function sheetName(title, fallback) {
  const n = String(title || fallback || "Sheet1").replace(/[\[\]:*?/\\]/g, " ").trim().slice(0, 31);
  return n || "Sheet1";
}

/** An ExcelJS workbook holding the case's grid and merges on one sheet. */
function caseWorkbook(c) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheetName(c.title, c.id));
  c.grid.forEach((row, r) => {
    row.forEach((text, col) => {
      const cell = toCell(text);
      if (cell.v === null) return;
      const x = ws.getCell(r + 1, col + 1);
      x.value = cell.v;
      if (cell.fmt) x.numFmt = cell.fmt;
    });
  });
  for (const m of c.merges || []) {
    try {
      ws.mergeCells(m);
    } catch (e) {
      throw new Error(`${c.id}: merge ${m}: ${e.message}`);
    }
  }
  return wb;
}

module.exports = { toCell, caseWorkbook, sheetName };
