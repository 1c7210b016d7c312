// Every price, limit and timing the simulator uses, each with its unit, the date it was checked and its source.

/** One number the engine depends on. `checked` is the month a person last compared it with the source. */
export interface Fact {
  readonly value: number;
  readonly unit: string;
  readonly checked: string;
  readonly source: string;
}

const CHECKED = '2026-11';

const LAMBDA_PRICING = 'AWS Lambda pricing (us-east-1)';
const LAMBDA_GUIDE = 'AWS Lambda developer guide';
const EC2_PRICING = 'Amazon EC2 On-Demand pricing (us-east-1, Linux)';
const EC2_GUIDE = 'Amazon EC2 user guide';
const ASG_GUIDE = 'Amazon EC2 Auto Scaling user guide (target tracking)';
const FARGATE_PRICING = 'AWS Fargate pricing (us-east-1, Linux)';
const ECS_GUIDE = 'Amazon ECS developer guide';
/**
 * A value the public sources give only as a range or leave open ("minutes", "typically"):
 * Cirrus fixes one value inside it so that runs are reproducible.
 */
const MODEL = 'Cirrus model choice';

function fact(value: number, unit: string, source: string): Fact {
  return { value, unit, checked: CHECKED, source };
}

export const ARCHES = ['x86_64', 'arm64'] as const;
export type Arch = (typeof ARCHES)[number];

export const INSTANCE_TYPES = ['t3.micro', 't3.medium', 'm5.large', 'c5.large'] as const;
export type InstanceType = (typeof INSTANCE_TYPES)[number];

export interface InstanceTypeFacts {
  readonly vcpu: Fact;
  readonly memoryGib: Fact;
  readonly usdPerHour: Fact;
  /** T3 instances earn and spend CPU credits; the simulator does not model credits. */
  readonly burstable: boolean;
}

/** Fargate task sizes: for each vCPU size, the memory range it accepts. */
export interface FargateSize {
  readonly vcpu: number;
  readonly minMemoryGb: number;
  readonly maxMemoryGb: number;
}

