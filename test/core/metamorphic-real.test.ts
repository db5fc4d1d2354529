import { Grid } from "../../src/core/grid/grid";
import { a1, parseA1, rangeA1 } from "../../src/core/grid/a1";
import { afterCover, allUnmerged, build, emptyColumnAfter, filledAcross, id, Move, moved, numbersAsText, SHEETS, signature, traditional, baseReview, reviewOf } from "./metamorphic";

/**
 * The real published sheets (test/fixtures/real, extra) and the template kinds (kinds/sheets.ts), changed in
 * ways that leave their meaning alone — moved, unmerged, converted to traditional characters, an empty column
 * inserted, a cover sheet added before them in the workbook, merged cells filled down, filled across and down or undone, points written
 * with their unit, a 序号 column added — must give the same family, the same relations
 * and the same findings at the correspondingly moved cells.
 */

/** Every vertical merge undone, the label left on its first row. */
function unmerged(g: Grid): Grid {
  return build(g, (r, c) => g.cell(r, c), g.rowCount, g.colCount, g.merges.filter((m) => m.r1 === m.r2).map((m) => rangeA1(m)));
}

/**
 * Every vertical merge undone and its value written again on each row it covered, as an export or a paste of a
 * merged table gives it (一级 label and 权重 on every row of the group).
 */
function filledDown(g: Grid): Grid {
  const vertical = g.merges.filter((m) => m.r1 !== m.r2);
  const owner = (r: number, c: number) => vertical.find((m) => r >= m.r1 && r <= m.r2 && c >= m.c1 && c <= m.c2);
  return build(g, (r, c) => { const m = owner(r, c); return m && c === m.c1 ? g.cell(m.r1, m.c1) : m ? null : g.cell(r, c); }, g.rowCount, g.colCount, g.merges.filter((m) => m.r1 === m.r2).map((m) => rangeA1(m)));
}

/** Weights and scores of the indicator rows written with their unit, as text ("10分", "8.5分", "-2分"). */
function withPoints(g: Grid, cols: number[], rows: Set<number>): Grid {
  return build(g, (r, c) => {
    const x = g.cell(r, c);
    if (!x || typeof x.v !== "number" || !rows.has(r) || !cols.includes(c) || /%/.test(x.fmt ?? "")) return x;
    return { v: `${x.v}分` };
  }, g.rowCount, g.colCount, g.merges.map((m) => rangeA1(m)));
}

/** A 序号 column before the table: "序号" in the header row, the indicator rows numbered 1, 2, 3 … */
function withSerialColumn(g: Grid, headerRow: number, rows: number[]): { grid: Grid; back: Move } {
  const num = new Map(rows.map((r, i) => [r, i + 1]));
  const grid = build(g, (r, c) => (c === 1 ? (r === headerRow ? { v: "序号" } : num.has(r) ? { v: num.get(r)! } : null) : g.cell(r, c - 1)), g.rowCount, g.colCount + 1, g.merges.map((m) => rangeA1({ r1: m.r1, c1: m.c1 + 1, r2: m.r2, c2: m.c2 + 1 })));
  return { grid, back: (cell) => { const p = parseA1(cell); return a1(p.row, Math.max(1, p.col - 1)); } };
}


/**
 * Real sheets whose invariance the engine does not keep yet (`<sheet>|<change>`, with the reason). Each listed check
 * must still FAIL: fixing the engine turns it red until the entry is removed (as KNOWN_GAPS in real-sheets.test.ts).
 */
/**
 * Causes of the 'filled across' entries (session 33, meta33): each sheet measured by filling its merges one at a time
 * (the merge or merges that alone change its reading are named in its entry). None gives a false error (模范职工之家's
 * code-sequence@B7 and 幼儿园's code-sequence@A24, @A38 closed in session 33).
 */
