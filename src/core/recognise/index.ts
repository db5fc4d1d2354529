import type { Grid } from "../grid/grid";
import { nameRowsUnderSharedLabels } from "./shared-names";
import { readGroupScores } from "./group-scores";
import type { CellRef, EvaluationModel, Family, GroupNode, Indicator, Subtotal, Totals, WeightBlock } from "../model/types";
import { bareLastLine } from "./cut-row";
import { sideBlocksHead } from "./side-blocks";
import { pairedColumnsHead } from "./paired-columns-head";
import { placeRanking } from "./place-rankings";
import { handlingListHead } from "./handling-lists";
import { breakdownHead } from "./breakdown-shares";
import { filledDownMerges } from "./filled-down";
import { earlierCaptionedHead, earlierSameHead } from "./several-tables";
import { markerLine, sheetFeatures, SheetFeatures } from "./features";
import { preambleLine } from "./preamble";
import { FAMILY_DETECTORS, MIN_CONFIDENCE } from "./families";
import { FALLBACK_CONFIDENCE, fallbackFamily } from "./families/evidence-fallback";
import { scoresTotalOfUnweighted, statedTotalAbove } from "./table-closing";
import { findNotedWeights, findTotals, findWeightBlocks, HeaderMap, headerAt, levelColumns, namesAnotherProject, TableWalk, titlesAnotherForm, walkIndicatorTable } from "./table";
import { findBareLabelBlocks, findGroupPointBlocks, findNameLabelBlocks, findSectionLineBlocks, findThirdLevelBlocks } from "./label-blocks";
import { pointedLabelLines, withoutRows } from "./pointed-label-lines";
import { withoutRemarks, withoutSideCells } from "./side-columns";
import { withUnitAmounts } from "./unit-amounts";
import { withJoinedHeads } from "./split-heads";
import { twoUpForm, withTwoUpLeftHalf, withTwoUpParts } from "./two-up-forms";
import { sheetRelations } from "../relations";
import { findBasicDataHeader } from "./basic-data";
import { amountListHead, listEndsCut } from "./blocks";
import { gradeListHeader, statedResult } from "./stated-grades";
import { reportRateRows, reportResult, reportScores, statedReport } from "./report-scores";
import { peerResultRows } from "./peer-results";
import { documentBody, documentReportKind } from "./families/document-text";
import { withReportRates } from "./prose-rates";
import { unitResultList } from "./unit-results";
import { gradeDistributionHead, groupedSharesHead } from "./grouped-shares";
import { rowRatesHead } from "./row-rates";
import { progressTable } from "./progress-table";
import { projectResults } from "./project-results";
import { rateColumnsHead } from "./rate-columns-head";
import { valueRankings } from "./value-rankings";
import { partsResults } from "./parts-results";
import { reviewFormHead } from "./review-form";
import { wordListHead } from "./word-list";
import { withoutPageChrome } from "./page-chrome";
import { criteriaHeaderAt, distinctKeyRoles, hasLevel, headerTop, rowRolesShared, sameHeaderLine, transposedTargetHeader } from "./table-header";
import { SCAN, SUBTOTAL_LABEL } from "./vocabulary";
import { amountAt, copiesLeft, numberAt, numberOrPointsAt, textAt } from "./cells";
import { parseA1 } from "../grid/a1";
import { agreesTyped, exceedsTyped, fallsShortTyped } from "../relations/tolerance";

export { sheetFeatures } from "./features";
export type { SheetFeatures } from "./features";

/**
 * Score every family; the best one above MIN_CONFIDENCE wins, else the family the whole sheet's evidence names where it
 * is strong and one way (families/evidence-fallback.ts), else `unknown`.
 */
export function detectFamily(f: SheetFeatures): { family: Family; confidence: number; scores: Record<string, number> } {
  const scores: Record<string, number> = {};
  let best: { family: Family; confidence: number } = { family: "unknown", confidence: 0 };
  for (const d of FAMILY_DETECTORS) {
    // compared as shown (two places): equal evidence is a tie, which the detectors' order breaks, never float noise
    const s = Math.round(d.detect(f) * 100) / 100;
    scores[d.id] = s;
    if (s > best.confidence) best = { family: d.id, confidence: s };
  }
  if (best.confidence < MIN_CONFIDENCE) {
    const fallback = fallbackFamily(f);
    if (fallback) return { family: fallback.family, confidence: FALLBACK_CONFIDENCE, scores };
    return { family: "unknown", confidence: Math.round((1 - best.confidence) * 100) / 100, scores };
  }
  return { ...best, scores };
}

