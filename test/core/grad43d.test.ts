import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";
import type { Finding } from "../../src/core/rules";
import { indicatorRole } from "../../src/core/recognise/headers";

/**
 * grad43d (session 43): scoring tables whose header was not read (grad43d-diagnosis.md).
 *  1. level words the vocabulary lacked: 评价项目 (beside 评估项目 / 考评项目 / 评定项目) and 监测指标 (beside 评价指标 / 评估指标),
 *     and the rule column's 评分表内容 / 评分内容 / 评分说明 / 评分要求 — 智慧矫正 信息化 评分表 and 南宁 残疾人 十二五 执行评估指标体系;
 *  2. a standard's numbered items under a head naming no level (类别 | 标准 | 分值, numbered-items-column.ts) — 湖北 卫生检查;
 *  3. a rule column under a word the vocabulary lacks, read by its bracketed awards adding up to each line's 分值
 *     (awards-rule-column.ts).
 * Each with its near variants and the near shapes that must not be read so.
 */

type Row = (string | number | null)[];
const flags = (fs: Finding[]) => fs.filter((f) => f.severity === "error" || f.severity === "warning").map((f) => `${f.rule}@${f.cell}`);
const sheet = (rows: Row[], merges: string[] = []) => Grid.fromValues("Sheet1", rows, merges);
const withEdits = (g: Grid, edits: Record<string, string | number>) => g.withCells(Object.entries(edits).map(([cell, v]) => ({ cell, value: { v } })));
const weights = (g: Grid) => review(g).model.indicators.map((i) => [i.row, i.weight]);

describe("header words: 评价项目, 监测指标, 评分表内容", () => {
  it.each<[string, string | null]>([
    ["评价项目", "level1"],
    ["評價項目", "level1"],
    ["监测指标", "level1"],
    ["監測指標", "level1"],
    ["评分表内容", "rubric"],
    ["评分内容", "rubric"],
    ["评分说明", "rubric"],
    ["評分要求", "rubric"],
    // (not: a bare 评分 is the score, 评分项目 / 被评价项目 / 评价项目名称 name no column of the vocabulary)
    ["评分", "score"],
    ["评分项目", null],
    ["被评价项目", null],
  ])("%s → %s", (word, role) => expect(indicatorRole(word)).toBe(role));
});

/**
 * 智慧矫正 信息化 评分表 (the shape): 序号 | 评价项目 (merged over the group, item and sub-item columns) | 评分表内容 | 分值, the
 * header on the sheet's first line (no title), the group's points in its label merged down its lines. 60 = 20 + 10 + 20 + 10.
 */
function scoringTable(head: Row = ["序号", "评价项目", null, null, "评分表内容", "分值"], title: string | null = null): Grid {
  const rows: Row[] = [
    head,
    [1, "信息化工作机制建设 (60分)", "组织管理", null, "1.列入重要议事日程(10分) 2.建立管理制度(5分) 3.建立激励机制(5分)", 20],
    [2, null, "规划设计", null, "开展需求分析(4分),制定整体规划(6分)。", 10],
    [3, null, "资金保障", null, "纳入财政预算(5分),纳入信息化项目(5分),落实专项资金(10分)。", 20],
    [4, null, "专业人才", null, "1.有专职或兼职人员(5分) 2.定期培训(5分)", 10],
    [5, "应用平台建设 (320分)", "统一管理", "监督管理", "调查评估(3分)、接收入矫(2分)、分类管理(5分)", 10],
  ];
  const merges = ["B1:D1", "B2:B5", "C2:D2", "C3:D3", "C4:D4", "C5:D5"];
  if (title === null) return sheet(rows, merges);
  return sheet([[title], ...rows], merges.map((m) => m.replace(/\d+/g, (d) => String(Number(d) + 1))).concat(["A1:F1"]));
}

