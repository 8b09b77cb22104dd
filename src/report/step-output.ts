/** What a step hands the runner: its outputs, and its job summary (the log in a local run). */
import * as core from '@actions/core';

export function setOutputs(outputs: Record<string, string>): void {
  for (const [name, value] of Object.entries(outputs)) core.setOutput(name, value);
}

/** The job summary when the runner provides one; the log otherwise (a local run). */
export async function writeSummary(markdown: string): Promise<void> {
  if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(markdown).write();
  else core.info(markdown);
}
