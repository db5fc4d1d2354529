import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";
import { criteriaWeightColumns } from "../../src/core/recognise/criteria-weights";
import { criteriaVariants, flatten, SHAPE_NAMES } from "./criteria-variants";

/**
 * grad46a (session 46): a list of criteria and their weights, one weight column or several (criteria-weights.ts,
 * grad46a-diagnosis.md) — 評分項目 | 比重 under numbered section lines (30%, blank, 40%, 總計 100%), 評審準則 | 研究和應用項目 |
 * 純研究項目 inside a page of prose and other small tables, and the shapes other publishers print the same class in.
 * The near shapes that must not be read: a budget table with shares, a funding-share table, a results list of units with
 * scores, a grade-band table, a statistics table of rates, a composition table adding up to 100%, units' shares.
 */
type Row = string[];
const run = (rows: Row[]) => review(Grid.fromValues("S", rows, []), "national");
const read = (rows: Row[]) => {
  const r = run(rows);
  return {
    family: r.model.family,
    header: r.model.headerRow,
    items: r.model.indicators.map((i) => [i.row, i.weight]),
    parallel: r.model.parallelWeightCols ?? [],
    errors: r.findings.filter((f) => f.severity === "error").map((f) => `${f.rule}@${f.cell}`),
  };
};

const VARIANTS: Record<string, Row[]> = {
  // the 台灣 competition's shape: numbered section lines, 評分項目 | 比重, a blank share, 總計 100% (30 + 40 = 70: a slip)
  "v1-tw-sections": [["(一)初賽", ""], ["(二)決賽", ""], ["(三)評分項目與比重 初賽與決賽相同:", ""], ["評分項目", "比重"], ["議題之重要性", "30%"], ["創意與進步性", ""], ["商品化可行性", "40%"], ["總計", "100%"]],
  // simplified, one weight column per kind of project, blanks where a kind does not weigh a criterion, no total line, a
  // title and a lead-in above, prose and a table of caps (最高90%) below
  "v2-two-kinds": [
    ["基金申请", "", ""],
    ["申请会按以下准则予以评审:", "", ""],
    ["评审标准", "研究和应用项目", "纯研究项目"],
    ["切合基金范围的程度", "10%", "10%"],
    ["创新及科技内容", "25%", "30%"],
    ["技术及管理能力", "20%", "20%"],
    ["财务因素", "10%", "10%"],
    ["成果的商品化机会", "25%", ""],
    ["成果的应用潜力", "", "20%"],
    ["项目期限/推行计划", "10%", "10%"],
    ["资助金额", "", ""],
    ["申请机构类别", "资金资助额(项目成本百分比)", ""],
    ["公营界别", "最高90%", ""],
    ["企业界别", "最高50%", ""],
  ],
  // no title, 评价要素 | 权重 in fractions, 合计 1
  "v3-fractions": [["评价要素", "权重"], ["政策符合性", "0.2"], ["实施效果", "0.5"], ["群众满意度", "0.3"], ["合计", "1"]],
  // 序号 | (blank head) | 配分, points written 30分, the 合计 under the codes
  "v4-blank-head": [["序号", "", "配分"], ["1", "组织领导", "20分"], ["2", "工作落实", "50分"], ["3", "宣传报道", "30分"], ["合计", "", "100分"]],
  // 繁體, 評估內容 | 滿分 | 說明 (a text column after the points), no total line (20 + 30 + 50 = 100)
  "v5-trad-rule-column": [["評估內容", "滿分", "說明"], ["計劃書完整性", "20", "由評審委員評定"], ["執行能力", "30", "參考過往紀錄"], ["預期成效", "50", "量化指標為主"]],
  // a score column beside the shares: 评分项目 | 比重 | 得分
  "v6-scored": [["评分项目", "比重", "得分"], ["创新性", "40%", "35"], ["可行性", "30%", "28"], ["效益", "30%", "25"]],
  // two kinds with a total line, the second kind's shares adding up to 105 against its 100
  "v7-two-kinds-slip": [["评审准则", "A类项目", "B类项目"], ["创新", "30%", "35%"], ["可行", "30%", "30%"], ["效益", "40%", "40%"], ["合计", "100%", "100%"]],
};

