import type { Grid } from "../grid/grid";
import { cellKey, KEY_COLS } from "../grid/a1";
import type { EvaluationModel, GradeRelation, GroupNode, Relation, SumRelation } from "../model/types";
import { budgetRelations, findLabelledFundSums } from "../recognise/budget";
import { fundHeadColumns } from "../recognise/fund-head-columns";
import { fundBreakdownSides } from "../recognise/fund-breakdown-sides";
import { wholeAndYearRelations } from "../recognise/fund-whole-year";
import { scoreRateRelations } from "./score-rates";
import { indicatorCompletionRates } from "./indicator-completion-rates";
import { basicDataRelations, basicDataRows } from "../recognise/basic-data";
import { scanAmountBlocks } from "../recognise/blocks";
import { differenceColumns } from "../recognise/difference-columns";
import { sentenceSums } from "../recognise/sentence-sums";
import { withProseRates } from "../recognise/prose-rates";
import { planShareRelations } from "../recognise/plan-shares";
import { partRates } from "../recognise/part-rates";
import { countedLists, countPartitionSums, restatedTotals, totalsAfterParts } from "../recognise/prose-counts";
import { unitStandardCosts } from "../recognise/unit-standard-costs";
import { levelCountSums } from "../recognise/level-counts";
import { perUnitProducts } from "../recognise/per-unit-products";
import { doubledStatementTotals } from "../recognise/doubled-statement-total";
import { shortfallCountSums } from "../recognise/prose-shortfall-counts";
import { statusCountSums } from "../recognise/status-counts";
import { partShareRelations } from "../recognise/prose-part-shares";
import { printedRatios } from "../recognise/printed-ratios";
import { textShares } from "../recognise/text-shares";
import { statedWholeShares } from "./stated-whole-shares";
import { namedAmountRates } from "./named-amount-rates";
import { periodCountSums } from "../recognise/period-count-parts";
import { listChanges } from "./list-changes";
import { inlineChanges } from "./inline-changes";
import { proseGrowths } from "./prose-growth";
import { pairedChanges } from "./paired-changes";
import { moneyPartShares } from "../recognise/money-part-shares";
import { populationRates } from "../recognise/population-rates";
import { statedDifferences } from "./stated-differences";
import { statedAdjustments } from "./stated-adjustments";
import { namedBaseChanges } from "./named-base-changes";
import { budgetExcesses } from "./budget-excess";
import { scheduleGaps } from "./schedule-gaps";
import { joinedWholes } from "./joined-wholes";
import { ratesThenChanges } from "./rate-then-change";
import { namedItemRates } from "./named-item-rates";
import { summedWholeShares } from "./summed-whole-shares";
import { listedShares } from "./listed-shares";
import { budgetCompletions } from "./budget-completions";
import { spentAndUnspentRates, unreadSums } from "./spent-and-unspent-rates";
import { breakdownShares } from "../recognise/breakdown-shares";
import { textRates } from "../recognise/text-rates";
import { taskCompletionRates } from "../recognise/task-completion-rates";
import { handlingListRatios } from "../recognise/handling-lists";
import { handlingListTotals } from "../recognise/handling-list-totals";
import { sampleRatios } from "../recognise/sample-ratios";
import { progressTableRatios } from "../recognise/progress-table";
import { shareRatios } from "../recognise/share-ratios";
import { labelledRates } from "../recognise/labelled-rates";
import { rowRates } from "../recognise/row-rates";
import { groupedShares } from "../recognise/grouped-shares";
import { productRelations } from "../recognise/product-columns";
import { ratePointsRelations } from "../recognise/rate-points";
import { perItemPointsRelations } from "../recognise/per-item-points";
import { markerFormulaRelations } from "../recognise/marker-formulas";
import { qualifiedWholes, wholeBesideParts } from "../recognise/whole-and-parts";
import { cumulativeBounds } from "../recognise/cumulative";
import { completionNotes } from "../recognise/completion-notes";
import { columnTotals, mergedAmountSums, mergedRollups } from "./merged";
import { treeRelations } from "./tree";
import { levelWeightTotals } from "./level-totals";
import { outsideRows } from "./outside-the-whole";
import { withoutCodeColumns } from "../recognise/code-columns";
import { withoutSignedBounds } from "./signed-columns";
import { termCellKey } from "./terms";
import { itemLabelRelations } from "./item-label";
import { parallelWeightRelations } from "../recognise/parallel-weights";
import { parallelScoreRelations } from "../recognise/parallel-scores";
import { deductionRelations } from "../recognise/deduction-column";
import { handlingRateRelations, rankRelations, unitResultList, unitResultRelations } from "../recognise/unit-results";
import { subsetTotalRelations } from "../recognise/subset-totals";
import { valueRankingRelations } from "../recognise/value-rankings";
import { partsResultsRelations } from "../recognise/parts-results";
import { weightedTotals } from "../recognise/weighted-totals";
import { resultPartsRelations } from "../recognise/result-parts";
import { writtenResultRelations } from "../recognise/written-results";
import { continuedPageBounds } from "./continued-page";
import { sentenceBreakdownSums } from "../recognise/sentence-breakdowns";
import { totalAfterPartsSums } from "../recognise/totals-after-parts";
import { announcedPartSums } from "../recognise/announced-parts";
import { numberedRowPartSums } from "../recognise/numbered-row-parts";
import { laterAllocationSums } from "../recognise/later-allocation-lists";
import { outlineAmountSums } from "../recognise/outline-amounts";
import { threePublicExpenseSums } from "../recognise/three-public-expenses";
import { changedPartSums } from "../recognise/changed-parts";
import { namedWholeShares } from "./named-whole-shares";
import { aspectRowSums } from "../recognise/aspect-rows";
import { aspectSentenceSums } from "../recognise/aspect-sentences";
import { balanceTotals } from "../recognise/balance-totals";
import { gradeCountBounds } from "../recognise/grade-counts";
import { costTotalTargets } from "../recognise/cost-total-targets";
import { indicatorPartSums } from "../recognise/indicator-parts";

