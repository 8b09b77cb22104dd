import * as core from '@actions/core';

export async function run(): Promise<void> {
  try {
    core.info('secure-dist-action');
  } catch (e) {
    core.setFailed(e instanceof Error ? e.message : String(e));
  }
}
