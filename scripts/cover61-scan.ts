/* cover61 (rel61b, session 61): how many of the wholes-and-parts that pages state in prose does the engine read?
 *
 *   npx tsx scripts/cover61-scan.ts [--list SHAPE|all] [--dirs real,scan] [--json out.json]
 *
 * Over every page of test/fixtures/real and test/fixtures/scan (no truth needed: the candidates are found by their wording
 * alone), each prose cell's text (proseDigits) is cut into sentences (。 ! ? and line ends) and searched for
 *   - a whole: a whole's word (共 / 合计 / 总计 / 累计 / 共计 / 总额 / 全年 / 总数 …) and right after it (no clause mark, no other
 *     number between) an amount of money or a count;
 *   - its parts: the amounts of the same kind (money, converted to the whole's unit; counts in the whole's own unit), none a
 *     change's or a share's, after a marker (其中 / 包括 / 分别 / 含 / 主要 / 一是 … / (一) (1) 1、) or a list of 、 and ; with
 *     no marker, in the rest of the whole's sentence ("same"), the next sentence ("next") or the next rows ("row": up to the
 *     first row with no part, at most 8);
 *   - a share: a percentage right after 占 / 占比 / 比重 beside an amount of the whole's kind in a sentence holding a whole, or in
 *     the sentence after it ("share": part / whole × 100).
 * Each candidate is evaluated (sum of parts vs whole: holds / under / over; a share's rounding: holds / off) and said to be
 * read when the engine's relation list on the page (review(): model.relations) has a sum at the whole's cell whose total is the
 * whole's value (a ratio at the cell stating the share for a share), or flagged when a relation rule's error or warning sits
 * at that cell. The unread are grouped by shape: marker × place × kind × status.
 * Not a measure of truth: a candidate is wording, not a relation a reviewer checked (under = the parts named are a subset, or
 * one of them was not parsed; over = a part is a change, a nested 其中 or a slip). It is the map of which shapes are left.
 */
import * as fs from "fs";
import * as path from "path";
import { jsonGrid } from "../test/helpers";
import { review } from "../src/core/review";
import { proseDigits, COUNT_UNITS } from "../src/core/recognise/prose-rates";

const args = process.argv.slice(2);
const opt = (k: string) => {
  const i = args.indexOf(k);
  return i >= 0 ? args[i + 1] : undefined;
};
const LIST = opt("--list");
const DIRS = (opt("--dirs") ?? "real,scan").split(",");
const JSON_OUT = opt("--json");
const ONLY = opt("--only")?.split(",");

const MONEY: Record<string, number> = { 亿元: 1e8, 万元: 1e4, 千元: 1e3, 元: 1 };
const QTY = new RegExp(`(\\d+(?:\\.\\d+)?)(亿元|万元|千元|元|${COUNT_UNITS})`, "g");
const WHOLE_WORD = /(合计|总计|累计|共计|总额|总数|总量|总金额|总投资|全年|一共|总共|共|总)/g;
const MARKERS: [string, RegExp][] = [
  ["其中", /其中/],
  ["包括", /包括|包含/],
  ["分别", /分别/],
  ["含", /含/],
  ["主要", /主要/],
  ["一是", /一是|第一/],
  ["(一)", /^\s*\(?[一二三四五六七八九十]+[)、.]|\([一二三四五六七八九十]+\)/],
  ["(1)", /^\s*\(?\d{1,2}[)、.](?!\d)|\(\d{1,2}\)/],
];
const CHANGE_BEFORE = /(增长|增加|减少|下降|上升|同比|比上年|较上年|较|比|增|减|降|多|少|超|节约|结余|剩余|余额|上年|去年|预算数?为?|平均|人均|每[^\d]{0,4})$/;

interface Q {
  at: number;
  end: number;
  value: number; // in the base unit (元 for money)
  text: string;
  unit: string;
  kind: "money" | string; // money or the count's unit
  dec: number;
  scale: number;
}
function quantities(s: string): Q[] {
  const out: Q[] = [];
  QTY.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = QTY.exec(s))) {
    if (m.index > 0 && /[\d.]/.test(s[m.index - 1])) continue;
    const after = s.slice(m.index + m[0].length, m.index + m[0].length + 1);
    const unit = m[2];
    // a count unit that is a word's first character ('5个百分点', '3项目' is still a count): only % after it drops it
    if (after === "%") continue;
    const scale = MONEY[unit] ?? 1;
    const dec = (m[1].split(".")[1] ?? "").length;
    out.push({ at: m.index, end: m.index + m[0].length, value: Number(m[1]) * scale, text: m[0], unit, kind: unit in MONEY ? "money" : unit, dec, scale });
  }
  return out;
}
const isChange = (s: string, q: Q) => CHANGE_BEFORE.test(s.slice(Math.max(0, q.at - 8), q.at));
const inBrackets = (s: string, at: number) => {
  const open = Math.max(s.lastIndexOf("(", at), s.lastIndexOf("（", at));
  const close = Math.max(s.lastIndexOf(")", at), s.lastIndexOf("）", at));
  return open > close;
};
const SENT = /[^。!?！？\n\r]+[。!?！？]?/g;
function sentences(t: string): string[] {
  return t.match(SENT) ?? [];
}

