import type { Grid } from "../../grid/grid";

/**
 * (dev48a) A progress bulletin: the year's work reported while it goes on, in sentences — a government's notice of its
 * 重点项目 / 民生实事 against the year's plan ('全县重点项目50个,…年度投资计划17.68亿元,1-5月完成投资4.28亿元,完成率24.25%';
 * '其余27项中,截至9月底已完成19项。…15个农村幸福院建设已完成8个(53%)…,完成率200%'). No form head and no 监控 title: what
 * makes it a monitoring is the pairing of a plan (or a target count) with what is done so far, stated again and again.
 *
 * The evidence, over the sheet's own texts (whole, not the 80 characters features keep of each cell):
 * - a period inside the year (SO_FAR: 1-5月, 截至9月底, 9月份, 上半年, 前三季度; never 1-12月 nor 12月底: a year's end);
 * - progress clauses, PROGRESS_CLAUSES of them at least, of three kinds: a plan's amount followed in its clause by what is done
 *   (年度投资计划X,1-5月完成投资Y), a completion rate (完成率r, 完成年度计划的r, 开工率r), a count done of its target with its
 *   share (已完成8个(53%)).
 * Never where the sheet evaluates (自评, 绩效评价, 评价得分, 综合评分: a self-evaluation also pairs plan and done, over
 * the whole year) nor where the money is a budget's execution (完成预算的, 预算执行: a budget-execution notice, unknown).
 *
 * (grad49a) Two more shapes of the same class:
 * - the works' state counted by status with each count's share of a stated whole ('省实事11件15项中有9项指标提前完成,占比60%;
 *   3项进展较快,占比27%;3项进度偏慢,占比20%': STATUS_SHARE) — a fourth kind of progress clause; an evaluation's grades counted
 *   with their shares ('优秀3项,占比20%') name no progress status and are not one;
 * - the period run to the year's end or to the day of writing (1-12月份, 截至12月底, 截止目前: YEAR_SO_FAR) where the text says
 *   it reports progress (进展 / 进度: '截止目前,全县重点工程进展顺利,1-12月份,完成投资77.57亿元,投资完成率122.6%'), and is no
 *   year's summary (工作总结, 年度总结, 工作报告, 回顾). A rectification's progress (整改) is no bulletin of the year's works.
 */
