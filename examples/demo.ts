/**
 * The main example (`npm run demo`): the Như Xuân 2024 report on bundled data. It prints the
 * periods of a district report, then the scorecard of the 2024 plan on illustrative actuals.
 */
import './periods.js';
import { printScorecard } from './scorecard.js';

printScorecard();
