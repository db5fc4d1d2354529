import type { Grid } from "../grid/grid";
import { cutLine } from "../recognise/cut-row";
import { compact } from "../text/normalize";
import { LIKELIHOOD_OPTIONS } from "../recognise/vocabulary";
import { scoreTargetActual } from "../score/evaluate";
import { hasCell } from "../model/indicator-row";
import { outsideTheWhole } from "../relations/outside-the-whole";
import { timeProgressList } from "../recognise/time-progress";
import { FindingDraft, pct, profileSeverity, Rule } from "./types";
import { fallsShortTyped } from "../relations/tolerance";

/** Instruction text left in a reason cell is not a reason ("…需说明原因(100字以内)"). */
export function isInstructionText(text: string | null): boolean {
  if (!text) return false;
  const c = compact(text);
  return /\(\d+字以内\)|需说明原因|应单独说明理由|请在.*中说明/.test(c);
}

/** 完成目标可能性 确定能: the line says the year's target will be met. */
const CERTAIN = LIKELIHOOD_OPTIONS[0];

function blank(text: string | null): boolean {
  return !text || !compact(text) || isInstructionText(text);
}

/**
 * The columns a header cell stands over in a two-line header: its merge, or (merges undone) the cell and the columns
 * right of it whose top cell is blank and whose sub-line names a kind (偏差原因分析 | blank | blank over 经费保障 |
 * 制度保障 | 人员保障) — the cell's own sub-line must name one too, else it heads its own column alone. Merges undone,
 * the header is read as one line: its sub-line is then the line under it where that line is no indicator's.
 */
function headerSpan(grid: Grid, model: { headerRow: number | null; headerLastRow: number | null; indicators: { row: number }[] }, col: number): { c1: number; c2: number } | null {
  const top = model.headerRow;
  if (!top) return null;
  const m = grid.mergeAt(top, col);
  if (m) return m;
  const sub = model.headerLastRow && model.headerLastRow > top ? model.headerLastRow : model.indicators.some((i) => i.row === top + 1) ? 0 : top + 1;
  if (!sub || blank(grid.text(sub, col)) || grid.mergeAt(sub, col)) return null;
  let c2 = col;
  while (c2 + 1 <= grid.scanCols && blank(grid.text(top, c2 + 1)) && !grid.mergeAt(top, c2 + 1) && !blank(grid.text(sub, c2 + 1)) && !grid.mergeAt(sub, c2 + 1)) c2++;
  return c2 > col ? { c1: col, c2 } : null;
}

