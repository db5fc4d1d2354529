import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";

/**
 * dev45b (session 45): corpus55b's development sheets the family readers missed, read as classes (dev45b-diagnosis.md).
 * 1. A criteria table with shares or points (評審準則 / 评审要素 / 评分因素 / 评选标准 beside 評分比例 / 所占比例 / 配分 /
 *    权重 / 分值): an indicator system, its items and weights; the shares against a printed whole checked.
 * 2. A scored rubric stated by deductions (测评指标 | 指标分值 | 扣分 | 失分原因) under a head line whose qualified total
 *    (测评总得分: | 81.34, 得分:88, 季度总得分:90) is the sheet's stated total; a part's score (基本信息指标得分) and a 总分 are not.
 * 3. A paragraph item whose points are a per-occurrence award's cap (最多得N分, 最高得N分, 上限N分, 加满N分为止, N分封顶); a long
 *    item name closed by its points bracket; a line of its number alone ('3.') leaves its group no whole.
 */
type Row = (string | number)[];
const run = (rows: Row[]) => review(Grid.fromValues("S", rows, []), "national");
const read = (rows: Row[]) => {
  const r = run(rows);
  return {
    family: r.model.family,
    header: r.model.headerRow,
    items: r.model.indicators.map((i) => [i.row, i.weight]),
    total: r.model.totals?.score?.value ?? null,
    errors: r.findings.filter((f) => f.severity === "error").map((f) => `${f.rule}@${f.cell}`),
  };
};

