import { ruleClosingPoints, ruleWithoutClosingPoints } from "../recognise/closing-points";
import { bracketedParts, closingItemPoints } from "../recognise/closing-items";
import { bandLadder, bracketedAwards, clauseHeadPoints, closingTotal, awardsEach, criterionAwards, deductedAward, eachLists, EachLists, enumeratedAwards, EnumeratedAwards, numberedDeductedAwards, pointsAtRuleHead, rankedAwardsAsBest, ruleBody, rulePoints, topTierAward } from "../recognise/rule-points";
import { fullAward, rateFormulaPoints, rubricAwards, soleAward, targetAward } from "../text/labels";
import { sum2 } from "../score/aggregate";
import type { Grid } from "../grid/grid";
import { parseA1 } from "../grid/a1";
import { IndicatorRow, ownColumnOf } from "../model/indicator-row";
import type { EvaluationModel, Indicator } from "../model/types";
import { fmt, FindingDraft, Rule } from "./types";
import { gradeTierSpan, pointsRange } from "../recognise/table-tiers";
import { standardPoints, type StandardPoints } from "../recognise/standard-points";
import { itemTierRanges } from "../recognise/interval-rubric";
import { normalizeGrade } from "../score/grade";
import { compact } from "../text/normalize";
import { agreesTyped, exceedsTyped, fallsShortTyped } from "../relations/tolerance";
import { mergedLinesEnd } from "../model/merged-lines";
import { outsideTheWhole } from "../relations/outside-the-whole";
import { cappedAwards } from "../recognise/capped-awards";
import { addedAwards, awardsBesideDeductions } from "../recognise/added-awards";
import { periodShareAward } from "../recognise/period-shares";
import { clausePoints } from "../recognise/clause-points";