const FILLED = {
  HEAD: "a head merged over columns of different roles written in each (its word now names every column; nothing in the values tells code, name and points apart as the merge did): the table's columns read otherwise",
  SECTION: "a section or total line merged across the table written in every cell: its copy in the name or points column reads as an indicator line (or a group of one)",
  GROUP: "a group head merged over its parts' columns in an amount table written in each: the group's span the merge gave (its parts, a leading 小计/合计, 其中 columns) is lost, its sums not read",
  DOWN: "a number merged down over a group's lines written on each (a filled amount): read as a part, or as each line's weight — the 'filled down' change's shape (that test compares no relations)",
};
const KNOWN_GAPS: Record<string, string> = {
  // tgt52 (session 52): target forms' fund heads read by their merges (fund-head-columns.ts, fund-breakdown-sides.ts) or by
  // label | amount pairs side by side (blocks.ts pairSums); the relations added on the published sheet are lost when
  // the merges are filled across, or an empty column parts a label from its amount
  // gd-lechang filled across sum/amount B6: closed by tgt52b (session 52): fund-head-columns.ts reads a group filled across its sub-heads as one
  // sc-luxian filled across sum/amount B6: closed by tgt52b (session 52): fund-head-columns.ts reads a group filled across its sub-heads as one
  // hn-lixian filled across sum/amount C7: closed by tgt52b (session 52): fund-breakdown-sides.ts reads a 按…分 heading filled across its merge once, at its first cell
  // gs-jiayuguan empty column sum/amount B6: closed by tgt52b (session 52): blocks.ts pairSums passes an empty spacer column between a label and its amount
};
Object.assign(KNOWN_GAPS, {
  // 上海 实事项目 'filled down' / 'filled across' closed by grad50c (session 50): a serial column writing a number on three lines in a row (a merge filled) excuses a number written again on the next line (code-sequence.ts filledSpans)
  // cn-agency-archives-work-target-management-scoring-standard-trad-excerpt (header-row, indicators, expected-findings, and its family without the title in the metamorphic files): closed by grad45a (session 45): a criterion column whose items close with their points ('…。1分') beside a score column is the items' column (closing-items.ts), their bracketed parts held against the points (rubric-points-mismatch closingParts)
  // cn-municipal-soe-annual-operating-performance-assessment-scoring-excerpt (indicators, and its family without the title in the metamorphic files): closed by grad45a (session 45): a bracket naming the item's worth with its word ('(基本分为30分)') states its points, the line the item; the 评议 table the paragraph introduces is passed over (paragraph-list.ts)
  // 衛福部 前瞻 分配表's 'moved' and 'filled across' closed by grad44e (session 44): the closing label read in the table's first
  // four columns counted from the sheet's first text column, a label filled across spans its copies, the 小計s nested by level
  // grad44b (session 44): 气象局 预报司 (graduated in session 44) reads since grad44b, a rule table without its header
  "real/cn-cma-provincial-bureaus-annual-target-forecast-dept-scoring-excerpt|unmerged":
    "气象局 预报司 (grad44b): B1 '提高监测预报的准确率。(6分)' merged down over its five rule lines (rows 1–5) — merged, the walk reads rows 2–5 as lines of the item without points of their own; undone (the label on row 1 only), a line with a rule and no name is no line of the table and rows 2–5 are not read. The truth's optional rows either way: the same weights (row 1 6, rows 6–9 2 1 3 4), no finding in either; the walk's rule lines under a name merged down and under a blank name are read apart (a walk-wide reading, not changed here)",
  "real/cn-cma-provincial-bureaus-annual-target-forecast-dept-scoring-excerpt|all unmerged":
    "气象局 预报司 (grad44b): as its 'unmerged' entry — rows 2–5, B1's rule lines, not read once the merge is undone; the same weights, no finding",
  "real/tw-economic-development-fund-surplus-appropriation-budget-1999-trad|filled across": "corpus54b development sheet (session 44, measured once on d864fe8b before any engine change): relations differ: sum/amount D6 ← D7,D8; D9 ← D10,D11; F6 ← F7,F8; F9 ← F10,F11 lost — with the head merges filled across ('金 額' over B:C, D:E, F:G and '增(+) 減(-)' over F:G written in every cell), the 上年度 and 增減 amount columns are no longer read as amount columns (the amount | % pairs' heads repeated over the % columns)",
  // graduated from validation/ in session 40 (lead, measured on 28a16a2): 文明村's entries closed by grad40a (its heads'
  // item counts, '考评指标(7项)', read as a remark: its header is read; batch50-graduation-a-diagnosis.md)
  // (graduated from validation/ in session 39: 森林防火's 'filled down' and 'filled across' — the 标准分 merged down over a
  // group's lines, filled down, read as every line's own worth — closed by gaps40: a points' run beside its label's run
  // over the same lines is the merged pair where one run of the column is awarded once by its lines' rules, 5分 = 2 + 2 + 1
  // (filled-down.ts ruledPointsRuns))
  // gaps38 (session 38): 姚安's per-line totals were read from its merged header only; its 'filled across' and RELATION_GAPS'
  // three entries closed by gaps39 (blocks.ts headBox: a head's span from its texts where its merge is undone or filled)
  // corpus47a (session 37): 广元's 'filled across' closed by gaps39 (its header read through the mended lost character)
  // batch 29: 英德 reads since eng19f (具体打分办法 a rubric word); its 'unmerged' (group labels merged down beside the first
  // item's line) fixed by eng28b: the level word merged over label | 序号 | item columns reads the last as the items' (itemsUnderMergedLevel)
  "real/hb-huangshi-library-sharing-project-selfeval-2022|filled down":
    "a 得分 merged over two 三级 lines (one score for the pair), no 分值 column and nothing else merged with it: written on both lines it reads as two scores of 10, which is what the filled sheet says — only a 得分 or 评分标准 copied beside repeated points tells one merged value (filled-down.ts copiedBeside), and a score has no companion here",
  // the five 'all unmerged' entries of a header's second line (区域目标值 over the counties, 指标值 over two years, 绩效指标评价标准
  // over 优 | 良 | 中 | 差, 三级指标 over 指标名称 | 指标涵义) closed by eng31b: the words under blank header cells right of a word,
  // nothing under the header's other words, are its lower line (table-header.ts unmergedSubHeaderBelow)
  // batch 32 (corpus32): measured once before any engine change (batch32-diagnosis.md)
  // validation batches corpus20–corpus32, graduated to real/ by age in session 25 (measured just before the move on dd1fe93)
  // batch 20 (corpus20)
  // validation batches corpus33 and corpus34, graduated from validation/ by age in session 27 (measured just before the move on defe8bf)
  // batch 39b (corpus39b): development sheets, measured once before any engine change (batch39b-diagnosis.md); the 2020
  // 重点生态功能区 table's two entries (unmerged, all unmerged) closed by fix39: the leading 地方合计's parts now run to 云南
  // whatever the merges (a named line with no amount is no end of the list), its flags info only
  // batch 41 (corpus41): the 人事處 範例's 'all unmerged' (read better than merged) fixed in corpus41: 評分標準 merged over its sub-heads titles them
  // session 32 (meta32): five entries closed — 眉山 2017 'all unmerged' (项目内容 | blank over a 分项 on its first line and an
  // item's name on each: the head spans both, table-header.ts unmergedNameSpan); 眉山 2019 'all unmerged' (its false L7: a
  // whole's line read a rate's column whose head, 城镇登记失业率低于(%), stands over the trio's first column only,
  // blocks.ts areaWholeLines); 凉山 'unmerged' and 'all unmerged' (M13: the leading 总投资's header line below it blank,
  // 县名 on the header's first line only, blocks.ts leadingTotalColumns); 人事處 'filled down' (the target's label written
  // again beside its 總計 line, table-closing.ts isClosingRow)
  // session 35 (meta35): five 'filled across' entries of FILLED.GROUP closed — a group head written in each of its
  // columns is read as its merge (cells.ts headMerge in leadingTotalColumns, subtotalLine, wholeBesideParts) and a
  // total's head written again under it as its merge down: 黄山 P4, 大足 B10…, 乐昌 B6/H6/P6 and C6/F6, 广元 B7…;
  // 南江 林草 re-diagnosed (a code line's label over the 合计 column)
  // session 36 (meta36): the nine entries of the cause 'an amount or a fund field merged across written in each cell'
  // closed — an inline fund line ("年度资金总额:16") or a multi-line breakdown written again from the cell left of it is
  // read once (budget.ts findLabelledFundSums, multiLineBreakdowns: copiesLeft), a column written again from the one left
  // of it, head and every line's amount (cells.ts columnCopiesLeft), adds no sum of its own (furtherAmountColumns,
  // closingTotals), and a numbered fund list reads its lines past a label filled down beside them and its own label
  // filled across to the amounts (numbered-funds.ts entryOf: copiesAbove, copiesLeft): 龙岩 2023, 青山, 海南 会展, 南岳
  // 实验中学, 湘阴, 岳阳楼, 乌海, 昭化 ×2
  // session 36 (meta36): four entries of FILLED.HEAD closed — a level's or the items' head merged over the group labels'
  // column and the items' (项目 | 达标项目 over A:B, 项目名称及分值 over A:C) written in each is read as its merge: the
  // header's ladder and blank-head readings pass over a head's copies (table-header.ts ladderColumns, ladderLevels,
  // pointedBlankHead: copiesLeft, headMerge), the group column beside the items reads the merge from the copies
  // (group-labels-beside-items.ts underLevelHead, numbersUnder) and so does pointedColumnsUnderHead (short-lists.ts),
  // whose labels written again right of themselves are the left column's; a name written again on the line under it
  // (its merge down filled) names no item of its own (itemsUnderMergedLevel, labelsSpanItems: copiesAbove):
  // 莲塘书屋, 温州 2012, 温州 职工之家, 萧山 家庭农场
  // session 36 (meta36): two entries of FILLED.DOWN closed — a block's label merged down over its lines and their
  // unlabelled subtotal line, written on each (县区 仙游县, 单位 上杭县 / 漳平市), is read as its merge (block-subtotals.ts
  // filledDownLabels): 龙岩 2025 D8, D11 and 莆田 E8 kept
  // session 37 (meta37): two entries of FILLED.DOWN closed — a label and its number merged down side by side over their
  // lines (a county and its 合计 over its towns, a 一级 label and its 自评权重), filled down, are read as the merged pair
  // where one run of the column at least is its lines' sum in another column (filled-down.ts labelledTotalRuns):
  // 泉州 B5/B7/B12, 南昌县 蚕茶 B11/B18/B24
  // session 37 (meta37): two entries of FILLED.HEAD closed — a head merged over two columns written in each is read as
  // its merge where the merge told the columns' roles: 分值 | 分值 over 标准分 | 得分 on a scoring sheet (table-header.ts
  // scoreUnderMergedPoints: headMerge), a 三级 label written again in its 四级 cell is the line itself, named by the 三级,
  // no block of its own (fourth-level.ts leafNameColumn: copiesLeft; label-blocks.ts findThirdLevelBlocks: headMerge):
  // 港南 八塘 C4…, 武当 C9
  // session 37 (meta37): the two entries of FILLED.SECTION closed — a line's label merged across the name columns (or left
  // of the table's columns), filled across, is read as its merge: the last line's name, target and actual cells each a
  // copy of the label ("分总" in A:F over 100 | 100) make the line of sums (index.ts unnamedSumsLine, sumsRow:
  // copiesLeft), and a block label with its points copied across its line is a block over that line alone, read once
  // (table-closing.ts findWeightBlocks: copiesLeft, headMerge): 霍山 G25/H25, 泰州 A2
  // session 37 (meta37): two entries filed under FILLED.DOWN re-diagnosed and closed — neither was a number read as a part
  // or a weight: 荆门's fund line lost its breakdown to the source label written again beside its amounts (A4:A5
  // 资金来源(万元) filled down: the amount line holds nothing but amounts and that copy, fund-source-line.ts copiesAbove),
  // 平山's rate to its copies under its heading's copies (F4:H6 87% under 预算执行率 written in F3:H3: one rate at its
  // first copy, labelled-rates.ts): 荆门 D1, 平山 F4
  // session 33 (meta33): 'filled across' (every merge filled across and down) added; 415 of 448 sheets with merges read the
  // same family, rows, relations and errors; the 33 others listed here by cause
  "real/cn-associate-researcher-appraisal-elements-grading-table-trad|filled across":
    `${FILLED.HEAD} — C3:F3 等次及分值 over the grades, A3:A4/B3:B4 filled down: the points column no more read, the weight rollups lost`,
  // (fj-dehua-elderly-meal-aid-allocation-target-2025|filled across: fixed by corpus45 — D13 ← C13 no longer read)
  "real/hb-huangshi-library-sharing-project-selfeval-2022|filled across":
    `${FILLED.DOWN} — G13:G14, G16:G17, G22:G23 (one 得分 of 10 over two lines) on each: the same cause as its 'filled down' entry`,
  // batch 47b (corpus47b): 山东 卫生先进单位 reads since corpus47b (项目 | 项目内容 | … | 实得分, the items' points in their labels)
  "real/sd-provincial-health-advanced-unit-creation-standard-scoring-excerpt|empty column":
    "an empty column inserted between 项目 (the group labels '一、组织管理(10分)') and 项目内容 (the items): groupLabelsBesideItems takes no group column across an empty one (a spacer column there is the 学校建设评估细则 shape of rule-sheet-ladders-breaks.test.ts, whose labels are weight blocks, not a level), so the groups become weight blocks — the same rollup A4 ← B4..B7 — and the cut item 5 (row 8, no points) is read as an item without weight (the truth allows it: optional row)",
  "real/zj-xidian-village-sanitation-waste-sorting-scoring-excerpt|filled across":
    `${FILLED.DOWN} — C18:C19 基础设施13分 filled down onto its last line: C18 ← F18 (a group of one), no single merge alone`,
  // graduated from validation/ in session 43 (lead); 南宁 残疾人 十二五's 'filled across' closed by grad43d (session 43): its header
  // 监测指标 | 单位 | 权重 | 目标值 read (监测指标 a level word), the family no more the title's alone
  // dev53 (session 43): 软科学's tier table, read since dev53 from 评分 merged across its four tier cells (point-tiers.ts)
  "real/cn-soft-science-project-performance-eval-scoring-form|filled across":
    "软科学 绩效评价评分表 (dev53): 评分 over the four tier cells written in each, or the merge undone — point-tiers.ts reads the span either way (the head's cell and the blank or same-headed cells right of it), but the sheet reader (readSheet: withoutRemarks / withoutSideCells, side-columns.ts) first clears the tier cells D–F, which no head of their own names, as side notes beside the table: the tiers are gone, no item keeps its top tier's points and the family is lost",
  "real/cn-soft-science-project-performance-eval-scoring-form|all unmerged":
    "软科学 绩效评价评分表 (dev53): 评分 over the four tier cells written in each, or the merge undone — point-tiers.ts reads the span either way (the head's cell and the blank or same-headed cells right of it), but the sheet reader (readSheet: withoutRemarks / withoutSideCells, side-columns.ts) first clears the tier cells D–F, which no head of their own names, as side notes beside the table: the tiers are gone, no item keeps its top tier's points and the family is lost",
} as Record<string, string>);
const orGap = (name: string, change: string, check: () => void) => (KNOWN_GAPS[`${name}|${change}`] ? expect(check).toThrow() : check());