/** Recognise a sheet: its family and the map of its evaluation table(s). Pure; never writes. */
export function recognise(grid: Grid, f: SheetFeatures = sheetFeatures(grid)): EvaluationModel {
  const { family, confidence } = detectFamily(f);
  const header = f.header;
  const scored = header && f.walk && !header.inferred ? scoredTables(grid, header, f.walk) : null;
  // the table the sheet ends with: its closing rows and 总分 row close the whole sheet's scoring
  const walk = scored ? scored[scored.length - 1].walk : f.walk;
  const lastHeader = scored ? scored[scored.length - 1].header : header;
  const tableEnd = walk ? (walk.closingRow ?? walk.lastRow + 1) : header ? header.headerRow + 1 : 1;
  // (a block of scored criteria above the indicators is not the table the sheet is headed by)
  // (an inferred table under the part of its header line a page kept: that line)
  const headerLast = header && header.inferred && header.headKept ? header.headerRow : header && !header.inferred ? (scored ? (scored.find((t) => t.header.lastRow === undefined) ?? scored[0]).header.headerRow : header.headerRow) : null;
  const found = lastHeader ? findTotals(grid, tableEnd, lastHeader.columns, (scored ? scored[0].header : lastHeader).firstHeaderRow) : { totals: null, grade: null };
  // (a table read from its graded lines, its labels lost: the unnamed line of sums the inference found)
  const inferredTotal = found.totals || !lastHeader?.totalRow ? null : totalLine(grid, lastHeader);
  const grade = found.grade ?? inferredTotal?.grade ?? null;
  const tables = scored ?? (header && f.walk ? [{ header, walk: f.walk }] : []);
  // label lines with their points in the 分值 column, the lines under them adding up to them: weight blocks, not items
  const pointed: WeightBlock[] = [];
  for (const t of tables) {
    const p = pointedLabelLines(grid, t.header, t.walk);
    if (!p) continue;
    withoutRows(t.walk, p.rows);
    pointed.push(...p.blocks);
  }
  // (the table's last line unnamed, its 分值 the sum of every line's above: its line of sums, not a line of it)
  const lastWalk = tables[tables.length - 1]?.walk;
  const sumsLine = !found.totals && lastWalk ? unnamedSumsLine(grid, lastWalk.indicators, f.budget) : null;
  if (sumsLine !== null) withoutRows(lastWalk!, new Set([sumsLine]));
  const subtotals = tables.flatMap((t) => t.walk.subtotals);
  const lastIndicatorRow = Math.max(0, ...tables.map((t) => t.walk.indicators[t.walk.indicators.length - 1]?.row ?? 0));
  const closing = found.totals ? null : loneSubtotal(grid, subtotals, lastIndicatorRow);
  const trailing = found.totals ?? closing ?? inferredTotal?.totals ?? (lastHeader && walk ? sumsRow(grid, tablesIndicators(tables), lastHeader.columns, lastIndicatorRow, walk.closingRow ?? walk.lastRow + 1, f.budget) : null);
  // (a line of sums right under the header states the total without closing the table: a sheet with no closing row
  // is cut below it unless its lines' 分值 add up to the line's)
  const leading = trailing || scored || !header || header.inferred || !f.walk ? null : leadingSumsLine(grid, header, f.walk.indicators);
  // (a 总分/合计 line printed first, right under the header: the walk read past it, see leadingTotalLine)
  const labelledLead = trailing || !walk?.leadingTotalRow || !lastHeader ? null : findTotals(grid, walk.leadingTotalRow, lastHeader.columns, lastHeader.firstHeaderRow).totals;
  const stated = trailing ?? (labelledLead?.row === walk?.leadingTotalRow ? labelledLead : null) ?? leading?.totals ?? null;
  const indicators = tables.length ? tablesIndicators(tables) : [];
  const groups = tables.flatMap((t) => t.walk.groups);
  // (the points of a table that weighs nothing: its scores' total)
  const totals = lastHeader ? scoresTotalOfUnweighted(stated, lastHeader.columns, indicators, groups) : stated;
  const model: EvaluationModel = {
    sheet: grid.name,
    family,
    confidence,
    title: f.title.split("|").filter(Boolean)[1] ?? grid.name,
    headerRow: headerLast !== null ? headerTop(grid, headerLast) : null,
    headerLastRow: headerLast,
    columns: header?.columns ?? {},
    ...(header?.parallelWeightCols ? { parallelWeightCols: header.parallelWeightCols } : {}),
    ...(header?.parallelScoreCols ? { parallelScoreCols: header.parallelScoreCols } : {}),
    ...(header?.tierRangeCol !== undefined ? { tierRangeCol: header.tierRangeCol } : {}),
    indicators,
    groups,
    weightBlocks: uniqueBlocks(pointed.concat(tables.flatMap((t) => [...findSectionLineBlocks(grid, t.header, t.walk), ...findWeightBlocks(grid, t.header, t.walk.lastRow, t.walk.headerRepeats), ...findNameLabelBlocks(grid, t.header, t.walk), ...findThirdLevelBlocks(grid, t.header, t.walk), ...findGroupPointBlocks(grid, t.header, t.walk), ...findBareLabelBlocks(grid, t.header, t.walk)]))),
    budget: f.budget,
    totals,
    grade,
    notedWeights: findNotedWeights(grid, tableEnd),
    relations: [],
    // (a report's sentence stating the score does not say where the table ends)
    // (the next project's form closing the table, several target forms on one sheet: the table read is whole)
    truncated:
      !!walk &&
      ((walk.closingRow === null && (!totals || !!totals.inSentence || (!!leading && !leading.complete))) ||
        (!scored && !!header && !(walk.closingRow !== null && namesAnotherProject(grid, walk.closingRow)) && otherHeader(grid, header.firstHeaderRow, tableEnd))),
    cutAbove: !!header && !f.budget && rowsWithContent(grid, (scored ? scored[0].header : header).firstHeaderRow - 1) === 0 && (f.walk?.indicators.length ?? 0) > 0,
    placeholderRows: tables.flatMap((t) => t.walk.placeholderRows),
    ...(tables.some((t) => t.walk.headerRepeats) ? { headerRepeats: tables.flatMap((t) => t.walk.headerRepeats ?? []) } : {}),
    subtotals: closing ? [] : subtotals,
    ...(header?.inferred ? { labelsLost: true } : {}),
  };
  // a rubric pasted as a document, one paragraph per row (no table header): its items and its outline's blocks
  const list = !header && family === "indicator-system" ? f.paragraphs : null;
  if (list) {
    model.indicators = list.indicators;
    model.weightBlocks = list.blocks;
    model.truncated = list.cut;
  }
  // a performance report printed as paragraphs (report-scores.ts): the scores its heads and sentences state, its whole
  // and its grade; the relations of its scores and its stated rates are its own (set after the model's below)
  // (or one its family's detectors named so, prose stating its result: statedReport, rep47)
  // (rep48: on the family's own evidence, documentReportKind — the document's lines where a long cell holds them, so a PDF's
  // text layer under its file-name line reads its stated result as a report titled by any line does)
  const report = !header && !f.budget && (family === "project-self-eval" || family === "dept-self-eval") && (documentReportKind(f) !== null || statedReport(documentBody(f), false));
  // (a report stating its whole with no breakdown: that whole and its grade, grad47b)
  const reportRead = report ? (reportScores(grid) ?? reportResult(grid)) : null;
  if (reportRead) {
    model.indicators = reportRead.indicators;
    model.totals = reportRead.totals;
    if (reportRead.grade) model.grade = reportRead.grade;
  }
  // (read under the columns of the table the sheet ends with)
  // (a total row under the table closes it: a line below that is no line of it)
  if (!model.truncated && walk && walk.closingRow === null && !(totals && !totals.inSentence && totals.row > walk.lastRow) && bareLastLine(grid, lastHeader ? { ...model, columns: lastHeader.columns } : model) !== null) model.truncated = true;
  // (a 总分 of 100 printed first over whole groups that fall short of it: a group is missing past the sheet's end)
  if (!model.truncated && walk?.leadingTotalRow && totals?.row === walk.leadingTotalRow && groupMissingPastEnd(model)) model.truncated = true;
  // criterion rows under one merged label: each named by its own criterion too (the rules' messages tell them apart)
  nameRowsUnderSharedLabels(grid, model.indicators);
  // a score printed once for a group of weighted lines: the group's, no line's (group-scores.ts)
  readGroupScores(grid, model);
  if (family === "unknown") {
    // never forced into a family: its amount blocks still relate, and a table headed with names, 分值 and 得分
    // keeps its indicator rows, so that each row's own checks (a score above its weight, a negative or a
    // missing score) still hold; nothing else of it is read as an evaluation table
    const scored = scoredRows(model);
    const bare: EvaluationModel = {
      ...model,
      ...(scored ? {} : { headerRow: null, headerLastRow: null, columns: {}, indicators: [], groups: [] }),
      weightBlocks: [], budget: null, totals: null, grade: null, notedWeights: [], placeholderRows: [], subtotals: [], truncated: false, cutAbove: false,
    };
    const relations = sheetRelations(grid, { ...bare, indicators: [], groups: [] });
    // a sheet made of an amount list (an allocation table, no indicator table): the list's header and its 合计
    const list = scored ? null : amountListHead(grid, relations);
    // (a breakdown by class with its whole stated once beside it, standing above any such list — a hotline 月报's 受理总量 |
    // 诉求来源 | 数量 | 占比 before its 责任单位 list closed by 总计: the page's first table is its table, its whole the total)
    const split = scored ? null : breakdownHead(grid);
    if (split && (!list || split.headerRow < list.headerRow)) return { ...bare, ...headerLines(grid, split.headerRow), totals: split.totals, relations };
    // (an excerpt ending inside the list says so, as a table of a family does)
    // (fam51: a table above the list under the same column heads, the month's one line over its breakdown's lines: the sheet's
    // first table, its head the header, several-tables.ts earlierSameHead)
    if (list) return { ...bare, ...listHeaderLines(grid, list, earlierSameHead(grid, list.headerRow)), totals: list.totals, truncated: listEndsCut(grid, relations, list), relations };
    // a table of no family under an indicator header read from its own words, its lines read under it (指标类别 | 指标名称 |
    // 考核要求 | 2006年完成情况 | 2007年完成情况: a completion table with no points, cells42): that header is the sheet's, as
    // an amount list's is; its lines stay no indicators of a form
    const headed = !scored && completionTableHead(header, f.walk);
    if (headed) return { ...bare, headerRow: model.headerRow, headerLastRow: model.headerLastRow, relations };
    // a sheet of counts by class with their shares beside their whole (年度 | 總件數 | 績效良好 案件數 | 百分比 …), or of a
    // budget block turned on its side (年度 | 101 | 102 over 預算數 / 決算數 / 執行率 lines): that table's header, as an amount
    // list's is (only where one of them gave the sheet its relations)
    // (or a review form's table of the items reviewed and the reviewers' opinions: 评价内容 | 评价说明 | 专家组综合评价意见,
    // review-form.ts; or of a handling list by unit, 序号 | 单位 | 派遣案件总数 | 按时办结数 | … | 结案率: that list's header, read
    // on the list's own evidence — its rates need not be rebuilt from its counts)
    // (or a table whose one reading is a rate column over two amount columns, line by line: 年度 | … | 可支用預算數 | 執行數 |
    // 執行率%, rate-columns-head.ts)
    // (or, none of those, a numbered list of words: 序号 | 主管部门 | 补贴项目 | … | 咨询电话 | 备注 over lines numbered from 1 that
    // fill its columns with text — a 清单 no amount, score or count reader heads, word-list.ts)
    const shaped = scored ? null : ((relations.length ? (groupedSharesHead(grid) ?? rowRatesHead(grid) ?? rateColumnsHead(grid, relations)) : null) ?? reviewFormHead(grid) ?? handlingListHead(grid) ?? sideBlocksHead(grid) ?? wordListHead(grid)?.headerRow ?? null);
    // (or a table of items as columns, each split into 预算数 | 决算数 over a line of bare amounts — a 三公 statement printed across
    // the page, paired-columns-head.ts: its head's lines above the pairs line)
    const paired = scored || shaped !== null ? null : pairedColumnsHead(grid);
    if (paired) return { ...bare, headerRow: paired.top, headerLastRow: paired.last, relations };
    return { ...bare, ...(shaped !== null ? headerLines(grid, shaped) : {}), relations };
  }
  model.relations = sheetRelations(grid, model);
  // (a report's whole is the sum of its parts as it states them, its 预算执行 line among them: not the tree's sum of its
  // indicators)
  if (reportRead) model.relations = model.relations.filter((r) => !(r.kind === "rollup" && r.measure === "score" && r.level === "total")).concat(reportRead.relations);
  // (prose48: the prose rates read on their evidence give way to the report's reading of its lines, prose-rates.ts)
  if (report) model.relations = withReportRates(grid, model.relations, reportRateRows);
  // a basic-data sheet has no indicator header: its amount table's header is the table's header row (its
  // relations are read from the whole sheet, so it is set after them)
  if (family === "dept-basic-data" && model.headerRow === null) Object.assign(model, headerLines(grid, findBasicDataHeader(grid)));
  // an evaluation summary listing its projects with their grades: the list's header is the table's
  // (or its assessed units with their scores: 序号 | 被考核单位 | 考核情况 | 得分)
  // (its lists side by side under a line of periods, 2009 | 2010 | 2011 over 学校 | 总分 each: that line the header's top;
  // else a ranking of places by a value, or a results table by parts)
  if (family === "evaluation-summary" && model.headerRow === null) {
    const graded = gradeListHeader(grid);
    const units = graded === null ? unitResultList(grid) : null;
    // (a ranking printed without its heads: no header line to read, ranked-lists.ts)
    if (!units?.headless) Object.assign(model, units && units.topRow < units.headerRow ? { headerRow: units.topRow, headerLastRow: units.headerRow } : headerLines(grid, graded ?? units?.headerRow ?? valueRankings(grid)[0]?.headerRow ?? partsResults(grid)?.headerRow ?? gradeDistributionHead(grid) ?? placeRanking(grid)?.headerRow ?? projectResults(grid)?.headerRow ?? null));
  }
  // (several tables on one sheet: the first table's head is the sheet's, where the later list's head was taken, several-tables.ts)
  // (or the later list's head was taken over the first list's, both read by their words)
  if (family === "evaluation-summary") {
    const units = unitResultList(grid);
    const first = units?.earlier;
    if (first && !model.indicators.length && (model.headerRow === null || model.headerLastRow === units!.headerRow)) Object.assign(model, { headerRow: first.headerRow, headerLastRow: first.headerLastRow });
    else if (units?.later && !units.earlier && !model.indicators.length && model.headerLastRow === units.later.headerRow) Object.assign(model, headerLines(grid, units.headerRow));
  }
  if (family === "evaluation-summary" && !model.totals) Object.assign(model, summaryResult(grid, model));
  // a department's evaluation whose only table is an amount list (支出内容 (经济科目) | 计划支出数 | 实际支出数 … 支出合计):
  // the header of the list its relations were read from
  // (and a progress report with no indicator table, a 月报进度表 of households and money by 县: the list it reports in)
  // (grad50c: a monitoring's progress table, plan | done | rate or done | 占全年计划, first — its head may be written over two
  // lines, its top the header's: progress-table.ts)
  const progress = family === "monitoring" && model.headerRow === null ? progressTable(grid) : null;
  // (fam51: the progress table a numbered table of a bulletin, 表2: under its caption, and 表1: above it over a head and lines of
  // its own — the sheet's first table, its head the header, several-tables.ts earlierCaptionedHead)
  const captioned = progress ? earlierCaptionedHead(grid, progress.headerRow) : null;
  if (captioned !== null) Object.assign(model, headerLines(grid, captioned));
  else if (progress) Object.assign(model, { headerRow: progress.headerRow, headerLastRow: progress.headerLastRow });
  else if ((family === "dept-self-eval" || family === "dept-basic-data" || family === "monitoring") && model.headerRow === null) Object.assign(model, listHeaderLines(grid, amountListHead(grid, model.relations), null));
  // (dev54: a project's report in prose whose first table is such a list closed by its 合计 — only lines of prose above its head
  // (one cell a line): 序號 | 時間 | 省本級 | 轉移支付 | 合計 over 金額 | 比例 under the report's paragraphs —: that list's head,
  // as the same sheet of no family reads it; a list under a form's blocks is the form's detail, no header of the sheet)
  else if (family === "project-self-eval" && !reportRead && !model.indicators.length && model.headerRow === null) {
    const list = amountListHead(grid, model.relations);
    // (rel55: and its 合计 the sheet's total, as the same sheet of no family states it — the list's total column read by its
    // head, its 比例 columns between passed over: amountListHead)
    if (list && list.totals && proseAbove(grid, list.top ?? list.headerRow)) Object.assign(model, listHeaderLines(grid, list, null), { totals: list.totals });
  }
  // (fam55: a self-evaluation form cut before its indicator table, its fund block — 资金情况: 年初预算数 | 全年(调整)预算数 |
  // 全年执行数 | 执行率 — the one table read on the page: the form's 自评总分 labelled in its head above that block, as it is
  // above a whole form's indicator table; a sentence's score above, a 综述's '自评得分95分', is the prose's claim, no form's
  // total; the header stays the indicator table's, null when cut — the fixtures' convention)
  if ((family === "dept-self-eval" || family === "project-self-eval") && !model.totals && !model.indicators.length && !header && model.budget) {
    const head = statedTotalAbove(grid, model.budget.headerRow, model.budget.headerRow);
    if (head && !head.inSentence) model.totals = head;
  }
  // a target table written across (one line per 项目单位, 一级 / 二级 / 三级 over the columns): its header's lines
  // a target form under the allocation list it sets targets for (附件1 分配表 with its 合计, 附件2 目标表, the form's head
  // restating the 合计 as its 资金总额): with no total of its own, the sheet states the list's 合计. A form for another
  // amount (资金总额 30 under a list of 70) is another project's, and the list's 合计 is not its total.
  if (family === "target-declaration" && !model.totals && model.headerRow !== null) {
    const list = amountListHead(grid, model.relations);
    const t = list?.totals?.score;
    if (t && list!.totals!.row < model.headerRow && restated(grid, t.value, list!.totals!.row + 1, model.headerRow - 1)) model.totals = list!.totals;
  }
  if (family === "target-declaration" && model.headerRow === null) {
    const across = transposedTargetHeader(grid);
    if (across) Object.assign(model, { headerRow: across.top, headerLastRow: across.last });
  }
  return model;
}

