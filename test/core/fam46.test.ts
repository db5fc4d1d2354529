import { Grid } from "../../src/core/grid/grid";
import { detectFamily, sheetFeatures } from "../../src/core/recognise";
import { fallbackFamily } from "../../src/core/recognise/families/evidence-fallback";
import { review } from "../../src/core/review";

/**
 * fam46 (session 46): the family of a sheet no reader takes, from the evidence of its whole text
 * (src/core/recognise/families/evidence-fallback.ts). Each class is printed here as other publishers print it — no
 * title, other words for every head, traditional characters, other numbering, points in other brackets, a cut table —
 * and beside it the near shapes that must stay `unknown`. Every sheet below is one no reader names (the detectors'
 * scores all below MIN_CONFIDENCE), so the family is the fallback's.
 */
const sheet = (rows: string[][]) => Grid.fromValues("Sheet1", rows, []);
const lines = (...texts: string[]) => texts.map((t) => t.split("|"));
const readersLeave = (g: Grid) => Math.max(...Object.values(detectFamily(sheetFeatures(g)).scores)) < 0.5;
const familyOf = (g: Grid) => review(g, "national").model.family;

describe("a scoring rubric printed plainly (indicator-system)", () => {
  const variants: [string, Grid][] = [
    // items closing on their points after a semicolon, the whole stated in the preamble, no title
    [
      "items '…;5分' under 总分100分",
      sheet(lines(
        "为做好全镇安全生产工作，特制定本办法，总分100分。",
        "1、成立安全生产领导小组，明确分管领导；10分",
        "2、每季度召开安全生产专题会议，有会议记录；15分",
        "3、开展隐患排查整治，建立台账；25分",
        "4、组织应急演练不少于两次；20分",
        "5、按时报送各类报表；30分",
      )),
    ],
    // traditional characters, numbered items with their points in brackets, a rule line under each
    [
      "繁體 items '1、組織領導(5分)。' with 評分標準",
      sheet(lines(
        "三、考核評分標準",
        "1、組織領導(5分)。",
        "成立工作專班，主要領導親自部署。",
        "2、任務完成(25分)。",
        "按期完成下達任務，每少完成一成扣2分。",
        "3、檔案管理(10分)。",
        "資料齊全、分類歸檔。",
      )),
    ],
    // points in square brackets 〔〕 inside a long paragraph, a head stating its part: a cut page
    [
      "a cut page, '〔0.5分〕' with 加分 rules",
      sheet(lines(
        "卫生院院长绩效考核细则",
        "一、财务状况〔5分〕",
        "考核内容及评分方法：1.现金按规定使用〔0.5分〕；2.收入及时入账〔0.5分〕",
        "加分项目：每开展一项适宜技术加2分，最高不超过4分。",
      )),
    ],
    // items with their points in a cell of their own, no rubric word at all (the head and title cut away)
    [
      "items with '0.5分' cells, no word",
      sheet(lines(
        "1、司法所按行政区划单独设置|0.5分",
        "2、司法所名称统一，印章由司法局统一制发|0.5分",
        "3、司法所配备2-5人，实行所长负责制|1分",
        "4、工作人员具有大专以上学历|0.5分",
        "5、工作人员录用坚持凡进必考|1分",
      )),
    ],
    // points of a level and of its part written together '(1分,3分)'
    [
      "points written '(1分,3分)'",
      sheet(lines(
        "1.耕地保有量(1分,3分)|市规划自然资源局",
        "2.永久基本农田保护面积(1分,3分)|市规划自然资源局",
        "3.高标准农田建设(1分,3分)|市农业农村委",
        "4.耕地质量保护与提升(0.5分,4分)|市农业农村委",
        "5.粮食生产功能区划定(1分,2分)|市农业农村委",
      )),
    ],
    // a column of weights in percents under 評分項目 | 比重, closed by the whole (one item left unweighted)
    [
      "評分項目 | 比重 in percents, closed by 總計 | 100%",
      sheet(lines("評分項目|比重", "議題之重要性|30%", "解決問題之創意", "成果驗證及技轉可行性|40%", "總計|100%")),
    ],
    // weights as fractions in two columns, one per kind of project, each adding up to 1; a criterion weighted in one only
    [
      "criteria weighted once per project type (fractions)",
      sheet(lines(
        "评审准则|应用项目|纯研究项目",
        "切合基金范围|0.1|0.1",
        "创新内容|0.3|0.4",
        "管理能力|0.2|0.2",
        "财务因素|0.2|0.3",
        "商品化机会|0.2|",
      )),
    ],
  ];
  // (since the merges with grad46b and grad46a, their readers take four — items '…;5分' and '1、組織領導(5分)。' as
  // paragraphs, 評分項目 | 比重 and the weights per project type as criteria lists: their family is the reader's, with their
  // items; the fallback names the others, the family only)
  const byReader = new Set([
    "items '…;5分' under 总分100分",
    "繁體 items '1、組織領導(5分)。' with 評分標準",
    "評分項目 | 比重 in percents, closed by 總計 | 100%",
    "criteria weighted once per project type (fractions)",
  ]);
  test.each(variants)("%s", (name, g) => {
    expect(familyOf(g)).toBe("indicator-system");
    expect(readersLeave(g)).toBe(!byReader.has(name));
    if (byReader.has(name)) expect(review(g, "national").model.indicators.length).toBeGreaterThanOrEqual(3);
    else {
      expect(fallbackFamily(sheetFeatures(g))?.family).toBe("indicator-system");
      // (the family only: no item is read by the fallback)
      expect(review(g, "national").model.confidence).toBe(0.5);
    }
  });
});

