import type { FamilyDetector } from "../features";
import { assessment } from "./assessment";
import { deptBasicData } from "./dept-basic-data";
import { deptSelfEval } from "./dept-self-eval";
import { evaluationSummary } from "./evaluation-summary";
import { indicatorSystem } from "./indicator-system";
import { monitoring } from "./monitoring";
import { projectSelfEval } from "./project-self-eval";
import { targetDeclaration } from "./target-declaration";

export const FAMILY_DETECTORS: FamilyDetector[] = [
  projectSelfEval,
  deptSelfEval,
  deptBasicData,
  indicatorSystem,
  targetDeclaration,
  monitoring,
  assessment,
  // last: on a tie an existing family wins
  evaluationSummary,
];

/** Below this, a sheet is `unknown`: never forced into a family. */
export const MIN_CONFIDENCE = 0.5;
