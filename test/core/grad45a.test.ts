import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";
import { bracketedParts, closingItemPoints } from "../../src/core/recognise/closing-items";

/**
 * grad45a (session 45): rubrics whose items state their points in their own text (grad45a-diagnosis.md).
 * 1. A table whose criterion column (評分標準 / 考核标准 / 评分细则 …) holds the items, each closing its text with its points
 *    ('…。1分', '…(3分)', '…。计2分', a '*' note after them), a score column beside it, no 分值 column; the class a blank-headed
 *    column merged down ('組織管理26分'). The items are read with their points, their bracketed parts ('(0.5)', '(0.5分)',
 *    '〔0.3〕') held against them (rubric-points-mismatch closingParts) — 某局機關 檔案工作 評分標準.
 * 2. A scoring method pasted as paragraphs, each item naming its worth with a word inside its bracket ('1.利润总额指标(基本分为
 *    30分)', '(满分20分)', '(分值15分)', '(权重10分)') over its rule, a table the paragraph introduces ('…并按下表打分:') printed
 *    among them — 市国资委 年度经营业绩考核指标计分办法.
 * Each reading with near variants as other publishers print them (no title: the family from the items' own evidence), and
 * the shapes it must not read or flag. The numbers are the lines' own.
 */

const table = (rows: string[][], merges: string[] = []) => Grid.fromValues("Sheet1", rows, merges);
const col = (lines: string[]) => Grid.fromValues("Sheet1", lines.map((t) => [t]), []);
const items = (g: Grid) => review(g).model.indicators.map((i) => [i.row, i.weight, i.claimedScore]);
/** findings above a hint: rule, severity and cell */
const flagged = (g: Grid) =>
  review(g)
    .findings.filter((f) => f.severity !== "info")
    .map((f) => `${f.rule} ${f.severity} ${f.cell}`);

describe("closingItemPoints / bracketedParts: the points an item's text closes with, and its parts in brackets", () => {
  test.each([
    ["1、明確分管檔案工作的領導(0.5)及崗位職責(0.5 )。1分", 1],
    ["3、成立綜合檔案室,實行了綜合管理。3分*分散管理不得分,酌情扣分", 3],
    ["5、对档案工作有部署,有检查,有总结。计2分", 2],
    ["2、建立健全档案管理制度(3分)", 3],
    ["2、建立健全档案管理制度。(3分)", 3],
    ["4、按时报送统计年报;2.5分", 2.5],
  ])("%s -> %s", (t, p) => expect(closingItemPoints(t)).toBe(p));

  test.each([
    ["an award", "资料齐全的得2分"],
    ["an award in a bracket", "资料齐全(得2分)"],
    ["a deduction", "未按时报送的,扣1分"],
    ["a deduction bracket", "未按时报送(扣1分)"],
    ["tiers", "工作完成情况。优秀5分,良好3分"],
    ["per occurrence", "每发现一处(1分)"],
    ["no points", "建立健全档案管理制度。"],
  ])("%s: none", (_, t) => expect(closingItemPoints(t)).toBeNull());

  test("parts: bare, with 分, in 〔〕; an enumeration (1)(2)(3), one part, or a rule's other points are none", () => {
    expect(bracketedParts("1、明確分管檔案工作的領導(0.5)及崗位職責(0.5 )。1分")).toEqual([0.5, 0.5]);
    expect(bracketedParts("4、檔案工作列入了規劃(0.3)并能認真執行(0.4)。1分")).toEqual([0.3, 0.4]);
    expect(bracketedParts("有制度〔0.5分〕,有台账〔1分〕,有检查〔0.5分〕。2分")).toEqual([0.5, 1, 0.5]);
    expect(bracketedParts("包括制度(1)台账(2)检查(3)。2分")).toBeNull();
    expect(bracketedParts("有制度(0.5)。1分")).toBeNull();
    expect(bracketedParts("有制度(0.5),未建立的扣1分,有台账(0.5)。1分")).toBeNull();
  });
});

