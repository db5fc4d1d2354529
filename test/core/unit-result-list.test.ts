import { join } from "path";
import { Grid } from "../../src/core/grid/grid";
import { recognise } from "../../src/core/recognise";
import { unitResultList } from "../../src/core/recognise/unit-results";
import { review } from "../../src/core/review";
import { FIXTURES, jsonGrid } from "../helpers";

/**
 * A per-unit result list (序号 | 被考核单位 | 考核情况 | 得分 under a 考核 title): the results of one assessment over several
 * units, read as an evaluation summary headed by the list's header. Each unit's 得分 is its base less the deductions
 * its notes state ('扣0.5分' → 99.5) or its 扣分 column holds: a hint where the base is assumed (100), an error where the
 * sheet states it (满分100分, a 满分 column).
 */
type Row = (string | number)[];

const NANJIANG = join(FIXTURES, "real", "sc-nanjiang-ip-protection-target-assessment-unit-scores-2023-excerpt.json");

/** The stored sheet with the given cells replaced ({ D10: "99.4" }). */
function nanjiang(edits: Record<string, string> = {}): Grid {
  const g = jsonGrid(NANJIANG);
  return Object.keys(edits).length ? g.withCells(Object.entries(edits).map(([cell, v]) => ({ cell, value: { v } }))) : g;
}

const findings = (g: Grid, rule = "total-mismatch") => review(g, "national").findings.filter((f) => f.rule === rule);

describe("南江 知识产权保护 目标考核评分表 (stored sheet)", () => {
  test("an evaluation summary headed at row 6, its units read down to the line cut before its 得分", () => {
    const g = nanjiang();
    const m = recognise(g);
    expect(m.family).toBe("evaluation-summary");
    expect(m.headerRow).toBe(6);
    const list = unitResultList(g)!;
    expect(list).toMatchObject({ headerRow: 6, unitCol: 2, noteCol: 3, scoreCol: 4, base: 100, baseCell: null });
    // units 1–20 scored on rows 7–26; unit 21 (天池镇, row 27) is cut before its 得分
    expect(list.rows).toEqual(Array.from({ length: 20 }, (_, k) => 7 + k));
  });

  test("every score is 100 less its stated deduction: nothing found", () => {
    expect(findings(nanjiang())).toEqual([]);
  });

  test("D10 99.5 → 99.4 (扣0.5分 stated): a hint at D10, the base 100 being assumed", () => {
    const f = findings(nanjiang({ D10: "99.4" }));
    expect(f.map((x) => [x.cell, x.severity, x.data?.computed])).toEqual([["D10", "info", 99.5]]);
    expect(f[0].related).toContain("C10");
  });

  test("a unit stating no deduction scored below 100 (D8 100 → 99): a hint", () => {
    expect(findings(nanjiang({ D8: "99" })).map((x) => [x.cell, x.severity])).toEqual([["D8", "info"]]);
  });
});

/** A list of assessed units under `title`, header `head`, lines `lines`. */
const list = (title: string, head: Row, lines: Row[]) => Grid.fromValues("Sheet1", [[title], head, ...lines]);

describe("hand-made per-unit result lists", () => {
  test("a 扣分 column beside 得分 (乡镇): 得分 = 满分 − 扣分; the title stating 满分100分 makes a slip an error", () => {
    const g = list("某县2023年度安全生产目标考核得分表(满分100分)", ["序号", "乡镇", "扣分", "得分", "名次"], [
      [1, "城关镇", 0, 100, 1],
      [2, "新华镇", 1.5, 98.5, 2],
      [3, "白云乡", 3, 97, 3],
      [4, "太平镇", 4, 96, 4],
    ]);
    const m = recognise(g);
    expect(m.family).toBe("evaluation-summary");
    expect(m.headerRow).toBe(2);
    expect(findings(g)).toEqual([]);
    const slip = g.withCells([{ cell: "D5", value: { v: 96 } }]);
    expect(findings(slip).map((x) => [x.cell, x.severity, x.data?.computed])).toEqual([["D5", "error", 97]]);
  });

  test("the same without a stated 满分: the slip is a hint (base 100 assumed)", () => {
    const g = list("某县2023年度安全生产目标考核得分表", ["序号", "乡镇", "扣分", "得分"], [
      [1, "城关镇", 0, 100],
      [2, "新华镇", 1.5, 98.5],
      [3, "白云乡", 3, 95],
      [4, "太平镇", 4, 95],
    ]);
    expect(recognise(g).family).toBe("evaluation-summary");
    expect(findings(g).map((x) => [x.cell, x.severity])).toEqual([["D5", "info"], ["D6", "info"]]);
  });

  test("units named 部门, deductions in 考核情况 summed ('扣1分、扣0.5分'), a grade column", () => {
    const g = list("2023年度县直部门依法行政工作考核结果", ["序号", "部门", "考核情况", "得分", "等次"], [
      [1, "财政局", "按时完成各项任务", 100, "优秀"],
      [2, "教育局", "信息报送不及时扣1分、台账不全扣0.5分", 98.5, "优秀"],
      [3, "卫健局", "未按时上报扣2分", 98, "优秀"],
      [4, "民政局", "按时完成各项任务", 100, "优秀"],
    ]);
    const m = recognise(g);
    expect(m.family).toBe("evaluation-summary");
    expect(m.headerRow).toBe(2);
    expect(findings(g)).toEqual([]);
    const slip = g.withCells([{ cell: "D4", value: { v: 99 } }]);
    expect(findings(slip).map((x) => [x.cell, x.severity, x.data?.computed])).toEqual([["D4", "info", 98.5]]);
  });
});

describe("counter-shapes: no per-unit result list", () => {
  test("a 项目 result list (项目名称 | 自评得分 | 自评等级) stays RESULT_LIST_HEADER's", () => {
    const g = list("2023年度项目支出绩效自评结果汇总表", ["序号", "项目名称", "自评得分", "自评等级"], [
      [1, "村干部报酬", 95, "优"],
      [2, "农村公路养护", 88, "良"],
      [3, "高龄津贴", 92, "优"],
    ]);
    expect(unitResultList(g)).toBeNull();
    const m = recognise(g);
    expect(m.family).toBe("evaluation-summary");
    expect(m.headerRow).toBe(2);
  });

  test("a fund allocation by unit (单位 | 分配金额) is no result list", () => {
    const g = list("2023年度中央财政衔接推进乡村振兴补助资金分配表", ["序号", "单位", "分配金额(万元)", "备注"], [
      [1, "城关镇", 120, ""],
      [2, "新华镇", 80, ""],
      [3, "白云乡", 50, ""],
      ["", "合计", 250, ""],
    ]);
    expect(unitResultList(g)).toBeNull();
    expect(recognise(g).family).not.toBe("evaluation-summary");
  });

  test("an indicator table is none either", () => {
    const g = list("2023年度项目绩效评价指标评分表", ["一级指标", "二级指标", "三级指标", "分值", "得分"], [
      ["产出指标", "数量指标", "培训人数", 20, 20],
      ["", "质量指标", "合格率", 30, 28],
      ["效益指标", "社会效益", "就业人数", 30, 30],
      ["满意度指标", "服务对象满意度", "满意度", 20, 19],
    ]);
    expect(unitResultList(g)).toBeNull();
    expect(recognise(g).family).toBe("indicator-system");
  });
});
