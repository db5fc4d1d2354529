import type { CellValue } from "../../src/core/grid/grid";
import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";
import { ownListLast, labelCode } from "../../src/core/text/codes";
import { itemWeightInLabel, ownPointsList } from "../../src/core/text/labels";
import { gradeBandLine, reviewSignOffLine } from "../../src/core/recognise/band-lines";

/**
 * dev45 (session 45): corpus55a's development sheets — readings of four classes, each with variants as other publishers
 * print them and near shapes that must still be read or flagged.
 * (a) one share of a wider total for the whole table (计入总分权重 | 10% merged down) beside labels stating their points;
 * (b) a cell holding a numbered list of its own ('1.…(5分); 2.…(5分)'): its codes are its own list, the next cell's
 *     numbering follows the list's last number, and its first point's award is no points of the whole cell;
 * (c) a score merged down over a group's lines, one line of which is cut (its points not printed): no comparison;
 * (d) lines under a rubric keying the grades' bands, or the reviewer's opinion / signature / a blank date: no items.
 */
type Row = (CellValue | undefined)[];
const sheet = (rows: Row[], merges: string[] = []) => Grid.fromValues("Sheet1", rows, merges);
const errors = (g: Grid) => review(g, "national").findings.filter((f) => f.severity === "error").map((f) => `${f.rule}@${f.cell}`);
const weights = (g: Grid) => review(g, "national").model.indicators.map((i) => [i.row, i.weight]);

// —— (a) + (b): the 遂宁 shape, and the variants ——
const P1 = "1.制定出台普法规划和决议。(5分); 2.召开普法动员暨工作推进会(5分); 3.全面建立法治辅导站(5分); 4.落实一村一法律顾问制度,签订率达到100%(5分); 5.按时报送工作台账(每次报送1分,合计6分)。";
const P2 = "6.示范点实行动态管理,情况及时上报(6分); 7.对已命名的示范单位进行动态管理(6分)。";
const P3 = "8.开展主题活动,按要求报送材料(每个活动2分,11项活动共计22分); 9.开展法治文艺进万家活动(10分); 10.组织微电影征集展播(6分); 11.开展法治电影周活动(6分); 12.开办普法栏目(4分),常态化刊播普法公益广告(4分); 13.建立“一网两微”平台,内容实时更新(10分)。";

