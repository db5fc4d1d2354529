import { readFileSync } from "fs";
import { join } from "path";
import { rangeA1 } from "../../src/core/grid/a1";
import type { Cell, CellValue } from "../../src/core/grid/grid";
import { Grid } from "../../src/core/grid/grid";
import type { Relation } from "../../src/core/model/types";
import { statedCell } from "../../src/core/relations";
import { withoutRemarks } from "../../src/core/recognise/side-columns";
import { unitAmount, withUnitAmounts } from "../../src/core/recognise/unit-amounts";
import { LINE_NOTE } from "../../src/core/recognise/vocabulary";
import { review } from "../../src/core/review";
import type { ReviewResult } from "../../src/core/review";
import { FIXTURES, jsonGrid } from "../helpers";
import { build, id, rowTexts, SHEETS, signature } from "./metamorphic";

/**
 * dev47 (session 47): two classes.
 *
 * 1. A notes column (备注 / 附注) is text about a line, never a part of its arithmetic nor of its head's shape: the
 *    clearing of a remarks column (side-columns.ts withoutRemarks) goes on past a second table's head line whose cell
 *    in the column is a note (LINE_NOTE: 见附件2, 详见附表3, 按计划实施, 已完成 …, or a date / a number, no header's
 *    word), and a 备注 heading with one name left of it is read where it closes its line and the lines under it are
 *    wider (a header whose other heads were lost: 绩效等级 | 备注 over 分值 | 得分 | 等级 | note).
 * 2. Amounts written in Chinese units, 亿 / 万 / 元 parts ('1,030萬6,880元'), read as the 元 they state where a column
 *    holds two such amounts of two parts at least (unit-amounts.ts).
 */

const grid = (rows: CellValue[][], merges: string[] = []) => Grid.fromValues("S", rows, merges);
/** The texts left in a column under `from`, by row. */
const column = (g: Grid, c: number, from: number) => {
  const out: string[] = [];
  for (let r = from; r <= g.rowCount; r++) out.push(g.text(r, c));
  return out;
};

