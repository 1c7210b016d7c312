// Engine benchmark entry: loads the simulator engine and runs its benchmark body in Node.
import { runEngineBench } from '../../src/features/simulator/engine/index.ts';
import type { Bench } from './types';

export const engineBench: Bench = {
  name: 'engine',
  title: 'simulator engine, 24 h at 1 s steps, sudden spike scaled to ~3,000 ECS tasks',
  run: () => {
    // One untimed day first, so the JIT has compiled the hot paths before the timed runs.
    runEngineBench(() => performance.now(), 1);
    return Promise.resolve(runEngineBench(() => performance.now(), 5));
  },
};