export const FACTS = {
  lambda: {
    requestUsdPerMillion: fact(0.2, 'USD per 1M requests', LAMBDA_PRICING),
    durationUsdPerGbSecond: {
      x86_64: fact(0.0000166667, 'USD per GB-second', LAMBDA_PRICING),
      arm64: fact(0.0000133334, 'USD per GB-second', LAMBDA_PRICING),
    },
    billingGranularityMs: fact(1, 'ms (duration rounded up)', LAMBDA_PRICING),
    memoryMinMb: fact(128, 'MB', LAMBDA_GUIDE),
    memoryMaxMb: fact(10240, 'MB', LAMBDA_GUIDE),
    mbPerGb: fact(1024, 'MB per GB (Lambda bills memory as MB/1024)', LAMBDA_PRICING),
    /** CPU grows with memory; at this size a function gets one full vCPU, and single-threaded code gets no faster above it. */
    fullVcpuMemoryMb: fact(1769, 'MB', LAMBDA_GUIDE),
    ephemeralFreeMb: fact(512, 'MB', LAMBDA_PRICING),
    ephemeralMaxMb: fact(10240, 'MB', LAMBDA_GUIDE),
    ephemeralUsdPerGbSecond: fact(0.0000000309, 'USD per GB-second', LAMBDA_PRICING),
    freeTierRequests: fact(1_000_000, 'requests per month', LAMBDA_PRICING),
    freeTierGbSeconds: fact(400_000, 'GB-seconds per month (x86 and Arm together)', LAMBDA_PRICING),
    maxTimeoutS: fact(900, 's', LAMBDA_GUIDE),
    accountConcurrency: fact(
      1000,
      'concurrent executions per Region (default quota)',
      LAMBDA_GUIDE,
    ),
    scalingEnvironments: fact(
      1000,
      'new execution environments per scaling window per function',
      LAMBDA_GUIDE,
    ),
    scalingWindowS: fact(10, 's', LAMBDA_GUIDE),
    /** The guide gives ~100 ms to 1 s+ (Node.js around 100-200 ms); Cirrus uses the Node.js upper end. */
    coldStartInitMs: fact(200, 'ms', `${MODEL}; range from ${LAMBDA_GUIDE}`),
    /** "Kept for minutes, not guaranteed": Cirrus reclaims an environment after this much idle time. */
    idleReclaimS: fact(300, 's', `${MODEL}; ${LAMBDA_GUIDE} says minutes`),
    provisionedUsdPerGbSecond: fact(0.0000041667, 'USD per GB-second configured', LAMBDA_PRICING),
    provisionedDurationUsdPerGbSecond: fact(
      0.0000097222,
      'USD per GB-second of duration',
      LAMBDA_PRICING,
    ),
  },
  ec2: {
    minimumBilledS: fact(60, 's per instance start', EC2_PRICING),
    /** Launch to running state; billing starts when the instance is running. */
    pendingS: fact(30, 's', `${MODEL}; ${EC2_GUIDE} ~30 s to running`),
    /** Running to passing load-balancer health checks (the guide gives 1-3 min from launch in total). */
    bootS: fact(90, 's', `${MODEL}; ${EC2_GUIDE} 1-3 min until healthy`),
    defaultWarmupS: fact(300, 's', ASG_GUIDE),
    maxInstances: fact(1000, 'instances per Auto Scaling group (simulator bound)', MODEL),
  },
  ec2Types: {
    't3.micro': {
      vcpu: fact(2, 'vCPU', EC2_PRICING),
      memoryGib: fact(1, 'GiB', EC2_PRICING),
      usdPerHour: fact(0.0104, 'USD per hour', EC2_PRICING),
      burstable: true,
    },
    't3.medium': {
      vcpu: fact(2, 'vCPU', EC2_PRICING),
      memoryGib: fact(4, 'GiB', EC2_PRICING),
      usdPerHour: fact(0.0416, 'USD per hour', EC2_PRICING),
      burstable: true,
    },
    'm5.large': {
      vcpu: fact(2, 'vCPU', EC2_PRICING),
      memoryGib: fact(8, 'GiB', EC2_PRICING),
      usdPerHour: fact(0.096, 'USD per hour', EC2_PRICING),
      burstable: false,
    },
    'c5.large': {
      vcpu: fact(2, 'vCPU', EC2_PRICING),
      memoryGib: fact(4, 'GiB', EC2_PRICING),
      usdPerHour: fact(0.085, 'USD per hour', EC2_PRICING),
      burstable: false,
    },
  } satisfies Record<InstanceType, InstanceTypeFacts>,
  autoscaling: {
    metricPeriodS: fact(60, 's per CloudWatch datapoint', ASG_GUIDE),
    /** Target tracking's alarms: a few breaching datapoints to scale out, many more to scale in. */
    scaleOutDatapoints: fact(3, 'consecutive datapoints above target', ASG_GUIDE),
    scaleInDatapoints: fact(15, 'consecutive datapoints below target', ASG_GUIDE),
  },
  ecs: {
    taskStartS: fact(
      40,
      's from placement to running',
      `${MODEL}; ${ECS_GUIDE} tens of seconds to a minute`,
    ),
    hostJoinS: fact(
      180,
      's from launch to a registered container instance',
      `${MODEL}; ${ECS_GUIDE} minutes`,
    ),
    hostScaleInIdleS: fact(
      900,
      's a host must stay empty before the capacity provider removes it',
      ECS_GUIDE,
    ),
    maxTasksPerService: fact(5000, 'tasks per service', ECS_GUIDE),
    minTaskVcpuEc2: fact(0.125, 'vCPU (128 CPU units)', ECS_GUIDE),
    minTaskMemoryGbEc2: fact(0.125, 'GB', MODEL),
    maxTaskVcpu: fact(16, 'vCPU', ECS_GUIDE),
    maxTaskMemoryGb: fact(120, 'GB', ECS_GUIDE),
  },
  fargate: {
    vcpuUsdPerHour: {
      x86_64: fact(0.04048, 'USD per vCPU-hour', FARGATE_PRICING),
      arm64: fact(0.03238, 'USD per vCPU-hour', FARGATE_PRICING),
    },
    memoryUsdPerGbHour: {
      x86_64: fact(0.004445, 'USD per GB-hour', FARGATE_PRICING),
      arm64: fact(0.00356, 'USD per GB-hour', FARGATE_PRICING),
    },
    minimumBilledS: fact(60, 's per task', FARGATE_PRICING),
  },
  engine: {
    tickS: fact(1, 's per simulation tick (fixed step)', MODEL),
    latencyWindowS: fact(60, 's of recent requests behind p50/p95', MODEL),
    /** How long a queued request waits for an EC2 or ECS server before the client gives up. */
    requestTimeoutS: fact(30, 's', MODEL),
    /** The request work size is given as a Lambda duration at this memory size. */
    workReferenceMemoryMb: fact(1024, 'MB', MODEL),
  },
  /** Shapes of the workload presets (traffic the lesson uses, not AWS figures). */
  workload: {
    dayS: fact(86_400, 's', MODEL),
    dailyPeakAtS: fact(13 * 3600, 's after midnight', MODEL),
    dailyLowFactor: fact(0.2, 'x base rate at night', MODEL),
    dailyHighFactor: fact(1.8, 'x base rate at the peak', MODEL),
    spikeStartS: fact(600, 's after start', MODEL),
    spikeRampS: fact(60, 's to reach the peak', MODEL),
    spikeHoldS: fact(900, 's at the peak', MODEL),
    spikeFactor: fact(10, 'x base rate', MODEL),
    burstShareOfTime: fact(0.1, 'share of time inside a burst', MODEL),
    burstMeanS: fact(20, 's mean burst length', MODEL),
    /** Above this mean a Poisson draw uses the normal approximation (error is negligible there). */
    poissonNormalAbove: fact(30, 'requests per tick', MODEL),
  },
} as const;

/** Valid Fargate CPU/memory combinations. */
export const FARGATE_SIZES: {
  readonly source: string;
  readonly checked: string;
  readonly sizes: readonly FargateSize[];
} = {
  source: 'AWS Fargate task definition sizes',
  checked: CHECKED,
  sizes: [
    { vcpu: 0.25, minMemoryGb: 0.5, maxMemoryGb: 2 },
    { vcpu: 0.5, minMemoryGb: 1, maxMemoryGb: 4 },
    { vcpu: 1, minMemoryGb: 2, maxMemoryGb: 8 },
    { vcpu: 2, minMemoryGb: 4, maxMemoryGb: 16 },
    { vcpu: 4, minMemoryGb: 8, maxMemoryGb: 30 },
    { vcpu: 8, minMemoryGb: 16, maxMemoryGb: 60 },
    { vcpu: 16, minMemoryGb: 32, maxMemoryGb: 120 },
  ],
};

export const SECONDS_PER_HOUR = 3600;
export const MS_PER_SECOND = 1000;
