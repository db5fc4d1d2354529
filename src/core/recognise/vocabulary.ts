import type { BudgetRole, ColumnRole } from "../model/types";

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
  /** empty lines a user puts between a header and its first line (the blocks spaced out) stepped over to reach it */
  spacerRows: 3,
} as const;

// —— marker lines above a title ——
/**
 * A line of its own above or around a title that names nothing of the sheet: the attachment's number ("附件2",
 * "附件3-1:", "附表1") or the money unit ("单位:万元", "金额单位:元", "单位(万元)"). Compact text, the whole cell.
 */
export const MARKER_LINE = /^(附[件表]\d{0,2}(-\d{1,2})?[:：]?|(金额|资金)?单位[:：]?[(（]?(人民币)?(元|万元|千元|亿元)[)）]?)$/;
/** A date on a line of its own above a table (2023年12月, 2023年12月31日, 2023-12-31): when the form was filled, no title text. */
export const DATE_LINE = /^(19|20)\d{2}(年\d{1,2}月(\d{1,2}日)?|[-/.]\d{1,2}[-/.]\d{1,2})$/;
/**
 * The opening line of a notice's attachment list (hdr51): "附件:1. 2020年…资金分配表" (its first item on the line) or "附件:" alone
 * over the items; its items, "2. 中央对地方转移支付整体绩效目标表", "3、…", each on a line of its own (LIST_ITEM_LINE). The list names
 * the documents sent with the notice: no title of the sheet and no heading of a form on it. An attachment's own number
 * over its form ("附件3", "附件3:…绩效目标表") opens no list.
 */
export const ATTACHMENT_LIST_OPEN = /^附[件表][:：]((\d{1,2}|[一二三四五六七八九十]{1,2})[.、．]|$)/;
/** An item of a numbered list written on a line of its own ("2.…", "3、…"), a mirror's lost indent ("?????2.…") before it. */
export const LIST_ITEM_LINE = /^[?？\ufffd]*(\d{1,2}|[一二三四五六七八九十]{1,2})[.、．]/;
/** Of those, the attachment's number: under a title's lines it opens the next attachment. */
export const ATTACHMENT_LINE = /^附[件表]/;
/** An attachment's number alone in its cell (附件1, 附件2：, 附表3, 附件一, 附件2-1). */
export const ATTACHMENT_NUMBER = /^附[件表][\d一二三四五六七八九十]{0,3}(-\d{1,2})?[:：]?$/;

// —— levels ——
export const LEVEL1_HEADER = /^(一级指标|一级要素|一级|一级目标|类别|一级指标名称|评价指标|评估指标|监测指标|考核内容|考核类别|考核项目类别|考评内容|考评项目|考评类别|评定项目|评估项目|评价项目|一级绩效指标|评价维度|绩效指标分类|指标分类|指标类别|评审指标|测评类别|(考核|考评)?内容\(分值\)|策略绩效目标|关键策略目标|测评指标|评审准则|评审要素|评审项目|评选标准|评选项目|评选准则|评分准则|评分因素|评分要素|评比标准)$/;
export const LEVEL2_HEADER = /^(二级指标|二级要素|二级|二级目标|指标|二级指标名称|评价内容|审核内容|二级绩效指标|测评项目|建设内容|衡量指标|关键绩效指标)$/;
export const LEVEL3_HEADER = /^(三级指标|三级要素|三级|检查内容|指标名称|三级指标名称|指标内容|具体指标|评价要点|考核要点|审核要点|考核细项|考评细项|考核项目|考核子项目|考评子项目|子项目|考核子项|子项|考核指标|考评指标|评定指标|考评要点|考核点|考评点|评价点|评分点|评定内容|评估内容|目标名称|三级指标内容|绩效指标名称|具体评价指标|评分要点|指标项|指标名称及内容|三级绩效指标|指标体系|测评内容|考核细目|考评细目|评价细目|评分细目|建设指标|(考核|检查)?验收项目|验收内容|评比(项目|内容)|评审内容)$/;

/**
 * An item word finer than an indicator's (考核要点, 评分要点, 考核点, 考核细项, 考核子项目), or one naming the 三级 itself: right of a column
 * headed 考核指标 / 考评指标 in a header naming no 二级 column (考核内容 | 考核指标 | 序号 | 考核要点 | 分值), it is the lowest level
 * and 考核指标 the middle one.
 */
export const FINER_ITEM_HEADER = /^(考核要点|考评要点|评价要点|评分要点|审核要点|考核点|考评点|评价点|评分点|考核细项|考核子项|考评子项|子项|考评细项|考核细目|考评细目|评价细目|评分细目|三级)/;

/**
 * A word of a header's level ladder: a level noun (项目分类, 类别, 分类, 项目, 内容, 要点, 指标, 细项, 细目, 事项) after a
 * qualifier the ladder's words share (group 1: 考核项目 | 考核内容 | 考核要点, 考评项目 | 考评内容 | 考评要点, 考核验收项目分类 |
 * 考核验收内容, 类别 | 项目 | 具体内容), the last word's qualifier may be 具体 alone (group 2: 考核指标 | 具体内容). The words
 * nest left to right, whatever level each names alone (see levelLadder in table-header.ts).
 */
export const LADDER_WORD = /^([\u4e00-\u9fa5]{0,4}?)(具体)?(项目分类|类别|分类|项目|内容|要点|指标|细项|细目|事项)$/;

/**
 * A head naming the items' column and their points in one (考核指标及分值, 指标名称及权重, 项目名称及分值, 考核内容及其分值,
 * 工作任务及评分值):
 * each label states its points ("1、有综治组织机构(20分)"), no 分值 column of bare numbers. Its word (the first group)
 * before 及: a level's word gives that level (headers.ts pointsHeadLevel); a word naming items, no level (ITEMS_WORD:
 * 项目名称, 工作任务), the items' column (see short-lists.ts for one merged over a group column and an item column).
 */
export const HEAD_WITH_POINTS = /^(.{2,10})及其?(评?分值|分数|权重|标准分|满分)$/;
/** HEAD_WITH_POINTS's word naming items with no level of their own: a few characters, then 名称, 指标, 内容, 项目, 事项 or 任务 */
export const ITEMS_WORD = /^[\u4e00-\u9fa5]{0,4}(名称|指标|内容|项目|事项|任务)$/;
/**
 * A head joining the items' word and their rule's (考核内容及计分标准, 评价内容和评分标准): the items, each with the rule
 * earning its points — the items' column where a rule column of its own follows the points (table-header.ts
 * joinedItemsBeforePoints); alone, the rubric.
 */
export const ITEMS_WITH_RULE = /^(.{2,6}?)(?:及|和|与)其?(?:计分|评分|考核|考评)(?:标准|细则|办法)$/;

// —— short lists of indicators with their points (short-lists.ts) ——
/**
 * A list's items named by its head (序号 | 工作标准 | 分值, 项目名称 | 权重, 工作任务 | 分值): the items' column of a list of
 * points only where the lines' points add up (short-lists.ts) — the words name a project, a task or a standard as well.
 */
export const LISTED_ITEM_HEADER = /^([\u4e00-\u9fa5]{0,4}(名称|标准|任务|项目|事项|内容)|[\u4e00-\u9fa5]{0,2}(类别|分类))$/;
/** A head naming money (资金, 金额, 万元, 预算, 补助): a list of funds, whatever its other columns say. */
export const LIST_FUND_HEADER = /资金|金额|万元|预算|补助|经费|拨付|分配数|(^|\()元\)?$/;
/** A head naming recipients or assessed units (单位名称, 被考核单位, 乡镇, 部门): a list of units, not of indicators. */
export const LIST_RECIPIENT_HEADER = /^(被考核|被考评|被评价|考核|受援|申报|承担|责任)?(单位|部门|地区|区县|县区|县市区|乡镇|街道|镇街|学校|企业|村|社区|姓名)(名称)?$/;
/**
 * A column of counts — households, persons, items — not of money (户数, 人数, 保障人数, 人次, 个数, 家数, or a head ending in a
 * count's unit: 补助对象(人), 新建(户)): a 合计 column after counts and amounts (户数 | 人数 | 特困供养金 | 护理补贴 | 合计)
 * adds up the amounts only.
 */
export const COUNT_COLUMN_HEAD = /(户数|人数|人次|个数|家数|次数|批次)(\((人|户|个|家|次|人次)\))?$|\((人|户|个|家|次|人次)\)$/;
/** A column of cases counted beside their money (金额 | 件数 pairs of a 委辦費 table, 项数, 笔数): no candidate for an amount list's total. */
export const CASE_COUNT_HEAD = /(件|项|笔|宗|案)数(\((件|项|笔|宗|案)\))?$/;
/** A column of rates or shares, printed with or without its % sign (预算执行率(%), 占比, 比重): no candidate for an amount list's total. */
export const RATE_OR_SHARE_HEAD = /率|%|占比|比重|比例/;
/** Totals a list of points adds up to where it prints none (a weight system's whole). */
export const LIST_ROUND_TOTALS = [100, 1000];

/** A fourth level's header, right of the 三级 column (一级 | 二级 | 三级 | 四级指标 | 评分标准 | 得分): the leaves' names. */
export const LEVEL4_HEADER = /^(四级指标|四级要素|四级|四级指标名称|末级指标|末级指标名称)$/;

/** A header line under 一级/二级/三级指标 that only names what each level column holds ("名称 | 名称 | 名称"). */
export const LEVEL_SUBHEADER = /^(名称|指标名称|内容|编码|代码|编号|序号|指标编码|指标代码)$/;

// —— indicator table and budget block headers ——
/**
 * Header synonyms seen in published sheets (RULEBOOK §2.1, §2.4, §3.1, §4.1, §5.1 and the corpus).
 * Matched against compact (NFKC, no whitespace) header text. Order matters: the first match wins.
 */
export const INDICATOR_HEADERS: [ColumnRole, RegExp][] = [
  ["level1", LEVEL1_HEADER],
  ["level2", LEVEL2_HEADER],
  ["level3", LEVEL3_HEADER],
  ["targetOp", /^(指标性质|计算符号|运算符号|符号|指标方向)$/],
  // 定量 / 定性 per row: what the row itself says its target is
  ["valueType", /^(指标值类型|指标类型|项目指标类型|定量定性|定性定量|定量\/定性|定性\/定量|指标值性质)$/],
  ["unit", /^((指标)?(度量|计量)单位|单位)$/],
  ["coefficient", /^得分系数/],
  ["scoreRate", /^(得分率|得分比例|得分比率)(\(%\))?$/],
  ["targetValue", /^(年度指标值|指标值|目标值|年初目标值|年初指标值|预期指标值|绩效指标值|计划值|年度目标值|调整指标值|全年指标值|年度指标值\(A\)|指标值\(A\)|年初目标值\(A\)|预期目标|标准值|年度\(\/?项目\)指标值|绩效目标值|预期值|预期目标值|年度绩效目标值|指标目标值|计划完成值|年初设定目标值|年度目标|全年目标值|预期实现值|当年预期实现值|本年度计划水平|计划水平|预期完成值|年初绩效目标|调整后绩效目标|全年绩效目标|绩效目标|预期达到目标|预期实现目标|预期达到的目标|预期实现的目标|拟达到目标|拟达到的目标|预期要达到的目标)$/],
  ["actual", /^(实际完成值|完成值|全年实际值|实际值|全年完成值|实际完成情况|半年度指标执行情况|当前完成值|实际完成值\(B\)|目标完成值|指标完成值|全年实际值\(B\)|全年完成值\(B\)|(1[-—~至]\d{1,2}月|截[至止]\d{1,2}月(底|末)?|上半年|前三季度)(执行|完成)(情况|值)|执行情况|实际完成|完成情况|全年实际完成值|实际完成数|完成数|年度实际完成值|实际达成值|实际完成指标值|全年完成情况|全年实际完成情况|实际执行情况|实际完成结果|年终完成值|年终完成情况|年末完成值|实现情况|实现值|实际实现值)$/],
  ["weight", /^(分值|权重|指标权重|标准分|权数|分数|指标分值|分值\(\d+分\)|权重\(%\)|指标权重\(分\)|满分|标准分值|满分值|权重分|权重分值|分值权重|指标分数|基本分|基础分|基准分|基准分值|应得分|计分权重|分值\/权重|权重\/分值|标准分数|参考分值|参考权重|参考分|设定分值|评分分值|计分分值|指标满分|满分分值|权重占比|权重比例|应得分数|配分|最高得分|最高分|评分比例|评分比重|分数比例|分值比例|所占比重|所占比例|占分)$/],
  ["score", /^(得分|自评得分|指标得分|实际得分|考评得分|评价得分|得分计算|核查得分|评分|复核得分|自评分|自评分数|指标得分\(分\)|单位自评得分|部门自评得分|自评打分|最终得分|核定得分|审核得分|评审得分|专家评分|专家打分|考核得分|实得分|实际得分数|自评分值|得分情况|单位自评分|自评得分情况|评价得分情况|自评|实得分数|终分|最后得分|考核分|评估分|评估得分)$/],
  // (the points assigned, 赋分办法: how each item's points are given, a rule column as 评分办法 is — 舟山 2007 序号 | 指 标 |
  // 分值 | 赋分办法; grad41a adds the wider 赋分(方法|办法|标准|…) head, this line then says nothing more)
  ["rubric", /赋分办法/],
  // (a criterion's 存在问题(和改进措施) says why it lost points, as a reason column does)
  ["reason", /(偏差原因|未完成原因|原因分析|扣分原因|原因说明|不能完成.*原因|扣分理由|扣分说明|失分原因|失分说明|失分理由|^未(达到|达|实现)[\u4e00-\u9fa5]{0,6}原因|^存在(的)?问题((和|及|与)(改进|整改)措施)?$)/],
  ["rubric", /(评分标准|评分细则|测评标准|测评细则|评分办法|计分方法|计分标准|计分办法|计分规则|评价标准|评分规则|评分依据|指标评分细则|考核标准|考评标准|考评说明|打分档级细则|评分档次|打分细则|评分档级|评估细则|评估标准|评定标准|评定细则|考核细则|打分办法|打分标准|打分说明|打分方法|评分方法|评分方式|计分方式|打分方式|评审标准|^扣分标准$|^扣分细则$|^考评办法$)/],
  // (the points assigned, 赋分: 赋分方法 / 赋分办法 / 赋分标准 / 指标赋分规则 — how each item's points are given, a rule
  // column as 评分办法 is; 浙江's 考绩法 tables print 项目 | 分值 | 内容与要求 | 赋分方法)
  ["rubric", /赋分(方法|办法|标准|细则|规则|说明|方式)/],
  // (what the scoring form states for each item, its requirements with their points: 评分表内容, 评分内容, 评分说明, 评分要求 —
  // the rule column as 评分细则 is, 序号 | 评价项目 | 评分表内容 | 分值; a bare 评分 is the score, and 评分项目 no rule)
  ["rubric", /^评分表?(内容|说明|要求)$/],
  ["explanation", /^(指标解释|指标说明|指标内涵|指标释义|指标定义|绩效指标描述)$/],
  ["likelihood", /(完成目标可能性|完成可能性)/],
  ["grade", /^(等级|评价等级|评级|自评等级|评价结果|自评结论|绩效等级)$/],
];