/** (dev54) Rows 1…`row`−1 are lines of prose: one cell of text a line at most */
function proseAbove(grid: Grid, row: number): boolean {
  for (let r = 1; r < row; r++) {
    let cells = 0;
    for (let c = 1; c <= grid.scanCols; c++) if (grid.text(r, c) && ++cells > 1) return false;
  }
  return true;
}

/** Some cell of rows `from`…`to` holds the amount `value` (a head block restating a list's 合计: "资金总额: 2430.30"). */
function restated(grid: Grid, value: number, from: number, to: number): boolean {
  for (let r = from; r <= to; r++) {
    for (let c = 1; c <= grid.scanCols; c++) {
      // (an amount with its unit fused, "50万元", restates it as well)
      const n = grid.text(r, c) ? amountAt(grid, r, c) : null;
      // (the number as written, at its shown precision: "50万元" restates a 合计 of 50 read with no unit)
      if (n && !n.percent && agreesTyped({ value: n.value, decimals: n.decimals, percent: false }, value)) return true;
    }
  }
  return false;
}

/**
 * The result an evaluation summary states, as the model's total: the closing line of a weighted criteria table
 * (评价准则 | 权重(%) | 评价分值 | 加权平均得分, closed by 项目绩效 | 100% | / | 82.68: its weighted score, the sum of the
 * criteria's, related as such), else the score stated with its grade ("评价分值:88.64分 评价等级:良" in one line or in
 * label | value cells). A summary with no table header (a 概要表 of label | value pairs) is headed by the line stating
 * that result. Nothing when it states none.
 */
