import * as React from "react";
import type { SummaryRow } from "../core/summary";
import { countsInAverages } from "../core/summary";
import { DeskStrings, fill } from "./desk-strings";
import { useCheckerStyles } from "./styles";

const W = 320;
const H = 240;
const PAD = { l: 40, r: 12, t: 12, b: 36 };

/**
 * Self-score (across) against re-check (up), one dot per complete sheet, with the diagonal where they agree:
 * dots below it were re-checked lower than claimed. Hand-written SVG with an accessible name and description.
 */
export function ScoreScatter({ rows, s, onPick }: { rows: SummaryRow[]; s: DeskStrings; onPick?: (r: SummaryRow) => void }) {
  const cls = useCheckerStyles();
  const pts = rows.filter(countsInAverages);
  const values = pts.flatMap((r) => [r.claimed!, r.computed!]);
  const lo = values.length ? Math.max(0, Math.floor(Math.min(...values, 60) / 10) * 10) : 0;
  const hi = values.length ? Math.ceil(Math.max(...values, 100) / 10) * 10 : 100;
  const x = (v: number) => PAD.l + ((v - lo) / (hi - lo || 1)) * (W - PAD.l - PAD.r);
  const y = (v: number) => H - PAD.b - ((v - lo) / (hi - lo || 1)) * (H - PAD.t - PAD.b);
  const ticks: number[] = [];
  for (let v = lo; v <= hi; v += (hi - lo) / 4 >= 10 ? Math.round((hi - lo) / 40) * 10 : 10) ticks.push(v);
  const titleId = React.useId();
  const descId = React.useId();
  return (
    <figure className={cls.dd}>
      <svg width={W} height={H} viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={`${titleId} ${descId}`} data-testid="desk-chart" data-points={pts.length}>
        <title id={titleId}>{s.chart}</title>
        <desc id={descId}>{pts.length ? fill(s.chartDesc, { n: pts.length }) : s.chartNone}</desc>
        <rect x={PAD.l} y={PAD.t} width={W - PAD.l - PAD.r} height={H - PAD.t - PAD.b} fill="#fafafa" stroke="#ccc" />
        {ticks.map((t) => (
          <g key={t} aria-hidden>
            <line x1={x(t)} x2={x(t)} y1={H - PAD.b} y2={H - PAD.b + 4} stroke="#888" />
            <text x={x(t)} y={H - PAD.b + 15} fontSize={10} textAnchor="middle" fill="#444">
              {t}
            </text>
            <line x1={PAD.l - 4} x2={PAD.l} y1={y(t)} y2={y(t)} stroke="#888" />
            <text x={PAD.l - 6} y={y(t) + 3} fontSize={10} textAnchor="end" fill="#444">
              {t}
            </text>
          </g>
        ))}
        <line x1={x(lo)} y1={y(lo)} x2={x(hi)} y2={y(hi)} stroke="#999" strokeDasharray="4 3" aria-hidden />
        <text x={(PAD.l + W - PAD.r) / 2} y={H - 4} fontSize={11} textAnchor="middle" aria-hidden>
          {s.axisClaimed}
        </text>
        <text x={10} y={(PAD.t + H - PAD.b) / 2} fontSize={11} textAnchor="middle" transform={`rotate(-90 10 ${(PAD.t + H - PAD.b) / 2})`} aria-hidden>
          {s.axisComputed}
        </text>
        {pts.map((r, i) => (
          <circle
            key={i}
            cx={x(r.claimed!)}
            cy={y(r.computed!)}
            r={5}
            fill={r.computed! < r.claimed! ? "#c50f1f" : r.computed! > r.claimed! ? "#107c10" : "#605e5c"}
            fillOpacity={0.75}
            onClick={onPick ? () => onPick(r) : undefined}
            className={onPick ? cls.chartDot : undefined}
          >
            <title>{`${r.unit ?? r.file} · ${r.sheet}: ${s.axisClaimed} ${r.claimed} / ${s.axisComputed} ${r.computed}`}</title>
          </circle>
        ))}
      </svg>
    </figure>
  );
}
