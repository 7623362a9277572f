import { run } from "./github/action.js";

// The action's entry (dist/index.js): the step's environment, working directory, log and files
// are the process's (run()'s defaults).
process.exitCode = await run();