describe("a criterion column whose items close with their points, beside a score column (closing-items.ts)", () => {
  // 某局機關's shape: a blank head over the class merged down, 評分標準 | 實際情況 | 參閱材料 | 考 分 | 自查評 分, no title
  const archives = table(
    [
      ["", "評分標準", "實際情況", "參閱材料", "考 分", "自查評 分"],
      ["組織管理26分", "1、明確分管檔案工作的領導(0.5)及崗位職責(0.5 )。1分", "已明確", "見文件匯編", "", "1分"],
      ["", "3、成立綜合檔案室,本機關各門類的檔案實行了綜合管理。3分*分散管理不得分", "已成立", "見文件匯編", "", "3分"],
      ["", "4、檔案工作列入了本機關近期規劃(0.3)并能認真執行(0.4)。1分", "已列入", "見文件匯編", "", "1分"],
      ["", "5、檔案工作列入了領導重要議事日程,有部署,有檢查。2分", "已列入", "見會議記錄", "", "2分"],
      ["", "6、文件材料歸檔列入了各部門的工作程序或崗位職責。2分", "已列入", "見文件匯編", "", "2分"],
    ],
    ["A2:A6"],
  );

  test("某局機關's shape, no title: indicator-system, header line 1, items 1 3 1 2 2 with their scores; the slip at B4 (0.3 + 0.4 under 1), nothing else", () => {
    const r = review(archives);
    expect(r.model.family).toBe("indicator-system");
    expect(r.model.headerRow).toBe(1);
    expect(items(archives)).toEqual([
      [2, 1, 1],
      [3, 3, 3],
      [4, 1, 1],
      [5, 2, 2],
      [6, 2, 2],
    ]);
    expect(flagged(archives)).toEqual(["rubric-points-mismatch warning B4"]);
    const f = r.findings.find((x) => x.cell === "B4")!;
    expect(f.messageId).toBe("closingParts");
    expect(f.data).toMatchObject({ points: "0.3+0.4", sum: 0.7, weight: 1 });
  });

  test.each([
    // simplified, 序号 | 考核标准 | 自评分 | 备注, points in closing brackets, no class column; 0.5 + 1 + 1 = 2.5 under 2
    [
      "序号 | 考核标准 | 自评分, bracketed points, no class",
      [["序号", "考核标准", "自评分", "备注"], ["1", "建立档案工作领导小组,明确分管领导(1分)", "1", ""], ["2", "制定档案工作制度(0.5分),有年度计划(1分),有总结(1分)。(2分)", "2", ""], ["3", "档案库房达到防火防盗要求(3分)", "2", "缺灭火器"], ["4", "按时移交档案(2分)", "2", ""]],
      [],
      [[2, 1, 1], [3, 2, 2], [4, 3, 2], [5, 2, 2]],
      ["rubric-points-mismatch warning B3"],
    ],
    // 评分细则 | 得分, '计N分' after the sentence, the class written on its first line only (not merged), all adding up
    [
      "计N分, the class unmerged",
      [["", "评分细则", "得分"], ["基础管理(6分)", "1.有专人负责档案工作,人员相对稳定。计2分", "2"], ["", "2.档案室(0.5)、库房(0.5)分开设置。计1分", "1"], ["", "3.建立档案利用登记制度。计3分", "3"], ["业务建设(4分)", "4.文书档案整理规范。计2分", "1.5"], ["", "5.档案检索工具齐全。计2分", "2"]],
      [],
      [[2, 2, 2], [3, 1, 1], [4, 3, 3], [5, 2, 1.5], [6, 2, 2]],
      [],
    ],
    // traditional, parts in 〔〕 with 分, a cut table (the last line stops mid-text), scores blank (a template)
    [
      "traditional, 〔〕 parts, cut, unscored",
      [["", "考核標準", "自評得分"], ["組織領導10分", "1、成立領導小組〔0.5分〕,明確職責〔0.5分〕。1分", ""], ["", "2、建立目標責任制度。3分", ""], ["", "3、年初有計劃〔1分〕,年終有總結〔1分〕。3分", ""], ["", "4、將工作納入單位年度考", ""]],
      ["A2:A5"],
      [[2, 1, null], [3, 3, null], [4, 3, null], [5, null, null]],
      ["rubric-points-mismatch warning B4"],
    ],
    // points after a semicolon, decimals, a note with ※ after them, the score column left of a remarks column
    [
      "a semicolon, decimals, ※ notes",
      [["", "评分标准", "检查情况", "得分", "备注"], ["安全管理", "1、消防器材配备齐全,定期检查;1.5分※过期一具扣0.5分", "齐全", "1.5", ""], ["", "2、建立安全巡查台账;2分", "已建立", "2", ""], ["", "3、开展应急演练,有记录(0.5)有总结(0.5);1分", "已开展", "1", ""]],
      ["A2:A4"],
      [[2, 1.5, 1.5], [3, 2, 2], [4, 1, 1]],
      [],
    ],
  ])("%s: read as a rubric, its slips found", (_, rows, merges, want, found) => {
    const g = table(rows as string[][], merges as string[]);
    expect(review(g).model.family).toBe("indicator-system");
    expect(items(g)).toEqual(want);
    expect(flagged(g)).toEqual(found);
  });

  test.each([
    // rules closing with awards beside a score: each a rule's award, no item's points stated
    ["awards", [["", "评分标准", "得分"], ["", "1、有专人负责档案工作的得2分", "2"], ["", "2、档案分类规范的得1分", "1"], ["", "3、按时移交档案的得3分", "3"]]],
    // requirements with no points: nothing to read
    ["no points", [["", "评分标准", "得分"], ["", "1、有专人负责档案工作。", "2"], ["", "2、档案分类规范。", "1"], ["", "3、按时移交档案。", "3"]]],
    // tiers after the requirement, a score column beside them
    ["tiers", [["", "评分标准", "得分"], ["", "1、档案工作开展情况。优秀5分,良好3分", "5"], ["", "2、档案利用情况。优秀3分,一般1分", "3"], ["", "3、档案安全情况。优秀2分,一般1分", "2"]]],
  ])("%s: no item's points read, nothing flagged", (_, rows) => {
    const g = table(rows as string[][]);
    expect(review(g).model.indicators.filter((i) => i.weight !== null)).toEqual([]);
    expect(flagged(g)).toEqual([]);
  });

  test("under a level word (考评内容 | 自评分: the header read as a names column), the bare closing points are the items' too, their parts held against them", () => {
    const g = table([["考评内容", "自评分", "备注"], ["1、有专人负责档案工作,人员稳定。2分", "2", ""], ["2、档案室(0.5)、库房(1)分开设置。1分", "1", ""], ["3、建立档案利用登记制度。3分", "3", ""], ["4、档案整理规范,检索工具齐全。2分", "1.5", ""]]);
    expect(review(g).model.family).toBe("indicator-system");
    expect(items(g)).toEqual([[2, 2, 2], [3, 1, 1], [4, 3, 3], [5, 2, 1.5]]);
    expect(flagged(g)).toEqual(["rubric-points-mismatch warning A3"]);
  });

  test("scores above the closing figure on most lines: the figures are no points (a results list), not read", () => {
    const g = table([["", "评分标准", "得分"], ["", "1、完成年度任务。1分", "8"], ["", "2、按时报送材料。2分", "9"], ["", "3、开展业务培训。1分", "7"]]);
    expect(review(g).model.indicators.filter((i) => i.weight !== null)).toEqual([]);
  });

  test("a skipped number in a group whose items fall short of its points is a lost item, no code-sequence; in a whole group it is", () => {
    // 組織管理26分 over 1、3、4、5、6、 worth 9: item 2 lost
    expect(review(archives).findings.filter((f) => f.rule === "code-sequence")).toEqual([]);
    // 基础管理(8分) over 1、3、4、 worth 2 + 3 + 3 = 8: the group whole, the skip a misnumbering
    const g = table([["", "评分细则", "得分"], ["基础管理(8分)", "1.有专人负责档案工作。计2分", "2"], ["", "3.档案室与库房分开设置。计3分", "3"], ["", "4.建立档案利用登记制度。计3分", "3"]], ["A2:A4"]);
    expect(review(g).findings.filter((f) => f.rule === "code-sequence").map((f) => f.cell)).toEqual(["B3"]);
  });
});