/**
 * Relations the 'unmerged', 'filled down' and 'all unmerged' changes lose (or add) on sheets whose family, rows and
 * error findings they keep (session 37, meta37: those tests compared no relations till then; measured on e31877f, each
 * sheet's merges undone one at a time to name the merge that alone loses it). A relation lost is a slip no longer
 * found on a mutant of the changed sheet. Each listed check must still FAIL, as KNOWN_GAPS.
 */
const RELATIONS = {
  LINE: "a line merged across the table undone (a 合计 label over A:C, a closing note over A:D, a section line with its points over A:G): its label in its first cell only, the line read otherwise (its sum lost, or its section line read as a block over the lines below it)",
  // (its entries all closed by tgt52b, session 52: the head read without its merges)
  TGT52: "tgt52 (session 52): a target form's fund head with its parts in columns is read by the head's merges (the whole's head merged down over the head's lines, a group merged across its sub-columns, fund-head-columns.ts); undone or filled down, the head's lines are not told apart",
  XIDIAN: "基础设施13分 merged down C18:C19 over a group of one line, undone or filled down: read as a block label over its one line, C18 ← F18 added (its 'filled across' entry's cause)",
};
const RELATION_GAPS: Record<string, string> = {
  // gd-lechang unmerged / filled down / all unmerged sum/amount B6: closed by tgt52b (session 52): fund-head-columns.ts reads the head's second line without the merge down and a 其中 group over its 小计 without the merge across
  // sc-luxian unmerged / filled down / all unmerged sum/amount B6: closed by tgt52b (session 52): the same reading (总额 over a blank or copied cell, 基本支出 / 项目支出 over their 合计 sub-heads)
  // hn-nanyue-youth unmerged / all unmerged sum/amount C13: closed by tgt52b (session 52): fund-head-columns.ts reads the whole's head over a blank cell as a head of two lines
  // hn-nanyue-yulu unmerged / all unmerged sum/amount B12: closed by tgt52b (session 52): the same reading (财政资金 over 中央 … 本级 without its merge, 其他 over a blank)
  // (gaps40, session 40: the 21 entries of the cause 'a header's merge undone' (RELATIONS.HEAD: a group head over its
  // parts' columns, 其中: | 一般预算 over 小计 | its sources, or a head merged down over the header's lines, 合计 over a
  // blank) closed — the header's last line reads the word a merge down once carried from a line above it (blocks.ts
  // wordHigherUp in headerColumns and leadingTotalRows), a total's span runs down the blank lines under it and a part's
  // across the blank cells over its sub-heads (headBox, spanUndone, subtotalSpan in leadingTotalColumns), and a 分… group
  // spans them too (whole-and-parts.ts): 2020 重点生态功能区, 岳阳县 荣湾湖, 广元 2016, 山东 林业改革, 台灣 2000 and 2001,
  // 保山 ×2 (unmerged, all unmerged each), 黄山 P4, 大足, 乐昌 ×2, 南江 (all unmerged); 南江's 'filled across' with them (a
  // head copied from the cell left of it names no code column: code-columns.ts))
  // (gaps40: the 14 entries of the cause 'a total or a group's points merged down beside (or over) its lines, undone'
  // (RELATIONS.TOTAL) closed — a block label with its points runs down to the next label in its column or left of it, not
  // to a lower level's label on its own line (table-closing.ts findWeightBlocks: 城镇建设 B2, 济南 幼儿园 A2); a name
  // label's block goes on past a criterion's further lines, its 分值 merged down over them undone (label-blocks.ts
  // continuesLineAbove: 琼中 A2, A10, A15); and on a sheet with no merge down left, a number stated on a group's first line,
  // the lines under it blank up to its column, spans them where the sheet's numbers vouch (relations/merged.ts undoneSpans
  // in mergedRollups and mergedAmountSums: 泉州 B5/B7/B12, 湖南 部门整体 (hn-wanglu) D3/D5, 南昌县 蚕茶 B11/B18/B24, kind dept D3/D5), each
  // 'unmerged' and 'all unmerged')
  // (gaps40: the four entries of the cause 'a block's label merged down over its lines and their unlabelled subtotal
  // line, undone' (RELATIONS.BLOCK) closed — on a sheet with no merge down left, a line's first label runs down the lines
  // blank up to its column to the first line of amounts alone, its subtotal, where two thirds of such blocks add up
  // (block-subtotals.ts undoneLabels): 莆田 E8, 龙岩 2025 D8/D11, each 'unmerged' and 'all unmerged')
  // (gaps40: 龙岩 2023 'all unmerged' (RELATIONS.LINE: 合计 merged over A17:C17 undone lost 漳平's 小计 D16 ← D12…D15)
  // closed — a closing 合计's label spans the blank cells right of it before the line's number, within which its 小计
  // lines are read (blocks.ts closingTotals, blankSpanEnd))
  // (gaps40: 武城 'all unmerged' (RELATIONS.LINE: its closing sentence over A10:D10 undone read as a cut line, the table
  // truncated, B9 ← B4…B8 lost) closed — a sentence alone under the total line is a remark, no line cut (cut-row.ts
  // remarkLine))
  // (姚安's three entries, gaps38, closed by gaps39: the header's spans read from its texts too, blocks.ts headBox)
  "real/zj-xidian-village-sanitation-waste-sorting-scoring-excerpt|unmerged": `${RELATIONS.XIDIAN} — adds rollup/weight C18 ← F18`,
  "real/zj-xidian-village-sanitation-waste-sorting-scoring-excerpt|filled down": `${RELATIONS.XIDIAN} — adds rollup/weight C18 ← F18`,
  "real/js-taizhou-centralized-procurement-agency-assessment-scoring-2025-excerpt|all unmerged": `${RELATIONS.LINE} — adds rollup/weight A2 ← B3,B4,B5,B6… (gaps40: the relation added is the right one — 一、规范操作(55分) over its items' '(5)', '(4)' … points, the excerpt cut inside it, a bound with no finding; it is the merged sheet that reads no block under its section line across A:G)`,
  "real/zj-xidian-village-sanitation-waste-sorting-scoring-excerpt|all unmerged": `${RELATIONS.XIDIAN} — adds rollup/weight C18 ← F18`,
  // corpus49a (session 39): 中国科协 2007 青少年工作自评表 — its groups of no items, label merged across the group and item columns
  "real/cn-cast-youth-science-work-selfeval-form-2007|all unmerged": `${RELATIONS.LINE} — rollup/weight B26 ← C26, B27 ← C27 (辅协工作(7 分) | | 7, 特殊贡献(5 分) | | 5: merged over A:B the label is the line's name, its own '(7 分)' compared with its 分值; undone, the label stands in the group column and the item cell B26 is empty — the line is read, under its header and with its 分值 (criteriaHeaderAt names it by its label), but nameless, so its label's points are not compared; batch49a-diagnosis.md. gaps41: no slip is lost — the two item-label relations duplicate the block rollups A26 ← C26, A27 ← C27 kept on both sheets, so 辅协工作(8 分) or a 分值 of 8 is still found at A26; only its second flag, at C26, is gone; gaps41-diagnosis.md)`,
};
/** The relations kept as well (a sheet listed in KNOWN_GAPS for the change is left to that entry). */
const orRelationGap = (name: string, change: string, check: () => void) => {
  if (KNOWN_GAPS[`${name}|${change}`]) return;
  if (RELATION_GAPS[`${name}|${change}`]) expect(check).toThrow();
  else check();
};