export { treeGroups, relativeWeights } from "./tree";
export * from "./tolerance";
export { brokenOutcome, evaluateRelation, plainlyHolds } from "./evaluate";
export type { RelationOutcome } from "./evaluate";

/** The cell a relation states (its total, result or stated ratio). */
export function statedCell(r: Relation): string {
  switch (r.kind) {
    case "sum":
    case "rollup":
    case "weighted":
      return r.total.cell;
    case "difference":
    case "product":
      return r.result.cell;
    case "ratio":
      return r.stated.cell;
    case "grade":
      return r.grade.cell;
    case "rank":
      return r.ranking.shared ? r.total.cell : r.rank.cell;
  }
}

/**
 * cellKey(statedCell(r)) (grid/a1.ts): the stated cell of a relation as a number where its address is in a1()'s form,
 * a term of an indicator's own cell read from its row and column (no address made), else -1.
 */
function statedCellKey(r: Relation): number {
  switch (r.kind) {
    case "sum":
    case "rollup":
    case "weighted":
      return termCellKey(r.total);
    case "difference":
    case "product":
      return termCellKey(r.result);
    case "ratio":
      return termCellKey(r.stated);
    case "grade":
      return cellKey(r.grade.cell);
    case "rank":
      return termCellKey(r.ranking.shared ? r.total : r.rank);
  }
}

/**
 * The readers run after the prose rates, in this order, each seeing what the earlier ones read (a reader adds nothing over a
 * whole already read at its cell).
 */
const AFTER_RATES: ((grid: Grid, read: Relation[]) => Relation[])[] = [
  // (rep51) a project's rate against the amount its name is given elsewhere ('老年人福利项目1个,金额108万元' … '老年人福利项目:
  // …支出102万元,资金执行率96.23%'; '金额102万元,占老年人福利类项目资金的96.23%'): named-amount-rates.ts, several per cell,
  // after the merge as the plan's shares, none where a ratio of that cell already states the same value
  namedAmountRates,
  // (prose51) a sentence's figure and the list breaking it down kind by kind — parts carrying shares, rates or counts of
  // their own, a second 其中 list of one cell, a per-item list in brackets (sentence-breakdowns.ts): after the merge, several per
  // cell, none over a whole already read at its cell
  sentenceBreakdownSums,
  // (rel55) a whole, the words announcing its parts ('…9378万元。具体是:A3005万元;…', '…共计432.35万元。具体发放情况如下:' over
  // the rows under it) and the parts (announced-parts.ts): after the merge as the breakdowns, none over a whole already read at its cell
  announcedPartSums,
  // (rel59) a whole closing its row with 其中 and its parts opening the numbered rows under it ('…运行费1116.14万元。其中:' over
  // '1、公务用车购置费34.71万元,…'): numbered-row-parts.ts, none over a whole already read at its cell
  numberedRowPartSums,
  // (rel60b) a notice's outline of amounts: a line's total (共计…, …如下:) over the numbered lines under it, or 以上共计 after
  // them (outline-amounts.ts), none over a whole already read at its cell
  outlineAmountSums,
  // (rel60b) the 三公经费 over its three items named by the vocabulary that defines it, with changes and counts between them
  // (three-public-expenses.ts), none over a whole already read at its cell
  threePublicExpenseSums,
  // (rel61b) a whole in one sentence and its parts in the next under 其中, each part carrying its own change or share
  // ('…收入累计完成61646万元,…同比增长10.7%。其中税务部门完成28684万元,…同比增长33.2%;财政部门完成32962万元,…'): changed-parts.ts,
  // none over a whole already read at its cell
  changedPartSums,
  // (rel61b) a part's share of a whole the share names, the whole stated in an earlier sentence of the cell ('…一般公共预算收入
  // 完成151亿元,…。其中:税收收入完成95.1亿元,…,占一般公共预算收入的63%'): named-whole-shares.ts, none where a ratio of that
  // cell already states the same value
  namedWholeShares,
  // (dev57b) a fund's whole in one paragraph and its allocation list, with no whole of its own, in a later one ('…专项资金63.2万元。'
  // … '<name>资金安排是:A5万元,…。'): later-allocation-lists.ts, none over a whole already read at its cell
  laterAllocationSums,
  // (rels56) a total after its parts ('…375万元,省级…376万元,共计751万元', '…。以上两笔资金共计6132万元'): totals-after-parts.ts,
  // after the merge as the breakdowns, none over a whole already read at its cell
  totalAfterPartsSums,
];

