import { rangeA1 } from "../../src/core/grid/a1";
import type { CellRange } from "../../src/core/grid/a1";
import type { Cell } from "../../src/core/grid/grid";
import { Grid } from "../../src/core/grid/grid";
import { realGrid, realTruths } from "./title-variants";
import { build, mainTitleRow, rowTexts, TITLE_NUMBER, titleAs, titleRows, traditional, withoutRows, withRowsBefore } from "./metamorphic";

/**
 * famx55: a TABLE sheet (its truth's header_row not null) printed again the ways an unseen publisher prints it, for measuring
 * whether its family survives (scripts/famx55-variants.ts). Each printer is pure: the sheet and its table's header row in,
 * the variant out (the sheet named Sheet1), or null where the change does not apply (nothing would change). The kinds, each
 * seen on real sheets of one family printed by different publishers:
 *   title removed        the title lines (metamorphic titleRows) gone;
 *   title under head     the title lines moved down to stand right above the table's header, under the form's head block
 *                        (only where lines stand between the title and the header);
 *   自评报告 title        the main title line replaced by the report's title: its subject + 绩效自评报告 (the table printed
 *                        as an attachment of a report: the title another kind's);
 *   评价报告 title        … + 绩效评价报告;
 *   监控情况 title        … + 绩效监控情况;
 *   附件N line           a line '附件2' above the sheet;
 *   表N in title          the main title opening on '表3:';
 *   unit line            '单位:万元' on a line of its own right above the header;
 *   cover above          a cover's lines above the sheet (填报单位(盖章), 填报日期, 联系人 / 联系电话);
 *   基本信息 block        a numbered 基本信息 block (单位名称 | … | 联系人 | …, 填报日期 | … | 联系电话 | …) right above the header;
 *   values 监控 / 目标 / 评价   the values of the head's fields (项目名称, 单位名称, 主管部门, 实施单位 …) naming another form's
 *                        words: '…整体监控' / '…目标管理' / '…评价中心';
 *   head two lines       a one-line header's texts split over two lines (the first half above, the rest below; a short
 *                        head merged down over both);
 *   head merged down     a one-line header printed as two, each head merged down over both lines;
 *   columns swapped      the table's last two columns (header and below) swapped;
 *   column dropped       an optional column (备注, 说明, 偏差原因, 改进措施, 序号) gone, the whole column;
 *   table cut            the table cut after its sixth line under the header (only where it runs longer);
 *   traditional          every text in 繁體 (metamorphic traditional).
 */
export const FAMX55_VARIANTS = [
  "title removed",
  "title under head",
  "自评报告 title",
  "评价报告 title",
  "监控情况 title",
  "附件N line",
  "表N in title",
  "unit line",
  "cover above",
  "基本信息 block",
  "values 监控",
  "values 目标",
  "values 评价",
  "head two lines",
  "head merged down",
  "columns swapped",
  "column dropped",
  "table cut",
  "traditional",
] as const;
export type Famx55Variant = (typeof FAMX55_VARIANTS)[number];

/** Lines kept under the header by `table cut`, and the lines the table must run past for it to apply. */
export const CUT_LINES = 6;
const CUT_PAST = 10;

