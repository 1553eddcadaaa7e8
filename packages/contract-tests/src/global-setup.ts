// Starts one real Prism process for the whole run (unless BACKUP_API_BASE_URL names another target) and
// hands its URL to the tests through vitest's provide/inject.
import { startMock } from '@backup-api/mock';
import type { TestProject } from 'vitest/node';
import { targetFromEnv } from './target.js';

export default async function setup(project: TestProject) {
  const target = targetFromEnv(process.env);
  if (target.kind === 'external') {
    console.log(`contract target: ${target.baseUrl}${target.skipReason ? `; server tests skipped: ${target.skipReason}` : ''}`);
    project.provide('target', { ...target, baseUrl: target.baseUrl!, operationsBaseUrl: target.operationsBaseUrl! });
    return;
  }
  const mock = await startMock();
  project.provide('target', { ...target, baseUrl: mock.url, operationsBaseUrl: mock.url });
  return () => mock.stop();
}
