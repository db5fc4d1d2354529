import { BOOK, PLANS } from "./budget-book";
import type { CellValue } from "../../src/core/grid/grid";
import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";

/**
 * fix45 (session 45): the session's new readings kept under a user's ordinary edits (the six KNOWN metamorphic entries of
 * 花蓮縣 菸酒管理, 文化部 中長程計畫, 遂宁 法律七进). Three classes:
 * (1) an empty line inside a period table is no boundary where the line after it continues the table (a gap after the
 *     head, between code blocks, before the closing line, before the share line);
 * (2) signature / notes lines under a cut page neither extend the table (a phone number typed in a period column) nor
 *     make the cut group whole; nor do they end a share column's one value;
 * (3) a budget code is a code whatever its number format ('1,020' is 1020).
 * Every relation asserted is the same one the unspaced / unsigned / unseparated sheet states (rows shifted by hand).
 */
type Row = (CellValue | undefined)[];
const E = (n: number): Row => Array(n).fill("");
const run = (rows: Row[], merges: string[] = []) => {
  const r = review(Grid.fromValues("S", rows, merges), "national");
  return {
    header: r.model.headerRow,
    sums: r.model.relations.filter((x) => x.kind === "sum").map((x) => (x.kind === "sum" ? `${x.total.cell}${x.bound === "atMost" ? "≥" : "="}${x.parts.map((p) => p.cell).join("+")}` : "")),
    ratios: r.model.relations.filter((x) => x.kind === "ratio").map((x) => (x.kind === "ratio" ? `${x.stated.cell}=${x.numerator.cell}/${x.denominator.cell}` : "")),
    errors: r.findings.filter((f) => f.severity !== "info").map((f) => `${f.rule}@${f.cell}`),
  };
};
const sorted = (xs: string[]) => [...xs].sort();

// —— (1) a period table spaced out with empty lines ——
// 300,000 + 200,000 + 100,000 = 600,000 …; 占比 = 600,000 / 5,000,000 × 100 = 12.00 … (grad45c's PLANS)

describe("(1) empty lines inside a period table", () => {
  test("unspaced: B6 = rows 3–5, B7 = B6 / B2", () => {
    const r = run(PLANS);
    expect(r.sums).toEqual(["B6=B3+B4+B5", "C6=C3+C4+C5", "D6=D3+D4+D5", "E6=E3+E4+E5"]);
    expect(r.ratios).toEqual(["B7=B6/B2", "C7=C6/C2", "D7=D6/D2", "E7=E6/E2"]);
  });
  test("an empty line after the head, before the base line's block and before the 合計: the same relations, rows shifted", () => {
    // rows: 1 head, 2 empty, 3 base, 4 empty, 5–7 plans, 8 empty, 9 合計, 10 占比
    const rows = [PLANS[0], E(5), PLANS[1], E(5), PLANS[2], PLANS[3], PLANS[4], E(5), PLANS[5], PLANS[6]];
    const r = run(rows);
    expect(r.header).toBe(1);
    expect(r.sums).toEqual(["B9=B5+B6+B7", "C9=C5+C6+C7", "D9=D5+D6+D7", "E9=E5+E6+E7"]);
    expect(r.ratios).toEqual(["B10=B9/B3", "C10=C9/C3", "D10=D9/D3", "E10=E9/E3"]);
    expect(r.errors).toEqual([]);
  });
  test("simplified, Western years, two empty lines before the 比重 line: the share reads the 小计 past the gap", () => {
    const rows: Row[] = [
      ["项目", "2019年", "2020年", "2021年"],
      ["部门预算总额", "5000000", "5200000", "5500000"],
      ["甲项目", "300000", "310000", "320000"],
      ["乙项目", "200000", "190000", "180000"],
      ["丙项目", "100000", "150000", "200000"],
      ["重点项目小计", "600000", "650000", "700000"],
      E(4),
      E(4),
      ["重点项目比重(%)", "12.00", "12.50", "12.73"],
    ];
    const r = run(rows);
    expect(r.sums).toEqual(["B6=B3+B4+B5", "C6=C3+C4+C5", "D6=D3+D4+D5"]);
    expect(r.ratios).toEqual(["B9=B6/B2", "C9=C6/C2", "D9=D6/D2"]);
    expect(r.errors).toEqual([]);
  });
  test("a slip in one year's 合計 behind a gap is still found there (109年度 660,000 for 650,000)", () => {
    const rows = [PLANS[0], PLANS[1], PLANS[2], PLANS[3], PLANS[4], E(5), ["重點計畫預算合計", "600,000", "660,000", "700,000", "750,000"], PLANS[6]];
    expect(run(rows).errors).toContain("total-mismatch@C7");
  });
  test("near: after a gap, a line of words in the period columns (a note printed across them) ends the table: no run read across it", () => {
    const rows: Row[] = [
      ["項目", "108年度", "109年度", "110年度"],
      ["經常支出", "500", "520", "540"],
      ["資本支出", "200", "210", "220"],
      E(4),
      ["資料來源", "主計總處", "主計總處", "主計總處"],
      ["支出合計", "700", "730", "760"],
    ];
    expect(run(rows)).toMatchObject({ sums: [], errors: [] });
  });
});

