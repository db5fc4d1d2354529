import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";

/**
 * Batch 48a (corpus48a's development sheets):
 * - lines of one item scored once: a 自评分 / 考评分 merged down over rows that each carry their own 分值 and 评分标准
 *   (6分 / 5分 / 5分) are no sub-items of the first line when they weigh more than it — every line is a part of the item
 *   (no "sub-items 10 against 6"), the merged score scores them together (out of 16), and the lines under the merge are
 *   not missing their score. A parent line they fit under (16 over 6 + 5 + 5), or one with no rule of its own, keeps
 *   them as its sub-items, as before;
 * - a rubric column whose lines are numbered 1. 2. 3. down the rows: each number is the line's, its closing ';' the
 *   list's separator, and a closing evidence note "(以会议记录为准)" no part of the award — a line awarding once
 *   ('记0.3分') below its 分值 (3) is then read as such (a warning); a numbered first clause alone is not.
 */

const flags = (g: Grid) =>
  review(g, "national")
    .findings.filter((f) => f.severity === "error" || f.severity === "warning")
    .map((f) => `${f.rule}@${f.cell}`);

describe("lines of one item under one merged score", () => {
  /** 附表2 各县、区政府消防安全责任人考评量化标准: 序号 | 考评内容 | 分值 | 评分标准 | 考评方式 | 自评分 | 考评分. */
  const fire = (opts: { score?: number | null; firstRule?: string; firstWeight?: string; subs?: string[] } = {}) => {
    const subs = opts.subs ?? ["5分", "5分"];
    const firstRule = opts.firstRule ?? "未组织研究制定年度消防工作目标和任务的扣6分。";
    const rows: (string | number | null)[][] = [
      ["各县、区政府消防安全责任人考评量化标准", null, null, null, null, null, null],
      ["序号", "考评内容", "分值", "评 分 标 准", "考评方式", "自评分", "考评分"],
      ["1", "贯彻执行消防法律法规,落实消防安全责任制。", opts.firstWeight ?? "6分", firstRule, "听取汇报,查阅有关文件资料。", opts.score ?? null, opts.score ?? null],
      ...subs.map((w, k) => [null, null, w, `未对第${k + 2}项工作进行督促检查的扣${parseInt(w, 10)}分。`, null, null, null]),
      ["2", "组织制定和实施消防规划,保障城镇公共消防设施达到标准。", "6分", "未组织研究落实城市消防规划的,酌情扣分。", "听取汇报,实地抽查。", opts.score === undefined ? null : 5, opts.score === undefined ? null : 5],
    ];
    const last = 3 + subs.length;
    return Grid.fromValues("Sheet1", rows, ["A1:G1", `A3:A${last}`, `B3:B${last}`, `E3:E${last}`, `F3:F${last}`, `G3:G${last}`]);
  };

  test("blank form: three lines 6 / 5 / 5, each an indicator of the item, no sub-item sum against the first line's 6", () => {
    const r = review(fire(), "national");
    expect(r.model.indicators.map((i) => [i.row, i.weight, i.childOfRow])).toEqual([[3, 6, null], [4, 5, null], [5, 5, null], [6, 6, null]]);
    expect(flags(fire())).toEqual([]);
  });

  test("scored 14 over the three lines (out of 16): no score above its weight, the lines under the merge not unscored", () => {
    expect(flags(fire({ score: 14 }))).toEqual([]);
  });

  test("scored 17 over the three lines: above their 16 points together", () => {
    const r = review(fire({ score: 17 }), "national");
    const f = r.findings.filter((x) => x.rule === "score-exceeds-weight");
    expect(f.length).toBeGreaterThanOrEqual(1);
    expect(f.every((x) => ["F3", "G3"].includes(x.cell) && x.message.includes("超过分值 16"))).toBe(true);
  });

  test("counter-shape: a parent line 16 over lines 6 + 5 + 5 under the merged score — its sub-items, as before, clean", () => {
    const g = fire({ firstWeight: "16分", firstRule: "", subs: ["6分", "5分", "5分"] });
    const r = review(g, "national");
    expect(r.model.indicators.filter((i) => i.row >= 4 && i.row <= 6).map((i) => i.childOfRow)).toEqual([3, 3, 3]);
    expect(flags(g)).toEqual([]);
  });

  test("counter-shape: a parent line 16 with no rule of its own over 6 + 5 + 6 = 17: its sub-items still disagree with it", () => {
    expect(flags(fire({ firstWeight: "16分", firstRule: "", subs: ["6分", "5分", "6分"] }))).toEqual(["weight-sum-mismatch@C3"]);
  });

  test("counter-shape: a first line with no rule of its own, lines 5 + 5 above its 6: sub-items as before (no line list)", () => {
    expect(flags(fire({ firstRule: "" }))).toEqual(["weight-sum-mismatch@C3"]);
  });
});

