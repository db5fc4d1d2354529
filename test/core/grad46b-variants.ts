/**
 * grad46b (session 46): every real truth of family indicator-system printed again as a rubric pasted as paragraphs — one
 * cell per line, in column A — in the shapes other publishers print a 考核办法 / 评分标准 in (grad46b-diagnosis.md):
 * numbering styles (一、 (一) 1、 1. (1) ①), points in brackets, after the text ('…; 5分'), as a group's '(共N分)', headings
 * glued to their first item and rule ends glued to the next item (their numbers lost, the dot kept), the rule on the next
 * line with its own parts '(3分)', 繁體, a stated whole ('总分100分', '采取百分制') or none, cut at the page's end.
 * Pure: no file or engine access here (the test and a measuring script feed it truths and read the grids it prints).
 */

export interface TruthIndicator {
  row: number;
  level1?: string | null;
  level2?: string | null;
  level3?: string | null;
  weight: number | null;
}

export interface Variant {
  shape: string;
  lines: string[];
  /** each item printed: the row of its line and of its rule line (1-based), and its points */
  items: { row: number; ruleRow: number | null; weight: number }[];
}

/** A name as a heading prints it: its code, points brackets and clauses after the first left off. */
export function cleanName(text: string): string {
  let t = text.replace(/\s+/g, "");
  t = t.replace(/^(?:[一二三四五六七八九十]{1,3}[、.．]|[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}(?:\.\d{1,2})*[、.．]?|[①-⑳]|[A-Za-z][、.．])/, "");
  t = t.replace(/[(（][^()（）]*[)）]/g, "").replace(/[(（].*$/, "").replace(/[)）]/g, "");
  t = t.split(/[,，;；。:：!！?？]/)[0];
  t = t.replace(/\d+(?:\.\d+)?分/g, "").replace(/…|\.{2,}/g, "").replace(/[\d.%％]+$/, "");
  // (what is left of a code, a mark or a figure before the name: '.非正常…' whose number was lost, '1.1目的…', '*政策文件')
  t = t.replace(/^[^\u4e00-\u9fa5“「]+/, "");
  return t.slice(0, 20);
}

const RULES = [
  "按要求完成相关工作,资料齐全,台账规范",
  "未按要求落实的,每发现一处扣1分,扣完为止",
  "有方案、有部署、有检查、有总结,缺一项扣0.5分",
  "工作开展不力、被上级通报批评的,该项不得分",
];

const CN = "一二三四五六七八九十";
const cnNum = (n: number) => (n <= 10 ? CN[n - 1] : n < 20 ? "十" + CN[n - 11] : CN[Math.floor(n / 10) - 1] + "十" + (n % 10 ? CN[(n % 10) - 1] : ""));
const circled = (n: number) => String.fromCharCode(0x2460 + n - 1);
const fmt = (x: number) => String(Math.round(x * 1000) / 1000);

interface Group {
  name: string | null;
  items: { name: string; weight: number }[];
}

/** The truth's items grouped by their level above the leaf (none where the truth has one level), in their order. */
export function groupsOf(indicators: TruthIndicator[]): Group[] | null {
  const ws = indicators.filter((i) => i.weight !== null && i.weight > 0);
  if (ws.length < 3 || ws.length > 40 || ws.length !== indicators.length) return null;
  const groups: Group[] = [];
  for (const i of ws) {
    const leaf = i.level3 ?? i.level2 ?? i.level1 ?? "";
    const parent = i.level3 ? i.level2 ?? i.level1 ?? null : i.level2 ? i.level1 ?? null : null;
    const name = cleanName(leaf);
    if (name.length < 2) return null;
    const g = parent === null ? null : cleanName(parent) || null;
    const last = groups[groups.length - 1];
    if (last && last.name === g) last.items.push({ name, weight: i.weight! });
    else groups.push({ name: g, items: [{ name, weight: i.weight! }] });
  }
  return groups;
}

const sum = (xs: number[]) => Math.round(xs.reduce((a, x) => a + x, 0) * 1000) / 1000;

/**
 * The shapes one truth is printed in. `trad`: a simplified -> traditional converter (繁體 shape), or null to leave it out.
 */
