import type { SheetFeatures } from "../features";
import { MARKER_LINE } from "../vocabulary";

/**
 * The words that are evidence of a sheet family, wherever they stand in the sheet (block labels, row
 * labels, header cells). Matched against the compact (simplified, NFKC, no whitespace) text of the sheet,
 * one line per row with cells joined by "|" (SheetFeatures.body). Each list counts each pattern once.
 */

/**
 * Blocks only a project's self-evaluation has (RULEBOOK §2; Hunan 财政支出项目绩效评价自评报告: 一、项目基本概况
 * with funds by government level and 结余, 二、项目支出明细情况 with 会计凭证号; the 转移支付区域(项目)绩效目标自评表:
 * 资金投入情况, 资金管理情况, 总体目标完成情况).
 */
export const PROJECT_SELF_EVAL_BLOCKS: RegExp[] = [
  /项目基本概况|项目基本情况|项目基本信息/,
  /项目支出明细/,
  /会计凭证号|凭证号/,
  /资金投入情况/,
  /资金管理情况/,
  /总体目标完成情况|年度总体目标完成情况/,
  // the 2011 national 项目绩效评价报告 form: its cover's 考评类型 / 考评方式 and its 三、项目考评情况; the 财政支出绩效
  // 评价报告 cover (财预〔2011〕285号): 评价类型 (实施过程评价 / 完成结果评价), then who organised and who evaluated
  /(考评|评价)类型|考评方式|项目考评情况/,
  /组织方式.{0,4}(财政部门|主管部门)|评价机构.{0,4}(中介机构|专家组)/,
  /实际到位|到位资金|资金到位/,
  /实际支出|支出数/,
  /结余/,
  // the national 转移支付(项目)绩效目标自评表's identity rows
  /转移支付(\(项目\))?名称/,
  /中央主管部门/,
  /地方主管部门/,
  /资金使用单位/,
  // how the money was managed once spent (Hunan 项目绩效自评报告表's 实施情况: 是否实行招投标 / 国库集中支付 / 合同管理制)
  /是否实[行施](政府采购|招投标|国库集中支付|合同管理|工程代理|工程监理)/,
];

/** A project named with the units that run it: the identity lines of a project's form (项目名称, 项目支出名称, 政策(项目)名称). */
export const PROJECT_IDENTITY = /项目(支出)?名称|政策\(项目\)名称/;
export const PROJECT_UNITS = /主管部门|实施单位|项目单位|预算单位/;

/**
 * Words that say the sheet reports what was done (execution, completion), which a declaration never does
 * (上年结余收入 is a source of the money a declaration asks for, not a balance; a 结余…率 is a target's measure, and
 * 结转结余 a kind of fund: "结转结余资金减少率为100%").
 */
export const EXECUTION_WORDS = /全年执行数|执行数\(B\)|(?:^|[^算])执行率|实际完成|完成值|(?:^|^年|[^年转]|[^上]年)结余(?!收入)(?![^|\n]{0,6}率)|偏差原因|未完成原因|自评/;

/**
 * A label of money actually received or spent with its amount in the next cell ("执行数: | 82.65", "实际到位资金(万元) |
 * 398.88", "全年执行资金 | 40"): a sheet that states what was executed (a declaration asks for money, a scoring system
 * states none).
 */
export const EXECUTED_AMOUNT = /(^|\|)(全年|实际)?(执行数|执行资金|到位资金|使用情况|使用资金|支出数)(\((万元|元)\))?:?\|[0-9]/m;

/** An evaluation report's cover naming a self-evaluation as its way ("评价方式:部门(单位)绩效自评"). */
export const SELF_EVAL_COVER = /(^|\|)(评价|考评)方式:?[^|\n]{0,12}自评/m;

/** A title naming a department's self-evaluation (部门整体支出绩效自评表, 部门整体支出绩效评价自评报告). */
export const DEPT_SELF_EVAL_TITLE = /(部门整体|整体支出)[^|]{0,12}自评/;
/**
 * A line of the sheet's body (SheetFeatures.body: a row's cells joined by "|") that is one heading naming an accounts
 * statement of a department's 决算 / 预算 package (收入支出决算总表, 财政拨款收入支出决算表, 一般公共预算财政拨款基本支出
 * 预算表): a statement of money by account, no evaluation. (A contents line, 1 | 收入支出决算总表 | 公开01表, is none.)
 */
