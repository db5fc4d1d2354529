import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";
import type { Finding } from "../../src/core/rules";

/**
 * Rule sheets the generated suite (generated-rule-sheets, 400 seeds) found misread (eng28b): a four-level table with
 * each level's points beside it whose cells are filled down, whose item points are text ('5'), with an empty column
 * or the items' score column between a name and its points; a three-level table whose items' score column stands
 * between the items' names and their points (考核要点 | 实得分 | 满分); a group's points merged down its lines and
 * printed again, merged, under a header repeated at a page break; a two-line header printed again at a page break;
 * a 附加分 line merged across 序号 | 考评内容 over its unnumbered lines. Each with a counter-shape where the reading must
 * not apply.
 */

const flags = (fs: Finding[]) => fs.filter((f) => f.severity === "error" || f.severity === "warning").map((f) => `${f.rule}@${f.cell}`);
const rule = (n: number) => `制定实施方案的得${n}分。`;

type Cell = string | number | null;
interface LadderOpts {
  filled: boolean;
  empty?: boolean;
  scoreLeft?: boolean;
  edit?: [number, number, Cell];
}

/** 一级 | 分值 | 二级 | 分值 | 三级 | 分值 | 考核内容 | 分值 | 评分标准: four levels, each with its points beside it. */
function ladder(o: LadderOpts): Grid {
  const head = ["一级指标", "分值", "二级指标", "分值", "三级指标", "分值", "考核内容", ...(o.scoreLeft ? ["得分"] : []), "分值", "评分标准"];
  const lines: Cell[][] = [
    ["一、组织领导", 30, "(一)机构设置", 30, "1.组织覆盖", 12, "(1)开展专项督查", "5"],
    ["一、组织领导", 30, "(一)机构设置", 30, "1.组织覆盖", 12, "(2)召开专题会议", "7"],
    ["一、组织领导", 30, "(一)机构设置", 30, "2.工作覆盖", 18, "(1)开展业务培训", "8"],
    ["一、组织领导", 30, "(一)机构设置", 30, "2.工作覆盖", 18, "(2)公开工作信息", "10"],
    ["二、制度建设", 70, "(一)工作计划", 70, "1.制度执行", 70, "(1)问题整改到位", "30"],
    ["二、制度建设", 70, "(一)工作计划", 70, "1.制度执行", 70, "(2)制定年度计划", "40"],
  ];
  const rows = lines.map((l, k) => {
    const prev = lines[k - 1];
    // (unfilled: each group's cells written on its first line only)
    const row = o.filled || !prev ? l : l.map((v, c) => (c < 6 && v === prev[c] && (c >= 4 || l[0] === prev[0]) ? null : v));
    return [...row.slice(0, 7), ...(o.scoreLeft ? [null] : []), row[7], rule(Number(l[7]))];
  });
  const total: Cell[] = ["合计", null, null, null, null, null, null, ...(o.scoreLeft ? [null] : []), 100, null];
  let grid: Cell[][] = [["2022年防汛抗旱工作考核评分表"], head, ...rows, total];
  if (o.empty) grid = grid.map((r) => [r[0], null, ...r.slice(1)]);
  if (o.edit) grid[o.edit[0] - 1][o.edit[1] - 1] = o.edit[2];
  return Grid.fromValues("评分表", grid, []);
}