function summaryResult(grid: Grid, model: EvaluationModel): Partial<EvaluationModel> {
  const weighted = model.relations.find((r) => r.kind === "sum" && r.measure === "score" && r.block === "amount-table");
  if (weighted?.kind === "sum") {
    const t = weighted.total;
    const score = numberAt(grid, t.row, t.col);
    if (score) return { totals: { row: t.row, labelCell: grid.addr(t.row, 1), weight: null, score } };
  }
  // (dev59: not one item's result among several listed, peer-results.ts: such a list states no sheet's total)
  const stated = statedResult(grid, peerResultRows(grid));
  if (!stated) return {};
  const at = parseA1(stated.scoreCell);
  const score = stated.scoreCell === stated.gradeCell ? null : numberAt(grid, at.row, at.col);
  const text = grid.text(at.row, at.col);
  // (the decimals as written: "88.60分" shows two)
  const written = [...text.matchAll(/\d+(?:\.(\d+))?/g)].find((m) => Number(m[0]) === stated.score);
  const totals: Totals = {
    row: at.row,
    labelCell: stated.scoreCell,
    weight: null,
    score: score ?? { cell: stated.scoreCell, row: at.row, col: at.col, value: stated.score, text, decimals: written ? (written[1]?.length ?? 0) : null, percent: false },
  };
  // (a result stated in a form's label | value pairs under a line of pairs in the same columns — 评价分值 | 94 | 评价结论 | 优
  // under 评价机构 | … | 评价时间 | …: a 结果反馈表 — is one of the form's lines and heads nothing: the form has no header line;
  // a result line opening the form, right under its title, still heads the summary)
  return { totals, ...(model.headerRow === null && !pairedFormLine(grid, at.row, at.col) ? headerLines(grid, at.row) : {}) };
}

