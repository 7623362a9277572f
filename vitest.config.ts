import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // The smoke tests run the bundle: rebuilt first when src/ has changed since it was built.
    globalSetup: ["test/global-setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: "forks",
    // @actions/workflow-parser imports its schema JSON without an import attribute, which Node
    // refuses; transformed by Vite, it loads (test/merge/org-inventory-workflow.test.ts).
    server: { deps: { inline: ["@actions/workflow-parser"] } },
  },
});