const CRITERIA: Record<string, Row[]> = {
  "c1-hk": [["評審準則", ""], ["評審準則", "評分比例"], ["服務理念及社會觸覺:\n清楚界定服務理念", "15%"], ["工作手法\n適切", "15%"], ["服務果效", "20%"], ["鞏固知識", "20%"], ["創新", "15%"], ["協作", "15%"], ["參選資格", ""]],
  "c2-simp": [["评审要素", "分值", "评分细则"], ["项目必要性", "30", "论证充分得30分"], ["实施方案", "25", "方案可行"], ["预期效益", "25", "效益明显"], ["团队能力", "20", "团队完备"], ["合计", "100", ""]],
  "c3-tw": [["評審項目", "權重"], ["創意", "30%"], ["可行性", "30%"], ["成果", "40%"]],
  "c4-order": [["序号", "评选标准", "说明", "权重(%)"], ["1", "创新性", "技术新颖", "40"], ["2", "可行性", "方案可行", "30"], ["3", "应用前景", "推广价值", "30"]],
  "c5-cut": [["评分因素", "所占比例"], ["价格", "30%"], ["技术方案", "40%"], ["服务承诺", "20%"]],
  "c6-slip": [["評審準則", "配分"], ["創新", "30"], ["可行", "25"], ["效益", "25"], ["團隊", "15"], ["總計", "100"]],
  "n1-budget": [["项目", "金额(万元)", "比重"], ["人员经费", "300", "30%"], ["公用经费", "200", "20%"], ["项目经费", "500", "50%"], ["合计", "1000", "100%"]],
  "n2-stats": [["地区", "人口", "比重"], ["东区", "30", "30%"], ["西区", "70", "70%"], ["合计", "100", "100%"]],
  "n3-blank": [["评审准则", "评分比例"], ["创新", ""], ["可行", ""], ["效益", ""]],
};
const HEADED: Record<string, Row[]> = {
  "h1": [["涡阳县水利局", "基本信息指标总分:", "100.00", "基本信息指标得分:", "81.22", "测评总得分:", "81.34"], ["测评指标", "指标分值", "扣分", "失分原因", "", "", ""], ["规范性文件", "2.0000", "1.2800", "未公开", "", "", ""], ["意见征集", "4.0000", "2.4000", "未公开", "", "", ""], ["意见反馈", "2.0000", "1.2000", "未公开", "", "", ""]],
  "h2": [["考核总得分", "92.5", "", ""], ["考评指标", "分值", "扣分", "扣分原因"], ["组织领导", "10", "1", "未及时"], ["制度建设", "10", "0", ""], ["工作落实", "20", "2", "滞后"]],
  "h3": [["得分:88", "", "", ""], ["测评指标", "指标分值", "扣分", "失分说明"], ["组织领导", "10", "1", "未及时"], ["制度建设", "10", "0", ""], ["工作落实", "20", "2", "滞后"]],
  "h4": [["測評總得分:", "81.34", "", ""], ["測評指標", "指標分值", "扣分", "失分原因"], ["組織領導", "10", "1", "未及時"], ["制度建設", "10", "0", ""], ["工作落實", "20", "2", "滯後"]],
  "h5": [["季度总得分:90", "", "", ""], ["测评指标", "指标分值", "扣分", "失分原因"], ["组织领导", "10", "1", "未及时"], ["制度建设", "10", "0", ""], ["工作落实", "20", "2", "滞后"]],
  "hn1": [["基本信息指标得分:", "81.22", "", ""], ["测评指标", "指标分值", "扣分", "失分原因"], ["组织领导", "10", "1", "未及时"], ["制度建设", "10", "0", ""], ["工作落实", "20", "2", "滞后"]],
  "hn2": [["总分:", "100", "", ""], ["测评指标", "指标分值", "扣分", "失分原因"], ["组织领导", "10", "1", "未及时"], ["制度建设", "10", "0", ""], ["工作落实", "20", "2", "滞后"]],
};
const PARAS: Record<string, Row[]> = {
  "p1": [["一、考核内容"], ["(一)组织领导(20分)"], ["1.健全工作机制(10分)。"], ["(1)专题研究部署工作的,每次得1分,最多得6分。"], ["(2)领导接访包案(4分)。"], ["2.制度建设(10分)。"], ["(1)建立工作台账(5分)。"], ["(2)按时报送信息(5分)。"], ["(二)宣传工作(10分)"], ["1.信息报送(5分)。"], ["2.宣传活动(5分)。"]],
  "p2": [["一、考核内容"], ["(一)组织领导(20分)"], ["1.健全工作机制(10分)。"], ["(1)每报送一条信息加1分,加满6分为止。"], ["(2)领导接访包案(4分)。"], ["2.制度建设(10分)。"], ["(1)建立工作台账(5分)。"], ["(2)按时报送信息(5分)。"], ["(二)宣传工作(10分)"], ["1.信息报送(5分)。"], ["2.宣传活动(5分)。"]],
  "p3": [["一、考核内容"], ["(一)组织领导(20分)"], ["1.健全工作机制(10分)。"], ["(1)开展专项督查,每开展1次计0.5分,上限6分。"], ["(2)领导接访包案(4分)。"], ["2.制度建设(10分)。"], ["(1)建立工作台账(5分)。"], ["(2)按时报送信息(5分)。"], ["(二)宣传工作(10分)"], ["1.信息报送(5分)。"], ["2.宣传活动(5分)。"]],
  "p4-trad": [["一、考核內容"], ["(一)組織領導(20分)"], ["1.健全工作機制(10分)。"], ["(1)專題研究部署工作的,每次得1分,最高得6分。"], ["(2)領導接訪包案(4分)。"], ["2.制度建設(10分)。"], ["(1)建立工作台賬(5分)。"], ["(2)按時報送信息(5分)。"], ["(二)宣傳工作(10分)"], ["1.信息報送(5分)。"], ["2.宣傳活動(5分)。"]],
  "p5-feng": [["一、考核内容"], ["(一)组织领导(20分)"], ["1.健全工作机制(10分)。"], ["(1)召开专题会议,每项1分,6分封顶。"], ["(2)领导接访包案(4分)。"], ["2.制度建设(10分)。"], ["(1)建立工作台账(5分)。"], ["(2)按时报送信息(5分)。"], ["(二)宣传工作(10分)"], ["1.信息报送(5分)。"], ["2.宣传活动(5分)。"]],
  "p6-slip": [["一、考核内容"], ["(一)组织领导(20分)"], ["1.健全工作机制(10分)。"], ["(1)专题研究部署工作的,每次得1分,最多得5分。"], ["(2)领导接访包案(4分)。"], ["2.制度建设(10分)。"], ["(1)建立工作台账(5分)。"], ["(2)按时报送信息(5分)。"], ["(二)宣传工作(10分)"], ["1.信息报送(5分)。"], ["2.宣传活动(5分)。"]],
  "pn1-deduct": [["一、考核内容"], ["(一)组织领导(20分)"], ["1.健全工作机制(10分)。"], ["(1)专题研究部署工作(6分),每缺一次扣1分,最多扣6分。"], ["(2)领导接访包案(4分)。"], ["2.制度建设(10分)。"], ["(1)建立工作台账(5分)。"], ["(2)按时报送信息(5分)。"], ["(二)宣传工作(10分)"], ["1.信息报送(5分)。"], ["2.宣传活动(5分)。"]],
  "pn2-bare": [["一、考核内容"], ["(一)组织领导(20分)"], ["1.健全工作机制(10分)。"], ["(1)专题研究部署工作(6分)。"], ["(2)领导接访包案(4分)。"], ["2.制度建设(5分)。"], ["3."]],
  "pl1-long": [["一、考核内容"], ["(一)组织领导(20分)"], ["1.健全工作机制(10分)。"], ["(1)有权处理信访事项的机关、单位信访事项处理参评群众满意率(6分),得分=满意率×6分。"], ["(2)领导接访包案(4分)。"], ["2.制度建设(10分)。"], ["(1)建立工作台账(5分)。"], ["(2)按时报送信息(5分)。"], ["(二)宣传工作(10分)"], ["1.信息报送(5分)。"], ["2.宣传活动(5分)。"]],
};

