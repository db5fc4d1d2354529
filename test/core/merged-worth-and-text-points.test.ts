import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";
import { groupWeightInLabel, itemWeightInLabel, weightInLabel } from "../../src/core/text/labels";

/**
 * Session 39's graduated sheets, the precision side (batch49-graduation-b-diagnosis.md):
 * - a 标准分 merged down over lines that each print a 评分方法 of their own (森林防火: '5分' over C4:C6, the lines awarding
 *   2 + 2 + 1): the lines are scored together, their awards' sum is the item's full mark — not the first line's award
 *   alone ('只给一次分（得 2 分），达不到指标分值 5 分' was a wrong warning). A sum below the merged 分值 is a warning (the
 *   item can never be met in full), above it a hint; a line whose most cannot be read leaves the item unsaid;
 * - the same layout filled in, each line scored in its own cell: the lines are no sub-items of the first (whose score was
 *   read as their total), their scores count together against the one 分值;
 * - points in an item's own text (村民自治, no 分值 column): several '(N分)' each closing a line of the cell add up
 *   (2, not 1); a bracket '(1个0.5分,共3分)' is worth its 共N分 (3); a bracket that deducts, '(扣1分)', is no worth.
 */

const flags = (g: Grid) =>
  review(g, "national")
    .findings.filter((f) => f.severity === "error" || f.severity === "warning")
    .map((f) => `${f.rule}@${f.cell}`);

