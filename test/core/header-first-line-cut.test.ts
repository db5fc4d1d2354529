import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";
import { findIndicatorHeader } from "../../src/core/recognise/table-header";
import { titlesAnotherForm } from "../../src/core/recognise/table-walk";

/**
 * One notion of a header's first line: the line the model names as its header row (headerTop) is the line a sheet is
 * "cut above" when nothing stands over it. A line above read only for its words (a bare 评分标准 merged over B:C, a
 * parent header's cell on its own) is no line of the header: the sheet is not cut above, its 合计 is checked exactly
 * (93 over parts of 88 is a total-mismatch). A table whose header is on row 1, nothing above, is cut above: its 合计
 * is checked only "at most" (a total higher than the parts shown passes; one lower than them does not).
 *
 * The table: four criteria, 分值 20 + 20 + 30 + 30 = 100, 得分 18 + 20 + 27 + 23 = 88; the 合计 line states 分值 100 and
 * 得分 93 (5 too high), 88 (right) or 80 (8 too low).
 */

type Cells = (string | number | null)[][];

const CRITERIA: Cells = [
  [1, "预算执行率", "执行率100%得满分，每降低1%扣0.5分", 20, 18],
  [2, "资金使用合规性", "资金使用合规得满分，有违规扣分", 20, 20],
  [3, "项目完成数量", "全部完成得满分，否则按比例扣分", 30, 27],
  [4, "群众满意度", "满意度≥90%得满分，否则按比例扣分", 30, 23],
];
const TWO_LINE_CRITERIA: Cells = [
  [1, "决策", "预算执行率", "执行率100%得满分，每降低1%扣0.5分", 20, 18],
  [2, "过程", "资金使用合规性", "资金使用合规得满分，有违规扣分", 20, 20],
  [3, "产出", "项目完成数量", "全部完成得满分，否则按比例扣分", 30, 27],
  [4, "效益", "群众满意度", "满意度≥90%得满分，否则按比例扣分", 30, 23],
];
const ONE_LINE_HEADER = ["序号", "评价内容", "评分标准", "分值", "得分"];
const TWO_LINE_HEADER: Cells = [
  ["序号", "评价指标", null, "评分标准", "分值", "得分"],
  [null, "一级指标", "二级指标", null, null, null],
];

interface Shape {
  name: string;
  rows: (total: number) => Cells;
  merges: string[];
  /** the header's first and last lines, whether the sheet is cut above it, the 合计's 得分 cell */
  top: number;
  last: number;
  cut: boolean;
  totalCell: string;
}

const SHAPES: Shape[] = [
  {
    name: "one-line header on row 1, nothing above",
    rows: (t) => [ONE_LINE_HEADER, ...CRITERIA, ["合计", null, null, 100, t]],
    merges: [],
    top: 1,
    last: 1,
    cut: true,
    totalCell: "E6",
  },
  {
    name: "one-line header under a bare 评分标准 merged over B:C",
    rows: (t) => [[null, "评分标准", null, null, null], ONE_LINE_HEADER, ...CRITERIA, ["合计", null, null, 100, t]],
    merges: ["B1:C1"],
    top: 2,
    last: 2,
    cut: false,
    totalCell: "E7",
  },
  {
    name: "one-line header under a title merged across",
    rows: (t) => [["某县2023年度项目支出绩效评价评分细则", null, null, null, null], ONE_LINE_HEADER, ...CRITERIA, ["合计", null, null, 100, t]],
    merges: ["A1:E1"],
    top: 2,
    last: 2,
    cut: false,
    totalCell: "E7",
  },
  {
    name: "two-line header (评价指标 over 一级指标 | 二级指标) on rows 1-2, nothing above",
    rows: (t) => [...TWO_LINE_HEADER, ...TWO_LINE_CRITERIA, ["合计", null, null, null, 100, t]],
    merges: ["A1:A2", "B1:C1", "D1:D2", "E1:E2", "F1:F2", "A7:D7"],
    top: 1,
    last: 2,
    cut: true,
    totalCell: "F7",
  },
  {
    name: "two-line header under a bare 评分标准 merged over D:E",
    rows: (t) => [[null, null, null, "评分标准", null, null], ...TWO_LINE_HEADER, ...TWO_LINE_CRITERIA, ["合计", null, null, null, 100, t]],
    merges: ["D1:E1", "A2:A3", "B2:C2", "D2:D3", "E2:E3", "F2:F3", "A8:D8"],
    top: 2,
    last: 3,
    cut: false,
    totalCell: "F8",
  },
  {
    name: "two-line header under a title merged across",
    rows: (t) => [["某县项目绩效考核评分表", null, null, null, null, null], ...TWO_LINE_HEADER, ...TWO_LINE_CRITERIA, ["合计", null, null, null, 100, t]],
    merges: ["A1:F1", "A2:A3", "B2:C2", "D2:D3", "E2:E3", "F2:F3", "A8:D8"],
    top: 2,
    last: 3,
    cut: false,
    totalCell: "F8",
  },
];

