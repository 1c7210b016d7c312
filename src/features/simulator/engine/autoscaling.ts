// Target tracking shared by the EC2 Auto Scaling group and the ECS service: keep average CPU near a target.
import { FACTS } from './facts';

const A = FACTS.autoscaling;
const PERIOD_TICKS = Math.round(A.metricPeriodS.value / FACTS.engine.tickS.value);

export interface TargetTracker {
  /** 0..1 */
  readonly target: number;
  utilSum: number;
  samples: number;
  /** Consecutive datapoints asking for more / fewer units. */
  above: number;
  below: number;
}

export function createTracker(targetPercent: number): TargetTracker {
  return { target: targetPercent / 100, utilSum: 0, samples: 0, above: 0, below: 0 };
}

/**
 * Feeds one tick of average utilization of the `measured` units (those in service and past
 * warm-up) and returns the new desired count. Like the CloudWatch alarms behind target
 * tracking, it decides once per metric period: scale out after `scaleOutDatapoints` periods
 * above target, scale in after `scaleInDatapoints` periods below, and never while
 * `holdScaleIn` (instances warming up). `pending` units are already on their way and count
 * as capacity, so a slow boot does not trigger a second launch for the same load.
 * With nothing measured there is no datapoint: a group at zero cannot scale from CPU.
 */
export function trackTarget(
  tr: TargetTracker,
  tick: number,
  utilization: number,
  measured: number,
  pending: number,
  desired: number,
  range: { readonly min: number; readonly max: number },
  holdScaleIn: boolean,
): number {
  if (measured > 0) {
    tr.utilSum += utilization;
    tr.samples++;
  }
  if ((tick + 1) % PERIOD_TICKS !== 0) return desired;
  if (tr.samples === 0) {
    tr.above = 0;
    tr.below = 0;
    return desired;
  }
  const average = tr.utilSum / tr.samples;
  tr.utilSum = 0;
  tr.samples = 0;
  // Float noise must not turn an exact fit (e.g. 4 x 50% / 50%) into one more unit.
  const proposed = Math.ceil((measured * average) / tr.target - 1e-9) + pending;
  if (proposed > desired) {
    tr.below = 0;
    if (++tr.above >= A.scaleOutDatapoints.value) {
      tr.above = 0;
      return Math.min(range.max, proposed);
    }
  } else if (proposed < desired) {
    tr.above = 0;
    if (++tr.below >= A.scaleInDatapoints.value && !holdScaleIn) {
      tr.below = 0;
      return Math.max(range.min, proposed);
    }
  } else {
    tr.above = 0;
    tr.below = 0;
  }
  return desired;
}
