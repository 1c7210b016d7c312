// Scenario and per-model settings: every change yields new, parsed settings (which restart the run).
import {
  FACTS,
  INSTANCE_TYPES,
  LAUNCH_TYPES,
  PRESETS,
  parseSettings,
  withPreset,
  type InstanceType,
  type SimulationSettings,
} from '../engine';
import { useT } from '../../../i18n';
import { Fieldset, NumberField, SelectField } from './fields';
import { TASK_SIZES, taskSizeId } from './scenario';

interface Props {
  settings: SimulationSettings;
  onChange: (next: SimulationSettings) => void;
  /** Only the scenario fields (preset, seed, rate), or also the per-model settings. */
  part: 'scenario' | 'models';
}

const MAX_INSTANCES = FACTS.ec2.maxInstances.value;
const MAX_RATE = 10_000;
const MAX_CONCURRENCY = 10_000;

export function SettingsForm({ settings: s, onChange, part }: Props) {
  const { t } = useT('simulator');
  const update = (
    patch: Partial<{ [K in keyof SimulationSettings]: Partial<SimulationSettings[K]> }>,
  ) =>
    onChange(
      parseSettings({
        ...s,
        ...patch,
        workload: { ...s.workload, ...patch.workload },
        ec2: { ...s.ec2, ...patch.ec2 },
        lambda: { ...s.lambda, ...patch.lambda },
        ecs: { ...s.ecs, ...patch.ecs },
      }),
    );
  const instanceOptions = INSTANCE_TYPES.map((type) => {
    const f = FACTS.ec2Types[type];
    return {
      value: type,
      label: t('instanceType', {
        type,
        vcpu: f.vcpu.value,
        memory: f.memoryGib.value,
        price: f.usdPerHour.value,
      }),
    };
  });
  const currentSize = taskSizeId({ vcpu: s.ecs.taskVcpu, memoryGb: s.ecs.taskMemoryGb });
  const sizes = TASK_SIZES.some((z) => taskSizeId(z) === currentSize)
    ? TASK_SIZES
    : [...TASK_SIZES, { vcpu: s.ecs.taskVcpu, memoryGb: s.ecs.taskMemoryGb }];

  if (part === 'scenario')
    return (
      <div className="sim-fields">
        <SelectField
          label={t('controls.preset')}
          value={s.preset}
          options={PRESETS.map((p) => ({ value: p, label: t(`presets.${p}`) }))}
          onChange={(preset) => onChange(withPreset(s, preset))}
        />
        <NumberField
          label={t('controls.rate')}
          value={s.workload.ratePerSecond}
          min={0}
          max={MAX_RATE}
          step="any"
          onCommit={(n) => update({ workload: { ratePerSecond: n ?? 0 } })}
        />
        <NumberField
          label={t('controls.seed')}
          value={s.seed}
          min={0}
          max={0xffffffff}
          onCommit={(n) => update({ seed: n ?? 0 })}
        />
      </div>
    );

  return (
    <div className="sim-model-settings">
      <Fieldset legend={t('models.ec2')}>
        <SelectField<InstanceType>
          label={t('ec2.instanceType')}
          value={s.ec2.instanceType}
          options={instanceOptions}
          onChange={(instanceType) => update({ ec2: { instanceType } })}
        />
        <NumberField
          label={t('ec2.min')}
          value={s.ec2.min}
          min={0}
          max={MAX_INSTANCES}
          onCommit={(n) => update({ ec2: { min: n ?? 0 } })}
        />
        <NumberField
          label={t('ec2.max')}
          value={s.ec2.max}
          min={0}
          max={MAX_INSTANCES}
          onCommit={(n) => update({ ec2: { max: n ?? 0 } })}
        />
        <NumberField
          label={t('ec2.target')}
          value={s.ec2.targetCpuPercent}
          min={1}
          max={100}
          onCommit={(n) => update({ ec2: { targetCpuPercent: n ?? 50 } })}
        />
      </Fieldset>
      <Fieldset legend={t('models.lambda')}>
        <NumberField
          label={t('lambda.memory')}
          value={s.lambda.memoryMb}
          min={FACTS.lambda.memoryMinMb.value}
          max={FACTS.lambda.memoryMaxMb.value}
          onCommit={(n) => update({ lambda: { memoryMb: n ?? s.lambda.memoryMb } })}
        />
        <NumberField
          label={t('lambda.reserved')}
          value={s.lambda.reservedConcurrency}
          min={0}
          max={MAX_CONCURRENCY}
          allowEmpty
          onCommit={(n) => update({ lambda: { reservedConcurrency: n } })}
        />
        <NumberField
          label={t('lambda.provisioned')}
          value={s.lambda.provisionedConcurrency}
          min={0}
          max={MAX_CONCURRENCY}
          onCommit={(n) => update({ lambda: { provisionedConcurrency: n ?? 0 } })}
        />
      </Fieldset>
      <Fieldset legend={t('models.ecs')}>
        <SelectField
          label={t('ecs.launchType')}
          value={s.ecs.launchType}
          options={LAUNCH_TYPES.map((l) => ({ value: l, label: t(`ecs.launch.${l}`) }))}
          onChange={(launchType) => update({ ecs: { launchType } })}
        />
        <SelectField
          label={t('ecs.taskSize')}
          value={currentSize}
          options={sizes.map((z) => ({
            value: taskSizeId(z),
            label: t('ecs.taskSizeOption', { vcpu: z.vcpu, memory: z.memoryGb }),
          }))}
          onChange={(id) => {
            const z = sizes.find((x) => taskSizeId(x) === id);
            if (z) update({ ecs: { taskVcpu: z.vcpu, taskMemoryGb: z.memoryGb } });
          }}
        />
        <NumberField
          label={t('ecs.target')}
          value={s.ecs.targetCpuPercent}
          min={1}
          max={100}
          onCommit={(n) => update({ ecs: { targetCpuPercent: n ?? 50 } })}
        />
        <SelectField<InstanceType>
          label={t('ecs.hostType')}
          value={s.ecs.hostType}
          options={instanceOptions}
          disabled={s.ecs.launchType === 'fargate'}
          onChange={(hostType) => update({ ecs: { hostType } })}
        />
      </Fieldset>
    </div>
  );
}
