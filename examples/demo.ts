/**
 * The main example (`npm run demo`): the Như Xuân 2024 report on bundled data. It prints the
 * periods of a district report, the scorecard of the 2024 plan on illustrative actuals, then the
 * illustrative emulation of the communes and the district roll-up of commune values.
 */
import './periods.js';
import { printEmulation } from './emulation.js';
import { printScorecard } from './scorecard.js';

printScorecard();
printEmulation();