describe("评价项目 | 评分表内容 | 分值: a scoring table headed by the words the vocabulary lacked", () => {
  it.each<[string, Grid, number]>([
    ["as printed (header on row 1, no title)", scoringTable(), 1],
    ["under a title", scoringTable(undefined, "某县社区矫正信息化建设评分表"), 2],
    ["traditional characters", scoringTable(["序號", "評價項目", null, null, "評分表內容", "分值"]), 1],
    ["评分内容 for the rule's head", scoringTable(["序号", "评价项目", null, null, "评分内容", "分值"]), 1],
    ["评分说明 for the rule's head", scoringTable(["序号", "评价项目", null, null, "评分说明", "分值"]), 1],
    // (a rule head no word reads: its awards add up to each line's 分值, awards-rule-column.ts)
    ["建设要求 for the rule's head", scoringTable(["序号", "评价项目", null, null, "建设要求", "分值"]), 1],
  ])("%s: read as a scoring system, its lines and their points", (_, g, header) => {
    const r = review(g);
    expect(r.model.family).toBe("indicator-system");
    expect(r.model.confidence).toBeGreaterThanOrEqual(0.8);
    expect(r.model.headerRow).toBe(header);
    expect(r.model.columns).toMatchObject({ level1: 2, rubric: 5, weight: 6 });
    expect(r.model.indicators.map((i) => [i.row - header, i.weight])).toEqual([[1, 20], [2, 10], [3, 20], [4, 10], [5, 10]]);
    // 60 = 20 + 10 + 20 + 10 ✓; the cut last group (320分 over one line of 10) is not reported
    expect(flags(r.findings)).toEqual([]);
  });

  it("评价项目 over three columns: the groups, a middle level of its own (全业务统一管理 merged down) and the items, an item merged across the two lower columns where no middle level stands over it", () => {
    const m = review(scoringTable()).model;
    expect(m.columns).toMatchObject({ level1: 2, level2: 3, level3: 4 });
    expect(m.indicators.map((i) => i.path)).toEqual([
      ["信息化工作机制建设 (60分)", "组织管理", "组织管理"],
      ["信息化工作机制建设 (60分)", "规划设计", "规划设计"],
      ["信息化工作机制建设 (60分)", "资金保障", "资金保障"],
      ["信息化工作机制建设 (60分)", "专业人才", "专业人才"],
      ["应用平台建设 (320分)", "统一管理", "监督管理"],
    ]);
  });

  it("the middle level's merge undone (its label on its first line, blank under it): its lines keep it", () => {
    const g = sheet(
      [
        ["序号", "评价项目", null, null, "评分表内容", "分值"],
        [1, "机制建设(30分)", "组织管理", null, "列入议程(10分),确定领导(10分)", 20],
        [2, null, "规划设计", null, "需求分析(4分),整体规划(6分)", 10],
        [3, "平台建设(80分)", "统一管理", "监督管理", "调查评估(30分),接收入矫(30分)", 60],
        [4, null, null, "教育帮扶", "集体教育(10分),个别教育(10分)", 20],
      ],
      ["B1:D1", "B2:B3", "C2:D2", "C3:D3", "B4:B5"],
    );
    const r = review(g);
    expect(r.model.columns).toMatchObject({ level1: 2, level2: 3, level3: 4, rubric: 5, weight: 6 });
    expect(r.model.indicators.map((i) => i.path[2])).toEqual(["组织管理", "规划设计", "监督管理", "教育帮扶"]);
    // 30 = 20 + 10 ✓, 80 = 60 + 20 ✓
    expect(flags(r.findings)).toEqual([]);
  });

  it("not: a numbering column inside the merged level head (考核内容 over 组 | 序号 | 项目): no middle level", () => {
    const g = sheet(
      [
        ["某考核表"],
        ["考核内容", null, null, "分值"],
        ["一、组织机构(10分)", 1, "机构健全", 5],
        [null, 2, "人员到位", 5],
        ["二、工作成效(20分)", 3, "任务完成", 10],
        [null, 4, "群众满意", 10],
      ],
      ["A2:C2", "A3:A4", "A5:A6"],
    );
    const m = review(g).model;
    expect(m.columns).toMatchObject({ level1: 1, level3: 3 });
    expect(m.columns.level2).toBeUndefined();
  });

  it("a line's points changed: the group's label against its lines (70 ≠ 60 would be B2; 20 + 12 + 20 + 10 = 62 ≠ 60 at B2), and the line's awards against its 分值", () => {
    const r = review(withEdits(scoringTable(), { F3: 12 }));
    expect(flags(r.findings)).toEqual(["weight-sum-mismatch@B2"]);
    // 4 + 6 = 10 against 12: the rubric's awards, at the rule's cell (info: the rule may be short of a part)
    expect(r.findings.filter((f) => f.rule === "rubric-points-mismatch").map((f) => f.cell)).toEqual(["E3"]);
  });

  it("the group's label changed: 70分 against 20 + 10 + 20 + 10 = 60", () => {
    expect(flags(review(withEdits(scoringTable(), { B2: "信息化工作机制建设 (70分)" })).findings)).toEqual(["weight-sum-mismatch@B2"]);
  });

  it("评价项目 | 评价内容 | 分值 | 评分标准 (the two-column form of the head): the groups and the items", () => {
    const g = sheet(
      [
        ["某单位评分表"],
        ["评价项目", "评价内容", "分值", "评分标准"],
        ["组织管理(30分)", "制度建设", 10, "制度健全得10分"],
        [null, "人员配备", 20, "配备到位得20分"],
        ["工作成效(70分)", "任务完成", 40, "全部完成得40分"],
        [null, "群众满意", 30, "满意率90%以上得30分"],
        ["合计", null, 100, null],
      ],
      ["A1:D1", "A3:A4", "A5:A6"],
    );
    const r = review(g);
    expect(r.model.family).toBe("indicator-system");
    expect(r.model.headerRow).toBe(2);
    expect(r.model.columns).toMatchObject({ level1: 1, level2: 2, weight: 3, rubric: 4 });
    expect(weights(g)).toEqual([[3, 10], [4, 20], [5, 40], [6, 30]]);
    expect(flags(r.findings)).toEqual([]);
    expect(flags(review(withEdits(g, { C4: 25 })).findings)).toEqual(expect.arrayContaining(["weight-sum-mismatch@A3"]));
  });

  it("not: 评价项目 as a field's label above a self-evaluation form (评价项目 | 某某项目): the form's own header is read", () => {
    const g = sheet([
      ["项目支出绩效自评表"],
      ["评价项目", "某县农村道路建设项目", null, null, null, null],
      ["一级指标", "二级指标", "三级指标", "年度指标值", "分值", "得分"],
      ["产出指标", "数量指标", "道路里程", "≥10公里", 50, 50],
      ["效益指标", "社会效益指标", "群众出行改善", "明显", 50, 45],
    ]);
    const r = review(g);
    expect(r.model.headerRow).toBe(3);
    expect(r.model.indicators.map((i) => i.row)).toEqual([4, 5]);
  });
});