export const rubricPointsMismatch: Rule = {
  meta: {
    id: "rubric-points-mismatch",
    // a hint: the 评分细则 is the template's text, not a number the unit filled in, and a reviewer notes it without
    // counting it against the sheet (the corpus truths list seed 002's A11, 1.5 of 2, as an observation)
    severity: "info",
    families: ["indicator-system", "dept-self-eval", "project-self-eval"],
    title: { zh: "评分细则分值与指标分值不符", en: "Rubric points do not add up to the weight" },
    rationale: {
      zh: "逐项给分的评分细则（①…得0.25分；②…得0.5分）各项分值之和须等于指标分值；含扣分、区间或择一给分的细则不相加。细则是模板文字而非填报数据，因此仅作提示。细则开头写明满分、只给一次分、其余扣分（满分15分.…得10分，…扣0.1分）时，或唯一的得分以完成本项任务为条件、其余只扣分或加分（达到年度任务书要求的,得40分;…扣5分）时，完成所得即满分；与指标分值不同是同一格内自相矛盾，作为警告。按比例计分（比例×50计分）时乘数即满分，与分值不同时提示。只给一次分、不足时从中扣分（≦100%,计5分;每超过一个百分点扣0.5分）时所给分即满分；所给分低于本行独有的指标分值时（分值未跨行合并）该项永远得不到满分，作为警告（细则在无评分标准列的指标内容中时亦同）；列举各项、各得N分（猪瘟、猪蓝耳病、猪口蹄疫…分别达到100%各得5分）时，项数×N（加其余得分）即满分，与分值不同作为警告；逐条给分、各自扣分的编号条款各计其分；按档次递减给分时最高一档即满分（指标另列目标值时不比），最高一档低于本行独有的指标分值时该项永远得不到满分，作为警告；按名次给分（按从高到低排序,分别得10、8、6、4分）时第一名所得即最高分；分句各自给分的几个考核内容（…得10分,低于…得8分。初中生辍学率…分别得10分。）各以其最高分相加；分值为 0 的行（加分项除外）其评分标准却给分，是同一行自相矛盾，在评分表中作为警告（自评表中单位可能将不适用的指标分值置 0 而保留模板细则，仅作提示）；分值按类别分列（考核分值下分主城各区 | 其他区县）时，评分标准可能给任一类别的分，不与其中一列比较；“再加N分”在合计不超过分值时计入；细则末尾写明共N分时即满分；标准分分两组以上列举、各组各N分（新建农资、日用品网点各25分，标准化改造提升农资、日用品网点各25分）时，各组项数×N之和即满分，其后的加分不计入（有加分时仅在超出分值时指出），与分值不同作为警告（分值向下合并时为提示）；无评分标准列时，指标内容中各项括注的分值（…(2分),…(3分)）之和须等于分值：均作提示；其分值已由所在组标注的分值印证（组内各项分值之和等于组的分值）时，括注分值与之不符是同一行自相矛盾，作为警告。分值单元格向下合并、所覆盖的各行各有评分标准时，各行共同给分：各行所给分之和即满分，不足分值为警告，超出为提示。粘贴为文档的评分细则（一段一行，无评分标准列）中，条目写明的分值与其评分规则（同一段，或标题下的段落）所给的唯一分值不同，或规则所给各档分值均高于条目分值（3月31日前完成的计4分,4月15日前完成的计3分 对 2 分）时，条目自相矛盾，作为警告。条目内容末尾写明本项分值（…。1分）、其前括注各部分分值（…领导(0.5)及岗位职责(0.5)）时，各部分之和须等于该分值，不符是同一格内自相矛盾，作为警告。按档次分行、每档在区间列写明得分范围（5-3、3、2-0）的评分表，任何一档的区间上限高于指标分值为警告（该档给分超过指标满分）；各档区间均已写明而最高一档低于指标分值为提示。评分表（评价指标体系）中，评分标准逐条写明各条分值（1、…;(3分)2、…;(2分)，(1)…,满分2.5分。(2)…,满分1分。，1.…,1分;2.…,1分。）而无其他分值时，各条分值之和即满分：超过指标分值、且最高一条也不等于分值（不能作为择一的档次）时，表内两处写明的数字互相矛盾，在分值单元格作为警告；不足分值时可能有未写分值的条目，仍为提示；评分标准末尾写明共N分与分值不符时，在分值单元格作为警告。",
      en: "An itemised 评分细则 (①…得0.25分；②…得0.5分) must award exactly the indicator's weight. Rubrics with deductions, ranges or alternatives are not summed. The rubric is the template's text, not filled-in data, so a hint. A rule that opens with its full points and awards once, otherwise deducting (满分15分.…得10分，…扣0.1分), awards its full points on completion, and so does a rule whose one award is conditioned on the task's own target, the rest deducting or adding a bonus (达到年度任务书要求的,得40分;…扣5分); where that differs from the weight the sheet contradicts itself: a warning. A rate formula's multiplier (比例×50计分) is the full points: a hint where it differs. So are, as hints: a rule's one award that shortfalls are deducted from (a warning where it falls short of the line's own, unmerged, weight: the item can never be met in full — also where the item's own text is its rule, no rubric column); an award to each of the things a rule lists (…、…、…各得5分: the count times the award, with the rule's other awards, a warning where it differs); numbered clauses each awarding once and deducting (their awards add up); tiers falling from the best (the best tier, unless the item states its own target; a warning where it falls short of the line's own, unmerged, weight: the item can never be met in full); awards by rank ('按从高到低排序,分别得10、8、6、4分': the first place's the most); separate criteria each scored in a sentence of its own ('…得10分,低于…得8分。初中生辍学率…分别得10分。': their bests add up); and a line worth 0 (no bonus line) whose own rule awards points: the line contradicts itself, a warning in a scoring sheet (a hint in a self-evaluation form, where a unit may zero a line that does not apply and keep the template's rule); where the points are by class (考核分值 over 主城各区 | 其他区县) a line's rule may award any class's points, and nothing is compared; a second award '再加N分' where the awards do not exceed the weight; a total the rule closes with (…,共6分); standard points given in two lists or more, each thing of a list 各N分 with no award verb ('新建农资、日用品网点各25分,标准化改造提升农资、日用品网点各25分': the lists' counts times their points added, bonuses after them not counted and, where there are some, only a total above the weight told — a warning where it differs, a hint where the weight is merged down); and, with no rubric column, the bracketed points (…(2分),…(3分)) an item's own text lists — a warning where its group's stated points confirm the item's weight (the group's lines adding up to them): the line then contradicts itself. A weight merged down over lines that each print a rule of their own is scored by the lines together: their awards add up to the item's full mark — a warning where they fall short of the weight, a hint where they exceed it. In a rubric pasted as a document (one paragraph per row, no rule column), an item whose stated points differ from the one award of its rule (on its own line, or the paragraph under its heading), or whose rule's awards are every one above its points ('…计4分, …计3分' on a 2-point item), contradicts itself: a warning. An item whose own text closes with its points ('…。1分') and gives their parts in brackets before them ('…领导(0.5)及岗位职责(0.5)') must have the parts add up to those points: the cell contradicts itself otherwise, a warning. In a rubric of tier lines with a range of points per tier (区间 '5-3', '3', '2-0'), a tier whose range tops the item's points awards more than the item is worth: a warning; every tier's range printed and the best short of the points: a hint. In a scoring sheet (indicator-system), a rule that gives each of its clauses its own worth and states no other points ('1、…;(3分)2、…;(2分)', '(1)…,满分2.5分。(2)…,满分1分。', '1.…,1分;2.…,1分。') is worth their sum: a sum above the 分值, no clause's worth being the 分值 either (the clauses no alternatives), is two figures the sheet states contradicting each other — a warning at the 分值; a sum short of it may leave a clause's worth unstated, a hint as before; a total the rule states itself (…,共6分) against the 分值: a warning at the 分值.",
    },
    source: "RULEBOOK B-V3, V-RUBRIC (seed 002 A11: 1.5 of 2)",
    messages: {
      deductedAward: {
        zh: "{{name}}评分标准达到要求得 {{award}} 分、不足时从中扣分，满分即 {{award}} 分，与指标分值 {{weight}} 分不符",
        en: "{{name}}: the rule awards {{award}} when met and deducts from it, so {{award}} in full, yet the weight is {{weight}}",
      },
      eachAward: {
        zh: "{{name}}评分标准所列 {{count}} 项各得 {{each}} 分，共 {{points}} = {{sum}} 分，与指标分值 {{weight}} 分不符",
        en: "{{name}}: the rule awards {{each}} to each of the {{count}} things it lists, {{points}} = {{sum}} in all, yet the weight is {{weight}}",
      },
      ownDeductedAward: {
        zh: "{{name}}内容写明达到要求得 {{award}} 分、不足时从中扣分，满分即 {{award}} 分，达不到指标分值 {{weight}} 分",
        en: "{{name}}: the item's text awards {{award}} when met and deducts from it, short of the weight {{weight}}",
      },
      closingTotal: {
        zh: "{{name}}评分标准写明共 {{points}} 分，与指标分值 {{weight}} 分不符",
        en: "{{name}}: the rule states {{points}} points in all, yet the weight is {{weight}}",
      },
      topTier: {
        zh: "{{name}}评分标准按档次给分，最高一档得 {{award}} 分，与指标分值 {{weight}} 分不符",
        en: "{{name}}: the rule scores in tiers, the best earning {{award}}, yet the weight is {{weight}}",
      },
      rangeAbove: {
        zh: "{{name}}评分区间 {{range}} 最高得 {{award}} 分，高于指标分值 {{weight}} 分",
        en: "{{name}}: the tier's range {{range}} awards up to {{award}}, more than the weight {{weight}}",
      },
      fullAward: {
        zh: "{{name}}评分标准写明满分 {{weight}} 分，全部完成却得 {{award}} 分，二者不符",
        en: "{{name}}: the rule states {{weight}} points in full, yet full completion earns {{award}}",
      },
      rateFormula: {
        zh: "{{name}}评分细则按比例×{{points}}计分，满分即 {{points}} 分，与指标分值 {{weight}} 分不符",
        en: "{{name}}: the rule scores the rate × {{points}}, so {{points}} in full, yet the weight is {{weight}}",
      },
      soleAward: {
        zh: "{{name}}评分标准只给一次分（得 {{award}} 分），达不到指标分值 {{weight}} 分",
        en: "{{name}}: the rule awards {{award}} once and nothing else, short of the weight {{weight}}",
      },
      sharedLines: {
        zh: "{{name}}等 {{lines}} 行共用分值 {{weight}} 分，各行评分标准合计 {{points}} = {{sum}} 分，与分值不符",
        en: "{{name}}: the {{lines}} lines sharing the weight {{weight}} award {{points}} = {{sum}} points together",
      },
      closingParts: {
        zh: "{{name}}括注的各部分分值合计 {{points}} = {{sum}} 分，与该项末尾写明的 {{weight}} 分不符",
        en: "{{name}}: the parts the item's text gives in brackets add up to {{points}} = {{sum}}, yet the text closes with {{weight}} points",
      },
      ownText: {
        zh: "{{name}}内容所列各项分值合计 {{points}} = {{sum}} 分，与指标分值 {{weight}} 分不符",
        en: "{{name}}: the points the item's text lists add up to {{points}} = {{sum}}, the weight is {{weight}}",
      },
      zeroWeight: {
        zh: "{{name}}指标分值为 0 分，其评分标准却给分（最多 {{award}} 分），二者不符",
        en: "{{name}}: the line is worth 0 points, yet its own rule awards points (up to {{award}})",
      },
      lineAward: {
        zh: "{{name}}同一段写明 {{weight}} 分，其评分规则却给 {{award}} 分，二者不符",
        en: "{{name}}: the line states {{weight}} points, yet its own rule awards {{award}}",
      },
      awardsAbove: {
        zh: "{{name}}写明 {{weight}} 分，其评分规则所给各档分值（{{awards}} 分）均高于此分值，二者不符",
        en: "{{name}}: the item states {{weight}} points, yet every award of its rule ({{awards}}) is above them",
      },
      cappedAward: {
        zh: "{{name}}评分标准按次（项）给分、最高 {{cap}} 分，满分即 {{cap}} 分，与指标分值 {{weight}} 分不符",
        en: "{{name}}: the rule awards per occurrence up to {{cap}}, so {{cap}} in full, yet the weight is {{weight}}",
      },
      cappedAwards: {
        zh: "{{name}}评分标准另按次（项）给分、最高 {{cap}} 分，满分即 {{points}} = {{sum}} 分，与指标分值 {{weight}} 分不符",
        en: "{{name}}: the rule's fixed awards and its per-occurrence awards up to {{cap}} make {{points}} = {{sum}} in full, yet the weight is {{weight}}",
      },
      addedAwards: {
        zh: "{{name}}评分标准各项加分合计 {{points}} = {{sum}} 分，与指标分值 {{weight}} 分不符（本表其他指标的加分合计即其分值）",
        en: "{{name}}: the points the rule adds come to {{points}} = {{sum}}, yet the weight is {{weight}} (the table's other items so scored add up to their weights)",
      },
      partAbove: {
        zh: "{{name}}写明 {{weight}} 分，其评分规则所给 {{award}} 分高于此分值，二者不符",
        en: "{{name}}: the item states {{weight}} points, yet its rule awards {{award}}, more than that",
      },
      statedFull: {
        zh: "{{name}}写明 {{weight}} 分，其评分规则却写明满分 {{points}} 分，二者不符",
        en: "{{name}}: the item states {{weight}} points, yet its own rule names a full mark of {{points}}",
      },
      periodShare: {
        zh: "{{name}}评分标准写明每{{period}} {{share}} 分，{{period}}考核却可得 {{award}} 分，超过该{{period}}的分值",
        en: "{{name}}: the rule gives each {{period}} {{share}} points, yet a {{period}}'s result earns {{award}}, more than its share",
      },
      clausePoints: {
        zh: "{{name}}分值 {{weight}} 分，其评分标准逐条写明的分值合计 {{points}} = {{sum}} 分，二者不符",
        en: "{{name}}: the weight is {{weight}}, yet the points the rule gives its clauses one by one add up to {{points}} = {{sum}}",
      },
      sum: {
        zh: "{{name}}评分细则各项合计 {{points}} = {{sum}} 分，与指标分值 {{weight}} 分不符",
        en: "{{name}}: the rubric awards {{points}} = {{sum}} points in total, the weight is {{weight}}",
      },
    },
  },
  check({ model, grid }) {
    const out: FindingDraft[] = [];
    const ownText = model.family === "indicator-system";

    // (the rows whose rule is a numbered line of the rubric column's own list, 1. 2. 3. down the rows: read once)
    const lines = numberedRuleLines(model.indicators);
    let byClass: boolean | null = null;
    let rangesArePoints: boolean | null = null;
    let addedLines: AddedLines | null = null;
    // (an index, no iterator: this runs for every row, also before the loop is optimised)
    for (let ii = 0, inds = model.indicators; ii < inds.length; ii++) {
      const i = inds[ii];
      if (i.weight === null) continue;
      // an item's points shared out by period and a period's award above its share ('每个季度25分' … '季度考核到达70%以上计
      // 30分'): the rule contradicts itself whatever the item's points — a warning (period-shares.ts); the rule's text, or
      // the item's own where its line is its rule (a pasted rubric)
      const period = periodShareAward(i.rubric ?? (ownText && i.rubricCell && i.rubricCell === i.nameCell ? i.name : null));
      if (period) {
        out.push({
          cell: (i.rubricCell ?? i.nameCell)!,
          related: i.weightCell && i.weightCell !== i.rubricCell ? [i.weightCell] : [],
          severity: "warning",
          messageId: "periodShare",
          data: { name: shortName(i.name || "该指标"), period: period.period, share: period.share, award: period.award },
        });
        continue;
      }
      if (!i.rubric) {
        // no rubric column: an item whose own text lists its requirements each with its points in a bracket ("…平整(2分),
        // …无垃圾(3分)") itemises its 分值, and the points must add up to it (a hint, as the rubric's sum). (Cells read by
        // their column where the row is the indicator's own: no address is made for every row of a large table)
        // (a scoring sheet's items, indicator-system: a self-evaluation form's names are no requirement lists)
        if (!ownText || hasCell(i, "rubricCell")) continue;
        // (an item whose text closes with its points and gives their parts in brackets before them, '…的領導(0.5)及崗位職責
        // (0.5)。1分' — closing-items.ts: the parts and the points in one cell, a sum off is the line contradicting itself, a
        // warning)
        const parts = closingParts(grid, i);
        if (parts) {
          const sum = sum2(parts);
          if (!agreesTyped(i.weight, sum)) out.push({ cell: i.nameCell!, related: [], severity: "warning", messageId: "closingParts", data: { name: shortName(i.name), points: parts.map(fmt).join("+"), sum, weight: i.weight } });
          continue;
        }
        // (rub52: the text itemised clause by clause, each clause closing with its worth, clause-points.ts — neither the sum
        // nor the best of the worths the 分值: a warning at the 分值, clausePointsFinding)
        const itemised = i.weightCell && i.weightCell !== i.nameCell ? clausePoints(nameText(grid, i)) : null;
        if (itemised !== null && !weightConfirmed(model, i)) {
          const f = clausePointsFinding(grid, model, i, itemised, i.nameCell!);
          if (f) {
            out.push(f);
            continue;
          }
        }
        const own = ownTextAwards(grid, i);
        // (or the item's text is its rule, awarding once and deducting from it: ownTextDeductedAward)
        if (own === null) {
          const f = ownTextDeductedAward(grid, i);
          if (f) out.push(f);
          continue;
        }
        if (own !== null) {
          const sum = sum2(own);
          if (!agreesTyped(i.weight, sum)) {
            out.push({
              cell: i.nameCell!,
              related: i.weightCell ? [i.weightCell] : [],
              // (a 分值 its group's stated points confirm, the group's lines adding up to them: the text's points are the
              // slip, the line contradicting itself — a warning; else a hint, as the rubric's sum)
              ...(weightConfirmed(model, i) ? { severity: "warning" as const } : {}),
              messageId: "ownText",
              // (the item's name is its whole requirement text here: its opening words name it)
              data: { name: shortName(i.name), points: own.map(fmt).join("+"), sum, weight: i.weight },
            });
          }
        }
        continue;
      }
      if (!i.rubricCell) continue;
      // an item's points and its rule in one line ('1、粮食生产(3分):…计1分,每减少10%扣0.1分'), a rubric pasted as a document:
      // the rule's one award is what the item earns in full, and where it differs from the points its name states the
      // line contradicts itself (a warning, above or below). (Not a table's rule column opening on the item's points,
      // '满分15分.…得10分': fullAward's business, below)
      // (the same where a heading states the points and the paragraph under it is its rule, '②林改工作(2分)' over '…3月31日前
      // 完成的计4分,4月15日前完成的计3分…': a pasted rubric's item, no header read; the finding at the rule, the heading related)
      const pasted = model.headerRow === null && ownText;
      if (model.columns.rubric === undefined && (i.rubricCell === i.weightCell || pasted) && i.weightSource === "label") {
        const related = i.weightCell && i.weightCell !== i.rubricCell ? [i.weightCell] : [];
        // (named by its heading where the rule is the paragraph under it: '②林改工作', its points left out)
        // (not where the item is its own line and the rule the paragraph under it, '1、新网工程建设标准分50分。' over '评分标准:…')
        const name = related.length && i.path.length >= 2 && i.nameCell === i.rubricCell ? i.path[i.path.length - 2].replace(HEAD_POINTS, "") : i.name;
        const one = lineAward(i.rubric);
        const award = one && one.award;
        // (the same award in several sentences may be separate criteria adding up: '…建立服务档案记5分…;使用药具…记5分' on a
        // 10-point item — no contradiction where the sentences' sum is the points; tiers of one sentence, '…前完成的计1分,
        // …前完成的计1分', stay one award)
        // (so are clauses of one sentence naming separate things, no tier's condition in any, '完成发证的计1分,建立台账的计1分'
        // on a 2-point item: their sum is the points)
        // (and an award with a part stating its points with no verb, '…的计2分,认真做好水利普查工作2分' on a 4-point item)
        if (one && award !== null && !agreesTyped(i.weight, award) && !(one.sentences > 1 && agreesTyped(i.weight, award * one.sentences)) && !(!one.tiered && one.clauses > 1 && agreesTyped(i.weight, award * one.clauses)) && !(one.bare > 0 && agreesTyped(i.weight, award + one.bare))) {
          out.push({ cell: i.rubricCell, related, severity: "warning", messageId: "lineAward", data: { name: shortName(name), award, weight: i.weight } });
        }
        // several awards, tiers or alternatives ('…前完成的计4分,…前完成的计3分'), each of them above the points: no
        // reading of them, best, least or sum, fits the points, and the line contradicts itself (a warning)
        const above = award === null ? awardsAbove(i.rubric, i.weight) : null;
        if (above !== null) {
          out.push({ cell: i.rubricCell, related, severity: "warning", messageId: "awardsAbove", data: { name: shortName(name), awards: above.map(fmt).join("、"), weight: i.weight } });
        }
        // (standard points in two lists or more, '…农资、日用品网点标准分各25分,标准化改造…农资、日用品网点各25分' on a
        // 50-point item: the lists add up to what the item is worth — eachLists; a warning, the line contradicting itself)
        const each = award === null && above === null ? eachLists(i.rubric) : null;
        if (each && eachListsDiffer(each, i.weight)) out.push(eachListsFinding(i, each, related, shortName(name), true));
        // (standard points for each criterion with no award verb, deductions beside them: '活动室和各项制度各占0.5分,开展活动1分。
        // …登记规范齐全1分,…扣3分' on a 4-point item — standardPoints: 2×0.5+1+1 = 3, the item never met in full; a warning,
        // the line contradicting itself; above the points too, unless a bonus lifts them)
        // (one criterion alone, '…(1分):通过省级、国家认定2分。', told only above the points: the item awards more than it is worth —
        // below them the rule may list part of what is scored)
        // (figures falling one after another, '…工程6分,…规划3分,…建设2分' on an 8-point item, are parts or tiers: told only where
        // neither their sum nor their best is the points)
        const standard = award === null && above === null && each === null ? standardPoints(i.rubric, PASTED_STANDARD) : null;
        const tiersFit = !!standard?.falling && agreesTyped(i.weight, standard.parts[0].each);
        if (standard && standard.parts.length === 1) {
          if (exceedsTyped(standard.total, i.weight)) out.push(standard.parts[0].count > 1 ? standardFinding(i, standard, related, shortName(name), true) : { cell: i.rubricCell, related, severity: "warning", messageId: "partAbove", data: { name: shortName(name), award: standard.total, weight: i.weight } });
        } else if (standard && !tiersFit && (standard.bonus ? exceedsTyped(standard.total, i.weight) : !agreesTyped(i.weight, standard.total))) out.push(standardFinding(i, standard, related, shortName(name), true));
        // (the rule naming its full mark in words, '…(10分),本项当年达到70%以上计满分5分。': the full mark is the item's worth, and
        // another figure contradicts the points the line states — unless the rule scales or caps, '按比例折算', '最高')
        const full = one === null && above === null && each === null && !standard ? statedFullMark(i.rubric) : null;
        if (full !== null && !agreesTyped(i.weight, full)) out.push({ cell: i.rubricCell, related, severity: "warning", messageId: "statedFull", data: { name: shortName(name), points: full, weight: i.weight } });
        continue;
      }
      // (points by class, 考核分值 over 主城各区 | 其他区县: the line's rule may award any class's points, and one class's
      // column is no measure of it — nothing compared; read once, on the first line with a rule)
      if (byClass === null) byClass = pointsByClass(grid, model);
      if (byClass) continue;
      // an interval rubric's tier lines under the item, each with its range of points (区间 '5-3' | '3' | '2-0'): no tier
      // earns more than the item is worth — a range above its points is a slip (a warning); the best tier short of them,
      // every tier's range printed, leaves the item never met in full (a hint). (Before the shared-worth reading: a 分值 merged
      // down its tier lines is one item's, the tiers its alternatives, never parts to add up)
      if (model.tierRangeCol !== undefined) {
        // (most items' tiers above their points: the column holds the figure's bands or years, not points — nothing said)
        if (rangesArePoints === null) rangesArePoints = tierRangesFit(grid, model, model.tierRangeCol);
        const f = rangesArePoints ? tierRangeFinding(grid, model, i, model.tierRangeCol) : null;
        if (f) out.push(f);
        continue;
      }
      // (a 分值 merged down over lines that each print a rule of their own: the lines' awards together make it, not the
      // first line's alone — sharedWorthFinding; undefined where the 分值 is the row's own)
      const shared = sharedWorthFinding(grid, model, i);
      if (shared !== undefined) {
        if (shared !== null) out.push(shared);
        continue;
      }
      // (a list of awards by rank, "按从高到低排序,分别得10、8、6、4分", read as its best award: rankedAwardsAsBest)
      const rule = rankedAwardsAsBest(i.rubric);
      // a line worth 0 whose own rule awards points (15年教育普及 '0', its 赋分办法 …得10分 … 分别得10、8、6、4分): whatever
      // the reading of its awards, any positive one is more than the line is worth — the line contradicts itself (a
      // warning in a scoring sheet, whose points and rules are written together; a hint in a self-evaluation form, where a
      // unit may zero a line that does not apply and keep the template's rule); not a bonus line (加分项, 附加分: its awards lift the total, no points of its own), nor (above) a line whose
      // points are by class (考核分值 merged over 主城各区 | 其他区县: a 0 one class's, its rule may award the other's)
      if (i.weight === 0) {
        const most = bonusLine(i, rule) ? null : lineMost(rule);
        if (most !== null && most > 0) {
          out.push({
            cell: i.rubricCell,
            related: [...new Set([i.weightCell, i.nameCell].filter((x): x is string => !!x))],
            // (a hint too where the sheet's own sums count the line as 0: its group's stated points, or the table's
            // total, made by the other lines — a line the author set outside the points, its awards a bonus or a veto's
            // terms; the rule or the 0 may be the slip, the sums say which was meant)
            ...(ownText && !zeroCounted(model, i) ? { severity: "warning" as const } : {}),
            messageId: "zeroWeight",
            data: { name: i.name || "该指标", award: most },
          });
        }
        continue;
      }
      // the best grade tier's points range under a head merged over the tiers (等次及分值 over 优秀 | 良好 | 一般 | 较差,
      // '9~10' under 优秀): its top is the item's full mark — above the 分值 the tier awards more than the item is worth (a
      // warning, as where the group's points confirm the 分值), below it a hint
      const tierTop = bestTierTop(grid, model, i);
      if (tierTop !== null) {
        if (!agreesTyped(i.weight, tierTop)) {
          out.push({
            cell: i.rubricCell,
            related: [...new Set([i.weightCell, i.nameCell].filter((x): x is string => !!x))],
            ...(tierTop > i.weight || weightConfirmed(model, i) ? { severity: "warning" as const } : {}),
            messageId: "topTier",
            data: { name: i.name || "该指标", award: tierTop, weight: i.weight },
          });
        }
        continue;
      }
      // (rub52) a rule itemised clause by clause, each clause closing with its own worth and no other points in it
      // ('1、…范畴;(3分)2、…产生;(2分)…', '(1)…,满分2.5分。(2)…,满分1分。': clause-points.ts): the worths add up to the item's
      // 分值 — where neither their sum nor their best (were they alternatives) is the 分值, the line contradicts itself, a
      // warning at the 分值 (clausePointsFinding); else the rubric's sum, a hint as before
      const itemised = clausePoints(i.rubric);
      if (itemised !== null) {
        const sum = sum2(itemised);
        if (!agreesTyped(i.weight, sum) && !agreesTyped(i.weight * 100, sum)) out.push(clausePointsFinding(grid, model, i, itemised, i.rubricCell) ?? sumFinding(i, itemised, sum));
        continue;
      }
      // bands of a figure each with its points, rising to the best ("0-10%,0.5分;超过10%,1分"): alternatives, never added
      // up; the best band is the item's full mark — below its 分值 the item can never be met in full (the weight and its
      // own rule contradict: a warning, as a sole award), above it a hint; a ladder whose points do not rise says nothing
      const band = bandLadder(rule);
      if (band !== null) {
        if (band.kind === "rising" && (!i.target || i.target.kind === "empty") && !agreesTyped(i.weight, band.top) && !agreesTyped(i.weight * 100, band.top)) {
          out.push({
            cell: i.rubricCell,
            related: [...new Set([i.weightCell, i.nameCell].filter((x): x is string => !!x))],
            ...(band.top < i.weight ? { severity: "warning" as const } : {}),
            messageId: "topTier",
            data: { name: i.name || "该指标", award: band.top, weight: i.weight },
          });
        }
        continue;
      }
      // a rule awarding each of the things it lists the same points ("猪瘟、猪蓝耳病、猪口蹄疫…分别达到100%各得5分"): the
      // count times the award, with the rule's other plain awards, is what full completion earns (enumeratedAwards)
      const listed = enumeratedAwards(rule);
      if (listed !== null) {
        if (!agreesTyped(i.weight, listed.total) && !agreesTyped(i.weight * 100, listed.total)) out.push(eachAwardFinding(grid, i, listed));
        continue;
      }
      // (an award to each of things it cannot count, "猪瘟、蓝耳病和口蹄疫…各得5分", is no single award nor a sum: nothing said)
      if (awardsEach(rule)) continue;
      // (standard points in two lists or more, one per criterion, '各N分' with no verb: the lists add up — eachLists; a
      // warning where the weight is the line's own)
      const each = eachLists(rule);
      if (each !== null) {
        if (eachListsDiffer(each, i.weight) && !agreesTyped(i.weight * 100, each.total)) {
          const { row, col } = i.weightCell ? parseA1(i.weightCell) : { row: 0, col: 0 };
          const m = i.weightCell ? grid.mergeAt(row, col) : null;
          out.push(eachListsFinding(i, each, [...new Set([i.weightCell, i.nameCell].filter((x): x is string => !!x))], i.name || "该指标", !m || m.r2 === m.r1));
        }
        continue;
      }
      // (no 分值 column, the item's points the ones its rule opens with, "满分13分，…得5分；…得8分": the awards are the
      // rest of the rule, the opening points the frame they make up, no award of their own)
      // (or the ones it closes with, "…的得6分。（13分）", ruleClosingPoints: the same frame, at the rule's end)
      const fromLabel = model.columns.weight === undefined && i.weightSource === "label";
      const body = fromLabel && rulePoints(rule) === i.weight ? ruleBody(rule) : fromLabel && ruleClosingPoints(rule) === i.weight ? ruleWithoutClosingPoints(rule) : null;
      // (a clause list with a '各' list among its parts, 'A和B各占1分,开展活动1分,…1分': the clause reading counts the list's
      // points once; standardPoints counts each thing — read below, as a list with no clause reading)
      const standard = body === null && rule.indexOf("各") >= 0 ? standardPoints(rule) : undefined;
      const awards = standard && standard.parts.some((p) => p.count > 1) ? null : body !== null ? rubricAwards(body) : rubricAwards(rule);
      // a rule itemised in clauses whose heads state their points ("①…(15分):…②…(2.5分):…"): the heads add up to the item's
      const heads = awards ? null : clauseHeadPoints(rule);
      if (heads) {
        const sum = sum2(heads);
        // (rub52: the heads' points are the clauses' worths, as clause-points.ts reads them: neither their sum nor their best
        // the 分值, a warning at the 分值 in a scoring sheet)
        if (!agreesTyped(i.weight, sum) && !agreesTyped(i.weight * 100, sum)) out.push(clausePointsFinding(grid, model, i, heads, i.rubricCell) ?? sumFinding(i, heads, sum));
        continue;
      }
      if (!awards) {
        // (standard points for each criterion with no award verb, deductions beside them, '活动室和各项制度各占0.5分,开展活动1分,
        // …齐全1分,…扣3分' — standardPoints, where the clause lists above read nothing: their sum is the item's full mark; a
        // warning where it falls short of the line's own 分值, the item never met in full, else a hint as the lists' sum)
        const std = body !== null ? null : standard !== undefined ? standard : standardPoints(rule);
        if (std !== null) {
          if ((std.bonus ? exceedsTyped(std.total, i.weight) : !agreesTyped(i.weight, std.total)) && !agreesTyped(i.weight * 100, std.total))
            out.push(standardFinding(i, std, [...new Set([i.weightCell, i.nameCell].filter((x): x is string => !!x))], i.name || "该指标", awardShortOfOwnWeight(grid, i, std.total)));
          continue;
        }
        // a rule that opens with the item's points and awards once, otherwise deducting (满分15分.…得10分，…扣…): that one
        // award is what full completion earns, and the sheet contradicts itself in one cell where they differ (a
        // warning); without the points at its head, "得2分" may be per item or per clause, and nothing is said
        // the same where the one award's condition is the task's own target (达到年度任务书要求的,得40分;…扣…), and a
        // weight written as a fraction of 1 (0.4 for 40) is not compared
        const head = pointsAtRuleHead(rule);
        const award = head === i.weight ? fullAward(rule) : head === null ? targetAward(rule) : null;
        if (award === null || agreesTyped(i.weight, award)) {
          // a rate formula's multiplier is the full points (按完成率×50计分: a 100% rate earns 50), a hint where it differs
          const rate = head === null && award === null ? rateFormulaPoints(rule) : null;
          if (rate !== null && !agreesTyped(i.weight, rate) && !agreesTyped(i.weight * 100, rate)) {
            out.push({
              cell: i.rubricCell,
              related: [...new Set([i.weightCell, i.nameCell].filter((x): x is string => !!x))],
              messageId: "rateFormula",
              data: { name: i.name || "该指标", points: rate, weight: i.weight },
            });
            continue;
          }
          // a rule that awards once and nothing else (列入预算且有凭证的得1分): its award is the most the item can score,
          // and an item whose 分值 is above it can never be met in full (the weight and its own rule contradict: a warning)
          const sole = head === null && award === null && rate === null ? soleAward(lines.has(i.row) ? ownLineRule(rule) : rule) : null;
          if (sole !== null && fallsShortTyped(sole, i.weight)) {
            out.push({
              cell: i.rubricCell,
              related: [...new Set([i.weightCell, i.nameCell].filter((x): x is string => !!x))],
              // (a rule that runs on to the next line may award the rest there: a hint)
              // (and a rule scored period by period, 按月考核…得1分 on a 12-point line, awards the rest in the other periods)
              ...((i.weightCell && ruleRunsOn(grid, i, parseA1(i.weightCell).col)) || perPeriod(i.rubric, sole, i.weight) ? {} : { severity: "warning" as const }),
              messageId: "soleAward",
              data: { name: i.name || "该指标", award: sole, weight: i.weight },
            });
            continue;
          }
          // a rule that awards once and deducts from that award (…≦100%,计5分;每超过一个百分点扣0.5分,扣完为止): the award is
          // the item's full mark, a hint where the 分值 differs (a weight written as a fraction of 1 is not compared)
          const deducted = head === null && award === null && rate === null && sole === null ? deductedAward(rule) : null;
          if (deducted !== null && !agreesTyped(i.weight, deducted) && !agreesTyped(i.weight * 100, deducted)) {
            out.push({
              cell: i.rubricCell,
              related: [...new Set([i.weightCell, i.nameCell].filter((x): x is string => !!x))],
              // (below the line's own 分值 the item can never be met in full, deductions only taking away: the weight
              // and its own rule contradict, a warning as a sole award; see awardShortOfOwnWeight)
              ...(awardShortOfOwnWeight(grid, i, deducted) ? { severity: "warning" as const } : {}),
              messageId: "deductedAward",
              data: { name: i.name || "该指标", award: deducted, weight: i.weight },
            });
            continue;
          }
          // numbered clauses each awarding once and deducting from it ("1.…得1分,…扣1分。2.…得1分,…扣1分。"): the parts'
          // full marks add up to the item's
          const parts = head === null && award === null && rate === null && sole === null && deducted === null ? numberedDeductedAwards(rule) : null;
          if (parts !== null) {
            const sum = sum2(parts);
            if (!agreesTyped(i.weight, sum) && !agreesTyped(i.weight * 100, sum)) out.push(sumFinding(i, parts, sum));
            continue;
          }
          // one criterion scored in tiers falling from the best (达到100%的得30分,99%-90%的得27分,…以下的不得分): the best
          // tier is the item's full mark. Not where the item states its own target (标准值 ≥75%): the tiers may then be the
          // steps below it (≥70%得3分,≥65%得1分 on a 5-point row), meeting the target earning the full weight. The best
          // tier below the line's own (unmerged) 分值 — '达80%以上得2分,…70%以上得1分' on a 3-point line: the top tier is open
          // above, so no result earns more — means the item can never be met in full, the weight and its own rule
          // contradicting (a warning, as a sole award or a rising band ladder); above it a hint
          const top = head === null && award === null && rate === null && sole === null && deducted === null && (!i.target || i.target.kind === "empty") ? topTierAward(rule) : null;
          if (top !== null && !agreesTyped(i.weight, top) && !agreesTyped(i.weight * 100, top)) {
            out.push({
              cell: i.rubricCell,
              related: [...new Set([i.weightCell, i.nameCell].filter((x): x is string => !!x))],
              ...(awardShortOfOwnWeight(grid, i, top) ? { severity: "warning" as const } : {}),
              messageId: "topTier",
              data: { name: i.name || "该指标", award: top, weight: i.weight },
            });
            continue;
          }
          // separate criteria, each a sentence with its own award or tiers ("…高于或等于市平均的得10分,低于…得8分。初中生辍学率
          // …分别得10分。"): their bests add up to the item's full mark, a hint where they do not (criterionAwards)
          const criteria = head === null && award === null && rate === null && sole === null && deducted === null && top === null ? criterionAwards(rule) : null;
          if (criteria !== null) {
            const sum = sum2(criteria);
            if (!agreesTyped(i.weight, sum) && !agreesTyped(i.weight * 100, sum)) out.push(sumFinding(i, criteria, sum));
            continue;
          }
          // the total the rule states at its close (…得2分,共6分。)
          const closing = head === null && award === null && rate === null && sole === null && deducted === null && top === null ? closingTotal(rule) : null;
          if (closing !== null && !agreesTyped(i.weight, closing) && !agreesTyped(i.weight * 100, closing)) {
            // (rub52: a scoring sheet states both, the 分值 and the rule's own total: a warning at the 分值, as the clause
            // worths' sum — clausePointsFinding's conditions, the total its one figure)
            const stated = clausePointsFinding(grid, model, i, [closing, 0], i.rubricCell, true);
            if (stated) {
              out.push({ ...stated, messageId: "closingTotal", data: { name: i.name || "该指标", points: closing, weight: i.weight } });
              continue;
            }
            out.push({
              cell: i.rubricCell,
              related: [...new Set([i.weightCell, i.nameCell].filter((x): x is string => !!x))],
              messageId: "closingTotal",
              data: { name: i.name || "该指标", points: closing, weight: i.weight },
            });
            continue;
          }
          // awards per occurrence under a cap ('召开一次会议加1分,最高得分2分'), or awards all phrased as points added where
          // the table's other lines so phrased add up to their points ('有加4分,…扣2分。…缴纳党费的加2分' on 5): nothing else
          // read the rule (the readings above refuse a cap and a 加)
          if (head === null && award === null && rate === null && sole === null && deducted === null && top === null && closing === null) {
            if (addedLines === null) addedLines = addedAwardLines(model);
            const f = cappedOrAddedFinding(grid, i, rule, addedLines);
            if (f) out.push(f);
          }
          continue;
        }
        if (head === null && agreesTyped(i.weight * 100, award)) continue;
        out.push({
          cell: i.rubricCell,
          related: [...new Set([i.weightCell, i.nameCell].filter((x): x is string => !!x))],
          severity: "warning",
          messageId: "fullAward",
          data: { name: i.name || "该指标", award, weight: i.weight },
        });
        continue;
      }
      const sum = sum2(awards.points);
      if (agreesTyped(i.weight, sum)) continue;
      // a second award ("…得3分,…再加3分") is part of the item's points where all the awards make its 分值 or fall short
      // of it, and a bonus where they would lift the item above it: then nothing is said
      if (awards.extra && exceedsTyped(sum, i.weight)) continue;
      out.push(sumFinding(i, awards.points, sum));
    }
    return out;
  },
};

