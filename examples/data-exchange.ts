/**
 * Data exchange (`npx tsx examples/data-exchange.ts`): write the bundled Như Xuân observations as
 * tidy CSV, an SDMX-JSON message and a DHIS2 analytics response, read each back, and show what each
 * format could not carry. Then show how a malformed CSV file is reported, and where the JSON Schemas are.
 */
import {
  type ExportLoss,
  type Observation,
  PlanningError,
  jsonSchemaModels,
  observationsFromCsv,
  observationsFromDhis2Rows,
  observationsFromSdmxJson,
  observationsToCsv,
  observationsToDhis2Rows,
  observationsToSdmxJson,
} from 'planning-indicators';
import { nhuXuanObservations2024 } from 'planning-indicators/datasets/nhu-xuan';

function showLosses(losses: readonly ExportLoss[]): void {
  if (losses.length === 0) console.log('  nothing lost');
  for (const loss of losses) {
    console.log(`  ${loss.kind === 'field' ? 'field left out' : 'not written'}: ${loss.field} (${String(loss.observations.length)} observations)`);
  }
}

function showRead(observations: readonly Observation[]): void {
  const first = observations[0];
  console.log(`  read back ${String(observations.length)} observations; the first: ${first?.indicator ?? ''} ${first?.period ?? ''} = ${first?.value.toString() ?? ''}`);
}

const observations = nhuXuanObservations2024;
console.log(`${String(observations.length)} illustrative observations of Như Xuân district\n`);

console.log('Tidy CSV:');
const csv = observationsToCsv(observations, { lineBreak: '\n' });
console.log(csv.text.split('\n').slice(0, 3).map((line) => `  ${line}`).join('\n'));
showLosses(csv.losses);
showRead(observationsFromCsv(csv.text).observations);

console.log('\nSDMX-JSON:');
const sdmx = observationsToSdmxJson(observations, { meta: { id: 'NX-2024', prepared: '2025-01-10T09:00:00Z', sender: 'NHU_XUAN_STATS' } });
const text = JSON.stringify(sdmx.message);
console.log(`  ${String(text.length)} characters, ${String(Object.keys(sdmx.message.data.dataSets[0]?.observations ?? {}).length)} observations`);
showLosses(sdmx.losses);
showRead(observationsFromSdmxJson(text).observations);

console.log('\nDHIS2 analytics response:');
const dhis2 = observationsToDhis2Rows(observations);
console.log(`  headers ${dhis2.response.headers.map((header) => header.name).join(', ')}; first row ${JSON.stringify(dhis2.response.rows[0])}`);
showLosses(dhis2.losses);
showRead(observationsFromDhis2Rows(dhis2.response).observations);

console.log('\nA malformed CSV file:');
try {
  observationsFromCsv('indicator,area,period,value,status\nINVESTMENT,402,2024-Q5,1.085,official\nINVESTMENT,402,2024,"1085,official\n');
} catch (error) {
  if (!(error instanceof PlanningError)) throw error;
  console.log(`  ${error.message.replaceAll('\n', '\n  ')}`);
}

console.log(`\nJSON Schemas: ${jsonSchemaModels.map((model) => `schemas/${model}.schema.json`).join(', ')}`);