export const ACCOUNTS_STATEMENT_LINE = /^[^|\n]{2,40}(决算|预算)总?表\|$/m;
/** A title that names a project's self-evaluation (项目绩效自评表, 项目支出绩效自评报告, 项目自评表 without 绩效). */
export const PROJECT_SELF_EVAL_TITLE = /项目(支出)?(绩效)?自评表|项目.{0,30}自评报告|(转移支付|项目).{0,30}绩效目标自评表/;

/**
 * A report's numbered section heading that presents its targets ("(二)绩效目标情况", "三、绩效目标", "2.项目绩效目标表"):
 * the line right above a table, the table is the targets the report states, whatever the report's own title.
 */
export const TARGET_SECTION_HEADING = /^[(（]?[一二三四五六七八九十\d]{1,3}[)）、.．]?(项目|年度|项目年度|整体)?绩效目标(情况|设定情况|表)?$/;

/**
 * An evaluation report's cover fields, each at the start of a cell ("评价类型:实施过程评价□完成结果评价", "考评方式",
 * "评价方式:部门(单位)绩效自评"): the report of what was done, never a declaration of targets.
 */
export const EVALUATION_COVER = /(^|\|)(考评|评价)(类型|方式)/m;

/** A title that names a declaration of targets (申报表, 目标表, 审批表, 审核表). */
export const DECLARATION_TITLE = /目标表|申报表|目标申报|审批表|审核表|批复表|目标批复/;
/**
 * A form named as one to fill or send (hdr51): a document's name in 《》 ("填报《转移支付区域绩效目标表》"), or what follows
 * 填报 / 填写 / 报送 / 上报 on its line ("请于8月7日前报送区域绩效目标表"). A notice naming the form it asks for is not that form:
 * such a name is no title of the sheet (namesDeclaration).
 */
const FORM_REFERENCE = /《[^》|\n]*》|(填报|填写|报送|上报)[^|\n]*/g;
/** The text (a title, a heading) names a declaration of targets as its own form: DECLARATION_TITLE outside a FORM_REFERENCE. */
export function namesDeclaration(text: string): boolean {
  if (!DECLARATION_TITLE.test(text)) return false;
  return DECLARATION_TITLE.test(text.replace(FORM_REFERENCE, ""));
}

/**
 * Blocks of a department's self-evaluation report (Hunan 部门整体支出绩效评价自评报告: 一、部门(单位)基本概况
 * with 人员编制 / 实有人数, 职能职责概述, 年度主要工作内容, 总体运行情况).
 */
export const DEPT_SELF_EVAL_BLOCKS: RegExp[] = [
  /部门(\(单位\))?(基本)?概况|单位基本概况|部门(\(单位\))?基本情况/,
  /人员编制|实有人数|编制人数/,
  /职能职责概述|主要职能/,
  /年度主要工作|总体运行情况|主要工作内容/,
  // a department form's head and fund blocks (桂平, 平山, 昌宁 自评表/自评报告)
  /部门(\(单位\))?名称|部门(\(单位\))?主要负责人/,
  /部门总体目标|部门职责|部门整体绩效目标/,
  /收支概况|年度决算报表支出明细|预算执行情况|工作整体完成情况/,
];

/** A title that says "self-evaluation" or "evaluation report". */
export const SELF_EVAL_TITLE = /自评|评价报告|评价表/;

/**
 * A stated score and a stated grade on one line: "评价分值:92.5分 评价等级:良", "自评得分|96|自评等级|优"
 * (an evaluation summary, 概要表).
 */
export const SCORE_AND_GRADE_LINE =
  /(评价|自评|综合|复核|评审|考评)(分值|得分|总分|分数)[:：|]*\d+(\.\d+)?分?[^\n]{0,16}?(评价|自评|综合|复核|评审|考评)?(等级|结论|结果)[:：|]*(优秀?|良好?|中等?|合格|不合格|差|较差|一般|[ABCD](?![A-Za-z]))/;

/** The same statement as a score label and a grade label over their values ("综合得分 | 评价等级" over "97.5 | 优"). */
export const SCORE_AND_GRADE_BELOW =
  /(^|\|)(评价|自评|综合|复核|评审|考评)(分值|得分|总分|分数)\|([^\n]*\|)?(评价|自评|综合|复核|评审|考评)?(等级|结论)\|\n\d+(\.\d+)?分?\|([^\n]*\|)?(优秀?|良好?|中等?|合格|不合格|差|较差|一般|[ABCD])\|/m;

