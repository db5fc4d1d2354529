/**
 * A rubric whose items' points stand only as awards inside their rules (yueyang41: 岳阳县 2018 貧困村出列驗收標準, 序號 |
 * 驗收及計分標準 with no 分值 column). Each line's worth is what its rule awards in full: its separate criteria's awards
 * added ('…計7分;25戶以上…計3分' = 10), or one criterion's top tier; the otherwise-zero is none. The family's evidence: a rule
 * head over short item labels whose rules read so on three lines at least, most of them. Shapes and counter-shapes: a
 * 说明 column, a list of requirements without awards, alternatives (grades, shortfalls, tiers), per-occurrence awards.
 */
import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";
import { awardsWorth, separateAwards } from "../../src/core/recognise/award-rubric";

describe("a rule's awards: separate criteria add up, alternatives do not", () => {
  test.each([
    // 岳阳县's own rules (compact reads the traditional forms)
    ["村主幹道通暢,到達村委會或村學校所在地計7分;25戶以上自然團寨道路實現硬化計3分。", [7, 3], 10],
    ["100%的建檔立卡貧困戶參加城鄉居民基本醫療保險的計4分,健康扶貧政策落實計6分。", [4, 6], 10],
    ["村級組織運轉保障達標計5分,綜合服務平台功能完善計5分", [5, 5], 10],
    // one award and its otherwise-zero (a note in brackets after it holds no points)
    ["有效解決安全飲水問題計10分,未解決計0分(取水水平距離不超過1公裏,垂直距離不超過100米)。", [10], 10],
    ["100%的農戶家中通生活用電(含光伏發電和農網改造達標的計10分),不達標記0分。", [10], 10],
    // a deduction with no figure takes from the award: the award is the whole
    ["做到應保盡保、應兜盡兜的計10分,未達到的按比例相應扣分。", [10], 10],
    // counter-shapes: alternatives of one criterion — grades, a shortfall, a lower tier under thresholds on both
    ["工作優秀得10分,良好得8分,一般得5分", null, null],
    ["全部完成的得6分;部分完成的得3分", null, null],
    // (tiers read as their top by topTierAward: the worth 10, no parts)
    ["覆蓋率達到90%以上計10分,80%以上計8分", null, 10],
    // per occurrence, a deduction by a figure, a cap, a range, points as a threshold: no fixed awards
    ["每發現一處問題得1分", null, null],
    ["資料齊全得5分,缺一項扣1分", null, null],
    ["考核得分90分以上得5分", null, null],
    ["視完成情況得1-3分", null, null],
    // a requirement with no award
    ["建立臺賬,資料齊全,按時上報", null, null],
  ])("%p -> %p, worth %p", (rule, parts, worth) => {
    expect(separateAwards(rule)).toEqual(parts);
    expect(awardsWorth(rule)).toBe(worth);
  });
});

const SHOW = (g: Grid) => {
  const m = review(g, "national").model;
  return { family: m.family, header: m.headerRow, lines: m.indicators.filter((i) => i.weight !== null).map((i) => [i.row, i.weight]) };
};

/** 岳阳县's shape: 序號 | a rule head merged over the item and rule columns; a threshold line across both; then the items */
const merged = (rules: string[], head = "驗收及計分標準") =>
  Grid.fromValues(
    "Sheet1",
    [
      ["貧困村出列驗收標準", "", ""],
      ["序號", head, ""],
      ["1", "綜合貧困發生率降至2%以下為達標。", ""],
      ...rules.map((r, k) => [String(k + 2), ["道路", "飲水", "教育", "醫療", "住房", "低保"][k], r]),
    ],
    ["A1:C1", "B2:C2", "B3:C3"],
  );

/** the same grid with its merges filled across (an export) or undone (a CSV dump) */
const unmerged = (g: Grid, fill: boolean) => {
  const rows: (string | number | null)[][] = [];
  for (let r = 1; r <= g.rowCount; r++) {
    const line: (string | number | null)[] = [];
    for (let c = 1; c <= g.colCount; c++) line.push(fill || g.ownsCell(r, c) ? (g.value(r, c) as string | number | null) : "");
    rows.push(line);
  }
  return Grid.fromValues("Sheet1", rows);
};

