import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";
import { findIndicatorHeader, titleLine, titleOpening } from "../../src/core/recognise/table-header";

/**
 * A scoring table's title on a line of its own above its header ("XX县2023年度项目支出绩效评价评分细则" merged across
 * the table, "…考核评分标准", "…考核评分表", "…绩效评价指标体系") is no header line, whatever its words (评分标准 and
 * 评分细则 are a column's words too). Read as the header's top line, it left nothing above the header, the sheet looked
 * cut above it (an excerpt) and its 合计 was checked "at most": a 合计 of 93 over parts of 88 passed.
 *
 * The table: four criteria, 分值 20 + 20 + 30 + 30 = 100, 得分 18 + 20 + 27 + 23 = 88; the 合计 line states 分值 100 and
 * 得分 93 (5 too high), 88 (right) or 80 (8 too low).
 */

type Cells = (string | number | null)[][];

const TITLES = ["某县2023年度项目支出绩效评价评分细则", "某县2023年度项目支出绩效考核评分标准", "某县项目绩效考核评分表", "某县2023年度项目绩效评价指标体系"];

const CRITERIA: Cells = [
  [1, "预算执行率", "执行率100%得满分，每降低1%扣0.5分", 20, 18],
  [2, "资金使用合规性", "资金使用合规得满分，有违规扣分", 20, 20],
  [3, "项目完成数量", "全部完成得满分，否则按比例扣分", 30, 27],
  [4, "群众满意度", "满意度≥90%得满分，否则按比例扣分", 30, 23],
];

/** the stated 得分 total and what a reviewer writes at the 合计 cell: nothing when it equals 88 */
const TOTALS: { total: number; finding: { sum: number; total: number } | null }[] = [
  { total: 93, finding: { sum: 88, total: 93 } },
  { total: 88, finding: null },
  { total: 80, finding: { sum: 88, total: 80 } },
];

interface Shape {
  name: string;
  build: (title: string, total: number) => { rows: Cells; merges: string[] };
  /** the header's top and last lines, and the 合计's 得分 cell */
  top: number;
  last: number;
  totalCell: string;
}

const oneLineHeader = ["序号", "评价内容", "评分标准", "分值", "得分"];

const SHAPES: Shape[] = [
  {
    name: "title merged across the table over one header line",
    build: (title, total) => ({ rows: [[title, null, null, null, null], oneLineHeader, ...CRITERIA, ["合计", null, null, 100, total]], merges: ["A1:E1"] }),
    top: 2,
    last: 2,
    totalCell: "E7",
  },
  {
    name: "title alone in its first cell (unmerged) over one header line",
    build: (title, total) => ({ rows: [[title, null, null, null, null], oneLineHeader, ...CRITERIA, ["合计", null, null, 100, total]], merges: [] }),
    top: 2,
    last: 2,
    totalCell: "E7",
  },
  {
    name: "title merged over part of the table (B:D) over one header line",
    build: (title, total) => ({ rows: [[null, title, null, null, null], oneLineHeader, ...CRITERIA, ["合计", null, null, 100, total]], merges: ["B1:D1"] }),
    top: 2,
    last: 2,
    totalCell: "E7",
  },
  {
    name: "title merged across, a unit line merged across under it, then the header",
    build: (title, total) => ({
      rows: [[title, null, null, null, null], ["单位：分", null, null, null, null], oneLineHeader, ...CRITERIA, ["合计", null, null, 100, total]],
      merges: ["A1:E1", "A2:E2"],
    }),
    top: 3,
    last: 3,
    totalCell: "E8",
  },
  {
    name: "title merged across over a two-line header (评价指标 over 一级指标 | 二级指标, the others merged down)",
    build: (title, total) => ({
      rows: [
        [title, null, null, null, null, null],
        ["序号", "评价指标", null, "评分标准", "分值", "得分"],
        [null, "一级指标", "二级指标", null, null, null],
        [1, "决策", "预算执行率", "执行率100%得满分，每降低1%扣0.5分", 20, 18],
        [2, "过程", "资金使用合规性", "资金使用合规得满分，有违规扣分", 20, 20],
        [3, "产出", "项目完成数量", "全部完成得满分，否则按比例扣分", 30, 27],
        [4, "效益", "群众满意度", "满意度≥90%得满分，否则按比例扣分", 30, 23],
        ["合计", null, null, null, 100, total],
      ],
      merges: ["A1:F1", "A2:A3", "B2:C2", "D2:D3", "E2:E3", "F2:F3", "A8:D8"],
    }),
    top: 2,
    last: 3,
    totalCell: "F8",
  },
];