/** The words a title's subject ends before: what the title says the form is. */
const FORM_WORDS = /项目支出|部门整体|整体支出|部门支出|支出绩效|绩效|评价|评分|指标|目标|自评|监控|申报|考核|考评|情况|汇总|结果|[(（]?表/;
/** A head field's label whose value a publisher fills in (the project, its units). */
const FIELD_LABEL = /^(项目名称|单位名称|部门名称|部门\(单位\)名称|部门（单位）名称|主管部门|主管单位|实施单位|预算单位|项目单位|填报单位|项目主管部门|项目实施单位)[:：]?$/;
/** An optional column's head: a remark, an explanation, a cause or a measure, a line number. */
const OPTIONAL_HEAD = /^(备注|说明|偏差原因|偏差原因分析|原因分析|改进措施|偏差原因分析及改进措施|未完成原因|未完成原因分析|序号|编号)$/;

const text = (g: Grid, r: number, c: number): string => {
  const x = g.cell(r, c);
  return x && x.v !== null && x.v !== undefined ? String(x.v).trim() : "";
};
const compactText = (s: string) => s.replace(/\s+/g, "");

/** The last row of the header opening at `h`: the lowest end of a merge that starts on it (one line where none). */
export function headerLast(g: Grid, h: number): number {
  return g.merges.reduce((a, m) => (m.r1 === h && m.r2 > a ? m.r2 : a), h);
}

/** The subject of the sheet's main title (its attachment's number off, cut before the words naming the form), or '2023年度'. */
export function titleSubject(title: string): string {
  const t = compactText(title.replace(TITLE_NUMBER, ""));
  const m = FORM_WORDS.exec(t);
  const s = m ? t.slice(0, m.index) : t;
  return s.length >= 2 ? s : "2023年度";
}

/** The sheet with rows (1-based, of g) kept in the order given: the merges inside kept rows moved, the others dropped. */
function reordered(g: Grid, order: number[]): Grid {
  const at = new Map<number, number>();
  order.forEach((r, i) => at.set(r, i + 1));
  const merges: string[] = [];
  for (const m of g.merges) {
    const a = at.get(m.r1);
    const b = at.get(m.r2);
    if (a === undefined || b === undefined || b - a !== m.r2 - m.r1) continue;
    let whole = true;
    for (let r = m.r1; r <= m.r2; r++) if (at.get(r) !== a + r - m.r1) whole = false;
    if (whole) merges.push(rangeA1({ r1: a, c1: m.c1, r2: b, c2: m.c2 }));
  }
  return build(g, (r, c) => g.cell(order[r - 1], c), order.length, g.colCount, merges, "Sheet1");
}

/** A line of cells from texts (null: an empty cell). */
const line = (...xs: (string | null)[]): (Cell | null)[] => xs.map((x) => (x === null ? null : { v: x }));

/** Column `col` removed from every row; merges over it shrink, a merge only in it is dropped. */
function withoutColumn(g: Grid, col: number): Grid {
  const merges: string[] = [];
  for (const m of g.merges) {
    if (m.c1 === col && m.c2 === col) continue;
    const c1 = m.c1 > col ? m.c1 - 1 : m.c1;
    const c2 = m.c2 >= col ? m.c2 - 1 : m.c2;
    if (c1 === c2 && m.r1 === m.r2) continue;
    merges.push(rangeA1({ r1: m.r1, c1, r2: m.r2, c2 }));
  }
  // (a merge starting on the dropped column: its value moves to the column that now opens it)
  return build(g, (r, c) => {
    if (c < col) return g.cell(r, c);
    if (c === col) {
      const m = g.mergeAt(r, col);
      if (m && m.r1 === r && m.c1 === col && m.c2 > col) return g.cell(r, col);
    }
    return g.cell(r, c + 1);
  }, g.rowCount, Math.max(1, g.colCount - 1), merges, "Sheet1");
}

/** The header's owned head texts, by column (the header's first row, merges read from their first cell). */
function headTexts(g: Grid, h: number): { col: number; text: string }[] {
  return rowTexts(g, h).map((x) => ({ col: x.col, text: compactText(x.text) }));
}

/** True where a merge covering rows ≥ h spans more than one column over `col`. */
const spansAcross = (g: Grid, h: number, col: number) => g.merges.some((m) => m.r2 >= h && m.c1 <= col && m.c2 >= col && m.c2 > m.c1);

/**
 * The header split over two lines: a new line under the one-line header at `h`; each head of 4 characters or more split
 * (its first half above, the rest below) where `split`, else each head merged down over both lines.
 */
function twoLineHead(g: Grid, h: number, split: boolean): Grid | null {
  if (headerLast(g, h) !== h || g.merges.some((m) => m.r1 < h && m.r2 >= h)) return null;
  const heads = headTexts(g, h);
  if (heads.length < 2) return null;
  const below: (Cell | null)[] = [];
  const extra: CellRange[] = [];
  const top = new Map<number, string>();
  for (const { col } of heads) {
    const raw = text(g, h, col);
    const across = g.merges.find((m) => m.r1 === h && m.r2 === h && m.c1 === col);
    if (split && raw.length >= 4 && !across) {
      const k = Math.ceil(raw.length / 2);
      top.set(col, raw.slice(0, k));
      below[col - 1] = { v: raw.slice(k) };
    } else extra.push({ r1: h, c1: col, r2: h + 1, c2: across ? across.c2 : col });
  }
  if (split && !top.size) return null;
  // (the header's merges across, one line high, stretched down over the new line where they merge down; kept otherwise)
  const kept = g.merges.filter((m) => !(m.r1 === h && m.r2 === h && extra.some((e) => e.c1 === m.c1)));
  const g2 = build(g, (r, c) => g.cell(r, c), g.rowCount, g.colCount, kept.map((m) => rangeA1(m)), g.name);
  const out = withRowsBefore(g2, h + 1, [below], extra).grid;
  return build(out, (r, c) => (r === h && top.has(c) ? { v: top.get(c)! } : out.cell(r, c)), out.rowCount, out.colCount, out.merges.map((m) => rangeA1(m)), "Sheet1");
}

/** The values of the head's fields (a label matching FIELD_LABEL, its value the next text to its right) with `word` added. */
function fieldValuesNaming(g: Grid, h: number, word: string): Grid | null {
  const set = new Map<string, string>();
  for (let r = 1; r < h + 2 && r <= g.rowCount; r++) {
    const texts = rowTexts(g, r);
    texts.forEach((x, i) => {
      const next = texts[i + 1];
      if (FIELD_LABEL.test(compactText(x.text)) && next && !FIELD_LABEL.test(compactText(next.text))) set.set(`${r},${next.col}`, `${next.text.trim()}${word}`);
    });
  }
  if (!set.size) return null;
  return build(g, (r, c) => (set.has(`${r},${c}`) ? { v: set.get(`${r},${c}`)! } : g.cell(r, c)), g.rowCount, g.colCount, g.merges.map((m) => rangeA1(m)), "Sheet1");
}

/** The variant `kind` of the table sheet `g` whose header opens at row `h` (its truth's header_row), or null where it does not apply. */
export function famx55Variant(kind: Famx55Variant, g: Grid, h: number): Grid | null {
  const titles = titleRows(g, h);
  const main = titles.length ? mainTitleRow(g, titles) : 0;
  const reportTitle = (tail: string) => (main ? titleAs(withName(g), main, `${titleSubject(rowTexts(g, main)[0].text)}${tail}`, rowTexts(g, main)[0].col, spanOf(g, main)) : null);
  switch (kind) {
    case "title removed":
      return titles.length ? withoutRows(g, titles).grid : null;
    case "title under head": {
      if (!titles.length || g.merges.some((m) => m.r1 < h && m.r2 >= h)) return null;
      const between = range(titles[0], h - 1).filter((r) => !titles.includes(r));
      if (!between.some((r) => rowTexts(g, r).length)) return null;
      return reordered(g, [...range(1, titles[0] - 1), ...between, ...titles, ...range(h, g.rowCount)]);
    }
    case "自评报告 title":
      return reportTitle("绩效自评报告");
    case "评价报告 title":
      return reportTitle("绩效评价报告");
    case "监控情况 title":
      return reportTitle("绩效监控情况");
    case "附件N line":
      return withRowsBefore(withName(g), 1, [line("附件2")]).grid;
    case "表N in title":
      if (!main || TITLE_NUMBER.test(rowTexts(g, main)[0].text.trim())) return null;
      return titleAs(withName(g), main, `表3:${rowTexts(g, main)[0].text.trim()}`, rowTexts(g, main)[0].col, spanOf(g, main));
    case "unit line":
      if (g.merges.some((m) => m.r1 < h && m.r2 >= h)) return null;
      return withRowsBefore(withName(g), h, [line("单位:万元")]).grid;
    case "cover above":
      return withRowsBefore(withName(g), 1, [line("填报单位(盖章):某县农业农村局"), line("填报日期:2024年3月15日"), line("联系人:张三", null, "联系电话:0731-84561234"), []]).grid;
    case "基本信息 block":
      if (g.merges.some((m) => m.r1 < h && m.r2 >= h)) return null;
      return withRowsBefore(withName(g), h, [line("一、基本信息"), line("单位名称", "某县农业农村局", "联系人", "张三"), line("填报日期", "2024年3月15日", "联系电话", "0731-84561234")]).grid;
    case "values 监控":
      return fieldValuesNaming(g, h, "整体监控");
    case "values 目标":
      return fieldValuesNaming(g, h, "目标管理");
    case "values 评价":
      return fieldValuesNaming(g, h, "评价中心");
    case "head two lines":
      return twoLineHead(g, h, true);
    case "head merged down":
      return twoLineHead(g, h, false);
    case "columns swapped": {
      const heads = headTexts(g, h);
      if (heads.length < 3) return null;
      const a = heads[heads.length - 2].col;
      const b = heads[heads.length - 1].col;
      if (b !== a + 1 || spansAcross(g, h, a) || spansAcross(g, h, b)) return null;
      // (merges down a swapped column, at or below the header, move with it)
      const merges = g.merges.map((m) => (m.r2 >= h && m.c1 === a ? { ...m, c1: b, c2: b } : m.r2 >= h && m.c1 === b ? { ...m, c1: a, c2: a } : m));
      if (merges.some((m, i) => m !== g.merges[i] && m.r1 < h)) return null;
      return build(g, (r, c) => (r >= h && c === a ? g.cell(r, b) : r >= h && c === b ? g.cell(r, a) : g.cell(r, c)), g.rowCount, g.colCount, merges.map((m) => rangeA1(m)), "Sheet1");
    }
    case "column dropped": {
      const heads = headTexts(g, h);
      const opt = heads.find((x) => OPTIONAL_HEAD.test(x.text));
      if (!opt || heads.length < 3) return null;
      return withoutColumn(g, opt.col);
    }
    case "table cut": {
      const last = headerLast(g, h);
      const lines: number[] = [];
      for (let r = last + 1; r <= g.rowCount; r++) if (rowTexts(g, r).length) lines.push(r);
      if (lines.length <= CUT_PAST) return null;
      return withoutRows(g, range(lines[CUT_LINES - 1] + 1, g.rowCount)).grid;
    }
    case "traditional":
      return traditional(withName(g));
  }
}

const range = (a: number, b: number) => Array.from({ length: Math.max(0, b - a + 1) }, (_, i) => a + i);
const withName = (g: Grid) => (g.name === "Sheet1" ? g : build(g, (r, c) => g.cell(r, c), g.rowCount, g.colCount, g.merges.map((m) => rangeA1(m)), "Sheet1"));
/** The last column a title line's merge spans (0: no merge across). */
const spanOf = (g: Grid, row: number) => g.merges.reduce((a, m) => (m.r1 <= row && m.r2 >= row && m.c2 > m.c1 ? Math.max(a, m.c2) : a), 0);

export interface Tally { n: number; kept: number }
export interface Survival {
  /** real table sheets with a family, and those whose unchanged print is read right (only these are varied) */
  tables: number;
  readRight: number;
  perKind: Map<Famx55Variant, Tally>;
  /** keyed `family\tkind` */
  perFamily: Map<string, Tally>;
  all: Tally;
  /** unknown table sheets: `kept` counts the variants that GAIN a family */
  gained: Map<Famx55Variant, Tally>;
  allGained: Tally;
  misses: { id: string; family: string; kind: Famx55Variant; got: string }[];
}

/**
 * A sheet's place in a sample of one in `every`, by its id alone (FNV-1a), so a sheet added to the corpus does not move the others
 * in or out of the sample (an index's place did: each new sheet shifted every later sheet's).
 */
function idBucket(id: string, every: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193) >>> 0;
  return h % every;
}

