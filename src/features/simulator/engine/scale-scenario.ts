// The benchmark's scenario: the sudden spike scaled until ECS runs ~3,000 tasks on ~300 hosts.
import { DEFAULT_SETTINGS, type SimulationSettings } from './settings';

/**
 * 0.2-vCPU / 0.5-GB tasks pack 10 to an m5.large host (2 vCPU, 8 GiB), so 3,000 tasks need 300 hosts. At 300 requests/s
 * the x10 spike asks for ~3,500 tasks at 50% CPU, so the service hits its 3,000 maximum.
 */
export const SCALE_SCENARIO: SimulationSettings = {
  ...DEFAULT_SETTINGS,
  seed: 7,
  preset: 'sudden-spike',
  workload: { ratePerSecond: 300, burstiness: 0.1, workMs: 200 },
  ec2: { ...DEFAULT_SETTINGS.ec2, instanceType: 'c5.large', min: 20, desired: 40, max: 400 },
  lambda: { ...DEFAULT_SETTINGS.lambda },
  ecs: {
    ...DEFAULT_SETTINGS.ecs,
    launchType: 'ec2',
    taskVcpu: 0.2,
    taskMemoryGb: 0.5,
    min: 300,
    desired: 300,
    max: 3000,
    hostType: 'm5.large',
    placement: 'binpack',
  },
};