describe("a pasted scoring method whose items name their worth with a word in their bracket (paragraph-list.ts)", () => {
  // 市国资委's shape: 一、 over (一) over 1.…(基本分为N分), each over its rule; the 评议 table under '…按下表打分:'; no title
  const soe = table(
    [
      ["一、指标完成情况考核计分方法", "", "", ""],
      ["(一)市直管国有企业各指标计分:", "", "", ""],
      ["1.利润总额指标(基本分为30分)", "", "", ""],
      ["完成目标值得基本分;没有完成的扣分,每低于目标值2%扣1分,最低为零分。", "", "", ""],
      ["2.经济增加值(基本分为35分)", "", "", ""],
      ["完成目标值得基本分;没有完成的扣分,每低于目标值2%扣1分,最低为零分。", "", "", ""],
      ["3.分类指标(基本分为15分)", "", "", ""],
      ["完成目标值得基本分;没有完成的,按实际完成值占目标值的比重计算得分。", "", "", ""],
      ["4.评议指标(基本分为20分)", "", "", ""],
      ["市国资委组织相关人员进行评议,并按下表打分:", "", "", ""],
      ["指标", "风险控制", "社会贡献", "廉政建设"],
      ["分值", "分值", "分值", "分值"],
      ["好", "7", "7", "6"],
      ["差", "2", "2", "1"],
      ["(二)委托管理的国有企业各指标计分:", "", "", ""],
      ["1.利润总额指标(基本分为40分)", "", "", ""],
      ["完成目标值得基本分;没有完成的扣分,每低于目标值2%扣1分,最低为零分。", "", "", ""],
      ["2.经济增加值(基本分为40分)", "", "", ""],
      ["完成目标值得基本分;没有完成的,按实际完成值占目标值的比重", "", "", ""],
    ],
    ["A1:D1", "A2:D2", "A3:D3", "A4:D4", "A5:D5", "A6:D6", "A7:D7", "A8:D8", "A9:D9", "A10:D10", "A15:D15", "A16:D16", "A17:D17", "A18:D18", "A19:D19"],
  );

  test("市国资委's shape, no title: indicator-system, the items at their own lines (30 35 15 20, then 40 40 past the table), nothing flagged", () => {
    const r = review(soe);
    expect(r.model.family).toBe("indicator-system");
    expect(r.model.indicators.map((i) => [i.row, i.weight])).toEqual([
      [3, 30],
      [5, 35],
      [7, 15],
      [9, 20],
      [16, 40],
      [18, 40],
    ]);
    expect(flagged(soe)).toEqual([]);
  });

  test.each([
    // 一、 numbering, (满分N分), a block whose items fall short: 8 + 6 = 14 under (一)'s 15
    ["(满分N分) under a heading", ["(一)基础工作(15分)", "1、制度建设(满分8分)", "制度健全、执行到位的得满分,缺一项扣1分。", "2、台账管理(满分6分)", "台账齐全、记录规范的得满分,缺一项扣1分。", "(二)业务工作(10分)", "1、任务完成(满分6分)", "全部完成得满分,未完成的按比例扣分。", "2、信息报送(满分4分)", "按时报送得满分,迟报一次扣1分。"], [[2, 8], [4, 6], [7, 6], [9, 4]], ["weight-sum-mismatch error A1"]],
    // traditional, (分值N分), circled numbers, all adding up to 100 (no heading with points)
    ["traditional, (分值N分)", ["①營業收入(分值30分)", "完成目標值得滿分,每低1%扣1分。", "②利潤總額(分值40分)", "完成目標值得滿分,每低1%扣1分。", "③安全生產(分值20分)", "未發生事故得滿分。", "④黨風廉政(分值10分)", "無違紀行為得滿分。"], [[1, 30], [3, 40], [5, 20], [7, 10]], []],
    // (权重N分) and (基本分N分) without 为, the last rule cut
    ["(权重N分), (基本分N分), cut", ["1.经营业绩(权重40分)", "达到目标得满分,每低1%扣1分。", "2.资产质量(基本分30分)", "达到目标得基本分,每低1%扣1分。", "3.社会责任(权重20分)", "评议为好的得满分。", "4.内部管理(基本分10分)", "检查合格的得基本分,每发现一"], [[1, 40], [3, 30], [5, 20], [7, 10]], []],
  ])("%s: read, its items at their lines", (_, lines, want, found) => {
    const g = col(lines as string[]);
    expect(review(g).model.family).toBe("indicator-system");
    expect(review(g).model.indicators.map((i) => [i.row, i.weight])).toEqual(want);
    expect(flagged(g)).toEqual(found);
  });

  test.each([
    // a notice whose one bracket names the whole: no items
    ["a notice", ["关于开展年度考核的通知", "1.考核内容(满分100分)", "考核结果于年底前公布。", "2.考核方式", "由考核组实地检查。", "3.其他事项", "未尽事宜另行通知。"]],
    // awards in brackets, '(得5分)': a rule's, no worth
    ["awards in brackets", ["1.完成年度任务(得5分)", "全部完成。", "2.按时报送材料(得3分)", "按时报送。", "3.开展业务培训(得2分)", "每年一次。"]],
  ])("%s: not read as a rubric", (_, lines) => {
    const r = review(col(lines as string[]));
    expect(r.model.family).toBe("unknown");
    expect(r.findings.filter((f) => f.severity !== "info")).toEqual([]);
  });

  test("a table printed among the paragraphs with no line introducing it ends the list: the lines under it are no items", () => {
    const g = table([
      ["1.利润总额指标(基本分为30分)", "", ""],
      ["完成目标值得基本分。", "", ""],
      ["2.经济增加值(基本分为35分)", "", ""],
      ["完成目标值得基本分。", "", ""],
      ["3.分类指标(基本分为15分)", "", ""],
      ["完成目标值得基本分。", "", ""],
      ["4.评议指标(基本分为20分)", "", ""],
      ["由考核组评议。", "", ""],
      ["填表人", "审核人", "日期"],
      ["5.其他指标(基本分为10分)", "", ""],
    ]);
    expect(review(g).model.indicators.map((i) => i.row)).toEqual([1, 3, 5, 7]);
  });
});

