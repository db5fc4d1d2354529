import { readFileSync } from "fs";
import { join } from "path";
import { RULES } from "../../src/core/rules";

// Rule ids are a public contract (DESIGN.md §3): every rule the engine runs is listed in the README's
// "What it checks", and the README names no id the engine does not have.
const readme = readFileSync(join(__dirname, "../../README.md"), "utf8");
const section = readme.slice(readme.indexOf("## What it checks"), readme.indexOf("\n## ", readme.indexOf("## What it checks") + 5));
const ids = RULES.map((r) => r.meta.id);

test("every rule id is listed in the README's 'What it checks'", () => {
  expect(ids.length).toBeGreaterThan(20);
  expect(ids.filter((id) => !section.includes("`" + id + "`"))).toEqual([]);
});

test("the README's 'What it checks' names only ids the engine has", () => {
  const named = new Set([...section.matchAll(/`([a-z]+(?:-[a-z]+)+)`/g)].map((m) => m[1]));
  const known = new Set(ids);
  const notRules = [...named].filter((n) => !known.has(n));
  // words in backticks that are not rule ids must not look like one the engine lacks
  expect(notRules.filter((n) => /-(mismatch|score|value|reason|sequence|band|rate|cap|target|period|incomplete|vocabulary|executed|achievement)$/.test(n))).toEqual([]);
});
