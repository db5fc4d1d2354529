import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";
import { rulePoints } from "../../src/core/recognise/rule-points";

/**
 * Rule sheets (考核评分表) in shapes the seeded generator added with eng26a, checked on small hand-made tables:
 * - several score columns, one per stage of review (自评得分 | 初审得分 | 复审得分): each further column's scores stay within
 *   their items' points and add up to its own total; a stage left blank states nothing. Counter-shapes: the consistent
 *   sheet (clean), a weighted restatement (得分 | 折算得分: not two reviews), one label column with several 得分 right of it
 *   (the first is the score, none a group's);
 * - no 分值 column: an item's points in its rule's frame ("(5分)…", "5分。…", "满分5分，…"); counter-shapes: points
 *   closing the rule or beside its requirements ("…平整(2分)，…绿化(3分)"), a rule opening with a deduction ("2分，每缺…")
 *   are not the item's;
 * - groups' bare points (一、组织领导(30)) over a 扣分项 block stating none: the convention still read.
 */
type Rows = (string | number | null)[][];
const flags = (rows: Rows, merges: string[] = []) =>
  review(Grid.fromValues("Sheet1", rows, merges), "national")
    .findings.filter((f) => f.severity === "error" || f.severity === "warning")
    .map((f) => `${f.rule}@${f.cell}`);

describe("several score columns (one per stage of review)", () => {
  // 考核项目 | 考核内容 | 分值 | 评分标准 | 自评得分 | 初审得分 | 复审得分
  const sheet = (heads: string[], edit: (rows: Rows) => void = () => {}): Rows => {
    const rows: Rows = [
      ["2023年度安全生产工作考核评分表"],
      ["考核项目", "考核内容", "分值", "评分标准", ...heads],
      ["一、组织领导(30分)", "1.成立领导小组", 10, "成立的得10分。", 10, 9, null],
      [null, "2.制定工作方案", 20, "制定的得20分。", 18, 18, null],
      ["二、工作落实(70分)", "1.完成年度任务", 40, "完成的得40分。", 40, 38, null],
      [null, "2.问题整改到位", 30, "整改到位的得30分。", 30, 30, null],
      ["合计", null, 100, null, 98, 95, null],
    ];
    edit(rows);
    return rows;
  };
  const heads = ["自评得分", "初审得分", "复审得分"];

  test("a consistent sheet with its last stage blank is clean", () => {
    expect(flags(sheet(heads))).toEqual([]);
    expect(flags(sheet(["单位自评", "部门初审", "考核组复核"]))).toEqual([]);
  });

  test("a further stage's score above its item's points is found at it", () => {
    expect(flags(sheet(heads, (r) => (r[3][5] = 22)))).toContain("score-exceeds-weight@F4");
    expect(flags(sheet(["单位自评", "部门初审", "考核组复核"], (r) => (r[3][5] = 22)))).toContain("score-exceeds-weight@F4");
  });

  test("a further stage's total that its lines do not add up to is found at it", () => {
    expect(flags(sheet(heads, (r) => (r[6][5] = 90)))).toContain("total-mismatch@F7");
    // (the first stage's own total as before)
    expect(flags(sheet(heads, (r) => (r[6][4] = 90)))).toContain("total-mismatch@E7");
  });

  test("a weighted restatement (得分 | 折算得分) is no second review: nothing read from it", () => {
    // (the 折算 column halves each score: read as reviews, its 5 under a 9 would be no finding either, but its 49 stands
    // for the same total as the 得分's 98)
    const rows = sheet(["得分", "折算得分", "备注"], (r) => {
      for (const row of r.slice(2, 7)) row[5] = (row[4] as number) / 2;
    });
    expect(flags(rows)).toEqual([]);
  });

  test("one label column with several 得分 right of it: the first is the score, the second a review of it", () => {
    const rows: Rows = [
      ["2023年度安全生产工作考核评分表"],
      ["考核内容", "自评得分", "初审得分", "复审得分", "分数", "评分办法"],
      ["一、组织领导(30分)"],
      ["1.成立领导小组", 10, 9, null, 10, "成立的得10分。"],
      ["2.制定工作方案", 18, 18, null, 20, "制定的得20分。"],
      ["二、工作落实(70分)"],
      ["1.完成年度任务", 40, 38, null, 40, "完成的得40分。"],
      ["2.问题整改到位", 30, 30, null, 30, "整改到位的得30分。"],
    ];
    const merges = ["A1:F1", "A3:F3", "A6:F6"];
    expect(flags(rows, merges)).toEqual([]);
    rows[4][2] = 22;
    expect(flags(rows, merges)).toContain("score-exceeds-weight@C5");
  });
});