/** Evidence of a third-party or self evaluation summary beside its score and grade. */
export const SUMMARY_WORDS: RegExp[] = [
  /抽查/,
  /评价机构|第三方|评价组织|评价方式|评价对象|评价范围|评价工作组/,
  /自评分值|自评等级/,
  /评价分值|评价等级/,
  /主要(绩效|成效|问题)|存在的?问题|意见建议|整改/,
];

/** A summary's title: 概要表, 评价报告概要, 评价结果汇总. */
/**
 * The header line of a list of evaluation results, one project (or one 评价准则) per row: its name, then its score
 * and grade side by side ("项目名称 | … | 自评分数 | 自评等级", "评价得分 | 评价结果", "评价准则 | 权重 | … | 加权平均得分 | 绩效等级"), or the grade
 * alone ("项目名称 | 发行金额 | 评价结果"; grad54: the grade named its 档次 / 等次, "序号 | 单位 | 项目 | 评价档次" under a results 通报).
 */
export const RESULT_LIST_HEADER =
  /(^|\|)(项目名称|项目|评价准则|评价维度|准则)(\|[^\n]*)?\|([^|\n]{0,4}(得分|分数|分值)\|([^|\n]{0,4}等级|自评结果|评价结果)|评价结果|评价等级|绩效等级|绩效评价等级|(?:绩效)?评价(?:档次|等次)|绩效(?:档次|等次))(\||$)/m;
/**
 * fam56: the same line with its columns printed in another order: the grade before the score ("项目名称 | … | 自评等级 |
 * 自评分数"), or the grade before the project's name ("序号 | 单位 | 评价档次 | 项目").
 */
export const RESULT_LIST_HEADER_REORDERED =
  /(^|\|)(项目名称|项目|评价准则|评价维度|准则)(\|[^\n]*)?\|[^|\n]{0,4}等级\|[^|\n]{0,4}(得分|分数|分值)(\||$)|(^|\|)(评价结果|评价等级|绩效等级|绩效评价等级|(?:绩效)?评价(?:档次|等次)|绩效(?:档次|等次))(\|[^\n]*)?\|(项目名称|项目)(\||$)/m;

export const SUMMARY_TITLE = /概要表|概要|摘要|(评价|自评)结果(汇总|概况|表)|(评价|自评|考核|考评)结果(反馈|通知|告知)(表|书|单)|(评价|自评)情况(简表|汇总)|结果汇总表/;

/** Fields of a target declaration (RULEBOOK §4.1): the project's identity, its period, the money asked for, its goals. */
export const DECLARATION_BLOCKS: RegExp[] = [
  /资金申请|申请总额|申报/,
  // a department's declaration: its money by source and use this year, and what it is for
  // (or blocks opening their lines: 年度收入(万元) | 收入合计 …, 年度支出 | 支出合计 …)
  /(部门)?总体资金情况|收入构成|支出构成|年度预算收支情况|按(收入|支出)性质分|(^|\n)年度(部门)?(收入|支出)(预算)?(\((万元|元)\))?\|/,
  /(部门|单位)职能概述|职能职责概述/,
  // a department's main tasks for the year it asks money for (任务名称 | 主要内容), not their completion (年度主要任务完成情况)
  // (or its tasks under another label, 部门职责 | 任务名称 | 主要内容 | 资金: what each is for, nothing of their completion
  // on the line; one field with 年度主要任务, the same block)
  /年度主要任务(?!完成)|^(?![^\n]*(完成|执行|实际))[^\n]*(^|\|)任务名称\|主要内容\|/m,
  // (年度(绩效)总目标 counts where it is split into an 产出 line and an 效益 line: a declaration's goals block)
  /实施期(绩效)?目标|中长期目标|年度目标|年度绩效目标|当年绩效目标|整体绩效目标|年度(绩效)?总目标\|产出(指标)?\|.*\n(.*\n){0,3}?(.*\|)?效益(指标)?\|/,
  /计划开始|计划完成|项目期限|实施期限|起止(时间|年限)|项目周期|开始日期|结束日期/,
  // why the project is set up (重庆 项目支出绩效目标表)
  /立项依据|项目概况/,
  /主管部门|实施单位|项目属性|项目性质|项目类别/,
  // the money asked for by source, on one line (资金来源(万元) | 财政拨款 | 非税安排 | 上年结转 | 政府债券 | 其他)
  /(^|\n)资金来源(\((万元|元)\))?\|财政(拨款|资金)\|[^\n]*(非税|结转|债券|自筹|其他)/,
  // the approval it goes to (财政部门审核意见 under a 申报表)
  /(财政部门|主管部门|财政)审核意见/,
];