interface Cand {
  page: string;
  dir: string;
  cell: string;
  kind: "sum" | "share";
  marker: string;
  place: "same" | "next" | "row";
  measure: string;
  whole: Q;
  parts: Q[];
  share?: number;
  status: "holds" | "under" | "over" | "off";
  read: boolean;
  flagged: boolean;
  text: string;
}

function markerOf(s: string): string | null {
  for (const [k, re] of MARKERS) if (re.test(s)) return k;
  return null;
}
function markerAt(s: string): { k: string; at: number } | null {
  let best: { k: string; at: number } | null = null;
  for (const [k, re] of MARKERS) {
    const m = re.exec(s);
    if (m && (best === null || m.index < best.at)) best = { k, at: m.index };
  }
  return best;
}
/** the parts of a whole's kind in s (after `from`): none a change's, none in brackets */
function partsIn(s: string, whole: Q, from = 0): Q[] {
  return quantities(s)
    .filter((q) => q.at >= from && (whole.kind === "money" ? q.kind === "money" : q.kind === whole.kind))
    .filter((q) => !isChange(s, q) && !inBrackets(s, q.at))
    .filter((q) => !/^(?:\/|每|以上|以下|左右)/.test(s.slice(q.end, q.end + 2)));
}
function statusOf(whole: Q, parts: Q[]): Cand["status"] {
  const sum = parts.reduce((a, p) => a + p.value, 0);
  const tol = Math.max(whole.scale * Math.pow(10, -whole.dec) * 0.5, ...parts.map((p) => p.scale * Math.pow(10, -p.dec) * 0.5)) * Math.max(1, parts.length) + 1e-9;
  if (Math.abs(sum - whole.value) <= tol) return "holds";
  return sum < whole.value ? "under" : "over";
}