/**
 * Row r is one of a form's lines of label | value pairs, under another (财政评价结果反馈表: 评价组织机构 | 上高县财政局 |
 * 项目主管部门 | 上高县统计局, then 评价分值 | 94 | 评价结论 | 优): four cells or more, labels (a text with no number) and
 * values alternating, its value at col among them; and the content line above it fills the same columns with pairs — the
 * form's lines, no table under a header. A result line right under the title ('综合得分 | 85.5 | 评价等级 | 良' over the
 * form's pairs), a summary stating its result in one cell ('评价分值:88.64分评价等级:良'), or labels over their values are
 * no such line: the summary is headed by its result line.
 */
function pairedFormLine(grid: Grid, r: number, col: number): boolean {
  const filled = (row: number) => {
    const out: number[] = [];
    for (let c = 1; c <= grid.scanCols; c++) if (grid.ownsCell(row, c) && grid.compactText(row, c) !== "") out.push(c);
    return out;
  };
  const own = filled(r);
  const k = own.indexOf(col);
  if (k < 1 || own.length < 4 || own.length % 2 || k % 2 !== 1) return false;
  const isLabel = (row: number, c: number) => !/\d/.test(grid.compactText(row, c)) && !numberAt(grid, row, c);
  if (!own.every((c, i) => i % 2 || isLabel(r, c))) return false;
  let n = r - 1;
  while (n >= 1 && !grid.rowHasContent(n)) n--;
  if (n < 1) return false;
  const other = filled(n);
  return other.length === own.length && other.every((c, i) => c === own[i]) && other.every((c, i) => i % 2 || isLabel(n, c));
}

/**
 * An amount list's header (amountListHead): read as its last line and named by its top line, or, a period table's head of
 * two lines (its periods over 预算数 | 决算数: periodTableHead's top), by the period line; `earlier` a table above the list
 * under the same heads (several-tables.ts earlierSameHead), whose header is then the sheet's.
 */
function listHeaderLines(grid: Grid, list: { headerRow: number; top?: number } | null, earlier: number | null): { headerRow: number | null; headerLastRow: number | null } {
  if (list?.top !== undefined && (earlier === null || earlier >= list.top)) return { headerRow: Math.min(list.top, headerTop(grid, list.headerRow)), headerLastRow: list.headerRow };
  return headerLines(grid, earlier ?? list?.headerRow ?? null);
}

/** A header read as its last line (the line its table starts below): named by its top line (see headerTop). */
function headerLines(grid: Grid, last: number | null): { headerRow: number | null; headerLastRow: number | null } {
  return { headerRow: last === null ? null : headerTop(grid, last), headerLastRow: last };
}

/**
 * (fam59) The sheet's features read with a web page's chrome stored around its document read blank (当前位置 / 【打印本页】 /
 * 上一篇:…, page-chrome.ts): its title, its family's evidence and its tables are the document's; the grid the rules, the fills
 * and the region's detection read keeps every line (a page's 信息来源 names its publisher).
 */
function pageFeatures(grid: Grid): SheetFeatures {
  return sheetFeatures(withoutPageChrome(grid) ?? grid);
}

/**
 * Recognise a sheet, reading a table whose merged group cells were filled down (exported, pasted) as its merged
 * original: the grid the model was read from comes back with it, for the rules and fills to read the same cells.
 */
export function readSheet(sheet: Grid): { grid: Grid; model: EvaluationModel } {
  // (a side column's notes said beside the table's lines, 备注 | 考核方式 | 责任单位: read without them, side-columns.ts)
  // (and a remarks column's notes beside any table's lines, 备注 | 见附件2, 2024.6: no amounts, side-columns.ts withoutRemarks)
  // (and amounts written in Chinese units, '1,030萬6,880元': read as the 元 they state, unit-amounts.ts)
  // (and a header's words written over two lines, 一级 over 指标: read whole on one, split-heads.ts)
  // (and a scoring form printed two items a line, 项目 | 具体项目 | 评分 | 具体项目 | 评分: its left pair read as the table,
  // the other pairs' points added to their groups' sums, two-up-forms.ts)
  const joinedHeads = withJoinedHeads(sheet) ?? sheet;
  const twoUp = twoUpForm(joinedHeads);
  const joined = withTwoUpLeftHalf(joinedHeads, twoUp) ?? joinedHeads;
  const noted = withoutRemarks(joined) ?? joined;
  const remarked = withUnitAmounts(noted) ?? noted;
  let f = pageFeatures(remarked);
  const cleared = f.header && f.walk ? withoutSideCells(remarked, f.header, f.walk) : null;
  if (cleared) f = pageFeatures(cleared);
  const grid = cleared ?? remarked;
  const model = recognise(grid, f);
  const extra = filledDownMerges(grid, model);
  if (!extra.length) {
    if (twoUp) withTwoUpParts(joinedHeads, twoUp, model);
    return { grid, model };
  }
  const merged = grid.withMerges(extra);
  const again = recognise(merged, pageFeatures(merged));
  if (twoUp) withTwoUpParts(joinedHeads, twoUp, again);
  return { grid: merged, model: again };
}

