/**
 * prec48 (session 48): the marks a copy from a PDF or a web page leaves inside a paragraph, taken out before its numbers are
 * read (prose-rates.ts proseText, so sentence-sums.ts too). Each is a mark no sentence of a report means as text:
 * - a page number or a running footer between two spaces or at a stop: ' - 3 - ', '—12—', '第 3 页', '第3页 共12页';
 * - a footnote mark right after an amount or a rate: '859.6万元①,', '98.5%[2]', and '[1]' right after a stop (a circled
 *   figure after a stop may open an enumeration, '。①…;②…': kept);
 * - a sentence repeated word for word in the same text (a web page's lead copied twice): read once.
 * Before NFKC (normalizeText turns '①' into '1', which would join the amount before it).
 */
const PAGE_NUMBER = /(^|[\s。，,；;])[-—–－]\s*\d{1,3}\s*[-—–－](?=\s|$)/g;
const PAGE_OF = /第\s*\d{1,4}\s*页(?:\s*[,，]?\s*共\s*\d{1,4}\s*页)?/g;
const NOTE_AFTER_AMOUNT = /(万元|元|%|％)(?:[①-⑳]|[[［]\d{1,2}[\]］])/g;
const NOTE_AFTER_STOP = /([。；;])[[［]\d{1,2}[\]］]/g;
const ANY_MARK = /[-—–－]\s*\d{1,3}\s*[-—–－]|第\s*\d{1,4}\s*页|[①-⑳]|[[［]\d{1,2}[\]］]/;

export function withoutCopyMarks(s: string): string {
  let t = s;
  if (ANY_MARK.test(t)) {
    t = t.replace(PAGE_NUMBER, "$1").replace(PAGE_OF, "").replace(NOTE_AFTER_AMOUNT, "$1").replace(NOTE_AFTER_STOP, "$1");
  }
  return t.length >= 20 ? withoutRepeats(t) : t;
}

/** a sentence (10 characters or more, up to its '。') said again word for word in the same text: the second dropped */
function withoutRepeats(t: string): string {
  const first = t.indexOf("。");
  if (first < 0 || first === t.length - 1) return t;
  const parts: string[] = [];
  let from = 0;
  for (let i = first; i >= 0; i = t.indexOf("。", from)) {
    parts.push(t.slice(from, i + 1));
    from = i + 1;
  }
  if (from < t.length) parts.push(t.slice(from));
  return dedupe(parts);
}
function dedupe(parts: string[]): string {
  const seen = new Set<string>();
  let dropped = false;
  const out: string[] = [];
  for (const p of parts) {
    const key = p.replace(/\s+/g, "");
    if (key.length >= 10 && key.endsWith("。") && seen.has(key)) {
      dropped = true;
      continue;
    }
    seen.add(key);
    out.push(p);
  }
  return dropped ? out.join("") : parts.join("");
}
