/** Signed deviation (B − A) / A; null when A is 0. */
export function deviation(target: number, actual: number): number | null {
  if (target === 0) return null;
  return (actual - target) / target;
}

/** D-LAMP-EXEC: time-proportional progress (executed/budget) / (month/12), as a ratio (0.8 = 80). */
export function progress(executed: number, budget: number, month: number): number | null {
  if (budget === 0 || month <= 0) return null;
  return executed / budget / (month / 12);
}

export type Lamp = "红" | "黄" | "绿";

/** D-LAMP-EXEC (PK-WARN): progress < 60 red, < 80 yellow, else green. */
export function lamp(progressRatio: number): Lamp {
  const p = progressRatio * 100;
  if (p < 60 - 1e-9) return "红";
  if (p < 80 - 1e-9) return "黄";
  return "绿";
}
