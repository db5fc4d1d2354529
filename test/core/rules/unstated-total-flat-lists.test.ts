/**
 * A scoring list printing no total (no 合计/总分 line, no group points): its weights state the full 100 only by the
 * standard. Found by scripts/eval-sweep.js (kind weight-no-total: sheets whose 合计 100 was blanked, a weight then
 * raised by 3, went unflagged unless their 一级 were the three target dimensions or the four evaluation ones).
 *  - a flat list (序号 | 考核指标 | 分值, no 一级 over its lines) adding up to a little over 100 (a slip: 103) is flagged;
 *    one adding up to a larger sum is a table of another scale (150 points), one short of 100 may be cut: neither is;
 *  - lines under 一级 of other names (组织领导, 综合治理 …; see generated-indicator-tables-patterns) are asked no sum;
 *  - the evaluation's four 一级 in their older words (投入、过程、产出、效果) count as the four dimensions.
 */
import { Grid } from "../../../src/core/grid/grid";
import { review } from "../../../src/core/review";

const unstated = (g: Grid) => review(g).findings.filter((f) => f.rule === "weight-sum-mismatch" && f.messageId === "unstatedTotal");

/** 序号 | 考核指标 | 分值 | 评分标准, one line per 考核指标 (a flat list: no 一级 over the lines), no 合计 line, a closing note. */
function flat(w: number[]): Grid {
  const names = ["网点完工率", "补助投资支出率", "配套投资支出率", "网点服务面", "正常使用率", "用户签约率"];
  const rows: string[][] = [["附表4:服务网点建设和使用情况考核评分标准", "", "", ""], ["序号", "考核指标", "分值", "评分标准"]];
  w.forEach((x, k) => rows.push([String(k + 1), names[k], String(x), "达到100%的得满分,每低1个百分点扣1分"]));
  rows.push(["备注:考核结果分为优秀、良好、合格、不合格四个等次。", "", "", ""]);
  return Grid.fromValues("Sheet1", rows, ["A1:D1", "A9:D9"]);
}

/** the same lines under 一级 labels of no framework (考核项目 merged over two lines each) */
function grouped(w: number[]): Grid {
  const rows: string[][] = [["考核项目", "序号", "考核指标", "分值", "考核内容"]];
  const labels = ["组织领导", "综合治理", "预防监督"];
  w.forEach((x, k) => rows.push([k % 2 === 0 ? labels[k / 2] : "", String(k + 1), `指标${k + 1}`, String(x), "按要求完成得满分,未完成酌情扣分"]));
  rows.push(["备注:考核结果分为优秀、良好、合格、不合格四个等次。", "", "", "", ""]);
  return Grid.fromValues("Sheet1", rows, ["A2:A3", "A4:A5", "A6:A7", "A8:E8"]);
}

describe("weights of a list printing no total", () => {
  test.each([
    ["10 + 10 + 30 + 10 + 20 + 20 = 100: no finding", [10, 10, 30, 10, 20, 20], null],
    ["one weight 3 over: 103, flagged at the 分值 heading", [10, 10, 33, 10, 20, 20], 103],
    ["one weight 7 over: 107, flagged", [17, 10, 30, 10, 20, 20], 107],
    ["a 150-point table (50 + 20 + 30 + 10 + 20 + 20): another scale, no finding", [50, 20, 30, 10, 20, 20], null],
    ["97, short of 100 (may be a cut list): no finding", [10, 10, 27, 10, 20, 20], null],
  ])("%s", (_name, w, sum) => {
    const f = unstated(flat(w as number[]));
    if (sum === null) expect(f).toEqual([]);
    else {
      expect(f.map((x) => [x.cell, x.severity])).toEqual([["C2", "warning"]]);
      expect(f[0].message).toContain(`合计 ${sum}`);
      expect(f[0].related).toEqual(["C3", "C4", "C5", "C6", "C7", "C8"]);
    }
  });
  test.each([
    ["each line its own 一级 (A立项必要性 | 20 …) adding up to 103: flagged", ["A立项必要性", "B投入经济性", "C绩效目标合理性", "D实施方案有效性", "E筹资合规性"], [20, 23, 20, 20, 20], 103],
    ["each line its own 一级 adding up to 100: no finding", ["A立项必要性", "B投入经济性", "C绩效目标合理性", "D实施方案有效性", "E筹资合规性"], [20, 20, 20, 20, 20], null],
  ])("%s", (_name, names, w, sum) => {
    const rows: string[][] = [["得分情况表", "", ""], ["一级指标", "分值", "得分"]];
    (names as string[]).forEach((n, k) => rows.push([n, String((w as number[])[k]), String((w as number[])[k])]));
    rows.push(["综合评定,本项目前评估结论为予以支持。", "", ""]);
    const f = unstated(Grid.fromValues("Sheet1", rows, ["A1:C1", "A8:C8"]));
    expect(f.map((x) => x.message.includes(`合计 ${sum}`))).toEqual(sum === null ? [] : [true]);
  });
  test("the same lines under 一级 of no framework (组织领导, 综合治理, 预防监督) adding up to 103: no sum asked", () => {
    expect(unstated(grouped([10, 10, 33, 10, 20, 20]))).toEqual([]);
  });
  test.each([
    ["投入、过程、产出、效果 adding up to 95: flagged (the four dimensions state the whole)", ["投入", "过程", "产出", "效果"], [15, 50, 20, 10], 95],
    ["投入、过程、产出、效果 adding up to 100: no finding", ["投入", "过程", "产出", "效果"], [15, 55, 20, 10], null],
  ])("%s", (_name, dims, w, sum) => {
    const rows: string[][] = [["一级指标", "二级指标", "分值", "评分标准"]];
    (dims as string[]).forEach((d, k) => {
      rows.push([d, `${d}指标一`, String(Math.floor((w as number[])[k] / 2)), "按评分标准打分"]);
      rows.push(["", `${d}指标二`, String((w as number[])[k] - Math.floor((w as number[])[k] / 2)), "按评分标准打分"]);
    });
    rows.push(["备注:评价结果分为优、良、中、差四个等级。", "", "", ""]);
    const g = Grid.fromValues("Sheet1", rows, ["A2:A3", "A4:A5", "A6:A7", "A8:A9", "A10:D10"]);
    const f = unstated(g);
    expect(f.map((x) => x.message.includes(`合计 ${sum}`))).toEqual(sum === null ? [] : [true]);
  });
});
