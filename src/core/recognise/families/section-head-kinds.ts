import { CODED_LINE } from "./vocabulary";

/** A head's words: up to its sentence's first mark, 24 characters at most. */
const HEAD_WORDS = /^[^|。;,:]{2,24}/;
/** Share of the filled lines that hold one cell: prose. */
const PROSE_SHARE = 0.8;

/**
 * (dev57b, session 57) The kinds of section a report's coded heads name (CODED_LINE, the head's words before any sentence), each
 * kind one pattern of `kinds` (their indices), over the document's lines (documentBody's: one line a row, cells '|'-ended) from
 * its first coded head to its last one-cell line — a preamble of fields or a site's metadata above, a signature block below,
 * are the page's — or null where those lines are not prose (fewer than PROSE_SHARE of them one cell). For the reader of a title-less report by its section heads
 * (report-heads.ts, fam59: project-report-heads.ts and dept-report-heads.ts are its specs).
 */
export function sectionHeadKinds(body: string, kinds: readonly RegExp[]): Set<number> | null {
  let filled = 0;
  let single = 0;
  // (the lines up to the last one-cell line: a block of fields below the report — 填表人 | 张三, 联系电话 | … — is the page's too)
  let prose = 0;
  const found = new Set<number>();
  for (const line of body.split("\n", 400)) {
    if (!line) continue;
    const code = CODED_LINE.exec(line);
    if (!code && !filled) continue;
    filled++;
    if (line.indexOf("|") !== line.length - 1) continue;
    single++;
    prose = filled;
    const words = code ? HEAD_WORDS.exec(line.slice(code[0].length)) : null;
    if (!words) continue;
    for (let k = 0; k < kinds.length; k++) if (kinds[k].test(words[0])) found.add(k);
  }
  return single >= prose * PROSE_SHARE ? found : null;
}