/**
 * Every relation the sheet's labels state, in every block: the indicator tree's rollups, the budget block,
 * labelled fund lists, the basic-data table and any other amount block the generic scanner finds. A stated
 * cell belongs to one relation of a kind: the first source that names it wins (the budget block before the
 * generic scan, which would see the same rows).
 */
export function sheetRelations(grid: Grid, model: EvaluationModel): Relation[] {
  // (the tree's list is the one the others are pushed into: on a 40,000-row sheet it holds a relation per parent of
  // sub-items, no copy of it made)
  const outside = model.family !== "unknown" ? outsideRows(grid, model) : new Set<number>();
  const found: Relation[] = model.family !== "unknown" ? treeRelations(model, outside, grid) : [];
  if (model.family !== "unknown") {
    pushAll(found, scoreRateRelations(grid, model));
    // (rate52) a 完成率 column beside 年度指标值 and 实际完成值: each line's actual over its target (indicator-completion-rates.ts)
    pushAll(found, indicatorCompletionRates(grid, model));
    // an item stating its points in its own label and again in its 分值 cell ("聘用情况(5分)" | 5分)
    pushAll(found, itemLabelRelations(grid, model));
    // (tab58) an indicator's figure over its 其中 lines (实施营造林总面积 80000 over 其中:新造林 30000, …): indicator-parts.ts
    pushAll(found, indicatorPartSums(model));
    // a further weight column beside the model's own (one per assessment): its sum against its own total
    pushAll(found, parallelWeightRelations(grid, model));
    // (prec55) the 总分 line's whole under a group-weight column: that level's groups, read from the tree (level-totals.ts)
    pushAll(found, levelWeightTotals(grid, model));
    // a further score column beside the model's own (one per stage of review): its sum against its own total
    pushAll(found, parallelScoreRelations(grid, model, outside));
    // a rule sheet's 扣分 column: each line's 得分 is its 分值 less it
    pushAll(found, deductionRelations(grid, model));
    // a per-unit result list: each unit's 得分 against its base less the deductions stated beside it
    // and its rank column against the scores it ranks (总分 | 排名)
    if (model.family === "evaluation-summary") {
      pushAll(found, unitResultRelations(grid));
      // each unit's score against its items' results written out in a cell of its line ('1.… 得分=…=0.48 2.… 得0.5分')
      pushAll(found, writtenResultRelations(grid));
      pushAll(found, rankRelations(grid));
      // a scored handling list's rates against the counts printed beside them (办结率 = 办结数 ÷ 交办总量)
      pushAll(found, handlingRateRelations(grid));
      // each line's total against the plain sum of its parts, and the parts' most points against the total's (总得分(100分) | 信息公开(30分) | …)
      const parts = resultPartsRelations(grid);
      pushAll(found, parts);
      // (or, where none of its lines was read so, the total against the subset of its score columns the lines bear out)
      if (!parts.some((r) => r.kind === "sum") && !found.some((r) => r.kind === "sum" && r.block === "result-list")) pushAll(found, subsetTotalRelations(grid, unitResultList(grid)));
      // a ranking of places by a measured value, no result list's: its ranks against the values, in the direction said
      // or the one the ranks follow (value-rankings.ts)
      if (!unitResultList(grid)) pushAll(found, valueRankingRelations(grid));
      // a results table by parts: each line's total against the base the page states plus its parts (parts-results.ts)
      if (!unitResultList(grid)) pushAll(found, partsResultsRelations(grid));
    }
    if (model.grade && model.totals?.score) {
      const g: GradeRelation = {
        kind: "grade",
        id: `grade:${model.grade.cell}`,
        measure: "score",
        block: "indicator-table",
        label: "等级",
        grade: model.grade,
        total: model.totals.score,
        source: model.grade.row === model.totals.row ? "total-row" : "grade-row",
        bound: "equal",
      };
      found.push(g);
    }
    if (model.budget) found.push(...budgetRelations(model.budget));
    if (model.family === "dept-basic-data") found.push(...basicDataRelations(grid));
    else {
      // a 基础数据表 block on a sheet of another family (the 基础数据表 and the 自评表 on one page): its own rows
      const rows = basicDataRows(grid);
      if (rows) found.push(...basicDataRelations(grid, rows));
      found.push(...findLabelledFundSums(grid, model.headerLastRow ? model.headerLastRow - 1 : grid.rowCount));
      // (tgt52) a target form's fund head beyond its 其中 lines and its label | amount pairs (blocks.ts pairSums): its parts
      // in columns, side by side under 按…分 headings (fund-head-columns.ts, fund-breakdown-sides.ts)
      if (model.family === "target-declaration") found.push(...targetFundHead(grid, model.headerLastRow ? model.headerLastRow - 1 : grid.rowCount));
      // fund lines written inside the indicator table (a 记录 column: 年度预算资金总额, then 其中:中央补助 / 市级资金…)
      const c = model.columns;
      const points = [c.weight, c.score, c.level1Weight, c.level2Weight, c.level1Score, c.level2Score].filter((x): x is number => x !== undefined);
      if (model.headerLastRow) found.push(...findLabelledFundSums(grid, grid.rowCount, model.headerLastRow + 1, points));
    }
  } else {
    // a sheet of no known family: the fund total and 其中 parts its labels state still relate
    const rows = basicDataRows(grid);
    if (rows) found.push(...basicDataRelations(grid, rows));
    found.push(...findLabelledFundSums(grid, grid.rowCount));
  }
  // an indicator table read by its merges and its closing row: groups and columns the tree does not state
  // (a 得分 column at every level); the tree's own relations come first and keep their cells
  // (not over a group label's points printed again at a page break: the group's, its rollup the tree's)
  const restated = restatedCells(model.groups);
  const merged = mergedRollups(grid, model.headerRepeats);
  pushAll(found, restated ? merged.filter((r) => !restated.has(r.total.cell)) : merged);
  // subtotals merged down their rows in an amount column (each county's 合计 over its towns)
  pushAll(found, mergedAmountSums(grid));
  // a closing row's total an earlier source already states would be dropped below: not built at all (the keys
  // are gathered when a closing row first asks, most sheets have none)
  let stated: ((cell: string) => boolean) | null = null;
  const known = found.length;
  found.push(...columnTotals(grid, (cell) => (stated === null ? (stated = statedRollups(found, known)) : stated)(cell), model.headerRepeats));
  // the generic block scan: everywhere but inside the indicator table (its 分值/得分 rollups come from the tree)
  // (a table with no points column, 目标任务 | 进度 | 完成目标(%), has no rollups: its lines are read as any block's)
  const first = model.headerLastRow ?? 0;
  const lastIndicator = model.indicators.length ? model.indicators[model.indicators.length - 1].row : first;
  const cols = model.columns;
  const pointed = [cols.weight, cols.score, cols.level1Weight, cols.level2Weight, cols.level1Score, cols.level2Score].some((x) => x !== undefined);
  const skipIndicators = model.headerLastRow !== null && pointed ? { first, last: lastIndicator } : null;
  found.push(...scanAmountBlocks(grid, skipIndicators));
  // (tab58) a target form's whole-cost line (项目总成本 ≤1125万元) against its fund total (资金总额 1125): cost-total-targets.ts
  pushAll(found, costTotalTargets(grid, model, found));
  // (tgt52) a target form's whole amount against its year's budget, knowing which amounts are already totals of parts
  // (fund-whole-year.ts)
  if (model.family === "target-declaration") found.push(...wholeAndYearRelations(grid, 1, model.headerLastRow ? model.headerLastRow - 1 : grid.rowCount, sumTotals(found)));
  // (grad51b) the columns of a difference and its rate (送审 | 审定 | 审减 | 审减率, 预算数 | 决算数 | 比较增减数): difference-columns.ts
  pushAll(found, differenceColumns(grid, skipIndicators));
  // amounts in a sentence ("共申请预算资金2026400元，其中…400000元，…"); a ratio whose formula a header prints; a
  // share beside its two counts (资金抽查占比); an execution rate beside its 预算数: / 执行数: pairs on one line; a
  // sample check's rate in a sentence ("抽查20户，合格19户，合格率95%"); counts listed in a sentence with their shares of
  // the list's whole ("住房保障43件(30.2%);物业服务17件(12.3%);…", the one furthest off); an execution rate's line under
  // its 预算数 / 执行数 lines, the years across (row-rates.ts)
  // (grad48a: a count before the names it counts, a total stated again over a list's K parts, a total after its parts: prose-counts.ts)
  const sentences = sentenceSums(grid);
  found.push(...sentences, ...countedLists(grid), ...restatedTotals(grid, sentences), ...totalsAfterParts(grid), ...countPartitionSums(grid));
  // (dev56) a count costed at a per-unit standard in its sentence ('合计共132697卷,…按照规定每卷2元的标准测算,…资金21.44万元'): unit-standard-costs.ts
  pushAll(found, unitStandardCosts(grid));
  // (rel60a) a count of units over its parts by consecutive levels ('共管辖全国2868个…单位,包括一级预算单位1个,二级预算单位50个,
  // …三级预算单位718个,四级预算单位2098个'): level-counts.ts
  pushAll(found, levelCountSums(grid));
  // (rel60a) a per-unit rate, then a count of that unit and its result ('每亩补助200元,5750亩共计补助115万元'): per-unit-products.ts
  pushAll(found, perUnitProducts(grid));
  // (dev56) a 决算 explanation's 收、支总计 that is its 本年收入合计 and 本年支出合计 added: doubled-statement-total.ts
  pushAll(found, doubledStatementTotals(grid));
  // (rel54) a count of things falling short over the ways they fall short ('有12个项目推进不理想,有2个…未恢复建设,9个…缓慢')
  pushAll(found, shortfallCountSums(grid));
  // (rel57) a count of things over the same things by state ('发现问题82个,…已整改问题38个,…正在整改问题21个,移送问题13个'): status-counts.ts
  pushAll(found, statusCountSums(grid));
  // (rep51) a count's whole over its parts named by time ('实施项目共15个,…年初…8个项目,…年中增加8个项目'): period-count-parts.ts
  pushAll(found, periodCountSums(grid));
  // (prose53) a budget's balance in running text, its whole after its parts ('…,收入总量为40.37亿元'): balance-totals.ts
  pushAll(found, balanceTotals(grid));
  // (prose53) counts of a whole by grade ('21个地级以上市中,19个…"优秀",2个…"良好"'), bounded by it: grade-counts.ts
  pushAll(found, gradeCountBounds(grid));
  found.push(...printedRatios(grid), ...shareRatios(grid), ...labelledRates(grid), ...rowRates(grid), ...sampleRatios(grid), ...textShares(grid), ...textRates(grid));
  // (dev55) a completion or over-fulfilment percentage of a task against the task's count and the count done
  // ('任务数为115户,实际完成264户,…超任务43%'): task-completion-rates.ts
  pushAll(found, taskCompletionRates(grid));
  // (rel54) a whole's share of its plan against the plans its parts' shares imply: prose-part-shares.ts
  pushAll(found, partShareRelations(grid));
  // (grad49b) counts of a whole the sentence states, each with its share ('15项中有9项提前完成,占比60%;…'): stated-whole-shares.ts
  found.push(...statedWholeShares(grid));
  // an unscored handling list's rates against its counts (报送信息数 | 采纳数 | 采纳率: 采纳率 = 采纳数 ÷ 报送信息数)
  pushAll(found, handlingListRatios(grid));
  // (table54) its count head merged over a breakdown on header lines of its own: 总计 = the leaves, a count beside = the
  // leaves its word names across the groups (派遣案件总数 over 总计 | 12345热线 | 政民互动 …: handling-list-totals.ts)
  pushAll(found, handlingListTotals(grid));
  // (grad50c) a progress table's rates against its done and plan columns (年投资计划 | 完成投资额 | 年计划投资完成率)
  if (model.family === "monitoring") pushAll(found, progressTableRatios(grid));
  // counts by class, each over its count and its share, beside the whole they divide (年度 | 总件数 | 良好 案件数 | 百分比 …)
  pushAll(found, groupedShares(grid));
  // a breakdown by class with its whole stated once beside it (受理总量 | 诉求来源 | 数量 | 占比, the whole merged down)
  pushAll(found, breakdownShares(grid));
  // an amount at a stated rate, line by line (补助资金 = 学生人数 × 补助标准 (元/人))
  pushAll(found, productRelations(grid));
  // a line's points at a rate per unit of its 标准 (分值 = 4 × 标准 15, the rule column's "4×实达标数")
  pushAll(found, ratePointsRelations(grid, model));
  // (table53) a line's points as its things counted × the points each earns ('…、…、…,每项计1分', '抽查12项,每项计2分')
  pushAll(found, perItemPointsRelations(grid, model));
  // a line's total weighed from parts whose heads state their shares (系统考核得分 (占40%) | … | 总分)
  pushAll(found, weightedTotals(grid));
  // the page's own formulas in a line of column markers under a header (A | B | … | O=L*M)
  pushAll(found, markerFormulaRelations(grid));
  // a whole beside the group of columns that breaks it down (全市完成投资总额 | … | 分区县投资完成情况 over its districts)
  // (its stated rates, found above, may vouch for a line whose whole is the slip)
  pushAll(found, wholeBesideParts(grid, found));
  // a whole named by what its parts share (集中供养保障户数 | 分散供养保障户数 | 保障户数; 集中+分散合计)
  pushAll(found, qualifiedWholes(grid));
  // a completion rate's state noted beside it (123.4 | 超额完成): read from the ratios found above
  pushAll(found, completionNotes(grid, found));
  // a running total at least its month's figure and at least the month before's (本月完成 | 累计完成, 1-10月累计 | 1-11月累计)
  pushAll(found, cumulativeBounds(grid));
  // a classification-code column (政府经济分类科目 51301 on every line) labels its lines: no relation reads it
  // a bound in a column of signed amounts (changes: 比较, 增减; a negative line under it) says nothing of the lines left out
  // a page of a numbered table starting past its first number (4, 5, 6 … under the header): its closing total a bound
  const kept = continuedPageBounds(grid, withoutSignedBounds(grid, withoutCodeColumns(grid, found)));
  // by stated cell, then kind and measure: no key string built per relation. An address in a1()'s form by its number
  // (statedCellKey: a 40,000-row table's sub-item rollups state as many cells of their rows, read from their rows and
  // columns, no address made), any other address by its string
  // (sixteen maps by the cell's row: one map of a 40,000-row table's stated cells is a large object, allocated anew on
  // fresh pages at each doubling as it grows; see text/sharded-map.ts)
  const seenAt: (Map<number, number | number[]> | undefined)[] = new Array<Map<number, number | number[]> | undefined>(SEEN_SHARDS).fill(undefined);
  let seenCell: Map<string, number | number[]> | null = null;
  const out: Relation[] = [];
  // (indexes, no iterators: these run for every relation, also before the loops are optimised)
  for (let fi = 0; fi < kept.length; fi++) {
    const r = kept[fi];
    const key = statedCellKey(r);
    const cell = key >= 0 ? "" : statedCell(r);
    const shard = key >= 0 ? Math.floor(key / KEY_COLS) & (SEEN_SHARDS - 1) : 0;
    const there = key >= 0 ? seenAt[shard]?.get(key) : seenCell?.get(cell);
    let at: number | undefined;
    if (there !== undefined) {
      if (typeof there === "number") {
        if (sameKey(out[there], r)) at = there;
      } else {
        for (const i of there) if (sameKey(out[i], r)) at = i;
      }
      // (a cell that is the sum of two breakdowns — a 合计 line's cell under a 合计 column, the sum of its line and of its
      // column — keeps both: a slip in either direction is found; the same breakdown read twice is one relation)
      if (at !== undefined && otherBreakdown(out, there, r)) at = undefined;
      // (prose53: a sentence's sum of another total than those read in its cell — '…收入总量为40.37亿元。…支出总量为40.21亿元' —
      // is a relation of its own: every term in the one cell, the totals different numbers)
      if (at !== undefined && otherSentenceTotal(out, there, r)) at = undefined;
    }
    if (at === undefined) {
      if (there === undefined || typeof there === "number") {
        const v = there === undefined ? out.length : [there, out.length];
        if (key >= 0) (seenAt[shard] ??= new Map()).set(key, v);
        else (seenCell ??= new Map()).set(cell, v);
      } else there.push(out.length);
      out.push(r);
      continue;
    }
    // a later source that reads the whole list ("其中:公务接待费" and the rows after it, which add up) states more
    // than a 其中 bound over its first row
    const prev = out[at];
    if (prev.kind === "sum" && r.kind === "sum" && prev.bound === "atMost" && r.bound === "equal" && r.parts.length > prev.parts.length) out[at] = r;
  }
  // (a loop, not flatMap: no one-element array per relation of a large table; the list copied from the first sum
  // that splits, where none does it is returned as it is)
  let split: Relation[] | null = null;
  for (let oi = 0; oi < out.length; oi++) {
    const r = out[oi];
    if (r.kind !== "sum") {
      if (split !== null) split.push(r);
      continue;
    }
    const xs = splitBreakdowns(r);
    if (split === null && xs.length === 1 && xs[0] === r) continue;
    split ??= out.slice(0, oi);
    for (const x of xs) split.push(x);
  }
  // (prose48) rates stated in prose with their two amounts, on their evidence (prose-rates.ts): after the others, a text
  // cell may state several
  let withRates = withProseRates(grid, split ?? out);
  // (mon50) a done amount's share of the plan stated earlier in other words ('计划完成投资387亿元。…完成投资351亿元,占年度目标
  // 任务90.1%'): plan-shares.ts, several per cell, none at a cell where a 完成率 is already read
  const shares = planShareRelations(grid);
  if (shares.length) {
    const taken = new Set<string>();
    for (const r of withRates) if (r.kind === "ratio") taken.add(`${r.stated.cell}|${r.name}`);
    const add = shares.filter((r) => !taken.has(`${r.stated.cell}|${r.name}`));
    if (add.length) withRates = withRates.concat(add);
  }
  // (grad51a) parts' rates of a count in brackets after the whole's rate, each part's count stated above ('完工项目311个,完工率
  // 90.67%(阿图什市89.71%、…)' under '…其中:阿图什市安排项目68个…'): part-rates.ts, several per cell, none where a rate of the same
  // name is already read at that cell
  const parts = partRates(grid);
  if (parts.length) {
    const taken = new Set<string>();
    for (const r of withRates) if (r.kind === "ratio") taken.add(`${r.stated.cell}|${r.name}`);
    const add = parts.filter((r) => !taken.has(`${r.stated.cell}|${r.name}`));
    if (add.length) withRates = withRates.concat(add);
  }
  for (const readMore of AFTER_RATES) {
    const add = readMore(grid, withRates);
    if (add.length) withRates = withRates.concat(add);
  }
  // (rel55) a whole stated once, then cut aspect by aspect under it ('■按项目类别统计:…;…', '(二)按项目建设类型完成情况' over its
  // rows): aspect-rows.ts, one sum per aspect over the same whole
  // (rel57) …and aspects opening a clause of the whole's own cell ('…完成投资887.44亿元,…。从建设性质看,…;…'): aspect-sentences.ts
  const aspects = aspectRowSums(grid, withRates).concat(aspectSentenceSums(grid, withRates));
  if (aspects.length) withRates = withRates.concat(aspects);
  // (grad49b) a part's change between two stated lists ('公务接待较上年同期减少0.58万元' under the two years' 其中 lists): several
  // per cell, after the merge as the prose rates (list-changes.ts)
  const changes = listChanges(grid, sentences);
  // (grad49b) an amount's change stated beside it ('公务接待费242万元,较上年减少12万元,下降4.7%'): inline-changes.ts
  changes.push(...inlineChanges(grid));
  // (relr56) a growth rate of any quantity against the year before ('9126.14万人次,比上年增加692.87万人次,增幅达7.6%'): prose-growth.ts;
  // a part's share of a whole of money stated before it ('其中:基本支出225.87万元,占58.2%'): money-part-shares.ts; a count's rate over
  // the count it is of in its sentence ('170项重点项目已实现开复工项目163项,开复工率为96%'): population-rates.ts — none where a rate
  // of the same figure is already read at its cell (inline-changes.ts reads the 万元 / 元 growth clauses with their change)
  // (rel60a) wholes named together with their changes and rates listed under 各 / 分别 ('收入、支出总计各增加1412.7万元、
  // 2062.79万元,增长15.74%、23.72%'): paired-changes.ts
  addUnreadRates(changes, withRates, proseGrowths(grid).concat(pairedChanges(grid), moneyPartShares(grid), populationRates(grid)));
  // (grad50b) a difference named by its two amounts' words ('送审金额…,审定金额…,审减金额…,审减率…'): stated-differences.ts
  changes.push(...statedDifferences(grid));
  // (rels56) an amount adjusted in a sentence ('年初预算2389万元,年中调减300万,全年预算执行数2089万元'): stated-adjustments.ts
  changes.push(...statedAdjustments(grid));
  // (rels56) a change against an amount the sentence names and states ('年初预算…,调整预算为…,比年初预算增加…'): named-base-changes.ts
  changes.push(...namedBaseChanges(grid));
  // (grad51b) a completion of the budget against a stated excess of the 决算 over it ('完成年初预算100%,决算数大于预算数55.93万元'): budget-excess.ts
  changes.push(...budgetExcesses(grid));
  // (grad51b) a completion's gap to the time schedule in points ('完成年度计划的73.87%,超序时进度23.87个百分点', 1-6月): schedule-gaps.ts
  changes.push(...scheduleGaps(grid));
  // (grad50b) a whole named by joining its parts' words, its parts stated before it ('资金和物资价值共支出…'): joined-wholes.ts
  changes.push(...joinedWholes(grid));
  // (rel57) a rate of growth before the change it is of ('…12463万元,同比增长7.9%,增收913万元'): rate-then-change.ts; a rate over
  // the part spent and the part left ('支付18501.096万元,未支703万元,支付率95%'): spent-and-unspent-rates.ts — none where a rate of
  // the same figure is already read at its cell; its whole, printed, the sum of the two parts (none already read as a difference)
  const spentLeft = spentAndUnspentRates(grid);
  addUnreadRates(changes, withRates, ratesThenChanges(grid).concat(spentLeft.filter((r) => r.kind === "ratio")));
  if (spentLeft.some((r) => r.kind === "sum")) changes.push(...unreadSums(spentLeft, withRates.concat(changes)));
  // (rel58) an item's change and its rate, the item's amount stated in another clause ('公务接待费支出决算为2.74万元' … '其中:…
  // 公务接待费支出决算减少0.81万元,下降29.2%'): named-item-rates.ts, none where a rate of the same figure is already read at its cell
  // (rel58) parts' shares of a whole named and never stated, the whole their sum when a share agrees ('基本支出预算…元,占一般公共
  // 预算支出的84.06%' … '项目支出…元,占一般公共预算支出的19.62%'): summed-whole-shares.ts
  // (rel59) a list's parts each with its bare share, the shares adding to 100%, the whole their sum ('…决算中,公务接待费支出决算
  // 0.53万元,占69%;公务用车…1.18万元,占31%'): listed-shares.ts; the budget, the 决算 and the completion ('支出预算为3万元,支出决算为
  // 1.71万元,完成预算的43%'): budget-completions.ts
  addUnreadRates(changes, withRates, namedItemRates(grid).concat(summedWholeShares(grid), listedShares(grid)));
  changes.push(...budgetCompletions(grid, withRates.concat(changes)));
  return changes.length ? withRates.concat(changes) : withRates;
}