/**
 * Header words, for a short header none of the exact synonyms above names ("单位参考分值", "年度预期指标值",
 * "本年实际完成值"): its role by the noun it ends with (a Chinese header's head noun comes last), after the exact
 * list. A rule's words before it ("未达指标值酌情扣分", "达到目标值") name a criterion, not a column.
 */
export const HEADER_WORDS: [ColumnRole, RegExp][] = [
  // (the work the indicators are set for, named before 具体指标: 攻坚工程具体考核指标, 重点任务具体指标 — the items' column)
  ["level3", /^[\u4e00-\u9fa5]{1,6}具体(考核|考评|评价)?指标$/],
  ["score", /^(?!.*(扣|标准|说明))[\u4e00-\u9fa5]{0,6}(得分|评分|自评分|打分)(\(.{1,8}\))?$/],
  // one score column per level of review: 区县级自评 | 市级考评 | 中央抽查 (the first is the score, the others its reviews)
  ["score", /^[\u4e00-\u9fa5]{1,4}级?(自评|考评|复评|抽查|核查|初审|复审|复核)$/],
  ["weight", /^(?!.*(扣|标准|说明))[\u4e00-\u9fa5]{0,6}(分值|权重|满分)(\(.{1,8}\))?$/],
  // (the assessment an indicator's weight belongs to, named before it: 目标任务考核指标权重 | 发展成效考核指标权重, one
  // weight column per assessment of the same indicators — a longer qualifier, the head noun 指标权重 / 指标分值 all the same)
  ["weight", /^(?!.*(扣|标准|说明))[\u4e00-\u9fa5]{2,8}指标(分值|权重)$/],
  // (a value column may say it holds the unit too: "指标值及单位", "实际完成值及计量单位")
  // (a monitoring sheet's value so far, "上半年实际完成值", "截至8月底完成值", is no year's actual to hold against the
  // year's target: its 全年预计完成值 is, as under "1-7月实际完成值")
  ["actual", /^(?!.*(目标|扣|达))(?!(上半年|前三季度|截至|截止|当前|本期))[\u4e00-\u9fa5]{0,6}(实际完成值|完成值|实际值|实现值|实际完成数)(\(.{1,8}\)|及(计量)?单位)?$/],
  ["targetValue", /^(?!.*(扣|达|完成|实际))[\u4e00-\u9fa5]{0,6}(指标值|目标值|计划值|预期值)(\(.{1,8}\)|及(计量)?单位)?$/],
];

/**
 * The dimensions of the national indicator framework, as lines of their own in an indicator tree exported in one name
 * column (dimension-tree.ts): the 一级 (产出 / 效益 / 满意度 / 成本指标) and the 二级 under them (数量 / 质量 / 时效 / 成本指标 under
 * 产出; 经济效益 / 社会效益 / 生态效益 / 可持续影响指标 under 效益; 服务对象满意度指标 under 满意度; 经济 / 社会 / 生态环境成本指标
 * under 成本). 成本指标 is either: the 一级 where cost sub-dimensions follow it, else a 二级 under 产出.
 */
export const DIMENSION_LEVEL1_LINE = /^(产出|效益|满意度|成本)指标$/;
export const DIMENSION_LEVEL2_LINE = /^(数量|质量|时效|成本|经济效益|社会效益|生态效益|环境效益|可持续影响|服务对象满意度|社会公众满意度|经济成本|社会成本|生态环境成本)指标$/;
export const COST_SUBDIMENSION_LINE = /^(经济|社会|生态环境)成本指标$/;

/**
 * A completion head of the year so far (1-7月执行情况, 1至7月执行情况, 截至6月底执行情况, 上半年完成情况, 前三季度完成值: the
 * monitoring forms' period column, read as the completion, INDICATOR_HEADERS' "actual"): beside a completion head of the
 * whole year in the same line (全年完成情况, 实际完成值) it is the half-year's figure and the year's column is the completion.
 */
export const SO_FAR_COMPLETION_HEADER = /^(1[-—~至]\d{1,2}月|截[至止]\d{1,2}月(底|末)?|上半年|前三季度)(执行|完成)(情况|值)$/;
/**
 * A header naming an earlier period's figure (上年完成值, 上年实际值, 上年度指标值, 去年完成数, 基期值, 历史实际值): the value a
 * target was set against, never this year's actual nor this year's target, whatever value word follows it.
 */
export const PRIOR_PERIOD_HEADER = /^(上一?年度?|去年|往年|前一年度?|以前年度|历年|基期|基准期|基年|历史)/;
/**
 * A budget comparison's columns by period (本年度预算数 | 上年度预算数 | 前年度决算数 | 本年度与上年度比较; 本次预算数 for an
 * 18-month budget; a year's, 2016年预算数 beside 上年完成数): the current period's budget and the earlier periods' figures.
 * The current budget is the table's own amount; the others (and the 比较 of the two) are set beside it for comparison.
 */
// (or an ROC year, 台灣's 115預算 | 114預算 or 113年度預算數: 40–149, i.e. 1951–2060, its 年 often left out)
export const CURRENT_PERIOD_BUDGET_HEADER = /^(本次|本年度?|当年度?|(?:19|20)\d{2}年度?|(?:[4-9]\d|1[0-4]\d)(?:年度?)?)(预算|预算数|预算金额)$/;
/**
 * (dev48a) The current period's final or executed figure beside an earlier period's (上年决算数 | 本年决算数 | 比上年增、减情况,
 * a 三公 statement): the table's own amount as a current budget is (CURRENT_PERIOD_BUDGET_HEADER).
 */
export const CURRENT_PERIOD_FINAL_HEADER = /^(本次|本年度?|当年度?|(?:19|20)\d{2}年度?)(决算|执行|实际)(数|金额)?$/;
export const EARLIER_PERIOD_HEADER = /^(上一?年度?|去年|前年度?|前一年度?|以前年度)(预算|决算|实际|完成|执行)?(数|金额)?$/;

/**
 * A ratio word that is the budget's execution rate only beside the budget's amounts (预算数 | 执行数 | 完成率): alone, 完成率
 * is an indicator's completion ratio (指标值 | 完成值 | 完成率), so it is no BUDGET_HEADERS word.
 */
export const BUDGET_RATE_BESIDE_AMOUNTS = /^(预算|资金|预算资金|执行)?完成率(\([^()]{0,20}\))?$/;

/**
 * A fund block's head naming the change made to the budget during the year (调整预算数, 预算调整数, 年度预算调整, 调整数),
 * printed by the budget-performance systems between the budget set at the year's start and the budget after it (年初预算 |
 * 调整预算数 | 调整后预算数, the pmkpi monitoring and self-evaluation fund tabs: AMT1 + AMT2 = AMT3). Alone in its line
 * "调整预算数" is the adjusted budget (BUDGET_HEADERS' "adjusted"); beside a head naming the budget after the change
 * (调整后预算数, 全年预算数) it is the change, and the rate's budget is the other.
 */
export const BUDGET_ADJUSTMENT_HEADER = /^(年度)?(预算)?调整(预算)?(数|金额|资金)?$/;

export const BUDGET_HEADERS: [BudgetRole, RegExp][] = [
  ["initial", /^(年初预算数|年初预算|年初预算数\(A\)|年初数|年初预算\(万元\)|预算批复数)$/],
  ["adjusted", /^(全年预算数|调整后预算数|调整后的预算(数|金额|资金)?|调整后预算(金额|资金)|预算数|计划安排数|全年预算数\(A\)|全年\(调整\)预算数|预算数\(A\)|调整后预算|全年预算|年度预算数|(调整|转移支付)预算数(\(A\))?|预算金额|全年预算金额|预算安排数|预算安排金额)$/],
  ["executed", /^(全年执行数|预算执行数|执行数|实际支出|支出数|全年执行数\(B\)|执行数\(B\)|实际执行数|1[-—~至]\d{1,2}月执行数|截至\d{1,2}月底?执行数|上半年执行数|前三季度执行数|决算数|实际支出数|全年实际执行数|全年执行资金|全年执行|预算执行|全年执行数\(万元\)|转移支付执行数(\(B\))?|执行金额|实际执行金额|实际支出金额|支出金额|已支出金额|执行资金|累计(已)?(支出|执行)(数|金额)?)$/],
  // (any formula or unit after it, also one a text recogniser damaged: "执行率(B/A1")
  // (a monitoring sheet's rate so far: 1-7月执行率, 截至6月底执行率, 上半年执行率)
  ["rate", /^(执行率|预算执行率|执行率\(B\/A\)|执行率\(%\)|资金执行率|(年度|全年|1[-—~至]\d{1,2}月|截至\d{1,2}月底?|上半年|前三季度)?(预算资金|预算|资金)?执行率|(年度|全年|1[-—~至]\d{1,2}月|截至\d{1,2}月底?|上半年|前三季度)?(预算资金|预算|资金)?执行率[(（][^()（）]{0,20}[)）]?)$/],
  ["weight", /^(分值|权重|分值权重|(预算)?执行率权重|指标分值|指标权重)(\((\d+(\.\d+)?)?分\)|\(%\))?$/],
  // (the rule in brackets: "得分(10分*执行率)", "得分(执行率×分值)", "得分(分值*执行率)")
  ["score", /^((自评|评价|执行率|指标|实际|考核|考评)?得分(\(分\))?|(执行率)?评分|实得分|(自评|评价)?得分\(((\d+分|分值|权重)[*×xX]执行率|执行率[*×xX](分值|权重|\d+分))\))$/],
  ["reason", /^(原因|偏差原因|得分计算方法|说明|未达到原因|执行偏差原因)$/],
];

// —— totals and closing rows ——
/** Words that label the 总分 / 合计 row of an indicator table. */
const TOTAL_WORDS = "总分|合计|总计|汇总|得分合计|自评总分|综合得分|综合评分|最终得分|总评分|总体得分|总得分|合计得分|分值合计|合计分值|合计分数|分数合计|总计得分|总计分值|自评得分合计|自评总得分|评价总分|项目总得分|项目自评得分|项目总分";
/**
 * The header of a column totalling each group's lines down its merged cells (合计得分 merged over 得分 2分 | 2分 | 2分):
 * a total's word with 得分 or 分值, the group's points where the lines beside them are points.
 */
export const GROUP_TOTAL_HEADER = /^(合计得分|得分合计|小计得分|得分小计|合计分值|分值合计|小计分值|分值小计|合计分数|小计)$/;
/** The 总分 / 合计 row of an indicator table ("总分", "总分(100分)", "合计:"). */
export const TOTAL_LABEL = new RegExp(`^(${TOTAL_WORDS})(\\((满分)?\\d+(\\.\\d+)?分?\\))?[:：]?$`);
/**
 * A row stating the table's result under its 分值 and 得分 (评价结果 | 100 | 80.14, the Hainan 评价结果 cover table): its
 * total where a number stands in the 得分 column (else 评价结果 | 良 is the grade's line, GRADE_LABEL).
 */