/** 南宁 残疾人 十二五 执行评估指标体系 (the shape): 监测指标 over the group and the indicator columns | 单位 | 权重 | 目标值, no score. */
const NN_BODY: Row[] = [
  ["社会保障", "1.贫困残疾人生活补助比例", "%", 4, "≥50"],
  [null, "2.重度残疾人护理补贴比例", "%", 4, "≥30"],
  [null, "3.城镇残疾人参加基本养老保险比例", "%", 6, "≥80"],
  ["公共服务", "1.重点康复工程服务人数", "万人", 5, "≥2.5"],
  [null, "2.康复服务比例", "%", 4, "≥80"],
  [null, "3.社区服务比例", "%", 4, "≥70"],
  ["生活水平", "1.城镇残疾人家庭人均可支配收入", "元", 7, "≥13700"],
  [null, "2.农村残疾人家庭恩格尔系数", "%", 5, "≤44"],
];
/** the groups' merges with the body starting on line `first` */
const nnMerges = (first: number) => [`A${first}:A${first + 2}`, `A${first + 3}:A${first + 5}`, `A${first + 6}:A${first + 7}`];

describe("监测指标 | 单位 | 权重 | 目标值: a plan's implementation indicators read", () => {
  it.each<[string, Row[], string[], number, Record<string, number>]>([
    ["as printed (附件, title, 监测指标 merged over two columns)", [["附件1:"], ["某市残疾人事业十二五规划执行评估指标体系"], ["监测指标", null, "单位", "权重", "目标值"], ...NN_BODY], ["A3:B3", ...nnMerges(4)], 3, { level1: 1, level3: 2, weight: 4, targetValue: 5 }],
    ["no title, the header on row 1", [["监测指标", null, "单位", "权重", "目标值"], ...NN_BODY], ["A1:B1", ...nnMerges(2)], 1, { level1: 1, level3: 2, weight: 4, targetValue: 5 }],
    ["traditional characters", [["某市殘疾人事業規劃執行評估指標體系"], ["監測指標", null, "單位", "權重", "目標值"], ...NN_BODY], ["A2:B2", ...nnMerges(3)], 2, { level1: 1, level3: 2, weight: 4, targetValue: 5 }],
    ["the head's merge undone (a blank head cell right of it)", [["某市规划执行情况"], ["监测指标", null, "单位", "权重", "目标值"], ...NN_BODY], nnMerges(3), 2, { level1: 1, level3: 2, weight: 4, targetValue: 5 }],
    ["a group head of its own (类别 | 监测指标)", [["某市规划执行评估"], ["类别", "监测指标", "单位", "权重", "目标值"], ...NN_BODY], nnMerges(3), 2, { level1: 1, level2: 2, weight: 4, targetValue: 5 }],
    ["one column, no groups", [["某市规划执行情况"], ["监测指标", "单位", "权重", "目标值"], ...NN_BODY.map((r) => r.slice(1))], [], 2, { level1: 1, weight: 3, targetValue: 4 }],
  ])("%s", (_, rows, merges, header, columns) => {
    const r = review(sheet(rows, merges));
    expect(r.model.family).toBe("indicator-system");
    expect(r.model.headerRow).toBe(header);
    expect(r.model.columns).toMatchObject(columns);
    expect(r.model.indicators.map((i) => i.weight)).toEqual([4, 4, 6, 5, 4, 4, 7, 5]);
    expect(flags(r.findings)).toEqual([]);
  });

  it("not: a plan's main indicators with no weight (监测指标 | 单位 | 目标值) — no scoring system", () => {
    const r = review(sheet([["某市规划主要指标"], ["监测指标", null, "单位", "目标值"], ...NN_BODY.map((r) => [r[0], r[1], r[2], r[4]])], ["A2:B2", ...nnMerges(3)]));
    expect(r.model.family).not.toBe("indicator-system");
  });
});

