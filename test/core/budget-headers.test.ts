import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";

/**
 * grad41b (session 41): five 台灣 / 澳門 budget tables graduated from validation/ were read as budgets with no header
 * (batch51-graduation-b-diagnosis.md). Each shape below is one of their causes, cut to a small grid, beside its
 * counter-shape (the near case that must stay unread). Every number is the page's or computed in the comment.
 *  1. a change head naming the two budgets it compares (本年度與上年度比較 over 本年度預算數 | 上年度預算數) on one or two
 *     lines (主計處 92年度 衛生署主管, 85年度 平衡省市預算基金): too few lines to tell the column by its lines, but its
 *     words say which two columns it is the difference of; a bare 比較, or 上年度 naming a 決算, says not;
 *  2. an open-data export's columns in its store's order (桃園市 歲入來源別預算表): 上年度預算數 left of 本年度預算數;
 *  3. a classification code written with spaces (澳門 衛生局 2005: 04 03 00), not a number 040300;
 *  4. the group line of an amount list's two-line head (經濟分類 merged over 編號 | 名稱, beside 金額 (澳門幣) over 增加):
 *     the header's top line;
 *  5. a coded budget list with no sum (澳門 立法會 2018: 13-01-00-02 自治機構 … 05-04-00-00-90 備用撥款 | $ 3,082,614.90):
 *     headed by its 經濟分類 | 金額 line;
 *  6. the sums a reviewer adds by the level columns 款 | 項 | 目 | 節 (桃園 土地稅 = 地價稅 + 土地增值稅; 主計處's cut
 *     parents, 92年度 衛生署主管 ≥ 衛生署, as bounds).
 */
type Row = string[];
const run = (rows: Row[], merges: string[] = []) => {
  const r = review(Grid.fromValues("S", rows, merges), "national");
  return {
    header: r.model.headerRow,
    last: r.model.headerLastRow,
    differences: r.model.relations.filter((x) => x.kind === "difference").length,
    errors: r.findings.filter((f) => f.severity === "error").map((f) => `${f.rule}@${f.cell}`),
  };
};
const at = (rows: Row[], r: number, c: number, v: string) => rows.map((row, i) => (i === r ? row.map((x, j) => (j === c ? v : x)) : row));

// --- 1. 主計處 歲出機關別預算表 cut after one or two lines
const AGENCY_HEAD = (change: string, earlier = "上年度預算數"): Row[] => [
  ["中央政府總預算", "", "", "", ""],
  ["歲出機關別預算表", "", "", "", ""],
  ["中華民國九十二年度", "", "", "單位:新台幣千元", ""],
  ["科 目", "", "本年度預算數", earlier, change],
  ["款", "名 稱 及 編 號", "", "", ""],
];
const AGENCY_MERGES = ["A1:E1", "A2:E2", "A3:C3", "D3:E3", "A4:B4", "C4:C5", "D4:D5", "E4:E5"];
const NAMED = "本年度與上年度\n比 較";
// 43,106,048 − 42,175,294 = 930,754; 38,375,177 − 37,697,851 = 677,326
const TWO: Row[] = [
  ["23", "衛生署主管", "43,106,048", "42,175,294", "930,754"],
  ["1", "衛生署", "38,375,177", "37,697,851", "677,326"],
];
// 71,200,000 − 60,000,000 = 11,200,000
const ONE: Row[] = [["4", "平衡省市預算基金", "71,200,000", "60,000,000", "11,200,000"]];

describe("1. a change head naming the two budgets it compares reads one or two lines", () => {
  test.each<[string, Row[], { header: number | null; last: number | null; differences: number; errors: string[] }]>([
    ["two lines (衛生署主管, 衛生署)", [...AGENCY_HEAD(NAMED), ...TWO], { header: 4, last: 5, differences: 2, errors: [] }],
    ["one line (平衡省市預算基金)", [...AGENCY_HEAD(NAMED), ...ONE], { header: 4, last: 5, differences: 1, errors: [] }],
    // (衛生署's change written 677,362: 38,375,177 − 37,697,851 = 677,326)
    ["two lines, the second change off by 36: found there", [...AGENCY_HEAD(NAMED), ...at(TWO, 1, 4, "677,362")], { header: 4, last: 5, differences: 2, errors: ["total-mismatch@E7"] }],
    // (the one line's change written 11,200,100: 71,200,000 − 60,000,000 = 11,200,000)
    ["one line, its change off by 100: found", [...AGENCY_HEAD(NAMED), ...at(ONE, 0, 4, "11,200,100")], { header: 4, last: 5, differences: 1, errors: ["total-mismatch@E6"] }],
    // counter-shapes: a bare 比較 names no periods; 上年度決算數 is no budget of the kind 本年度預算數 is
    ["counter: a bare 比 較 head over two lines", [...AGENCY_HEAD("比 較"), ...TWO], { header: null, last: null, differences: 0, errors: [] }],
    ["counter: the earlier column 上年度決算數", [...AGENCY_HEAD(NAMED, "上年度決算數"), ...TWO], { header: null, last: null, differences: 0, errors: [] }],
  ])("%s", (_name, rows, expected) => {
    expect(run(rows, AGENCY_MERGES)).toEqual(expected);
  });
});