/** the 合计's stated 得分; whether a reviewer flags it with the parts' 88, on a whole table and on one cut above */
const TOTALS: { total: number; whole: boolean; cut: boolean }[] = [
  // 93 > 88: wrong on a whole table; on a table cut above, parts above the excerpt may hold the missing 5
  { total: 93, whole: true, cut: false },
  { total: 88, whole: false, cut: false },
  // 80 < 88: wrong either way (the parts shown already exceed it)
  { total: 80, whole: true, cut: true },
];

describe("the header's first line decides both the model's header row and 'cut above'", () => {
  for (const shape of SHAPES) {
    for (const { total, whole, cut } of TOTALS) {
      it(`${shape.name}: 合计 得分 ${total} over parts of 88`, () => {
        const grid = Grid.fromValues("Sheet1", shape.rows(total), shape.merges);
        const r = review(grid);
        expect([r.model.headerRow, r.model.headerLastRow]).toEqual([shape.top, shape.last]);
        // the header as chosen starts on the same line
        expect(findIndicatorHeader(grid)).toMatchObject({ firstHeaderRow: shape.top, headerRow: shape.last });
        expect(r.model.cutAbove).toBe(shape.cut);
        expect(r.model.truncated).toBe(false);
        expect(r.model.totals?.score?.value).toBe(total);
        const flagged = shape.cut ? cut : whole;
        if (!flagged) {
          expect(r.findings).toEqual([]);
        } else {
          expect(r.findings.map((f) => `${f.rule}@${f.cell}`)).toEqual([`total-mismatch@${shape.totalCell}`]);
          expect(r.findings[0].data).toMatchObject({ sum: 88, total });
        }
      });
    }
  }
});

/**
 * A stacked form's title (titlesAnotherForm) keeps its own narrower words (…绩效…表): titleLine's title notion, a line
 * opening with a region word, would end a table at a wrapped indicator name on a line of its own ("完工项目县规模养殖场
 * 畜禽粪污处理", 县 read as a region) — the indicators under it lost.
 */
describe("a stacked form's title is not any line worded like a title above a header", () => {
  const rows: Cells = [
    ["一级指标", "二级指标", "三级指标", "指标值"],
    ["产出指标", "数量指标", "建设项目个数", 1],
    [null, "质量指标", "竣工验收合格率", "100%"],
    [null, null, "完工项目县规模养殖场畜禽粪污处理", null],
    ["效益指标", "生态效益指标", "畜禽粪污综合利用率", "≥90%"],
    ["满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%"],
    ["省级部门预算项目支出绩效目标表2023年度", null, null, null],
  ];
  const grid = Grid.fromValues("Sheet1", rows, ["A2:A4", "A7:D7"]);
  it("the wrapped name is no form's title; the next form's title is", () => {
    expect(titlesAnotherForm(grid, 4)).toBe(false);
    expect(titlesAnotherForm(grid, 7)).toBe(true);
  });
  it("the indicators under the wrapped name are read", () => {
    const names = review(grid).model.indicators.map((i) => i.name);
    expect(names).toEqual(expect.arrayContaining(["畜禽粪污综合利用率", "养殖户满意度"]));
  });
});
