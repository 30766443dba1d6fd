import { describe, expect, it } from 'vitest';
import {
  PlanningError,
  bestObservation,
  buildDataset,
  fromSdmxObsStatus,
  observationStatuses,
  parseObservations,
  timeSeries,
  toSdmxObsStatus,
} from '../../src/index.js';

const revisions = parseObservations([
  { indicator: 'X', area: '402', period: '2024', value: 10, status: 'estimate', published: '2024-12-15' },
  { indicator: 'X', area: '402', period: '2024', value: '10.4', status: 'preliminary', published: '2025-03-01' },
  { indicator: 'X', area: '402', period: '2024', value: 11, status: 'official', published: '2025-06-30' },
  { indicator: 'X', area: '402', period: '2024', value: 12, status: 'plan', published: '2024-01-03' },
  { indicator: 'X', area: '402', period: '2023', value: 9, status: 'official' },
  { indicator: 'X', area: '402', period: '2022-Q4', value: 2, status: 'official' },
]);

describe('parseObservations', () => {
  it('canonicalises period codes and reads values exactly', () => {
    const [first] = parseObservations([{ indicator: 'X', area: '1', period: '2024-M1', value: 0.1, status: 'official' }]);
    expect(first?.value.plus(0.2).toString()).toBe('0.3');
  });

  it('reports every problem with its path', () => {
    try {
      parseObservations([
        { indicator: 'X', area: '1', period: '2024-Q5', value: 'n/a', status: 'official' },
        { indicator: '', area: '1', period: '2024', value: 1, status: 'final' },
      ]);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(PlanningError);
      const paths = (error as PlanningError).issues.map((issue) => issue.path.join('.'));
      expect(paths).toEqual(expect.arrayContaining(['0.period', '0.value', '1.indicator', '1.status']));
      expect((error as PlanningError).code).toBe('invalid-input');
    }
  });

  it('refuses what is not an array', () => {
    expect(() => parseObservations({ indicator: 'X' })).toThrow(/invalid observations/);
  });
});

describe('bestObservation', () => {
  const dataset = buildDataset(revisions);
  const key = { indicator: 'X', area: '402', period: '2024' };

  it('prefers official, then preliminary, then estimate, and leaves plans out', () => {
    expect(bestObservation(dataset, key)?.value.toString()).toBe('11');
    expect(bestObservation(dataset, key, { precedence: ['preliminary', 'estimate'] })?.value.toString()).toBe('10.4');
    expect(bestObservation(dataset, key, { precedence: ['plan'] })?.value.toString()).toBe('12');
  });

  it('sees only what was published by the as-of date', () => {
    expect(bestObservation(dataset, key, { asOf: '2024-12-31' })?.status).toBe('estimate');
    expect(bestObservation(dataset, key, { asOf: '2025-04-01' })?.status).toBe('preliminary');
    expect(bestObservation(dataset, key, { asOf: '2024-01-01' })).toBeUndefined();
  });

  it('within a status, takes the latest publication', () => {
    const later = buildDataset(
      parseObservations([
        { indicator: 'X', area: '1', period: '2024', value: 1, status: 'estimate', published: '2024-06-01' },
        { indicator: 'X', area: '1', period: '2024', value: 2, status: 'estimate', published: '2024-12-01' },
        { indicator: 'X', area: '1', period: '2024', value: 3, status: 'estimate' },
      ]),
    );
    expect(bestObservation(later, { indicator: 'X', area: '1', period: '2024' })?.value.toString()).toBe('2');
  });

  it('keeps series with different dimensions apart', () => {
    const split = buildDataset(
      parseObservations([
        { indicator: 'X', area: '1', period: '2024', value: 1, status: 'official', dimensions: { sex: 'F' } },
        { indicator: 'X', area: '1', period: '2024', value: 2, status: 'official', dimensions: { sex: 'M' } },
      ]),
    );
    expect(bestObservation(split, { indicator: 'X', area: '1', period: '2024', dimensions: { sex: 'M' } })?.value.toString()).toBe('2');
    expect(bestObservation(split, { indicator: 'X', area: '1', period: '2024' })).toBeUndefined();
    expect(split.conflicts).toEqual([]);
  });
});

describe('buildDataset', () => {
  it('reports conflicting duplicates but keeps revisions', () => {
    const dataset = buildDataset(
      parseObservations([
        { indicator: 'X', area: '1', period: '2024', value: 1, status: 'official', published: '2025-01-01' },
        { indicator: 'X', area: '1', period: '2024', value: 2, status: 'official', published: '2025-01-01' },
        { indicator: 'X', area: '1', period: '2024', value: 3, status: 'official', published: '2025-01-01' },
        { indicator: 'X', area: '1', period: '2024', value: 1, status: 'official', published: '2025-01-01' },
        { indicator: 'X', area: '1', period: '2023', value: 1, status: 'official' },
      ]),
    );
    expect(dataset.conflicts).toHaveLength(1);
    expect(dataset.conflicts[0]?.key).toEqual({ indicator: 'X', area: '1', period: '2024' });
    expect(dataset.conflicts[0]?.observations.map((observation) => observation.value.toString())).toEqual(['1', '2', '3']);
  });
});

describe('timeSeries', () => {
  it('lists periods in time order with their best values', () => {
    const series = timeSeries(buildDataset(revisions), { indicator: 'X', area: '402' });
    expect(series.map((point) => [point.period, point.observation.value.toString()])).toEqual([
      ['2022-Q4', '2'],
      ['2023', '9'],
      ['2024', '11'],
    ]);
    expect(timeSeries(buildDataset(revisions), { indicator: 'Y', area: '402' })).toEqual([]);
  });
});

describe('SDMX OBS_STATUS', () => {
  it('maps each status and back', () => {
    expect(observationStatuses.map(toSdmxObsStatus)).toEqual(['F', 'E', 'P', 'A']);
    for (const status of observationStatuses) expect(fromSdmxObsStatus(toSdmxObsStatus(status))).toBe(status);
    expect(fromSdmxObsStatus('M')).toBeUndefined();
  });
});