describe("a four-level table with each level's points beside it (levelPointsLadder)", () => {
  test.each([
    ["filled down on every line", { filled: true }],
    ["written once per group", { filled: false }],
    ["filled down, an empty column right of the first", { filled: true, empty: true }],
    ["filled down, the items' score column between their names and their points", { filled: true, scoreLeft: true }],
  ])("%s: the 考核内容 column holds the items, the sheet is clean", (_, o) => {
    const r = review(ladder(o), "national");
    expect(r.model.family).toBe("indicator-system");
    expect(r.model.indicators.map((i) => i.weight)).toEqual([5, 7, 8, 10, 30, 40]);
    expect(flags(r.findings)).toEqual([]);
  });

  test("an item's points raised (5 → 6, filled down, empty column, score left): its 三级 group's points and the 100 disagree", () => {
    const f = flags(review(ladder({ filled: true, empty: true, scoreLeft: true, edit: [3, 10, "6"] }), "national").findings);
    expect(f).toEqual(expect.arrayContaining(["weight-sum-mismatch@G3", "weight-sum-mismatch@J9"]));
  });

  test("counter-shape: one item per 三级 label (no finer column), the 三级 column holds the items", () => {
    const g = Grid.fromValues(
      "评分表",
      [
        ["2022年防汛抗旱工作考核评分表"],
        ["一级指标", "分值", "二级指标", "分值", "三级指标", "分值", "考核内容", "分值", "评分标准"],
        ["一、组织领导", 30, "(一)机构设置", 30, "1.组织覆盖", 12, "(1)开展专项督查", "12", rule(12)],
        ["一、组织领导", 30, "(一)机构设置", 30, "2.工作覆盖", 18, "(1)开展业务培训", "18", rule(18)],
        ["二、制度建设", 70, "(一)工作计划", 70, "1.制度执行", 30, "(1)问题整改到位", "30", rule(30)],
        ["二、制度建设", 70, "(一)工作计划", 70, "2.年度计划", 40, "(1)制定年度计划", "40", rule(40)],
        ["合计", null, null, null, null, null, null, 100, null],
      ],
      [],
    );
    const r = review(g, "national");
    expect(r.model.columns.level3).toBe(5);
    expect(flags(r.findings)).toEqual([]);
  });
});

describe("three levels with their points beside each, the items' score column left of their points", () => {
  const sheet = (edit?: [number, number, Cell]) => {
    const g: Cell[][] = [
      ["政务公开工作考核评分表"],
      ["序号", "考核项目", "满分", "考核内容", "满分", "考核要点", "实得分", "满分", "计分方法"],
      [1, "1.组织领导(36分)", 36, "(一)机构设置(23分)", 23, "A1完成年度目标任务", null, 6, rule(6)],
      [2, null, null, null, null, "A2工作经费列入预算", null, 10, rule(10)],
      [3, null, null, null, null, "A3配备必要的办公设备", null, 7, rule(7)],
      [4, null, null, "(二)职责分工(13分)", 13, "B1开展宣传活动", null, 6, rule(6)],
      [5, null, null, null, null, "B2问题整改到位", null, 7, rule(7)],
      [6, "2.制度建设(64分)", 64, "(一)工作计划(64分)", 64, "C1建立健全工作台账", null, 30, rule(30)],
      [7, null, null, null, null, "C2建立考核奖惩机制", null, 34, rule(34)],
      ["总分", null, null, null, null, null, null, 100, null],
    ];
    if (edit) g[edit[0] - 1][edit[1] - 1] = edit[2];
    return Grid.fromValues("评分表", g, ["A1:I1", "A10:G10"]);
  };

  test("考核项目 | 考核内容 | 考核要点 are the three levels, 实得分 the score, the last 满分 the items' points", () => {
    const r = review(sheet(), "national");
    expect(r.model.columns).toEqual(expect.objectContaining({ level1: 2, level2: 4, level3: 6, score: 7, weight: 8, rubric: 9 }));
    expect(flags(r.findings)).toEqual([]);
  });

  test("an item code skipped (A3 → A4) and an item's points raised are found", () => {
    expect(flags(review(sheet([5, 6, "A4配备必要的办公设备"]), "national").findings)).toContain("code-sequence@F5");
    expect(flags(review(sheet([4, 8, 11]), "national").findings)).toContain("weight-sum-mismatch@D3");
  });

  test("counter-shape: a score column between a group's name and its points is not passed over (only the items')", () => {
    const g = Grid.fromValues(
      "评分表",
      [
        ["政务公开工作考核评分表"],
        ["序号", "考核项目", "得分", "满分", "考核内容", "满分", "考核要点", "满分", "计分方法"],
        [1, "1.组织领导", null, 36, "(一)机构设置", 36, "A1完成年度目标任务", 36, rule(36)],
        [2, "2.制度建设", null, 64, "(一)工作计划", 64, "B1建立健全工作台账", 64, rule(64)],
      ],
      ["A1:I1"],
    );
    const cols = review(g, "national").model.columns;
    expect(cols.score).toBe(3);
    expect(cols.level3).not.toBe(7);
  });
});