const files: { dir: string; file: string }[] = [];
for (const d of DIRS) {
  const dir = path.join("test/fixtures", d);
  for (const f of fs.readdirSync(dir).sort())
    if (f.endsWith(".json") && !f.endsWith(".truth.json") && !f.endsWith(".expected.json")) files.push({ dir: d, file: path.join(dir, f) });
}
/** a relation's terms that carry a number (whole, parts, operands) */
function termsOf(x: any): { cell: string; value: number }[] {
  const out: { cell: string; value: number }[] = [];
  for (const k of ["total", "minuend", "result", "stated", "numerator", "denominator"]) if (x[k] && typeof x[k].value === "number") out.push(x[k]);
  for (const k of ["parts", "subtrahends", "factors"]) if (Array.isArray(x[k])) for (const t of x[k]) if (t && typeof t.value === "number") out.push(t);
  return out;
}
const REL_RULE = /mismatch|exceeds|unit-/;
const cands: Cand[] = [];
for (const { dir, file } of files) {
  const page = path.basename(file, ".json");
  if (ONLY && !ONLY.includes(page)) continue;
  let g;
  try {
    g = jsonGrid(file);
  } catch {
    continue;
  }
  const local: Cand[] = [];
  // the rows' texts, column by column: prose is one cell a row on these pages
  for (let c = 1; c <= g.colCount; c++) {
    const rows: (string | null)[] = [];
    for (let r = 1; r <= g.rowCount; r++) {
      const raw = g.text(r, c);
      // (a paragraph merged across, its text copied into the cells right of it, is read once: at its first cell)
      rows.push(raw && raw.length >= 4 && !(c > 1 && g.text(r, c - 1) === raw) ? proseDigits(raw) : null);
    }
    for (let r = 1; r <= g.rowCount; r++) {
      const t = rows[r - 1];
      if (!t || t.length < 8) continue;
      const sents = sentences(t);
      for (let si = 0; si < sents.length; si++) {
        const s = sents[si];
        WHOLE_WORD.lastIndex = 0;
        let m: RegExpExecArray | null;
        const seen = new Set<number>();
        while ((m = WHOLE_WORD.exec(s))) {
          const after = s.slice(m.index + m[0].length);
          const wm = /^[^。;；,，\d%]{0,14}?(\d+(?:\.\d+)?)(亿元|万元|千元|元|[^\d]{0,2})/.exec(after);
          if (!wm) continue;
          const qs = quantities(s).filter((q) => q.at >= m!.index + m![0].length && q.at <= m!.index + m![0].length + wm.index + 16);
          const whole = qs[0];
          if (!whole || seen.has(whole.at)) continue;
          if (s.slice(m.index + m[0].length, whole.at).match(/[,;。]/)) continue;
          if (whole.at - (m.index + m[0].length) > 14) continue;
          seen.add(whole.at);
          const addr = g.addr(r, c);
          // same sentence: a marker after the whole, or a list of 、/; (two parts at least)
          const rest = s.slice(whole.end);
          const mk = markerAt(rest);
          let parts = partsIn(rest, whole, mk ? mk.at : 0);
          let place: Cand["place"] = "same";
          let marker = mk ? mk.k : /[、;；]/.test(rest) ? "list" : "none";
          if (parts.length < (marker === "其中" || marker === "含" ? 1 : 2)) {
            // the next sentence
            const nx = sents[si + 1];
            parts = [];
            if (nx && !/合计|总计|累计|共计|总额|共/.test(nx.slice(0, 6))) {
              const mk2 = markerAt(nx);
              const m2 = mk2 && mk2.at <= 6 ? mk2.k : /[、;；]/.test(nx) ? "list" : null;
              if (m2) {
                parts = partsIn(nx, whole, mk2 && mk2.at <= 6 ? mk2.at : 0);
                marker = m2;
                place = "next";
              }
            }
            if (parts.length < 2 && si === sents.length - 1 && /(如下|[:：])\s*$|其中|包括|分别/.test(rest + "")) {
              // the next rows: each opening with a marker or holding one part
              const rowParts: Q[] = [];
              let mk3: string | null = null;
              for (let k = r + 1; k <= Math.min(g.rowCount, r + 8); k++) {
                const u = rows[k - 1];
                if (!u) break;
                const mm = markerOf(u.slice(0, 8));
                const ps = partsIn(sentences(u)[0] ?? u, whole);
                if (!mm || ps.length === 0) break;
                mk3 = mk3 ?? mm;
                rowParts.push(ps[0]);
              }
              if (rowParts.length >= 2) {
                parts = rowParts;
                marker = mk3!;
                place = "row";
              }
            }
          }
          if (parts.length >= 2 || (parts.length === 1 && (marker === "其中" || marker === "含") && false)) {
            local.push({ page, dir, cell: addr, kind: "sum", marker, place, measure: whole.kind === "money" ? "money" : "count", whole, parts, status: statusOf(whole, parts), read: false, flagged: false, text: (s + (place === "next" ? " ‖ " + sents[si + 1] : "")).slice(0, 220) });
          }
          // shares beside the whole: '…X万元,占p%' in this sentence after the whole or in the next one
          for (const [ss, from] of [[s, whole.end], [sents[si + 1] ?? "", 0]] as [string, number][]) {
            const re = /(占比|占|比重|比例)[^\d,;。]{0,10}?(\d+(?:\.\d+)?)%/g;
            let sm: RegExpExecArray | null;
            while ((sm = re.exec(ss))) {
              if (sm.index < from) continue;
              const before = partsIn(ss.slice(0, sm.index), whole).filter((q) => q.at >= from);
              const part = before[before.length - 1];
              if (!part || sm.index - part.end > 12 || /[;。]/.test(ss.slice(part.end, sm.index))) continue;
              const p = Number(sm[2]);
              const pdec = (sm[2].split(".")[1] ?? "").length;
              const computed = (part.value / whole.value) * 100;
              const tol = 0.5 * Math.pow(10, -pdec) + (computed * (0.5 * part.scale * Math.pow(10, -part.dec))) / part.value + 1e-9;
              local.push({ page, dir, cell: addr, kind: "share", marker: "share", place: ss === s ? "same" : "next", measure: whole.kind === "money" ? "money" : "count", whole, parts: [part], share: p, status: Math.abs(computed - p) <= tol ? "holds" : "off", read: false, flagged: false, text: ss.slice(0, 200) });
            }
          }
        }
      }
    }
  }
  if (!local.length) continue;
  const res = review(g, undefined as never);
  const rels = res.model.relations as any[];
  for (const cd of local) {
    const near = (v: number) => Math.abs(v - cd.whole.value / cd.whole.scale) <= 1e-6 * Math.max(1, Math.abs(v)) || Math.abs(v - cd.whole.value) <= 1e-6 * Math.max(1, Math.abs(v));
    if (cd.kind === "sum") {
      // a sum whose total is the whole, or any relation at the cell (a difference: 送审 − 审定 = 审减 is 送审 = 审定 + 审减) holding
      // the whole and one of the parts among its terms
      cd.read = rels.some(
        (x) =>
          ((x.kind === "sum" || x.kind === "rollup") && x.total?.cell === cd.cell && typeof x.total.value === "number" && near(x.total.value)) ||
          (termsOf(x).some((t) => t.cell === cd.cell && near(t.value)) && cd.parts.some((p) => termsOf(x).some((t) => t.cell === cd.cell && Math.abs(t.value - p.value / cd.whole.scale) <= 1e-6 * Math.max(1, Math.abs(t.value))))),
      );
    } else {
      cd.read = rels.some((x) => x.kind === "ratio" && x.stated?.cell === cd.cell && typeof x.stated.value === "number" && (Math.abs(x.stated.value - cd.share!) < 1e-6 || Math.abs(x.stated.value * 100 - cd.share!) < 1e-6));
    }
    cd.flagged = res.findings.some((f: any) => f.cell === cd.cell && (f.severity === "error" || f.severity === "warning") && REL_RULE.test(f.rule));
  }
  cands.push(...local);
}

