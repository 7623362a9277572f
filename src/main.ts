import { run } from "./github/action.js";

// The action's entry (dist/index.js): the step's environment and log are the process's.
process.exitCode = await run();
