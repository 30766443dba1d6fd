/* The measure tests use the shared helper. */
export { caught } from '../helpers.js';
