import { readFileSync } from "fs";
import { join } from "path";

/**
 * dev49 (session 49): the corpus's own 三公 money lists printed again in the shapes of the class 'a one-year money table
 * whose other columns hold placeholders, its whole named at its foot or head, a joined line over its named part lines'.
 * The sources: every real 三公 table (test/fixtures/real) whose lines 因公出国 | 公务接待 | 公务用车… and total are read
 * from its grid in one amount column and add up as published (the whole = the three parts; the car line = its two
 * parts where printed). No src import: the caller reviews the grids.
 */
const REAL = join(__dirname, "..", "fixtures", "real");

export interface ThreePublic {
  /** source id and column letter */
  source: string;
  outbound: number;
  reception: number;
  car: number;
  /** the car line's two parts (purchase, running), or null where the source prints none */
  carParts: [number, number] | null;
  total: number;
  /** the car line's name in the source, numbering and 其中 dropped (公务用车购置及运行维护费, 公务用车费…) */
  carName: string;
  purchaseName: string;
  runningName: string;
}

type Grid = string[][];
const num = (s: string | undefined): number | null => {
  const t = (s ?? "").replace(/,/g, "").trim();
  if (t === "") return 0;
  return /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : null;
};
const bareName = (s: string) => s.replace(/\s+/g, "").replace(/^其中[:：]?/, "").replace(/^(?:[(（]?[0-9一二三四五六七八九十]+[)）.、．]|[①②③])/, "").replace(/^其中[:：]?/, "").replace(/[“”"]/g, "");
const close = (a: number, b: number) => Math.abs(a - b) < 0.005;

/** the sources (id, the amount columns to read: 0-based) — found by their lines' names, not listed by hand */
export function threePublicSources(): ThreePublic[] {
  const out: ThreePublic[] = [];
  const { readdirSync } = require("fs") as typeof import("fs");
  for (const f of readdirSync(REAL).sort()) {
    if (!f.endsWith(".json") || f.endsWith(".truth.json")) continue;
    const g = JSON.parse(readFileSync(join(REAL, f), "utf8")).grid as Grid;
    const names = g.map((r) => bareName(r[0] ?? ""));
    const at = (re: RegExp, from = 0) => names.findIndex((n, i) => i >= from && re.test(n));
    const o = at(/^因公出[国國]/);
    const rc = at(/^公[务務]接待/);
    const car = at(/^公[务務]用[车車](?!.*[团團]组|.*数|.*量)/);
    const tot = at(/^(合[计計]|[总總]“?三公|“?三公”?[经經][费費](合[计計]|支出合[计計])?$|[一二]、支出合[计計])/);
    if ([o, rc, car, tot].some((x) => x < 0)) continue;
    const purchase = names.findIndex((n, i) => i > car && i <= car + 2 && /购置|購置/.test(n) && !/及/.test(n));
    const running = names.findIndex((n, i) => i > car && i <= car + 2 && /运行|運行/.test(n) && !/及/.test(n));
    const width = Math.max(...g.map((r) => r.length));
    for (let c = 1; c < width; c++) {
      // (a column of changes is no source: its head names it, 增、减金额)
      if (g.slice(0, tot).some((r) => /[增减減]/.test(r[c] ?? ""))) continue;
      const v = [tot, o, rc, car].map((r) => num(g[r][c]));
      if (v.some((x) => x === null) || !(v[0]! > 0)) continue;
      if (!close(v[0]!, v[1]! + v[2]! + v[3]!)) continue;
      let parts: [number, number] | null = null;
      if (purchase > 0 && running > 0) {
        const p = num(g[purchase][c]);
        const r = num(g[running][c]);
        if (p === null || r === null || !close(v[3]!, p + r)) continue;
        parts = [p, r];
      }
      out.push({
        source: `${f.replace(/\.json$/, "")}:${String.fromCharCode(65 + c)}`,
        total: v[0]!,
        outbound: v[1]!,
        reception: v[2]!,
        car: v[3]!,
        carParts: parts,
        carName: names[car],
        purchaseName: purchase > 0 ? names[purchase] : "公务用车购置费",
        runningName: running > 0 ? names[running] : "公务用车运行维护费",
      });
    }
  }
  return out;
}

export type Row = (string | number | null)[];
export interface Shape {
  name: string;
  /** the grid, its expected total cell and the car line's cell */
  print(s: ThreePublic, slip?: "reception" | "purchase"): { rows: Row[]; totalCell: string; carCell: string };
}

const T2S_BACK: Record<string, string> = { 经: "經", 费: "費", 务: "務", 车: "車", 运: "運", 维: "維", 护: "護", 总: "總", 计: "計", 购: "購", 国: "國", 减: "減", 况: "況", 项: "項", 万: "萬", 元: "元", 度: "度", 数: "數" };
const trad = (s: string) => [...s].map((ch) => T2S_BACK[ch] ?? ch).join("");
const fmt = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(2));

/**
 * the table printed: head 经费项目 | 2020年度支出 (万元) | 支出减少情况(万元) | 支出减少率, the three parts, the car line's
 * two parts as plain lines (no 其中 word) where the source has them, the whole at the foot (or head); `ph` fills the change
 * columns; `changeFirst` puts them before the amount; `below` adds the counts table under it
 */
function table(s: ThreePublic, o: { ph: string; foot: string; head?: boolean; changeFirst?: boolean; trad?: boolean; below?: boolean; stem?: boolean; zeroAs?: string; slip?: "reception" | "purchase" }) {
  const reception = o.slip === "reception" ? s.reception + 1.11 : s.reception;
  const parts = s.carParts ? ([o.slip === "purchase" ? s.carParts[0] + 2.22 : s.carParts[0], s.carParts[1]] as const) : null;
  // (a joined car name keeps its parts' names; a bare one, 公务用车费, is printed as the joined 公务用车购置及运行维护费
  // where the parts are printed: the class's own wording)
  const carName = o.stem ? "公务用车费" : parts && !/及/.test(s.carName) ? "公务用车购置及运行维护费" : s.carName;
  const lines: [string, number][] = [
    ["因公出国(境)费", s.outbound],
    ["公务接待费", reception],
    [carName, s.car],
    ...(parts ? ([[s.purchaseName, parts[0]], [s.runningName, parts[1]]] as [string, number][]) : []),
  ];
  const whole: [string, number] = [o.foot, s.total];
  const body = o.head ? [whole, ...lines] : [...lines, whole];
  const row = (label: string, v: string | number, a: string, b: string): Row => (o.changeFirst ? [label, a, b, v] : [label, v, a, b]);
  const tx = (x: string) => (o.trad ? trad(x) : x);
  const rows: Row[] = [
    [tx("2020年度全区“三公”经费决算情况"), null, null, null],
    row(tx("经费项目"), tx("2020年度支出 (万元)"), tx("支出减少情况(万元)"), tx("支出减少率")),
    ...body.map(([l, v]) => row(tx(l), v === 0 && o.zeroAs !== undefined ? o.zeroAs : fmt(v), o.ph, o.ph)),
  ];
  if (o.below) {
    rows.push([tx("2020年度全区“三公”经费使用情况"), null, null, null]);
    rows.push([tx("使用项目"), tx("2020年度数量或人次"), null, null]);
    for (const [l, v] of [["因公出国(境)团组数", "0"], ["因公出国(境)人次", "0"], ["公务用车购置数", "32"], ["公务用车保有量", "660"], ["国内公务接待批次", "486"]]) rows.push([tx(l), v, null, null]);
  }
  const amountCol = o.changeFirst ? "D" : "B";
  const totalRow = o.head ? 3 : 3 + lines.length;
  const carRow = (o.head ? 4 : 3) + 2;
  return { rows, totalCell: `${amountCol}${totalRow}`, carCell: `${amountCol}${carRow}` };
}

export const SHAPES: Shape[] = [
  { name: "as 永川: '-' placeholders, 总“三公”经费支出 at the foot", print: (s, slip) => table(s, { ph: "-", foot: "总“三公”经费支出", slip }) },
  { name: "'—' placeholders", print: (s, slip) => table(s, { ph: "—", foot: "总“三公”经费支出", slip }) },
  { name: "'/' placeholders", print: (s, slip) => table(s, { ph: "/", foot: "总“三公”经费支出", slip }) },
  { name: "blank change columns", print: (s, slip) => table(s, { ph: "", foot: "总“三公”经费支出", slip }) },
  { name: "the change columns first, the amount last", print: (s, slip) => table(s, { ph: "-", foot: "总“三公”经费支出", changeFirst: true, slip }) },
  { name: "合计 at the foot", print: (s, slip) => table(s, { ph: "-", foot: "合计", slip }) },
  { name: "“三公”经费合计 at the foot", print: (s, slip) => table(s, { ph: "-", foot: "“三公”经费合计", slip }) },
  { name: "the whole first (合计)", print: (s, slip) => table(s, { ph: "-", foot: "合计", head: true, slip }) },
  { name: "the whole first (总“三公”经费支出)", print: (s, slip) => table(s, { ph: "-", foot: "总“三公”经费支出", head: true, slip }) },
  { name: "the car line named by its stem (公务用车费 over its parts)", print: (s, slip) => table(s, { ph: "-", foot: "总“三公”经费支出", stem: true, slip }) },
  { name: "a nil amount printed as '-' in the amount column itself", print: (s, slip) => table(s, { ph: "-", foot: "总“三公”经费支出", zeroAs: "-", slip }) },
  { name: "a nil amount printed as '—', the other columns blank", print: (s, slip) => table(s, { ph: "", foot: "总“三公”经费支出", zeroAs: "—", slip }) },
  { name: "繁體", print: (s, slip) => table(s, { ph: "-", foot: "总“三公”经费支出", trad: true, slip }) },
  { name: "the counts table below", print: (s, slip) => table(s, { ph: "-", foot: "总“三公”经费支出", below: true, slip }) },
];