describe("a list of criteria and their weights is read (variants of the class)", () => {
  test("v1: 評分項目 | 比重 under section lines — items 5, 6 (blank share), 7; 30 + 40 = 70 against 總計 100% flagged at B8", () => {
    const r = read(VARIANTS["v1-tw-sections"]);
    expect(r.family).toBe("indicator-system");
    expect(r.header).toBe(4);
    expect(r.items).toEqual([[5, 30], [6, null], [7, 40]]);
    expect(r.errors).toEqual(["weight-sum-mismatch@B8"]);
  });
  test("v2: one weight column per kind of project — the first the weight, the second parallel; the caps' table below not read; nothing flagged", () => {
    const r = read(VARIANTS["v2-two-kinds"]);
    expect(r.family).toBe("indicator-system");
    expect(r.header).toBe(3);
    expect(r.items).toEqual([[4, 10], [5, 25], [6, 20], [7, 10], [8, 25], [9, null], [10, 10]]);
    expect(r.parallel).toEqual([3]);
    expect(r.errors).toEqual([]);
  });
  test("v3: fractions adding up to 合计 1", () => {
    const r = read(VARIANTS["v3-fractions"]);
    expect(r.family).toBe("indicator-system");
    expect(r.items).toEqual([[2, 0.2], [3, 0.5], [4, 0.3]]);
    expect(r.errors).toEqual([]);
  });
  test("v4: a blank names' head beside 序号, points written 20分, 合计 100分 under the codes", () => {
    const r = read(VARIANTS["v4-blank-head"]);
    expect(r.family).toBe("indicator-system");
    expect(r.items).toEqual([[2, 20], [3, 50], [4, 30]]);
    expect(r.errors).toEqual([]);
  });
  test("v5: 繁體 評估內容 | 滿分 | 說明, no total line", () => {
    const r = read(VARIANTS["v5-trad-rule-column"]);
    expect(r.family).toBe("indicator-system");
    expect(r.items).toEqual([[2, 20], [3, 30], [4, 50]]);
    expect(r.errors).toEqual([]);
  });
  test("v6: a score column beside the shares", () => {
    const r = run(VARIANTS["v6-scored"]);
    expect(r.model.family).toBe("indicator-system");
    expect(r.model.indicators.map((i) => [i.row, i.weight, i.claimedScore])).toEqual([[2, 40, 35], [3, 30, 28], [4, 30, 25]]);
  });
  test("v7: the second kind's 35 + 30 + 40 = 105 against its 合计 100% flagged at C5", () => {
    const r = read(VARIANTS["v7-two-kinds-slip"]);
    expect(r.family).toBe("indicator-system");
    expect(r.items).toEqual([[2, 30], [3, 30], [4, 40]]);
    expect(r.errors).toEqual(["weight-sum-mismatch@C5"]);
  });
});

const NEAR: Record<string, Row[]> = {
  // a budget table: an amount beside the shares (its 金额 column adds up to no whole)
  "n1-budget": [["项目", "金额(万元)", "占比%"], ["人员经费", "300", "30"], ["公用经费", "200", "20"], ["项目经费", "500", "50"], ["合计", "1000", "100"]],
  // a funding-share table: caps written with words (最高90%)
  "n2-funding-share": [["申請機構類別", "資金資助額\n(項目成本百分比)"], ["公營界別", "最高90%"], ["企業界別", "最高50%"], ["聯合提交的申請", "最高70%"]],
  // a results list of units with scores (a 被考核单位 head; scores adding up to no whole)
  "n3-results": [["被考核单位", "得分", "备注"], ["城关镇", "95", ""], ["河西乡", "88", ""], ["东坝镇", "92", ""]],
  // a grade-band table: ranges, not numbers
  "n4-grade-bands": [["等级", "分数段"], ["优秀", "90分以上"], ["良好", "80-89分"], ["合格", "60-79分"], ["不合格", "60分以下"]],
  // a statistics table of rates: 完成率 adding up to no whole
  "n5-rates": [["指标", "完成率(%)"], ["新增就业", "95"], ["职业培训", "88"], ["创业扶持", "102"]],
  // a composition table adding up to 100%, no word saying it assesses
  "n6-composition": [["支出构成", "占比"], ["人员经费", "60%"], ["公用经费", "30%"], ["项目支出", "10%"], ["合计", "100%"]],
  // units' shares of a quota under an assessment's title (the names' head a unit head)
  "n7-unit-shares": [["2023年考核奖励资金分配表", ""], ["单位", "分配比例"], ["城关镇", "30%"], ["河西乡", "30%"], ["东坝镇", "40%"]],
  // a monitoring form weighting its projects (short-indicator-lists' counter-shape): the form's title over the list
  "n9-monitoring": [["2023年项目绩效运行监控表", "", "", ""], ["序号", "项目名称", "权重", "实施进度"], ["1", "道路建设", "30", "已完成50%"], ["2", "水利设施", "20", "已完成60%"], ["3", "村庄整治", "50", "已完成40%"]],
  // a results list of scored units under a 考核结果 title, the names' head not a unit word
  "n10-results-title": [["2023年度考核结果", ""], ["项目", "得分"], ["甲项目", "30"], ["乙项目", "30"], ["丙项目", "40"]],
  // a statistics table with 比重 beside a count
  "n8-stats": [["评价类别", "项目个数", "比重"], ["优", "12", "40%"], ["良", "15", "50%"], ["中", "3", "10%"]],
};