/**
 * Every real table sheet (a sample of one in `every`, by id: idBucket) printed in each of `kinds`, its family read by `familyOf`: how many
 * keep their truth's family, and how many `unknown` ones gain one.
 */
export function famx55Survival(familyOf: (g: Grid) => string, kinds: readonly Famx55Variant[] = FAMX55_VARIANTS, every = 1): Survival {
  const s: Survival = { tables: 0, readRight: 0, perKind: new Map(), perFamily: new Map(), all: { n: 0, kept: 0 }, gained: new Map(), allGained: { n: 0, kept: 0 }, misses: [] };
  const add = <K>(m: Map<K, Tally>, k: K, ok: boolean) => {
    const t = m.get(k) ?? { n: 0, kept: 0 };
    t.n++;
    if (ok) t.kept++;
    m.set(k, t);
  };
  const tables = realTruths().filter((t) => t.header_row !== null);
  tables.forEach((t) => {
    if (idBucket(t.id, every)) return;
    const g = realGrid(t.id);
    const known = t.family !== "unknown";
    if (known) {
      s.tables++;
      if (familyOf(g) !== t.family) return;
      s.readRight++;
    }
    for (const kind of kinds) {
      const v = famx55Variant(kind, g, t.header_row!);
      if (!v) continue;
      const got = familyOf(v);
      if (!known) {
        add(s.gained, kind, got !== "unknown");
        s.allGained.n++;
        if (got !== "unknown") {
          s.allGained.kept++;
          s.misses.push({ id: t.id, family: t.family, kind, got });
        }
        continue;
      }
      const ok = got === t.family;
      add(s.perKind, kind, ok);
      add(s.perFamily, `${t.family}\t${kind}`, ok);
      s.all.n++;
      if (ok) s.all.kept++;
      else s.misses.push({ id: t.id, family: t.family, kind, got });
    }
  });
  return s;
}