describe.each(SHEETS)("%s", (name, load) => {
  // (the unchanged sheet reviewed once, its result only read by the tests below: reviewOf keeps it while this sheet's
  // tests run)
  const base = () => baseReview(name, load);
  test("moved down 4 rows and right 2 columns: the same family, relations and findings", () => {
    const m = moved(load(), 4, 2);
    orGap(name, "moved", () => expect(signature(reviewOf(name, m.grid), m.back)).toEqual(signature(base())));
  });
  test("an empty column inserted after column A: the same, moved", () => {
    const m = emptyColumnAfter(load(), 1);
    orGap(name, "empty column", () => expect(signature(reviewOf(name, m.grid), m.back)).toEqual(signature(base())));
  });
  /** The changed sheet reads the same family, indicator rows (weight, score) and error findings, cells moved back. */
  const sameRowsAndErrors = (grid: Grid, back: Move = id) => {
    const a = signature(reviewOf(name, grid), back, true);
    const b = signature(base(), id, true);
    expect([a.family, a.indicators, a.findings]).toEqual([b.family, b.indicators, b.findings]);
  };
  /** The same, and the same relations (RELATION_GAPS apart), the changed sheet reviewed once. */
  const sameRowsErrorsAndRelations = (change: string, grid: Grid) => {
    const a = signature(reviewOf(name, grid), id, true);
    const b = signature(base(), id, true);
    orGap(name, change, () => expect([a.family, a.indicators, a.findings]).toEqual([b.family, b.indicators, b.findings]));
    orRelationGap(name, change, () => expect(a.relations).toEqual(b.relations));
  };
  test("vertical merges undone (labels on their first row): the same family, rows, relations and error findings", () => {
    sameRowsErrorsAndRelations("unmerged", unmerged(load()));
  });
  test("merged cells filled down (an exported or pasted table): the same family, rows, relations and error findings", () => {
    sameRowsErrorsAndRelations("filled down", filledDown(load()));
  });
  test("every merge filled across and down (取消合并并填充, an export): the same family, rows, relations and error findings", () => {
    orGap(name, "filled across", () => {
      const a = signature(reviewOf(name, filledAcross(load())), id, true);
      const b = signature(base(), id, true);
      expect([a.family, a.indicators, a.relations, a.findings]).toEqual([b.family, b.indicators, b.relations, b.findings]);
    });
  });
  test("every merge undone, across and down (a CSV dump): the same family, rows, relations and error findings", () => {
    sameRowsErrorsAndRelations("all unmerged", allUnmerged(load()));
  });
  test("weights and scores written with their unit ('10分', '8分'): the same family, rows and error findings", () => {
    const r = base();
    const cols = [r.model.columns.weight, r.model.columns.score].filter((c): c is number => c !== undefined);
    sameRowsAndErrors(withPoints(load(), cols, new Set(r.model.indicators.map((i) => i.row))));
  });
  test("every number typed as text, as the cell shows it ('96.40', '96.40%'): the same family, rows and error findings", () => {
    orGap(name, "numbers as text", () => sameRowsAndErrors(numbersAsText(load())));
  });
  test("the fund block's 分值 and 得分 written with their unit ('10分', '9.5分'): the same family, rows and error findings", () => {
    const b = base().model.budget;
    const cols = [b?.columns.weight, b?.columns.score].filter((c): c is number => c !== undefined);
    if (!b || !cols.length) return;
    sameRowsAndErrors(withPoints(load(), cols, new Set(b.items.map((i) => i.row))));
  });
  test("a 序号 column before the table: the same family, rows and error findings, moved", () => {
    const r = base();
    if (!r.model.headerRow || !r.model.indicators.length) return;
    orGap(name, "serial", () => {
      const m = withSerialColumn(load(), r.model.headerRow!, r.model.indicators.map((i) => i.row));
      sameRowsAndErrors(m.grid, m.back);
    });
  });
  test("in traditional characters: the same family, relations and findings", () => {
    orGap(name, "traditional", () => expect(signature(reviewOf(name, traditional(load())))).toEqual(signature(base())));
  });
  test("after a cover sheet in the workbook: the same family, relations and findings", async () => {
    expect(signature(reviewOf(name, await afterCover(load())))).toEqual(signature(base()));
  });
});
// corpus55a (session 45): the development half of its batch, measured before any engine change (19710755)
Object.assign(KNOWN_GAPS, {
  // 湖南城市学院 团委's four entries (unmerged, all unmerged, filled down, filled across): closed by dev46 (session 46) — the group score read on every layout: merged, on the first line only above its points, or written on each line above every line's points (group-scores.ts)
  // 邵阳 档案评估 'all unmerged': closed by dev45 (session 45) — the band line and the 评估意见 line close the table on every layout (band-lines.ts), merged or not
  // 遂宁 法律七进 'filled down' / 'filled across': closed by dev45 (session 45) — the one share '10%' written on every line is the table's share of a wider total all the same (share-column.ts), no line's weight
});
// corpus46b (session 46): the development half of its batch, measured before any engine change (8b98abbb)
Object.assign(KNOWN_GAPS, {
  // 济宁 2015 一季度 'all unmerged': closed by res46 (session 46) — a line of prose alone in one cell (the 说明 line, its merge undone) ends a ranking read down its rank column (prose-lines.ts)
});