describe("a group's points merged down its lines, printed again under a header repeated at a page break", () => {
  const H: Cell[] = ["一级要素", "标准分", "二级要素", "标准分", "三级要素", "标准分", "四级要素", "标准分", "评分办法"];
  const sheet = (edit?: [number, number, Cell], again = "①组织覆盖", againPoints = 25) => {
    const g: Cell[][] = [
      ["残疾人工作验收评分标准"],
      H,
      ["1.组织领导", 40, "机构设置", 40, "①组织覆盖", 25, "(1)按要求公开工作信息", 8, rule(8)],
      H,
      ["1.组织领导", 40, "机构设置", 40, again, againPoints, "(2)完成年度目标任务", 7, rule(7)],
      [null, null, null, null, null, null, "(3)建立健全工作台账", 10, rule(10)],
      [null, null, null, null, "②工作覆盖", 15, "(1)开展业务培训", 8, rule(8)],
      [null, null, null, null, null, null, "(2)开展宣传活动", 7, rule(7)],
      ["2.制度建设", 60, "工作计划", 60, "①制度执行", 60, "(1)落实值班值守制度", 30, rule(30)],
      [null, null, null, null, null, null, "(2)问题整改到位", 30, rule(30)],
    ];
    if (edit) g[edit[0] - 1][edit[1] - 1] = edit[2];
    const merges = ["A1:I1", "A5:A8", "B5:B8", "C5:C8", "D5:D8", "E5:E6", "F5:F6", "E7:E8", "F7:F8", "A9:A10", "B9:B10", "C9:C10", "D9:D10", "E9:E10", "F9:F10"];
    return Grid.fromValues("评分表", g, merges);
  };

  test("①组织覆盖 25 = 8 above the break + 7 + 10 below it: one group, clean", () => {
    expect(flags(review(sheet(), "national").findings)).toEqual([]);
  });

  test("an item's points raised under the break: the group (F5) and its 二级 report it", () => {
    expect(flags(review(sheet([6, 8, 11]), "national").findings)).toEqual(expect.arrayContaining(["weight-sum-mismatch@F5", "weight-sum-mismatch@D3"]));
  });

  test("counter-shape: another label under the break with the same points is a group of its own, checked alone", () => {
    expect(flags(review(sheet(undefined, "①班子建设", 25), "national").findings)).toContain("weight-sum-mismatch@F5");
  });
});