// --- 2. an open-data CSV's column order: 上年度預算數 | 本年度預算數 | 前年度決算數 | 科目名稱及編號 | 本年度與上年度比較
const CSV_HEAD: Row = ["上年度預算數", "本年度預算數", "前年度決算數", "科目名稱及編號", "本年度與上年度比較"];
// 8,780,000 − 8,400,000 = 380,000; 6,900,000 − 6,600,000 = 300,000; 1,740,000 − 1,650,000 = 90,000; 8,200,000 − 8,400,000 = −200,000
const CSV_LINES: Row[] = [
  ["8,400,000", "8,780,000", "8,202,947", "房屋稅", "380,000"],
  ["6,600,000", "6,900,000", "6,495,996", "使用牌照稅", "300,000"],
  ["1,650,000", "1,740,000", "1,642,727", "契稅", "90,000"],
  ["8,400,000", "8,200,000", "8,516,704", "地價稅", "-200,000"],
];
const csv = (rows: Row[]) => {
  const r = review(Grid.fromValues("S", rows, []), "national");
  const first = r.model.relations.find((x) => x.kind === "difference");
  return { ...run(rows), firstLabel: first?.kind === "difference" ? first.label : null };
};

describe("2. the earlier budget left of the current one (an open-data export's column order)", () => {
  test.each<[string, Row[], { header: number | null; last: number | null; differences: number; errors: string[]; firstLabel: string | null }]>([
    // (named by the 科目名稱及編號 column right of the budgets: 房屋稅 → 房屋税比较)
    ["four lines, each change 本年度 − 上年度", [CSV_HEAD, ...CSV_LINES], { header: 1, last: 1, differences: 4, errors: [], firstLabel: "房屋税比较" }],
    // (使用牌照稅's change written 30,000: 6,900,000 − 6,600,000 = 300,000)
    ["使用牌照稅's change written 30,000: found there", [CSV_HEAD, ...at(CSV_LINES, 1, 4, "30,000")], { header: 1, last: 1, differences: 4, errors: ["total-mismatch@E3"], firstLabel: "房屋税比较" }],
    // counter-shape: the column left of the current budget is no earlier budget the change is taken from (every line off)
    ["counter: the 上年度 column other amounts", [CSV_HEAD, ...CSV_LINES.map((l) => ["1,000", ...l.slice(1)])], { header: null, last: null, differences: 0, errors: [], firstLabel: null }],
  ])("%s", (_name, rows, expected) => {
    expect(csv(rows)).toEqual(expected);
  });
});

// --- 3 and 4. 澳門 衛生局's revenue budget: codes written with spaces, a two-line head with no merge down
const MO_HEAD = (moneyHead: string): Row[] => [
  ["二零零五財政年度第二補充預算——收入預算", "", ""],
  ["經濟分類", "", moneyHead],
  ["編號", "名稱", "增加"],
  ["", "經常收入", ""],
];
const MO_MERGES = ["A1:C1", "A2:B2"];
const moLines = (codes: [string, string, string]): Row[] => [
  [codes[0], "財產之收益", ""],
  ["04 03 00", "利息——其他部門", "2,100,000.00"],
  [codes[1], "轉移", ""],
  ["05 01 01", "澳門特別行政區政府之共同分擔", "107,200,000.00"],
  [codes[2], "勞務及非耐用品之出售", ""],
  ["07 10 04", "處方予求診者的藥物", "500,000.00"],
  // 2,100,000 + 107,200,000 + 500,000 = 109,800,000
  ["", "合計", "109,800,000.00"],
];
const CODES: [string, string, string] = ["04 00 00", "05 00 00", "07 00 00"];
/** the lines' amounts written with a space between thousands, no decimals (2,100,000.00 → 2 100 000) */
const spacedAmounts = (rows: Row[]) => rows.map((l) => [l[0], l[1], l[2].replace(/\.00$/, "").replace(/,/g, " ")]);
const mo = (rows: Row[]) => {
  const r = review(Grid.fromValues("S", rows, MO_MERGES), "national");
  return { ...run(rows, MO_MERGES), total: r.model.totals?.score ? `${r.model.totals.score.value}@${r.model.totals.score.cell}` : null };
};