/** Lines of the table read as separate awards (addedAwards, awardsBesideDeductions): how many add up to their 分值, how many not. */
interface AwardLines {
  agree: number;
  differ: number;
}

/** The table's lines read by each of the two readings of separate awards: '加N分' (added) and 得 / 计 / 给 beside deductions (plain). */
interface AddedLines {
  added: AwardLines;
  plain: AwardLines;
}

/**
 * The lines of the table whose rule reads as separate awards all phrased as points added (addedAwards), or as awards
 * beside deductions (awardsBesideDeductions), counted by whether the awards add up to the line's 分值 (a weight written as
 * a fraction of 1 agreeing too). Read once per sheet, only on rules holding a 加 or a 扣.
 */
function addedAwardLines(model: EvaluationModel): AddedLines {
  const out = { added: { agree: 0, differ: 0 }, plain: { agree: 0, differ: 0 } };
  for (let ii = 0, inds = model.indicators; ii < inds.length; ii++) {
    const x = inds[ii];
    if (x.weight === null || !x.rubric) continue;
    const added = x.rubric.indexOf("加") >= 0 ? addedAwards(x.rubric) : null;
    const awards = added ?? (x.rubric.indexOf("扣") >= 0 ? awardsBesideDeductions(x.rubric) : null);
    if (!awards) continue;
    const sum = sum2(awards);
    const lines = added ? out.added : out.plain;
    if (agreesTyped(x.weight, sum) || agreesTyped(x.weight * 100, sum)) lines.agree++;
    else lines.differ++;
  }
  return out;
}