/**
 * A declaration's act of declaring, a field at the start of a cell: the money asked for (项目资金申请(万元), 本年度申请资金,
 * 申请金额, 申请总额) or the unit that declares (申报单位:…, 申报部门). A self-evaluation's head states money given and spent.
 */
export const DECLARING_FIELD = /(^|\|)(申报(单位|部门)|[^|\n]{0,8}资金申请|[^|\n]{0,8}申请(资金|金额|总额|数))/m;

/**
 * The head of a target form (陕西 绩效目标表: 项目名称, 区级主管部门, 资金金额 with 年度资金总额 / 其中:中央补助 / 地方资金,
 * 年度总体目标), the lines above its indicator table: under a declaration's title, the form even where it is cut before
 * its indicators. Each pattern counts once.
 */
export const TARGET_FORM_HEAD: RegExp[] = [
  // (a transfer payment's form, 专项转移支付绩效目标表, names its 专项 where a project's names the project)
  /(^|\|)(项目|专项)名称(\||$)/m,
  // the department in any prefix form: 主管部门, 区级主管部门, 省级主管部门, 项目主管部门; its name field written out
  // (主管部门(单位)名称及部门预算编码)
  /(^|\|)[^|\n]{0,4}主管部门(\(单位\))?(名称(及[^|\n]{1,10})?)?(\||$)/m,
  // the money block: 资金金额 / 资金总额 / 年度资金总额 / 项目资金, a line of its own (a colon after it: "资金总额:")
  /(^|\|)(资金金额|年度资金总额|资金总额|项目资金)(\((万元|元)\))?[:：]?(\||$)/m,
  /(^|\|)(年度(总体|绩效)?目标|总体目标)(\||$)/m,
];

/**
 * The 一级 dimensions of a results indicator table (RULEBOOK §1.1: 产出 / 效益 / 满意度) and a completion
 * column's words, found as rows even where the table's header is not read.
 */
export const RESULT_DIMENSIONS = /产出指标/;
export const EFFECT_DIMENSIONS = /效益指标|满意度指标/;
export const COMPLETION_WORDS = /实际完成值|完成值|实际完成情况|全年实际值|实际值/;

/**
 * The first blocks of a department's 基础数据表 (财政供养人员情况 with its 编制数 | 实际在职人数 | 控制率, then 经费控制情况):
 * a sheet whose first line is one of them opens with that table, its title left out (a table pasted into a new sheet).
 */
const BASIC_DATA_OPENING = /^(财政供养人员|经费控制情况|人员控制情况)/;

/**
 * A title naming only a unit and a year ("某县农业农村局2023年度", "(2023年度)", "某县财政局2022年"): it names no form.
 */
export const UNIT_YEAR_LINE = /^[(（]?([^|\n]{0,30}(局|厅|委|委员会|中心|政府|办公室|院|馆|站|所|队|会|部|处|科|社|校|公司|单位))?(19|20)\d{2}年度?[)）]?$/;

/**
 * A line of one field and its value in one cell ("填报单位:某县农业农村局 单位:万元", "报告日期:2023年5月10日"): the form's
 * preamble, not its title nor its table.
 */
export const FIELD_LINE = /^[^|:\n]{2,10}:[^|\n]*$/;

/**
 * (famx55) A line of fields only, one or more cells each a field and its value ("联系人:张三 | 联系电话:0731-84561234",
 * a cover's or a preamble's line; its cells joined by "|", a closing "|" or not): the form's preamble, as FIELD_LINE's one.
 */
export function fieldsLine(line: string): boolean {
  const cells = lineCells(line);
  return cells.length > 0 && cells.every((x) => FIELD_LINE.test(x));
}

/** The filled cells of a compact body's line (cells joined by "|"). */
export const lineCells = (line: string): string[] => line.split("|").filter((x) => x);

/**
 * (famx55) A line of a table in the compact body: two cells or more, and no line of fields opening on a short label
 * (项目名称 | …, 主管部门 | …, 实施单位 | … over a report's paragraphs; a signature's 填表人: | 张三 | 审核人: | 李四, 联系电话: | …).
 */