describe("a 标准分 merged down over lines, each with its own 评分方法: the lines scored together", () => {
  /** 绩效考核评分细则(森林防火): 项目 | 考核内容 | 标准分 | 评分方法 | 自评分 | 考评分; 5分 over rows 3–5, 15分 over rows 6–8. */
  const RESP = ["有文件和人员分工表得2分", "层层签订得2分,少一个单位扣1分", "有责任区和责任人划分表得1分,漏一处扣1分"];
  const FIELD = ["执行审批制度,辖区内无擅自野外用火现象得3分,发现一起违章用火扣2分", "有记录和材料可查得2分,未消除一次扣1分", "全年无火灾得10分,发生森林火灾无分,并实行一票否决"];
  const fire = (resp: string[], field: string[], opts: { ruleMerged?: boolean; closing?: boolean } = {}) => {
    const rows: string[][] = [
      ["绩效考核评分细则(森林防火)", "", "", "", "", ""],
      ["项目", "考核内容", "标准分", "评分方法", "自评分", "考评分"],
      ["责任制落实", "组织机构健全、人员分工明确", "5分", resp[0], "", ""],
      ["", "责任状签订", "", resp[1], "", ""],
      ["", "划定责任区、落实责任人", "", resp[2], "", ""],
      ["野外用火管理", "严格野外用火管理", "15分", field[0], "", ""],
      ["", "对火灾隐患做到了及时整改", "", field[1], "", ""],
      ["", "本辖区内年度无森林火灾", "", field[2], "", ""],
    ];
    // (a closing 合计 line: the table is not read as cut inside its last item)
    if (opts.closing) rows.push(["合计", "", "20分", "", "", ""]);
    const merges = ["A1:F1", "A3:A5", "C3:C5", "A6:A8", "C6:C8", ...(opts.ruleMerged ? ["D3:D5"] : [])];
    return Grid.fromValues("Sheet1", rows, merges);
  };
  const shared = (g: Grid) => review(g, "national").findings.filter((f) => f.rule === "rubric-points-mismatch");

  test.each([
    // [case, 责任制落实's three rules, 野外用火管理's three rules, closing line, flags expected]
    ["2 + 2 + 1 = 5 and 3 + 2 + 10 = 15: clean (was a warning at D3, the first line's 2 against 5)", RESP, FIELD, false, []],
    ["the same with a closing 合计: clean", RESP, FIELD, true, []],
    ["2 + 1 + 1 = 4 under 5: the lines can never make the item's 5 — a warning at the first line's rule", [RESP[0], "层层签订得1分,少一个单位扣1分", RESP[2]], FIELD, false, ["rubric-points-mismatch@D3"]],
    ["3 + 2 + 9 = 14 under 15 ('…无分' zeroes the 9: the line's most is 9), the table closed: a warning", RESP, [FIELD[0], FIELD[1], "全年无火灾得9分,发生森林火灾无分,并实行一票否决"], true, ["rubric-points-mismatch@D6"]],
    ["counter-shape: the same 14 under 15 in the last item of a table read as cut — the cut may hold a line: nothing said", RESP, [FIELD[0], FIELD[1], "全年无火灾得9分,发生森林火灾无分,并实行一票否决"], false, []],
    ["a line in tiers counts its best: 2 + (达到90%得2分,达到80%得1分: 2) + 1 = 5, clean", [RESP[0], "达到90%得2分,达到80%得1分", RESP[2]], FIELD, false, []],
    ["the same tiers topped by 1: 2 + 1 + 1 = 4 under 5, a warning", [RESP[0], "达到90%得1分,达到80%得0.5分", RESP[2]], FIELD, false, ["rubric-points-mismatch@D3"]],
    ["a line of plain awards for things of their own adds them: 1 + (有预案得2分,有制度或公开上墙得1分: 3) + 1 = 5, clean", ["有文件和人员分工表得1分", "有预案得2分,有制度或公开上墙得1分", RESP[2]], FIELD, false, []],
    ["the same with 有预案得1分: 1 + 2 + 1 = 4 under 5, a warning", ["有文件和人员分工表得1分", "有预案得1分,有制度或公开上墙得1分", RESP[2]], FIELD, false, ["rubric-points-mismatch@D3"]],
    ["counter-shape: a line whose most cannot be read (an award for falling short, 全部完成得1分,基本完成得0.5分): nothing said, the first line not compared alone", [RESP[0], "全部完成得1分,基本完成得0.5分", RESP[2]], FIELD, false, []],
    ["counter-shape: a line awarding per occurrence (每…得1分): its most unknown, nothing said", [RESP[0], "每签订一个单位得0.5分", RESP[2]], FIELD, false, []],
  ] as [string, string[], string[], boolean, string[]][])("%s", (_case, resp, field, closing, expected) => {
    expect(flags(fire(resp, field, { closing }))).toEqual(expected);
  });

  test("the warning names the lines' awards and their sum: 2+1+1 = 4 against 5", () => {
    const f = shared(fire([RESP[0], "层层签订得1分,少一个单位扣1分", RESP[2]], FIELD));
    expect(f.map((x) => [x.cell, x.severity])).toEqual([["D3", "warning"]]);
    expect(f[0].message).toContain("2+1+1 = 4");
    expect(f[0].message).toContain("3 行共用分值 5 分");
  });

  test("2 + 2 + 2 = 6 over 5: above the 分值, a hint (info) only", () => {
    const f = shared(fire([RESP[0], RESP[1], "有责任区和责任人划分表得2分,漏一处扣1分"], FIELD));
    expect(f.map((x) => [x.cell, x.severity])).toEqual([["D3", "info"]]);
    expect(f[0].message).toContain("2+2+2 = 6");
  });

  test("counter-shape: one rule merged over the same lines as the 分值 is the item's one rule, read as before (得2分 once, short of 5)", () => {
    expect(flags(fire([RESP[0], "", ""], FIELD, { ruleMerged: true }))).toEqual(["rubric-points-mismatch@D3"]);
  });
});