describe("a title line above a scoring table is no header line: its 合计 is checked exactly", () => {
  for (const shape of SHAPES) {
    for (const title of TITLES) {
      for (const { total, finding } of TOTALS) {
        it(`${shape.name}: '${title}', 合计 得分 ${total} over parts of 88`, () => {
          const { rows, merges } = shape.build(title, total);
          const r = review(Grid.fromValues("Sheet1", rows, merges));
          expect([r.model.headerRow, r.model.headerLastRow]).toEqual([shape.top, shape.last]);
          expect(r.model.cutAbove).toBe(false);
          expect(r.model.truncated).toBe(false);
          expect(r.model.totals?.score?.value).toBe(total);
          if (!finding) {
            expect(r.findings).toEqual([]);
          } else {
            expect(r.findings.map((f) => `${f.rule}@${f.cell}`)).toEqual([`total-mismatch@${shape.totalCell}`]);
            expect(r.findings[0].severity).toBe("error");
            expect(r.findings[0].data).toMatchObject(finding);
          }
        });
      }
    }
  }
});

describe("titleLine: one label over the table, by its width or its words", () => {
  const header = ["序号", "评价内容", "评分标准", "分值", "得分"];
  const grid = (first: Cells[number], merges: string[]) => Grid.fromValues("Sheet1", [first, header, ...CRITERIA], merges);
  it.each([
    ["a bare header word merged across the whole width", ["评分标准", null, null, null, null], ["A1:E1"]],
    ["a year-opening title merged over part of it", [null, "2023年度项目绩效评价评分办法", null, null, null], ["B1:C1"]],
    ["a title ending in 细则, unmerged", ["某县项目支出绩效评价评分细则", null, null, null, null], []],
  ] as [string, Cells[number], string[]][])("%s is a title line", (_name, first, merges) => {
    expect(titleLine(grid(first, merges), 1, 2)).toBe(true);
    // the header is the line under it alone
    expect(findIndicatorHeader(grid(first, merges))).toMatchObject({ firstHeaderRow: 2, headerRow: 2 });
  });
  it.each([
    ["a bare header word over two of the columns (a parent header's cell)", [null, "评分标准", null, null, null], ["B1:C1"]],
    ["two labels on the line", ["某县项目支出绩效评价评分细则", null, null, "单位：分", null], ["A1:C1"]],
    ["a number", [100, null, null, null, null], ["A1:E1"]],
    ["a sentence", ["根据有关规定，对项目进行评分，评分标准如下", null, null, null, null], []],
  ] as [string, Cells[number], string[]][])("%s is no title line", (_name, first, merges) => {
    expect(titleLine(grid(first, merges), 1, 2)).toBe(false);
  });
});

/**
 * A title's opening by its words (titleOpening): a year, a region with a title's word after its administrative suffix,
 * or a real place name (the administrative divisions) ending in its suffix. The bare region shape ("…县", "…区") is an
 * everyday word's too: an indicator name opening with 项目县, 社区 or 县区 opens no title.
 */