const SO_FAR = /(?:^|[^\d])1[-—~至](?:[1-9]|1[01])月|截[至止](?:\d{4}年)?(?:[1-9]|1[01])月(?:底|末|\d{1,2}日)?|(?:^|[^\d])(?:[1-9]|1[01])月份|上半年|前三季度|一季度|二季度|三季度/;
/** a plan's amount, then what is done of it so far, in one clause (no stop between) */
// (grad53: what is done a count of works started or built, '计划新开工项目270项,实际已开工129项')
const PLAN_THEN_DONE = /(?:年度|全年)?(?:投资)?(?:计划|目标|任务)(?:投资|完成)?[^。;]{0,6}?\d+(?:\.\d+)?(?:亿元|万元|元|个|项)[^。;]{0,16}?(?:完成|累计|已(?:开工|建成|竣工|完工))(?:投资)?[^。;]{0,4}?\d/g;
/** a completion rate, or a count done of its target with its share */
// (fam49: the done amount's share of the year's plan, '完成投资343.19亿元,占年度投资计划的44.51%', '均已完成全年计划投资的40%以上')
// (mon50: the plan named by two words, '完成年度目标任务的80%', '完成投资351亿元,占年度目标任务90.1%'; 开复工率)
// (fam51: the works' other stages, '完工率90.67%', '验收率91%'; the share's base written in brackets after its name,
// '累计完成投资691.77亿元,为年度投资目标(1237.6亿元)的55.98%', and the half-year's plan, '为上半年投资目标(610亿元)的113.39%')
// (grad52: the target's issuer and its qualifier between, '占厅年度力争目标(606.5亿元)的137.9%': TARGET_OF)
// (grad53: the done amount's growth between it and its share, '累计完成投资313.64亿元,较去年同期增长153.34亿元,同比增长95.66%,
// 为年度投资计划的30.90%': the share of the year's plan opening its own clause, its 的 written)
// (dev53: the money put in, '投入資金828.7億元,佔年度計劃的95.3%' — done money where it is a share of the year's plan, never the plan's
// own 计划投入; the start rate with 复 in brackets, '開(復)工率90.6%')
// (grad54: the target's amount between its name and its share, '泄放生态水2.84亿立方米,完成年度目标任务1.34亿立方米的212%'; the
// plan named by itself where each item of a completion list states its share of it, '新增7069张公办养老床位,为计划的101%', 占计划的)
// (famp55: the year's plan of works started or finished, '全年新开工85项,完成年度开工计划的83.3%', '完成年度竣工计划的87.5%'; rates
// listed for several, '投资完成率分别为107.1%、102.1%和97.1%': the first counted)
const DONE_RATE = /(?:完成率|开(?:复|\(复\))?工率|竣工率|完工率|验收率|完成(?:年度|全年)(?:投资|新?开工|竣工|投产)?(?:计划|目标|任务){1,2}(?:投资)?(?:\d+(?:\.\d+)?[^\d。;,、()的]{1,5})?的?|,[占为](?:年度|全年|上半年|半年)(?:投资|建设)?(?:计划|目标|任务){1,2}(?:投资)?的|,[占为]年?计划的|(?:完成|累计|(?:^|[^划])投入)[^。;]{0,16}?,[占为](?:[厅局委办省市县区]{1,2})?(?:年度|全年|上半年|半年)(?:力争|投资|建设)*(?:计划|目标|任务){1,2}(?:投资)?(?:\([^()。;]{1,12}\))?的?)(?:分别)?(?:为|达|达到)?\d+(?:\.\d+)?%|已(?:完成|建成|开工|竣工|送|实施)[^。;,()]{0,6}?\d+[个项条场件人名户所座处家](?:\(\d+(?:\.\d+)?%\))/g;
/** (grad49a) a count of works by their progress status, with its share ('9项指标提前完成,占比60%', '3项进度偏慢,占比20%') */
// (or the status first: '已开工16个,占80%')
const STATUS_SHARE = /(?:\d+[个项件条](?:指标|任务|项目|工程)?[^。;,]{0,4}?(?:提前完成|已完成|完成|建成|竣工|开工|进展|进度|滞后)[^。;,]{0,6}?|(?:已|提前)(?:完成|建成|竣工|开工)[^。;,\d]{0,4}\d+[个项件条]),?(?:占比|占|比例为?)\d+(?:\.\d+)?%/g;
/**
 * (grad52) **The parts' shares of their year's targets, stated together**: '干线公路570.2亿元、农村公路197亿元、其他专项69亿元,
 * 分别占厅年度力争目标(470亿元、106.5亿元、30亿元)的121.3%185%230%', '…16801.8公里,分别占厅年度目标(1700公里、11400公里)的
 * 138.6%147.4%' — each share a progress clause (a part done against its target), the shares run together as a page served
 * them (their separators lost) or listed ('121.3%、185%、230%'). The target named by the year (年度 / 全年 / 上半年), its issuer
 * (厅, 局 …) and its qualifier (力争) before it allowed, its amounts in brackets or not.
 */
const PART_SHARES = /\d(?:亿元|万元|元|公里|千米|个|项|件|座|所|户|人|亩)?,分别[占为](?:[厅局委办省市县区]{1,2})?(?:年度|全年|上半年|半年)(?:力争|投资|建设)*(?:计划|目标|任务){1,2}(?:投资)?(?:\([^()。;]{1,48}\))?的?(?:为|达|达到)?\d+(?:\.\d+)?%(?:[、,和及]?\d+(?:\.\d+)?%)*/;
/**
 * (grad53) **Progress measured against the share of the year gone by**: '为年度投资计划的30.90%,超过时间进度5.90个百分点', '高于序时
 * 进度3个百分点', '落后序时进度' — what is done set against where the year stands, which only a report of the year as it goes
 * states: a progress clause of its own.
 */
const AGAINST_TIME = /(?:超过|高于|低于|快于|慢于|落后于?|超出|领先)(?:序时|时间)进度/g;
/** (PART_SHARES, global: each clause counted) */
const PART_SHARES_ALL = new RegExp(PART_SHARES.source, "g");
/** (grad49a) the period run to the year's end or to the day of writing: a bulletin's where its text says it reports progress */
// (grad52: the year's end with its 月 lost, '截至12底', as a page served it)
const YEAR_SO_FAR = /(?:^|[^\d])1[-—~至]12月|截[至止](?:\d{4}年)?12(?:月(?:底|末|31日)?|底|末)|截[至止](?:目前|今)/;
/**
 * (grad52) …or where it measures what is done to date (累计) against the year's targets, part by part (PART_SHARES): '截至12
 * 底,全省普通公路累计完成投资836.2亿元,占厅年度力争目标(606.5亿元)的137.9%,其中…分别占厅年度力争目标(…)的121.3%185%230%'
 */