/**
 * 湖北 卫生检查评分标准 (the shape): 类 别 | 标 准 | 分值 | 得分 | 扣分原因, each group's label (with its points) merged down its
 * numbered standards, each standard a line worth 10; 卫生间's item 1 printed with no 分值 (40 against its 50), a group after it
 * (the last group falling short of its label is not reported: a table with no closing line may be cut inside it).
 */
function hygiene(head: Row = ["类 别", "标 准", "分值", "得分", "扣分原因"], items = (n: number) => `${n}、`): Grid {
  const rows: Row[] = [["某单位卫生检查评分标准"], head];
  for (let n = 1; n <= 5; n++) rows.push([n === 1 ? "办公室\n50 分" : null, `${items(n)}地面桌面第${n}项洁净`, 10, null, null]);
  for (let n = 1; n <= 5; n++) rows.push([n === 1 ? "卫生间\n50 分" : null, `${items(n)}门窗便池第${n}项洁净`, n === 1 ? null : 10, null, null]);
  for (let n = 1; n <= 2; n++) rows.push([n === 1 ? "道路\n20 分" : null, `${items(n)}道路绿化第${n}项无杂物`, 10, null, null]);
  return sheet(rows, ["A1:E1", "A3:A7", "A8:A12", "A13:A14"]);
}

describe("类别 | 标准 | 分值: a standard's numbered items under a head naming no level", () => {
  it.each<[string, Grid]>([
    ["as printed (类 别 | 标 准)", hygiene()],
    ["检查标准", hygiene(["类别", "检查标准", "分值", "得分", "扣分原因"])],
    ["项目 for the items (类别 | 项目 | 标准分)", hygiene(["类别", "项目", "标准分", "实得分", "备注"])],
    ["traditional characters (類別 | 標準)", hygiene(["類別", "標準", "分值", "得分", "扣分原因"])],
    ["items numbered (1)", hygiene(undefined, (n) => `(${n})`)],
  ])("%s: every numbered line an item, the one with no 分值 too; its group falls short", (_, g) => {
    const r = review(g);
    expect(r.model.family).toBe("indicator-system");
    expect(r.model.headerRow).toBe(2);
    expect(r.model.columns).toMatchObject({ level1: 1, level3: 2, weight: 3 });
    expect(r.model.indicators.map((i) => [i.row, i.weight])).toEqual([[3, 10], [4, 10], [5, 10], [6, 10], [7, 10], [8, null], [9, 10], [10, 10], [11, 10], [12, 10], [13, 10], [14, 10]]);
    // 办公室 5 × 10 = 50 ✓; 卫生间 4 × 10 = 40 against its 50; 道路 2 × 10 = 20 ✓
    expect(flags(r.findings)).toEqual(["weight-sum-mismatch@A8"]);
  });

  it("the blank 分值 filled (10): 50 = 50 in both groups, nothing to report", () => {
    expect(flags(review(withEdits(hygiene(), { C8: 10 })).findings)).toEqual([]);
  });

  it("not: a label on every line (类别 | 标准 | 分值, one item a line) — the label is the item, 标准 its rule", () => {
    const g = sheet([
      ["某单位考核标准"],
      ["类别", "标准", "分值"],
      ["办公环境", "1、地面无灰尘", 10],
      ["卫生间", "2、门窗洁净", 10],
      ["道路", "3、无杂物", 10],
    ]);
    expect(review(g).model.columns.level3).toBeUndefined();
  });

  it("not: unnumbered standards (thresholds) under grouped labels — 标准 left unread", () => {
    const g = sheet(
      [
        ["某单位考核标准"],
        ["类别", "标准", "分值"],
        ["服务质量", "满意率≥95%", 10],
        [null, "投诉率≤1%", 10],
        ["工作效率", "办结率≥98%", 10],
        [null, "按时率≥95%", 10],
      ],
      ["A3:A4", "A5:A6"],
    );
    expect(review(g).model.columns.level3).toBeUndefined();
  });

  it("not: a lower level already named (类别 | 检查内容 | 标准 | 分值): 检查内容 stays the items' column", () => {
    const g = sheet(
      [
        ["某单位卫生检查评分表"],
        ["类别", "检查内容", "标准", "分值"],
        ["办公室(20分)", "地面", "1、无灰尘", 10],
        [null, "桌面", "2、整齐", 10],
        ["卫生间(20分)", "门窗", "1、洁净", 10],
        [null, "便池", "2、无污物", 10],
      ],
      ["A3:A4", "A5:A6"],
    );
    const m = review(g).model;
    expect(m.columns.level3).toBe(2);
  });
});