/**
 * Every table's indicators, in one list (tables.flatMap((t) => t.walk.indicators)) made at its size: a flatMap grows its
 * result as it goes, and a 40,000-row table's list, past the size the young generation holds, is a large object
 * allocated anew at every step.
 */
function tablesIndicators(tables: { walk: TableWalk }[]): Indicator[] {
  return ([] as Indicator[]).concat(...tables.map((t) => t.walk.indicators));
}

/**
 * An indicator header read from its words (not inferred from the lines' contents), with a column naming the items, over
 * three lines or more the walk reads under it: a table's header whatever its family (cells42; the completion table of
 * a sheet of no family keeps it, recognise).
 */
function completionTableHead(header: HeaderMap | null, walk: TableWalk | null): boolean {
  if (!header || header.inferred || !walk || walk.indicators.length < 3) return false;
  const c = header.columns;
  return (c.level3 ?? c.level2 ?? c.level1) !== undefined;
}

/** Rows that make a table of indicators whatever its family: a name, a 分值 and a 得分 column, two rows with both. */
function scoredRows(m: EvaluationModel): boolean {
  const c = m.columns;
  if ((c.level3 ?? c.level2 ?? c.level1) === undefined || c.weight === undefined || c.score === undefined) return false;
  return m.indicators.filter((i) => i.weight !== null && (i.claimedScore !== null || i.scoreText)).length >= 2;
}

/** A header that heads a scored table: an indicator name column and a 得分 column. */
function isScoredHeader(h: HeaderMap): boolean {
  const c = h.columns;
  return (c.level3 ?? c.level2 ?? c.level1) !== undefined && c.score !== undefined;
}

/**
 * A sheet scored in two (or more) tables under one stated total: a rubric with one criterion per row (项目权重 |
 * 评价内容 | 分值 | 自评分, or 目标名称 | 评分标准 | 分值 | 得分) above or below an ordinary 一级/二级/三级 table. Every
 * header of a scored table with other level columns than the one found (a header repeated at a page break has
 * the same ones) starts a table of its own, read under its own columns down to the next table's header. Null
 * when the sheet has only the one table, or when a table is not scored (a target table beside a scored one).
 */
function scoredTables(grid: Grid, header: HeaderMap, walk: TableWalk): { header: HeaderMap; walk: TableWalk }[] | null {
  if (!isScoredHeader(header) || !walk.indicators.length) return null;
  const own = levelColumns(rowRolesShared(grid, header.headerRow));
  const others: HeaderMap[] = [];
  const last = Math.min(grid.rowCount, SCAN.indicatorHeaderRows);
  for (let r = 1; r <= last; r++) {
    if (r >= header.firstHeaderRow && r <= header.headerRow) continue;
    // (the header's line printed again at a page break, word for word: the table goes on under it, whatever it reads as)
    // (or any line of a header of several lines: 序号 | 评价指标 | 分值 over 一级指标 | 二级指标 …, both printed again)
    // (but printed again below the table above it once that table has closed — its 说明 or signature line met first,
    // as a compiled document runs its score sheets together: 26 …评分表(油茶抚育), then 27 …评分表(木本粮油种植) under the
    // same four heads — the head of a second table of the same layout, read as one of its own)
    // (a head of the same level columns as the header's, not word for word — a 序号 column headed in the first table
    // only — is as much the same layout's)
    const repeated = repeatsHeaderLine(grid, header, r);
    const roles = rowRolesShared(grid, r);
    if (repeated || (hasLevel(roles) && distinctKeyRoles(roles) >= 3 && levelColumns(roles) === own)) {
      if (r > header.headerRow && closedAbove(grid, header, walk, others, r)) {
        const h = headerAt(grid, r);
        if (isScoredHeader(h) && h.headerRow >= r) {
          others.push(h);
          r = h.headerRow;
        }
      }
      if (repeated) continue;
    }
    const criteria = hasLevel(roles) ? null : criteriaHeaderAt(grid, r, roles);
    if (!criteria && (!hasLevel(roles) || distinctKeyRoles(roles) < 3 || levelColumns(roles) === own)) continue;
    const h = criteria ?? headerAt(grid, r);
    if (h.firstHeaderRow <= header.headerRow && h.headerRow >= header.firstHeaderRow) continue;
    if (others.some((o) => h.firstHeaderRow <= o.headerRow && h.headerRow >= o.firstHeaderRow)) continue;
    // a header repeated inside one of the other tables (the same level columns) is that table's, not a new one
    if (!criteria && others.some((o) => levelColumns(rowRolesShared(grid, o.headerRow)) === levelColumns(roles))) continue;
    if (!isScoredHeader(h)) return null;
    others.push(h);
  }
  if (!others.length) return null;
  const headers = [header, ...others].sort((a, b) => a.firstHeaderRow - b.firstHeaderRow);
  const tables = headers.map((h, i) => ({ header: h, walk: walkIndicatorTable(grid, h, Math.min(h.lastRow ?? grid.rowCount, i + 1 < headers.length ? headers[i + 1].firstHeaderRow - 1 : grid.rowCount)) }));
  // each table is scored: at least one of its rows carries a weight or a score
  if (tables.some((t) => !t.walk.indicators.some((x) => x.weight !== null || x.claimedScore !== null))) return null;
  return tables;
}

