import type { Relation } from "../model/types";
import type { RelationOutcome } from "./evaluate";

/** A number as a reviewer writes it: up to 2 decimals (more when the cells show more), no trailing zeros. */
export function num(n: number | null | undefined, decimals = 2): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return "—";
  const d = Math.max(2, Math.min(6, decimals));
  return String(Math.round(n * 10 ** d) / 10 ** d);
}

const pct = (points: number) => `${points.toFixed(2)}%`;
const bare = (s: string) => s.replace(/[:：]$/, "").trim();

/**
 * The message of a broken relation, naming its numbers ("明细合计 110，与总额 100 不符"), in Chinese and English.
 * `extraColumns`: how many more columns of the same stated row disagree.
 */
export function relationMessage(r: Relation, o: RelationOutcome, extraColumns = 0): { zh: string; en: string } {
  // 2 decimals, unless the stated and computed numbers would then read the same
  const stated0 = r.kind === "sum" || r.kind === "rollup" ? r.total.value : r.kind === "difference" ? r.result.value : null;
  let dd = 2;
  while (stated0 !== null && o.computed !== null && dd < 6 && num(stated0, dd) === num(o.computed, dd)) dd++;
  const sum = num(o.computed, dd);
  const more = extraColumns > 0 ? `（共 ${extraColumns + 1} 列不符）` : "";
  const moreEn = extraColumns > 0 ? ` (${extraColumns + 1} columns disagree)` : "";
  switch (r.kind) {
    case "rollup": {
      const t = num(r.total.value);
      const name = bare(r.label);
      if (r.measure === "weight") {
        switch (r.level) {
          case "group":
            return { zh: `${name}明细分值合计 ${sum}，与标注的 ${t} 分不符`, en: `${name}: child weights add up to ${sum}, not the stated ${t}` };
          case "block":
            return { zh: `${name}分值合计 ${sum}，与标注的 ${t} 分不符`, en: `${name}: weights add up to ${sum}, not the stated ${t}` };
          case "sub-item":
            return { zh: `${name}的分项分值合计 ${sum}，与其分值 ${t} 不符`, en: `${name}: its sub-items are weighted ${sum}, not ${t}` };
          case "subtotal":
            return { zh: `小计分值 ${t}，与明细分值合计 ${sum} 不符`, en: `Subtotal weight ${t} differs from its rows' ${sum}` };
          case "budget-label":
            return { zh: `预算执行分值 ${sum}，与标注的 ${t} 分不符`, en: `Budget execution weight ${sum} differs from the stated ${t}` };
          case "total":
            return {
              zh: `各项分值合计 ${sum}${r.partsText ? `（${r.partsText}）` : ""}，与总分栏的 ${t} 不符`,
              en: `Weights add up to ${sum}, but the total row states ${t}`,
            };
        }
      }
      switch (r.level) {
        case "total":
          return { zh: `各项得分合计 ${sum}，与总分 ${t} 不符`, en: `Scores add up to ${sum}, but the total states ${t}` };
        case "group":
          return { zh: `${name}得分 ${t}，与下级得分合计 ${sum} 不符`, en: `${name}: stated score ${t}, its children add up to ${sum}` };
        case "sub-item":
          return { zh: `${name}得分 ${t}，与分项得分合计 ${sum} 不符`, en: `${name}: score ${t}, its sub-items add up to ${sum}` };
        case "subtotal":
          return { zh: `小计得分 ${t}，与明细得分合计 ${sum} 不符`, en: `Subtotal score ${t} differs from its rows' ${sum}` };
        default:
          return { zh: `${name}得分 ${t}，与明细得分合计 ${sum} 不符`, en: `${name}: score ${t}, its parts add up to ${sum}` };
      }
    }
    case "sum": {
      const t = num(r.total.value, dd);
      const name = bare(r.label) || "合计";
      const parts = r.parts.length <= 6 ? `（${r.parts.map((p) => `${p.label ? bare(p.label) + " " : ""}${num(p.value, p.decimals ?? 2)}`).join(" + ")}）` : "";
      if (r.bound === "atMost") {
        return { zh: `${name} ${t}，小于其中所列 ${sum}${more}`, en: `${name} states ${t}, less than its listed part ${sum}${moreEn}` };
      }
      return {
        zh: `${name} ${t}，与其明细合计 ${sum} 不符${parts}${more}`,
        en: `${name} states ${t}, but its parts add up to ${sum}${moreEn}`,
      };
    }
    case "difference": {
      const name = bare(r.label) || "结余";
      const [m, ...subs] = o.from;
      const expr = `${bare(m.label ?? "")} ${num(m.value)} − ${subs.map((s) => `${bare(s.label ?? "")} ${num(s.value)}`).join(" − ")}`;
      return {
        zh: `${name} ${num(r.result.value)}，与 ${expr} = ${num(o.computed)} 不符`,
        en: `${name} states ${num(r.result.value)}, but ${expr} = ${num(o.computed)}`,
      };
    }
    case "ratio": {
      const [n, d] = o.from;
      return {
        zh: `${bare(r.name)}应为 ${n.value}/${d.value} = ${pct(o.computed ?? 0)}，表中为 ${pct(o.stated)}`,
        en: `${bare(r.name)} should be ${n.value}/${d.value} = ${pct(o.computed ?? 0)}, the sheet shows ${pct(o.stated)}`,
      };
    }
    case "grade":
      return { zh: `等级 ${r.grade.value} 与总分 ${num(r.total.value)} 不符`, en: `Grade ${r.grade.value} does not match the total ${num(r.total.value)}` };
  }
}