/** The table's convention for a reading: another line so read adds up, and the lines that do not are no more than those that do. */
const conventionHolds = (lines: AwardLines) => lines.agree >= 1 && lines.differ <= lines.agree;

/**
 * A rule nothing else reads (rubric-points-mismatch's chain) that awards per occurrence under a cap (cappedAwards: the
 * cap, with any fixed awards beside it, is the item's full mark), or separate awards (their sum is) — all phrased as points
 * added (addedAwards) or with 得 / 计 / 给 beside deductions (awardsBesideDeductions) — against the line's 分值:
 * - a cap below the line's own (unmerged) 分值 — '召开一次会议加1分,最高得分2分' on a 3-point line: the item can never be met
 *   in full, the weight and its own rule contradict (a warning, as a sole award short of it); above it, or below a 分值
 *   merged over further lines, a hint;
 * - points added that do not add up to the 分值 where the table's convention is confirmed (conventionHolds: another line
 *   so phrased adds up to its own points exactly): a warning, the line contradicting its table's reading of '加N分' as its
 *   awards; with no line confirming it, '加N分' may be a bonus above an item earned in full, and nothing is said;
 * - awards beside deductions that do not add up: a hint, as the sum of itemised awards (sumFinding); a warning where the
 *   table's convention is confirmed the same way.
 */