/** Append to `to` each of `more` whose stated cell and figure (in points) no ratio of `to` or `read` states already. */
function addUnreadRates(to: Relation[], read: readonly Relation[], more: readonly Relation[]): void {
  if (!more.length) return;
  const key = (x: Relation) => (x.kind === "ratio" ? `${x.stated.cell}|${Math.round((x.stated.percent ? 100 : 1) * x.stated.value * 1e6)}` : "");
  const taken = new Set<string>();
  for (const x of read) if (x.kind === "ratio") taken.add(key(x));
  for (const x of to) if (x.kind === "ratio") taken.add(key(x));
  for (const x of more) {
    if (taken.has(key(x))) continue;
    taken.add(key(x));
    to.push(x);
  }
}

/** The cells where groups' labels or points are printed again (GroupNode.restatedCells), or null where none are. */
function restatedCells(groups: GroupNode[]): Set<string> | null {
  let out: Set<string> | null = null;
  const visit = (g: GroupNode) => {
    if (g.restatedCells) for (const c of g.restatedCells) (out ??= new Set()).add(c);
    for (const c of g.children) visit(c);
  };
  for (const g of groups) visit(g);
  return out;
}

/** maps of stated cells in sheetRelations' merge, by row */
const SEEN_SHARDS = 16;