export const tableLine = (line: string): boolean => lineCells(line).length >= 2 && !FIELDS_OPENING.test(line);
const FIELDS_OPENING = /^[^|]{0,8}(:|名称|部门|单位|负责人|联系人|电话|日期|时间)\|/;

/**
 * A form's identity line above its table, a label and its value in two cells ("部门(单位)名称 | 某县农业农村局", "主管部门 |
 * 某县人民政府", "单位负责人 | 张三"): the form's preamble, not its first block.
 */
const IDENTITY_LINE = /^[^|\n]{0,8}(名称|主管部门|负责人|联系人|联系电话|填报人)\|[^|\n]+$/;

/**
 * The sheet's first line (of its compact body; preamble field lines, identity lines, an attachment's number and the money
 * unit aside) is a basic-data table's first block.
 */
export function opensWithBasicData(body: string): boolean {
  // (the lines read from the top until the first that counts, not the whole body split into lines: asked by two
  // families of every sheet)
  let first = "";
  for (let at = 0; at <= body.length; ) {
    const end = body.indexOf("\n", at);
    const l = end < 0 ? body.slice(at) : body.slice(at, end);
    if (l && !fieldsLine(l) && !IDENTITY_LINE.test(l.slice(0, -1)) && !MARKER_LINE.test(l.replace(/\|$/, ""))) {
      first = l;
      break;
    }
    if (end < 0) break;
    at = end + 1;
  }
  return BASIC_DATA_OPENING.test(first);
}

/**
 * A department's whole funds without the title: split into 基本支出 and 项目支出, or its own labels (部门预算执行情况,
 * 部门联系人, 部门整体), and no project named.
 */
export function departmentFunds(body: string): boolean {
  return (departmentFundsTable(body) || DEPARTMENT_PHRASE.test(body)) && !/项目名称/.test(body);
}
export const departmentFundsTable = (body: string) => /基本支出/.test(body) && /项目支出/.test(body);
/** A department's own words in a line of the body (部门预算执行, 部门联系人, 部门整体…). */
const DEPARTMENT_PHRASE = /部门(预算执行|联系人|整体)/;

/**
 * (grad49a) A title naming a department's whole spending evaluated: 部门整体支出 (DEPT_SELF_EVAL_TITLE's), or the department's
 * budget (its 决算) evaluated as a whole, no project between ('…2024年度部门预算执行情况绩效自评整改报告', '部门决算绩效评价';
 * not '评价方式:部门(单位)绩效自评', a cover's way of evaluating a project, nor a notice's '关于开展…部门预算绩效自评工作的通知';
 * not '部门预算项目支出绩效自评表', '部门决算中项目绩效评价报告').
 */
export const DEPT_WHOLE_TITLE = /(?:部门|单位)(?:\(单位\))?整体|整体支出|部门(?:预算|决算)(?:执行)?(?:情况)?绩效(?:自评|评价)(?![^|]{0,12}(?:通知|通报|公告|函|意见))/;
/** A project's (a fund's, a policy's) evaluation named: '…护理费项目支出绩效自评的报告', '…资金绩效评价报告', '支出绩效自评报告'. */
// (支出绩效自评 with no whole named before it: '某县农业农村局2023年度支出绩效自评的报告'; '部门整体支出绩效…' is DEPT_WHOLE_TITLE's)
const PROJECT_EVALUATION = /(?:项目|专项|资金|转移支付|政策)[^|]{0,30}?(?:绩效)?(?:自评|评价)|支出绩效(?:自评|评价)/;
/** A sentence, not a title's cell (features' PROSE). */
const TITLE_SENTENCE = /[。;,]|^.{61,}$/;

/**
 * (grad49a) One of the title's cells (SheetFeatures.title: the sheet's name and its title lines, a broken title joined
 * among them) names a project's evaluation and no department's whole spending: the title names the family.
 */
export function titleNamesProjectEvaluation(title: string): boolean {
  for (const cell of title.split("|")) {
    if (cell && !TITLE_SENTENCE.test(cell) && PROJECT_EVALUATION.test(cell) && !DEPT_WHOLE_TITLE.test(cell)) return true;
  }
  return false;
}