function cappedOrAddedFinding(grid: Grid, i: Indicator, rule: string, lines: AddedLines): FindingDraft | null {
  if (i.weight === null || !i.rubricCell) return null;
  const related = [...new Set([i.weightCell, i.nameCell].filter((x): x is string => !!x))];
  const capped = cappedAwards(rule);
  if (capped !== null) {
    if (agreesTyped(i.weight, capped.total) || agreesTyped(i.weight * 100, capped.total)) return null;
    return {
      cell: i.rubricCell,
      related,
      ...(awardShortOfOwnWeight(grid, i, capped.total) ? { severity: "warning" as const } : {}),
      messageId: capped.fixed.length ? "cappedAwards" : "cappedAward",
      data: { name: i.name || "该指标", cap: capped.cap, points: [...capped.fixed, capped.cap].map(fmt).join("+"), sum: capped.total, weight: i.weight },
    };
  }
  const added = rule.indexOf("加") >= 0 ? addedAwards(rule) : null;
  const awards = added ?? (rule.indexOf("扣") >= 0 ? awardsBesideDeductions(rule) : null);
  if (awards === null) return null;
  const sum = sum2(awards);
  if (agreesTyped(i.weight, sum) || agreesTyped(i.weight * 100, sum)) return null;
  const confirmed = conventionHolds(added ? lines.added : lines.plain);
  if (added && !confirmed) return null;
  if (!added) return { ...sumFinding(i, awards, sum), ...(confirmed ? { severity: "warning" as const } : {}) };
  return {
    cell: i.rubricCell,
    related,
    severity: "warning",
    messageId: "addedAwards",
    data: { name: i.name || "该指标", points: awards.map(fmt).join("+"), sum, weight: i.weight },
  };
}

/**
 * An item's 分值 merged down over lines that each print a rule of their own (标准分 '5分' over C4:C6, the 评分方法 有文件…得2分 /
 * 层层签订得2分,少一个单位扣1分 / …划分表得1分 in D4, D5, D6): the lines are scored together (mergedLinesEnd), each line's
 * award its most (lineMost), and their sum is the item's full mark (2 + 2 + 1 = 5). Undefined where the layout is not
 * this one (the 分值 the row's own, or one rule for the merged lines: the usual reading); null where nothing is said — the
 * sum agrees, a line's award cannot be read (its most unknown: no line is compared alone either), or a cut sheet stops
 * inside the lines. A sum below the 分值 means the item can never be met in full (a warning, as a sole award short of its
 * 分值); above it, a hint. Reads only the rows the merge covers.
 */
function sharedWorthFinding(grid: Grid, model: EvaluationModel, i: Indicator): FindingDraft | null | undefined {
  const w = model.columns.weight;
  const rb = model.columns.rubric;
  if (w === undefined || rb === undefined || i.weight === null || !i.weightCell || !i.rubricCell) return undefined;
  const last = mergedLinesEnd(grid, i.row, w);
  if (last === null || !grid.startsInRow(i.row, rb)) return undefined;
  const at = parseA1(i.weightCell);
  if (at.row !== i.row || at.col !== w) return undefined;
  const points: number[] = [];
  let rules = 0;
  let open = false;
  for (let r = i.row; r <= last; r++) {
    // (a rule merged down from a line above is that line's; a line with no rule awards nothing)
    if (!grid.startsInRow(r, rb)) continue;
    const text = grid.text(r, rb);
    if (!compact(text)) continue;
    rules++;
    const most = lineMost(text);
    if (most === null) open = true;
    else points.push(most);
  }
  if (rules < 2) return undefined;
  if (open || (model.truncated && last >= grid.lastContentRow())) return null;
  const sum = sum2(points);
  if (agreesTyped(i.weight, sum) || agreesTyped(i.weight * 100, sum)) return null;
  return {
    cell: i.rubricCell,
    related: [...new Set([i.weightCell, i.nameCell].filter((x): x is string => !!x))],
    ...(fallsShortTyped(sum, i.weight) ? { severity: "warning" as const } : {}),
    messageId: "sharedLines",
    data: { name: i.name || "该指标", lines: rules, points: points.map(fmt).join("+"), sum, weight: i.weight },
  };
}