/** Append `xs` to `to` one by one (a spread passes every element as an argument: slow for a large table's list). */
function pushAll<T>(to: T[], xs: readonly T[]): void {
  for (let i = 0; i < xs.length; i++) to.push(xs[i]);
}

/**
 * Whether the first `known` relations hold a weight or score rollup stated at a cell (a rollup of either measure whose
 * stated cell is the cell), compared by the cells' keys (cellKey): no key string nor address made per relation. The
 * first few cells asked (a 总分 line's 分值 and 得分) are looked for along the list; a sheet of many closing lines has
 * the rollups' keys gathered in a set once, so that no line walks the list again.
 */
function statedRollups(found: readonly Relation[], known: number): (cell: string) => boolean {
  let asked = 0;
  let keys: Set<number> | null = null;
  const rollup = (r: Relation) => r.kind === "rollup" && (r.measure === "weight" || r.measure === "score");
  return (cell) => {
    const k = cellKey(cell);
    // (an address of another form has no key: compared as an address, as the few relations stated at one)
    if (k < 0) {
      for (let i = 0; i < known; i++) if (rollup(found[i]) && statedCell(found[i]) === cell) return true;
      return false;
    }
    if (keys === null && ++asked > STATED_SCANS) {
      keys = new Set<number>();
      for (let i = 0; i < known; i++) if (rollup(found[i])) keys.add(statedCellKey(found[i]));
    }
    if (keys !== null) return keys.has(k);
    for (let i = 0; i < known; i++) if (rollup(found[i]) && statedCellKey(found[i]) === k) return true;
    return false;
  };
}