export const RESULT_TOTAL_LABEL = /^(评价结果|考核结果|考评结果|自评结果|评价得分)[:：]?$/;
/** A 小计 / 合计 row inside a table, the measure's word before or after it (分值小计, 小计分值: a scored form's 小计分值 | 30 | 小计得分). */
export const SUBTOTAL_LABEL = /^(得分小计|分值小计|分数小计|小计得分|小计分值|小计分数|小计|合计)[:：]?$/;
/** "自评总分(分) | 97.6" stated above a table (Chongqing). */
// (a qualifier naming whose score it is: 测评总得分, 考核总得分, 季度总得分, 最终得分; a bare 得分 only with its colon, '得分:' —
// without it 得分 is a column's head; a part's score, 基本信息指标得分, is none of these)
export const STATED_TOTAL_LABEL = /^(?:(自评总分|自评得分|总得分|综合得分|项目总得分|项目自评得分|自评总得分|最终得分|(测评|考核|考评|评价|评估|检查|督查|验收|季度|年度|月度)总得分)(\(分\))?[:：]?|得分(\(分\))?[:：])$/;
/** The same total written inside its label's cell: "自评总分: 95", "自评总分(分):97.5分". */
export const STATED_TOTAL_IN_CELL = /^(?:自评总分|自评得分|总得分|综合得分|项目总得分|项目自评得分|自评总得分|最终得分|(?:测评|考核|考评|评价|评估|检查|督查|验收|季度|年度|月度)总得分|得分)(?:\(分\))?[:：](\d+(?:\.\d+)?)分?$/;
/** The project's score stated in a sentence above the table ("…本项目绩效评价得分为89分,具体情况详见下表"). */
// (dev55: or its total with no 项目 at its clause's start, '本项目评价等级为“合格”,总得分为72.21分,其中:…' — 总得分, 综合得分,
// 评价总得分, 绩效评价综合得分; never a part's bare 得分, '投入得分13.10分')
export const STATED_TOTAL_IN_SENTENCE = /(?:^|[,，。;；:：])(?:(?:本|该)?项目(?:绩效)?(?:评价|自评)?(?:综合|总)?|(?:绩效)?(?:评价|自评)?(?:综合|总))得分(?:为|是)(\d+(?:\.\d+)?)分/;
/** The signature lines under a form: who filled, checked and answers for it, how to reach them, when (填表人：张三). */
const SIGN_OFF_WORDS = "项目负责人|填表人|填报人|制表人|经办人|审核人|单位负责人|财务负责人|联系电话|联络电话|填报日期|填表日期";
/** A line opening with a signature label: no line of a table above it. */
export const SIGN_OFF_LABEL = new RegExp(`^(?:${SIGN_OFF_WORDS})`);
/**
 * The unit that files the form, as a signature line under it opens ("填报单位(盖章):", "填表单位:"): the same words head a
 * preamble above a table (填报单位:某县农业农村局), so they close a table only beside another signature label.
 */
export const SIGN_OFF_UNIT = /^(?:填报|填表|报送|申报|编报|编制)单位(?:\((?:盖章|公章|签章)\))?[:：]?/;
/**
 * A reviewer's opinion or signature under an assessment form (评估意见, 考核组意见, 检查组签字:, 评审人签名, 验收单位(盖章)), or
 * a blank date line (年 月 日): no line of the table above it (band-lines.ts). The reviewer word is needed: 意见 alone heads
 * an item ('群众意见'), and an item that names an opinion says more ('审核意见落实情况': the word closes the cell here).
 */
export const REVIEW_SIGN_OFF = /^(?:(?:评估|考核|考评|评价|审核|审查|审定|检查|评审|验收|复核|核查|督查|考察|主管部门|财政部门)(?:组|小组|单位|部门|机构|委员会|专家组)?(?:人|员|组长|负责人)?(?:意见|签字|签名|签章|盖章|\((?:签字|签名|签章|盖章)\))(?:[:：]|$)|年月日$)/;
/** Rows that close an indicator table. */
export const CLOSING_ROW = new RegExp(
  // a closing word on its own (or before ":" / "(" / "（"), so that "说明书编制完成率" stays an indicator
  `^(?:(?:${TOTAL_WORDS}|评价结论|存在问题|改进措施|说明|备注|自评结论|评价得分简表|其他需要说明事项|其他说明)(?:$|[:：(（])` +
    // labels that are never indicator names
    "|注[:：.\\d]|注$|其他需要说明|(?:最近|上)年度绩效评价|(?:[一二三四五六七八九十]+、)?项目基本(?:信息|情况)$|偏差或不能完成|偏差(?:大|较大)?(?:或目标未完成)?原因|(?:目标)?未完成原因|原因分析|相关建议或举措|" + SIGN_OFF_WORDS + ")",
);

/** A remark's opening (注：…, 注1, 注): a note between a table's lines or under it. */
export const NOTE_LINE = /^注(?:[:：.\d]|$)/;
/** A remark line under a list, 备注 or 注 with its colon ("备注:每个具体项目建设情况由责任单位另行公告公示。"): the list ends above it. */
export const REMARK_LINE = /^(?:备注|附注|注)[:：]/;
/**
 * A notes heading under a list pasted one paragraph a row, alone or opening its notes ("说明:", "填表说明:", "备注:", "注:"),
 * over numbered notes ("1.本表由被考核单位如实填写…"): the list ends above it, its numbered notes are no items.
 */
export const LIST_NOTES_LINE = /^(?:填表说明|说明|备注|附注|注)(?:[:：]|$)/;
/**
 * A page footer a sheet converted from a printout keeps on a line of its own (第1页，共2页, 共2页第1页, 第3页, -2-): no line
 * of any table.
 */
export const PAGE_FOOTER = /^(第\d{1,3}页([,、]?共\d{1,3}页)?|共\d{1,3}页[,、]?第\d{1,3}页|[-—]\d{1,3}[-—])$/;

/**
 * A section's heading over a rubric's criteria, by its numbering: "一、决策", "(一)项目管理" (codes.ts reads those two
 * styles) or an ordinal part "第一部分 决策" / "第二章" (matched against compact text).
 */
export const SECTION_ORDINAL = /^第[一二三四五六七八九十\d]{1,3}(部分|章|节|篇)/;

/**
 * A document's title on a line of its own above a table ("XX县2023年度项目支出绩效评价评分细则", "…考核评分标准",
 * "…绩效评价指标体系", "某局项目绩效考核评分表"): it opens with a year or a region, or ends in a document-type word
 * (表, 细则, 标准, 办法, 体系, 清单, 方案, 规则 — optionally a bracketed or year tail) after at least four characters of
 * its own (a bare header word, "评分标准", is no title by its words). Matched against compact text; never a sentence.
 *
 * TITLE_OPENING is the opening by its words alone: a year, or a region's name (any, "某县", "XX市": a placeholder
 * too, but not a bare level word such as 县区, 市县) with a title's word right after its administrative suffix (a year,
 * 财政局/厅/委, 人民政府, 本级, 项目支出, 部门整体/预算, 预算绩效). REGION_OPENING is the bare region shape ("…县",
 * "…区"): everyday words have it too (完工项目县…, 社区卫生…, 县区…), so it opens a title only with a real place name
 * in front (titleOpening in table-header.ts).
 */
export const TITLE_OPENING =
  /^(?:(?:19|20)\d{2}年|(?![省市县区州盟旗])[\u4e00-\u9fa5Xx×*]{1,10}[省市县区州盟旗](?:(?:19|20)\d{2}年|财政[局厅委]|人民政府|本级|项目支出|部门(?:整体|预算)|预算绩效))/;
export const REGION_OPENING = /^[\u4e00-\u9fa5]{1,10}[省市县区州盟旗]/;
/**
 * What makes a county's name (老城区, 东城区, 新市区: everyday words too) open a title, in the text after it: a year
 * anywhere, an office it names within a few characters (财政局, 人民政府, 鉴定中心, 卫生院), or a performance title's word
 * (绩效, 预算, 财政, 评价, 考核). A province or a city before it opens the title itself ("洛阳市老城区…").
 */
export const PLACE_TITLE_EVIDENCE =
  /(?:19|20)\d{2}|^[\u4e00-\u9fa5]{0,12}?(?:局|厅|委员会|委|办公室|办事处|人民政府|政府|管委会|中心|联合会|联合社|合作社|协会|学校|小学|中学|医院|卫生院|站|馆|所|院|公司|机关)|绩效|预算|财政|自评|评价|考核|考评/;
/** A place name that ends in its administrative suffix ("湖南省", "大英县", "塔城地区"; not a bare "湖南"). */
export const ADMIN_SUFFIX_END = /[省市县区州盟旗]$/;
export const DOCUMENT_TITLE_END = /[^。；;,，:：]{4,}(?:表|细则|标准|办法|体系|清单|方案|规则)(?:\([^()]{1,20}\)|(?:19|20)\d{2}年度?)?$/;

/** Rows inside an indicator table that hold no indicator (template "……", "指标2:"). */
export const PLACEHOLDER_NAME = /^(…+|\.{2,}|…|……|指标\d*[:：]?|\d+[.、]?|[①②③④⑤]|其他|等)$/;
/**
 * An item cell holding only a count of items ("21项", "共13项"): the line of a group (or of the whole table) stating how
 * many items it holds and its points, ahead of them ("一、减贫成效 | 13项 | … | 65"), no item of its own.
 */
export const ITEM_COUNT_NAME = /^共?\d{1,3}项$/;
/** A sub-item's name: "其中：线上培训" (explicit), or numbered "(1)…", "1)…", "①…". */
export const SUB_ITEM = /^(其中[:：]?|[(（]\d+[)）]|\d+[)）]|[①②③④⑤⑥⑦⑧⑨⑩])/;
/** "100分" written in a total row. */
export const POINTS_TEXT = /^\d+(\.\d+)?分$/;
/** A block label with its weight written after the name, no brackets: "项目决策 2 分", "项目管理13分" (Hubei). */
export const BLOCK_LABEL_POINTS = /^(?!满分|总分|合计|总计|小计)[\u4e00-\u9fa5]{2,12}(\d+(?:\.\d+)?)分$/;
/** A note fixing category weights: "注:1.一级指标分值统一设置为:产出指标50分、效益指标30分…". */
export const NOTED_WEIGHTS = /分值[^:：]{0,8}?设置为[:：]?([^。;；]*)/;
export const NOTED_WEIGHT_ITEM = /^([\u4e00-\u9fa5]{2,14}?)(\d+(?:\.\d+)?)分$/;

// —— grades ——
/**
 * The words a sheet writes for each of the four grades (RULEBOOK §8): 优/优秀/优等, 良/良好/良等, 中/中等/合格/一般,
 * 差/较差/差等/不合格. The one grade vocabulary: the printed bands (grade-bands.ts), the grades stated (stated-grades.ts)
 * and normalizeGrade (score/grade.ts) all read these words.
 */
export const GRADE_WORDS: Readonly<Record<"优" | "良" | "中" | "差", readonly string[]>> = {
  优: ["优秀", "优等", "优"],
  良: ["良好", "良等", "良"],
  中: ["中等", "合格", "一般", "中"],
  差: ["不合格", "较差", "差等", "差"],
};
/** A sheet that grades by letter (A/B/C/D, "A级", "B等") in the places of 优/良/中/差. */
export const GRADE_LETTERS: Readonly<Record<string, "优" | "良" | "中" | "差">> = { A: "优", B: "良", C: "中", D: "差" };
/** every grade word as a regex alternation, longer words first (不合格 before 合格, 优秀 before 优) */
export const GRADE_WORD_ALT = Object.values(GRADE_WORDS)
  .flat()
  .sort((a, b) => b.length - a.length)
  .join("|");
/** a letter grade with the 级/等 it may carry ("A", "A级", "B等"), no letter after it ("AB类" is none) */
export const GRADE_LETTER_ALT = "[ABCD](?![A-Za-z])[级等]?";
/** "自评等级：优" in one cell. */
export const GRADE_IN_CELL = new RegExp(`^(?:评价等级|自评等级|评分等级|等级|评定等级|评价结果|绩效等级|自评结论|(?:综合)?评价结论|综合(?:评价)?等级|考核等级|考评等级|绩效评价等级)[:：](${GRADE_WORD_ALT})$`);
/** A grade label with the grade in the next cell (总体评价 | 优秀 | 合格 …: a grade key under a form, closing its table). */
export const GRADE_LABEL = /^(评价|自评|评分|综合|复核|考评|考核|评定|绩效|综合评价|绩效评价)?(等级|评级|等次)[:：]?$|^(?:(?:自评|评价|综合评价|绩效评价|考核|考评|评定|复核|评审)(?:结论|结果)|综合评定|(?:评价|评定|考核|绩效)档次|总体评价|总评)[:：]?$/;

