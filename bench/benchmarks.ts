/** Every benchmark, in the order of issue 15's table, then the others. */
import { benchmarks as admin } from './admin.bench.js';
import { benchmarks as attainment } from './attainment.bench.js';
import { benchmarks as growth } from './growth.bench.js';
import type { Benchmark } from './harness.js';
import { benchmarks as ranking } from './ranking.bench.js';
import { benchmarks as validation } from './validation.bench.js';

const order = ['attainment', 'growth', 'growth-pandas', 'rank-groups', 'rank-groups-pandas', 'rank-composite', 'hierarchy-build', 'unit-lookup'];

/** The benchmarks of every file, the rows first. */
export const allBenchmarks: readonly Benchmark[] = [...attainment, ...growth, ...ranking, ...admin, ...validation].sort((a, b) => {
  const rank = (name: string) => (order.includes(name) ? order.indexOf(name) : order.length);
  return rank(a.name) - rank(b.name);
});
