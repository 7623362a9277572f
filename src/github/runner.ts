/**
 * What the action writes to the GitHub Actions runner: log lines and annotations, step outputs, the
 * job summary. The action runs with `coreRunner` (@actions/core, on the process's stdout and the
 * runner's files); tests hand run() a stand-in (test/action/helpers/runner-protocol.ts).
 */
import * as core from "@actions/core";

/** Where an annotation points. */
export type AnnotationProperties = core.AnnotationProperties;

export interface Runner {
  info(message: string): void;
  debug(message: string): void;
  error(message: string, properties?: AnnotationProperties): void;
  warning(message: string, properties?: AnnotationProperties): void;
  notice(message: string, properties?: AnnotationProperties): void;
  setOutput(name: string, value: string): void;
  /** Appends Markdown (and a line break) to the job summary. */
  appendSummary(markdown: string): Promise<void>;
}

/** The runner as @actions/core writes to it. */
export const coreRunner: Runner = {
  info: (message) => core.info(message),
  debug: (message) => core.debug(message),
  error: (message, properties) => core.error(message, properties),
  warning: (message, properties) => core.warning(message, properties),
  notice: (message, properties) => core.notice(message, properties),
  setOutput: (name, value) => core.setOutput(name, value),
  async appendSummary(markdown) {
    await core.summary.addRaw(markdown, true).write();
  },
};
