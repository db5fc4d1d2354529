import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";

/**
 * 全市 (全省, 全县) on top of a list of the area's parts (市本级, the 区县) is the list's whole: each amount column adds
 * up under it, 市本级 one of the parts (not a 其中 of it); a column under a merged head of rates (…失业率低于(%)) is
 * not summed.
 */
type Row = (string | number | null)[];
function table(lines: Row[]): Grid {
  const rows: Row[] = [["民生工程项目完成情况表"], ["地区", "城镇新增就业(人)", null, null, "城镇登记失业率低于(%)", null, null], [null, "目标任务", "进度", "完成比例(%)", "目标任务", "进度", "完成比例(%)"], ...lines];
  return Grid.fromValues("完成情况", rows, ["A2:A3", "B2:D2", "E2:G2"]);
}
const sumCells = (g: Grid) =>
  review(g, "national")
    .findings.filter((f) => f.rule === "total-mismatch" && f.severity !== "info")
    .map((f) => f.cell)
    .sort();

const good: Row[] = [
  ["全市", 1300, 1500, 115.4, 4.3, 3.6, null],
  ["市本级", 100, 150, 150, null, null, null],
  ["东坡区", 800, 900, 112.5, 4.3, 3.5, null],
  ["彭山区", 400, 450, 112.5, 4.3, 3.7, null],
];

test("全市 1300 = 100 + 800 + 400 and 1500 = 150 + 900 + 450; the rates' 4.3 is no sum of 4.3 + 4.3: nothing flagged", () => {
  expect(sumCells(table(good))).toEqual([]);
});
test.each([
  ["全市 目标任务 1350 (the parts make 1300)", 1, 1350, ["B4"]],
  ["全市 进度 1400 (the parts make 1500)", 2, 1400, ["C4"]],
] as [string, number, number, string[]][])("counter-shape: %s is flagged", (_, col, value, cells) => {
  const lines = good.map((r) => [...r]);
  lines[0][col] = value;
  expect(sumCells(table(lines))).toEqual(cells);
});

describe("a head merged down to the header's last line starts the header (地区 over a five-line head)", () => {
  const head: Row[] = [
    ["民生工程项目完成情况表"],
    ["地区", "就业促进工程", null, null, null, null, null],
    [null, "促进城乡劳动者就业创业", null, null, null, null, null],
    [null, "城镇新增就业(人)", null, null, "城镇失业人员再就业(人)", null, null],
    [null, "市人力资源社会保障局", null, null, null, null, null],
    [null, "目标任务", "进度", "完成比例(%)", "目标任务", "进度", "完成比例(%)"],
  ];
  const body: Row[] = [
    ["全市", 1200, 1500, 125, 300, 330, 110],
    ["东坡区", 800, 1000, 125, 200, 220, 110],
    ["彭山区", 400, 500, 125, 100, 110, 110],
  ];
  const merges = ["B2:G2", "B3:G3", "B4:D4", "E4:G4", "B5:G5"];
  test.each([
    ["地区 merged A2:A6: the header's top line is 2", [...merges, "A2:A6"], 2],
    ["counter-shape: 地区 written on the last line alone (no merge): the header is not read from 2", merges, null],
  ] as [string, string[], number | null][])("%s", (_, m, top) => {
    const rows = m.includes("A2:A6") ? [...head, ...body] : [...head.map((r, k) => (k === 1 ? [null, ...r.slice(1)] : k === 5 ? ["地区", ...r.slice(1)] : r)), ...body];
    const got = review(Grid.fromValues("完成情况", rows, m), "national").model.headerRow;
    if (top === null) expect(got).not.toBe(2);
    else expect(got).toBe(top);
  });
});

describe("a head merged down one line past the header's last line read starts the header (地区 A3:A5)", () => {
  // 地区 | 总额 | 补助总额明细 over 已经下达 | 其中: | 此次下达… over 三区三州补助 | 其他深度贫困地区补助 (no column words of their own)
  const head: Row[] = [
    ["重点生态功能区转移支付分配情况表", null, null, null, null, null],
    ["单位:亿元", null, null, null, null, null],
    ["地区", "总额", "补助总额明细", null, null, null],
    [null, null, "已经下达", "其中:", null, "此次下达其他深度贫困地区补助"],
    [null, null, null, "三区三州补助", "其他深度贫困地区补助", null],
  ];
  const merges = ["A1:F1", "A2:F2", "B3:B5", "C3:F3", "C4:C5", "D4:E4", "F4:F5"];
  const body = (top: Row): Row[] => [top, ["北京", 2, 2, null, null, null], ["河北", 34, 33, null, 2, 1]];
  test.each([
    ["地区 merged A3:A5: the header's top line is 3", [...merges, "A3:A5"], 3],
    ["counter-shape: 地区 merged A3:A6 into the first data line: not read from 3", [...merges, "A3:A6"], null],
  ] as [string, string[], number | null][])("%s", (_, m, top) => {
    const rows = [...head, ...body(m.includes("A3:A6") ? [null, 36, 35, null, 2, 1] : ["地方合计", 36, 35, null, 2, 1])];
    const got = review(Grid.fromValues("分配", rows, m), "national").model.headerRow;
    if (top === null) expect(got).not.toBe(3);
    else expect(got).toBe(top);
  });
});

describe("a leading whole line with several numbers: the model's total is its number in the column the header names a total", () => {
  // 地区 | 总额 | 已经下达 | 此次下达: 地方合计 36 | 35 | 1 over 北京 2 | 2 | —, 河北 34 | 33 | 1
  const g = (totalHead: string, already = 35) =>
    Grid.fromValues("分配", [["转移支付分配情况表", null, null, null], ["单位:亿元", null, null, null], ["地区", totalHead, "已经下达", "此次下达"], ["地方合计", 36, already, 1], ["北京", 2, 2, null], ["河北", 34, already - 2, 1]], []);
  test.each([
    ["总额 over column B: the total is B4 = 36", "总额", 35, "B4"],
    // (since grad32: with no total word, the numbers name the whole — 36 = 35 + 1, 2 = 2, 34 = 33 + 1: wholeOfNeighbours)
    ["资金 (no total word) over column B, its lines adding up across: B4 by the numbers", "资金", 35, "B4"],
    ["counter-shape: 资金 (no total word) over column B, no column the others add up to (36 against 30 + 1): no column is the total's", "资金", 30, null],
  ] as [string, string, number, string | null][])("%s", (_, head, already, cell) => {
    expect(review(g(head, already), "national").model.totals?.score?.cell ?? null).toBe(cell);
  });
});