describe("a remarks column goes on past a second table's head line holding a note", () => {
  // 表1: 排名 | 镇街 | 得分 | 备注 (the notes column appended), its section label and 表2's head line noted too
  const twoRankings = (note: string, secondHead = "排名|社区|得分", below: (r: number) => CellValue = (r) => (r % 2 ? "2023.12" : "见附件2")) =>
    grid([
      ["排名", "镇街", "得分", "备注"],
      [1, "弋江桥", 72.92, "见附件2"],
      [2, "中山南路", 64.35, "2024.6"],
      [3, "利民路", 59.64, "按计划实施"],
      ["各社区测评结果排名(降序)", null, null, "2024.6"],
      [...secondHead.split("|"), note],
      [1, "禹王宫社区", 98.65, below(7)],
      [2, "滨江社区", 94.45, below(8)],
      [3, "奥园社区", 91, below(9)],
    ]);
  // (the note on the second head line in other words, 繁體, with spaces, a date)
  test.each(["见附件2", "按计划实施", "已完成", "详见附表3", "見附件2", "按 期 完 成", "正在实施", "2024.6", "暂未开展", "2024年6月", "2024年6月30日前"])("note %s: the column cleared to the end", (note) => {
    const g = withoutRemarks(twoRankings(note))!;
    expect(g).not.toBeNull();
    expect(g.text(1, 4)).toBe("备注");
    expect(column(g, 4, 2).filter(Boolean)).toEqual([]);
  });
  test("the second head's own 备注 left of the appended column (娄星: 乡镇 | 得分 | 排名 | 备 注 … | note): both cleared", () => {
    const g = withoutRemarks(
      grid([
        ["街道", "得分", "排名", null, "备注"],
        ["花山", 86.98, 1, null, "见附件2"],
        ["大科", 86.76, 2, null, "2024.6"],
        ["二、乡镇排名", null, null, null, "2024.6"],
        ["乡镇", "得分", "排名", "备 注", "按计划实施"],
        ["石井", 87.56, 1, "百亩87.8 赛辉87.3", "2023.12"],
        ["双江", 87.22, 2, "农新87.4 天壶87.6", "见附件2"],
      ]),
    )!;
    expect(column(g, 5, 2).filter(Boolean)).toEqual([]);
    expect(column(g, 4, 6).filter(Boolean)).toEqual([]);
    expect(g.text(5, 1)).toBe("乡镇");
  });
  // precision: a second table whose head over the column is its own column's name keeps that column
  test.each([
    ["金额", (r: number) => r * 10],
    ["已完成数", (r: number) => r],
    ["未完成原因", (r: number) => (r % 2 ? "资金未到位" : "天气原因")],
    ["完成情况", (r: number) => (r % 2 ? "良好" : "一般")],
    ["2024年", (r: number) => r * 3],
  ])("a second head naming its column (%s): the second table's cells kept", (word, below) => {
    expect(LINE_NOTE.test(word)).toBe(false);
    const g = withoutRemarks(twoRankings(word, "排名|社区|得分", below))!;
    expect(column(g, 4, 2).slice(0, 4).filter(Boolean)).toEqual([]);
    expect(column(g, 4, 6)).toEqual([word, ...[7, 8, 9].map((r) => String(below(r)))]);
  });
  test.each(["附注", "备注栏", "備註"])("a %s heading whose notes are cleared reads as 备注 (the word every list of heads knows)", (word) => {
    const g = withoutRemarks(grid([["排名", "单位", "得分", word], [1, "甲", 90, "见附件2"], [2, "乙", 85, "已完成"]]))!;
    expect([g.compactText(1, 4), g.text(2, 4), g.text(3, 4)]).toEqual(["备注", "", ""]);
  });
  test("a 附注 column of numbers only (no note) is kept, its heading as written", () => {
    expect(withoutRemarks(grid([["排名", "单位", "得分", "附注"], [1, "甲", 90, 3], [2, "乙", 85, 4]]))).toBeNull();
  });
  test("a 备注 heading with one name left of it, closing its line over wider lines (儋州: 绩效等级 | 备注)", () => {
    const rows: CellValue[][] = [
      ["绩效评价结果", null, null, null, null],
      [null, null, null, "绩效等级", "备注"],
      [null, null, 15, "优", "见附件2"],
      [null, 55, 49.04, "优", "2024.6"],
      ["产出", 20, 20, "优", "按计划实施"],
    ];
    const g = withoutRemarks(grid(rows))!;
    expect(column(g, 5, 3)).toEqual(["", "", ""]);
    expect(g.text(2, 5)).toBe("备注");
  });
  test.each([
    ["the lines under it no wider (a form's fields)", [["审核意见", "备注"], ["同意", "见附件"], ["签字", "2024.6"]]],
    ["备注 not closing its line", [["等级", "备注", "负责人"], [null, "优", "见附件2", "张三"], [null, "良", "2024.6", "李四"]]],
    ["one line under it only", [["等级", "备注"], [80, 90, "优", "见附件2"]]],
  ] as [string, CellValue[][]][])("one name left of 备注, %s: nothing cleared", (_what, rows) => {
    expect(withoutRemarks(grid(rows))).toBeNull();
  });
});