describe("a two-line header printed again at a page break", () => {
  const sheet = (edit?: [number, number, Cell]) => {
    const upper: Cell[] = ["序号", "评价指标", null, null, null, "分值(分)", "评分办法", "自评得分"];
    const lower: Cell[] = [null, "一级指标", "二级指标", "三级指标", "考核内容", null, null, null];
    const g: Cell[][] = [
      ["乡村振兴重点工作考核验收评分细则"],
      upper,
      lower,
      [1, "(一)组织领导52分", "机构设置28分", "(1)组织覆盖28分", "①落实值班值守制度", 10, rule(10), null],
      upper,
      lower,
      [2, "(一)组织领导52分", "机构设置28分", "(1)组织覆盖28分", "②按时报送工作信息", 11, rule(11), null],
      [3, null, null, null, "③开展专项督查检查", 7, rule(7), null],
      [4, null, "职责分工24分", "(1)工作覆盖24分", "①配备必要的办公设备", 13, rule(13), null],
      [5, null, null, null, "②完成年度目标任务", 11, rule(11), null],
      [6, "(二)制度建设48分", "工作计划48分", "(1)班子建设48分", "①资料收集整理归档规范", 20, rule(20), null],
      [7, null, null, null, "②按要求公开工作信息", 28, rule(28), null],
      ["合计", null, null, null, null, 100, null, null],
    ];
    if (edit) g[edit[0] - 1][edit[1] - 1] = edit[2];
    const merges = ["A1:H1", "B2:E2", "A2:A3", "F2:F3", "G2:G3", "H2:H3", "B5:E5", "A5:A6", "F5:F6", "G5:G6", "H5:H6"];
    return Grid.fromValues("评分表", g, [...merges, "B7:B10", "C7:C8", "D7:D8", "C9:C10", "D9:D10", "B11:B12", "C11:C12", "D11:D12", "A13:E13"]);
  };

  test("one table: the groups go on over the break, the sheet is clean", () => {
    const r = review(sheet(), "national");
    expect(r.model.headerRepeats).toEqual([5]);
    expect(r.model.indicators).toHaveLength(7);
    expect(flags(r.findings)).toEqual([]);
  });

  test("a 序号 skipped and an item's points raised after the break are found", () => {
    expect(flags(review(sheet([9, 1, 5]), "national").findings)).toContain("code-sequence@A9");
    expect(flags(review(sheet([8, 6, 9]), "national").findings)).toContain("weight-sum-mismatch@C4");
  });
});

describe("附加分 merged across 序号 | 考评内容 over its unnumbered lines (section-lines)", () => {
  const sheet = (bonus: [number, number, number]) =>
    Grid.fromValues(
      "评分表",
      [
        ["2022年残疾人工作考核评分表"],
        ["序号", "考评内容", "分数", "评分办法", "考核得分"],
        ["组织领导", null, 75, null, null],
        [1, "(1)工作经费列入财政预算", 31, rule(31), 31],
        [2, "(2)按时报送工作信息", 17, rule(17), 17],
        [3, "(3)完成年度目标任务", 27, rule(27), 27],
        ["制度建设", null, 25, null, null],
        [4, "(1)建立健全工作台账", 25, rule(25), 25],
        ["附加分", null, bonus[0], null, null],
        [null, "获得市级以上表彰", bonus[1], "获得市级以上表彰的加2分。", 1],
        [null, "工作经验被上级推广", bonus[2], "工作经验被推广的加3分。", 2],
      ],
      ["A1:E1", "A3:B3", "A7:B7", "A9:B9"],
    );

  test("附加分 5 over 2 + 3: a block of its own, outside 制度建设; no score asked of it", () => {
    const r = review(sheet([5, 2, 3]), "national");
    expect(r.model.indicators.map((i) => i.row)).not.toContain(9);
    expect(flags(r.findings)).toEqual([]);
  });

  test("counter-shape: its lines not adding up to it (5 over 1 + 1), the line is no section: read as before", () => {
    const r = review(sheet([5, 1, 1]), "national");
    expect(r.model.groups.map((g) => g.cell)).not.toContain("A9");
  });
});

