import { cleanProject, projectSheet, ruleTester } from "./builders";

const graded = (total: number, grade: string) => () => projectSheet(cleanProject({ total, grade }));
const inv = (total: number, grade: string, msg: string[]) => () => {
  const b = projectSheet(cleanProject({ total, grade }));
  return { grid: b.grid, expect: { cell: b.total("grade"), message: msg } };
};

ruleTester("grade-mismatch", {
  valid: [
    { name: "national: 100 优", build: graded(100, "优") },
    { name: "national: 90 优 (inclusive lower bound)", build: graded(90, "优") },
    { name: "national: 89.99 良", build: graded(89.99, "良") },
    { name: "national: 85 良", build: graded(85, "良") },
    { name: "national: 65 中", build: graded(65, "中") },
    { name: "national: 优秀 is 优", build: graded(96, "优秀") },
    { name: "national: 59 差", build: graded(59, "差") },
    { name: "xinjiang: 75 中", build: graded(75, "中"), profile: "xinjiang" },
    { name: "xinjiang: 65 差", build: graded(65, "差"), profile: "xinjiang" },
    { name: "pmkpi: 85 优", build: graded(85, "优"), profile: "pmkpi" },
    { name: "pmkpi: 75 良", build: graded(75, "良"), profile: "pmkpi" },
  ],
  invalid: [
    { name: "national: 85 graded 优", build: inv(85, "优", ["总分 85", "全国通用", "应为「良」", "表中为「优」"]) },
    { name: "national: 89.99 graded 优", build: inv(89.99, "优", ["总分 89.99", "应为「良」"]) },
    { name: "national: 90 graded 良", build: inv(90, "良", ["总分 90", "应为「优」"]) },
    { name: "national: 59.5 graded 中", build: inv(59.5, "中", ["应为「差」"]) },
    { name: "xinjiang: 65 graded 中 (中 starts at 70)", build: inv(65, "中", ["新疆", "应为「差」", "表中为「中」"]), profile: "xinjiang" },
    { name: "pmkpi: 85 graded 良 (优 starts at 80)", build: inv(85, "良", ["应为「优」"]), profile: "pmkpi" },
    { name: "pmkpi: 75 graded 中", build: inv(75, "中", ["应为「良」"]), profile: "pmkpi" },
  ],
});