// —— fund blocks ——
/**
 * A monitoring sheet's forecast for the whole year beside its execution so far (全年预计执行数, 全年预计支出数,
 * 预计全年执行数): a cumulative amount, so never below what is executed already.
 */
export const FORECAST_EXECUTED_HEADER = /^(全年预计|预计全年|年底预计|预计年底|预计年末)(执行|支出)(数|金额|资金)?(\((万元|元)\))?$/;
/**
 * A column header naming a year only ("2021年", "2022年度", "2022年(万元)"): whose amount it is, a heading merged over the
 * years says ("近两年收支金额" over 2021年 | 2022年).
 */
export const YEAR_COLUMN = /^(19|20)\d{2}年度?(\((万元|元)\))?$/;
/**
 * A column head naming a period, with or without the figure it holds for it (period-table.ts): a year (2019年, 2019年度,
 * an ROC year 107年度 or 97年), a quarter or a month of it (2024年一季度, 第二季度, 第1季, 3月, 上半年), or a year before its figure
 * with no 年 (台灣's 115預算 | 114預算 | 114差異 | 114比例); a unit in brackets may close it. Group 1 is the period, group 2
 * the figure. A bare number (2019, 97) is a value, not a head.
 */
export const PERIOD_COLUMN_HEAD =
  /^((?:(?:19|20)\d{2}|[4-9]\d|1[0-4]\d)年度?(?:第?[一二三四1-4]季度?|(?:\d{1,2}|[一二三四五六七八九十]|十[一二])月份?|[上下]半年)?|第[一二三四1-4]季度?|[一二三四1-4]季度|(?:\d{1,2}|[一二三四五六七八九十]|十[一二])月份?|[上下]半年|(?:(?:19|20)\d{2}|[4-9]\d|1[0-4]\d)(?=[预决执实差增比金法审核]))((?:法定|审定|核定)?(?:预算|决算)(?:数|案|金额)?|执行数?|实际数?|实支数?|完成数?|预计数?|金额|数|差异|比例|增减|比较)?(?:\((?:万元|千元|亿元|元|%)\))?$/;
/** The options a 完成目标可能性 column draws from (财预〔2019〕136号 附件, as commonly published). */
export const LIKELIHOOD_OPTIONS = ["确定能", "有可能", "完全不可能"];

/**
 * Labels of a fund total row (年度资金总额, 合计; 重庆's 部门整体绩效自评表: 年度总金额). A plain list of words after "^(":
 * budget.ts reads their first characters from it for its cheap test of every cell (test/core/relations/fund-label-first.test.ts).
 */
export const FUND_TOTAL_LABEL = /^(年度资金总额|年度总金额|收入合计|收入总计|支出合计|支出总计|本年收入合计|本年收入总计|本年支出合计|本年支出总计|年度收入合计|年度收入总计|年度支出合计|年度支出总计|当年资金总额|本年资金总额|中期资金总额|资金总额|总额|年度金额|年度资金|合计|预算资金总额|总计|年度预算资金总额|项目资金总额|年度资金申请总额|资金合计)[:：]?(\((万元|元|提前下达|含[^()]{1,8})\))?[:：]?$/;
/** (tgt52) A fund label's colon and unit after its words ("项目总投资(万元):", "资金总额:"). */
const FUND_LABEL_TAIL_SRC = "[:：]?(?:\\((?:万元|元)\\))?[:：]?";
export const FUND_LABEL_TAIL = new RegExp(`${FUND_LABEL_TAIL_SRC}$`);
/**
 * (tgt52) A project's whole amount over its life, on a target form (项目总预算, 项目总投资, 总金额, 中期资金总额): the year's
 * budget (FUND_YEAR_LABEL) is a part of it, all of it on a project that runs within one year (fund-whole-year.ts). Matched
 * on the compact label, its colon and unit allowed.
 */
export const FUND_WHOLE_LABEL = new RegExp(`^(?:(?:项目)?总(?:预算|投资|投入|金额)(?:资金)?|(?:项目)?(?:中期|实施期)(?:资金总额|预算|资金))${FUND_LABEL_TAIL_SRC}$`);
/** (tgt52) The year's budget of a target form (当年年度预算, 年度资金总额, 当年度金额, 本年度预算, 本年度预计投入, 预算申报数, 年初预算资金). */
export const FUND_YEAR_LABEL = new RegExp(
  `^(?:(?:当年|本年|当)?年度(?:预计)?(?:预算|金额|资金总额|预算资金|预算金额|资金|预算资金总额|投入)|本年度(?:预计)?(?:预算|金额|资金|投入)|(?:年度)?预算申报数|年初预算(?:资金)?)${FUND_LABEL_TAIL_SRC}$`,
);
/**
 * (tgt52) The label of the period a project runs (建设周期, 实施期限, 项目期, 专项起止时间, 项目开始日期 … 项目完成日期 on its
 * line): the years written right of it say whether the project runs within one year.
 */
export const PROJECT_PERIOD_LABEL = /^(?:(?:项目|专项)?(?:建设|实施|执行|项目)(?:周期|期限|期间|期)|(?:项目|专项)?(?:周期|期限)|(?:项目|专项)?起止(?:时间|日期|年限|年度)|项目(?:开始|起始)(?:日期|时间|年度))[:：]?$/;
/** Labels of a fund part row (其中:财政拨款, 上年结转, 中央/省/市/县…). */
export const FUND_PART_LABEL =
  /^(其中|财政|当年|本年|上年|其他|其它|单位资金|基本支出|项目支出|中央|省|市|县|州|区级|乡|地方|自有|自筹|社会|一般公共|政府性基金|国有资本|上级|本级|银行)/;
/**
 * A fund total label that closes the part rows above it ("财政拨款 | 其他资金 | 合计"); a whole list's total may
 * name its area ("全县合计", "全市总计") or say it adds the items ("分项合计").
 */
export const CLOSING_TOTAL = /^(全[省市州县区旗乡镇]|分项)?(合计|小计|总计|资金合计)[:：]?$/;
/**
 * A government account's closing line of a list of revenue or spending items, named by what it totals: 经营收入总额,
 * 非经常收入总额, 政府收入总额, 开支总额 (香港's 政府总收支 tables). A fund's 年度资金总额 / 资金总额 is no such line.
 */
export const ACCOUNT_TOTAL_ROW = /^[\u4e00-\u9fa5]{0,8}(收入|支出|开支)总额$/;
/**
 * A budget's total line by classification code (总收入, 总开支, 总支出: 澳门's budgets by 经济分类), the sum of its sections
 * (经常收入 + 资本收入) or of its outermost coded lines — read by coded-lines.ts, whose codes say which lines those are
 * (a closing total's column would add sections and items alike).
 */
export const BUDGET_TOTAL_LINE = /^总(收入|支出|开支)$/;
/**
 * A classification code in one cell, four or more groups of two digits (澳门's 经济分类 04-03-01-00, 01-01-07-00-02):
 * a line's place in the budget's outline, the groups of 00 after its last other group standing for "all of it".
 */
export const CLASSIFICATION_CODE_CELL = /^\d{2}(?:-\d{2}){3,}$/;
/**
 * A mainland 政府收支分类科目 code in one cell, 类 | 款 | 项 fused (201 一般公共服务支出, 20101 人大事务, 2010101 行政运行;
 * 301 / 30101 by 经济分类): three digits, then two for each level down.
 */
export const FUSED_SUBJECT_CODE_CELL = /^[1-5]\d{2}(?:\d{2}){0,2}$/;
/**
 * Such a code written with spaces between its groups (澳门 公报's 衛生局 budget, 04 03 00 利息——其他部門, 05 01 02 02):
 * three groups of two digits or more, matched against the cell's text as written (its compact text drops the spaces and
 * reads as a number, 040300). A number is never written so: its groups of thousands have three digits.
 */
export const SPACED_CLASSIFICATION_CODE_CELL = /^\d{2}(?: \d{2}){2,}$/;
/** One group of such a code in a cell of its own (章 | 节 | 条 | 款 | 项 columns: 01 | 01 | 07 | 00 | 02). */
export const CLASSIFICATION_CODE_GROUP = /^\d{2}$/;
/** The whole area's line of a list of its parts, named by the area alone: 全市 over 市本级 and the 区县, 全省, 全县. */
export const AREA_WHOLE_LINE = /^全[省市州县区旗]$/;
/**
 * (dev53) A total line's label closing with the count of the lines it totals: '塔城市合计2个', '合计3项', '小计共5个' (a 项目计划表's
 * place, then 合计, then how many projects). The count names the lines, no part of the label's word: read as the label without it.
 */
const LINE_COUNT = "共?\\d{1,4}[个项条家户处所件]";
export const TOTAL_LINE_COUNT = new RegExp(`(合计|总计|小计)${LINE_COUNT}$`);
/** a label with its total's line count dropped (TOTAL_LINE_COUNT): '塔城市合计2个' → '塔城市合计'; any other label as it is */
export function withoutLineCount(label: string): string {
  return label.replace(TOTAL_LINE_COUNT, "$1");
}
/**
 * A line (or column) measuring a rate, a share or an average (城镇登记失业率低于(%), 完成比例, 人均收入): the whole area's
 * figure of it is no sum of its parts' (全市 4.3 beside 东坡区 4.3 | 彭山区 4.3).
 */
export const NOT_ADDITIVE_NAME = /率|比例|比重|占比|%|平均|人均|指数/;
/**
 * (rate52) An indicator table's column of each line's completion rate, its 实际完成值 over its 年度指标值 (一级 | … | 年度指标值 |
 * 实际完成值 | 完成率 | 分值 | 得分): the head alone, with its unit at most (compact, simplified text).
 */
export const INDICATOR_COMPLETION_RATE_HEADER = /^(指标|目标|年度指标|年度目标)?完成(率|比例|比率|程度|百分比)(\(%\)|%)?$/;
/** A ratio's name that states how much of a target is done (完成比例, 完成目标(%), 完成率, 投资完成率): its line's state. */
export const COMPLETION_RATE_NAME = /完成(比例|目标|率)/;
/** The states a note beside a completion rate may state: above its target, at it, below it. */
export const COMPLETION_STATES: ["over" | "done" | "under", RegExp][] = [
  ["over", /^超额完成/],
  ["done", /^(已完成|已全部完成|全部完成|完成)$/],
  ["under", /^(未完成|尚未完成|没有完成)/],
];
/** A head naming a running total of the year so far (累计完成, 1-11月累计支出, 本月累计). */
export const CUMULATIVE_HEAD = /累计/;
/** A head naming one period's own figure (本月完成, 当月支出, 本期, 本季度). */
export const PERIOD_HEAD = /^(本月|当月|本期|本季度?|当季)/;
/** A head of another year's figures (上年同期累计, 去年累计): no part of this year's running total. */
export const OTHER_YEAR_HEAD = /上年|去年|同期|上一年|往年|历年/;
/**
 * A head of a column of changes, signed (本年度与上年度比较, 增减额, 增(减), 差额, 变动数): one line's change may be negative,
 * so the lines a list leaves out may take away what the listed ones add (relations/signed-columns.ts).
 */
// (差异: 台灣's 114差異, this year's budget less last year's)
export const CHANGE_HEAD = /比较|比上年|增减|增\(减\)|增加\(减少\)|差额|差异|变动(额|数)|增(加|长)额|减少额/;
/**
 * The places a line may be named as that the division index (rubric/region.ts: province, city, county) lacks, by their
 * endings: a 乡 / 镇 / 街道 (level 3, under its county) and a 村 (level 4): 黄桷镇, 城关街道, 王家村. Not the words that
 * name a kind of place or a group of them (乡镇, 城镇, 农村, 行政村, 贫困村, 其他乡镇, 全镇), nor a 社区 (a community
 * is below its 街道: no part of a county's list).
 */
export const TOWN_LINE = /^[\u4e00-\u9fa5]{2,8}(?:乡|镇|街道|街道办事处)$/;
export const VILLAGE_LINE = /^[\u4e00-\u9fa5]{2,8}村$/;
export const NOT_A_TOWN_LINE = /^(?:其他|其它|各|全|本|所属|下辖|相关|部分)|(?:乡镇|城镇|村镇|集镇|小镇|乡村|农村|城乡|行政村|自然村|建制村|贫困村|中心村|示范村|重点村|中心镇|重点镇|特色镇|新农村)$/;
/**
 * A zone a list of places may print among them that is no place of the index (高新区, 经开区, 天府新区, 工业园区,
 * 风景区 管委会): one of an area's parts only where the area's line adds up with it (areaWholeRows, areaWholeLines),
 * never one of the places an area's line needs. A zone the index knows (浦东新区, 滨海新区, 苏州工业园区) is a place.
 */