describe("the same layout filled in: each line scored in its own 自评分 / 考评分 cell", () => {
  const RESP = ["有文件和人员分工表得2分", "层层签订得2分,少一个单位扣1分", "有责任区和责任人划分表得1分,漏一处扣1分"];
  const FIELD = ["执行审批制度,辖区内无擅自野外用火现象得3分,发现一起违章用火扣2分", "有记录和材料可查得2分,未消除一次扣1分", "全年无火灾得10分,发生森林火灾无分,并实行一票否决"];
  /** 责任制落实 5分 over rows 3–5 scored as given, 野外用火管理 15分 over rows 6–8 scored 3 / 2 / 10, a 合计 line (row 9) stating `total`. */
  const scored = (resp: string[], scores: string[], total: number, scoreMerged = false) => {
    const t = String(total);
    const rows: string[][] = [
      ["绩效考核评分细则(森林防火)", "", "", "", "", ""],
      ["项目", "考核内容", "标准分", "评分方法", "自评分", "考评分"],
      ["责任制落实", "组织机构健全、人员分工明确", "5分", resp[0], scores[0], scores[0]],
      ["", "责任状签订", "", resp[1], scores[1], scores[1]],
      ["", "划定责任区、落实责任人", "", resp[2], scores[2], scores[2]],
      ["野外用火管理", "严格野外用火管理", "15分", FIELD[0], "3", "3"],
      ["", "对火灾隐患做到了及时整改", "", FIELD[1], "2", "2"],
      ["", "本辖区内年度无森林火灾", "", FIELD[2], "10", "10"],
      ["合计", "", "20分", "", t, t],
    ];
    return Grid.fromValues("Sheet1", rows, ["A1:F1", "A3:A5", "C3:C5", "A6:A8", "C6:C8", ...(scoreMerged ? ["E3:E5", "F3:F5"] : [])]);
  };

  test.each([
    // [case, 责任制落实's rules, its three scores, the 合计, the score merged over the lines, flags expected]
    ["2 + 2 + 1 = 5 of 5, 合计 5 + 15 = 20: clean (the lines were sub-items of the first: '得分 2，与分项得分合计 3' at E3 and F3, 合计 6 against 20)", RESP, ["2", "2", "1"], 20, false, []],
    ["3 + 2 + 1 = 6 over the shared 5: above it, at the first line's score cells", RESP, ["3", "2", "1"], 21, false, ["score-exceeds-weight@E3", "score-exceeds-weight@F3"]],
    ["the 合计 21 against 5 + 15 = 20 (the lines scored 2 + 2 + 1): the total's error, nothing else", RESP, ["2", "2", "1"], 21, false, ["total-mismatch@E9", "total-mismatch@F9"]],
    ["counter-shape: a first line with no rule of its own over two scored lines keeps them as its sub-items: 4 = 2 + 2, clean", ["", "有文件得2分", "有责任区得2分"], ["4", "2", "2"], 19, false, []],
    ["counter-shape: the same first line scored 3 against its parts' 2 + 2: its sum's error, as before (in the 自评分 column)", ["", "有文件得2分", "有责任区得2分"], ["3", "2", "2"], 18, false, ["total-mismatch@E3"]],
    ["counter-shape: one score merged over the lines with the 分值: 5 of 5, clean", RESP, ["5", "", ""], 20, true, []],
    ["counter-shape: one score merged over the lines, 6 of 5: above it", RESP, ["6", "", ""], 21, true, ["score-exceeds-weight@E3", "score-exceeds-weight@F3"]],
  ] as [string, string[], string[], number, boolean, string[]][])("%s", (_case, resp, scores, total, merged, expected) => {
    expect(flags(scored(resp, scores, total, merged)).sort()).toEqual([...expected].sort());
  });

  test("the finding names the lines' scores together: 6 over 5, the lines' score cells related", () => {
    const f = review(scored(RESP, ["3", "2", "1"], 21), "national").findings.filter((x) => x.rule === "score-exceeds-weight" && x.cell === "E3");
    expect(f.map((x) => x.related)).toEqual([["C3", "E4", "E5"]]);
    expect(f[0].message).toContain("6");
  });
});