export function variantsOf(indicators: TruthIndicator[], trad: ((s: string) => string) | null): Variant[] {
  const groups = groupsOf(indicators);
  if (!groups) return [];
  const grouped = groups.every((g) => g.name !== null) && groups.length >= 2;
  const whole = sum(groups.flatMap((g) => g.items.map((i) => i.weight)));
  const round = whole === 100 || whole === 1000;
  const out: Variant[] = [];
  const build = (shape: string, f: (push: (line: string) => number) => Variant["items"], title = true): void => {
    const lines: string[] = [];
    const push = (line: string) => (lines.push(line), lines.length);
    if (title) push("XX单位年度工作目标考核办法");
    const items = f(push);
    out.push({ shape, lines, items });
  };
  let k = 0;
  const rule = () => RULES[k++ % RULES.length] + "。";

  // A: 一、group(N分) / 1、item(N分) / its rule; '本办法实行百分制' where the items make 100
  build("dun-bracket", (push) => {
    if (round) push(`本办法实行${whole === 100 ? "百" : "千"}分制考核。`);
    const items: Variant["items"] = [];
    groups.forEach((g, gi) => {
      if (grouped) push(`${cnNum(gi + 1)}、${g.name}(${fmt(sum(g.items.map((i) => i.weight)))}分)`);
      g.items.forEach((it, ii) => {
        const row = push(`${ii + 1}、${it.name}(${fmt(it.weight)}分)`);
        items.push({ row, ruleRow: push(rule()), weight: it.weight });
      });
    });
    return items;
  });
  // B: (一)group(共N分) / 1.item(N分)。 over its rule, no whole, no title
  build(
    "paren-gong-stop",
    (push) => {
      const items: Variant["items"] = [];
      push("二、考核内容及评分标准");
      groups.forEach((g, gi) => {
        if (grouped) push(`(${cnNum(gi + 1)})${g.name}(共${fmt(sum(g.items.map((i) => i.weight)))}分)`);
        g.items.forEach((it, ii) => {
          const row = push(`${ii + 1}.${it.name}(${fmt(it.weight)}分)。`);
          items.push({ row, ruleRow: push(rule()), weight: it.weight });
        });
      });
      return items;
    },
    false,
  );
  // C: glued — the heading glued to its first item, each rule's end to the next item, the numbers lost (the dot kept)
  build("glued-lost-numbers", (push) => {
    const items: Variant["items"] = [];
    if (round) push(`考核内容分为${grouped ? groups.length + "个方面" : "以下各项"},采取${whole === 100 ? "百" : "千"}分制。`);
    let pending: string | null = null;
    const flush = (next: string | null) => (pending !== null || next !== null ? push((pending ?? "") + (next ?? "")) : 0);
    groups.forEach((g, gi) => {
      g.items.forEach((it, ii) => {
        const head = grouped && ii === 0 ? `(${cnNum(gi + 1)})${g.name}(共${fmt(sum(g.items.map((i) => i.weight)))}分)` : "";
        const item = `.${it.name}(${fmt(it.weight)}分)`;
        let row: number;
        if (head) {
          if (pending !== null) flush(null);
          row = push(head + item);
        } else if (pending !== null) row = flush(item);
        else row = push(item);
        pending = rule();
        items.push({ row, ruleRow: row + 1, weight: it.weight });
      });
    });
    if (pending !== null) push(pending);
    return items;
  });
  // D: one item a line, its points after the text ('…; 5分'), flat, numbered 1、…; the whole in the preamble where round
  build(
    "trailing-points",
    (push) => {
      const items: Variant["items"] = [];
      if (round) push(`为做好年度考核工作,特制定本考核办法,本考核办法总分${whole}分。`);
      let n = 0;
      for (const g of groups) for (const it of g.items) items.push({ row: push(`${++n}、${it.name},${RULES[n % RULES.length].split(",")[0]}; ${fmt(it.weight)}分`), ruleRow: null, weight: it.weight });
      return items;
    },
    false,
  );
  // E: 繁體, (一) over ① items, each over its rule
  if (trad)
    build("traditional-circled", (push) => {
      const items: Variant["items"] = [];
      const t = (s: string) => trad(s);
      push(t("四、考核评分标准"));
      groups.forEach((g, gi) => {
        if (grouped) push(t(`(${cnNum(gi + 1)})${g.name}(${fmt(sum(g.items.map((i) => i.weight)))}分)`));
        g.items.forEach((it, ii) => {
          const row = push(t(`${ii < 20 ? circled(ii + 1) : ii + 1 + "、"}${it.name}(${fmt(it.weight)}分)`));
          items.push({ row, ruleRow: push(t(rule())), weight: it.weight });
        });
      });
      return items;
    });
  // F: (1) items whose rule gives their parts '(a分)' adding up to the item's points (whole points of 2 and up split)
  build("paren-parts", (push) => {
    const items: Variant["items"] = [];
    groups.forEach((g, gi) => {
      if (grouped) push(`${cnNum(gi + 1)}、${g.name}(${fmt(sum(g.items.map((i) => i.weight)))}分)`);
      g.items.forEach((it, ii) => {
        const row = push(`(${ii + 1})${it.name}(${fmt(it.weight)}分)`);
        const a = Number.isInteger(it.weight) && it.weight >= 2 ? Math.floor(it.weight / 2) : null;
        const r = a !== null ? `建立工作制度(${a}分);台账资料完整(${fmt(it.weight - a)}分)。` : rule();
        items.push({ row, ruleRow: push(r), weight: it.weight });
      });
    });
    return items;
  });
  // H: articles of a 办法, '第一条 item,计N分。' over its rule (flat: the groups' names left out), the whole stated or not
  build(
    "article-worth",
    (push) => {
      const items: Variant["items"] = [];
      if (round) push(`本细则满分${whole}分。`);
      let n = 0;
      for (const g of groups)
        for (const it of g.items) {
          const row = push(`第${cnNum(++n)}条 ${it.name},计${fmt(it.weight)}分。`);
          items.push({ row, ruleRow: push(rule()), weight: it.weight });
        }
      return items;
    },
    false,
  );
  // G: shape A cut in the rule of its item two thirds down (the page's end): the items above it read, the cut one optional
  const a = out[0];
  const cutAt = Math.max(3, Math.floor((a.items.length * 2) / 3));
  if (a.items.length > 3 && cutAt < a.items.length) {
    const last = a.items[cutAt - 1];
    const lines = a.lines.slice(0, last.ruleRow!);
    lines[lines.length - 1] = lines[lines.length - 1].slice(0, 6);
    out.push({ shape: "cut", lines, items: a.items.slice(0, cutAt) });
  }
  return out;
}