describe("(a) a share of the whole beside pointed labels, (b) numbered lists inside cells", () => {
  test("遂宁's shape: 计入总分权重 10% merged down is no weight; each line takes its label's points (26, 12, 62); no finding", () => {
    const g = sheet([["考评内容", "考评要点", "计入总分权重"], ["工作推进机制 (26分)", P1, "10%"], ["基层示范创建 (12分)", P2, ""], ["专项普法活动 (62分)", P3, ""]], ["C2:C4"]);
    expect(weights(g)).toEqual([[2, 26], [3, 12], [4, 62]]);
    expect(errors(g)).toEqual([]);
  });

  // five variants another publisher would print
  test("variant: 折算权重, the share printed on the first line only (no merge), no title", () => {
    const g = sheet([["考核项目", "考核内容及评分", "折算权重"], ["组织领导(26分)", P1, "10%"], ["示范创建(12分)", P2, ""], ["专项活动(62分)", P3, ""]]);
    expect(weights(g)).toEqual([[2, 26], [3, 12], [4, 62]]);
    expect(errors(g)).toEqual([]);
  });

  test("variant: the share written again on every line (a merge filled down), 权重 head, full-width brackets", () => {
    const g = sheet([["考评内容", "考评要点", "权重"], ["工作推进机制（26分）", P1, "15%"], ["基层示范创建（12分）", P2, "15%"], ["专项普法活动（62分）", P3, "15%"]]);
    expect(weights(g)).toEqual([[2, 26], [3, 12], [4, 62]]);
    expect(errors(g)).toEqual([]);
  });

  test("variant: traditional characters (計入總分權重, 考評要點)", () => {
    const g = sheet([["考評內容", "考評要點", "計入總分權重"], ["工作推進機制 (26分)", P1, "10%"], ["基層示範創建 (12分)", P2, ""], ["專項普法活動 (62分)", P3, ""]], ["C2:C4"]);
    expect(weights(g)).toEqual([[2, 26], [3, 12], [4, 62]]);
    expect(errors(g)).toEqual([]);
  });

  test("variant: no merge, the share on the first line, the items numbered 一、 二、 in their own cells, other heads (考核项目 | 考核要求 | 占总分比重)", () => {
    const g = sheet([["考核项目", "考核要求", "占总分比重"], ["一、组织保障 (20分)", "1.成立领导小组(10分); 2.制定实施方案(10分)。", "20%"], ["二、工作落实 (30分)", "3.按时完成任务(15分); 4.报送总结材料(15分)。", ""]]);
    expect(weights(g)).toEqual([[2, 20], [3, 30]]);
    expect(errors(g)).toEqual([]);
  });

  test("variant: the last point cut inside its bracket ('(10'): the line still takes its label's 62, no finding", () => {
    const cut = P3.replace("内容实时更新(10分)。", "内容实时更新(10");
    const g = sheet([["考评内容", "考评要点", "计入总分权重"], ["工作推进机制 (26分)", P1, "10%"], ["基层示范创建 (12分)", P2, ""], ["专项普法活动 (62分)", cut, ""]], ["C2:C4"]);
    expect(weights(g)).toEqual([[2, 26], [3, 12], [4, 62]]);
    expect(errors(g)).toEqual([]);
  });

  test("variant: a note line (注：…) between the first two groups: the share is read across it", () => {
    const g = sheet([["考评内容", "考评要点", "计入总分权重"], ["工作推进机制 (26分)", P1, "10%"], ["注：台账以报送系统为准。", "", ""], ["基层示范创建 (12分)", P2, ""], ["专项普法活动 (62分)", P3, ""]], ["C2:C5"]);
    expect(review(g, "national").model.columns.weight).toBeUndefined();
    expect(errors(g)).toEqual([]);
  });

  // near shapes that must still be read or flagged
  test("near: a 权重 column of percentages that differ (20% | 30% | 50%) stays the lines' weights", () => {
    const g = sheet([["评价指标", "评价要点", "权重"], ["决策", "立项规范", "20%"], ["过程", "资金管理", "30%"], ["产出", "完成情况", "50%"]]);
    expect(review(g, "national").model.columns.weight).toBe(3);
  });

  test("near: one 分值 on every line (10 | 10 | 10) with pointed labels stays the points column (no percentage)", () => {
    const g = sheet([["考评内容", "考评要点", "分值"], ["组织领导 (10分)", "成立领导小组", "10"], ["制度建设 (10分)", "制定制度", "10"], ["宣传培训 (10分)", "开展培训", "10"]]);
    expect(review(g, "national").model.columns.weight).toBe(3);
  });

  test("near: a list whose numbering skips across cells (1.–5., then 7.) is still a code-sequence error at the skip", () => {
    const bad = P2.replace("6.示范点", "7.示范点").replace("7.对已命名", "8.对已命名");
    const g = sheet([["考评内容", "考评要点", "计入总分权重"], ["工作推进机制 (26分)", P1, "10%"], ["基层示范创建 (12分)", bad, ""], ["专项普法活动 (62分)", P3.replace("8.开展", "9.开展"), ""]], ["C2:C4"]);
    expect(errors(g)).toContain("code-sequence@B3");
  });

  test("ownListLast: 1.–5. run on in one cell → 5; 6.–7. → 7; a cell with one point → its own number; '第5、6项' is no code", () => {
    expect(ownListLast(P1, labelCode(P1)!)).toBe(5);
    expect(ownListLast(P2, labelCode(P2)!)).toBe(7);
    const one = "1.制定方案(5分)";
    expect(ownListLast(one, labelCode(one)!)).toBe(1);
    const notList = "1、完成第5、6项任务(2分)";
    expect(ownListLast(notList, labelCode(notList)!)).toBe(1);
  });

  test("itemWeightInLabel: a numbered list whose awards do not add up as they stand (合计, 共计) reads no points; two plain clauses add up", () => {
    expect(ownPointsList(P1)).toBe(true);
    expect(itemWeightInLabel(P1)).toBeNull();
    expect(itemWeightInLabel(P2)).toBe(12);
    // (no list of its own: the first bracket as before)
    expect(itemWeightInLabel("资金管理规范(5分),其中制度1分")).toBe(5);
  });
});

// —— (c): the 团委 shape ——
describe("(c) a score merged down over a group cut by the page", () => {
  const rows = (last: Row): Row[] => [
    ["一级指标", "二级指标", "评分标准", "评分依据", "分值", "考评得分"],
    ["团委工作", "领导重视", "缺席1次扣1分,扣完为止。", "签名记录", "2分", "2"],
    ["", "思想引领", "年度政治学习排名前3名得满分。", "检查结果", "2分", "6"],
    ["", "", "与信仰对话专题讲座。", "材料记录", "4分", ""],
    ["", "基层组织建设", "团委书记履职情况", "检查结果", "1分", "12"],
    ["", "", "三会两课一制开展情况", "检查结果", "2分", ""],
    last,
  ];
  const merges = ["A2:A7", "B3:B4", "F3:F4", "B5:B7", "F5:F7"];

  test("团委's shape: 12 merged over 1 + 2 + a cut rule (no 分值): no score-exceeds-weight", () => {
    expect(errors(sheet(rows(["", "", "智慧团建考核排名前3名得满分。", "相关检查", "", ""]), merges))).toEqual([]);
  });

  test("near: the group whole (its third rule's 分值 printed, 1 + 2 + 3 = 6): 12 over 6 is score-exceeds-weight at F5", () => {
    expect(errors(sheet(rows(["", "", "智慧团建考核排名前3名得满分。", "相关检查", "3分", ""]), merges))).toContain("score-exceeds-weight@F5");
  });

  test("near: one 分值 merged down with the score over the lines (5 over three lines, 6 scored): still score-exceeds-weight", () => {
    const g = sheet([["项目", "考核内容", "标准分", "评分方法", "自评分"], ["责任制落实", "组织机构健全", "5分", "有文件得2分", "6"], ["", "责任状签订", "", "层层签订得2分", ""], ["", "划定责任区", "", "有划分表得1分", ""]], ["A2:A4", "C2:C4", "E2:E4"]);
    expect(errors(g)).toContain("score-exceeds-weight@E2");
  });

  test("near: the group's lines all weighted and the score within them (6 over 2 + 4, 12 over 1 + 2 + 9): no finding", () => {
    expect(errors(sheet(rows(["", "", "智慧团建考核排名前3名得满分。", "相关检查", "9分", ""]), merges))).toEqual([]);
  });
});