describe("项目 | 分数 | 具体内容 | 分数, no rule or score column: the groups' points the sums of their items'", () => {
  const sheet = (points: [Cell, Cell, Cell], total: Cell = 100) =>
    Grid.fromValues(
      "评分表",
      [
        ["2022年河湖长制工作考核评分表"],
        ["项目", "分数", "具体内容", "分数"],
        ["(一)组织领导", null, null, 84],
        ["1.机构设置", points[0], "(1)资料收集整理归档规范", 14],
        [null, null, "(2)建立考核奖惩机制", 25],
        [null, null, "(3)召开专题会议研究部署工作", 11],
        ["2.职责分工", points[1], "(1)按要求公开工作信息", 18],
        [null, null, "(2)完成年度目标任务", 16],
        ["(二)制度建设", null, null, 16],
        ["1.工作计划", points[2], "(1)问题整改到位", 16],
        ["合计", null, null, total],
      ],
      ["A1:D1", "A3:C3", "A9:C9", "A11:C11"],
    );

  test("50 = 14 + 25 + 11, 34 = 18 + 16, 16 = 16: the two levels and their points, the sheet clean", () => {
    const r = review(sheet([50, 34, 16]), "national");
    expect(["indicator-system", "assessment"]).toContain(r.model.family);
    expect(r.model.columns).toEqual(expect.objectContaining({ level1: 1, level1Weight: 2, level3: 3, weight: 4 }));
    expect(flags(r.findings)).toEqual([]);
  });

  test("a group's points lowered on the label line across (84 → 81) is found", () => {
    const g = sheet([50, 34, 16]);
    const vals: Cell[][] = [];
    for (let r = 1; r <= g.rowCount; r++) vals.push([1, 2, 3, 4].map((c) => g.raw(r, c) as Cell));
    vals[2][3] = 81;
    expect(flags(review(Grid.fromValues("评分表", vals, ["A1:D1", "A3:C3", "A9:C9", "A11:C11"]), "national").findings).some((f) => f.startsWith("weight-sum-mismatch@") || f.startsWith("total-mismatch@D3"))).toBe(true);
  });

  test("counter-shape: the first 分数 column's numbers are no sums of the second's (a count, 3 | 2 | 1): no level read from it", () => {
    const r = review(sheet([3, 2, 1]), "national");
    expect(r.model.columns.level1Weight).toBeUndefined();
  });
});

describe("序号 | 项目 | 实得分 | 分值: the items' score column between their names and their points", () => {
  const sheet = (score: Cell) =>
    Grid.fromValues(
      "评分表",
      [
        ["2022年防汛抗旱工作评估评分表"],
        ["序号", "项目", score, "分值(分)"],
        ["一、组织领导（54分）", null, null, null],
        [1, "①制定年度工作计划和实施方案", null, 18],
        [2, "②建立考核奖惩机制", null, 21],
        [3, "③完成年度目标任务", null, 15],
        ["二、制度建设（46分）", null, null, null],
        [4, "①按要求公开工作信息", null, 26],
        [5, "②建立健全工作台账", null, 20],
      ],
      ["A1:D1", "A3:D3", "A7:D7"],
    );

  test("项目 holds the items, 实得分 the score, 分值 the points: clean, and a raised item found by its section", () => {
    const r = review(sheet("实得分"), "national");
    expect(r.model.columns).toEqual(expect.objectContaining({ level3: 2, score: 3, weight: 4 }));
    expect(flags(r.findings)).toEqual([]);
  });

  test("counter-shape: another column between (备注), not a score: no ladder read over it", () => {
    expect(review(sheet("备注"), "national").model.columns.level3).toBeUndefined();
  });
});