/** cells statedRollups looks for along the list before it gathers the keys */
const STATED_SCANS = 8;

/** Two relations of one stated cell with the same identity: the same kind and measure. */
const sameKey = (a: Relation, b: Relation) => a.kind === b.kind && a.measure === b.measure;

/** `r` is a sum whose every term is in its stated cell (a sentence's), of another total than every relation kept there */
function otherSentenceTotal(out: readonly Relation[], there: number | number[], r: Relation): boolean {
  if (r.kind !== "sum" || !inOwnCell(r)) return false;
  const differs = (i: number) => {
    const x = out[i];
    return !sameKey(x, r) || (x.kind === "sum" && inOwnCell(x) && x.total.value !== r.total.value);
  };
  return typeof there === "number" ? differs(there) : there.every(differs);
}

/** every part of the sum in the cell that states its total */
function inOwnCell(r: SumRelation): boolean {
  for (let k = 0; k < r.parts.length; k++) if (r.parts[k].cell !== r.total.cell) return false;
  return true;
}

/**
 * `r` is a sum of its stated cell over other cells than every sum of the same identity kept there (`there`: their
 * indexes in `out`): each of them and `r` an equal sum of two parts or more, no part shared, and not both down their
 * column — the cell is the sum of two breakdowns (across its line and down its column; across by 集中 + 分散 and by
 * 供养资金 + 护理补贴), each a relation of its own. Two readings down one column are two guesses at its lines (a 小计 over
 * its groups, or over the 小计 lines above it): the first kept, as before.
 */