describe("amounts written in Chinese units", () => {
  test.each([
    ["1,030万6,880元", 10306880],
    ["1亿682万2,734元", 106822734],
    ["2亿4,225万8,534元", 242258534],
    ["1,232万元", 12320000],
    ["3,000元", 3000],
    ["1.5万元", 15000],
    ["2亿元", 200000000],
    ["¥12万3,456.78元", 123456.78],
    ["-3亿6,174万8,795元", -361748795],
    ["(-)101万1,792元", -1011792],
  ])("%s = %d 元", (t, v) => expect(unitAmount(t)).toBe(v));
  test.each(["2024年", "每户3000元/年", "12,34万元", "1万2千元", "万元", "约2亿4,225万元", "第3名"])("%s: none", (t) => expect(unitAmount(t)).toBeNull());

  // 燃氣熱水器's shape: a year list, 中央 | 地方 | 年度總額 in 億/萬/元 text, a 合計 line
  const yearly = (cells: (string | number)[][], head = ["年度", "中央補助", "地方編列", "年度總額"]) => grid([["補助一覽表", null, null, null], head, ...cells]);
  const LINES: [string, string, string, string][] = [
    ["97年", "1,030萬6,880元", "-", "1,030萬6,880元"],
    ["98年", "558萬4,300元", "23萬8,000元", "582萬2,300元"],
    ["99年", "1,793萬3,674元", "172萬5,000元", "1,965萬8,674元"],
    ["101年", "1,799萬6,440元", "1,232萬元", "3,031萬6,440元"],
    ["合計", "5,182萬1,294元", "1,428萬3,000元", "6,610萬4,294元"],
  ];
  test("each column of two-part amounts read as numbers of 元, the head and the '-' kept", () => {
    const g = withUnitAmounts(yearly(LINES))!;
    expect(g.raw(3, 2)).toBe(10306880);
    expect(g.raw(6, 3)).toBe(12320000);
    expect(g.raw(7, 4)).toBe(66104294);
    expect(g.raw(3, 3)).toBe("-");
    expect(g.raw(2, 2)).toBe("中央補助");
  });
  test("the sheet reads the list: its 合計 line the sum of the years, a slip in it found", () => {
    const ok = review(yearly(LINES), "national");
    expect(ok.model.headerRow).toBe(2);
    expect(ok.findings.filter((f) => f.severity === "error")).toEqual([]);
    const slipped = LINES.map((l) => [...l]);
    slipped[4][1] = "5,182萬1,394元";
    const r = review(yearly(slipped), "national");
    expect(r.findings.filter((f) => f.severity === "error").map((f) => `${f.rule}@${f.cell}`)).toContain("total-mismatch@B7");
  });
  // near shapes: a paragraph's amount, one amount of two parts in a column, a list's own unit ('20万元') — nothing changed
  test.each([
    ["a paragraph", [["97年至110年止,中央及地方共編列約2億4,225萬元", null], ["每戶最高1萬2,000元", null]]],
    ["one two-part amount in the column", [["项目", "金额"], ["甲", "1万2,000元"], ["乙", "3000"]]],
    ["one-part amounts only", [["项目", "金额"], ["甲", "20万元"], ["乙", "35万元"], ["合计", "55万元"]]],
    ["an indicator table's target column", [["三级指标", "指标值", "分值"], ["补助资金", "1万2,000元", 10], ["覆盖率", "≥95%", 10], ["补助标准", "3,000元", 10], ["建设数量", "12所", 10], ["到位资金", "2万5,000元", 10], ["满意度", "≥90%", 10]]],
  ] as [string, CellValue[][]][])("%s: the grid unchanged", (_what, rows) => expect(withUnitAmounts(grid(rows))).toBeNull());
});

// ---------------------------------------------------------------------------------------------------------------------
// Generated variants from the corpus itself: every real truth of the class printed again in the class's other shapes.

const truthFamily = (name: string): string | null => {
  if (!name.startsWith("real/")) return null;
  try {
    return (JSON.parse(readFileSync(join(FIXTURES, `${name}.truth.json`), "utf8")) as { family: string }).family;
  } catch {
    return null;
  }
};
const kept = (r: ReviewResult) => {
  const s = signature(r, id, true);
  return { family: s.family, header: r.model.headerRow, total: r.model.totals?.score?.cell ?? null, indicators: s.indicators, relations: s.relations, findings: s.findings };
};

/** What differs between two kept() signatures (for the report). */
function diffOf(a: ReturnType<typeof kept>, b: ReturnType<typeof kept>): string {
  const out: string[] = [];
  for (const k of ["family", "header", "total"] as const) if (a[k] !== b[k]) out.push(`${k} ${b[k]}->${a[k]}`);
  if (JSON.stringify(a.indicators) !== JSON.stringify(b.indicators)) out.push("indicators");
  const minus = b.relations.filter((x) => !a.relations.includes(x));
  const plus = a.relations.filter((x) => !b.relations.includes(x));
  if (minus.length || plus.length) out.push(`rel -${minus.length}[${minus.slice(0, 2).join(";")}] +${plus.length}[${plus.slice(0, 2).join(";")}]`);
  const fm = b.findings.filter((x) => !a.findings.includes(x));
  const fp = a.findings.filter((x) => !b.findings.includes(x));
  if (fm.length || fp.length) out.push(`fin -[${fm.join(";")}] +[${fp.join(";")}]`);
  return `(${out.join(" | ")})`;
}