// —— (d): the 邵阳 shape ——
describe("(d) lines under a rubric: the grades' key, the reviewer's opinion or signature", () => {
  const items: Row[] = [
    ["评估项目", "序号", "内 容", "标准分", "自查分", "检查分"],
    ["一、保管条件", "1、档案室配有计算机、复印机,每项计1分。", "", "8", "", ""],
    ["", "2、库房安装空调、去湿机,每项计2分;", "", "6", "", ""],
    ["二、基础业务", "3、归档文件材料收集齐全,抽查12项,每项计2分;", "", "24", "", ""],
  ];
  const merges = ["A2:A3", "B2:C2", "B3:C3", "B4:C4"];
  const rowsRead = (extra: Row[], more: string[] = []) => review(sheet([...items, ...extra], [...merges, ...more]), "national").model.indicators.map((i) => i.row);

  test("邵阳's shape: the band line (60分以下不合格 | 60-80分合格 | 80分以上优秀 | 评估人签字) and 评估意见 | 年 月 日 are no items", () => {
    expect(rowsRead([["评估\n记分", "60分以下不合格", "60-80分合格", "80分以上优秀", "评估人签字", ""], ["", "", "", "", "", ""], ["评估\n意见", "年 月 日", "", "", "", ""]], ["A5:A6", "B7:F7"])).toEqual([2, 3, 4]);
  });

  test("variant: the bands in one sentence with 为 (等级评定 | 90分以上为优秀,75-89分为良好,60-74分为合格,60分以下为不合格)", () => {
    expect(rowsRead([["等级评定", "90分以上为优秀,75-89分为良好,60-74分为合格,60分以下为不合格", "", "", "", ""]], ["B5:F5"])).toEqual([2, 3, 4]);
  });

  test("variant: grade first, one a cell (优秀(85分以上) | 合格(60-84分) | 不合格(60分以下)), no label", () => {
    expect(rowsRead([["", "优秀(85分以上)", "合格(60-84分)", "不合格(60分以下)", "", ""]])).toEqual([2, 3, 4]);
  });

  test("variant: traditional characters and a signature line (考核組簽字: | 審核意見)", () => {
    expect(rowsRead([["考核組簽字:", "", "", "", "", ""], ["審核意見", "", "", "", "", ""]])).toEqual([2, 3, 4]);
  });

  test("variant: a blank date line alone under the table", () => {
    expect(rowsRead([["", "年  月  日", "", "", "", ""]], ["B5:C5"])).toEqual([2, 3, 4]);
  });

  test("near: an item whose rule awards points by bands, its 标准分 beside it, is still an item", () => {
    expect(rowsRead([["三、群众满意", "4、满意度测评90分以上为优秀得10分,80-89分为良好得6分", "", "10", "", ""]], ["B5:C5"])).toEqual([2, 3, 4, 5]);
  });

  test("near: an item naming an opinion ('审核意见落实情况') is still an item", () => {
    expect(rowsRead([["审核意见落实情况", "4、按时整改审计发现的问题", "", "5", "", ""]], ["B5:C5"])).toEqual([2, 3, 4, 5]);
  });

  test("gradeBandLine / reviewSignOffLine by hand", () => {
    const g = sheet([["评估记分", "60分以下不合格", "60-80分合格", "80分以上优秀"], ["优秀率", "90分以上优秀", "10", ""]]);
    expect(gradeBandLine(g, 1)).toBe(true);
    expect(gradeBandLine(g, 2)).toBe(false); // one band, and a number of the line's own
    expect(reviewSignOffLine("评估意见")).toBe(true);
    expect(reviewSignOffLine("检查组意见:")).toBe(true);
    expect(reviewSignOffLine("年月日")).toBe(true);
    expect(reviewSignOffLine("群众意见")).toBe(false);
    expect(reviewSignOffLine("审核意见落实情况")).toBe(false);
  });
});
