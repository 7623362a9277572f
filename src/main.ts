import { run } from "./github/action.js";

await run();
