import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";

/**
 * A project form (label | value pairs, no declaration title): a line of source labels (财政拨款 | 非税安排 | 上年结转 |
 * 政府债券 | 其他) over a line of amounts is a fund breakdown whose sum is the stated 预算金额; 年度绩效总目标 split into
 * an 产出 line and an 效益 line is a declaration's goals block.
 */
describe("a project form's source line and its goals block", () => {
  const form = (budget: string, amounts: string[], goals = ["年度绩效总目标", "效益指标"]) =>
    Grid.fromValues(
      "Sheet1",
      [
        ["项目名称", "某文物保护专项经费", "预算金额", budget, null, null],
        ["预算单位", "某局", "联系电话", "1234567", "主管部门", "某局"],
        ["实施单位", "某局", "项目负责人", "某人", "起止时间", "2022年1月—12月"],
        ["资金来源(万元)", "财政拨款", "非税安排", "上年结转", "政府债券", "其他"],
        [null, ...amounts],
        [goals[0], "产出指标", "开展巡查8次;培训2次。", null, null, null],
        [null, goals[1], "宣传覆盖人次≥20万人次。", null, null, null],
      ],
      ["D1:F1", "A4:A5", "A6:A7", "C6:F6", "C7:F7"],
    );
  const errors = (g: Grid) => review(g, "national").findings.filter((f) => f.severity !== "info");

  test("36万元 = 30 + 4 + 2 + 0 + 0: one relation (D1 over B5:F5), nothing found; the form reads as a target declaration", () => {
    const r = review(form("36万元", ["30", "4", "2", "0", "0"]), "national");
    const sums = r.model.relations.flatMap((x) => (x.kind === "sum" ? [[x.total.cell, x.total.value, x.parts.map((p) => p.cell)]] : []));
    expect(sums).toEqual([["D1", 36, ["B5", "C5", "D5", "E5", "F5"]]]);
    expect(r.model.family).toBe("target-declaration");
    expect(errors(form("36万元", ["30", "4", "2", "0", "0"]))).toEqual([]);
  });

  test.each([
    ["the budget off (37万元 against 36)", "37万元", ["30", "4", "2", "0", "0"], 37, 36],
    ["a source off (5 for 4: 37 against 36万元)", "36万元", ["30", "5", "2", "0", "0"], 36, 37],
  ])("%s: a total mismatch at D1", (_what, budget, amounts, total, sum) => {
    const f = errors(form(budget, amounts));
    expect(f.map((x) => [x.rule, x.cell, x.messageId])).toEqual([["total-mismatch", "D1", "sum"]]);
    expect(f[0].data).toMatchObject({ name: "预算金额", total, sum });
  });

  // (the label's merge A4:A5 filled down, an export: 资金来源(万元) written again beside the amounts)
  test.each([
    ["filled down beside the amounts (资金来源(万元) on both lines)", "资金来源(万元)", [["D1", 36, ["B5", "C5", "D5", "E5", "F5"]]]],
    // counter-shape: a label of its own beside the amounts is another line, no breakdown's amount line
    ["counter-shape: a label of its own beside the amounts (实际到位)", "实际到位", []],
  ])("the source label %s", (_what, a5, expected) => {
    const g = form("36万元", ["30", "4", "2", "0", "0"]);
    const rows = Array.from({ length: 7 }, (_, r) => Array.from({ length: 6 }, (_, c) => g.raw(r + 1, c + 1)));
    rows[4][0] = a5;
    const r = review(Grid.fromValues("Sheet1", rows, ["D1:F1", "A6:A7", "C6:F6", "C7:F7"]), "national");
    expect(r.model.relations.flatMap((x) => (x.kind === "sum" ? [[x.total.cell, x.total.value, x.parts.map((p) => p.cell)]] : []))).toEqual(expected);
  });

  test("a line with a word that is no source (财政拨款 | 非税安排 | 用途 | 其他) is no breakdown", () => {
    const g = form("36万元", ["30", "4", "2", "0", "0"]);
    const rows = Array.from({ length: 7 }, (_, r) => Array.from({ length: 6 }, (_, c) => g.raw(r + 1, c + 1)));
    rows[3][3] = "用途";
    expect(review(Grid.fromValues("Sheet1", rows, ["D1:F1", "A4:A5", "A6:A7"]), "national").model.relations).toEqual([]);
  });

  test.each([
    ["年度绩效总目标 without its 效益 line", ["年度绩效总目标", "其他说明"]],
    ["产出 / 效益 lines under another label (目标说明)", ["目标说明", "效益指标"]],
  ])("%s: no goals block, the form stays unknown", (_what, goals) => {
    expect(review(form("36万元", ["30", "4", "2", "0", "0"], goals), "national").model.family).toBe("unknown");
  });
});