describe("a rubric column numbered line by line", () => {
  /** 全民科学素质提升考核内容及评分标准: 考核内容 | 评分标准 | 分值 | 备注, one 考核内容 over numbered rules, 合计. */
  const kepu = (rule3: string, w3 = 3, numbered = true) => {
    const rules: [string, number][] = [
      ["成立组织机构,明确一位领导分管工作,有一名办事员兼职抓日常工作记4分(以文件上报县全民科学素质办(科协)为准);", 4],
      ["将全民科学素质建设工作纳入本部门工作规划,按时上报统计数据、计划、总结等资料记3分(以材料上报县全民科学素质办(科协)为准);", 3],
      [rule3, w3],
      ["积极参与“科技活动周”、“全国科普日”等重大科普活动记4分(以图片、总结、信息上报县全民科学素质办(科协)为准);", 4],
    ];
    const rows: (string | number | null)[][] = [
      ["全民科学素质提升考核内容及评分标准", null, null, null],
      ["考核内容", "评分标准", "分值", "备注"],
      ...rules.map(([t, w], k) => [k === 0 ? "组织实施全民科学素质提升工作" : null, numbered ? `${k + 1}.${t}` : t, w, null]),
      ["合计", null, rules.reduce((a, [, w]) => a + w, 0), null],
    ];
    return Grid.fromValues("Sheet1", rows, ["A1:D1", "A3:A6", "A7:B7"]);
  };

  test.each([
    ["记0.3分 against 3, an evidence note closing it", "年内召开专题会议1次以上记0.3分(以会议记录为准);"],
    ["记0.3分 against 3, a plain ';' closing it", "年内召开专题会议1次以上记0.3分;"],
  ])("%s: a warning at the rule", (_k, rule3) => {
    expect(flags(kepu(rule3))).toEqual(["rubric-points-mismatch@B5"]);
    const f = review(kepu(rule3), "national").findings.find((x) => x.rule === "rubric-points-mismatch")!;
    expect([f.severity, f.message.includes("得 0.3 分"), f.message.includes("指标分值 3 分")]).toEqual(["warning", true, true]);
  });

  test.each([
    ["the award equal to the 分值", "年内召开专题会议1次以上记3分(以会议记录为准);", 3, true],
    ["the lines not numbered: the ';'-closed clause may go on, nothing read", "年内召开专题会议1次以上记0.3分;", 3, false],
    ["a closing note that is a condition, not the evidence", "年内召开专题会议1次以上记0.3分(未召开不得分);", 3, true],
  ])("counter-shape, %s: nothing", (_k, rule3, w3, numbered) => {
    expect(flags(kepu(rule3 as string, w3 as number, numbered as boolean))).toEqual([]);
  });
});

describe("two level columns, the lower one's head merged over the column of its items", () => {
  /** 考核项目 | 考核内容 (over B:C) | 评分细则: the 考核内容's sub-item labels merged down B over numbered lines in C. */
  const fire = (points: number[], spanned = true) => {
    const lines = points.map((p, k): (string | null)[] => [
      k === 0 ? "火灾预防(25分)" : null,
      spanned ? (k === 0 ? "消防安全源头管控(5分)" : null) : `消防安全源头管控${k + 1}`,
      `${k + 1}、严格落实第${k + 1}项消防安全监管职责。(${p}分)`,
      `${k + 1}、随机抽查有关档案,未落实的扣${p}分。`,
    ]);
    const last = 2 + points.length;
    return Grid.fromValues(
      "Sheet1",
      [["2015年度政府消防工作考核细则", null, null, null], ["考核项目", "考 核 内 容", null, "评 分 细 则"], ...lines],
      ["A1:D1", "B2:C2", `A3:A${last}`, ...(spanned ? [`B3:B${last}`] : [])],
    );
  };

  test("the labels in B are a level between A and the lines in C, whose points are their own: (5分) = 2 + 2 + 1, clean", () => {
    const r = review(fire([2, 2, 1]), "national");
    expect([r.model.columns.level1, r.model.columns.level2, r.model.columns.level3]).toEqual([1, 2, 3]);
    expect(r.model.indicators.map((i) => [i.row, i.weight])).toEqual([[3, 2], [4, 2], [5, 1]]);
    expect(flags(fire([2, 2, 1]))).toEqual([]);
  });

  test("the lines' points 2 + 2 + 2 under the label's (5分): the label disagrees with its lines", () => {
    expect(flags(fire([2, 2, 2]))).toContain("weight-sum-mismatch@B3");
  });

  test("counter-shape: 考核内容 heads B alone, C under a head of its own (考核要求): the roles as before, B the items' column", () => {
    const g = fire([2, 2, 1]);
    const unmerged = Grid.fromValues(
      "Sheet1",
      [["2015年度政府消防工作考核细则", null, null, null], ["考核项目", "考 核 内 容", "考核要求", "评 分 细 则"], ...[3, 4, 5].map((r) => [0, 1, 2, 3].map((c) => g.text(r, c + 1) || null))],
      ["A1:D1", "A3:A5", "B3:B5"],
    );
    const r = review(unmerged, "national");
    expect([r.model.columns.level3, r.model.columns.level2]).toEqual([2, undefined]);
  });
});