export const ZONE_LINE = /^[\u4e00-\u9fa5]{1,14}(?:开发区|经开区|园区|新区|工业区|产业区|管理区|示范区|实验区|试验区|合作区|保税区|风景区|景区|管委会)$/;
/** A place's line under a whole's that is its own part though no place name: 市本级, 县本级, 州本级. */
export const OWN_LEVEL_LINE = /^[\u4e00-\u9fa5]{0,6}本级$/;
/** A line that totals others, whatever it totals: "财政拨款小计", "市级小计", "区(县、市)合计" (never a part). */
export const TOTAL_LINE = /(小计|合计|总计)$/;
/** a statement's line summing the lines above it (本年收入合计, 支出合计) */
export const SUM_LINE_END = /合计$/;
/** a statement's grand total (收入总计): its 合计 and the lines after it */
export const GRAND_TOTAL_END = /总计$/;
/**
 * The closing totals of amount lists and their columns (blocks.ts), in one table:
 * - TOTAL_OPENING / TOTAL_ENDING: a line's label opening with a total's word ("合计", "小计(万元)"), or a short one ending
 *   with it, a money unit after it or none ("三公经费合计", "支出总计");
 * - BARE_SUM / BARE_GRAND_TOTAL: a head or a line's label that is the word alone (合计; 合计 or 总计);
 * - CLOSING_COLUMN: a column that closes the columns left of it (a 小计 column may open its group instead);
 * - GROUP_TOTAL_HEAD: a merged group head naming the groups' total (合计 over 总户数 | 补助资金);
 * - PAIR_SUBTOTAL / PAIR_GRAND_TOTAL: a paired list's subtotal line ("杭州市小计", "小计") and grand total ("全省合计", "合计", "总计");
 * - GRAND_TOTAL_ROW: a grand total's row label: "合计", "总计", "全县合计", "浙江省合计", "一、歲入合計金額" (a 小计 closes a group only).
 */
export const TOTAL_OPENING = /^(合计|总计|小计)/;
export const TOTAL_ENDING = /(合计|总计|小计)(\((万元|元)\))?$/;
export const BARE_SUM = /^合计$/;
export const BARE_GRAND_TOTAL = /^(合计|总计)$/;
export const CLOSING_COLUMN = /^(合计|总计|合计金额|合计(下达|安排|分配|拨付|补助)(数|金额|资金)?|(下达|安排|分配|拨付|补助)(资金)?合计)$/;
export const GROUP_TOTAL_HEAD = /^(合计|小计|总计)$/;
export const PAIR_SUBTOTAL = /小计$/;
export const PAIR_GRAND_TOTAL = /(合计|总计)$/;
// (dev53: or with the count of its lines after it, '塔城市合计2个': TOTAL_LINE_COUNT)
export const GRAND_TOTAL_ROW = new RegExp(`^[\\u4e00-\\u9fa5()、]{0,14}(合计|总计)(金额|${LINE_COUNT})?$`);
/**
 * A row label naming a total of the lines of a list: "合计", "浙江省合计", "温州市小计", or the lines gathered
 * ("局机关及二级机构汇总" over 1、局机关 | 2、二级机构1 …).
 */
export const GROUP_TOTAL_ROW = /^[\u4e00-\u9fa5()（）、]{0,14}(合计|小计|总计|汇总)(金额)?$/;
/**
 * A line of shares under a total (百分比 | 88.8 | 11.2 | 100.0 under 歲入合計金額, 主計處's 歲入歲出簡明對照表): the
 * total's columns as percentages of it, no line of the list the total adds up.
 */
export const SHARE_LINE = /^(百分比|比重|占比|所占比重|构成比?)(\(%\))?$/;
/** A list number before a label: "(1)", "1.", "1、", "①", "一、", "(一)". */
export const LIST_NUMBER = /^(?:[(（]?[0-9一二三四五六七八九十]+[)）.、．]|[①②③④⑤⑥⑦⑧⑨⑩])\s*/;
/**
 * A weight column's head naming shares of one whole (权重, 指标权重, 权重(%), 权重占比, 所占比重): the column's weights
 * are parts of a whole of 100, whatever its groups are named — unlike 分值 / 标准分, the points of a table of any scale.
 */
export const WEIGHT_SHARE_HEAD = /^(指标)?(权重|所占比重|所占比例)(\(%\)|%|占比|比例)?$/;
/** Ratios that are execution rates (执行率 = 执行数 / 预算数, 支出率 = 支出 / 到位, a lettered "预算执行(E/C×100%)"). */
export const EXEC_RATE_NAME = /执行率|支出率|执行$/;
/** The header of a numbering column or row (行次 1, 2, 3 …; 列次 0, 1, 2 …): its numbers are no amounts. */
export const NUMBERING_HEADER = /^(行次|列次|栏次|序号|编号|行号)$/;
/**
 * A head naming what a column of a list of words holds (hdr51: 主管部门, 补贴项目, 政策级次, 政策依据文件及文号, 补贴对象, 补助标准,
 * 申领流程, 发放方式, 发放时间, 咨询电话, 备注): the noun it ends with. A list's head of such words over numbered lines is the
 * list's head where its values are text (word-list.ts).
 */
export const LIST_HEAD_NOUN = /(部门|单位|机关|机构|项目|名称|对象|标准|时间|日期|期限|时限|方式|电话|备注|说明|依据|文号|文件|级次|级别|层级|流程|程序|内容|地点|地址|类别|类型|范围|条件|负责人|联系人|责任人|情况|措施|要求|结果|意见|来源|渠道|事项|主体|职责|人员|姓名|职务|科室)$/;
/** A head naming money put in or spent (投资规模, 金额, 资金): a list under it is a list of figures, never one of words (word-list.ts). */
export const LIST_AMOUNT_HEAD = /投资|金额|资金|万元|预算|经费/;
/** The header of an accounts statement's line numbers (收入支出决算总表: 项目 | 行次 | 金额): lines numbered 1, 2, 3 … */
export const STATEMENT_LINE_HEADER = /^(行次|行号)$/;
/** A fund row label that starts a 其中 breakdown. */
export const PART_OF_PREFIX = /^其中[:：]?/;
/**
 * Under a first part not written 其中, a "其中:" line breaks down the part above it, not the total (资金总额 |
 * 财政资金 | 其中:省级财政 | 其他资金: the total is 财政资金 + 其他资金). Labels as the sheet writes them.
 */
export function nestedPart(firstPart: string, line: string): boolean {
  return PART_OF_PREFIX.test(line.trim()) && !PART_OF_PREFIX.test(firstPart.trim());
}
/** A 财政拨款 line of a fund list (其中:财政拨款, 财政拨款资金; not 非财政拨款). */
const FISCAL_GRANT_LINE = /^(其中[:：]?)?财政拨款/;
/**
 * (scan56) The budget accounts' own names (一般公共预算 / 公共财政预算 / 政府性基金预算 / 国有资本经营预算 / 社会保险基金预算): a
 * kind of revenue or spending ('地方一般公共预算收入累计完成34096万元'), no plan — the 预算 in them names no budgeted amount.
 */
const BUDGET_ACCOUNT_NAMES = /(?:一般|地方)?公共(?:财政)?预算|政府性基金预算|国有资本经营预算|社会保险基金预算/g;
/** (scan56) An amount's words with the budget accounts' names taken out, for a test of a plan's words (预算 / 计划 …). */
export function withoutBudgetAccounts(words: string): string {
  return words.indexOf("预算") < 0 ? words : words.replace(BUDGET_ACCOUNT_NAMES, "");
}
/** The budget accounts a 财政拨款 is drawn from (一般公共预算, 政府性基金预算, 国有资本经营预算). */
const GRANT_ACCOUNT_LINE = /^(其中[:：]?)?(一般公共预算|政府性基金|国有资本经营)/;
/** 一般公共预算, the account every 财政拨款 includes: it never stands beside one as another source */
const GENERAL_BUDGET_LINE = /^(其中[:：]?)?一般公共预算/;
/**
 * (fam55) A fund line breaking down the 财政拨款 line above it into its budget accounts (重庆's 部门整体绩效自评表: 年度总金额 |
 * 其中:财政拨款 | 一般公共预算 | 政府性基金 …): 一般公共预算 right under the 财政拨款 part (`prevPart`, the last part of the
 * total read), and the other accounts after it (`inAccounts`: the lines before were accounts) — the 财政拨款's parts, not
 * the total's. A 政府性基金拨款 right under a 财政拨款 line is another source beside it (黑龙江's 财政拨款 | 政府性基金拨款 |
 * 财政专户拨款): only 一般公共预算 opens the accounts. Labels compact.
 */
export function grantAccountLine(prevPart: string, line: string, inAccounts: boolean): boolean {
  return inAccounts ? GRANT_ACCOUNT_LINE.test(line) : FISCAL_GRANT_LINE.test(prevPart) && GENERAL_BUDGET_LINE.test(line);
}
/** Row labels that are not funds even under a fund block's label (the indicator table starts). */
export const NOT_A_FUND_LABEL = /目标|指标|绩效/;

/** A budget-score rule stated in the block ("执行率*该指标分值,最高不得超过分值上限"). */
export const BUDGET_RULE_SUBJECT = /执行率|分值|得分/;
export const BUDGET_RULE_OPERATION = /[*×xX]|乘|不得超过|上限/;
/** The sheet's own reason rule: "预算执行率未达到90%的需说明原因". */
export const REASON_BELOW_RATE = /执行率(?:未达到|低于|不足)(\d+(?:\.\d+)?)%.{0,4}(?:需|须|应)说明/;

/** Roles of the columns (or row labels) of an amount block. */
export type AmountRole = "total" | "part" | "plan" | "arrived" | "spent" | "balance" | "rate" | "amount";

/** Header vocabulary of amount blocks, first match wins (units and letter hints "(A)", "(B/A)" stripped first). */
export const AMOUNT_HEADERS: [AmountRole, RegExp][] = [
  // (a progress table's ratio of its 进度 to its 目标任务: 完成比例(%), 完成目标(%))
  // (a rate's unit written bare after its name, 执行率% as 执行率(%): a 繁體 附表's 執行率%)
  // (rate52: a form's 预算执行进度(%) over its figure, beside 预算数 | 到位数 | 执行数 pairs)
  ["rate", /^(到位率|执行率|支出率|预算执行率|资金到位率|资金执行率|资金支出率|投资完成率|完成比例|完成目标|(预算|资金)执行进度)%?$/],
  ["balance", /^(结余|结转结余|结余资金|结余数|结余金额|资金结余|余额)$/],
  ["arrived", /^(实际到位|到位数|到位资金|已到位|资金到位|实际到位数|到位金额|实际到位资金|实际到位金额|资金到位数|全年到位资金)$/],
  ["spent", /^(实际支出|支出数|执行数|全年执行数|全年执行|决算数|已支出|实际使用|实际支出数|支出金额|已使用|实际执行数|资金支出|累计支出|实际支出金额|支出|预算执行数|全年执行资金|实际投入资金额|实际投入资金|实际投入金额|实际投入|完成投资|完成投资额|完成投资总额|实际完成投资|累计完成投资|进度|完成数|转移支付执行数)$/],
  ["plan", /^(计划安排|计划投资|计划数|计划支出数|计划支出|计划金额|预算数|(可支用|可用|法定|核定)预算数|预算金额|全年预算数|年初预算数|调整后预算数|批复数|下达数|安排数|预算安排|计划安排数|计划安排资金|年度预算数|调整预算数|调整后的预算数?|预算批复数|扣除统筹整合资金后预算金额|年初预算资金总额|预算资金总额|年初预算资金|目标任务|转移支付预算数)$/],
  ["total", /^(合计|小计|总计|总额|资金总额|年度资金总额|金额合计|资金合计|投资总额|总投资|合计金额|资金来源合计|收入合计|支出合计|收入总计|支出总计)$/],
  // a plain amount column (an expense list's 金额): summed down its rows, never a part of another column
  // (a project list's 投资规模 / 投资额: the money each project is given, in 万元 — 序号 | 项目名称 | 建设地点 | 建设内容 | 投资规模)
  // (a government account's yearly columns: 实际收入 / 实收 / 实支 / 修订预算, a fiscal year before or after the words —
  // 1998-1999 实际收入 | 2002-2003 实际收入 | 2003-2004 修订预算 — each column summed down its own lines)
  // (a quota's amount, 额度 (万元): the money a plan's quota composition lists by kind — 用款计划额度构成 | 额度(万元) | 比例(%))
  ["amount", /^(金额|数额|额度|支出数额|资金数额|发生额|报销金额|合同金额|投资规模|投资额|投资金额|项目投资|实际收入|实收|实支|实际开支|修订预算)$/],
  [
    "part",
    // by government level (中央 / 省级财政 / 市县财政 / 上级补助; dev61: the prefecture's 地 beside another level or before
    // 级 / 州 / 市 — 省、地, 地级, 地州市资金, as 湖北's 自评表 heads its sources 中央 | 省、地 | 本级 | 其他; not 地区 / 地县, the
    // names of a list's places), or by source (财政拨款 / 上年结转 / 其他资金 / 自筹);
    // 其他资金 in either spelling (其它资金); a bare 其他 column is no named part (blocks.test.ts); a department's
    // income and spending by kind (基本支出 / 项目支出, 财政专户, 事业收入 …); by budget (一般公共预算, or 公共预算财政拨款 /
    // 公共财政预算拨款 as the 2014-2015 pages name it, 政府性基金预算)
    /^(其中[:：]?)?(?:(?:(?:中央|省|自治区|市|州|盟|县|区|旗|乡|镇|本|上|地方|地(?=[、和及/级州市]|$))级?[、和及/]?)+(?:财政|资金|补助|专项|配套|拨款|转移支付|财政资金|补助资金|财政拨款)*|(?:当年|本年)?财政拨款|财政资金|上年结转(?:资金)?|其[他它]资金|自筹(?:资金)?|单位自筹|社会(?:资金|投入)|银行贷款|(?:一般)?公共(?:财政)?预算(?:财政)?(?:拨款|资金)?|政府性基金(?:预算)?(?:拨款|资金)?|基本支出|项目支出|财政专户(?:管理)?(?:资金|收入)?|事业收入|经营收入|其他收入)$/,
  ],
];

