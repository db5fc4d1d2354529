import type { Relation } from "../model/types";
import type { MessageData, MessageTemplate } from "../rules/types";
import { placeOf, type RelationOutcome } from "./evaluate";

/** A number as a reviewer writes it: up to 2 decimals (more when the cells show more), no trailing zeros. */
export function num(n: number | null | undefined, decimals = 2): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return "—";
  const d = Math.max(2, Math.min(6, decimals));
  return String(Math.round(n * 10 ** d) / 10 ** d);
}

/**
 * A number for a message's data: a number rounded to 2 decimals (the template shows it as a reviewer writes it),
 * or, when more decimals are needed to tell stated from computed, the text with those decimals.
 */
function datum(n: number | null | undefined, decimals = 2): number | string {
  if (n === null || n === undefined || !Number.isFinite(n)) return "—";
  return decimals <= 2 ? Number(num(n, 2)) : num(n, decimals);
}

const pct = (points: number) => `${points.toFixed(2)}%`;
const bare = (s: string) => s.replace(/[:：]$/, "").trim();

/**
 * The message templates of broken relations, by id (ESLint's meta.messages), in Chinese and English. Rules that
 * evaluate relations carry the ones they report (`relationMessages([...])`).
 */
export const RELATION_MESSAGES = {
  weightGroup: { zh: "{{name}}明细分值合计 {{sum}}，与标注的 {{total}} 分不符", en: "{{name}}: child weights add up to {{sum}}, not the stated {{total}}" },
  weightGroupRelative: {
    zh: "{{name}}明细分值合计 {{sum}}，既不等于标注的 {{total}} 分，也不是按百分制计的 100",
    en: "{{name}}: child weights add up to {{sum}}, neither the stated {{total}} nor 100 (weights out of 100)",
  },
  weightBlock: { zh: "{{name}}分值合计 {{sum}}，与标注的 {{total}} 分不符", en: "{{name}}: weights add up to {{sum}}, not the stated {{total}}" },
  weightSubItem: { zh: "{{name}}的分项分值合计 {{sum}}，与其分值 {{total}} 不符", en: "{{name}}: its sub-items are weighted {{sum}}, not {{total}}" },
  weightSubtotal: { zh: "小计分值 {{total}}，与明细分值合计 {{sum}} 不符", en: "Subtotal weight {{total}} differs from its rows' {{sum}}" },
  weightBudgetLabel: { zh: "预算执行分值 {{sum}}，与标注的 {{total}} 分不符", en: "Budget execution weight {{sum}} differs from the stated {{total}}" },
  weightItemLabel: { zh: "{{name}}的分值为 {{sum}}，与其名称标注的 {{total}} 分不符", en: "{{name}} is weighted {{sum}}, but its label states {{total}}" },
  weightTotal: { zh: "各项分值合计 {{sum}}{{parts}}，与总分栏的 {{total}} 不符", en: "Weights add up to {{sum}}, but the total row states {{total}}" },
  // the shares of a weighted table (heads' '(占40%)', a 权重 column closed by 100%) against their whole, 100%
  sharesFixed: {
    zh: "{{name}}的权重 {{share}}%，使各项权重合计 {{sum}}%，不是 100%；按 {{fixed}}% 计（合计 100%），{{agree}}/{{lines}} 行的{{total}}相符",
    en: "{{name}} is given a share of {{share}}%, so the shares add up to {{sum}}%, not 100%; at {{fixed}}% (adding up to 100%) {{agree}} of {{lines}} lines' {{total}} agree",
  },
  sharesWhole: { zh: "各项权重合计 {{sum}}%，与{{name}}的 {{total}}% 不符", en: "The shares add up to {{sum}}%, not the {{total}}% {{name}} states" },
  scoreTotal: { zh: "各项得分合计 {{sum}}，与总分 {{total}} 不符", en: "Scores add up to {{sum}}, but the total states {{total}}" },
  scoreTotalCut: {
    zh: "表格在此截断：可见各项得分合计 {{sum}}，未见的各行最多还有 {{slack}} 分，总分 {{total}} 超过可能的 {{max}}",
    en: "The table is cut off: the visible scores add up to {{sum}} and the rows not shown can add at most {{slack}}, so the total {{total}} exceeds the possible {{max}}",
  },
  scoreGroup: { zh: "{{name}}得分 {{total}}，与下级得分合计 {{sum}} 不符", en: "{{name}}: stated score {{total}}, its children add up to {{sum}}" },
  scoreSubItem: { zh: "{{name}}得分 {{total}}，与分项得分合计 {{sum}} 不符", en: "{{name}}: score {{total}}, its sub-items add up to {{sum}}" },
  scoreSubtotal: { zh: "小计得分 {{total}}，与明细得分合计 {{sum}} 不符", en: "Subtotal score {{total}} differs from its rows' {{sum}}" },
  scoreParts: { zh: "{{name}}得分 {{total}}，与明细得分合计 {{sum}} 不符", en: "{{name}}: score {{total}}, its parts add up to {{sum}}" },
  // (inColumn / inColumnEn: the amount column a sum down a column is about, "全年执行数栏：", when its header names it)
  sum: {
    zh: "{{inColumn}}{{name}} {{total}}，与其明细合计 {{sum}} 不符{{parts}}{{more}}",
    en: "{{name}}{{inColumnEn}} states {{total}}, but its parts add up to {{sum}}{{moreEn}}",
  },
  sumBlank: { zh: "{{inColumn}}{{name}}未填，其明细合计 {{sum}}{{parts}}", en: "{{name}}{{inColumnEn}} is left blank, but its parts add up to {{sum}}" },
  sumAtMost: {
    zh: "{{inColumn}}{{name}} {{total}}，小于其中所列 {{sum}}{{more}}",
    en: "{{name}}{{inColumnEn}} states {{total}}, less than its listed part {{sum}}{{moreEn}}",
  },
  sumRunning: {
    zh: "{{name}} {{total}}，小于其所含的{{part}} {{sum}}：累计数不应小于本期数或此前的累计数",
    en: "{{name}} states {{total}}, less than {{partEn}} {{sum}} it includes: a running total cannot fall below the period's figure or an earlier running total",
  },
  difference: { zh: "{{name}} {{stated}}，与 {{expr}} = {{computed}} 不符", en: "{{name}} states {{stated}}, but {{expr}} = {{computed}}" },
  ratio: {
    zh: "{{name}}应为 {{numerator}}/{{denominator}} = {{computed}}，表中为 {{stated}}",
    en: "{{name}} should be {{numerator}}/{{denominator}} = {{computed}}, the sheet shows {{stated}}",
  },
  product: { zh: "{{name}} {{stated}}，与 {{expr}} = {{computed}} 不符", en: "{{name}} states {{stated}}, but {{expr}} = {{computed}}" },
  productBlank: {
    zh: "{{name}} {{stated}} 按 {{rate}} 折合{{count}} {{implied}}，但{{count}}未填",
    en: "{{name}} states {{stated}}, which at {{rate}} stands for {{count}} {{implied}}, but {{count}} is left blank",
  },
  weighted: {
    zh: "{{name}} {{total}}，与按所列权重计算的 {{expr}} = {{sum}} 不符",
    en: "{{name}} states {{total}}, but its parts weighted by the shares the sheet states give {{expr}} = {{sum}}",
  },
  grade: { zh: "等级 {{grade}} 与总分 {{total}} 不符", en: "Grade {{grade}} does not match the total {{total}}" },
  rank: {
    zh: "{{name}}排名 {{rank}}，与其{{total}} {{score}} 不符：按{{total}}{{order}}应为第 {{expected}} 名",
    en: "{{name}} is ranked {{rank}}, but its {{total}} {{score}} places it {{expected}} ({{orderEn}})",
  },
} satisfies Record<string, MessageTemplate>;