test("weights in points under a 分值 head are the readers' (the fallback is not asked)", () => {
  const g = sheet(lines("(三)评审内容与分值", "评审内容|分值", "方案设计|30", "技术难度", "成果应用|30", "合计|100"));
  expect(readersLeave(g)).toBe(false);
  expect(familyOf(g)).toBe("indicator-system");
});

describe("a list of results (evaluation-summary)", () => {
  const variants: [string, Grid][] = [
    ["被考核单位 | 指标完成情况 | 得分 | 备注", sheet(lines("被考核单位|指标完成情况|得分|备注", "**区|完成率96%|2.78|", "**区|完成率90%|2.95|", "**县|完成率106%|3.10|"))],
    ["序号 | 单位名称 | 考核得分, under a 序号", sheet(lines("序号|单位名称|考核得分", "1|城关镇|92.5", "2|河口镇|88", "3|新集乡|85.5"))],
    ["乡镇 | 考评成绩 in traditional characters", sheet(lines("鄉鎮|考評成績|備註", "城關鎮|95|", "河口鎮|90.5|"))],
  ];
  // (since the merge with grad46c, its result-list reader takes 被考核单位 | … | 得分 — a head naming the assessed — with its
  // header line; the fallback names the others)
  const byReader = new Set(["被考核单位 | 指标完成情况 | 得分 | 备注"]);
  test.each(variants)("%s", (name, g) => {
    expect(familyOf(g)).toBe("evaluation-summary");
    expect(readersLeave(g)).toBe(!byReader.has(name));
    if (byReader.has(name)) expect(review(g, "national").model.headerRow).toBe(1);
    else expect(fallbackFamily(sheetFeatures(g))?.family).toBe("evaluation-summary");
  });
});

describe("the national framework's lines without their header", () => {
  const rows = (extra: string[]) =>
    sheet(lines(
      `产出指标|数量指标|培训人数|≥200人${extra[0]}`,
      `质量指标|培训合格率|≥95%${extra[1]}`,
      `时效指标|完成时间|≤12个月${extra[2]}`,
      `效益指标|社会效益指标|就业率|≥80%${extra[3]}`,
    ));
  test("targets alone: a target table", () => {
    const g = rows(["", "", "", ""]);
    expect(fallbackFamily(sheetFeatures(g))).toEqual({ family: "target-declaration", why: "targets" });
  });
  test("targets with what was done and its points: a self-evaluation", () => {
    const g = rows(["|210人|10|10", "|96%|10|10", "|11个月|5|5", "|85%|20|18"]);
    expect(fallbackFamily(sheetFeatures(g))).toEqual({ family: "project-self-eval", why: "completion" });
  });
  test("the actual alone in the target's unit: a self-evaluation", () => {
    const g = rows(["|210人", "|96%", "|11个月", "|85%"]);
    expect(fallbackFamily(sheetFeatures(g))?.family).toBe("project-self-eval");
  });
  test("the year's likelihood of meeting each target: monitoring", () => {
    const g = rows(["|150人|确定能", "|96%|确定能", "|8个月|有可能", "|70%|有可能"]);
    expect(fallbackFamily(sheetFeatures(g))).toEqual({ family: "monitoring", why: "progress" });
  });
});