describe("a group label merged down its lines, printed again right under them (a page break's repeat, no header)", () => {
  // 项目 | (empty column) | 评价内容 | 分值 | 得分: 项目 is no level column, its labels are read from their points (findWeightBlocks)
  const sheet = (again: string, points: [number, number], last: string | null = null) => {
    const g: Cell[][] = [
      ["学校建设评估细则评分表"],
      ["项目", null, "评价内容", "分值", "得分", "备注"],
      ["组织健全", null, "1、学校有建设工作领导组，各项工作有专人负责", 5, null, null],
      ["校园硬化15分", null, "2、校园路面全部硬化4分，畅通平整1分。", 5, null, null],
      [null, null, "3、公共场所硬化4分，平整1分。", 5, null, null],
      [null, null, "4、花园甬道硬化2分，景致安全1分。", 5, null, null],
      ["校园文化20分", null, "5、校园内有宣传教育方针的标语2分。", points[0], null, null],
      [null, null, "6、校园文化氛围浓厚，楼道、墙体布置合理。", points[1], null, null],
      [again, null, "7、在校园显著位置设置永久性的校训4分。", 4, null, null],
      [null, null, "8、班级文化建设有特色4分。", 4, null, null],
    ];
    if (last) g.push([null, null, last, null, null, null]);
    return Grid.fromValues("评分表", g, ["A1:F1", "A4:A6", "A7:A8", "A9:A10"]);
  };
  const blocks = (g: Grid) => review(g, "national").model.weightBlocks.map((b) => [b.cell, b.firstRow, b.lastRow]);

  test("校园文化20分 over 4 + 8, then again over 4 + 4: one block of 20, clean; a line's points raised found at the label", () => {
    expect(blocks(sheet("校园文化20分", [4, 8]))).toEqual([["A4", 4, 6], ["A7", 7, 10]]);
    expect(flags(review(sheet("校园文化20分", [4, 8]), "national").findings)).toEqual([]);
    expect(flags(review(sheet("校园文化20分", [4, 9]), "national").findings)).toEqual(["weight-sum-mismatch@A7"]);
  });

  test("counter-shape: the label below states other points (12分): a block of its own", () => {
    expect(blocks(sheet("校园文化12分", [4, 8]))).toEqual([["A4", 4, 6], ["A7", 7, 8], ["A9", 9, 10]]);
  });

  test("a last line numbered next (9、班级, its points cut off) is an item of the list, as it is beside a group column", () => {
    expect(review(sheet("校园文化20分", [4, 8], "9、班级"), "national").model.indicators.map((i) => i.row)).toContain(11);
  });

  test("counter-shape: a remark under the lines (no number) is no item", () => {
    expect(review(sheet("校园文化20分", [4, 8], "以上各项由督导组评定"), "national").model.indicators.map((i) => i.row)).not.toContain(11);
  });
});

describe("项目分值 | 标准分值, the groups' points filled down on every line of their group (groupPointsColumn)", () => {
  const sheet = (group: [Cell, Cell], lines: Cell[]) =>
    Grid.fromValues(
      "评分表",
      [
        ["考核项目", "考核内容和要求", "项目分值", "标准分值", "得分", "评分标准"],
        ["综合类", "1、坚持机制创新，建立工作推进机制。", group[0], lines[0], null, "工作机制健全，得10分。"],
        ["综合类", "2、重点工作制定实施方案。", group[0], lines[1], null, "制定实施方案，得8分。"],
        ["综合类", "3、组织开展宣传、培训等工作。", group[0], lines[2], null, "已组织开展，得12分。"],
        ["业务类", "1、完成重点项目申报。", group[1], lines[3], null, "按计划完成，得30分。"],
        ["业务类", "2、组织标准化示范区申报。", group[1], lines[4], null, "积极申报，得40分。"],
      ],
      [],
    );

  test("30 = 10 + 8 + 12 and 70 = 30 + 40 written on every line: the groups' points, the lines' weights their own", () => {
    const r = review(sheet(["30分", "70分"], [10, 8, 12, 30, 40]), "national");
    expect(r.model.columns.weight).toBe(4);
    expect(r.model.indicators.map((i) => i.weight)).toEqual([10, 8, 12, 30, 40]);
    expect(flags(r.findings)).toEqual([]);
  });

  test("counter-shape: numbers repeated down the lines that are no sums (5 beside 10 | 8 | 12): not read as groups' points", () => {
    const r = review(sheet([5, 6], [10, 8, 12, 30, 40]), "national");
    expect(r.model.weightBlocks.map((b) => b.weight)).not.toContain(5);
  });
});