function otherBreakdown(out: readonly Relation[], there: number | number[], r: Relation): boolean {
  if (r.kind !== "sum" || r.bound !== "equal" || r.parts.length < 2) return false;
  const own = new Set<string>();
  for (let k = 0; k < r.parts.length; k++) own.add(r.parts[k].cell);
  const check = (i: number) => {
    const x = out[i];
    if (!sameKey(x, r)) return true;
    // (two breakdowns of a whole stated once beside them, each down a count column of its own — 诉求来源 | 数量 and 工单类型 |
    // 数量 beside one 受理总量, breakdown-shares.ts — are two breakdowns, not two guesses at one column's lines)
    const besideColumns = x.measure === "count" && r.measure === "count" && x.parts[0].col !== r.parts[0].col;
    // (dev53: a sum down its column cut to one line — a 合计 line first, the sheet cut inside its second line — beside the sum
    // across the 合计 line: two breakdowns still, the one across the line no guess at the column's lines)
    const across = x.kind === "sum" && x.orientation === "rows" && r.orientation === "columns";
    if (x.kind !== "sum" || x.bound !== "equal" || x.parts.length < (across ? 1 : 2) || (x.orientation === "rows" && r.orientation === "rows" && !besideColumns)) return false;
    for (let k = 0; k < x.parts.length; k++) if (own.has(x.parts[k].cell)) return false;
    return true;
  };
  if (typeof there === "number") return check(there);
  for (const i of there) if (!check(i)) return false;
  return true;
}