describe("no 分值 column: an item's points in its rule's frame", () => {
  test("opening brackets, bare points before a break, a full mark", () => {
    expect(rulePoints("(5分)查阅资料，实地查看。")).toBe(5);
    expect(rulePoints("（5分）优秀的得5分，良好的得4分。")).toBe(5);
    expect(rulePoints("【6分】每缺一项扣1分，扣完为止。")).toBe(6);
    expect(rulePoints("5分。优秀的得5分，良好的得4分。")).toBe(5);
    expect(rulePoints("满分8分，制定方案的得3分；建立台账的得5分。")).toBe(8);
  });

  test("counter-shapes: points closing the rule, beside its requirements, a deduction, a range", () => {
    expect(rulePoints("查阅资料，实地查看。（5分）")).toBeNull();
    expect(rulePoints("村主干道平整(2分)，绿化到位(3分)")).toBeNull();
    expect(rulePoints("(2分)制定方案；(3分)建立台账")).toBeNull();
    expect(rulePoints("2分，每缺一项扣1分")).toBeNull();
    expect(rulePoints("查阅资料(0-1分)")).toBeNull();
    expect(rulePoints("优秀的得5分，良好的得4分。")).toBeNull();
  });

  // 一级指标 | 二级指标 | 评分标准 | 得分, the groups' points in their labels
  const sheet = (rule2: string): Rows => [
    ["2023年度农村人居环境整治考评细则"],
    ["一级指标", "二级指标", "评分标准", "得分"],
    ["一、组织领导(20分)", "成立领导小组", "(8分)成立的得8分。", 8],
    [null, "制定工作方案", rule2, 12],
    ["二、工作落实(80分)", "完成年度任务", "(50分)查阅资料，实地查看。", 50],
    [null, "问题整改到位", "30分。整改到位的得30分，基本到位的得15分。", 28],
  ];
  const merges = ["A1:D1", "A3:A4", "A5:A6"];

  test("the rules' points are the items': consistent sheet clean, a group's label off found", () => {
    expect(flags(sheet("满分12分，制定方案的得12分。"), merges)).toEqual([]);
    const off = sheet("满分12分，制定方案的得12分。");
    off[2][0] = "一、组织领导(25分)";
    expect(flags(off, merges)).toContain("weight-sum-mismatch@A3");
    // (a score above the rule's points)
    const over = sheet("满分12分，制定方案的得12分。");
    over[3][3] = 15;
    expect(flags(over, merges)).toContain("score-exceeds-weight@D4");
  });
});

describe("bare group points over a 扣分项 block stating none", () => {
  // 考核项目 | 考核内容 | 分值 | 评分标准, the groups' points bare in brackets, a 扣分项 group with no points
  const sheet = (g1: string, g2 = "(二)制度建设(60)"): Rows => [
    ["2023年度防汛抗旱工作考评细则"],
    ["考核项目", "考核内容", "分值", "评分标准"],
    [g1, "1.机构设置", 20, "设置的得20分。"],
    [null, "2.职责分工", 20, "分工明确的得20分。"],
    [g2, "1.工作计划", 60, "制定的得60分。"],
    ["(三)扣分项", "发生重大责任事故", null, "每发生一起扣5分。"],
    ["合计", null, 100, null],
  ];
  const merges = ["A1:D1", "A3:A4"];
  test("consistent: clean; a group's bare points off: found at its label", () => {
    expect(flags(sheet("(一)组织领导(40)"), merges)).toEqual([]);
    expect(flags(sheet("(一)组织领导(45)"), merges)).toContain("weight-sum-mismatch@A3");
  });
  test("counter-shape: counts in brackets below every item's points are not read", () => {
    expect(flags(sheet("(一)组织领导(2)", "(二)制度建设(1)"), merges)).toEqual([]);
  });
});

