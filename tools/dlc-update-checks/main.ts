// dlc-update-checks: regenerates the CHECK lines of lit tests from their tools' current output.

import { updateChecksMain } from '../../lib/testing/update-checks/index.js';

process.exitCode = await updateChecksMain(process.argv.slice(2));