export type RelationMessageId = keyof typeof RELATION_MESSAGES;

/** The templates of the given relation message ids, for a rule's meta.messages. */
export function relationMessages(ids: RelationMessageId[]): Record<string, MessageTemplate> {
  return Object.fromEntries(ids.map((id) => [id, RELATION_MESSAGES[id]]));
}

const WEIGHT_IDS = { group: "weightGroup", block: "weightBlock", "sub-item": "weightSubItem", subtotal: "weightSubtotal", "budget-label": "weightBudgetLabel", "item-label": "weightItemLabel", total: "weightTotal" } as const;
const SCORE_IDS: Partial<Record<string, RelationMessageId>> = { total: "scoreTotal", group: "scoreGroup", "sub-item": "scoreSubItem", subtotal: "scoreSubtotal" };

/**
 * The message of a broken relation as a template id and the numbers it names ("明细合计 110，与总额 100 不符").
 * `extraColumns`: how many more columns of the same stated row disagree. `column`: the header of the amount column a sum
 * runs down (年初预算数, 全年执行数, 中央资金: amountColumnName), named in the data as `column` and in the wording.
 */
export function relationMessage(r: Relation, o: RelationOutcome, extraColumns = 0, column: string | null = null): { messageId: RelationMessageId; data: MessageData } {
  // 2 decimals, unless the stated and computed numbers would then read the same
  const stated0 = r.kind === "sum" || r.kind === "rollup" || r.kind === "weighted" ? r.total.value : r.kind === "difference" || r.kind === "product" ? r.result.value : null;
  let dd = 2;
  while (stated0 !== null && o.computed !== null && dd < 6 && num(stated0, dd) === num(o.computed, dd)) dd++;
  const sum = datum(o.computed, dd);
  const more = extraColumns > 0 ? `（共 ${extraColumns + 1} 列不符）` : "";
  const moreEn = extraColumns > 0 ? ` (${extraColumns + 1} columns disagree)` : "";
  switch (r.kind) {
    case "rollup": {
      const data: MessageData = { name: bare(r.label), sum, total: datum(r.total.value) };
      if (r.measure === "weight") {
        // the shares of a weighted table: at the one share the lines name (shareFix), or against the whole printed
        if (r.level === "shares") {
          const f = r.shareFix;
          if (!f) return { messageId: "sharesWhole", data: { name: bare(r.total.label ?? r.label), sum, total: datum(r.total.value) } };
          const stated = r.parts.find((p) => p.cell === r.reportAt);
          return { messageId: "sharesFixed", data: { name: bare(f.name), share: datum(stated?.value), sum, fixed: datum(f.value), agree: f.agree, lines: f.lines, total: bare(f.total) } };
        }
        let messageId: RelationMessageId = WEIGHT_IDS[r.level as keyof typeof WEIGHT_IDS] ?? "weightGroup";
        // a table of relative weights (each group's items out of 100) accepts 100 as well: say so
        if (messageId === "weightGroup" && r.alsoAccept?.includes(100) && r.total.value !== 100) messageId = "weightGroupRelative";
        if (messageId === "weightTotal") data.parts = r.partsText ? `（${r.partsText}）` : "";
        return { messageId, data };
      }
      if (r.cutSlack !== undefined && o.computed !== null && r.total.value > o.computed) return { messageId: "scoreTotalCut", data: { ...data, slack: datum(r.cutSlack), max: datum(o.computed + r.cutSlack) } };
      return { messageId: SCORE_IDS[r.level] ?? "scoreParts", data };
    }
    case "sum": {
      const name = bare(r.label) || "合计";
      const total = datum(r.total.value, dd);
      // (a sum in prose or in a line names no column: its templates' placeholders are still in the data, empty)
      const inColumn: MessageData = column ? { column, inColumn: `${column}栏：`, inColumnEn: ` (column ${column})` } : { inColumn: "", inColumnEn: "" };
      if (r.running) return { messageId: "sumRunning", data: { name, total, sum, part: bare(r.parts[0]?.label ?? ""), partEn: r.parts[0]?.label ?? "its part" } };
      if (r.bound === "atMost") return { messageId: "sumAtMost", data: { name, total, sum, more, moreEn, ...inColumn } };
      const parts = r.parts.length <= 6 ? `（${r.parts.map((p) => `${p.label ? bare(p.label) + " " : ""}${num(p.value, p.decimals ?? 2)}`).join(" + ")}）` : "";
      // a total line left blank against the amounts of its parts (年度资金总额 blank over 其中:中央补助 50.29)
      if (r.total.text === "" && r.total.value === 0) return { messageId: "sumBlank", data: { name, sum, parts, ...inColumn } };
      return { messageId: "sum", data: { name, total, sum, parts, more, moreEn, ...inColumn } };
    }
    case "difference": {
      const [m, ...rest] = o.from;
      // (rel54: the amounts added before those taken away, r.addends)
      const n = r.addends?.length ?? 0;
      const term = (s: { label?: string; value: number }) => `${bare(s.label ?? "")} ${num(s.value)}`;
      const expr = `${term(m)}${rest.slice(0, n).map((s) => ` + ${term(s)}`).join("")} − ${rest.slice(n).map(term).join(" − ")}`;
      return { messageId: "difference", data: { name: bare(r.label) || "结余", stated: datum(r.result.value), expr, computed: datum(o.computed) } };
    }
    case "ratio": {
      const [n, d] = o.from;
      return { messageId: "ratio", data: { name: bare(r.name), numerator: String(n.value), denominator: String(d.value), computed: pct(o.computed ?? 0), stated: pct(o.stated) } };
    }
    case "product": {
      const name = bare(r.label) || "金额";
      const [count, ...rates] = r.factors;
      const rate = rates.map((t) => `${bare(t.label ?? "")} ${num(t.value, t.decimals ?? 2)}`).join(" × ");
      // a count left blank beside an amount its rate gives: the count the amount stands for
      if (count.text === "" && count.value === 0) {
        const per = rates.reduce((x, t) => x * t.value, 1);
        const implied = per ? (r.result.value * r.scale) / per : null;
        return { messageId: "productBlank", data: { name, stated: datum(r.result.value, dd), rate, count: bare(count.label ?? "") || "数量", implied: datum(implied) } };
      }
      const expr = `${bare(count.label ?? "")} ${num(count.value, count.decimals ?? 2)} × ${rate}${r.scale !== 1 ? ` ÷ ${r.scale}` : ""}`;
      return { messageId: "product", data: { name, stated: datum(r.result.value, dd), expr, computed: sum } };
    }
    case "weighted": {
      // (each part as the sheet shows it, times its share as its head writes it: 系统考核得分 95.53 × 40%)
      const expr = r.parts.map((p, i) => `${p.label ? bare(p.label) + " " : ""}${num(p.value, p.decimals ?? 2)} × ${num(r.shares[i].value * 100, 4)}%`).join(" + ");
      return { messageId: "weighted", data: { name: bare(r.label) || "总分", total: datum(r.total.value, dd), expr, sum } };
    }
    case "grade":
      return { messageId: "grade", data: { grade: r.grade.value, total: datum(r.total.value) } };
    case "rank": {
      const p = placeOf(r.total.value, r.ranking.sorted, r.ranking.ascending);
      const expected = p.last > p.first ? `${p.first}–${p.last}` : String(p.first);
      const order = r.ranking.ascending ? { order: "从低到高", orderEn: "lowest first" } : { order: "从高到低", orderEn: "highest first" };
      return { messageId: "rank", data: { name: bare(r.rank.label ?? ""), rank: r.rank.text || String(r.rank.value), total: bare(r.ranking.totalName).replace(/\(.{1,6}\)$/, ""), score: r.total.text || datum(r.total.value), expected, ...order } };
    }
  }
}