describe("a criteria table with shares or points (class 1)", () => {
  test.each([
    ["c1-hk", 2, [[3, 15], [4, 15], [5, 20], [6, 20], [7, 15], [8, 15]]],
    ["c2-simp", 1, [[2, 30], [3, 25], [4, 25], [5, 20]]],
    ["c3-tw", 1, [[2, 30], [3, 30], [4, 40]]],
    ["c4-order", 1, [[2, 40], [3, 30], [4, 30]]],
    ["c5-cut", 1, [[2, 30], [3, 40], [4, 20]]],
  ])("%s: an indicator system, its criteria and their shares, no error", (k, header, items) => {
    const r = read(CRITERIA[k]);
    expect(r.family).toBe("indicator-system");
    expect(r.header).toBe(header);
    expect(r.items).toEqual(items);
    expect(r.errors).toEqual([]);
  });
  test("the shares against the printed 總計 100: 30 + 25 + 25 + 15 = 95 flagged at B6", () => {
    expect(read(CRITERIA["c6-slip"]).errors).toEqual(["weight-sum-mismatch@B6"]);
  });
  test.each(["n1-budget", "n2-stats"])("%s: a share beside money or counts is no criteria table", (k) => {
    const r = read(CRITERIA[k]);
    expect(r.family).not.toBe("indicator-system");
    expect(r.items).toEqual([]);
    expect(r.errors).toEqual([]);
  });
  test("a blank criteria template: no weight read, nothing flagged", () => {
    const r = read(CRITERIA["n3-blank"]);
    expect(r.items.every(([, w]) => w === null)).toBe(true);
    expect(r.errors).toEqual([]);
  });
});

describe("a scored rubric by deductions under a head line stating its total (class 2)", () => {
  test.each([
    ["h1", 81.34, [[3, 2], [4, 4], [5, 2]]],
    ["h2", 92.5, [[3, 10], [4, 10], [5, 20]]],
    ["h3", 88, [[3, 10], [4, 10], [5, 20]]],
    ["h4", 81.34, [[3, 10], [4, 10], [5, 20]]],
    ["h5", 90, [[3, 10], [4, 10], [5, 20]]],
  ])("%s: the head line's qualified total %s, the items under 测评指标 | 指标分值", (k, total, items) => {
    const r = read(HEADED[k]);
    expect(r.family).toBe("indicator-system");
    expect(r.header).toBe(2);
    expect(r.total).toBe(total);
    expect(r.items).toEqual(items);
    expect(r.errors).toEqual([]);
  });
  test.each(["hn1", "hn2"])("%s: a part's score (基本信息指标得分) or a 总分 is no stated total", (k) => {
    const r = read(HEADED[k]);
    expect(r.total).toBeNull();
    expect(r.errors).toEqual([]);
  });
});

describe("a paragraph item's points stated as a cap (class 3)", () => {
  const ITEMS = [[4, 6], [5, 4], [7, 5], [8, 5], [10, 5], [11, 5]];
  test.each(["p1", "p2", "p3", "p4-trad", "p5-feng", "pl1-long"])("%s: the capped (or long-named) item worth 6, every group adding up", (k) => {
    const r = read(PARAS[k]);
    expect(r.family).toBe("indicator-system");
    expect(r.items).toEqual(ITEMS);
    expect(r.errors).toEqual([]);
  });
  test("a cap of 5 under 1.(10分) beside (2)'s 4: 9 against 10 flagged at A3", () => {
    expect(read(PARAS["p6-slip"]).errors).toEqual(["weight-sum-mismatch@A3"]);
  });
  test("a deduction's cap ('最多扣6分') is no award's: the bracket's 6 read, nothing flagged", () => {
    expect(read(PARAS["pn1-deduct"]).items[0]).toEqual([4, 6]);
    expect(read(PARAS["pn1-deduct"]).errors).toEqual([]);
  });
  test("a group whose last line is its number alone ('3.'): 10 + 5 under 20 not flagged (the page cut)", () => {
    expect(read(PARAS["pn2-bare"]).errors).toEqual([]);
  });
});

describe("a note row between criteria weighted in % (table-walk isNoteBetweenRows)", () => {
  test("评审要素 | 分值 in %, '注：…' after the first criterion: the four criteria read, the note stepped over", () => {
    const r = read([["评审要素", "分值"], ["项目必要性", "30%"], ["注：本组指标分值按年度目标完成比例计算。", ""], ["实施方案", "25%"], ["预期效益", "25%"], ["团队能力", "20%"]]);
    expect(r.items).toEqual([[2, 30], [4, 25], [5, 25], [6, 20]]);
    expect(r.errors).toEqual([]);
  });
});