describe("a note under the table numbering its own points (注：1.… / 2.…)", () => {
  // the groups coded 1. 2. 3. in column A, the note's points 1. 2. on lines of their own under the 总分
  const sheet = (note: string, g3 = "3.工作落实(40分)"): Rows => [
    ["2023年度乡村振兴重点工作考核评分细则"],
    ["考评项目", "考评内容", "分值", "计分方法"],
    ["1.组织领导(30分)", "建立健全工作台账", 30, "每缺一项扣1分，扣完为止。"],
    ["2.制度建设(30分)", "开展宣传活动", 30, "优秀的得30分，良好的得20分。"],
    [g3, "问题整改到位", 40, "每缺一项扣1分，扣完为止。"],
    ["总分", null, 100, null],
    [`${note}1.考核结果分为优秀（90分及以上）、良好（80-89分）、合格（60-79分）、不合格（60分以下）。`],
    ["2.各项得分以考核组认定为准。"],
  ];
  const merges = ["A1:D1", "A6:B6", "A7:D7", "A8:D8"];
  test("注： / 说明： open a note: its 2. is no repeat of the groups' 2.", () => {
    expect(flags(sheet("注："), merges)).toEqual([]);
    expect(flags(sheet("说明："), merges)).toEqual([]);
  });
  test("counter-shape: a slip in the groups' codes above the note is still found", () => {
    expect(flags(sheet("注：", "4.工作落实(40分)"), merges)).toContain("code-sequence@A5");
  });
});

describe("扣分说明 | 扣分 | 得分: a line's 得分 is its 分值 less its 扣分", () => {
  const sheet = (edit: (rows: Rows) => void = () => {}, deductHead = "扣分"): Rows => {
    const rows: Rows = [
      ["2023年度防汛抗旱工作考核评分表"],
      ["考评项目", "考评内容", "分值", "评分标准", "扣分说明", deductHead, "得分"],
      ["一、组织领导(40分)", "1.成立领导小组", 15, "成立的得15分。", null, null, 15],
      [null, "2.制定工作方案", 25, "制定的得25分。", "方案不完整，扣2分", 2, 23],
      ["二、工作落实(60分)", "1.完成年度任务", 40, "完成的得40分。", "任务未全部完成，扣3分", 3, 37],
      [null, "2.问题整改到位", 20, "整改到位的得20分。", null, null, 20],
      ["三、加分项(5分)", "获得市级以上表彰", 5, "获得表彰的加5分。", null, null, 3],
    ];
    edit(rows);
    return rows;
  };
  const merges = ["A1:G1", "A3:A4", "A5:A6"];
  test("consistent: clean (the bonus line below its points needs no reason)", () => {
    expect(flags(sheet(), merges)).toEqual([]);
  });
  test("a 扣分 that its line's 得分 does not follow is found", () => {
    expect(flags(sheet((r) => (r[4][5] = 4)), merges).some((f) => f === "total-mismatch@G5" || f === "total-mismatch@F5")).toBe(true);
  });
  test("counter-shape: a column of another meaning (no line agreeing) states nothing", () => {
    const rows = sheet((r) => {
      r[3][5] = 5;
      r[4][5] = 5;
      r[2][5] = 5;
      r[5][5] = 5;
    }, "扣分");
    expect(flags(rows, merges).filter((f) => f.startsWith("total-mismatch"))).toEqual([]);
  });
  // one line alone holds a 扣分: 40 − 4 = 36, not its 37; the three blank lines beside full points (15, 20, and the 扣分
  // line 2 made blank with its 得分 25) are the evidence
  const lone = (r: Rows) => {
    r[3][4] = r[3][5] = null;
    r[3][6] = 25;
    r[4][5] = 4;
  };
  test("a lone 扣分 its line's 得分 does not follow is found", () => {
    expect(flags(sheet(lone), merges).some((f) => f === "total-mismatch@G5" || f === "total-mismatch@F5")).toBe(true);
  });
  test("counter-shape: a lone 扣分 where the blank lines' 得分 fall short of their 分值 states nothing", () => {
    const rows = sheet((r) => {
      lone(r);
      r[2][6] = 12;
      r[3][6] = 20;
      r[5][6] = 18;
    });
    expect(flags(rows, merges).filter((f) => f.startsWith("total-mismatch@G5") || f.startsWith("total-mismatch@F5"))).toEqual([]);
  });
});