/**
 * The table right above line `r` (the header's own, or the last other table found above `r`) closed before it: its walk
 * met a closing line (a 说明, a signature, a 总分 line) above `r`. A header printed again under a closed table heads a
 * table of its own; under a table still going on it is a page break's repeat.
 */
function closedAbove(grid: Grid, header: HeaderMap, walk: TableWalk, others: HeaderMap[], r: number): boolean {
  let above: HeaderMap | null = null;
  for (const o of others) if (o.headerRow < r && (!above || o.headerRow > above.headerRow)) above = o;
  if (!above || above.headerRow < header.headerRow) return walk.closingRow !== null && walk.closingRow < r;
  const w = walkIndicatorTable(grid, above, r - 1);
  return w.closingRow !== null && w.closingRow < r;
}

/** Line `r` prints one of the header's lines again, word for word (a page break's repeat). */
function repeatsHeaderLine(grid: Grid, header: HeaderMap, r: number): boolean {
  for (let k = header.firstHeaderRow; k <= header.headerRow; k++) if (sameHeaderLine(grid, k, r)) return true;
  // (a header of two lines without merges whose upper line was read as none of its own, both lines printed again, the
  // lower one of fewer words: 序号 | 考核内容 | 分数 over | 一级要素 | | 二级要素 |)
  const k = header.firstHeaderRow;
  if (k < 2) return false;
  return (sameHeaderLine(grid, k - 1, r) && sameHeaderLine(grid, k, r + 1, 1)) || (r > 1 && sameHeaderLine(grid, k - 1, r - 1) && sameHeaderLine(grid, k, r, 1));
}

/**
 * Another indicator header above or below the table that was read (项目决策/项目管理 scored under 评价内容 | 分值 |
 * 自评分, then 项目绩效 under 一级指标 | 二级指标 | 三级指标 | … | 自评分): the rows read are only part of what a
 * total stated for the sheet covers. A header beyond a form's title line (another 项目支出绩效自评表 stacked above or
 * below, with its own head, fund block and total) belongs to that form, not to this table's total.
 */
function otherHeader(grid: Grid, firstHeaderRow: number, tableEnd: number): boolean {
  const isHeader = (r: number) => {
    const roles = rowRolesShared(grid, r);
    return hasLevel(roles) && distinctKeyRoles(roles) >= 3;
  };
  // (the line right above the header, no line of data between, is the header's own upper line where it reads as a
  // header too — 考核内容 | 权重(%) | 考核得分 over 一级要素 | 二级要素, its merges undone — not another table's)
  for (let r = firstHeaderRow - 2; r >= 1 && !titlesAnotherForm(grid, r); r--) if (isHeader(r)) return true;
  for (let r = tableEnd + 1; r <= grid.rowCount && !titlesAnotherForm(grid, r); r++) if (isHeader(r)) return true;
  return false;
}

/**
 * Rows 1…last with content, an attachment's number or the money unit on a line of its own aside ("附件2", "单位:万元"),
 * and a form's preamble (项目名称 | …, 填报单位:… 单位:万元: whose form it is, no line of it).
 */
function rowsWithContent(grid: Grid, last: number): number {
  let n = 0;
  for (let r = 1; r <= last; r++) if (grid.rowHasContent(r) && markerLine(grid, r) === null && !preambleLine(grid, r)) n++;
  return n;
}

/** All groups of the tree, depth first. */
export function allGroups(groups: GroupNode[]): GroupNode[] {
  const out: GroupNode[] = [];
  const visit = (g: GroupNode) => {
    out.push(g);
    g.children.forEach(visit);
  };
  groups.forEach(visit);
  return out;
}

/** A lone 小计 after every indicator row, in a table with no 合计/总分 row: the table's total ("小计 | 100 | 90.5"). */
/**
 * The line right under the indicators whose 分值 is the column's sum (over three weighted lines or more, with or without
 * the budget line's points) and that has a 得分, no indicator name and a label outside the total vocabulary ("分总",
 * the page's slip for 总分) or none: the table's total line, its 得分 then checked as any total's.
 */
function sumsRow(grid: Grid, indicators: EvaluationModel["indicators"], cols: HeaderMap["columns"], lastIndicatorRow: number, end: number, budget: EvaluationModel["budget"]): Totals | null {
  const nameCol = cols.level3 ?? cols.level2 ?? cols.level1;
  if (!cols.weight || !nameCol || lastIndicatorRow === 0) return null;
  // (an unfilled form, no line scored: its total line states the 分值 sum and leaves its 得分 blank as every line's)
  const unscored = indicators.every((i) => i.claimedScore === null);
  const weighted = indicators.filter((i) => i.weight !== null);
  if (weighted.length < 3) return null;
  // (with the budget line's points where the sheet scores its 执行率: the 总分 counts them)
  const main = budget?.items.find((it) => it.kind === "total" && it.weight);
  const wSum = weighted.reduce((a, i) => a + i.weight!, 0);
  const sSum = indicators.reduce((a, i) => a + (i.claimedScore ?? 0), 0);
  const sums: [number, number][] = [[wSum, sSum], ...(main?.weight ? [[wSum + main.weight.value, sSum + (main.score?.value ?? 0)] as [number, number]] : [])];
  for (let r = lastIndicatorRow + 1; r < Math.min(end + 1, lastIndicatorRow + 3); r++) {
    if (!grid.rowHasContent(r)) continue;
    // (a label merged across the name columns, "分总" over A:F, is no name; nor is that merge filled across, "分总" in
    // each of A:F, the name column's a copy of the cell left of it)
    if (grid.ownsCell(r, nameCol) && grid.text(r, nameCol) !== "" && !copiesLeft(grid, r, nameCol)) return null;
    const weight = numberOrPointsAt(grid, r, cols.weight);
    const score = cols.score ? numberOrPointsAt(grid, r, cols.score) : null;
    const blankScore = unscored && (!cols.score || grid.text(r, cols.score) === "");
    // (the 分值 sum is the evidence; a 得分 that is not its column's sum is then the slip the total check reports)
    if (!weight || (!score && !blankScore) || !sums.some(([w]) => agreesTyped(weight, w) && w > 0)) return null;
    let labelCol = 1;
    while (labelCol < nameCol && !(grid.ownsCell(r, labelCol) && grid.text(r, labelCol))) labelCol++;
    return { row: r, labelCell: grid.addr(r, labelCol), weight, score };
  }
  return null;
}

