// Body of the engine benchmark (run by tools/bench): the scale scenario for 24 simulated hours at 1 s ticks.
import { createEc2, tickEc2 } from './ec2';
import { createEcs, tickEcs } from './ecs';
import { FACTS } from './facts';
import { createLambda, tickLambda } from './lambda';
import { SCALE_SCENARIO } from './scale-scenario';
import { createSimulation, step } from './simulation';
import { cpuSecondsPerRequest, createWorkload, lambdaDurationS, sampleArrivals } from './workload';

export interface BenchFigure {
  label: string;
  value: number;
  unit: string;
}

const DAY_TICKS = Math.round(FACTS.workload.dayS.value / FACTS.engine.tickS.value);

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

/**
 * Times `runs` full days of all three models on the spike scenario scaled to ~3,000 ECS tasks
 * on ~300 hosts, stepping one tick per `step` call as a renderer would. `clock` returns ms
 * (performance.now); it is passed in so that the engine stays free of host globals.
 */
export function runEngineBench(clock: () => number, runs = 5): BenchFigure[] {
  const times: number[] = [];
  let peakTasks = 0;
  let peakHosts = 0;
  let peakInstances = 0;
  let peakEnvironments = 0;
  let arrived = 0;
  for (let r = 0; r < runs; r++) {
    const sim = createSimulation(SCALE_SCENARIO);
    const { ecs, ec2, lambda } = {
      ecs: sim.ecs.metrics,
      ec2: sim.ec2.metrics,
      lambda: sim.lambda.metrics,
    };
    const start = clock();
    for (let t = 0; t < DAY_TICKS; t++) {
      step(sim, 1);
      // Reading the live metrics each tick is what a renderer does; it costs nothing measurable.
      if (ecs.runningTasks > peakTasks) peakTasks = ecs.runningTasks;
      if (ecs.hosts > peakHosts) peakHosts = ecs.hosts;
      if (ec2.inService > peakInstances) peakInstances = ec2.inService;
      if (lambda.environments > peakEnvironments) peakEnvironments = lambda.environments;
    }
    times.push(clock() - start);
    arrived = lambda.arrived;
  }
  const med = median(times);
  return [
    { label: 'runs', value: runs, unit: '' },
    { label: 'simulated time per run', value: DAY_TICKS, unit: 'ticks of 1 s (24 h)' },
    { label: 'engine time, median', value: Math.round(med), unit: 'ms (EC2 + Lambda + ECS)' },
    { label: 'engine time, fastest', value: Math.round(Math.min(...times)), unit: 'ms' },
    { label: 'engine time, slowest', value: Math.round(Math.max(...times)), unit: 'ms' },
    {
      label: 'time per tick, median',
      value: Math.round((med * 10_000) / DAY_TICKS) / 10,
      unit: 'µs',
    },
    ...modelTimes(clock),
    { label: 'requests per run', value: arrived, unit: 'requests' },
    { label: 'ECS peak running tasks', value: peakTasks, unit: 'tasks' },
    { label: 'ECS peak hosts', value: peakHosts, unit: 'container instances' },
    { label: 'EC2 peak instances in service', value: peakInstances, unit: 'instances' },
    { label: 'Lambda peak environments', value: peakEnvironments, unit: 'environments' },
  ];
}

/** Each model alone on the same arrivals (drawn beforehand), to show where the time goes. */
function modelTimes(clock: () => number): BenchFigure[] {
  const s = SCALE_SCENARIO;
  const workload = createWorkload(s.preset, s.workload, s.seed);
  const arrivals = new Float64Array(DAY_TICKS);
  for (let t = 0; t < DAY_TICKS; t++)
    arrivals[t] = sampleArrivals(workload, t, FACTS.engine.tickS.value);
  const cpuS = cpuSecondsPerRequest(s.workload.workMs);
  const time = (tick: (t: number, n: number) => void) => {
    const start = clock();
    for (let t = 0; t < DAY_TICKS; t++) tick(t, arrivals[t] ?? 0);
    return Math.round(clock() - start);
  };
  const ec2 = createEc2(s.ec2, cpuS);
  const lambda = createLambda(s.lambda, lambdaDurationS(s.workload.workMs, s.lambda.memoryMb));
  const ecs = createEcs(s.ecs, cpuS);
  return [
    {
      label: '  of which EC2 alone',
      value: time((t, n) => tickEc2(ec2, t, n)),
      unit: 'ms (one run)',
    },
    {
      label: '  of which Lambda alone',
      value: time((t, n) => tickLambda(lambda, t, n)),
      unit: 'ms (one run)',
    },
    {
      label: '  of which ECS alone',
      value: time((t, n) => tickEcs(ecs, t, n)),
      unit: 'ms (one run)',
    },
  ];
}
