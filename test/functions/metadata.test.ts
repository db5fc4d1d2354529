/**
 * The functions.json contract: running the custom-functions-metadata generator on src/functions/functions.ts
 * gives exactly the PERF ids, with the declared parameter types and optional flags, and no errors.
 */
import * as path from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { PERF_FUNCTIONS } from "../../src/functions/functions";
import { PERF_PARAMS } from "../helpers/perf-hyperformula";

interface Param {
  name: string;
  type: string;
  dimensionality?: string;
  optional?: boolean;
  repeating?: boolean;
  description?: string;
}
interface Fn {
  id: string;
  name: string;
  description: string;
  parameters: Param[];
  result: { type?: string; dimensionality?: string };
}

const SOURCE = path.join(__dirname, "../../src/functions/functions.ts");

/** id → [name:type(:matrix)(?)…] → result — the declared signatures, written out by hand. */
const EXPECTED: Record<string, { params: string[]; result: string }> = {
  EXECRATE: { params: ["executed:any", "budget:any"], result: "number" },
  EXECSCORE: { params: ["executed:any", "budget:any", "weight:number?", "profile:string?"], result: "number" },
  SCORE: { params: ["target:any", "actual:any", "weight:number", "profile:string?"], result: "number" },
  GRADE: { params: ["score:any", "profile:string?"], result: "string" },
  DEVIATION: { params: ["target:any", "actual:any"], result: "number" },
  PROGRESS: { params: ["executed:any", "budget:any", "month:number"], result: "number" },
  LAMP: { params: ["executed:any", "budget:any", "month:number"], result: "string" },
  LINSCORE: { params: ["value:any", "weight:number", "fullAt:number", "zeroAt:number"], result: "number" },
  STEPSCORE: { params: ["value:any", "weight:number", "fullAt:number", "step:number", "deduction:number"], result: "number" },
  CAP: { params: ["total:any", "execRate:any", "profile:string?"], result: "number" },
  NARESCALE: { params: ["scores:any:matrix", "weights:any:matrix"], result: "number" },
  QUANTRATE: { params: ["targets:any:matrix"], result: "number" },
  WEIGHTCHECK: { params: ["weights:any:matrix", "expected:number"], result: "number" },
  PARSETARGET: { params: ["text:any"], result: "any:matrix" },
};

function signature(p: Param): string {
  return `${p.name}:${p.type}${p.dimensionality === "matrix" ? ":matrix" : ""}${p.optional ? "?" : ""}`;
}

let functions: Fn[];
let errors: string[];

beforeAll(async () => {
  const r = await generateCustomFunctionsMetadata([SOURCE]);
  errors = r.errors;
  functions = JSON.parse(r.metadataJson).functions;
}, 60_000);

test("the generator reports no errors", () => {
  expect(errors).toEqual([]);
});

test("exactly the fixed ids, in the documented order", () => {
  expect(functions.map((f) => f.id)).toEqual(Object.keys(EXPECTED));
  expect(Object.keys(PERF_FUNCTIONS)).toEqual(Object.keys(EXPECTED));
});

test.each(Object.entries(EXPECTED))("%s has the declared parameters and result", (id, exp) => {
  const fn = functions.find((f) => f.id === id)!;
  expect(fn.name).toBe(id); // names stay ASCII and equal to the id in every locale
  expect(fn.parameters.map(signature)).toEqual(exp.params);
  expect(`${fn.result.type ?? "any"}${fn.result.dimensionality === "matrix" ? ":matrix" : ""}`).toBe(exp.result);
  expect(fn.parameters.some((p) => p.repeating)).toBe(false);
  expect(fn.description.length).toBeGreaterThan(20);
  for (const p of fn.parameters) expect(p.description?.length ?? 0).toBeGreaterThan(3);
});

test("names are ≥ 3 characters and do not look like cell addresses", () => {
  for (const f of functions) {
    expect(f.name.length).toBeGreaterThanOrEqual(3);
    expect(/^[A-Z]{1,3}\d+$/.test(f.name)).toBe(false);
  }
});

test("the HyperFormula plugin declares the same shapes and optional flags as functions.json", () => {
  for (const f of functions) {
    const shapes = PERF_PARAMS[f.id as keyof typeof PERF_PARAMS];
    expect(shapes.map((s) => `${s.shape}${s.optional ? "?" : ""}`)).toEqual(
      f.parameters.map((p) => `${p.dimensionality === "matrix" ? "range" : "scalar"}${p.optional ? "?" : ""}`),
    );
  }
});