const TO_DATE = /累计/;
/**
 * (dev53) …or where it reports the whole year's completion against the year's plan, '全年完成投资2781.9亿元,占年度投资计划的101.4%'
 * (a year-end report of the works, monitoring as the corpus calls them: no period inside the year), and is no year's summary
 */
const YEAR_COMPLETION = /(?:全年|本年)(?:累计)?完成[^。;,]{0,8}?投资\d+(?:\.\d+)?(?:亿元|万元|元),[占为](?:年度|全年)(?:投资)?(?:计划|目标|任务){1,2}(?:投资)?的?\d+(?:\.\d+)?%/;
/** (grad49a) the text says it reports the works' progress */
const PROGRESS_WORDS = /进展|进度/;
/**
 * (grad54) …or it reports what is done against the plan: a share of the year's target or of the plan (完成年度目标任务…的,
 * 为计划的), or the target exceeded (超额完成) — '截至目前,…27项为民办实事项目已全部完成,22个项目超额完成' over a list of items each
 * '为计划的101%'; '均超额完成年度目标任务…截至目前,12座水库蓄水2.79亿立方米'
 */
// (famp55: the investment's completion rate against the year's plan stated beside it, '当年计划投资19亿元。1-12月份完成投资28.78亿元,
// 投资完成率151.47%')
const AGAINST_PLAN = /完成(?:年度|全年)(?:投资)?(?:计划|目标|任务)|[占为]年?计划的\d|超额完成|投资完成率/;
/**
 * (grad54) what is done to date, in money, '截至3月底,141项重点项目累计完成投资93.6亿元', '49个项目复工,累计完成投资56.2亿元': a
 * key-projects bulletin's own clause where it gives no share of the year's plan (counted only under a period inside the year)
 */
const DONE_TO_DATE = /累计完成(?:建设)?投资\d+(?:\.\d+)?(?:亿元|万元|元)/g;
/** (grad49a) a year's summary: its year-end figures are no bulletin's */
// ('认真做好总结', an instruction in a bulletin, is none)
const SUMMARY_WORDS = /(?:工作|年度|全年)总结|总结报告|工作报告|回顾/;
/** words of an evaluation or of a budget's execution: not a progress bulletin */
// (a bare 得分 is none: a form's 说明 line, '各项得分不得超过该项分值', printed under any sheet)
// (grad49a: nor a rectification's progress, 整改)
const NOT_BULLETIN = /自评|绩效评价|评价得分|综合评分|综合得分|评分结果|完成预算的|预算执行|整改/;
/** clauses needed */
const PROGRESS_CLAUSES = 3;
/** a text cell shorter than this is no sentence of a bulletin */
const MIN_SENTENCE = 20;
/** the gate: a sheet with none of these words is passed over with no cell read */
// (grad49a: 竣工率, and a status counted with its share: 占比, 已开工 / 已建成 / 进度 / 进展 … 占N%)
// (dev53: 开复工率, 开(复)工率 with 复 in brackets)
// (grad54: a list's items each 为计划的 r% / 占计划的 r%)
const GATE = /完成率|开(?:复|\(复\))?工率|竣工率|完工率|验收率|已完成|已开工|已建成|完成投资|完成年度|占比|进度|进展|[占为]年?计划的/;

const memo = new WeakMap<Grid, boolean>();

export function progressBulletin(grid: Grid): boolean {
  let v = memo.get(grid);
  if (v === undefined) memo.set(grid, (v = readBulletin(grid)));
  return v;
}

