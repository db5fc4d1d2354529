import { budgetRole, indicatorRole } from "../src/core/recognise/headers";
for (const t of process.argv.slice(2)) console.log(t, indicatorRole(t), budgetRole(t));
