/* The admin tests use the shared helpers under the names they were written with. */
export { caught as thrown, issueLines } from '../helpers.js';