/**
 * The national framework's dimensions (产出 / 效益 / 满意度, 数量 / 质量 / 时效 / 成本 指标): the lines of a target table, a
 * self-evaluation or a monitoring form, whatever their header (evidence-fallback.ts, target-declaration.ts).
 */
export const FRAMEWORK_WORDS: RegExp[] = [/产出指标/, /效益指标/, /满意度指标|满意度/, /数量指标/, /质量指标/, /时效指标/, /成本指标/];
/** How many of the framework's dimensions the text names. */
export const frameworkDimensions = (body: string): number => {
  let n = 0;
  for (const re of FRAMEWORK_WORDS) if (re.test(body)) n++;
  return n;
};

/**
 * A department's own management indicators (the 部门整体 framework's 管理 / 履职 lines, fam47): the 三公 expenses, its public
 * funds, its staffing, the disclosure of its budget and accounts, its budget's drafting, its carry-over, its procurement
 * and its assets — what a department's whole spending is held to and a project's is not (a project names one or two of
 * them, 结转结余 and 政府采购 beside its budget; a department's table four and more).
 */
const DEPARTMENT_INDICATORS: RegExp[] = [
  /三公经费/,
  /公用经费/,
  /财政供养人员|在职人员控制|人员控制率|编制控制/,
  /预决算信息公开|预决算公开/,
  /部门预算/,
  /结转结余|结余结转/,
  /政府采购/,
  /资产管理/,
  /预算编制|预算编审/,
];
/** Four of a department's management indicators named (DEPARTMENT_INDICATORS): its whole spending's table. */
export const departmentIndicators = (body: string): boolean => {
  let n = 0;
  for (const re of DEPARTMENT_INDICATORS) if (re.test(body) && ++n >= 4) return true;
  return false;
};

/**
 * The header words of an assessment rule sheet (考核评分 / 测评指标 / 评分细则: 项目 | 指标 | 分值/权重 | 评分细则 | 测评方法 |
 * 考核对象 | 指标认定部门), by kind: the rule in words, how it is checked, what is assessed, who is assessed or who
 * assesses, and points deducted or added. Collected from the development rule sheets (real/, extra/, corpus/): 评分标准,
 * 评分细则, 测评标准, 考核标准, 考评说明, 考核要求, 计分标准, 评价准则, 评估细则 | 测评方法, 考核办法, 评价方法说明 | 考核内容,
 * 考核项目, 考评内容, 评定项目, 考核类别, 重点考核事项 | 考核对象, 负责考核单位, 指标认定部门, 牵头部门, 配合部门, 督查情况 |
 * 扣分, 加分, 加/减分; 赋分办法 / 赋分方法 (浙江's 考绩法: the points assigned). Matched against each header cell's compact text (wrap spaces removed: '测评 方法').
 */
export const RULE_SHEET_HEADER: { kind: "rule" | "method" | "subject" | "party" | "adjust"; words: RegExp }[] = [
  { kind: "rule", words: /(?:评分|测评|考核|考评|计分|评价|评定|评估|创建|打分|赋分)(?:档级)?(?:标准|细则|准则|要求|说明|依据)/ },
  { kind: "method", words: /(?:测评|考核|考评|评价|检查|评分|评估|计分|赋分)(?:要点及)?(?:方法|办法|方式)/ },
  { kind: "subject", words: /(?:考核|考评|测评|评定)(?:评价)?(?:内容|项目|类别|事项)/ },
  { kind: "party", words: /(?:考核|考评|测评)对象|(?:负责)?(?:考核|考评)单位|认定(?:部门|单位)|牵头(?:部门|单位)|配合(?:部门|单位)|责任(?:部门|单位)|督查情况/ },
  // (not a self-evaluation's 扣分原因 / 扣分说明: the reason for points lost, beside a score)
  { kind: "adjust", words: /(?:扣分|加分|加\/?减分)(?!原因|说明|理由)/ },
];

/** A title naming an assessment's scoring sheet: 考核细则, 考核评分表, 考核自评得分. */
export const ASSESSMENT_SHEET = /考核[^|]{0,6}(细则|自评得分|评分表)/;

/**
 * A title naming an assessment's or an evaluation's rules (考核细则, 考核评价评分标准, 考评指标, 测评指标, 目标管理考核指标,
 * 绩效考核指标及权重, 考核评价指标体系): the sheet states the items, their points and how they are scored — a scoring
 * system, whoever assesses whom. (Not 考核评分表 / 考核自评得分: an assessment's tally is titled so too.)
 */
