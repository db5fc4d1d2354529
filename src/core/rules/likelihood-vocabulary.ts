import { compact } from "../text/normalize";
import { LIKELIHOOD_OPTIONS } from "../recognise/vocabulary";
import { FindingDraft, Rule } from "./types";

/** The options a header lists in its brackets: "完成目标可能性（确定能/有可能/完全不可能）" → 确定能, 有可能, 完全不可能. */
export function headerOptions(header: string): string[] {
  const m = /\(([^()]+)\)/.exec(compact(header));
  if (!m) return [];
  const opts = m[1].split(/[/、,，;；|]/).filter((o) => /^[\u4e00-\u9fa5]{1,6}$/.test(o));
  return opts.length >= 2 ? opts : [];
}

/** A tick or mark in a column of options, not a word. */
const MARK = /^[√✓✔○●☑■□×✗]$/;

/**
 * 完成目标可能性 is chosen from a closed list: the one the header lists in its brackets, else the template's
 * 确定能 / 有可能 / 完全不可能 where at least two rows of the column use it. A word outside that list is not an answer
 * the form asks for (基本能, 可能, 不确定).
 */
export const likelihoodVocabulary: Rule = {
  meta: {
    id: "likelihood-vocabulary",
    severity: "warning",
    families: ["monitoring"],
    title: { zh: "完成目标可能性不在选项之内", en: "Likelihood outside its options" },
    rationale: {
      zh: "完成目标可能性应从表头列出的选项（如“确定能/有可能/完全不可能”）中选填；表头未列选项时，本列至少两行使用“确定能/有可能/完全不可能”即视为采用该选项。选项之外的填写（如“基本能”“不确定”）无法判断。",
      en: "完成目标可能性 is chosen from the options the header lists (确定能/有可能/完全不可能); without such a list, from the template's three where at least two rows of the column use them. A word outside the options (基本能, 不确定) answers nothing the form asks.",
    },
    source: "RULEBOOK §5.1 (财预〔2019〕136号 附件 as commonly published: 完成目标可能性 确定能/有可能/完全不可能; not verified), D-V1",
    messages: {
      outside: {
        zh: "{{name}}的完成目标可能性「{{value}}」不在选项（{{options}}）之内",
        en: "{{name}}: the likelihood \"{{value}}\" is not one of the options ({{options}})",
      },
    },
  },
  check({ grid, model }) {
    const out: FindingDraft[] = [];
    const col = model.columns.likelihood;
    if (!col || !model.headerRow) return out;
    const listed = headerOptions(grid.text(model.headerRow, col));
    let options = listed;
    const values = model.indicators.map((i) => ({ i, text: compact(grid.text(i.row, col)) })).filter((v) => v.text && !MARK.test(v.text));
    if (!options.length) {
      const inList = values.filter((v) => LIKELIHOOD_OPTIONS.includes(v.text)).length;
      if (inList < 2) return out;
      options = LIKELIHOOD_OPTIONS;
    }
    const seen = new Set<number>();
    for (const { i, text } of values) {
      if (options.includes(text) || seen.has(i.row)) continue;
      seen.add(i.row);
      out.push({ cell: grid.addr(i.row, col), messageId: "outside", data: { name: i.name || "该指标", value: text, options: options.join("/") } });
    }
    return out;
  },
};