describe("3, 4. a budget coded with spaced groups under a two-line head: its header's top line and its 合計", () => {
  test.each<[string, Row[], { header: number | null; last: number | null; differences: number; errors: string[]; total: string | null }]>([
    ["codes 04 00 00 …, 經濟分類 over 編號 | 名稱 beside 金額 over 增加", [...MO_HEAD("金額\n(澳門幣)"), ...moLines(CODES)], { header: 2, last: 3, differences: 0, errors: [], total: "109800000@C11" }],
    // (合計 written 109,900,000.00: the lines give 109,800,000)
    ["合計 written 109,900,000.00: found", [...MO_HEAD("金額\n(澳門幣)"), ...at(moLines(CODES), 6, 2, "109,900,000.00")], { header: 2, last: 3, differences: 0, errors: ["total-mismatch@C11"], total: "109900000@C11" }],
    // counter-shape (4): the line over 編號 | 名稱 names no money column beside its group (說明): the header is the lower line
    ["counter: no money column named on the upper line", [...MO_HEAD("說明"), ...moLines(CODES)], { header: 3, last: 3, differences: 0, errors: [], total: "109800000@C11" }],
    // counter-shape (3): groups of three digits parted by spaces are an amount (2 100 000), not a code: the amounts
    // written so still add up to the 合計 and head the list as before
    ["counter: the amounts written 2 100 000 …", [...MO_HEAD("金額\n(澳門幣)"), ...spacedAmounts(moLines(CODES))], { header: 2, last: 3, differences: 0, errors: [], total: "109800000@C11" }],
  ])("%s", (_name, rows, expected) => {
    expect(mo(rows)).toEqual(expected);
  });
});

// --- 5. 澳門 立法會's supplementary budget: coded lines, one amount each side, no 總收入 / 總開支
const LA: Row[] = [
  ["通過二零一八財政年度立法會第一補充預算,該預算載於本議決之附件。", "", "", ""],
  ["職能分類", "經濟分類", "名稱", "金額"],
  ["收入", "", "", ""],
  ["資本收入", "", "", ""],
  ["13-00-00-00", "其他資本收入", "", ""],
  ["13-01-00-00", "歷年財政年度結餘", "", ""],
  ["13-01-00-02", "自治機構", "$ 3,082,614.90", ""],
  ["開支", "", "", ""],
  ["經常開支", "", "", ""],
  ["05-00-00-00-00", "其他經常開支", "", ""],
  ["05-04-00-00-00", "雜項", "", ""],
  ["1-01-1", "05-04-00-00-90", "備用撥款", "$ 3,082,614.90"],
];
const LA_MERGES = ["A1:D1", "A3:D3", "A4:D4", "A8:D8", "A9:D9"];

describe("5. a coded budget list stating no sum is headed by its 經濟分類 | 金額 line", () => {
  test.each<[string, Row[], { header: number | null; last: number | null; differences: number; errors: string[] }]>([
    ["six coded lines, 備用撥款's amount under 金額", LA, { header: 2, last: 2, differences: 0, errors: [] }],
    // counter-shapes: no amount in the 金額 column (備用撥款's blank); two coded lines only (the heads 13-00, 13-01,
    // 05-00, 05-04 left out)
    ["counter: no amount under 金額", at(LA, 11, 3, ""), { header: null, last: null, differences: 0, errors: [] }],
    ["counter: two coded lines", LA.filter((_, i) => ![4, 5, 9, 10].includes(i)), { header: null, last: null, differences: 0, errors: [] }],
  ])("%s", (_name, rows, expected) => {
    const merges = rows.length === LA.length ? LA_MERGES : ["A1:D1", "A3:D3", "A4:D4", "A6:D6", "A7:D7"];
    expect(run(rows, merges)).toEqual(expected);
  });
});