describe("the same lists as a page may print them", () => {
  test("a blank line between the head and the first criterion", () => {
    const r = read([["评分项目", "比重"], ["", ""], ["创新", "30%"], ["可行", "30%"], ["效益", "40%"]]);
    expect(r.family).toBe("indicator-system");
    expect(r.items).toEqual([[3, 30], [4, 30], [5, 40]]);
  });
  test("the head printed again at a page break: the list goes on under it (10 + 25 + 20 + 25 + 20 = 100)", () => {
    const r = read([["評審準則", "比重"], ["切合程度", "10%"], ["創新內容", "25%"], ["評審準則", "比重"], ["管理能力", "20%"], ["商品化", "25%"], ["應用潛力", "20%"]]);
    expect(r.family).toBe("indicator-system");
    expect(r.items).toEqual([[2, 10], [3, 25], [5, 20], [6, 25], [7, 20]]);
  });
  test("a 备注 column holding a page number on some lines (metamorphic-noise): its numbers no weights", () => {
    const r = read([["評分項目", "比重", "備註"], ["議題之重要性", "30%", "3"], ["創意與進步性", "30%", ""], ["商品化可行性", "40%", ""], ["總計", "100%", ""]]);
    expect(r.family).toBe("indicator-system");
    expect(r.items).toEqual([[2, 30], [3, 30], [4, 40]]);
    expect(r.errors).toEqual([]);
  });
  test("a list cut short (no total line, 10% + 25% of the whole) under a head saying it assesses: read, nothing flagged", () => {
    const r = read([["评审准则", "研究类项目", "应用类项目"], ["切合程度", "10%", "10%"], ["创新内容", "25%", "30%"]]);
    expect(r.family).toBe("indicator-system");
    expect(r.items).toEqual([[2, 10], [3, 25]]);
    expect(r.errors).toEqual([]);
  });
});

describe("near shapes are not read as criteria lists", () => {
  test.each(Object.keys(NEAR))("%s: the reader reads no list; no weight finding", (id) => {
    const grid = Grid.fromValues("S", NEAR[id], []);
    for (let r = 1; r <= grid.rowCount; r++) expect(criteriaWeightColumns(grid, r, new Map())).toBeUndefined();
    const r = run(NEAR[id]);
    expect(r.findings.filter((f) => f.rule === "weight-sum-mismatch")).toEqual([]);
  });
  test("not read by the numbers: a blank template (no shares), a cut list in bare numbers (30 + 30), a cut list in percents under a head saying nothing of an assessment (类型 | 比重, the title above naming a 评审), shares above the whole (60% + 50%)", () => {
    for (const rows of [
      [["评审准则", "比重"], ["创新", ""], ["可行", ""], ["效益", ""]],
      [["评分项目", "比重"], ["创新", "30"], ["可行", "30"]],
      [["某某项目评审", ""], ["类型", "比重"], ["创新", "30%"], ["可行", "30%"]],
      [["评分项目", "比重"], ["创新", "60%"], ["可行", "50%"]],
    ]) {
      const grid = Grid.fromValues("S", rows, []);
      for (let r = 1; r <= grid.rowCount; r++) expect(criteriaWeightColumns(grid, r, new Map())).toBeUndefined();
    }
  });
});

describe("generated from the corpus: every real indicator-system truth printed again as a criteria list", () => {
  test("flatten: a truth's items (15 or fewer), else its first-level groups with their points", () => {
    expect(flatten({ indicators: [{ level1: "甲", level3: "a", weight: 10 }, { level1: "甲", level3: "b", weight: 20 }, { level1: "乙", level3: "c", weight: 70 }] })).toEqual([
      { name: "a", weight: 10 },
      { name: "b", weight: 20 },
      { name: "c", weight: 70 },
    ]);
    const many = Array.from({ length: 16 }, (_, k) => ({ level1: k < 8 ? "甲" : k < 12 ? "乙" : "丙", level3: `i${k}`, weight: 5 }));
    expect(flatten({ indicators: many })).toEqual([
      { name: "甲", weight: 40 },
      { name: "乙", weight: 20 },
      { name: "丙", weight: 20 },
    ]);
  });
  test("the variants read (family, items, weights): 974 of 978 (grad46a-diagnosis.md; 450 before)", () => {
    const vs = criteriaVariants();
    expect(new Set(vs.map((v) => v.shape))).toEqual(new Set(SHAPE_NAMES));
    let ok = 0;
    const missed: string[] = [];
    for (const v of vs) {
      const r = run(v.rows);
      const got = new Map(r.model.indicators.map((i) => [i.row, i.weight]));
      const rows = new Set(v.items.map(([row]) => row));
      const good =
        r.model.family === "indicator-system" &&
        r.model.indicators.every((i) => rows.has(i.row)) &&
        v.items.every(([row, w]) => got.has(row) && (w === null ? got.get(row) === null : Math.abs((got.get(row) ?? NaN) - w) < 0.005));
      if (good) ok++;
      else missed.push(`${v.id} ${v.shape}`);
    }
    // (the count follows the corpus: 960 prints until session 55, 978 once its graduation and new sheets added three truths)
    expect(vs.length).toBe(978);
    expect(ok).toBeGreaterThanOrEqual(974);
    // (the three left: 达川 信访's lines, each closing on its points bracket over a paragraph-like rule — read by the
    // paragraph-list reading, which takes line 2 as the sheet's whole — in the four shapes with a total line, 合计 55)
    expect(missed.every((m) => m.startsWith("sc-dachuan-petition-work-comprehensive-performance-assessment-rules-excerpt"))).toBe(true);
  });
});