/**
 * A line's name stating its target as a ceiling (城镇登记失业率低于(%), 万元GDP能耗不超过): in a progress table (目标任务 | 进度 |
 * 完成比例) its ratio is the target over what is done.
 */
export const CEILING_TARGET = /(低于|不高于|不超过|不多于|控制在|以下|以内)(\([^()]{1,8}\))?$/;

/** Column headers of an expense list (支出内容 … 实际支出数). */
export const EXPENSE_ITEM_HEADER = /^(支出内容|支出项目|支出事项|支出明细|费用名称|费用项目|开支内容|开支项目|经费项目|经费名称|经费内容|明细|项目|项目名称|摘要|用途|内容)(\((经济科目|科目|项目)\))?$/;

/** A unit stated for a block: "(万元)", "单位:万元", "金额单位:元". */
export const UNIT_WAN = /万元/;
export const UNIT_YUAN = /[(（]元[)）]|单位[:：]?元/;
/**
 * A money unit above the 元 stated for a table or a column ("单位:新台币千元", "单位：万元", "金额(万元)", "(亿元)"): amounts
 * shown in it are amounts kept in 元 and rounded, each on its own, to the unit.
 */
export const SCALED_MONEY_UNIT = /单位[:：(（]?[\u4e00-\u9fa5]{0,4}(千|万|百万|亿)元|[(（](千|万|百万|亿)元[)）]/;
/** A cell stating a table's unit ("单位:万元", "金额单位:元", "单位:新台币千元"): above a header, no group of its columns. */
export const UNIT_STATEMENT = /^(金额|资金|计量)?单位[:：(（]/;

// —— target-sheet dimensions ——
/**
 * The three first-level dimensions of a target sheet (产出 / 效益 / 满意度) and the names sheets give them:
 * "项目完成指标" is the 产出 dimension, "项目效益指标" the 效益 one (Sichuan 专项 目标表).
 */
export const TARGET_DIMENSIONS = [
  // 数量/质量/时效/成本 are the 产出 dimension's own parts: a table listing them under 一级 has its outputs
  { names: /产出|完成指标|数量指标|质量指标|时效指标/, zh: "产出指标", en: "output" },
  { names: /效益|效果/, zh: "效益指标", en: "benefit" },
  { names: /满意/, zh: "满意度指标", en: "satisfaction" },
] as const;
/** A column's head closing on a unit of things counted ('备案受理合同数(个)', '项目数(個)', '户数(户)'): its column holds counts, no amount. */
export const COUNT_UNIT_HEAD = /[(（](?:个|個|件|项|項|笔|筆|户|戶|家|次|人|人次|份|宗|起)[)）]$/;

// ── scoring standards that name no level (standard-header.ts)
/**
 * Header words of the items' name column, in a table that names no level. 专案 is 項目 as a zh-TW mirror writes it
 * (專案, a word the character converter leaves as 专案): a header cell of that word alone is the items' column; a work
 * assessment's rules name the items by the work they set (工作内容, 任务内容, 目标任务 | 分值 | 考核标准).
 */
export const NAME_HEADER = /^(项目|专案|内容|项目内容|工作内容|任务内容|目标任务|评估项目|检查项目|考核事项|评分项目)$/;
/** A column of the indicator header that reports progress so far (实施进度, 执行进度, 进展情况, 进度). */
export const PROGRESS_HEADER = /^(实施|执行|完成|项目)?(进度|进展)(情况)?$/;
/** A progress table's target column (目标任务 | … | 进度): each item's task for the year. */
export const TASK_TARGET_HEADER = /^(年度)?(目标任务|任务目标)(\([^()]{1,6}\))?$/;
/** A group column's head left of the items' (工程名称, 项目名称 over the 小项 of each 工程). */
export const GROUP_NAME_HEADER = /^[\u4e00-\u9fa5]{1,4}名称$/;
/** Header words of a numbering column. */
export const CODE_HEADER = /^(标号|序号|编号|代码|编码|指标编码|指标代码|条目)$/;
/** Header words of the column stating what each grade of an item requires (its threshold). */
export const THRESHOLD_HEADER = /^(标准|达标标准|等级标准|标准值)$/;
/**
 * Header words of a column of score ranges, one per tier line of a rubric (区间, 评分区间, 得分区间, 分值区间: '5-3', '3',
 * '2-0' — the points each tier earns, interval-rubric.ts).
 */
export const INTERVAL_HEADER = /^(评分|得分|分值|分数|计分|赋分)?区间$/;
/** A remarks column's heading: what is written under it is a note beside the line, never a value of the table. */
export const REMARK_HEADER = /^(备注|备注栏|附注)$/;
/**
 * A side column's heading (side-columns.ts): a note (备注, 说明), how the line is checked (考核方式, 检查方式, 考核办法), who
 * answers for it (责任单位, 牵头单位, 配合单位), where its data or evidence come from (数据来源, 佐证材料). What is written
 * under it is said beside a line, never part of it: it does not make a line a group's label, an item or a total.
 */
export const SIDE_HEADER =
  /^(备注|备注栏|附注|说明|备注说明|(考核|考评|检查|核查|评价|评估|评分)(方式|形式)|考核办法|考核方法|考核时间|完成时限|完成时间|(负责|责任|牵头|配合|协办|主责|承办)(考核|考评|评分|实施)?(单位|部门|科室|处室)|(考核|考评|评分)(责任)?(单位|部门)|责任人|(数据|资料|信息)来源|(佐证|证明|备查|支撑|印证)(材料|资料)|考核依据|提供资料)$/;
/**
 * A line under a list's header naming who answers for each column (责任单位 | 市人力资源社会保障局 | 市残联 …, a 民生实事
 * 责任分工表): the header's, not a line of the list.
 */
export const RESPONSIBLE_LINE = /^(负责|责任|牵头|主责|承办)(单位|部门|科室|处室)$/;
/**
 * A note said beside a line (under a 备注 / 附注 heading): where its evidence is (见附件2, 详见附表3, 参见…), how it went
 * (按计划实施, 按期完成, 已完成, 未完成, 正在实施, 待验收, 暂未开展): the whole text a state, so a head that opens on those
 * words (已完成数, 未完成原因, 已拨付金额) is none; when (2024年6月, 2024年6月30日前: a month at least, a year alone
 * '2024年' may head a period's column). Never a column's head: on a second table's head line under a remarks
 * column, such a text is the column's note beside that line, not a head of the second table.
 */
export const LINE_NOTE = /^(详?见|参见|另见)(附件|附表|表|第|说明|文件|报告|清单|材料|[\d一二三四五六七八九十])|^(按(计划|期|时|要求|规定|进度)?|已|未|尚未|暂未|正在|待)[\u4e00-\u9fa5]{0,3}(完成|实施|开展|推进|验收|到位|拨付|启动|执行|办结|落实)$|^(19|20)\d{2}年\d{1,2}月(\d{1,2}日)?(前|底|止)?$/;
/** A text stating points ("扣2分", "得5分", "不得分"): a rule's, never a side column's note. */
export const STATES_POINTS = /\d\s*分(?!钟)|[扣加减]分|不得分/;
/** Of those, the headings of a note whose cells may be a bare number (备注 | 3: the page a line's evidence is on). */
export const SIDE_NOTE_HEADER = /^(备注|备注栏|附注|说明|备注说明|(佐证|证明|备查|支撑|印证)(材料|资料))$/;
/** A note column's head (说明, 备注) whose words name no role: read by what its cells hold (a 说明 of score bands is the rubric). */
/**
 * A deduction from the item's points: '扣30分', '扣10-20分', '扣除5分', '减2分' ('扣当事人浮动工资50元' states no points), or the
 * item's points taken whole: '该项不得分', '扣完为止' (paragraph-list.ts, deduction-standard.ts).
 */
export const DEDUCTION_CLAUSE = /(?:扣(?:除|减)?|减)\d{1,4}(?:\.\d+)?(?:[-~～至]\d{1,4}(?:\.\d+)?)?分|扣完为止|不得分|不计分|得0分/;
/**
 * Points per occurrence written as a rate, the whole cell ('1分/项', '0.5分/处', '2分/次', '1分/人次', '每处0.5分'): a deduction
 * standard's, what each fault found takes off (deduction-standard.ts) — no weight.
 */
export const POINTS_PER_OCCURRENCE = /^每[项处次个人起件户条例宗批台辆家]\d{1,3}(?:\.\d+)?分$|^\d{1,3}(?:\.\d+)?分\/每?(?:项|处|次|个|人次|人|起|件|户|条|天|例|宗|批|台|辆|家|米|平方米)$/;
export const NOTE_COLUMN_HEADER = /^(说明|备注|注|附注|评定说明|评分说明|考核说明)$/;

/** A column explaining the items, in such a table. */
export const EXPLANATION_HEADER = /^(说明|备注说明|指标说明|释义)$/;

// ── fund-source lines over their amounts (fund-source-line.ts)
/** A source of money a project form lists (财政拨款, 非税安排, 政府债券, 上年结转, 其他 …). */
export const SOURCE_LABEL = /^(财政拨款|财政资金|一般公共预算|政府性基金|国有资本经营预算|非税(收入|安排|资金)?|上年结转(结余)?|政府(专项)?债券|专项债券?|一般债券?|债券资金|自筹(资金)?|单位自有资金|社会(资金|投入)|银行贷款|其他(资金)?|中央(资金|补助)?|省级?(资金|补助)?|市级?(资金|补助)?|县级?(资金|补助)?)(\((万元|元)\))?$/;
/** The form's stated budget, a label left of its value. */
export const BUDGET_LABEL = /^(预算金额|预算资金|预算总额|预算数|项目预算|项目资金总额|资金总额|年度资金总额|申请金额|资金申请总额|年度预算资金|项目总投资|总投资)(\((万元|元)\))?[:：]?$/;

// ── an allocation's batches (blocks.ts leadingTotalColumns)
/**
 * A column of one batch of an allocation: the advance (提前下达数, 2016年提前下达, 已下达) or the one the notice issues
 * (此次下达数, 本次下达, 2017年实际下达, 第二批下达): a line's amount is its batches', so the column right before them is their
 * whole whatever its word (预算数 | 提前下达数 | 此次下达数). Group 1: the advance's word.
 */
export const ISSUE_BATCH_HEADER = /^(?:(?:19|20)\d{2}年度?)?(提前|已|此次|本次|本批|实际|再次|第[一二三四五六七八九十\d]批)下达(?:数|资金|金额|预算数?)?(?:\((?:万元|元)\))?$/;

// ── an allocation row's total column (blocks.ts)
/**
 * The money given out on each line (下达金额, 资金金额, 金额合计 …), or a short qualifier before 合计 / 总计 / 小计
 * (提前下达预算合计, 下达资金合计, 补助合计: a total of the line, as LEADING_TOTAL reads a leading total column) — not
 * a score, a count of points or a rate (分值合计, 得分合计, 执行率合计). The lines must still add up to it.
 */
export const ROW_TOTAL_AMOUNT = /^(本次|本批|本年度?|当年)?(下达|安排|分配|拨付)(资金)?(金额|总额)$|^(资金|合计)(金额|总额)$|^(金额|资金)合计$|^下达资金$|^(?!.*(分值|得分|分数|权重|率|比例|比重|占比))[\u4e00-\u9fa5]{1,8}(合计|总计|小计)$/;

// ── classification-code columns (code-columns.ts)
/**
 * A list column's header naming a classification or a code (政府经济分类科目, 功能科目, 科目编码, 经济分类, 部门预算编码,
 * 代码): its numbers are labels (51301, 2130122), never amounts. The header's last word says so; a count about
 * codes ("科目调整次数") ends otherwise.
 */
export const CLASSIFICATION_HEADER = /^[\u4e00-\u9fa5()（）/、]{0,14}(科目|经济分类|功能分类|支出分类|编码|代码)(名称)?(\((编码|代码)\))?$/;
/** A header that names money or a count (金额, 资金, 补助, 合计, 人数, "(万元)"): its column holds amounts however alike. */
export const AMOUNT_OR_COUNT_HEADER = /金额|资金|经费|补助|奖补|奖励|拨款|投入|预算|支出|收入|合计|小计|总计|额|数|元|量/;

/**
 * A per-unit result list's header words (unit-results.ts: 序号 | 被考核单位 | 考核情况 | 得分, its numbering column read by
 * NUMBERING_HEADER). The assessed units' column (被考核单位, 单位名称, 乡镇(街道), 部门; areas: 县(市、区), 区县, 地区; the
 * villages or towns of a township's or county's monthly 考评: 村别, 村(居), 村(社区), 村名, 社区, 镇(街), 镇 — 南安 丰州, 码头;
 * schools, hospitals, firms by their bare kind: 学校 | 总分, 汉川 中考 综合评估; markets, scenic areas, hotels, firms, websites
 * and other places named with their kind, 农贸市场名称 | 经营地址 | 得分 — 坦洲 星级评比):
 */
export const UNIT_LIST_UNIT_HEADER = /^(被(考核|考评|评价|检查|测评)(单位|部门|乡镇|对象)|(考核|考评|评价|测评|参评)对象|(受评|被评|参评)(机关|单位|部门)|机关(名称)?|(考核|考评|评价|参评|责任)?单位(名称)?|乡镇(\(街道\)|街道|名称)?|镇街|镇\(街道\)|街道|部门(名称|\(单位\))?|(县直|市直|区直)?(部门|单位)|(街道|镇|企业|学校|医院|社区|村|村居|村\((居|社区)\)|居民小区|小区)名称?|((农贸|集贸|菜)?市场|景区|酒店|宾馆|饭店|公司|机构|网站|园区|商场|超市|卫生院|幼儿园)(名称)?|学校|医院|企业|镇\(街\)|乡镇\(街\)|(县|区|市)\([县市区、]{1,4}\)|县市区|区县|县区|市县|地区|区|县|市|(村|镇|乡|乡镇|街道|社区|单位|部门|县|区)别|村(\((居|社区)\)|居|社区)?|社区|镇|乡)$/;
/**
 * A ranking's places (value-rankings.ts: 排名 | 城市 | 环境空气质量综合指数): the cities, prefectures or provinces a measure
 * ranks, beside the units UNIT_LIST_UNIT_HEADER reads — 城市, 地市, 市(州), 市州, 市(区), 县(市、区), 区(县), 省份,
 * 省(区、市), 城市名称 (traditional forms by the compact text's conversion).
 */
export const RANKED_PLACE_HEADER = /^((参评|参加排名的?)?城市|地市|地级市|市州|市\(州\)|市\([县区州、]{1,4}\)|县\([市区、]{1,4}\)|区\([县市、]{1,4}\)|省份|省\([区市、自治区直辖]{1,8}\)|省区市|区域|地区|县\(市\)|市\(县\)|县市)(名称)?$/;
/** a line above a ranking or its head saying the highest comes first (由高到低, 降序, 越高越好): 1 for the highest */
export const HIGHER_BETTER = /越高越好|越多越好|越大越好|由高到低|从高到低|由多到少|从多到少|由大到小|从大到小|降序/;
/** a bare 名称 for the units (序号 | 名称 | 综合评分): a unit column only under a title naming the results (UNIT_LIST_RESULT_TITLE) */
export const UNIT_LIST_BARE_NAME = /^名称$/;
export const UNIT_LIST_RESULT_TITLE = /(评分|考核|考评|评价|测评|评比|评审|验收)结果|得分情况/;
/**
 * the score column: 得分 and its assessment's forms (考评成绩, 考核成绩, 综合成绩: 码头 名次 | 村(居) | … | 考评成绩; an inspection's, 暗访得分, 检查成绩);
 * any of them for a period (月度得分, 本月考核得分, 季度综合成绩), and a period's bare 成绩 (月度成绩, 季度成绩, 年度成绩: 衡阳 城管
 * 督查 单位 | 督查考核总扣分 | 月度成绩 — the month's result of the units; a bare 成绩 stays none)
 */
export const UNIT_LIST_SCORE_HEADER = /^(月度|本月|当月|季度|本季度?|半年度?|年度|本年度?|全年)?((考核|考评|评价|测评|综合|最终|最后|实际|自评|复核|核定|审核|检查|暗访|抽查|督查|巡查)?得分(\(\d{1,4}(\.\d+)?分?\))?|(考核|考评|评价|测评|综合|最终|检查|暗访|抽查|督查|巡查)成绩(\(分\))?|总得?分(\(\d{1,4}(\.\d+)?分?\))?|得分\((\d{1,4}(\.\d+)?分?|分)\)|考核分数?|考评分数?|分数|实得分|(考核|考评|评价|测评|综合|最终|复核|核定|审核)评分|综合指数(\(百分制\))?)$|^(月度|季度|半年度?|年度)成绩(\(分\))?$/;
/**
 * a part of the score with its share printed in the head (政务满意度指数(70%) | 经济指数(30%) beside 综合指数): already
 * weighted, a column the list does not read
 */
export const UNIT_LIST_PART_HEADER = /^[\u4e00-\u9fa5]{1,8}(指数|得分|评分)\((占|权重)?\d{1,2}%\)$/;
/**
 * a part's head without its share (系统考核得分 | 现场考核得分 | 履职考核得分 beside 总分) whose share stands on the header's
 * next line, under it ('(占40%)'): the same weighted part as 政务满意度指数(70%), its head written on two lines
 */
export const UNIT_LIST_PART_NAME = /^[\u4e00-\u9fa5]{1,8}(指数|得分|评分)$/;
export const UNIT_LIST_PART_SHARE = /^\((占|权重)?\d{1,2}%\)$/;
/**
 * a part of the score with its most points printed in the head (信息公开(30分) | 在线服务(25分) | 互动交流(10分) beside
 * 总得分(100分); 公众参与得分(7), 网站设计评分(4分)): a part of the total, a column the list does not read
 */
export const UNIT_LIST_PART_POINTS = /^[\u4e00-\u9fa5]{1,10}(得分|评分|分数)?\(\d{1,3}(\.\d+)?分?\)$/;
/** a grade or a rank (等次, 名次, 排序); the notes stating deductions (考核情况, 扣分情况); a 扣分 column; each line's base */
/**
 * Counts a unit took in and counts of what it did with them, as a handling list states them side by side (市长信箱 /
 * 12345 办理情况表: 办理单位 | 收到来信(件) | 按期回复(件); 受理 | 办结; 报送信息数 | 采纳数): the intake is the whole,
 * each outcome a part of it, however equal the two columns run (回复率100%: every line 12 | 12, the 合计 139 | 139).
 * Matched against a head's compact text with its bracketed unit ("(件)") dropped.
 * - INTAKE_COUNT_HEADER: what came in or was assigned — 收到…, 受理…, 交办…, 承办…, 派遣…, 转办…, 接收…, 报送…, 登记…; not
 *   who or what names the line (受理单位, 承办部门, 交办时间: a lookahead, no lookbehind).
 * - OUTCOME_COUNT_HEADER: what was done with it — 回复, 答复, 办结, 结案, 采纳, 采用, 反馈, 处理, 完成, 未办.
 */
export const INTAKE_COUNT_HEADER = /^(收到|受理|交办|承办|派遣|转办|接收|报送|登记)(?![\u4e00-\u9fa5]*(单位|部门|机构|县区|地区|名称|对象|人员|时间|日期|方式|渠道|情况)$)[\u4e00-\u9fa5]{0,8}$/;
export const OUTCOME_COUNT_HEADER = /回复|答复|办结|结案|采纳|采用|反馈|处理|完成|未办/;

/**
 * A scored handling list's words (unit-results.ts: 12345 / 市长信箱 / 政务服务 通报 of units' handling figures with a score
 * per unit — 序号 | 受理单位 | 交办总量 | 办结率 | 满意率 | … | 评分). Read only together, with the evidence of the values
 * (every rate within 0–100%, every count a whole number), never one alone:
 * - HANDLING_UNIT_HEADER: the unit that took the cases (受理单位, 承办单位, 办理部门, 交办单位, 责任单位).
 * - HANDLING_SCORE_HEADER: a bare 评分 (or 分值) for the unit's score, beside the forms UNIT_LIST_SCORE_HEADER reads.
 * - HANDLING_RATE_HEADER: a rate the unit is measured by (办结率, 满意率, 按时反馈率, 回访率(%)); a share (占比) or a weight
 *   is none.
 * - HANDLING_COUNT_HEADER: a count of cases or items (交办总量, 受理量, 件数, 知识库更新总数目, 办结数(件), or any head with a
 *   count's unit, 收到来信(件), 采用信息(篇)); no money
 *   (金额, 资金, 预算数, 执行数, 支出数) and no score (分数, 指数).
 */
export const HANDLING_UNIT_HEADER = /^(受理|承办|办理|交办|责任)(单位|部门)(名称)?$/;
export const HANDLING_SCORE_HEADER = /^(评分|分值)(\(分\))?$/;
export const HANDLING_RATE_HEADER = /^[\u4e00-\u9fa5]{1,10}率(\(%\)|%)?$/;
export const HANDLING_COUNT_HEADER = /^(?![\u4e00-\u9fa5]*(金额|资金|预算|决算|经费|执行|支出|拨付|收入|分数|指数))([\u4e00-\u9fa5]{1,10}(量|总数|数目|件数|条数|次数|数)(\((件|个|条|次|篇|份|项|人次)\))?|[\u4e00-\u9fa5]{1,10}\((件|个|条|次|篇|份|项|人次)\))$/;

export const UNIT_LIST_RANK_HEADER = /^((考核|考评|评价|评定)?(等级|等次|结果)|(\d{4}年度?)?(综合|总|本月|当月|本期|本季度?|本年度?|考核|考评|得分|成绩)?(名次|排名|位次|排序))$/;
export const UNIT_LIST_NOTE_HEADER = /^((考核|考评|评价|检查|完成|工作)(情况|说明|意见)(说明)?|扣分(情况|原因|说明|理由|事项)|主要问题|存在问题|情况说明|备注|备注栏|附注|说明)$/;
/**
 * A unit's name by its office word last (城管局, 教育委员会, 政务服务中心, 实验小学, 人民医院, 某某公司): with a place's name
 * (place-lines.ts) what the names of a ranking printed without its heads must be (ranked-lists.ts), not items or amounts.
 */
export const UNIT_NAME_END = /(局|厅|委|委员会|中心|政府|办公室|办事处|管委会|院|馆|站|所|队|会|部|处|科|社|校|小学|中学|大学|学院|幼儿园|公司|集团|单位|银行|窗口)$/;
/**
 * a 扣分 column (扣分, 扣减分, 扣分值, 扣分(分)), also named by the check it counts or its period and as a whole (督查考核总扣分,
 * 检查扣分, 月度扣分, 累计扣分, 扣分合计: 衡阳 城管 督查 单位 | 督查考核总扣分 | 月度成绩)
 */
export const UNIT_LIST_DEDUCT_HEADER = /^(扣分|扣减分|扣分值|扣分数|扣除分|扣分\(分\))$|^(督查|考核|考评|检查|暗访|抽查|巡查|测评|月度|本月|当月|季度|年度|累计){1,3}总?扣分(\(分\))?$|^总扣分(\(分\))?$|^扣分(合计|总计)$/;
export const UNIT_LIST_BASE_HEADER = /^(满分|基础分|基本分|标准分|基准分|满分值)$/;
/**
 * A column of remarks beside a result list's scores that the list does not read: what an inspection found, in words
 * (考评暗访存在问题, 本月各级暗访情况, 检查发现问题, 表现情况 — 南安 丰州, 码头), and the prize each place won (奖励金(元), 奖金):
 * what the results gave, not a part of them; and where the unit is, 经营地址, 所在地 (坦洲 农贸市场). (A head UNIT_LIST_NOTE_HEADER names, 考核情况 or 存在问题, is read for the
 * deductions its notes state.)
 */
export const UNIT_LIST_REMARK_HEADER = /^[\u4e00-\u9fa5]{0,8}(问题|情况|表现)$|^奖(励金?|金)(额|金额)?(\((万?元)\))?$|^[\u4e00-\u9fa5]{0,4}(地址|地点|所在地|住所)$/;

/** a weighted score's head (加权得分, 加权平均得分): a weighted evaluation's column (blocks.ts, weighted-totals.ts) */
export const WEIGHTED_SCORE_HEADER = /^加权.{0,4}(得分|分值|分数|分)$|^加权得分/;

/**
 * A line's (or column's) name that states a rate of change or a share, never an amount (2016年比2015年增减%, 增减率,
 * 增长率, 增、减幅度, 比上年增减(%), 同比%, 占比, 比重, 所占比例): no sum takes such a line as a part or a total. A weight
 * (权重(%)) is not one: weights add up. Unanchored (Grid.hasText / textMatches may search with it).
 */
export const CHANGE_OR_SHARE_NAME = /(增减|增、减|增长|增加|减少|下降|上升|变动|变化|升降)(率|幅度|百分比|\(?%)|同比\(?%|幅度|占比|比重|百分比|所占比例/;
/** A line's name that states a rate of change (2016年比2015年增减%, 增减率(%), 增长率, 增减幅度, 比上年增减%), no share. */
export const CHANGE_RATE_NAME = /(增减|增、减|增长|增加|减少|下降|上升|变动|变化|升降)(率|幅度|百分比|\(?%)|同比\(?%/;

/**
 * (grad50b) **A difference named by its two amounts' words**, and its rate (relations/stated-differences.ts): each entry the
 * word of the difference (节约 = 预算 − 实际/中标/成交, 审减 = 送审 − 审定, 结余 = 到位/收入 − 支出, 超支 = 实际 − 预算,
 * 超额 / 超规模配套 = 实际 − 应配套, 未分配 = 总额 − 已分配, 未支出 = 到位/下达 − 已支出), the words of its minuend and of its subtrahend (an amount is of one
 * side where its words match that side's and not the other's), and the rate's name (节约率, 资金节约率, 审减率, 结余率). Written in
 * simplified characters: the text is read as normalizeText gives it (繁體 simplified).
 */
export interface DifferencePair {
  /** the difference's word, in the words right before its amount */
  diff: RegExp;
  /** words a difference's amount never carries with its own (上年结余 is a source carried in, 比上年节约 a change) */
  notDiff?: RegExp;
  minuend: RegExp;
  subtrahend: RegExp;
  /** the rate's name: r% of the difference over the minuend (over the subtrahend where `rateOver` says: 超支率 is of the 预算) */
  rate: RegExp;
  rateOver?: "subtrahend";
  /** (prose52) the difference is read only stated after its two amounts (结转: before them, it is what was carried in) */
  diffLast?: true;
  /** (prose52) read in prose only, never on a table's heads */
  proseOnly?: true;
}
export const DIFFERENCE_PAIRS: readonly DifferencePair[] = [
  { diff: /节约|节支|节省/, minuend: /预算|控制价|招标价|最高限价|限价|概算|估算|计划/, subtrahend: /实际|中标|成交|合同|签约|决算|结算/, rate: /(?:节约|节支|节省|节资)率/ },
  { diff: /审减/, minuend: /送审|报审|申报/, subtrahend: /审定|核定|审核后|审后/, rate: /审减率/ },
  { diff: /结余|结存|剩余/, notDiff: /上年|年初|历年|以前年度|结转/, minuend: /到位|收入|筹集|募集|接收|接受|下达/, subtrahend: /支出|使用|执行/, rate: /结余率/ },
  { diff: /超支|超额|超规模|超计划/, minuend: /实际|决算/, subtrahend: /预算|计划|应配套|应到位|应拨付|应完成|任务/, rate: /超支率|超额率/, rateOver: "subtrahend" },
  { diff: /未分配/, minuend: /总额|合计|总计|共计|下达|到位/, subtrahend: /已分配/, rate: /未分配率/ },
  { diff: /未支出|未使用|未拨付|未执行/, minuend: /到位|下达|预算|安排|总额/, subtrahend: /已支出|已使用|已拨付|已执行|实际支出|累计支出/, rate: /未(?:支出|使用|拨付|执行)率/ },
  // (prose52) what is carried forward, after what was allotted and what was spent: '下达至我市直达资金8.56亿元,已支出7.61亿元,
  // 支出进度88.9%,结转0.95亿元' (0.95 = 8.56 − 7.61); before them, '结转' is what was carried in ('上年结转20万元,下达100万元')
  { diff: /结转/, notDiff: /上年|年初|历年|以前年度|结余/, minuend: /下达|到位|收到|安排|预算/, subtrahend: /支出|使用|执行/, rate: /结转率/, diffLast: true, proseOnly: true },
  // (prose52) an audit's money not yet rectified, after the money of the problems found and the money rectified: '问题资金
  // 251023.54万元,报告日已整改40项,整改到位资金215587.84万元,正在整改10项,未整改资金35435.70万元'
  { diff: /未整改|尚未整改/, minuend: /问题|查出|发现|涉及/, subtrahend: /整改/, rate: /未整改率/, diffLast: true, proseOnly: true },
];
/**
 * (grad51b) **The columns of a difference** (recognise/difference-columns.ts): the pairs above read on a table's heads (送审 |
 * 审定 | 审减 | 审减率, 预算 | 中标 | 节约 | 节约率, 到位 | 支出 | 结余 | 结余率), and the neutral change of a 决算 against its
 * 预算 (预算数 | 决算数 | 比较增减数 | 百分比增减(%), 预算 | 执行 | 差额), whose sign the sheet's own formula or its lines say
 * (`signed`: no word of the head says which amount is the larger). A difference's head is its word alone, with at most an
 * amount's ending (审减金额, 结余数, 差额, 比较增减数); never a change against another period (比上年增减: period-change.ts).
 */
export interface TableDifferencePair extends DifferencePair {
  signed?: true;
}
export const TABLE_DIFFERENCE_PAIRS: readonly TableDifferencePair[] = [
  // (a table's 结余 is also of its 预算 or 安排: 预算数(调整后) | 执行数 | 结余数; the lines say which where both are there)
  ...DIFFERENCE_PAIRS.filter((p) => !p.proseOnly).map((p) => ({
    ...p,
    diff: new RegExp(`^(?:${p.diff.source})(?:金额|资金|额|数|资金数|价值)?$`),
    ...(p.rate.source === "结余率" ? { minuend: /到位|收入|筹集|募集|接收|接受|下达|预算|安排|计划|批复/ } : {}),
  })),
  { diff: /^(?:比较)?(?:增减|增\(减\)|增加\(减少\)|增\(\+\)减\(-\)|差额|差异|超支\(节约\)|节超)(?:数|额|金额|数额)?$/, minuend: /决算|执行|实际|完成/, subtrahend: /预算|计划|批复/, rate: /^(?:百分比)?(?:增减|差额|差异|比较|超支|节约)?(?:率|幅度|百分比|比例|%)(?:增减)?$|^百分比增减$/, rateOver: "subtrahend", signed: true },
];
/**
 * (grad51b) A completion of the budget and an excess of the 决算 over it, stated in one sentence (relations/budget-excess.ts):
 * the completion 'R%' (完成年初预算100%, 为预算的98.5%, 占调整后预算的R%); the excess's words right before its amount
 * (决算数大于预算数, 决算数比预算数减少, 決算數低於預算數 simplified); the words of the amount spent it is of (支出, 决算, 执行).
 */
export const BUDGET_COMPLETION = /(?:完成|为|占)了?(?:年初|全年|年度|调整后)?预算(?:数)?的?(\d+(?:\.\d+)?)%/;
export const EXCESS_OVER_BUDGET = /决算数?(?:(?:大于|高于|超过|超出|多于|小于|低于|少于)(?:年初|全年|年度|调整后)?预算数?|(?:比|较)(?:年初|全年|年度|调整后)?预算数?(?:增加|减少|多|少)了?)$/;
export const SPENT_AMOUNT_LEAD = /支出|决算|执行|实际完成|使用/;
/**
 * (grad51b) A completion's gap to the time schedule (relations/schedule-gaps.ts): '超序时进度23.87个百分点', '低于序时进度1.53个百分点'
 * (the way, then the points), and the period whose months the 序时进度 is of: 1-6月(份), 1至10月, 截至7月底 (a day, 截至6月15日,
 * is no month's end), 前8个月, 上半年, 前三季度, 一季度.
 */
export const SCHEDULE_GAP = /(超过?|超出|高于|快于|领先|低于|慢于|落后于?|滞后于?)序时进度?(\d+(?:\.\d+)?)个?百分点/;
export const SCHEDULE_PERIOD = /(?:^|[^\d.])1[-—~至到](\d{1,2})月(?![\d.])|截[至止](?:\d{4}年)?(\d{1,2})月(?:底|末|份)?(?![\d.])|前(\d{1,2})个月|(上半年)|(前三季度)|(一季度|第一季度)/;
/**
 * (grad50b) The measures of money a whole named by joining its parts' words states ('资金和物资价值共支出', '资金及物资合计结余':
 * relations/joined-wholes.ts): each part is an amount of the same measure, stated before it.
 */
export const JOINED_WHOLE_MEASURE = /支出|结余|收入|筹集|募集|接收|接受|使用|拨付|下达|到位|发放/;

/**
 * (rep51, session 51) **The measure a share's own word names**, right before its 占比 / 比例 / 比重: '资金量占比54%',
 * '金额占比', '资金比例', '投资占比' state a money share (an amount over the amounts' whole), '个数占比', '项目数占比', '数量占比'
 * a count share. A share after a count is the count's only where its word names no money (stated-whole-shares.ts).
 */
export const MONEY_SHARE_WORD = /(?:资金量|资金额|资金|金额|经费|投资额?|预算额?|预算资金|支出额?|拨付额?|补助额?|补贴额?|款额)$/;
export const COUNT_SHARE_WORD = /(?:个数|项目数|项数|数量|户数|人数|家数|件数|次数|单位数|村数)$/;
/** an amount of money stated among a count's words ('1个,金额108万元,占比54%'): the share after it is the amount's unless its word names the count */
export const MONEY_AMOUNT = /\d(?:\.\d+)?(?:亿|万|千)?元/;
/**
 * (prose53) **A budget's balance written as running text** (final-accounts and budget-execution reports; recognise/
 * balance-totals.ts): '一般公共预算收入7.88亿元,…,上级补助收入24.55亿元,债务转贷收入7812万元,调入预算稳定调节基金7770万元,
 * 政府性基金调入6.38亿元,收入总量为40.37亿元。' The whole's words (收入总量, 支出总量, 总收入, 总支出) after its parts; each part's
 * own words name money that comes in or goes out (BALANCE_PART); a part whose words say a change, a share, a standard or a
 * breakdown (BALANCE_NOT_PART) is none, and its sentence is not read. Written in simplified characters (normalizeText).
 */
export const BALANCE_TOTAL = /(收入总量|支出总量|总收入|总支出)(?:预计)?(?:为|是|达到|达)?(\d+(?:\.\d+)?)(亿元|万元|元)/g;
/** the words of a balance's part: money that comes in or goes out */
export const BALANCE_PART = /收入|支出|结余|结转|资金|基金|补助|转贷|返还|调入|调出|上解|债券|拨款|经费/;
/** words no balance part carries: a change, a share, a standard, a breakdown, another period's figure, a plan */
export const BALANCE_NOT_PART = /增加|减少|增长|下降|比上年|同比|较上年|较|占|其中|包括|含|每|人均|标准|计划/;
/** the sign of a part taken away ('减上解市级支出49.4亿元'): subtracted (rel54: balance-totals.ts takenAway) */
export const BALANCE_MINUS = /^(?:减去?|扣除|扣减)(?!少)/;
/** the difference of the two wholes, right after the expenditure's: '收支总量相抵后,累计结余2.70亿元' */
export const BALANCE_REST = /^[。,;]?收支(?:总量)?相抵(?:后)?,?(?:累计|年终|当年|实现)?(?:结余|结转)(?:为)?(\d+(?:\.\d+)?)(亿元|万元|元)/;
/**
 * (dev54) Words after a total that open the list of its parts, as 其中 does: '共计123.22万元,其组成情况如下:一是…37.22万元,二是…'
 * (sentence-sums.ts). A source of a regular expression: alternatives, no groups.
 */
export const PARTS_OPENER_WORDS = "其中|其?(?:组成|构成)(?:情况)?如下|具体(?:情况)?如下|分别为|分别是|主要用于";
/**
 * (dev54) An enumerated clause of a sentence's list: '一是…', '二是…', '(一)…', '1.…', '①…'. Its own 共计 — '三是…经费共计4.5万元'
 * — is the part's word, no next total ending the list.
 */
export const ENUMERATED_CLAUSE = /^(?:[一二三四五六七八九十]{1,2}是|第[一二三四五六七八九十]{1,2}(?:是|,)|[(（][一二三四五六七八九十\d]{1,2}[)）]|\d{1,2}[.、．]|[①-⑳])/;

/**
 * (rels56) **An amount adjusted in a sentence** (relations/stated-adjustments.ts): an adjustment's word at its clause's start,
 * a time before it at most ('年中调减中央财政资金300万', '调减40万元', '年中追加50万元'); those of ADJUSTMENT_MORE add to the
 * plan, the others take from it. The plan's words before them (下达, 年初预算 …), the result's after them (调整后, 全年, 实际 …):
 * a stage of spending names a result only as the budget's own (SPENT_STAGE beside 预算: '全年预算执行数').
 */
export const ADJUSTMENT_LEAD = /^(?:年中|年底|年末|年内|后期|期间|其后|随后|后|再|又|另)?(调减|核减|收回|调出|追减|压减|追加|调增|调入)/;
export const ADJUSTMENT_MORE = /^(?:追加|调增|调入)$/;
export const ADJUSTED_PLAN = /下达|年初|预算|安排|批复|计划|核定|分配|合计|总额/;
export const ADJUSTED_RESULT = /调整后|变更后|调减后|调增后|追加后|全年|实际|最终|年末|年底/;
export const SPENT_STAGE = /支出|使用|拨付|执行|结余|结转|发放|到位|完成/;
