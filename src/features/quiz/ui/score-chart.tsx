// A small SVG line chart of estimated scaled scores per mock exam, with the 700 pass line.
// Decorative detail is hidden from assistive technology; the page shows the same data as a table.
import { useId } from 'react';
import { useT } from '../../../i18n';
import { EXAM } from '../engine';

const WIDTH = 320;
const HEIGHT = 160;
const PAD = { top: 12, right: 12, bottom: 20, left: 36 };

/** Chart coordinates for scores on the 100–1000 scale, evenly spaced in exam order. */
export function chartPoints(scores: readonly number[]): { x: number; y: number }[] {
  const innerW = WIDTH - PAD.left - PAD.right;
  const innerH = HEIGHT - PAD.top - PAD.bottom;
  const span = EXAM.scaledMax - EXAM.scaledMin;
  return scores.map((score, i) => ({
    x: PAD.left + (scores.length === 1 ? innerW / 2 : (i / (scores.length - 1)) * innerW),
    y:
      PAD.top +
      (1 - (Math.min(Math.max(score, EXAM.scaledMin), EXAM.scaledMax) - EXAM.scaledMin) / span) *
        innerH,
  }));
}

export function ScoreChart({ scores }: { scores: readonly number[] }) {
  const { t } = useT('quiz');
  const titleId = useId();
  const descId = useId();
  const points = chartPoints(scores);
  const [passLine] = chartPoints([EXAM.passingScaled]);
  const [top] = chartPoints([EXAM.scaledMax]);
  const [bottom] = chartPoints([EXAM.scaledMin]);
  return (
    <svg
      className="score-chart"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-labelledby={`${titleId} ${descId}`}
    >
      <title id={titleId}>{t('progress.chartTitle')}</title>
      <desc id={descId}>{t('progress.chartDesc', { count: scores.length })}</desc>
      <g aria-hidden="true">
        <line className="chart-axis" x1={PAD.left} x2={PAD.left} y1={top?.y} y2={bottom?.y} />
        <line
          className="chart-axis"
          x1={PAD.left}
          x2={WIDTH - PAD.right}
          y1={bottom?.y}
          y2={bottom?.y}
        />
        <line
          className="chart-pass"
          x1={PAD.left}
          x2={WIDTH - PAD.right}
          y1={passLine?.y}
          y2={passLine?.y}
        />
        {[EXAM.scaledMin, EXAM.passingScaled, EXAM.scaledMax].map((v) => (
          <text
            key={v}
            className="chart-label"
            x={PAD.left - 4}
            y={(chartPoints([v])[0]?.y ?? 0) + 4}
            textAnchor="end"
          >
            {v}
          </text>
        ))}
        {points.length > 1 && (
          <polyline className="chart-line" points={points.map((p) => `${p.x},${p.y}`).join(' ')} />
        )}
        {points.map((p, i) => (
          <circle key={i} className="chart-dot" cx={p.x} cy={p.y} r={4} />
        ))}
      </g>
    </svg>
  );
}