/**
 * A rule column under a word the vocabulary lacks (awards-rule-column.ts): 一级指标 | 二级指标 | 建设要求 | 分值, each
 * requirement text listing its parts' points in brackets that add up to the line's 分值.
 */
function requirements(head = "建设要求", third: string = "制度健全(4分),执行到位(6分)"): Grid {
  return sheet(
    [
      ["某项目建设评分表"],
      ["一级指标", "二级指标", head, "分值"],
      ["基础建设(30分)", "场地设施", "场地达标(6分),设施齐全(4分)", 10],
      [null, "人员配备", "专职人员到位(10分),定期培训(10分)", 20],
      ["运行管理(20分)", "制度建设", third, 10],
      [null, "档案管理", "档案齐全(5分),归档及时(5分)", 10],
    ],
    ["A1:D1", "A3:A4", "A5:A6"],
  );
}

describe("a rule column read by its awards adding up to the lines' 分值", () => {
  it.each(["建设要求", "工作要求", "具体要求", "达标要求"])("%s: the rubric", (head) => {
    const r = review(requirements(head));
    expect(r.model.columns).toMatchObject({ level1: 1, level2: 2, rubric: 3, weight: 4 });
    expect(r.model.family).toBe("indicator-system");
    expect(flags(r.findings)).toEqual([]);
  });

  it("a line's awards against its 分值 (4 + 8 = 12 against 10): the mismatch at the 分值 D5 (rub52), the column still the rubric", () => {
    const r = review(requirements("建设要求", "制度健全(4分),执行到位(8分)"));
    expect(r.model.columns.rubric).toBe(3);
    // (rub52: the clauses' worths, 4 + 8 = 12, exceed the line's 分值 10 and neither their sum nor their best is it — a
    // scoring sheet stating both sides: the warning at the 分值, D5, the rule C5 related; clause-points.ts)
    const f = r.findings.filter((x) => x.rule === "rubric-points-mismatch");
    expect(f.map((x) => [x.cell, x.severity, ...(x.related ?? [])])).toEqual([["D5", "warning", "C5"]]);
  });

  it("not: awards that add up to no line's points (a column of notes) — no rubric", () => {
    const g = sheet(
      [
        ["某项目建设评分表"],
        ["一级指标", "二级指标", "备注说明", "分值"],
        ["基础建设(30分)", "场地设施", "参照去年(2分),另议(2分)", 10],
        [null, "人员配备", "另行通知(3分),待定(1分)", 20],
        ["运行管理(20分)", "制度建设", "见附件", 10],
        [null, "档案管理", "见附件", 10],
      ],
      ["A1:D1", "A3:A4", "A5:A6"],
    );
    expect(review(g).model.columns.rubric).toBeUndefined();
  });

  it("not: one line agreeing only, of four — no rubric", () => {
    const g = sheet(
      [
        ["某项目建设评分表"],
        ["一级指标", "二级指标", "建设要求", "分值"],
        ["基础建设(30分)", "场地设施", "场地达标(6分),设施齐全(4分)", 10],
        [null, "人员配备", "专职人员到位", 20],
        ["运行管理(20分)", "制度建设", "制度健全", 10],
        [null, "档案管理", "档案齐全", 10],
      ],
      ["A1:D1", "A3:A4", "A5:A6"],
    );
    expect(review(g).model.columns.rubric).toBeUndefined();
  });
});