/** a clause closed by 无分 ("全年无火灾得10分,发生森林火灾无分,并实行一票否决"): it zeroes the award, as 不得分 (not 无分管领导) */
const NO_POINTS_CLAUSE = /无分(?=[,;。]|$)/;

/** (module constants) an award's points; what makes a line's awards no plain list: per occurrence, a bonus, a cap, a range, tiers, a formula */
const LINE_AWARD = /[得计记](\d+(?:\.\d+)?)分/g;
const NOT_AN_AWARD_LIST = /每|加分|加\d|奖励|最高|最多|至多|不超过|酌情|视情|\d[-~～至]\d|[×÷*]|比例|分值|权重|以上|以下|以内|不足|低于|高于|基本|部分|较|未|没有|否则|其他|其余/;

/**
 * The most one line of a shared 分值 awards: its itemised awards' sum, or its one award (a sole award, one that shortfalls
 * are deducted from, or one that is zeroed otherwise), or the best of its tiers (达到90%得2分,达到80%得1分 -> 2), read without
 * a leading line number, a closing ';' or an evidence note (ownLineRule); else, on a line of plain awards for things of
 * their own ("有预案得2分,有制度或公开上墙得1分"), their sum (3) — were they alternatives, the sum is above their best and only
 * a hint can follow, never the warning of a shortfall; or, on a line scoring separate criteria in sentences of their own
 * ("…得10分,低于…得8分。初中生辍学率…分别得10分。"), their bests' sum (criterionAwards). Lists of awards by rank are read as
 * their best first (rankedAwardsAsBest). Null where the line awards otherwise (for falling short, per occurrence, a
 * bonus, a cap, a formula): its most unknown.
 */
function lineMost(rule: string): number | null {
  const t = ownLineRule(rankedAwardsAsBest(rule));
  const awards = rubricAwards(t);
  if (awards) return awards.extra ? null : sum2(awards.points);
  const one = soleAward(t) ?? deductedAward(t) ?? fullAward(NO_POINTS_CLAUSE.test(t) ? t.replace(NO_POINTS_CLAUSE, "不得分") : t) ?? topTierAward(t);
  if (one !== null) return one;
  // (separate criteria, each with its award or tiers: their bests add up, criterionAwards)
  const criteria = criterionAwards(t);
  if (criteria !== null) return sum2(criteria);
  if (NOT_AN_AWARD_LIST.test(t)) return null;
  const points: number[] = [];
  LINE_AWARD.lastIndex = 0;
  for (let m = LINE_AWARD.exec(t); m; m = LINE_AWARD.exec(t)) if (Number(m[1]) > 0) points.push(Number(m[1]));
  return points.length >= 2 ? sum2(points) : null;
}

/** a name or rule that makes a line a bonus on top of the whole: 加分, 附加分, 奖励 (its awards need no points of its own) */
const BONUS_WORDS = /加分|附加|奖励|另加|加\d/;

/**
 * Whether a line is a bonus on top of the whole, worth no points of its own: under a 加分项 / 附加分 group (outsideTheWhole),
 * or its name or rule speaks of a bonus (加分, 附加, 奖励, 加2分). Read only for lines worth 0.
 */
function bonusLine(i: Indicator, rule: string): boolean {
  return outsideTheWhole(i.level1) || outsideTheWhole(i.level2) || BONUS_WORDS.test(compact(i.name)) || BONUS_WORDS.test(compact(rule)) || VETO_LINE.test(compact(i.name));
}
/** a veto line (一票否决, 否决项): it takes the whole away, it holds no points of its own — its rule says what vetoes */
const VETO_LINE = /否决/;

/**
 * Whether the sheet's sums count a line worth 0 as 0: its group's (or block's) stated points are its lines' sum with it at
 * 0 (weightConfirmed), or the table's stated total is every line's sum.
 */
function zeroCounted(model: EvaluationModel, i: Indicator): boolean {
  if (weightConfirmed(model, i)) return true;
  let made = totalMade.get(model);
  if (made === undefined) {
    const total = model.totals?.weight;
    const lines = model.indicators.filter((x) => x.childOfRow === null && !x.notApplicable);
    made = !!total && !model.totals?.amount && lines.length >= 2 && lines.every((x) => x.weight !== null) && agreesTyped(total.value, sum2(lines.map((x) => x.weight!)));
    totalMade.set(model, made);
  }
  return made;
}
/** each model's verdict: its stated total is every line's sum (read once, whatever the count of lines worth 0) */
const totalMade = new WeakMap<EvaluationModel, boolean>();

/** a points head ("考核分值", "分值"): the head merged over the classes' columns */
const POINTS_HEAD = /分值|权重|标准分|满分|配分/;
/** a sub-head that names points or a score (分值 | 得分 under one head): no class */
const POINTS_OR_SCORE_WORD = /分|权重/;

/**
 * Whether the table's points are by class: the 分值 column's head is a points head merged across further columns, over
 * sub-heads that name classes, not points or scores (考核分值 over 主城各区 | 其他区县, each class its own points: '0' and '4'
 * on one line). A line's rule may then award any class's points.
 */
function pointsByClass(grid: Grid, model: EvaluationModel): boolean {
  const w = model.columns.weight;
  if (w === undefined || model.headerRow === null) return false;
  const last = model.headerLastRow ?? model.headerRow;
  for (let r = model.headerRow; r <= last; r++) {
    const m = grid.mergeAt(r, w);
    if (!m || m.c2 === m.c1 || m.r1 !== r || !POINTS_HEAD.test(grid.compactText(r, m.c1))) continue;
    let classes = 0;
    for (let c = m.c1; c <= m.c2; c++) {
      const t = grid.compactText(m.r2 + 1, c);
      if (t && !POINTS_OR_SCORE_WORD.test(t)) classes++;
    }
    if (classes >= 2) return true;
  }
  return false;
}

/**
 * (rub52) The worths a rule (or an item's own text, `textCell`) gives its clauses one by one (clause-points.ts) against the
 * line's 分值: where neither their sum (parts) nor their best (were they alternatives) is the 分值 and the sum exceeds it —
 * '1、…;(3分)2、…;(2分)3、…;(2分)4、…;(2分)' beside 8 — a scoring sheet (indicator-system) states both sides and the parts'
 * worths exceed the whole: a warning at the 分值, the stated whole (as a total is flagged at its cell), the rule related; a
 * total the rule states itself ('…得2分,共6分', `whole`) against the 分值 either way. Null (the caller's hint, or nothing)
 * where the sum or the best fits, the worths fall short of the 分值 (a clause stating none may hold the rest), the 分值 is
 * merged over further lines (their rules may make up the rest), the rule runs on to the next line, or the line is the last
 * of a cut sheet (its rule may be cut).
 */
function clausePointsFinding(grid: Grid, model: EvaluationModel, i: Indicator, points: number[], textCell: string, whole = false): FindingDraft | null {
  // (a scoring sheet's, whose 分值 and rules are written together; a self-evaluation form's rule is the template's text,
  // its 分值 the unit's: the sum a hint there, as before)
  if (model.family !== "indicator-system" || i.weight === null || !i.weightCell || i.weightCell === textCell || points.length < 2) return null;
  const sum = sum2(points);
  const best = Math.max(...points);
  if (agreesTyped(i.weight, sum) || agreesTyped(i.weight * 100, sum) || agreesTyped(i.weight, best)) return null;
  // (worths short of the 分值: a clause that states none may hold the rest — the caller's hint; above it, whatever a clause
  // left unstated, the parts' worths exceed the whole. A total the rule states in words, '共6分', is the whole either way)
  if (!whole && !exceedsTyped(sum, i.weight)) return null;
  const { row, col } = parseA1(i.weightCell);
  const m = grid.mergeAt(row, col);
  if (m && m.r2 > m.r1) return null;
  if (model.truncated && parseA1(textCell).row >= grid.lastContentRow()) return null;
  if (i.rubricCell === textCell && ruleRunsOn(grid, i, col)) return null;
  return {
    cell: i.weightCell,
    related: [textCell],
    severity: "warning",
    messageId: "clausePoints",
    data: { name: i.name || "该指标", points: points.map(fmt).join("+"), sum, weight: i.weight },
  };
}

/** The rubric's points, listed, do not add up to the item's 分值: the finding at the rubric's cell. */
function sumFinding(i: Indicator, points: number[], sum: number): FindingDraft {
  return {
    cell: i.rubricCell!,
    related: [...new Set([i.weightCell, i.nameCell].filter((x): x is string => !!x))],
    messageId: "sum",
    data: { name: i.name || "该指标", points: points.map(fmt).join("+"), sum, weight: i.weight! },
  };
}

/**
 * Whether an award is short of the line's own 分值: the weight cell is the line's alone (not merged down over further
 * lines, each with its own rule, whose points the merged 分值 holds together: 森林防火's 15分 over three rules).
 */
function awardShortOfOwnWeight(grid: Grid, i: Indicator, award: number): boolean {
  if (i.weight === null || !fallsShortTyped(award, i.weight) || !i.weightCell) return false;
  const { row, col } = parseA1(i.weightCell);
  const m = grid.mergeAt(row, col);
  return (!m || m.r2 === m.r1) && !ruleRunsOn(grid, i, col) && !perPeriod(i.rubric, award, i.weight);
}

/** a rule scored period by period: 按月 / 当月 / 月度 / 每月, 按季 / 季度 / 每季, 半年 / 上半年 / 下半年 */
const MONTHLY = /[按每当逐]月|月度|各月/;
const QUARTERLY = /[按每当逐]季|季度|各季/;
const HALF_YEARLY = /半年/;

