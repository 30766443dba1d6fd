/**
 * The main example (`npm run demo`): it grows with the library into the Như Xuân 2024 report. For
 * now it prints the periods of a Vietnamese district report.
 */
import './periods.js';