// —— (2) + (3) a budget book's detail by code (grad45c's BOOK): cut inside 3000 (bounds), spaced, signed, separated ——
// 2000 = 2003 + 2018 + 2054 = 120,000 + 300,000 + 140,000 = 560,000; 2003 = 40,000 + 80,000; 3000 ≥ 3030 = 50,000 (cut)
const BOOK_SUMS = sorted(["G2=G3+G6+G8", "H2=H3+H6+H8", "I2=I3+I6+I8", "G3=G4+G5", "G6=G7", "G8=G9+G10", "G11≥G12", "H11≥H12", "G12≥G13"]);
const shift = (sums: string[], map: (r: number) => number) => sorted(sums.map((s) => s.replace(/([A-Z])(\d+)/g, (_, c, r) => `${c}${map(+r)}`)));

describe("(2) signature lines under a cut page, (3) codes with a thousands separator, spaced code blocks", () => {
  test("the page as printed: the outline and the cut group's bounds", () => {
    expect(sorted(run(BOOK).sums)).toEqual(BOOK_SUMS);
  });
  test("signature lines in cells of their own, a mobile number typed in the 112差異 column: the same relations, the cut kept", () => {
    const rows = [...BOOK, ["填表人：", "張三", "", "", "", "", "", "審核人：", "李四"], ["聯繫電話：", "0731-12345678", "", "", "", "", "", "", 13812345678], ["填報日期：", "2024年3月15日"]];
    const r = run(rows);
    expect(sorted(r.sums)).toEqual(BOOK_SUMS);
    expect(r.errors).toEqual([]);
  });
  test("the Taiwan wording of the contact line (聯絡電話, 联络电话) alone under the cut page: the cut group stays a bound", () => {
    for (const label of ["聯絡電話：", "联络电话："]) expect(sorted(run([...BOOK, [label, "03-8227171"]]).sums)).toEqual(BOOK_SUMS);
  });
  test("a signature block with a notes line (說明：…) in one cell each: the cut group stays a bound", () => {
    const rows = [...BOOK, ["填表人：張三    審核人：李四"], ["單位負責人："], ["說明：1.本表金額單位為元。"]];
    expect(sorted(run(rows).sums)).toEqual(BOOK_SUMS);
  });
  test("codes written with a thousands separator ('2,000', '2,003' …): the same outline", () => {
    const rows = BOOK.map((row, i) => (i > 0 && row[0] ? [String(row[0]).replace(/^(\d)(\d{3})$/, "$1,$2"), ...row.slice(1)] : row));
    expect(rows[1][0]).toBe("2,000");
    expect(sorted(run(rows).sums)).toEqual(BOOK_SUMS);
  });
  test("an empty line before each code block: the same outline, rows shifted", () => {
    // an empty line before rows 2, 3, 6, 8, 11, 12 (each coded line): row r moves down by the coded lines at or above it
    const codedRows = [2, 3, 6, 8, 11, 12];
    const rows: Row[] = [];
    BOOK.forEach((row, i) => {
      if (codedRows.includes(i + 1)) rows.push(E(9));
      rows.push(row);
    });
    const r = run(rows);
    expect(sorted(r.sums)).toEqual(shift(BOOK_SUMS, (x) => x + codedRows.filter((c) => c <= x).length));
    expect(r.errors).toEqual([]);
  });
  test("near: a code column holding amounts ('12,345.6') is no code column: no outline", () => {
    const rows = BOOK.map((row, i) => (i === 4 ? ["12,345.6", ...row.slice(1)] : row));
    expect(run(rows).sums.filter((s) => /^[GHI](2|3|6|8)=/.test(s))).toEqual([]);
  });
});

// —— (2) a share column of one value beside pointed labels, signature lines in cells under it ——
const P = (n: number) => `1.按时报送材料(${n}分)。`;
describe("(2) a share column's one value, signature lines in cells under the page", () => {
  const weights = (rows: Row[], merges: string[]) => review(Grid.fromValues("S", rows, merges), "national").model.indicators.map((i) => [i.row, i.weight]);
  const base: Row[] = [["考评内容", "考评要点", "计入总分权重"], ["工作推进机制 (26分)", P(26), "10%"], ["基层示范创建 (12分)", P(12), ""], ["专项普法活动 (62分)", P(62), ""]];
  test("the share read as the whole's: each line takes its label's points", () => {
    expect(weights(base, ["C2:C4"])).toEqual([[2, 26], [3, 12], [4, 62]]);
  });
  test("with 填表人： | 张三 | 审核人： | 李四 under it (审核人 in the share column): the same", () => {
    const rows = [...base, ["填表人：", "张三", "审核人：", "李四"], ["联系电话：", "0731-12345678", 13812345678], ["填报日期：", "2024年3月15日"]];
    expect(weights(rows, ["C2:C4"])).toEqual([[2, 26], [3, 12], [4, 62]]);
  });
});
