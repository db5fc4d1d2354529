/**
 * Every label vocabulary the recognisers use, in one table: totals (合计/总计/小计), closing rows, grades,
 * fund blocks (资金/预算/执行/到位/结余/其中), levels (一级/二级/三级指标) and the named scan windows.
 * Matched against compact text (NFKC, traditional → simplified, no whitespace); see text/normalize.
 */

// —— scan windows (rows or columns a recogniser looks at; named, never magic numbers) ——
export const SCAN = {
  /** rows searched for the indicator header */
  indicatorHeaderRows: 400,
  /** once a full header is found, rows further below it are data, not another header */
  headerSettleRows: 40,
  /** rows searched for the budget block's header */
  budgetHeaderRows: 300,
  /** rows under a budget header in which its fund labels are looked for */
  budgetLabelRows: 8,
  /** rows a budget block may span */
  budgetItemRows: 12,
  /** rows after the table's end in which the 总分 row is looked for */
  totalsRows: 4,
  /** rows after the totals in which a grade row is looked for */
  gradeRows: 3,
  /** rows above the table in which "自评总分 | 97.6" is looked for */
  statedTotalRows: 30,
  /** rows under a labelled total in which its 其中 parts are looked for */
  labelledPartRows: 8,
  /** rows above a fund block in which its unit ("单位:万元") is looked for */
  unitRows: 4,
  /** data rows a generic amount block may span */
  amountBlockRows: 500,
} as const;

// —— levels ——
export const LEVEL1_HEADER = /^(一级指标|一级|一级指标名称|评价指标|考核内容|考核类别|考核项目类别)$/;
export const LEVEL2_HEADER = /^(二级指标|二级|二级指标名称|评价内容)$/;
export const LEVEL3_HEADER = /^(三级指标|三级|指标名称|三级指标名称|指标内容|具体指标|评价要点|考核要点|考核细项|考核项目|考核指标)$/;

// —— totals and closing rows ——
/** The 总分 / 合计 row of an indicator table. */
export const TOTAL_LABEL = /^(总分|合计|总计|得分合计|自评总分|综合得分|总得分|合计得分|分值合计|总计得分|自评得分合计|自评总得分|评价总分)[:：]?$/;
/** A 小计 / 合计 row inside a table. */
export const SUBTOTAL_LABEL = /^(小计|合计)[:：]?$/;
/** "自评总分(分) | 97.6" stated above a table (Chongqing). */
export const STATED_TOTAL_LABEL = /^(自评总分|自评得分|总得分|综合得分)(\(分\))?[:：]?$/;
/** Rows that close an indicator table. */
export const CLOSING_ROW = new RegExp(
  // a closing word on its own (or before ":" / "(" / "（"), so that "说明书编制完成率" stays an indicator
  "^(?:(?:总分|合计|总计|得分合计|自评总分|综合得分|评价结论|存在问题|改进措施|说明|备注|自评结论|评价得分简表|其他需要说明事项|其他说明)(?:$|[:：(（])" +
    // labels that are never indicator names
    "|注[:：.\\d]|注$|其他需要说明|偏差或不能完成|相关建议或举措|项目负责人|填表人|审核人|单位负责人|财务负责人|联系电话)",
);

// —— grades ——
/** "自评等级：优" in one cell. */
export const GRADE_IN_CELL = /^(?:评价等级|自评等级|等级|评定等级|评价结果)[:：](优秀?|良好?|中等?|合格|差|较差)$/;
/** A grade label with the grade in the next cell. */
export const GRADE_LABEL = /^(等级|评价等级|自评等级|评价结果|自评结论|评定等级)[:：]?$/;

// —— fund blocks ——
/** Labels of a fund total row (年度资金总额, 合计). */
export const FUND_TOTAL_LABEL = /^(年度资金总额|资金总额|总额|年度金额|年度资金|合计|预算资金总额|总计|年度预算资金总额|项目资金总额|年度资金申请总额|资金合计|小计|总投资|投资总额)[:：]?(\((万元|元)\))?[:：]?$/;
/** Labels of a fund part row (其中:财政拨款, 上年结转, 中央/省/市/县…). */
export const FUND_PART_LABEL =
  /^(其中|财政|当年|本年|上年|其他|单位资金|基本支出|项目支出|中央|省|市|县|州|区级|乡|地方|自有|自筹|社会|一般公共|政府性基金|国有资本|上级|本级|银行)/;
/** A fund row label that starts a 其中 breakdown. */
export const PART_OF_PREFIX = /^其中[:：]?/;
/** Row labels that are not funds even under a fund block's label (the indicator table starts). */
export const NOT_A_FUND_LABEL = /目标|指标|绩效/;

/** Roles of the columns (or row labels) of an amount block. */
export type AmountRole = "total" | "part" | "plan" | "arrived" | "spent" | "balance" | "rate";

/** Header vocabulary of amount blocks, first match wins (units and letter hints "(A)", "(B/A)" stripped first). */
export const AMOUNT_HEADERS: [AmountRole, RegExp][] = [
  ["rate", /^(到位率|执行率|支出率|预算执行率|资金到位率|资金执行率|资金支出率)$/],
  ["balance", /^(结余|结转结余|结余资金|结余数|结余金额|资金结余|余额)$/],
  ["arrived", /^(实际到位|到位数|到位资金|已到位|资金到位|实际到位数|到位金额|实际到位资金|资金到位数)$/],
  ["spent", /^(实际支出|支出数|执行数|全年执行数|已支出|实际使用|实际支出数|支出金额|已使用|实际执行数|资金支出|累计支出|实际支出金额|支出|预算执行数)$/],
  ["plan", /^(计划安排|计划投资|计划数|计划金额|预算数|预算金额|全年预算数|年初预算数|调整后预算数|批复数|下达数|安排数|预算安排|计划安排数|计划安排资金|年度预算数|预算批复数)$/],
  ["total", /^(合计|小计|总计|总额|资金总额|年度资金总额|金额合计|资金合计|投资总额|总投资|合计金额|资金来源合计)$/],
  [
    "part",
    /^(其中[:：]?)?(中央(财政|资金|补助|补助资金|财政资金)?|省(级|级财政|财政|级资金|级补助|级财政资金)?|市(级|级财政|财政|级资金|州)?|州(级|财政)?|县(级|级财政|财政|级资金|区)?|区(级|级财政|财政)?|乡镇?(级|财政)?|(当年|本年)?财政拨款|财政资金|上年结转(资金)?|其他资金|自筹(资金)?|单位自筹|地方(资金|配套|财政)?|社会(资金|投入)|银行贷款|上级补助|本级(财政|资金)?|一般公共预算(拨款|资金)?|政府性基金(预算)?(拨款|资金)?)$/,
  ],
];

/** Column headers of an expense list (支出内容 … 实际支出数). */
export const EXPENSE_ITEM_HEADER = /^(支出内容|支出项目|支出事项|费用名称|开支内容|开支项目|明细|项目|摘要|用途)$/;

/** A unit stated for a block: "(万元)", "单位:万元", "金额单位:元". */
export const UNIT_WAN = /万元/;
export const UNIT_YUAN = /[(（]元[)）]|单位[:：]?元/;