/** A notes column appended at the right, headed `head`, each line from the first line of numbers noted from `notes`. */
function notesColumn(g: Grid, r: ReviewResult, head: string, notes: string[]): Grid | null {
  const top = r.model.headerRow;
  const last = r.model.headerLastRow ?? top;
  if (top === null || last === null) return null;
  const col = g.colCount + 1;
  const line = (row: number) => rowTexts(g, row).map((x) => x.text).join("|");
  const headLine = line(top);
  let first = last + 1;
  while (first <= g.rowCount && !rowTexts(g, first).some((x) => /^\s*-?\d/.test(x.text))) first++;
  let n = 0;
  const out = build(g, (row, c) => {
    if (c < col) return g.cell(row, c);
    if (row === top || line(row) === headLine) return { v: head };
    const texts = rowTexts(g, row);
    if (row <= last || row < first || !texts.length || /^\s*(注|註|说明|說明|备注|備註)/.test(texts[0].text)) return null;
    return { v: notes[n++ % notes.length] };
  }, g.rowCount, col, [...g.merges.map((m) => rangeA1(m)), ...(last > top ? [rangeA1({ r1: top, c1: col, r2: last, c2: col })] : [])]);
  return n ? out : null;
}

const NOTE_SHAPES: [string, string, string[]][] = [
  ["备注, references and dates", "备注", ["见附件2", "2024.6", "按计划实施", "2023.12"]],
  ["附注, states", "附注", ["已完成", "详见附表3", "正在实施", "2024年6月"]],
  ["附注, references and dates", "附注", ["见附件2", "2024.6", "按计划实施", "2023.12"]],
  ["备注, states", "备注", ["已完成", "详见附表3", "正在实施", "2024年6月"]],
  ["備註 (繁體)", "備註", ["見附件2", "已完成", "2024.6", "按期完成"]],
  ["备 注 with spaces, a page number", "备 注", ["3", "见附件1", "按 计 划 实 施", "2023.12"]],
];

// (the results lists: every real truth of family evaluation-summary; TEMPLATE_MEASURE-like full sweep with DEV47_ALL=1)
const RESULTS = SHEETS.filter(([name]) => (process.env.DEV47_ALL ? name.startsWith("real/") : truthFamily(name) === "evaluation-summary"));

describe("a notes column on every results truth, in other words", () => {
  const tally = new Map<string, { tried: number; kept: number; lost: string[] }>();
  afterAll(() => {
    if (process.env.DEV47_REPORT) for (const [k, t] of tally) console.log(`NOTES\t${k}\t${t.kept}/${t.tried}\t${t.lost.join(" ")}`);
  });
  test.each(NOTE_SHAPES)("%s", (shape, head, notes) => {
    const t = { tried: 0, kept: 0, lost: [] as string[] };
    tally.set(shape, t);
    for (const [name, load] of RESULTS) {
      const g = load();
      const base = review(g, "national");
      const changed = notesColumn(g, base, head, notes);
      if (!changed) continue;
      t.tried++;
      const a = kept(review(changed, "national"));
      const b = kept(base);
      if (JSON.stringify(a) === JSON.stringify(b)) t.kept++;
      else t.lost.push(process.env.DEV47_REPORT ? `${name} ${diffOf(a, b)}` : name);
    }
    // (every sheet given the column reads as before: n of n, n the sources' count)
    expect(t.tried).toBeGreaterThan(RESULTS.length / 2);
    expect(t.lost).toEqual(NOTES_LOST[shape] ?? []);
  });
});
/** Sheets a shape loses still, with the cause (see dev47-diagnosis.md). */
const NOTES_LOST: Record<string, string[]> = {};

/** The amounts of a relation of amounts: the cells of its total and parts. */
const amountCells = (x: Relation): string[] => {
  if (x.measure !== "amount") return [];
  const parts = x.kind === "sum" ? x.parts.map((p) => p.cell) : x.kind === "difference" ? [x.minuend.cell, ...x.subtrahends.map((s) => s.cell)] : x.kind === "product" ? x.factors.map((f) => f.cell) : [];
  return [statedCell(x), ...parts];
};

/** v as an amount in Chinese units, v 元: 亿 / 万 / 元 parts ('1,030萬6,880元'); `shape` the writing. */
function inUnits(v: number, shape: "trad" | "plain" | "spaced"): string {
  if (v < 0) return `${shape === "trad" ? "(-)" : "-"}${inUnits(-v, shape)}`;
  const yi = Math.floor(v / 1e8);
  const wan = Math.floor((v % 1e8) / 1e4);
  const yuan = Math.round((v % 1e4) * 100) / 100;
  const num = (n: number) => (shape === "plain" ? String(n) : n.toLocaleString("en-US", { maximumFractionDigits: 2 }));
  const [Y, W] = shape === "trad" ? ["億", "萬"] : ["亿", "万"];
  const parts = `${yi ? `${num(yi)}${Y}` : ""}${wan ? `${num(wan)}${W}` : ""}${yuan || (!yi && !wan) ? num(yuan) : ""}`;
  return shape === "spaced" ? `${parts} 元` : `${parts}元`;
}

