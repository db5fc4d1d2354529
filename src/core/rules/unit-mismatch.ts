import type { Family } from "../model/types";
import { proseUnitSlips } from "../recognise/prose-unit-pairs";
import { breakdownUnitSlips } from "../recognise/sentence-breakdowns";
import { announcedUnitSlips } from "../recognise/announced-parts";
import { changeUnitSlips } from "../recognise/change-unit-slips";
import { perUnitSlips } from "../recognise/per-unit-products";
import { compact } from "../text/normalize";
import { type ParsedValue, unitIsPercent } from "../text/quantity";
import { FindingDraft, Rule } from "./types";

/**
 * The kind of unit a text names: percent, or another unit (money, count, time…), or none. Only these two kinds are
 * compared: 万元 against 元, 天 against 日 or 人 against 人次 are a matter of scale or wording, not a contradiction.
 */
function unitKind(unit: string): "percent" | "other" | null {
  const u = compact(unit);
  if (!u) return null;
  return unitIsPercent(u) ? "percent" : /^[\u4e00-\u9fa5a-zA-Z/·²㎡]+$/.test(u) ? "other" : null;
}

const INDICATOR_FAMILIES: Family[] = ["target-declaration", "project-self-eval", "dept-self-eval", "monitoring"];

export const unitMismatch: Rule = {
  meta: {
    id: "unit-mismatch",
    severity: "warning",
    // (rel54: every family for a prose list's pairs; the unit column's check keeps its four families, INDICATOR_FAMILIES)
    families: "all",
    title: { zh: "数值单位与计量单位列不符", en: "Unit in the value contradicts the unit column" },
    rationale: {
      zh: "指标值或实际值自带单位（如“28.8万元”“95%”），而同一行的计量单位列写的是另一类单位（百分比对金额、数量等），两者自相矛盾。只比较百分比与其他单位两类；万元与元、天与日等属于换算或用词，不报告。另：正文中按同一比率成组列出的数对（如“1400亩28万元”），若其中一组的第二个数写成了第一个数的单位、而按其余各组的单位读恰好符合同一比率（“1400亩28万亩”），即为单位笔误。再另：正文中一个总数与其分项（其中…），除一个数外单位相同，该数的单位与其余相差一万倍，按其余各数的单位读恰好合计相符，也是单位笔误（如“全年预算数2089元:其中中央1777万元,省级312万元”）。再另：正文中两数及其增减额（“259万元,比上年同期139万元增支120元”），增减额的单位与两数相差一万倍、按两数的单位读恰为两数之差，也是单位笔误。再另：正文中按单位标准计算的结果（“每亩每年能产油40kg,3194亩每年预计可生产茶油12.78kg”），只有在单位前补上“万”才等于数量乘标准，也是单位笔误。",
      en: "A value written with its own unit (\"28.8万元\", \"95%\") while the row's unit column names the other kind (a percentage against an amount or a count) contradicts itself. Only percent against other units is compared; 万元 against 元 or 天 against 日 is a matter of scale or wording. Also: in prose pairs listed at one rate ('1400亩28万元'), a pair whose second figure carries the first figure's unit while, read in the others' unit, it gives the same rate ('1400亩28万亩') is a slip of the unit. So is, in a whole and its parts (其中…) all written in one unit but one figure 10^4 off, that figure where only its number read in the others' unit makes them add up ('全年预算数2089元:其中中央1777万元,省级312万元'). So is a change between two amounts written in a unit 10^4 off theirs where, read in their unit, it is their difference ('259万元,比上年同期139万元增支120元'). So is the result of a rate per unit (每亩) that equals the count times the rate only with 万 before its unit ('每亩每年能产油40kg,3194亩每年预计可生产茶油12.78kg').",
    },
    source: "RULEBOOK §1.3 (度量单位), corpus: 岳阳楼区 整体绩效目标表 (28.8萬元 under 計量單位 %); 吉林市 黑土地保护资金 notice (1400亩28万亩); a county's 农机购置补贴 transfer self-evaluation (全年预算数2089元 over 1777万元 + 312万元); 牟定县 2023年1-9月 财政收支 (科学技术支出259万元, 比上年同期139万元增支120元)",
    messages: {
      mismatch: {
        zh: "{{name}}的{{what}}「{{value}}」带单位「{{valueUnit}}」，而计量单位列为「{{unit}}」，两者不符",
        en: "{{name}}: the {{whatEn}} \"{{value}}\" is in {{valueUnit}}, the unit column says {{unit}}",
      },
      pair: {
        zh: "{{name}}「{{value}}」的第二个数带单位「{{valueUnit}}」，而其余 {{others}} 组同一位置均为「{{unit}}」且按同一比率相符，应为「{{unit}}」",
        en: "{{name}} \"{{value}}\": the second figure is in {{valueUnit}}, where the other {{others}} pairs write {{unit}} at one rate, which this figure gives in {{unit}}",
      },
      whole: {
        zh: "{{name}}「{{value}}」的单位为「{{valueUnit}}」，而其分项 {{parts}} 均以「{{unit}}」计，按「{{unit}}」读恰好合计相符，应为「{{unit}}」",
        en: "{{name}} \"{{value}}\" is in {{valueUnit}}, while its parts {{parts}} are in {{unit}} and add up to it read in {{unit}}: it should be {{unit}}",
      },
      change: {
        zh: "{{name}}「{{value}}」的单位为「{{valueUnit}}」，而前后两数 {{amounts}} 均以「{{unit}}」计，按「{{unit}}」读恰为两数之差，应为「{{unit}}」",
        en: "The change {{name}} \"{{value}}\" is in {{valueUnit}}, while the two amounts {{amounts}} are in {{unit}} and differ by it read in {{unit}}: it should be {{unit}}",
      },
      product: {
        zh: "{{name}}「{{value}}」的单位为「{{valueUnit}}」，而 {{count}} × {{rate}} 按「{{unit}}」读恰好相符，应为「{{unit}}」",
        en: "{{name}} \"{{value}}\" is in {{valueUnit}}, while {{count}} × {{rate}} gives it read in {{unit}}: it should be {{unit}}",
      },
      part: {
        zh: "分项{{name}}「{{value}}」的单位为「{{valueUnit}}」，而总数「{{whole}}」及其余分项均以「{{unit}}」计，按「{{unit}}」读恰好合计相符，应为「{{unit}}」",
        en: "The part {{name}} \"{{value}}\" is in {{valueUnit}}, while the whole \"{{whole}}\" and the other parts are in {{unit}} and add up read in {{unit}}: it should be {{unit}}",
      },
    },
  },
  check({ model, grid }) {
    const out: FindingDraft[] = [];
    // (rel54) a unit written twice in a prose list of pairs at one rate (recognise/prose-unit-pairs.ts)
    for (const s of proseUnitSlips(grid)) {
      out.push({ cell: grid.addr(s.row, s.col), messageId: "pair", data: { name: s.name, value: s.written, valueUnit: s.unit, unit: s.expectedUnit, others: String(s.pairs - 1) } });
    }
    // (rels56) a whole or a part of a prose breakdown whose unit is 10^4 off the others' (recognise/whole-unit-slips.ts): a 其中
    // list's (sentence-breakdowns.ts), an announced list's (announced-parts.ts: 分别为, 包括, 具体是)
    for (const s of breakdownUnitSlips(grid).concat(announcedUnitSlips(grid))) {
      const data = { name: s.name, value: s.written, valueUnit: s.unit, unit: s.expectedUnit, whole: s.whole, parts: s.parts.join(" + ") };
      out.push({ cell: grid.addr(s.row, s.col), messageId: s.index < 0 ? "whole" : "part", data });
    }
    // (rel57) a change between two stated amounts whose unit is 10^4 off theirs ('259万元,比上年同期139万元增支120元':
    // recognise/change-unit-slips.ts)
    for (const s of changeUnitSlips(grid)) {
      out.push({ cell: grid.addr(s.row, s.col), messageId: "change", data: { name: s.name, value: s.written, valueUnit: s.unit, unit: s.expectedUnit, amounts: s.amounts.join("、") } });
    }
    // (rel60a) a per-unit rate's product whose result lost its 万 ('每亩…40kg,3194亩…12.78kg': recognise/per-unit-products.ts)
    for (const s of perUnitSlips(grid)) {
      out.push({ cell: grid.addr(s.row, s.col), messageId: "product", data: { name: "计算结果", value: s.written, valueUnit: s.unit, unit: s.expectedUnit, count: s.count, rate: s.rate } });
    }
    if (INDICATOR_FAMILIES.indexOf(model.family) < 0) return out;
    // (an index, no iterator: this runs for every row, also before the loop is optimised)
    for (let ii = 0, inds = model.indicators; ii < inds.length; ii++) {
      const i = inds[ii];
      const column = i.unit ? unitKind(i.unit) : null;
      if (!column || !i.unitCell) continue;
      for (const [v, cell, what, whatEn] of [
        [i.target, i.targetCell, "指标值", "target"],
        [i.actual, i.actualCell, "实际完成值", "actual"],
      ] as [ParsedValue | null, string | null, string, string][]) {
        const q = v?.kind === "number" ? v.quantity : undefined;
        if (!q || !cell) continue;
        const own = q.percent ? "percent" : q.unit ? unitKind(q.unit) : null;
        if (!own || own === column) continue;
        out.push({
          cell,
          related: [i.unitCell],
          messageId: "mismatch",
          data: { name: i.name || "该指标", what, whatEn, value: v!.raw, valueUnit: q.percent ? "%" : q.unit, unit: i.unit! },
        });
      }
    }
    return out;
  },
};
