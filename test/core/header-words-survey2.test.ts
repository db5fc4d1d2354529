import { Grid } from "../../src/core/grid/grid";
import { indicatorRole } from "../../src/core/recognise/headers";
import { review } from "../../src/core/review";

/** A sheet from its lines (blank cells null, every line as wide as the widest). */
function sheet(lines: (string | number)[][]): Grid {
  const width = Math.max(...lines.map((l) => l.length));
  return Grid.fromValues("Sheet1", lines.map((l) => Array.from({ length: width }, (_, i) => (l[i] === undefined || l[i] === "" ? null : l[i]))), []);
}

/** Score and weight words of round 2's rule sheets. */
test.each([
  // the final score (项目 | 内容细节 | 分值 | 扣分 | 终分)
  ["终分", "score"],
  ["最后得分", "score"],
  // the most an item can earn is its points (序號 | 檢查項目 | 最高得分 | 分檔計分 | 自評得分 | 檢查得分)
  ["最高得分", "weight"],
  ["最高\n得分", "weight"],
  ["最高分", "weight"],
])("%p is a %s column", (text, role) => {
  expect(indicatorRole(text)).toBe(role);
});

test("项目 | 内容细节 | 分值 | 扣分 | 终分: the criteria are read with their points and final scores", () => {
  const g = sheet([
    ["贺兰县购买动物防疫服务工作考核验收评分标准"],
    ["项目", "内容细节", "分值", "扣分", "终分"],
    ["一、及时开展动物疫病免疫项目", "口蹄疫、禽流感、猪瘟、小反刍兽疫、包虫病。适时全部开展得2分,按期完不成的每延迟一天扣0.2分。", 5, "", 4],
    ["二、强制免疫项目免疫密度", "猪、牛、羊免疫密度均须达到100%,每一户不符合扣除0.1分,以该项分数扣完为止。", 10, "", 9.5],
    ["三、强制免疫项目免疫质量", "牛检测2个指标:口蹄疫O型、A型免疫抗体。每项指标为5分,每少5%扣1分。", 10, "", 10],
  ]);
  const m = review(g, "national").model;
  expect([m.family, m.headerRow]).toEqual(["indicator-system", 2]);
  expect(m.indicators.map((i) => [i.weight, i.claimedScore])).toEqual([[5, 4], [10, 9.5], [10, 10]]);
});

/**
 * A header naming one level only (项目 | 序号 | 考评内容: 考评内容 the one level word, 项目 and 序号 none) over criteria
 * stating their points in brackets: the header is read and the points come from the criteria's text.
 */
describe("a lone level column whose criteria state their points", () => {
  const lines = (points: boolean) => [
    ["村民自治 考评内容(组织建设)"],
    ["项目", "序号", "考评内容"],
    ["组织建设3分", 1, "村党组织健全,党组织领导核心作用得到充分发挥。" + (points ? "(1分)" : "")],
    ["", 2, "村级组织职责明确,工作协调,发挥自身作用明显。" + (points ? "(1分)" : "")],
    ["", 3, "村党支部工作制度健全,经常组织活动。" + (points ? "(1分)" : "")],
  ];

  test("the criteria and their points are read under the header on row 2", () => {
    const m = review(sheet(lines(true)), "national").model;
    expect([m.family, m.headerRow]).toEqual(["indicator-system", 2]);
    expect(m.indicators.map((i) => i.weight)).toEqual([1, 1, 1]);
  });

  test("without points in the criteria, one level word is no header", () => {
    const m = review(sheet(lines(false)), "national").model;
    expect(m.headerRow).toBeNull();
  });
});

/** The items' column with no head word ("" | 评分标准 | 得分), its items stating their points: that column holds the items. */
describe("a blank head over items stating their points", () => {
  const lines = (points: boolean) => [
    ["“两新”组织党建考核评分表"],
    ["", "评分标准", "得分"],
    ["有班子" + (points ? "\n(10分)" : ""), "①党组织班子不健全的扣3分,工青妇组织每缺1项扣1分,无专兼职党务人员的扣2分;", 8],
    ["有队伍" + (points ? "\n(15分)" : ""), "①未建立党员和流动党员台帐的各扣2分;没有入党积极分子登记簿或名单的扣2分;", 13],
    ["有场所" + (points ? "\n(15分)" : ""), "①没有党组织办公室、党员活动室或电教室等场所的扣5分,场所破旧的扣3分;", 15],
  ];

  test("the items, their points and scores are read under the header on row 2", () => {
    const m = review(sheet(lines(true)), "national").model;
    expect([m.family, m.headerRow]).toEqual(["indicator-system", 2]);
    expect(m.indicators.map((i) => [i.weight, i.claimedScore])).toEqual([[10, 8], [15, 13], [15, 15]]);
  });

  test("without points in the items, the blank head names no column", () => {
    expect(review(sheet(lines(false)), "national").model.family).not.toBe("indicator-system");
  });
});