export const RULE_SHEET_TITLE = /(考核|考评|测评|评分|评价|评估)[^|]{0,8}(细则|标准|指标|权重|体系)/;

/**
 * A rule in words as its cell states it (扣2分, 得5分, 计1分, 加0.5分, 扣完为止, 不得分): a column of such cells under a
 * header that does not name it (考核办法, 扣分, 备注) is the rule sheet's rule column all the same.
 */
export const RULE_TEXT = /[扣得计加减]\d+(?:\.\d+)?分|扣完为止|扣完即止|不得分/;

/**
 * The text read for the assessment's title words: the title, where its rows are the table's own (a table opening the
 * sheet, its title left out) only if the header names an assessment (考核内容, 考评得分): otherwise the words of the
 * table's first lines (a rubric's "…按年初预算基础信息表考核") are an indicator's text, not the form's name.
 */
export function assessmentTitle(f: SheetFeatures): string {
  if (f.title === f.heading || !f.header) return f.title;
  const h = f.header;
  for (let r = h.firstHeaderRow; r <= h.headerRow; r++) for (let c = 1; c <= f.grid.scanCols; c++) if (ASSESSMENT_HEADER.test(f.grid.compactText(r, c))) return f.title;
  return f.heading;
}
/** A header cell naming what an assessment assesses or its points (考核内容, 考核项目, 考评得分). */
const ASSESSMENT_HEADER = /考核|考评/;

/**
 * A progress report's title (monitoring.ts): a title cell naming a progress form (实施进度表, 月报进度表, 进展情况表, 进度月报表)
 * — the year's work reported while it goes on. A page heading naming the work's progress with no form (“…”1-11月工作进度)
 * is none.
 */
export const PROGRESS_FORM_TITLE = /(进度|进展)(情况)?(月报)?表$/;
/** A period so far in a title line (1—11月, 1-9月, 截至2016年9月30日, 截至9月底): the report's date inside the year. */
export const SO_FAR_PERIOD = /(^|[^\d])1[-—~至]\d{1,2}月|截至(\d{4}年)?\d{1,2}月(\d{1,2}日|底|末)?/;
/**
 * A head naming 序时进度 (未达到序时进度说明, 是否达到序时进度, 序时进度(%)): progress measured against the share of the
 * year gone by, which only an in-year monitoring reports.
 */
export const TIME_PROGRESS_HEAD = /(^|[|\n])[^|\n]{0,6}序时进度[^|\n]{0,6}(\||\n|$)/;
/** The column asking for a reason where a line falls behind 序时进度 (未达到序时进度说明, 未达序时进度原因, 滞后原因说明). */
export const TIME_PROGRESS_REASON_HEAD = /^(未达到?|未完成|低于|滞后于?)序时进度(的)?(情况)?(说明|原因|原因说明|情况说明)$/;
/** A column of rates a line's progress is measured by (资金拨付比例, 支出进度, 执行率, 完成比例, 拨付率). */
export const PROGRESS_RATE_HEAD = /(比例|率|进度)(\(%\))?$/;

/** A line opening with a section code (一、 (一) 1、 1. (1)) — a document's numbered head (document-text.ts, results-sections.ts). */
export const CODED_LINE = /^(?:[一二三四五六七八九十]{1,3}[、.．]|\([一二三四五六七八九十]{1,3}\)|\d{1,2}[、.．](?!\d)|\(\d{1,2}\))/;
/** (fam57) A coded head's words after its code (compact): up to its sentence's first mark, 24 characters at most. */
export const CODED_HEAD_WORDS = /^[^|。;,:]{2,24}/;
/** (rep48) A notice's or a circular's own sentences ('现将有关事项通知如下', '特此通报', '请于…前报送'), a news item's byline. */
export const NOT_REPORT_BODY = /(?:通知|通报|通告)如下|特此(?:通知|通报|函告)|请于[^。|\n]{0,30}报送|记者|本报讯|通讯员/;
/** (grad52) a monitoring's words of the year as it goes (report-statement.ts, results-sections.ts) */
export const MONITORING_WORDS = /(?:^|[^\d])1[-—~至](?:[1-9]|1[01])月|截[至止](?:\d{4}年)?(?:[1-9]|1[01])月|上半年|前三季度|偏差|纠偏|监控|序时进度|全年预计|预计全年/;