// (the statements: every real truth of family unknown whose review reads amounts — each amount column's numbers written in 萬/元 text)
const STATEMENTS = SHEETS.filter(([name]) => truthFamily(name) === "unknown");

describe("amounts in 萬/元 text on every statement truth", () => {
  const tally = new Map<string, { tried: number; kept: number; lost: string[] }>();
  afterAll(() => {
    if (process.env.DEV47_REPORT) for (const [k, t] of tally) console.log(`UNITS\t${k}\t${t.kept}/${t.tried}\t${t.lost.join(" ")}`);
  });
  test.each(["trad", "plain", "spaced"] as const)("%s", (shape) => {
    const t = { tried: 0, kept: 0, lost: [] as string[] };
    tally.set(shape, t);
    for (const [name, load] of STATEMENTS) {
      const g = load();
      const base = review(g, "national");
      const cols = new Set<number>();
      for (const x of base.model.relations) for (const a of amountCells(x)) cols.add(g.anchor(...rc(a)).col);
      // (only the columns whose amounts reach 万: a column of small amounts is written in one part, read as it was)
      const big = [...cols].filter((c) => {
        let n = 0;
        for (let r = (base.model.headerRow ?? 0) + 1; r <= g.rowCount; r++) if ((plain(g.raw(r, c)) ?? 0) >= 1e4) n++;
        return n >= 2;
      });
      if (!big.length) continue;
      const from = (base.model.headerRow ?? 0) + 1;
      // (amounts only: not a count's line or column, 团组数(个), 件數)
      const counts = (r: number) => COUNT.test(rowTexts(g, r)[0]?.text ?? "");
      const countCol = (c: number) => Array.from({ length: Math.max(0, (base.model.headerLastRow ?? base.model.headerRow ?? 0)) }, (_x, i) => g.text(i + 1, c)).some((t) => COUNT.test(t));
      const changed = build(g, (r, c) => {
        const x = g.cell(r, c);
        const v = plain(x?.v ?? null);
        return r >= from && big.includes(c) && !countCol(c) && !counts(r) && v !== null && g.ownsCell(r, c) ? ({ v: inUnits(v, shape) } as Cell) : x;
      }, g.rowCount, g.colCount, g.merges.map((m) => rangeA1(m)));
      t.tried++;
      const a = kept(review(changed, "national"));
      const b = kept(base);
      if (JSON.stringify(a) === JSON.stringify(b)) t.kept++;
      else t.lost.push(process.env.DEV47_REPORT ? `${name} ${diffOf(a, b)}` : name);
    }
    expect(t.tried).toBeGreaterThan(0);
    expect(t.lost).toEqual(UNITS_LOST[shape] ?? []);
  });
});
const UNITS_LOST: Record<string, string[]> = {
  // (a column of whole 万 only, '25万元', '15万元': a list in 万元, not this class — cells.ts amountAt reads each as 万元, but
  // the leading 一、支出合计 line is then no stated total; the broader reading that takes such columns in 元 changed six
  // indicator tables' results, their target columns '15万元' | '35万元', and was dropped)
  ...Object.fromEntries((["trad", "plain", "spaced"] as const).map((k) => [k, ["real/hn-yueyangxian-taichuangyuan-three-public-expenses-budget-2017"]])),
};
const COUNT = /[(（](个|人|辆|批|次|件|项|人次|户|台|所)[)）]|[人次个件户]\s*數|[人次个件户]\s*数|数量/;

/** A plain amount, typed or as text ('1,234.50'), else null. */
function plain(v: CellValue): number | null {
  if (typeof v === "number") return v;
  if (typeof v !== "string" || !/^\s*-?\d[\d,]*(\.\d+)?\s*$/.test(v)) return null;
  return Number(v.replace(/[,\s]/g, ""));
}

function rc(a1: string): [number, number] {
  const m = /^([A-Z]+)(\d+)$/.exec(a1)!;
  let col = 0;
  for (const ch of m[1]) col = col * 26 + ch.charCodeAt(0) - 64;
  return [Number(m[2]), col];
}
