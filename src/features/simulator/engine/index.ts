// Public API of the compute simulator engine: settings, simulation, read API for the renderer, cost functions, facts.
//
// A renderer's loop:
//   const sim = createSimulation(parseSettings(untrustedFromUrl));
//   every frame: step(sim, frameSeconds * speed, maxTicksPerFrame);
//                read metrics(sim).ec2 / .lambda / .ecs, ec2Instances(sim), lambdaEnvironments(sim),
//                ecsHosts(sim), ecsTasks(sim) and sim.history (ring buffers, see historyIndex).
// Everything read is live and reused, never allocated per frame: copy what must outlive the frame.
export {
  FACTS,
  FARGATE_SIZES,
  ARCHES,
  INSTANCE_TYPES,
  type Arch,
  type Fact,
  type InstanceType,
} from './facts';
export {
  ec2MonthlyCost,
  fargateMonthlyCost,
  lambdaMonthlyCost,
  type Bill,
  type BillLine,
  type Ec2Usage,
  type FargateUsage,
  type LambdaUsage,
} from './cost';
export {
  DEFAULT_SETTINGS,
  FLEET_MODES,
  LAUNCH_TYPES,
  PLACEMENTS,
  parseSettings,
  withPreset,
  type Ec2Settings,
  type EcsSettings,
  type FleetMode,
  type LambdaSettings,
  type LaunchType,
  type Placement,
  type SimulationSettings,
} from './settings';
export {
  PRESETS,
  PRESET_WORKLOADS,
  presetShape,
  type Preset,
  type WorkloadSettings,
} from './workload';
export type { ModelMetrics } from './metrics';
export { INSTANCE_STATE, type Ec2Metrics, type InstanceState } from './ec2';
export { ENVIRONMENT_STATE, type EnvironmentState, type LambdaMetrics } from './lambda';
export { HOST_STATE, TASK_STATE, type EcsMetrics, type HostState, type TaskState } from './ecs';
export {
  HISTORY_SERIES,
  MODELS,
  createSimulation,
  ec2Instances,
  ecsHosts,
  ecsTasks,
  historyIndex,
  lambdaEnvironments,
  metrics,
  step,
  type Ec2InstancesView,
  type History,
  type HistorySeries,
  type LambdaEnvironmentsView,
  type ModelId,
  type Simulation,
  type SimulationMetrics,
  type SimulationOptions,
} from './simulation';
export { SCALE_SCENARIO } from './scale-scenario';
export { runEngineBench, type BenchFigure } from './bench';