export const missingReason: Rule = {
  meta: {
    id: "missing-reason",
    severity: "error",
    families: ["project-self-eval", "dept-self-eval", "indicator-system", "monitoring"],
    title: { zh: "缺少偏差原因", en: "Missing reason" },
    rationale: {
      zh: "得分低于分值或未完成年度指标值时，表格自设的“偏差原因分析及改进措施”栏必须填写；执行率低于表内注明的门槛或所选/识别出的地区规则方案门槛（如四川 90%）时须说明原因。表格截断处的指标行（最后一行缺少上方各行都填写的数值）其原因栏可能随之截去，仅作提示。监控表只填截至当前的完成值（当前完成值、1-7月实际完成值，无全年预计完成值）时，完成目标可能性为“确定能”的行暂未达到年度指标值不需说明原因。",
      en: "The sheet's own 偏差原因分析及改进措施 column must be filled when a score is below its weight or a target is missed; a low execution rate needs a reason below the threshold the sheet prints or the chosen/detected profile sets (Sichuan 90%). On the indicator line an excerpt stops in (its last line lacks the values the lines above give) the reason may be cut with it: info. A monitoring sheet that gives only the values so far (当前完成值, 1-7月实际完成值, no 全年预计完成值) needs no reason on a line short of the year's target so far whose 完成目标可能性 is 确定能.",
    },
    source: "RULEBOOK A-V7, V-REASON-MISS (DOCZJ; audit_agent), SC-V1/V-REASON-EXEC90 (QS, DYX)",
    messages: {
      belowWeight: {
        zh: "{{name}}得分 {{score}} 低于分值 {{weight}}，但未填写偏差原因及改进措施",
        en: "{{name}}: score {{score}} below its weight {{weight}} but no reason is given",
      },
      targetMissed: {
        zh: "{{name}}实际完成值未达到年度指标值，但未填写偏差原因及改进措施",
        en: "{{name}}: target missed but no reason is given",
      },
      execBelowPrinted: {
        zh: "预算执行率 {{rate}} 未达到表内注明的 {{threshold}}，需说明原因",
        en: "Execution rate {{rate}} is below the {{threshold}} the sheet states: a reason is required",
      },
      belowTimeProgress: {
        zh: "{{name}}{{rateName}} {{rate}} 低于序时进度 {{threshold}}（{{period}}），但未填写未达到序时进度说明",
        en: "{{name}}: {{rateName}} {{rate}} is below the time-elapsed progress {{threshold}} ({{periodEn}}) but no explanation is given",
      },
      execBelowProfile: {
        zh: "预算执行率 {{rate}} 未达到 {{threshold}}（{{profile}}），需说明原因",
        en: "Execution rate {{rate}} is below {{threshold}} ({{profileEn}}): a reason is required",
      },
    },
  },
  check(ctx) {
    const { grid, model, profile, scores } = ctx;
    const out: FindingDraft[] = [];
    // the line an excerpt stops in (the table cut off there: its last line lacks the values the lines above give):
    // what stood beside that line's score may be cut with it, so a blank reason there is only a hint
    const cut = cutLine(grid, model);
    // a reason header merged over the kinds of reason (偏差原因分析 over 经费保障 | 制度保障 | … | 其他, the monitoring
    // template's ticked form): a line gives its reason by a mark or a word in any of them
    const reasonCol = model.columns.reason;
    const span = reasonCol ? headerSpan(grid, model, reasonCol) : null;
    const spanned = (row: number) => {
      if (!span || span.c2 <= span.c1) return false;
      for (let c = span.c1; c <= span.c2; c++) if (!blank(grid.text(row, c))) return true;
      return false;
    };
    // a monitoring sheet whose values are those so far (当前完成值, 1-7月实际完成值: no 全年预计完成值 beside them): a value
    // short of the year's target so far is no shortfall where the line says the year's target will be met (完成目标
    // 可能性 确定能, as a word or a mark under 确定能)
    const actualHead = model.columns.actual && model.headerRow ? grid.compactText(model.headerRow, model.columns.actual) : "";
    const soFar = model.family === "monitoring" && !!actualHead && !/全年|预计|年末|年底|年度|年终/.test(actualHead);
    const likelyCol = model.columns.likelihood;
    const certain = (row: number): boolean => {
      if (!likelyCol || !model.headerRow) return false;
      if (compact(grid.text(row, likelyCol)) === CERTAIN) return true;
      const m = headerSpan(grid, model, likelyCol);
      const sub = model.headerLastRow && model.headerLastRow > model.headerRow ? model.headerLastRow : model.headerRow + 1;
      if (!m || m.c2 <= m.c1 || sub === model.headerRow) return false;
      for (let c = m.c1; c <= m.c2; c++) if (compact(grid.text(sub, c)) === CERTAIN && !blank(grid.text(row, c))) return true;
      return false;
    };
    // (an index, no iterator: this runs for every row, also before the loop is optimised)
    for (let ii = 0, inds = model.indicators; ii < inds.length; ii++) {
      const i = inds[ii];
      if (!hasCell(i, "reasonCell") || !blank(i.reason) || spanned(i.row)) continue;
      const o = scores.indicators.get(i.row);
      // (a bonus line outside the whole, 加分项 / 附加分: its points are the most it may add, nothing deducted below them)
      const below = i.claimedScore !== null && i.weight !== null && fallsShortTyped(i.claimedScore, i.weight) && !outsideTheWhole(i.level1);
      // a table without 分值 or 得分 columns (targets, what was achieved, reasons) asks for a reason on every missed
      // target: whether it is missed does not depend on a weight
      const unscored = !model.columns.score && !model.columns.weight && i.weight === null;
      const outcome = unscored ? scoreTargetActual(i.target, i.actual, 1, profile, { op: i.opText, unit: i.unit }) : o;
      // (a percent target above 100%, "290%" for a satisfaction rate, is a typing slip: nothing is missed against it)
      const impossible = unscored && !!i.target?.quantity?.percent && i.target.quantity.value > 100;
      const missed = !!outcome?.ok && outcome.missed && !impossible && (unscored || i.claimedScore !== null);
      if (!below && !missed) continue;
      if (!below && soFar && certain(i.row)) continue;
      // (the score's and the actual value's cells that the row has, in that order: one array, not a list then its filter)
      const scoreCell = i.scoreCell;
      const actualCell = i.actualCell;
      const related = scoreCell ? (actualCell ? [scoreCell, actualCell] : [scoreCell]) : actualCell ? [actualCell] : [];
      const name = i.name || "该指标";
      const hint = i.row === cut ? { severity: "info" as const } : {};
      if (below) out.push({ cell: i.reasonCell!, related, ...hint, messageId: "belowWeight", data: { name, score: i.claimedScore!, weight: i.weight! } });
      else out.push({ cell: i.reasonCell!, related, ...hint, messageId: "targetMissed", data: { name } });
    }
    // a progress list asking for a 未达到序时进度说明 (one line per 市州 with its 资金拨付比例): a line behind the 序时进度
    // of the period the sheet states (1-4月: 4/12), or, with none stated, behind one month's (1/12, the floor of any
    // report's date) or half the whole's rate where the list states one (a warning, the date not being printed) needs
    // its explanation
    if (model.family === "monitoring") {
      const list = timeProgressList(grid, model);
      for (const l of list?.lines ?? []) {
        if (l.rate.value >= list!.threshold - 1e-9 || !blank(l.reason)) continue;
        out.push({
          cell: l.reasonCell,
          related: [l.rate.cell],
          ...(list!.printed ? {} : { severity: "warning" as const }),
          messageId: "belowTimeProgress",
          data: {
            name: l.name,
            rateName: list!.rateName,
            rate: pct(l.rate.value),
            threshold: pct(list!.threshold),
            period: list!.printed ? "表内注明的期间" : list!.wholeRate !== undefined ? `表内未注明期间，按合计行比例 ${pct(list!.wholeRate)} 的一半计` : "表内未注明期间，按最早一个月计",
            periodEn: list!.printed ? "the period the sheet states" : list!.wholeRate !== undefined ? `no period printed: half the whole's ${pct(list!.wholeRate)}` : "no period printed: one month at the least",
          },
        });
      }
    }
    // the sheet's own threshold ("预算执行率未达到90%的需说明原因") first, else the profile's
    const printed = model.budget?.statedReasonBelowRate ?? null;
    const threshold = printed ?? profile.budget.reasonBelowRate ?? null;
    if (threshold !== null) {
      for (const b of scores.budget) {
        if (b.item.kind !== "total" || b.rate === null || b.rate >= threshold - 1e-9) continue;
        if (!b.item.reasonCell || !blank(b.item.reason)) continue;
        const related = [b.item.rate?.cell ?? b.item.rateCell].filter((x): x is string => !!x);
        out.push(
          printed !== null
            ? { cell: b.item.reasonCell, related, messageId: "execBelowPrinted", data: { rate: pct(b.rate), threshold: pct(threshold, 0) } }
            : {
                cell: b.item.reasonCell,
                related,
                severity: profileSeverity(ctx, "error", "budget"),
                messageId: "execBelowProfile",
                data: { rate: pct(b.rate), threshold: pct(threshold, 0), profile: profile.name.zh, profileEn: profile.name.en },
              },
        );
      }
    }
    return out;
  },
};
