/**
 * planning-indicators: socio-economic planning indicators, targets, periods and administrative
 * units, with exact attainment, growth and ranking calculations.
 *
 * @packageDocumentation
 */
export * from './numeric/index.js';
export * from './measure/index.js';
export * from './period/index.js';
export * from './admin/index.js';
export * from './indicator/index.js';
export * from './observation/index.js';
export * from './target/index.js';
export * from './growth/index.js';
export * from './aggregate/index.js';
export * from './attainment/index.js';
export * from './ranking/index.js';
export * from './format/index.js';
export * from './exchange/index.js';
export * from './report/index.js';
