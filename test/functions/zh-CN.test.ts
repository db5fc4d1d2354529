/** Every function and parameter has a Chinese description; the localised metadata keeps ids and names. */
import * as path from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import zhCN from "../../src/functions/functions.zh-CN.json";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { localizeMetadata } = require("../../scripts/localize-metadata.js");

interface Fn {
  id: string;
  name: string;
  description: string;
  parameters: { name: string; description: string; type: string }[];
}

let metadata: { functions: Fn[] };
beforeAll(async () => {
  const r = await generateCustomFunctionsMetadata([path.join(__dirname, "../../src/functions/functions.ts")]);
  metadata = JSON.parse(r.metadataJson);
}, 60_000);

const HAN = /[\u4e00-\u9fff]/;

test("the overlay localises every function and parameter, keeping ids, names and types", () => {
  const zh = localizeMetadata(metadata, zhCN) as { functions: Fn[] };
  expect(zh.functions.map((f) => [f.id, f.name])).toEqual(metadata.functions.map((f) => [f.id, f.name]));
  zh.functions.forEach((f, i) => {
    expect(f.description).toMatch(HAN);
    expect(f.description).not.toBe(metadata.functions[i].description);
    expect(f.parameters.map((p) => [p.name, p.type])).toEqual(metadata.functions[i].parameters.map((p) => [p.name, p.type]));
    for (const p of f.parameters) expect(p.description).toMatch(HAN);
  });
});

test("a missing function translation fails", () => {
  const broken = JSON.parse(JSON.stringify(zhCN));
  delete broken.functions.LAMP;
  expect(() => localizeMetadata(metadata, broken)).toThrow(/LAMP: no Chinese description/);
});

test("a missing parameter translation fails", () => {
  const broken = JSON.parse(JSON.stringify(zhCN));
  delete broken.functions.SCORE.parameters.weight;
  expect(() => localizeMetadata(metadata, broken)).toThrow(/SCORE\.weight: no Chinese description/);
});

test("a translation for a parameter or function that does not exist fails", () => {
  const broken = JSON.parse(JSON.stringify(zhCN));
  broken.functions.GRADE.parameters.bands = "等级划分";
  broken.functions.FOO = { description: "多余", parameters: {} };
  expect(() => localizeMetadata(metadata, broken)).toThrow(/GRADE\.bands: no such parameter[\s\S]*FOO: no such function/);
});