/**
 * Whether a rule's award is each period's and the 分值 the year's: the rule names its period (按月考核, 当月完成率, 季度完成率
 * …(按季度考核), 上半年 | 下半年) and the award times the periods in a year (12, 4, 2) is the 分值 — '…当月完成率达到90%以上得1分'
 * on a 12-point line. A 12-point line awarding 1 with no period named is still short.
 */
function perPeriod(rule: string | null | undefined, award: number, weight: number): boolean {
  if (!rule) return false;
  const c = compact(rule);
  return (MONTHLY.test(c) && agreesTyped(weight, award * 12)) || (QUARTERLY.test(c) && agreesTyped(weight, award * 4)) || (HALF_YEARLY.test(c) && agreesTyped(weight, award * 2));
}

/**
 * Whether the line's rule runs on to the next line: text in the rule column there, and nothing in its 分值 column nor its
 * name column (a rule split across lines, as a page or a converted document cuts it: '…80%以上得2分,70%以上得1分;' over
 * '按时报送年报的得1分。'). The awards read are then the rule's first part only, and a shortfall against the 分值 proves
 * nothing. Read only where a shortfall would be told.
 */
function ruleRunsOn(grid: Grid, i: Indicator, weightCol: number): boolean {
  if (!i.rubricCell) return false;
  const { row, col } = parseA1(i.rubricCell);
  const next = (grid.mergeAt(row, col)?.r2 ?? row) + 1;
  if (next > grid.rowCount || !grid.ownsCell(next, col) || !grid.compactText(next, col)) return false;
  if (grid.ownsCell(next, weightCol) && grid.compactText(next, weightCol)) return false;
  const nameCol = i.nameCell ? parseA1(i.nameCell).col : null;
  return nameCol === null || !grid.ownsCell(next, nameCol) || !grid.compactText(next, nameCol);
}

/** Whether a rule's standard lists (eachLists) differ from the weight: above it, or short of it where no bonus may make up the rest. */
function eachListsDiffer(each: EachLists, weight: number): boolean {
  return each.bonus ? exceedsTyped(each.total, weight) : !agreesTyped(weight, each.total);
}

/** The finding of a rule's standard lists (eachLists) whose total is not the item's points: '2×25+2×25 = 100' against 50. */
function eachListsFinding(i: Indicator, each: EachLists, related: string[], name: string, warning: boolean): FindingDraft {
  return {
    cell: i.rubricCell!,
    related,
    ...(warning ? { severity: "warning" as const } : {}),
    messageId: "sum",
    data: { name, points: each.lists.map((l) => `${l.count}×${fmt(l.each)}`).join("+"), sum: each.total, weight: i.weight! },
  };
}

/** The finding of a rule's standard points (standardPoints) whose total is not the item's points: '2×0.5+1+1 = 3' against 4. */
function standardFinding(i: Indicator, standard: StandardPoints, related: string[], name: string, warning: boolean): FindingDraft {
  return {
    cell: i.rubricCell!,
    related,
    ...(warning ? { severity: "warning" as const } : {}),
    messageId: "sum",
    data: { name, points: standard.parts.map((p) => (p.count > 1 ? `${p.count}×${fmt(p.each)}` : fmt(p.each))).join("+"), sum: standard.total, weight: i.weight! },
  };
}

/** The finding of a rule awarding each listed thing (enumeratedAwards) whose total is not the line's 分值: a warning where the weight is the line's own. */
function eachAwardFinding(grid: Grid, i: Indicator, listed: EnumeratedAwards): FindingDraft {
  const { row, col } = i.weightCell ? parseA1(i.weightCell) : { row: 0, col: 0 };
  const m = i.weightCell ? grid.mergeAt(row, col) : null;
  const parts = [`${listed.count}×${fmt(listed.each)}`, ...listed.others.map(fmt)];
  return {
    cell: i.rubricCell!,
    related: [...new Set([i.weightCell, i.nameCell].filter((x): x is string => !!x))],
    ...(!m || m.r2 === m.r1 ? { severity: "warning" as const } : {}),
    messageId: "eachAward",
    data: { name: i.name || "该指标", count: listed.count, each: listed.each, points: parts.join("+"), sum: listed.total, weight: i.weight! },
  };
}

/**
 * No rubric column, the item's own text its rule (内容细节: "口蹄疫、禽流感…。适时全部开展得2分,按期完不成的每延迟一天扣0.2分,…",
 * 贺兰): one award deducted from (deductedAward) below the line's own 分值 — the item can never be met in full, the
 * weight and the text contradict (a warning, as in a rubric column). An award above the weight says nothing here.
 */
function ownTextDeductedAward(grid: Grid, i: Indicator): FindingDraft | null {
  if (i.weight === null) return null;
  const text = nameText(grid, i);
  // (most names hold no rule; a deduction may say 减 N分, compact writing it 扣: normalize.ts roundPointsBrackets)
  if (text === null || (text.indexOf("扣") < 0 && text.indexOf("减") < 0) || text.indexOf("分") < 0) return null;
  const award = deductedAward(text);
  if (award === null || !awardShortOfOwnWeight(grid, i, award)) return null;
  return {
    cell: i.nameCell!,
    related: i.weightCell ? [i.weightCell] : [],
    severity: "warning",
    messageId: "ownDeductedAward",
    data: { name: shortName(i.name), award, weight: i.weight },
  };
}

/**
 * Whether an interval rubric's 区间 column reads as points: fewer than half of its items (those with a range and points)
 * have a tier above their points. A range above its item's points is a slip only as the exception; where most items' tiers
 * exceed them ('80-100', '2019-2021' under items of 5), the column holds the figures' bands or years, not awards.
 */
function tierRangesFit(grid: Grid, model: EvaluationModel, rangeCol: number): boolean {
  const c = model.columns;
  const names = [c.level1, c.level2, c.level3].filter((x): x is number => x !== undefined);
  let items = 0;
  let above = 0;
  for (const i of model.indicators) {
    if (i.weight === null) continue;
    const { ranges } = itemTierRanges(grid, i.row, names, c.rubric ?? rangeCol - 1, rangeCol);
    if (!ranges.length) continue;
    items++;
    if (ranges.some((r) => exceedsTyped(r.high, i.weight!))) above++;
  }
  return above * 2 < items;
}

/**
 * An interval rubric's item (interval-rubric.ts) whose tier lines' ranges do not fit its points: the highest range above
 * the item's weight (a tier awards more than the item is worth: a warning at that range's cell), or, every tier line's
 * range printed, the best short of it (the item can never be met in full: a hint). Null where they fit or nothing is known.
 */
function tierRangeFinding(grid: Grid, model: EvaluationModel, i: Indicator, rangeCol: number): FindingDraft | null {
  const c = model.columns;
  const names = [c.level1, c.level2, c.level3].filter((x): x is number => x !== undefined);
  const { ranges, blank } = itemTierRanges(grid, i.row, names, c.rubric ?? rangeCol - 1, rangeCol);
  if (!ranges.length || i.weight === null) return null;
  let top = ranges[0];
  for (const r of ranges) if (r.high > top.high) top = r;
  const above = exceedsTyped(top.high, i.weight);
  if (!above && (blank > 0 || !fallsShortTyped(top.high, i.weight))) return null;
  return {
    cell: top.cell,
    related: [...new Set([i.weightCell, i.nameCell].filter((x): x is string => !!x))],
    ...(above ? { severity: "warning" as const } : {}),
    messageId: above ? "rangeAbove" : "topTier",
    data: { name: i.name || "该指标", award: top.high, range: top.text, weight: i.weight },
  };
}

/**
 * The top of the points range the item's rule cell gives where that cell is under the best of the grade tiers a head is
 * merged over (gradeTierSpan: 优秀 first), or null.
 */
function bestTierTop(grid: Grid, model: EvaluationModel, i: Indicator): number | null {
  const sub = model.headerLastRow;
  const col = model.columns.rubric;
  if (sub === null || col === undefined) return null;
  const span = gradeTierSpan(grid, sub);
  if (!span || span.first !== col || normalizeGrade(grid.compactText(sub, col)) !== "优") return null;
  return pointsRange(compact(i.rubric ?? ""))?.high ?? null;
}

/** a rule's leading line number ("3.", "3、", "(3)"): the number, and where the rule's text starts after it */
const LINE_NUMBER = /^[ \t\u3000]*(?:(\d{1,2})(?:、|\.(?!\d)|\)|．)|[(（](\d{1,2})[)）])/;
/** the closing note of the evidence a rule is checked against, "(以会议记录为准)", "(以文件上报县…(科协)为准)": no part of the award */
const EVIDENCE_NOTE = /[(（]以(?:[^()（）]|[(（][^()（）]*[)）])*?为(?:准|依据)[)）]$/;

/**
 * The rows whose rule is a numbered line of the rubric column's own list: the rules of consecutive rows open 1. 2. 3. …
 * (each row's number one more than the row's before or one less than the row's after). The number is then the line's,
 * not the first of several numbered clauses ("1、…得1分;" with the rest cut: soleAward reads no award there), and the
 * line's closing ';' is the list's separator. One pass over the rows.
 */
function numberedRuleLines(indicators: Indicator[]): Set<number> {
  const out = new Set<number>();
  let prev: { row: number; n: number } | null = null;
  for (let k = 0; k < indicators.length; k++) {
    const i = indicators[k];
    const m = i.rubric ? LINE_NUMBER.exec(i.rubric) : null;
    const n = m ? Number(m[1] ?? m[2]) : null;
    if (n !== null && prev !== null && n === prev.n + 1) {
      out.add(prev.row);
      out.add(i.row);
    }
    prev = n === null ? null : { row: i.row, n };
  }
  return out;
}

/** A numbered line's rule without its line number, its closing list separator and a closing evidence note (read
 *  compact: traditional characters as simplified, '以會議記錄為準' as '以会议记录为准'). */