describe("a bracket stating the whole is no line's points (paragraph-list.ts WHOLE_IN_BRACKET)", () => {
  test("'二、考核内容(总分100分)' / '(满分100分)' over pointed groups: the whole over the groups (10 + 30 + 30 + 20 = 90 flagged at the whole), no line worth 100", () => {
    for (const head of ["二、考核内容(总分100分)", "二、考核内容(满分100分)"]) {
      const g = col([
        "一、考核对象",
        "各乡镇人民政府",
        head,
        "(一)组织领导(10分)",
        "1.召开专题会议,研究部署工作;(10分)",
        "(二)宣传工作(30分)",
        "2.组织宣传活动;(15分)",
        "3.发放宣传资料;(15分)",
        "(三)戒毒工作(30分)",
        "4.设立工作机构;(15分)",
        "5.建立工作档案。(15分)",
        "(四)禁种工作(20分)",
        "6.召开工作会议;(10分)",
        "7.开展踏查。(10分)",
      ]);
      const r = review(g);
      expect(r.model.indicators.map((i) => i.weight)).toEqual([10, 15, 15, 15, 15, 10, 10]);
      expect(r.model.weightBlocks.filter((b) => b.weight === 100).map((b) => b.cell)).toEqual(["A3"]);
    }
  });
});
