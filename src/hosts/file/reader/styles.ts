/**
 * Number formats from styles.xml: cellXfs[s].numFmtId -> format code (custom <numFmts> or the built-in
 * table). Only what a review needs; fonts, fills and borders are not read.
 */

/** Built-in number formats (ECMA-376 §18.8.30; the zh-CN variants for the East-Asian ids). */
export const BUILTIN_NUMFMTS: Record<number, string> = {
  0: "General",
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: "m/d/yy h:mm",
  27: 'yyyy"年"m"月"',
  28: 'm"月"d"日"',
  29: 'm"月"d"日"',
  30: "m-d-yy",
  31: 'yyyy"年"m"月"d"日"',
  32: 'h"时"mm"分"',
  33: 'h"时"mm"分"ss"秒"',
  34: '上午/下午 h"时"mm"分"',
  35: '上午/下午 h"时"mm"分"ss"秒"',
  36: 'yyyy"年"m"月"',
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00 ;(#,##0.00)",
  40: "#,##0.00 ;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
};

/** True for a date/time format (text in quotes and [..] sections ignored), as Excel and ExcelJS decide. */
export function isDateFormat(fmt: string | undefined): boolean {
  if (!fmt) return false;
  const f = fmt.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, "");
  return /[ymdhMsb]/.test(f);
}

const decodeXml = (s: string) =>
  s.indexOf("&") < 0
    ? s
    : s.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, e: string) =>
        e === "amp" ? "&" : e === "lt" ? "<" : e === "gt" ? ">" : e === "quot" ? '"' : e === "apos" ? "'" : String.fromCodePoint(e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)),
      );

/** Attributes of one start tag (the text between `<name` and `>`). */
function attrs(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /([\w:.-]+)\s*=\s*("([^"]*)"|'([^']*)')/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(tag))) out[m[1]] = decodeXml(m[3] ?? m[4] ?? "");
  return out;
}

/**
 * styles.xml is small and flat; a regex walk over its start tags is enough and costs far less than a
 * full parse. Returns the number format of each cell style index (undefined for General).
 */
export function parseStyles(xml: string): (string | undefined)[] {
  const custom = new Map<number, string>();
  const numFmtsBlock = /<(?:\w+:)?numFmts\b[\s\S]*?<\/(?:\w+:)?numFmts>/.exec(xml);
  if (numFmtsBlock) {
    const re = /<(?:\w+:)?numFmt\b([^>]*)>/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(numFmtsBlock[0]))) {
      const a = attrs(m[1]);
      if (a.numFmtId !== undefined && a.formatCode !== undefined) custom.set(Number(a.numFmtId), a.formatCode);
    }
  }
  const out: (string | undefined)[] = [];
  const xfs = /<(?:\w+:)?cellXfs\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?cellXfs>)/.exec(xml);
  if (xfs && xfs[1]) {
    const re = /<(?:\w+:)?xf\b([^>]*)>/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(xfs[1]))) {
      const id = Number(attrs(m[1]).numFmtId ?? 0);
      const fmt = custom.get(id) ?? BUILTIN_NUMFMTS[id];
      out.push(id === 0 || fmt === "General" ? undefined : fmt);
    }
  }
  return out;
}

export { attrs, decodeXml };