// --- 6. a budget placed by level columns (款 | 項 | 目 | 節): each line's amounts the sum of its next level's lines
const LEVEL_HEAD: Row[] = [
  ["中央政府總預算", "", "", "", "", "", "", ""],
  ["歲出政事別預算表", "", "", "", "", "", "", ""],
  ["中華民國九十二年度", "", "", "", "", "單位:新台幣千元", "", ""],
  ["科 目", "", "", "", "", "本年度預算數", "上年度預算數", "本年度與上年度\n比 較"],
  ["款", "項", "目", "節", "名 稱 及 編 號", "", "", ""],
];
const LEVEL_MERGES = ["A1:H1", "A2:H2", "A3:E3", "F3:H3", "A4:E4", "F4:F5", "G4:G5", "H4:H5"];
// 司法支出 1,000 = 600 + 400, 900 = 500 + 400, 100 = 100 + 0 (closed by 款 6); 國防支出 open at the sheet's end:
// 300 ≥ 300, 350 ≥ 350 (bounds), its change −50 no bound; each change = 本年度 − 上年度
const LEVEL_LINES: Row[] = [
  ["5", "", "", "", "司法支出", "1,000", "900", "100"],
  ["", "1", "", "", "司法院", "600", "500", "100"],
  ["", "2", "", "", "法務部", "400", "400", "0"],
  ["6", "", "", "", "國防支出", "300", "350", "-50"],
  ["", "1", "", "", "國防部", "300", "350", "-50"],
];
/** each line preceded by its 10-digit 編號 alone in the name column, as 主計處's pages print it */
const withCodes = (lines: Row[]) => lines.flatMap((l, i) => [["", "", "", "", String(3500000000 + i * 10000), "", "", ""], l]);
const levels = (rows: Row[]) => {
  const r = review(Grid.fromValues("S", rows, LEVEL_MERGES), "national");
  const sums = r.model.relations.filter((x) => x.kind === "sum" && x.group?.startsWith("levels:"));
  return {
    sums: sums.map((x) => (x.kind === "sum" ? `${x.total.cell}${x.bound === "equal" ? "=" : "≥"}${x.parts.map((p) => p.cell).join("+")}` : "")),
    errors: r.findings.filter((f) => f.severity === "error").map((f) => `${f.rule}@${f.cell}`),
  };
};

describe("6. a budget placed by level columns: closed lines equal their lines, an open one bounds them", () => {
  test.each<[string, Row[], { sums: string[]; errors: string[] }]>([
    ["司法支出 closed by 款 6, 國防支出 open at the end", [...LEVEL_HEAD, ...LEVEL_LINES], { sums: ["F6=F7+F8", "G6=G7+G8", "H6=H7+H8", "F9≥F10", "G9≥G10"], errors: [] }],
    // (司法院's change written 150: 600 − 500 = 100, and 司法支出's 100 = 100 + 0, not 150 + 0: both found)
    ["司法院's change written 150", [...LEVEL_HEAD, ...at(LEVEL_LINES, 1, 7, "150")], { sums: ["F6=F7+F8", "G6=G7+G8", "H6=H7+H8", "F9≥F10", "G9≥G10"], errors: ["total-mismatch@H6", "total-mismatch@H7"] }],
    // counter-shape: 國防支出 500 | 350 | 150 over 國防部 300 | 100 | 200 (500 − 350 = 150, 300 − 100 = 200), the list
    // stopping there: the rest of its 項 may be past the cut, 500 ≥ 300 and 350 ≥ 100 hold; its change 150 is no bound
    // of 國防部's 200 (a 項 past the cut may have fallen)
    ["counter: the open 國防支出 above its one line", [...LEVEL_HEAD, ...LEVEL_LINES.slice(0, 3), ["6", "", "", "", "國防支出", "500", "350", "150"], ["", "1", "", "", "國防部", "300", "100", "200"]], { sums: ["F6=F7+F8", "G6=G7+G8", "H6=H7+H8", "F9≥F10", "G9≥G10"], errors: [] }],
    // (the same with 主計處's 10-digit 編號 line over each line, 3500000000 …: no change bound all the same)
    ["counter: the open 國防支出, 編號 lines between", [...LEVEL_HEAD, ...withCodes([...LEVEL_LINES.slice(0, 3), ["6", "", "", "", "國防支出", "500", "350", "150"], ["", "1", "", "", "國防部", "300", "100", "200"]])], { sums: ["F7=F9+F11", "G7=G9+G11", "H7=H9+H11", "F13≥F15", "G13≥G15"], errors: [] }],
    // …and the same line closed by a next 款 (7 經濟支出 0 | 0 | 0): its one line is all of it, 300 ≠ 500, 100 ≠ 350, 200 ≠ 150
    ["the same, closed by 款 7", [...LEVEL_HEAD, ...LEVEL_LINES.slice(0, 3), ["6", "", "", "", "國防支出", "500", "350", "150"], ["", "1", "", "", "國防部", "300", "100", "200"], ["7", "", "", "", "經濟支出", "0", "0", "0"]], { sums: ["F6=F7+F8", "G6=G7+G8", "H6=H7+H8", "F9=F10", "G9=G10", "H9=H10"], errors: ["total-mismatch@F9", "total-mismatch@G9", "total-mismatch@H9"] }],
    // counter-shape: two level words (款 | 項) are too little to place lines by (項 | 目 may be 項目 split over two cells)
    ["counter: only 款 | 項 named", [...LEVEL_HEAD.slice(0, 4), ["款", "項", "", "", "名 稱 及 編 號", "", "", ""], ...LEVEL_LINES], { sums: [], errors: [] }],
  ])("%s", (_name, rows, expected) => {
    expect(levels(rows)).toEqual(expected);
  });
});