/**
 * The row of the list's last line when it has no name, no target nor value, and its 分值 is the sum of the 分值 of the
 * lines above it (three at least; with the budget line's points where the sheet weighs its 执行率, as sumsRow): a 总分 line whose label stands outside the name columns ("分总 | … | 100 | 100", the
 * label's merge across them undone), read as the line of sums sumsRow finds below the lines — or whose name is that
 * label written again from the cell left of it (the merge filled across: "分总" in each of A:F). Null otherwise.
 */
function unnamedSumsLine(grid: Grid, indicators: Indicator[], budget: EvaluationModel["budget"]): number | null {
  const last = indicators[indicators.length - 1];
  if (!last || last.weight === null || last.childOfRow !== null) return null;
  // (the label merged across the name columns and beyond, filled across: its name, target and actual cells each a copy)
  const copied = (cell: string | null) => cell !== null && copiesLeft(grid, last.row, parseA1(cell).col);
  const empty = (v: Indicator["target"], cell: string | null) => (v?.kind ?? "empty") === "empty" || copied(cell);
  if ((last.name && !copied(last.nameCell)) || !empty(last.target, last.targetCell) || !empty(last.actual, last.actualCell)) return null;
  const above = indicators.slice(0, -1).filter((i) => i.weight !== null && i.childOfRow === null);
  if (above.length < 3) return null;
  const sum = above.reduce((a, i) => a + i.weight!, 0);
  const share = budget?.items.find((it) => it.kind === "total" && it.weight)?.weight?.value ?? 0;
  return [sum, sum + share].some((x) => agreesTyped(last.weight!, x)) ? last.row : null;
}

/** The whole a 总分 printed first states by convention: a total of other points is the table's own sum, not a cut. */
const STANDARD_WHOLE = 100;

/**
 * A 总分 of 100 printed first, above the groups (总分 | 100, then 一、… 16 | 二、… 70), that the groups' own stated
 * points fall short of, while every 一级 group is whole — two or more, each stating its points, its lines all weighted
 * and adding up to them: the missing points are a group of their own past the sheet's end (an excerpt's cut, a page
 * not shown), whatever closes the page below. A group whose lines do not add up, or a total of other points (a slip
 * in the 总分: 101 over 100), is no cut.
 */
function groupMissingPastEnd(model: EvaluationModel): boolean {
  const tw = model.totals?.weight;
  if (!tw || tw.percent || !agreesTyped(tw, STANDARD_WHOLE)) return false;
  const level1 = model.groups.filter((g) => g.level === 1);
  if (level1.length < 2) return false;
  let stated = 0;
  for (const g of level1) {
    if (g.weight === null) return false;
    let lines = 0;
    let n = 0;
    for (const i of model.indicators) {
      if (i.level1 !== g || i.childOfRow !== null) continue;
      if (i.weight === null) return false;
      lines += i.weight;
      n++;
    }
    if (n === 0 || !agreesTyped(g.weight, lines)) return false;
    stated += g.weight;
  }
  if (model.indicators.some((i) => i.childOfRow === null && !level1.includes(i.level1!))) return false;
  return fallsShortTyped(stated, tw);
}

/** The total line a header read from graded lines names (see inferGradedLines): its 分值, 得分 and 等级. */
function totalLine(grid: Grid, header: HeaderMap): { totals: Totals; grade: CellRef<string> | null } | null {
  const r = header.totalRow;
  const { weight, score, grade } = header.columns;
  if (r === undefined || weight === undefined || score === undefined) return null;
  return { totals: { row: r, labelCell: grid.addr(r, 1), weight: numberOrPointsAt(grid, r, weight), score: numberOrPointsAt(grid, r, score) }, grade: textAt(grid, r, grade) };
}

/**
 * The first line under the header that carries only a 分值 and a 得分, no name in any level column and no other cell,
 * above the indicator lines, its 分值 at least their sum: the indicator block's stated total, printed before its lines
 * (Yunnan 项目支出绩效指标表: 绩效指标 | … | 分值 | 得分, then '| | | … | 90.00 | 90.00', then the lines).
 */
function leadingSumsLine(grid: Grid, header: HeaderMap, indicators: EvaluationModel["indicators"]): { totals: Totals; complete: boolean } | null {
  const cols = header.columns;
  if (!cols.weight || !cols.score || !indicators.length) return null;
  let r = header.headerRow + 1;
  while (r < indicators[0].row && !grid.rowHasContent(r)) r++;
  if (r >= indicators[0].row) return null;
  for (let c = 1; c <= grid.scanCols; c++) {
    if (c === cols.weight || c === cols.score) continue;
    if (grid.ownsCell(r, c) && grid.text(r, c) !== "") return null;
  }
  const weight = numberOrPointsAt(grid, r, cols.weight);
  const score = numberOrPointsAt(grid, r, cols.score);
  if (!weight || !score || weight.percent || score.percent) return null;
  const sum = indicators.reduce((a, i) => a + (i.weight ?? 0), 0);
  if (fallsShortTyped(weight, sum)) return null;
  return { totals: { row: r, labelCell: grid.addr(r, 1), weight, score }, complete: !exceedsTyped(weight, sum) };
}

function loneSubtotal(grid: Grid, subtotals: Subtotal[], lastIndicatorRow: number): Totals | null {
  if (subtotals.length !== 1) return null;
  const st = subtotals[0];
  if (st.row <= lastIndicatorRow || (!st.weight && !st.score)) return null;
  let labelCol = 1;
  while (labelCol < grid.scanCols && !SUBTOTAL_LABEL.test(grid.compactText(st.row, labelCol))) labelCol++;
  return { row: st.row, labelCell: grid.addr(st.row, labelCol), weight: st.weight, score: st.score };
}

/** Weight blocks read once each: a section line of its own left of the table's columns is read as a section (the
 *  rows below it), not as a label merged over its one row. */
function uniqueBlocks(blocks: WeightBlock[]): WeightBlock[] {
  const seen = new Set<string>();
  return blocks.filter((b) => !seen.has(b.cell) && !!seen.add(b.cell));
}
