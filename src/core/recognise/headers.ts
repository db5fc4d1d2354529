import type { BudgetRole, ColumnRole } from "../model/types";
import { compact } from "../text/normalize";

/**
 * Header synonyms seen in published sheets (RULEBOOK §2.1, §2.4, §3.1, §4.1, §5.1 and the corpus).
 * Matched against compact (NFKC, no whitespace) header text. Order matters: the first match wins.
 */
const INDICATOR_HEADERS: [ColumnRole, RegExp][] = [
  ["level1", /^(一级指标|一级|一级指标名称|评价指标|考核内容|考核类别|考核项目类别)$/],
  ["level2", /^(二级指标|二级|二级指标名称|评价内容)$/],
  ["level3", /^(三级指标|三级|指标名称|三级指标名称|指标内容|具体指标|评价要点|考核要点|考核细项|考核项目|考核指标|目标名称)$/],
  ["targetOp", /^(指标性质|计算符号|运算符号|符号|指标方向)$/],
  ["unit", /^(度量单位|计量单位|单位)$/],
  ["coefficient", /^得分系数/],
  ["targetValue", /^(年度指标值|指标值|目标值|年初目标值|年初指标值|预期指标值|绩效指标值|计划值|年度目标值|调整指标值|全年指标值|年度指标值\(A\)|指标值\(A\)|年初目标值\(A\)|预期目标|标准值|年度\(\/?项目\)指标值)$/],
  ["actual", /^(实际完成值|完成值|全年实际值|实际值|全年完成值|实际完成情况|半年度指标执行情况|当前完成值|实际完成值\(B\)|全年实际值\(B\)|全年完成值\(B\)|1-\d+月执行情况|执行情况|实际完成|完成情况|全年实际完成值)$/],
  ["weight", /^(分值|权重|指标权重|标准分|权数|分数|指标分值|分值\(\d+分\)|权重\(%\)|指标权重\(分\)|满分|标准分值)$/],
  ["score", /^(得分|自评得分|指标得分|实际得分|考评得分|评价得分|得分计算|核查得分|评分|复核得分|自评分|自评分数|指标得分\(分\))$/],
  ["reason", /(偏差原因|未完成原因|原因分析|扣分原因|原因说明|不能完成.*原因|扣分理由|扣分说明)/],
  ["rubric", /(评分标准|评分细则|评分办法|计分方法|评价标准|评分规则|评分依据|指标评分细则)/],
  ["explanation", /^(指标解释|指标说明|指标内涵|指标释义|指标定义)$/],
  ["likelihood", /(完成目标可能性|完成可能性)/],
  ["grade", /^(等级|评价等级|评级|自评等级|评价结果|自评结论)$/],
];

const BUDGET_HEADERS: [BudgetRole, RegExp][] = [
  ["initial", /^(年初预算数|年初预算|年初预算数\(A\)|年初数|年初预算\(万元\)|预算批复数)$/],
  ["adjusted", /^(全年预算数|调整后预算数|预算数|全年预算数\(A\)|全年\(调整\)预算数|预算数\(A\)|调整后预算|全年预算|年度预算数)$/],
  ["executed", /^(全年执行数|预算执行数|执行数|全年执行数\(B\)|执行数\(B\)|实际执行数|1-\d+月执行数|决算数|实际支出数|全年实际执行数)$/],
  ["rate", /^(执行率|预算执行率|执行率\(B\/A\)|执行率\(%\)|资金执行率)$/],
  ["weight", /^(分值|权重|执行率权重|分值\(\d+分\))$/],
  ["score", /^(得分|执行率得分|执行率得分\(分\)|得分\(\d+分\*执行率\))$/],
  ["reason", /^(原因|偏差原因|得分计算方法|说明|未达到原因|执行偏差原因)$/],
];

/** Header text without a trailing unit: "得分(分)" → "得分", "指标权重（%）" → "指标权重". */
function headerCore(c: string): string {
  return c.replace(/\((分|万元|元|%|分值)\)$/, "");
}

const roleCache = new Map<string, ColumnRole | null>();

/** The indicator-table role a header text names (memoised: every scan asks about the same cells). */
export function indicatorRole(text: string): ColumnRole | null {
  if (!text) return null;
  let r = roleCache.get(text);
  if (r === undefined) {
    r = classifyIndicatorHeader(text);
    if (roleCache.size > 20000) roleCache.clear();
    roleCache.set(text, r);
  }
  return r;
}

function classifyIndicatorHeader(text: string): ColumnRole | null {
  const c = compact(text);
  if (!c || c.length > 30) return null;
  for (const [role, re] of INDICATOR_HEADERS) if (re.test(c)) return role;
  const core = headerCore(c);
  if (core !== c) for (const [role, re] of INDICATOR_HEADERS) if (re.test(core)) return role;
  return null;
}

export function budgetRole(text: string): BudgetRole | null {
  const c = compact(text).replace(/\(万元\)|\(元\)/g, "");
  if (!c || c.length > 24) return null;
  if (/预计/.test(c)) return null;
  for (const [role, re] of BUDGET_HEADERS) if (re.test(c)) return role;
  return null;
}

/** Rows that close an indicator table. */
export const CLOSING_ROW = new RegExp(
  // a closing word on its own (or before ":" / "(" / "（"), so that "说明书编制完成率" stays an indicator
  "^(?:(?:总分|合计|总计|得分合计|自评总分|综合得分|评价结论|存在问题|改进措施|说明|备注|自评结论|评价得分简表|其他需要说明事项|其他说明)(?:$|[:：(（])" +
    // labels that are never indicator names
    "|注[:：.\\d]|注$|其他需要说明|偏差或不能完成|相关建议或举措|项目负责人|填表人|审核人|单位负责人|财务负责人|联系电话)",
);

export const TOTAL_LABEL = /^(总分|合计|总计|得分合计|自评总分|综合得分|总得分|合计得分|分值合计|总计得分|自评得分合计|自评总得分|评价总分)[:：]?$/;

/** Budget-block row labels. */
export const FUND_TOTAL_LABEL = /^(年度资金总额|资金总额|总额|年度金额|年度资金|合计|预算资金总额|总计|年度预算资金总额)[:：]?(\((万元|元)\))?[:：]?$/;
export const FUND_PART_LABEL =
  /^(其中|财政|当年|本年|上年|其他|单位资金|基本支出|项目支出|中央|省|市|县|地方|自有|社会|一般公共|政府性基金|国有资本|上级|本级)/;
