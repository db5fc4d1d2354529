import type { GroupNode, Indicator } from "../model/types";
import { compact } from "../text/normalize";
import { FindingDraft, Rule } from "./types";

interface Coded {
  code: string | null;
  label: string;
  cell: string;
}

/** Siblings under a coded parent must read parent+1, parent+2, … ("C15", never "C1"). */
function checkSiblings(parentCode: string, items: Coded[], out: FindingDraft[]): void {
  const seen = new Map<string, string>();
  items.forEach((it, idx) => {
    const expected = `${parentCode}${idx + 1}`;
    const text = compact(it.label);
    if (text.startsWith(expected) && !/^\d/.test(text.slice(expected.length)) ) {
      seen.set(expected, it.cell);
      return;
    }
    if (text.startsWith(expected) && /^\d{4}年/.test(text.slice(expected.length))) {
      seen.set(expected, it.cell); // "C142020年…": code C14 followed by a year
      return;
    }
    if (!it.code) return; // an uncoded label among coded siblings is not a sequence error
    const prev = idx > 0 ? items[idx - 1].code : null;
    const next = idx + 1 < items.length ? items[idx + 1].code : null;
    const dup = seen.get(it.code);
    out.push({
      cell: it.cell,
      related: dup ? [dup] : [],
      message: `指标编码「${it.code}」应为「${expected}」${prev || next ? `（前一项 ${prev ?? "—"}，后一项 ${next ?? "—"}）` : ""}`,
      messageEn: `Indicator code "${it.code}" should be "${expected}"`,
    });
  });
}

export const codeSequence: Rule = {
  meta: {
    id: "code-sequence",
    severity: "error",
    families: ["indicator-system", "dept-self-eval", "project-self-eval"],
    title: { zh: "指标编码重复或不连续", en: "Indicator codes duplicated or out of sequence" },
    rationale: {
      zh: "同一上级下的指标编码应唯一且连续（A1 → A11、A12 …）；种子 002 中应为 C15 的位置写成了“C1”。",
      en: "Codes must be unique and sequential within a parent (A1 → A11, A12 …); seed 002 has \"C1东川区…\" where C15 belongs.",
    },
    source: "RULEBOOK B-V4, B-CODE (seed 002)",
  },
  check({ model }) {
    const out: FindingDraft[] = [];
    const level1 = model.groups.filter((g) => g.level === 1);
    if (level1.length >= 2 && level1.filter((g) => g.code).length >= 2) {
      // top-level letter codes: A, B, C …
      level1.forEach((g, i) => {
        const expected = String.fromCharCode(65 + i);
        if (g.code && g.code !== expected) {
          out.push({ cell: g.cell, message: `一级指标编码「${g.code}」应为「${expected}」`, messageEn: `Level-1 code "${g.code}" should be "${expected}"` });
        }
      });
    }
    const visit = (g: GroupNode) => {
      if (g.code) {
        if (g.children.length) checkSiblings(g.code, g.children.map((c) => ({ code: c.code, label: c.label, cell: c.cell })), out);
        const leaves: Indicator[] = g.indicators.filter((i) => i.nameCell);
        if (leaves.length && leaves.some((i) => i.code)) {
          checkSiblings(g.code, leaves.map((i) => ({ code: i.code, label: i.name, cell: i.nameCell! })), out);
        }
      }
      g.children.forEach(visit);
    };
    model.groups.forEach(visit);
    return out;
  },
};