describe("near shapes that stay unknown", () => {
  const near: [string, Grid][] = [
    // a ranking written as prose: each line a unit's score glued to its name, above 60
    ["a ranking '第一名:大法寺镇90.99分'", sheet(lines("一、镇处考评得分及排名", "第一名:大法寺镇90.99分", "第二名:余川镇85.1分", "第三名:田镇办事处84.56分", "第四名:万丈湖办事处80.88分", "第五名:武穴办事处77.15分"))],
    // an allocation of an assessment's award money adding up to a round 100: amounts, not points
    ["考核奖励资金分配表 adding up to 100", sheet(lines("2023年考核奖励资金分配表", "单位|金额(万元)", "城关镇|30", "河口镇|40", "新集乡|30", "合计|100"))],
    // a budget's shares adding up to 1 under 项目 | 占比, beside an assessment's word in the title
    ["shares under 项目 | 占比 under a 考核 title", sheet(lines("考核经费支出结构", "项目|占比", "人员经费|0.3", "公用经费|0.4", "项目经费|0.3", "合计|1"))],
    // counts of units by grade: no score, no points
    ["counts by grade 优(个) | 良(个)", sheet(lines("序号|镇(街)|村(居)(个)|优(个)|良(个)|及格(个)", "1|新圩|17|3|14|0", "2|内厝|17|2|15|0", "3|新店|35|4|31|0"))],
    // a notice naming an assessment and one item's points
    ["a notice with one '(5分)'", sheet(lines("关于开展2023年度目标考核工作的通知", "各单位：根据考核办法，信息报送工作(5分)纳入年度考核，请按时报送。"))],
    // a units' list with a head a result list does not have (联系人): another list
    ["units with a score and a 联系人 column", sheet(lines("序号|被考核单位|考核情况|得分|联系人", "1|经信局|完成任务|100|张三", "2|公山镇|未完成2件,扣0.2分|99.8|李四"))],
    // three rules in words under a 考核评分表 title, no item's points in sight: a sentence's worth, no page of items
    ["three rules '得3.7分' with no points", sheet(lines("某市粮食安全考核评分表", "(1)年末耕地面积达到目标任务的,得3.7分,否则不得分。", "(2)永久基本农田面积达到目标的,得2.3分,否则不得分。", "(3)完成补充耕地任务的,得1分,否则不得分。"))],
    // points and rules all in one sentence under a rubric's words: one line is no page of items
    ["one sentence with '(15分)' and rules", sheet(lines("考核评分细则", "①完成新增龙头企业指标(15分):新培育国家级的得6分;②规模化经营(5分):达到标准的得5分,否则不得分"))],
    // a units' list with their money and a score column: amounts beside it, no result list
    ["units with amounts and a score", sheet(lines("单位|预算金额(万元)|得分", "城关镇|120|90", "河口镇|80|85"))],
  ];
  test.each(near)("%s", (_name, g) => {
    expect(fallbackFamily(sheetFeatures(g))).toBeNull();
    expect(familyOf(g)).toBe("unknown");
  });
  // a self-evaluation form's head with a rubric's rules, its title left out: the fallback names no rubric (the readers
  // take it as what it is)
  const selfEval: [string, Grid][] = [
    [
      "a self-evaluation's 自评分 | 年终完成值 over rules",
      sheet(lines(
        "一级指标|二级指标|三级指标|年初指标值|年终完成值|自评分|评价标准",
        "项目决策|决策依据|立项依据充分|有|有|2|有计2分,没有不得分",
        "项目管理|财务制度|制度健全|健全|健全|3|缺一项扣1分",
        "项目管理|运行监管|监管记录|有|有|4|没有不得分",
      )),
    ],
  ];
  test.each(selfEval)("%s", (_name, g) => {
    expect(fallbackFamily(sheetFeatures(g))).toBeNull();
    expect(familyOf(g)).toBe("project-self-eval");
  });
});