function readBulletin(grid: Grid): boolean {
  if (!grid.hasText(GATE) || grid.hasText(NOT_BULLETIN)) return false;
  if (!grid.hasText(SO_FAR) && !(((grid.hasText(YEAR_SO_FAR) && (grid.hasText(PROGRESS_WORDS) || grid.hasText(AGAINST_PLAN) || (grid.hasText(TO_DATE) && grid.hasText(PART_SHARES)))) || grid.hasText(YEAR_COMPLETION)) && !grid.hasText(SUMMARY_WORDS))) return false;
  const { start, cols } = grid.textCells();
  let n = 0;
  for (let r = 1; r <= grid.rowCount && n < PROGRESS_CLAUSES; r++) {
    for (let k = start[r]; k < start[r + 1]; k++) {
      const t = grid.compactText(r, cols[k]);
      if (t.length < MIN_SENTENCE) continue;
      n += count(PLAN_THEN_DONE, t) + count(DONE_RATE, t) + count(STATUS_SHARE, t) + countShares(t) + count(AGAINST_TIME, t) + count(DONE_TO_DATE, t);
    }
  }
  return n >= PROGRESS_CLAUSES;
}

/** (grad52) the parts' shares stated together (PART_SHARES): one clause a share */
function countShares(text: string): number {
  if (text.indexOf("分别") < 0) return 0;
  PART_SHARES_ALL.lastIndex = 0;
  let n = 0;
  for (let m = PART_SHARES_ALL.exec(text); m; m = PART_SHARES_ALL.exec(text)) n += m[0].split("%").length - 1;
  return n;
}

function count(re: RegExp, text: string): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(text)) n++;
  return n;
}

/**
 * (fam49) A budget-execution progress notice (预算执行进度通报): a unit tells its 课题 / 项目 heads (or a 财政局 its units) how
 * far the year's budget is spent so far, in sentences, often with no title line kept ('现将2016年1-7月预算执行情况通报如下:',
 * '截至7月底,全所累计支出16873万元,完成预算(含结余)的56.47%,支出进度低于序时进度1.53个百分点', '52个课题预算执行率高于全所平均
 * 预算执行率,其中50个课题实际预算执行率超过序时进度'). A monitoring of the year as it goes — progressBulletin's class with the
 * budget's words: a period inside the year (SO_FAR) and EXECUTION_CLAUSES of three kinds at least (what is spent so far,
 * its share of the budget, a measure against 序时进度 or the average rate). Not where the sheet evaluates (自评, 绩效评价 …),
 * nor a rectification; a news item on funds allocated that says once what is spent ('已累计支出7418.66万元,支出进度达54%':
 * two clauses) is no notice of the execution.
 */
const EXECUTION_GATE = /序时进度|支出进度|执行进度|预算执行率|完成预算/;
/** what is spent so far, its share of the budget, or a measure against the time's progress or the average rate */
const EXECUTION_CLAUSE = /累计(?:支出|执行|拨付)(?:资金)?[^。;,]{0,6}?\d+(?:\.\d+)?(?:亿元|万元|元)|完成(?:全年|年度)?预算(?:\([^)]{0,6}\))?的?\d+(?:\.\d+)?%|(?:支出进度|执行进度|预算执行率)(?:为|达|达到|是)?\d+(?:\.\d+)?%|(?:高于|低于|超过|快于|慢于|落后于?|超)(?:全[^。;,]{0,4}?)?(?:序时进度|平均(?:预算)?执行率|平均(?:支出|执行)进度)/g;
/** evaluation's or rectification's words: no progress notice */
const NOT_EXECUTION_NOTICE = /自评|绩效评价|评价得分|综合评分|综合得分|评分结果|整改/;
/** clauses needed */
const EXECUTION_CLAUSES = 3;

const executionMemo = new WeakMap<Grid, boolean>();

export function executionNotice(grid: Grid): boolean {
  let v = executionMemo.get(grid);
  if (v === undefined) executionMemo.set(grid, (v = readExecutionNotice(grid)));
  return v;
}

function readExecutionNotice(grid: Grid): boolean {
  if (!grid.hasText(EXECUTION_GATE) || !grid.hasText(SO_FAR) || grid.hasText(NOT_EXECUTION_NOTICE)) return false;
  const { start, cols } = grid.textCells();
  let n = 0;
  for (let r = 1; r <= grid.rowCount && n < EXECUTION_CLAUSES; r++) {
    for (let k = start[r]; k < start[r + 1]; k++) {
      const t = grid.compactText(r, cols[k]);
      if (t.length < MIN_SENTENCE) continue;
      n += count(EXECUTION_CLAUSE, t);
    }
  }
  return n >= EXECUTION_CLAUSES;
}