function ownLineRule(rule: string): string {
  return compact(rule)
    .replace(LINE_NUMBER, "")
    .replace(/[;；][ \t\u3000]*$/, "")
    .replace(EVIDENCE_NOTE, "");
}

/**
 * The item's 分值 is confirmed by its group: a weight block over its line (a label's points over the lines under it) or
 * its group, stating points that the 分值 of its lines, every one written, add up to.
 */
function weightConfirmed(model: EvaluationModel, i: Indicator): boolean {
  const lines = model.indicators.filter((x) => x.childOfRow === null && !x.notApplicable);
  const adds = (stated: number, under: Indicator[]) => under.length >= 2 && under.every((x) => x.weight !== null) && agreesTyped(stated, sum2(under.map((x) => x.weight!)));
  for (const b of model.weightBlocks) {
    if (i.row < b.firstRow || i.row > b.lastRow) continue;
    if (adds(b.weight, lines.filter((x) => x.row >= b.firstRow && x.row <= b.lastRow))) return true;
  }
  const g = i.level2 ?? i.level1;
  return !!g && g.weight !== null && adds(g.weight, g.indicators.filter((x) => x.childOfRow === null && !x.notApplicable));
}

/** Whether an indicator has the cell (an IndicatorRow answers without making its address). */
function hasCell(i: Indicator, key: "rubricCell" | "nameCell"): boolean {
  return i instanceof IndicatorRow ? i.has(key) : !!i[key];
}

/**
 * The text of the item's name cell where that cell starts in its own line, else null. Read by its column where the row
 * is the indicator's own: no address made for every row of a large table.
 */
function nameText(grid: Grid, i: Indicator): string | null {
  const col = ownColumnOf(i, "nameCell");
  let row = i.row;
  let c = col;
  if (!col) {
    const cell = i.nameCell;
    if (!cell) return null;
    ({ row, col: c } = parseA1(cell));
  }
  return grid.startsInRow(row, c) ? grid.text(row, c) : null;
}

/**
 * The parts an item's own text gives its points in brackets where the text closes with those points (its weight read from
 * them: closing-items.ts), '…領導(0.5)及崗位職責(0.5)。1分' -> [0.5, 0.5]; null otherwise.
 */
function closingParts(grid: Grid, i: Indicator): number[] | null {
  if (i.weightSource !== "label" || !i.weightCell || i.weightCell !== i.nameCell) return null;
  const text = nameText(grid, i);
  if (text === null || text.indexOf("(") < 0 && text.indexOf("（") < 0 && text.indexOf("〔") < 0) return null;
  return closingItemPoints(text) === i.weight ? bracketedParts(text) : null;
}

/** The bracketed awards in the text of an item's name cell (no rubric column): bracketedAwards, on the cell's text. */
function ownTextAwards(grid: Grid, i: Indicator): number[] | null {
  const text = nameText(grid, i);
  // (most names hold no points)
  if (text === null || text.indexOf("分") < 0) return null;
  // bracketed points, or clauses that each award ("…的,计2分;…的,计2分;…的,计1分": batch 34's 粮食 得分表)
  const bracketed = bracketedAwards(text);
  if (bracketed) return bracketed;
  const clauses = rubricAwards(text);
  return clauses && !clauses.extra ? clauses.points : null;
}

/** a heading's points closing it, '(2分)' ('②林改工作(2分)'): left out of the name a message gives */
const HEAD_POINTS = /[(（]\d{1,3}(?:\.\d+)?分[)）]$/;
/** an award in a clause of a rule: 得 / 计 / 记 N分 — not a score obtained as the clause's condition ('得10分的', '得90分以上') */
const CLAUSE_AWARD = /[得计记](\d+(?:\.\d+)?)分(?![的以及到至])/;
/** points stated in a clause, '…工作2分' */
const BARE_CLAUSE_POINTS = /(\d+(?:\.\d+)?)分/;
/** a clause's points that are no award of the rule: a deduction, a bonus, a rate, a threshold score, a total */
const NOT_AN_AWARD = /扣|减|加|奖|罚|每|以上|以下|满分|共|合计|[得计记给]\d/;
/** a clause whose award is no full mark: per occurrence, a bonus, a cap */
const NOT_FULL_MARK = /每|奖|加分|加\d|再加|最高|最多|至多|不超过|酌情|视情/;
/** a clause's condition that makes it a tier of a time, a degree or a rank ('3月31日前完成的', '达90%以上', '排名前3'), not a separate thing */
const TIER_CONDITION = /前|后|以上|以下|以内|之内|达|超过|未|不足|低于|高于|%|名|基本|部分|较/;
/** a clause awarding the item's points in full by word, '计满分', '得满分', '给满分': the line's best is its points, whatever its other tiers award */
const FULL_MARK_WORD = /[得计记给获]满分/;

/**
 * The one award of a rule written on its item's line ('…无抛荒的计4分。未办示范片扣2分'): the positive award of its clauses
 * (split at commas, semicolons and full stops), where every clause that awards gives the same points and none of them is
 * per occurrence, a bonus or a cap, with the number of sentences (split at semicolons and full stops) that give it; null otherwise (no award, or several: tiers, items).
 */
function lineAward(rule: string | null): { award: number; sentences: number; clauses: number; tiered: boolean; bare: number } | null {
  if (!rule) return null;
  // ('…得3分。…每增加一个签约项目增加2分': a base award and an open bonus per occurrence above it, no full mark)
  if (OPEN_BONUS.test(compact(rule))) return null;
  let award: number | null = null;
  let sentences = 0;
  let clauses = 0;
  // (tiers are alternatives: two clauses at least each conditioned on a time, a degree or a rank — one clause with a rate
  // among separate things, '入户率100%计0.5分,按规定时间申报计0.5分,…', is one of the things, no tier)
  let tierClauses = 0;
  let bare = 0;
  // ('90分以上的计满分,80分以上的计1分': the tiers below the full mark award less, no contradiction of the points)
  if (FULL_MARK_WORD.test(compact(rule))) return null;
  for (const sentence of compact(rule).split(/[;。]/)) {
    let inSentence = false;
    for (const clause of sentence.split(/[,:]/)) {
      const m = CLAUSE_AWARD.exec(clause);
      // (a clause stating its points with no verb, '认真做好水利普查工作2分': a part's points beside the award — kept apart)
      if (!m) {
        const b = BARE_CLAUSE_POINTS.exec(clause);
        if (b && !NOT_AN_AWARD.test(clause)) bare += Number(b[1]);
        continue;
      }
      if (Number(m[1]) <= 0) continue;
      if (NOT_FULL_MARK.test(clause)) return null;
      if (award !== null && award !== Number(m[1])) return null;
      award = Number(m[1]);
      inSentence = true;
      clauses++;
      if (TIER_CONDITION.test(clause)) tierClauses++;
    }
    if (inSentence) sentences++;
  }
  return award === null ? null : { award, sentences, clauses, tiered: tierClauses >= 2, bare };
}

/**
 * The awards of a rule written under or on its item's line, two at least and each above the item's points ('3月31日前完成的
 * 计4分,4月15日前完成的计3分,4月15日后完成的不计分' on a 2-point item): the positive awards of its clauses (split as lineAward's),
 * none per occurrence, a bonus or a cap; null where one of them is at or below the points (a tier, a part of a sum).
 */
function awardsAbove(rule: string | null, weight: number): number[] | null {
  if (!rule) return null;
  const awards: number[] = [];
  for (const clause of compact(rule).split(/[,;。:]/)) {
    const m = CLAUSE_AWARD.exec(clause);
    if (!m || Number(m[1]) <= 0) continue;
    if (NOT_FULL_MARK.test(clause) || !exceedsTyped(Number(m[1]), weight)) return null;
    awards.push(Number(m[1]));
  }
  return awards.length >= 2 ? awards : null;
}

/** standardPoints read on a pasted rubric's item: one criterion enough, falling figures kept (parts or tiers) */
const PASTED_STANDARD = { single: true, falling: true } as const;
/** a bonus per occurrence: '每增加一个签约项目增加2分', '每多1个加0.5分', '每项奖励1分' */
const OPEN_BONUS = /每[^,;。]{0,20}?(?:增加|加|奖励?)\d+(?:\.\d+)?分/;
/** the full mark named in words: '满分5分', '计满分5分', '满分为10分' */
const FULL_MARK_POINTS = /满分(?:为|是)?(\d+(?:\.\d+)?)分/g;
/** a rule that scales, caps or converts its points: its 满分 is no item's worth ('按比例折算', '满分100分的…×') */
const SCALED = /比例|折算|折合|换算|[×÷*]|乘以|最高|最多|至多|不超过|加分/;

/**
 * The full mark a pasted item's rule names in words, its only figure of points ('本项当年达到70%以上计满分5分。' -> 5); null
 * where none, two different ones, any other points in the rule (a score scale's 满分 over awards converting it: '县级考核满分为
 * 10分,得10分的计2分'), or the rule scales or caps its points (SCALED).
 */
function statedFullMark(rule: string): number | null {
  const t = compact(rule);
  if (t.indexOf("满分") < 0 || SCALED.test(t)) return null;
  // (its only figure of points: a rule with others, '县级考核满分为10分,得10分的计2分', names another scale's full mark)
  if (/\d分/.test(t.replace(FULL_MARK_POINTS, ""))) return null;
  let found: number | null = null;
  FULL_MARK_POINTS.lastIndex = 0;
  for (let m = FULL_MARK_POINTS.exec(t); m; m = FULL_MARK_POINTS.exec(t)) {
    const v = Number(m[1]);
    if (found !== null && found !== v) return null;
    found = v;
  }
  return found;
}

/** An item's name for a message, its opening words where it is a long requirement text. */
function shortName(name: string): string {
  if (!name) return "该指标";
  return name.length > 16 ? name.slice(0, 16) + "…" : name;
}