/** (tgt52) A target form's fund head above its indicator table, read beyond its 其中 lines (findLabelledFundSums). */
function targetFundHead(grid: Grid, lastRow: number): SumRelation[] {
  return [...fundHeadColumns(grid, 1, lastRow), ...fundBreakdownSides(grid, 1, lastRow)];
}

/** The cells stated as a sum's total (a whole over its parts). */
function sumTotals(found: readonly Relation[]): Set<string> {
  const out = new Set<string>();
  for (const r of found) if (r.kind === "sum") out.add(r.total.cell);
  return out;
}

/** "按收入性质分:一般公共预算", "其中:按支出性质分:基本支出": a part that starts one breakdown of its total */
const BREAKDOWN = /^(其中[:：]?)?按[^:：]{1,8}分[:：]?/;

/**
 * A total broken down twice (年度资金总额 by 收入性质 — 一般公共预算, 政府性基金 — and again by 支出性质 — 基本支出,
 * 项目支出): each breakdown adds up to the total on its own.
 */
function splitBreakdowns(r: Relation): Relation[] {
  if (r.kind !== "sum" || !r.parts.some((p, i) => i > 0 && BREAKDOWN.test(p.label ?? ""))) return [r];
  const groups: (typeof r.parts)[] = [];
  for (const p of r.parts) {
    if (BREAKDOWN.test(p.label ?? "") || groups.length === 0) groups.push([]);
    groups[groups.length - 1].push({ ...p, label: (p.label ?? "").replace(BREAKDOWN, "") });
  }
  if (groups.length < 2) return [r];
  return groups.map((parts, k) => ({ ...r, id: `${r.id}:${k + 1}`, parts, ...(r.group ? { group: `${r.group}:${k + 1}` } : {}) }));
}