describe("titleOpening: a real region or a title's word after it, not an everyday word ending in 县/区", () => {
  it.each([
    ["XX县2023年度项目支出绩效自评表", "a placeholder region, a year after it"],
    ["某县2023年度项目支出绩效自评", "a placeholder region, a year after it (no document word at the end)"],
    ["湖南省财政厅关于项目支出绩效自评", "a province's full name"],
    ["大英县教育局项目支出绩效自评", "a county's full name"],
    ["达州市大竹县项目支出绩效自评", "a city's full name, a county after it"],
    ["某市财政局预算绩效管理工作考核", "a placeholder region, 财政局 after it"],
    ["某县人民政府办公室绩效评价", "a placeholder region, 人民政府 after it"],
    ["某区部门整体支出绩效评价", "a placeholder region, 部门整体 after it"],
    ["2023年度项目支出绩效评价评分", "a year"],
  ])("'%s' opens a title (%s)", (t) => {
    expect(titleOpening(t)).toBe(true);
  });
  it.each([
    ["完工项目县规模养殖场畜禽粪污处理", "项目县: a kind of county, not a place"],
    ["社区卫生服务中心覆盖率", "社区: no place"],
    ["县区财政配套资金到位率", "县区: a level word, not a name, though 财政 follows"],
    ["市县预算绩效管理覆盖率", "市县: a level word"],
    ["示范县创建工作完成率", "示范县: a kind of county"],
    ["城区道路清扫保洁覆盖率", "城区: a county's name in some provinces, two characters and ambiguous"],
    ["项目实施区域群众满意度", "区域: no suffix of a place"],
  ])("'%s' opens no title (%s)", (t) => {
    expect(titleOpening(t)).toBe(false);
  });
  it("a wrapped indicator name over a header line is no title line; a real title is", () => {
    const header = ["序号", "评价内容", "评分标准", "分值", "得分"];
    const at = (first: string) => Grid.fromValues("Sheet1", [[null, first, null, null, null], header, ...CRITERIA], []);
    expect(titleLine(at("社区卫生服务中心覆盖率"), 1, 2)).toBe(false);
    expect(titleLine(at("完工项目县规模养殖场畜禽粪污处理"), 1, 2)).toBe(false);
    expect(titleLine(at("湖南省财政厅关于项目支出绩效自评"), 1, 2)).toBe(true);
    expect(titleLine(at("XX县2023年度项目支出绩效自评表"), 1, 2)).toBe(true);
  });
});

/**
 * A county's name is an everyday word's too (老城区, 古城区, 东城区, 新市区 are districts): it opens a title only with
 * evidence after it — a year, an office it names, a performance title's word — or under a province or city named first.
 */
describe("titleOpening: a county's name with evidence only", () => {
  it.each([
    // titles of the real sheets (test/fixtures/real)
    ["天台县平桥镇人民政府2022年度专项债券项目资金绩效评价情况表", "an office and a year"],
    ["岳阳楼区价格认证鉴定中心2023年度整体绩效目标表", "an office (中心) and a year"],
    ["淳安县财政支出政策绩效评价报告", "财政, 绩效"],
    ["遵化市预算支出项目绩效评价报告", "预算, 绩效"],
    ["宝坻区2019-2020年度供热补贴项目", "a year, not right after the name"],
    ["大英县文化广播电视和旅游局部门", "an office (…局)"],
    ["老城区财政局项目支出绩效自评", "an office after the everyday-word name"],
    ["东城区2023年度老旧小区改造项目", "a year after it"],
    ["洛阳市老城区老旧小区改造项目", "a city named before it"],
  ])("'%s' opens a title (%s)", (t) => {
    expect(titleOpening(t)).toBe(true);
  });
  it.each([
    ["老城区改造项目完成情况统计", "老城区: the old town"],
    ["古城区老旧小区改造项目完成率", "古城区: the old town's quarter"],
    ["东城区道路维修工程完成量", "东城区: the east of the town"],
    ["新市区棚户区改造户数达标", "新市区: the new town"],
  ])("'%s' opens no title (%s)", (t) => {
    expect(titleOpening(t)).toBe(false);
  });
  it("a wrapped indicator name opening with 老城区 over a header line is no title line; the district's title is", () => {
    const header = ["序号", "评价内容", "评分标准", "分值", "得分"];
    const at = (first: string) => Grid.fromValues("Sheet1", [[null, first, null, null, null], header, ...CRITERIA], []);
    expect(titleLine(at("老城区改造项目完成情况统计"), 1, 2)).toBe(false);
    expect(titleLine(at("老城区财政局项目支出绩效自评"), 1, 2)).toBe(true);
  });
});