describe("points stated in an item's own text", () => {
  test.each([
    // [what the text shows, text, item's worth]
    ["two lines each closed by (1分): 1 + 1 = 2", "村党支部工作制度健全,经常组织活动。(1分)\n党员先锋模范作用好,村党员无严重违纪违法问题。(1分)", 2],
    ["two clauses closed by their points on one line, as before: 2 + 1 = 3", "…经常组织活动(2分),…无严重违纪违法问题(1分)。", 3],
    ["per unit 0.5, 共3分 the worth: 3", "村民委员会坚持例会制度、学习制度、奖惩制度、廉洁制度、财务管理制度、民主理财制度等各项工作。(1个0.5分,共3分)", 3],
    ["per item 0.5, 合计3分 the worth: 3", "…各项制度。(每项0.5分,合计3分)", 3],
    ["counter-shape: a second line's bracket that deducts is no worth: 1, not 2", "村党支部工作制度健全。(1分)\n党员违纪违法的(扣1分)", 1],
    ["counter-shape: one (N分) after a list of sub-clauses is the worth once: 3", "制度健全;\n经常组织活动;\n党员先锋模范作用好。(3分)", 3],
    ["counter-shape: 其中 splits the points, the first is the worth: 2", "组织健全(2分),其中村党组织(1分)", 2],
  ] as [string, string, number][])("%s", (_what, text, worth) => {
    expect(itemWeightInLabel(text)).toBe(worth);
  });

  test("a label read as a group of its own line states the same worth as the item: 1 + 1 = 2; a group's 其中 keeps its 20", () => {
    expect(groupWeightInLabel("村党支部工作制度健全,经常组织活动。(1分)\n党员先锋模范作用好,村党员无严重违纪违法问题。(1分)")).toBe(2);
    expect(groupWeightInLabel("一、组织管理(20分)\n其中:制度建设(5分)")).toBe(20);
  });

  test("counter-shape: '(扣1分)' alone is a deduction, no worth", () => {
    expect(weightInLabel("未按时公开的(扣1分)")).toBeNull();
    expect(itemWeightInLabel("未按时公开的(扣1分)")).toBeNull();
  });

  /** 村民自治 考评内容: 项目 (its points in the label, merged down) | 序号 | 考评内容 (each item's points in brackets). */
  const village = (items: string[], head: string) => {
    const rows: string[][] = [["项目", "序号", "考 评 内 容"]];
    items.forEach((t, k) => rows.push([k === 0 ? head : "", String(k + 1), t]));
    rows.push(["民 主 选 举 2分", String(items.length + 1), "村民委员会按期换届选举。(2分)"]);
    return Grid.fromValues("Sheet1", rows, [`A2:A${items.length + 1}`]);
  };
  const ITEMS = [
    "村党组织健全,党组织领导核心作用得到充分发挥。(1分)",
    "村党支部工作制度健全,经常组织活动。(1分)\n党员先锋模范作用好,村党员无严重违纪违法问题。(1分)",
    "村民委员会坚持例会制度、学习制度、奖惩制度、廉洁制度等各项工作。(1个0.5分,共2分)",
  ];

  test("组织建设 5分 over items 1 + (1 + 1) + 2 (共2分) = 5: the items read 1, 2, 2 and no weight-sum error (was 1, 1, none: 2 against 5)", () => {
    const g = village(ITEMS, "组 织 建 设 5分");
    expect(review(g, "national").model.indicators.map((i) => [i.row, i.weight])).toEqual([[2, 1], [3, 2], [4, 2], [5, 2]]);
    expect(flags(g)).toEqual([]);
  });

  test("the same items under 6分: 5 against 6, the group's weight-sum error", () => {
    expect(flags(village(ITEMS, "组 织 建 设 6分"))).toEqual(["weight-sum-mismatch@A2"]);
  });

  test("counter-shape: an item whose second bracket deducts weighs 1 — under 4分 the group adds up (1 + 1 + 2), no error", () => {
    const g = village([ITEMS[0], "村党支部工作制度健全,经常组织活动。(1分)\n党员违纪违法的(扣1分)", ITEMS[2]], "组 织 建 设 4分");
    expect(flags(g)).toEqual([]);
  });
});