// ---- report
const shapeOf = (c: Cand) => `${c.kind === "share" ? "share" : c.marker}|${c.place}|${c.measure}`;
type Row = { n: number; read: number; holds: number; unreadHolds: number; unreadUnder: number; unreadOver: number; unreadOff: number; flaggedUnread: number; pages: Set<string> };
const by = new Map<string, Row>();
const tot = { n: 0, read: 0, holds: 0, holdsRead: 0 };
for (const c of cands) {
  const k = shapeOf(c);
  let row = by.get(k);
  if (!row) by.set(k, (row = { n: 0, read: 0, holds: 0, unreadHolds: 0, unreadUnder: 0, unreadOver: 0, unreadOff: 0, flaggedUnread: 0, pages: new Set() }));
  row.n++;
  tot.n++;
  if (c.status === "holds") {
    row.holds++;
    tot.holds++;
    if (c.read) tot.holdsRead++;
  }
  if (c.read) {
    row.read++;
    tot.read++;
    continue;
  }
  row.pages.add(c.page);
  if (c.flagged) row.flaggedUnread++;
  if (c.status === "holds") row.unreadHolds++;
  else if (c.status === "under") row.unreadUnder++;
  else if (c.status === "over") row.unreadOver++;
  else row.unreadOff++;
}
const pad = (s: string | number, n: number) => String(s).padEnd(n);
console.log(`pages ${files.length} (${DIRS.join(",")}), candidates ${tot.n}, read ${tot.read}; that hold by their wording ${tot.holds}, read ${tot.holdsRead}`);
console.log(`${pad("shape (marker|place|measure)", 30)} ${pad("cands", 6)} ${pad("read", 5)} ${pad("holds", 6)} | unread: ${pad("holds", 6)} ${pad("under", 6)} ${pad("over", 5)} ${pad("off", 4)} ${pad("flagd", 6)} pages`);
for (const [k, r] of [...by].sort((a, b) => b[1].unreadHolds - a[1].unreadHolds || b[1].n - a[1].n))
  console.log(`${pad(k, 30)} ${pad(r.n, 6)} ${pad(r.read, 5)} ${pad(r.holds, 6)} | unread: ${pad(r.unreadHolds, 6)} ${pad(r.unreadUnder, 6)} ${pad(r.unreadOver, 5)} ${pad(r.unreadOff, 4)} ${pad(r.flaggedUnread, 6)} ${r.pages.size}`);
if (LIST)
  for (const c of cands)
    if (!c.read && (LIST === "all" || shapeOf(c).startsWith(LIST)))
      console.log(`${c.status} ${c.dir}/${c.page} ${c.cell} [${shapeOf(c)}] ${c.whole.text} ${c.kind === "share" ? `${c.parts[0].text} ${c.share}%` : "= " + c.parts.map((p) => p.text).join(" + ")} :: ${c.text}`);
if (JSON_OUT) fs.writeFileSync(JSON_OUT, JSON.stringify(cands.map((c) => ({ ...c, whole: c.whole.text, parts: c.parts.map((p) => p.text) })), null, 1));
