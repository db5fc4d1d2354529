/**
 * The formula of a shared formula's dependent cell (`<f t="shared" si="0"/>`): the master's formula moved by
 * (dRow, dCol), as Excel fills it. One implementation for reading and writing (src/hosts/file/writer/formula.ts).
 */
export { shiftFormula as translateFormula } from "../writer/formula";
