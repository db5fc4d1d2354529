import { basicDataSheet, ruleTester } from "./builders";

const bad = (quota: number, actual: number, rate: string, msg: string[]) => () => {
  const b = basicDataSheet({ quota, actual, rate });
  return { grid: b.grid, expect: { cell: b.rateCell, message: msg, messageId: "ratio", data: { numerator: String(actual), denominator: String(quota), stated: rate } } };
};

ruleTester("ratio-mismatch", {
  valid: [
    { name: "023: 50 of 46 = 108.70%", build: () => basicDataSheet({ quota: 46, actual: 50, rate: "108.70%" }) },
    { name: "WL4: 136 of 143 = 95.10%", build: () => basicDataSheet({ quota: 143, actual: 136, rate: "95.10%" }) },
    { name: "a percent-formatted number 0.951", build: () => basicDataSheet({ quota: 143, actual: 136, rate: { v: 0.951, fmt: "0.00%" } }) },
    { name: "rounded to the shown 0 decimals: 95%", build: () => basicDataSheet({ quota: 143, actual: 136, rate: "95%" }) },
  ],
  invalid: [
    { name: "023 with 105.00% stated", build: bad(46, 50, "105.00%", ["控制率应为 50/46 = 108.70%", "表中为 105.00%"]) },
    { name: "the ratio inverted: 46/50 = 92.00%", build: bad(46, 50, "92.00%", ["108.70%", "表中为 92.00%"]) },
    { name: "WL4 with 95.20%", build: bad(143, 136, "95.20%", ["136/143 = 95.10%"]) },
  ],
});
