/* The period (and format) tests use the shared helpers under the names they were written with. */
export { caught as failure, expectFailure } from '../helpers.js';