const ROAD = "到達村委會計7分;25戶以上道路硬化計3分。";
const WATER = "解決安全飲水問題計10分,未解決計0分。";
const SCHOOL = "無因貧輟學的計5分;教育幫扶政策落實計5分。";
const HEALTH = "參加醫療保險的計4分,健康扶貧政策落實計6分。";

describe("a rubric of lines each with a rule worth points, no 分值 column", () => {
  test("序號 | 驗收及計分標準 merged over two columns: items in the first, rules in the second, each worth its awards (7 + 3, 10, 5 + 5, 4 + 6)", () => {
    expect(SHOW(merged([ROAD, WATER, SCHOOL, HEALTH]))).toEqual({ family: "indicator-system", header: 2, lines: [[4, 10], [5, 10], [6, 10], [7, 10]] });
  });
  test("评分标准 heads it as well; lines of different worth each read their own (10, 6, 3)", () => {
    expect(SHOW(merged([ROAD, "參加醫療保險的計4分,政策落實計2分。", "台賬齊全得3分,否則不得分。"], "评分标准")).lines).toEqual([[4, 10], [5, 6], [6, 3]]);
  });
  test("项目 | 考核标准: the items' head left of the rule", () => {
    const g = Grid.fromValues("Sheet1", [
      ["考核评分表"],
      ["序号", "项目", "考核标准"],
      ["1", "道路", ROAD],
      ["2", "饮水", WATER],
      ["3", "教育", SCHOOL],
    ]);
    expect(SHOW(g)).toEqual({ family: "indicator-system", header: 2, lines: [[3, 10], [4, 10], [5, 10]] });
  });
  test.each([
    ["filled across (an export)", true],
    ["undone (a CSV dump)", false],
  ])("the head's merge %s: read the same", (_how, fill) => {
    expect(SHOW(unmerged(merged([ROAD, WATER, SCHOOL, HEALTH]), fill as boolean))).toEqual({ family: "indicator-system", header: 2, lines: [[4, 10], [5, 10], [6, 10], [7, 10]] });
  });
  // counter-shapes
  test("two lines of awards are the fewest (an excerpt cut after its first items: 7 + 3, 10); one is chance, no rubric", () => {
    expect(SHOW(merged([ROAD, WATER]))).toEqual({ family: "indicator-system", header: 2, lines: [[4, 10], [5, 10]] });
    expect(SHOW(merged([ROAD])).family).toBe("unknown");
  });
  test("a list of requirements without awards: no rubric", () => {
    expect(SHOW(merged(["道路通暢,到達村委會。", "解決安全飲水問題。", "無因貧輟學。", "政策落實到位。"])).family).toBe("unknown");
  });
  test("half the rules award by grade, per occurrence or by deduction: no rubric (three lines of awards among six, not more than half)", () => {
    expect(SHOW(merged([ROAD, WATER, SCHOOL, "優秀得10分,良好得8分", "每發現一處問題得1分", "資料齊全得5分,缺一項扣1分"])).family).toBe("unknown");
  });
  test("the near case: four lines of awards among six are a rubric (the other two read no points)", () => {
    expect(SHOW(merged([ROAD, WATER, SCHOOL, HEALTH, "優秀得10分,良好得8分", "每發現一處問題得1分"]))).toEqual({ family: "indicator-system", header: 2, lines: [[4, 10], [5, 10], [6, 10], [7, 10]] });
  });
  test("a 说明 column (no rule head) with numbers that are not points: no rubric", () => {
    const g = Grid.fromValues("Sheet1", [
      ["工作任务表"],
      ["序号", "项目", "说明"],
      ["1", "道路", "硬化道路7公里,覆盖3个村"],
      ["2", "饮水", "解决10个组的安全饮水"],
      ["3", "教育", "资助学生5人,每人500元"],
    ]);
    expect(SHOW(g).family).not.toBe("indicator-system");
  });
});