describe("one level word merged across group label | 序号 | item columns (考核内容 over A:C, itemsUnderMergedLevel)", () => {
  const sheet = (merged: boolean, third: Cell = "按时参加市组织的会议及各类业务培训。") =>
    Grid.fromValues(
      "评分表",
      [
        ["2011年英德市残疾人工作考核内容及打分办法"],
        ["考核内容", null, null, "分值", "具体打分办法"],
        ["一、组织机构(10分)", 1, "镇(街)残联机构健全，成立专门的残联办公室。", "6分", "机构健全2分，有办公场地1分，有专职人员3分。"],
        [null, 2, "村(居)委残协机构健全，有办公场地。", "4分", "机构健全1分，有办公场地3分。"],
        ["二、基础工作(10分)", 3, "残疾人工作年初有计划，年终有总结。", "3分", "年初有计划1分，年终有总结2分。"],
        [null, 4, "建立残疾人花名册，各类档案齐全。", "3分", "建立花名册1分，档案齐全2分。"],
        [null, 5, third, "4分", "按时参加4分。"],
      ],
      ["A1:E1", "A2:C2", ...(merged ? ["A3:A4", "A5:A7"] : [])],
    );

  test.each([true, false])("group labels merged down %s: 一级 in A, the items in C, every item read with its points, clean", (merged) => {
    const r = review(sheet(merged), "national");
    expect(r.model.columns).toEqual(expect.objectContaining({ level1: 1, level3: 3, weight: 4 }));
    expect(r.model.indicators.map((i) => [i.row, i.weight])).toEqual([[3, 6], [4, 4], [5, 3], [6, 3], [7, 4]]);
    expect(flags(r.findings)).toEqual([]);
  });

  test("counter-shape: a line with points and no item named in C (the last column is no item column): not read so", () => {
    expect(review(sheet(true, null), "national").model.columns.level3).toBeUndefined();
  });
});

describe("one group column (项目) holding captions and groups, both printed again under a header repeated at a page break", () => {
  const H: Cell[] = ["项目", "具体内容", "标准分", "评分标准", "评估得分"];
  const sheet = (again: string, points: Cell = "7分") => {
    const g: Cell[][] = [
      ["2022年农村人居环境整治评估评分表"],
      H,
      ["一、组织领导(52)", null, null, null, null],
      ["(一)机构设置(28)", "①落实值班值守制度", "10分", "制定实施方案的得10分。", 10],
      H,
      ["一、组织领导(52)", null, null, null, null],
      [again, "②召开专题会议研究部署工作", points, "建立工作台账的得7分。", 7],
      [null, "③按时报送工作信息和统计报表", "11分", "按时报送材料的得11分。", 9],
      ["(二)职责分工(24)", "①建立健全工作台账", "8分", "召开专题会议的得8分。", 6],
      [null, "②制定年度工作计划和实施方案", "16分", "开展督查检查的得16分。", 16],
      ["二、制度建设(48)", null, null, null, null],
      ["(一)工作计划(48)", "①建立联络员制度", "20分", "有工作总结的得20分。", 20],
      [null, "②问题整改到位", "28分", "制定实施方案的得28分。", 28],
    ];
    return Grid.fromValues("评分表", g, ["A1:E1", "A3:E3", "A6:E6", "A11:E11", "A7:A8", "A9:A10", "A12:A13"]);
  };

  test("(一)机构设置(28) goes on under the break: 10 + 7 + 11, clean; an item's points raised there found at its label", () => {
    expect(flags(review(sheet("(一)机构设置(28)"), "national").findings)).toEqual([]);
    expect(flags(review(sheet("(一)机构设置(28)", "8分"), "national").findings)).toContain("weight-sum-mismatch@A4");
  });

  test("counter-shape: another label under the break is a group of its own, checked alone", () => {
    expect(flags(review(sheet("(一)工作覆盖(28)"), "national").findings)).toEqual(expect.arrayContaining(["weight-sum-mismatch@A4", "weight-sum-mismatch@A7"]));
  });
});
