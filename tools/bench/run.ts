// Entry of `npm run bench`: runs the registered benchmarks (or those named as arguments) and prints plain figures.
import { drawBench } from './draw';
import { engineBench } from './engine';
import type { Bench } from './types';

const BENCHES: readonly Bench[] = [engineBench, drawBench];

const wanted = process.argv.slice(2);
const selected = wanted.length > 0 ? BENCHES.filter((b) => wanted.includes(b.name)) : BENCHES;
if (selected.length === 0) {
  console.error(
    `unknown bench: ${wanted.join(', ')}; known: ${BENCHES.map((b) => b.name).join(', ')}`,
  );
  process.exitCode = 1;
}

for (const bench of selected) {
  console.log(`# ${bench.name}: ${bench.title}`);
  const figures = await bench.run();
  const width = Math.max(...figures.map((f) => f.label.length));
  for (const f of figures)
    console.log(`${f.label.padEnd(width)}  ${f.value.toLocaleString('en-US')} ${f.unit}`.trimEnd());
}
console.log(`node ${process.version}, ${process.platform}/${process.arch}`);
