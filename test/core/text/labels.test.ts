/** Labels: weights inside labels, codes, rubric awards (RULEBOOK §9.1, §9.12, §9.13; R-PARSE-01; B-V3). */
import { codePrefix, labelName, rubricAwards, weightInLabel } from "../../../src/core/text/labels";

describe("weightInLabel (R-PARSE-01: [（(]\\s*(\\d+(\\.\\d+)?)\\s*分\\s*[）)])", () => {
  test.each([
    ["A部门决策（35分）", 35, "seed 002 full-width brackets"],
    ["A1部门目标（12分）", 12, ""],
    ["A11部门中长期规划目标的明确性与合理性（2分）", 2, ""],
    ["产出指标(50分)", 50, "CZ half-width brackets"],
    ["效益指标(30分)", 30, ""],
    ["满意度指标\n(10分)", 10, "015 wrapped"],
    ["(特性指标70 分)", 70, "DZNYJ space before 分"],
    ["(50分)", 50, "015 weight-only 一级 cell"],
    ["预算执行情况(10分)", 10, "QS"],
    ["绩效指标(90分)", 90, "QS"],
    ["年度绩效目标1(40分)", 40, "HG"],
    ["（ 2.5 分 ）", 2.5, "decimal with spaces"],
    ["（１０分）", 10, "full-width digits"],
  ])("%p → %p %s", (s, w) => {
    expect(weightInLabel(s)).toBe(w);
  });
  test.each(["产出指标", "(20分*执行率)", "得分", "100分", "指标1:完成项目数量", ""])("%p has no label weight", (s) => {
    expect(weightInLabel(s)).toBeNull();
  });
});

describe("labelName and codePrefix", () => {
  test.each([
    ["A部门决策（35分）", "部门决策", "A"],
    ["A1部门目标（12分）", "部门目标", "A1"],
    ["A11部门中长期规划目标的明确性与合理性（2分）", "部门中长期规划目标的明确性与合理性", "A11"],
    ["B13“三公经费”控制率（1分）", "“三公经费”控制率", "B13"],
    ["C142020年会计核算系统实施及运维经费（3分）", "2020年会计核算系统实施及运维经费", "C14"],
    ["C1东川区财务服务中心筹建（4分）", "东川区财务服务中心筹建", "C1"],
    ["产出指标(50分)", "产出指标", null],
    ["指标1:完成中型灌区节水改造项目数量", "完成中型灌区节水改造项目数量", null],
    ["满意度指标\n(10分)", "满意度指标", null],
  ])("%p → name %p, code %p", (s, name, code) => {
    expect(labelName(s)).toBe(name);
    expect(codePrefix(s)).toBe(code);
  });
});

describe("rubricAwards (B-V3: itemised awards are summed; deductions, ranges and alternatives are not)", () => {
  const A11 =
    "①设定了部门中长期规划目标，得0.25分；②设定的部门中长期规划目标明确，得0.5分；③能够适应《东川区“十XX五”规划》，得0.25分；④能够与部门职能相适应，得0.5分。";
  test("seed 002 A11 awards 0.25 + 0.5 + 0.25 + 0.5 = 1.5 (the weight is 2)", () => {
    const r = rubricAwards(A11)!;
    expect(r).toEqual({ items: 4, points: [0.25, 0.5, 0.25, 0.5] });
    expect(r.points.reduce((a, b) => a + b, 0)).toBe(1.5);
  });
  test.each([
    ["①部门年度工作目标是否明确设定，得1分；②年度工作目标与部门中长期规划目标一致，得1分。", [1, 1], "A12"],
    ["①符合部门制定的中长期实施规划计1分；②符合部门“三定”方案确定的职责计1分；③与部门年度工作目标、任务相一致计1分。", [1, 1, 1], "A14 计…分"],
    [
      "①将部门整体的绩效目标细化分解为具体的工作任务计1分；②通过清晰、可衡量的指标值予以体现计0.5分。③与部门年度的任务数或计划数相对应计0.5分；④与本年度部门预算资金相匹配计1分。",
      [1, 0.5, 0.5, 1],
      "A15",
    ],
    ["①预算程序合理，得1分；②预算依据充分，得2分；③符合资金使用范围，得1分。", [1, 2, 1], "A32"],
    ["①根据年中预算执行情况及时申请预算调整，得0.5分；②按规定程序进行预算调整，得0.5分", [0.5, 0.5], "B14 no final stop"],
    ["①制定明确的财务监控监督措施，得0.5分；②监控、监督措施执行有效，得0.5分；", [0.5, 0.5], "B23"],
  ])("%p → %p (%s)", (text, points) => {
    expect(rubricAwards(text)?.points).toEqual(points);
  });
  test.each([
    ["①职能明确、设定依据充分，得1分；②有“三定”文件，但职能描述不明确，得0.5分;③没有职能设定的文件依据且职能不清，得0分", "A21: alternatives of one item (得0分)"],
    ["①政府采购方式、程序都规范，得满分；②采购方式、程序中每有一点不规范，扣0.5分，扣完为止。", "B52: deduction 扣"],
    [
      "①符合国家财经法规和财务管理制度规定以及有关专项资金管理办法的规定,1分；②资金的拨付有完整的审批程序和手续，1分；③项目的重大开支经过专题论证，1分；④符合部门预算批复的用途，1分；⑤是否存在截留、挤占、挪用、虚列支出等情况，一旦存在该指标不得分。",
      "B22: a veto item (不得分)",
    ],
    ["将部门详细工作计划与年度工作目标对应匹配，视匹配情况酌情得0-2分。", "A13: a range, not itemised"],
    ["①是否已制定预算资金管理办法；②相关管理制度是否合法、合规、完整；③相关管理制度是否得到有效执行。", "B21: items without points"],
    ["①完成得1分", "a single item is not a list"],
    ["全部完成得4分，没未完成一项重点工作扣1分，扣完为止。", "C11: deductions"],
  ])("%p is not summed (%s)", (text) => {
    expect(rubricAwards(text)).toBeNull();
  });
});
