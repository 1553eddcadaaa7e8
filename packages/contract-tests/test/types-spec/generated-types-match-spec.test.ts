// types ↔ spec: the committed generated types are exactly what the spec generates now. Uses the types
// package's own generator module, so the check and `pnpm generate` can never disagree on options.
import { describe, expect, it } from 'vitest';
import { readCommitted, render } from '../../../types/scripts/render.mjs';

describe('types ↔ spec', () => {
  it('generated types match what the bundled spec generates now', async () => {
    const [committed, fresh] = await Promise.all([readCommitted(), render()]);
    // Compare line sets first for a readable diff, then the whole text.
    const committedLines = committed.split('\n');
    const freshLines = fresh.split('\n');
    expect(committedLines.filter((l) => !freshLines.includes(l)), 'lines only in the committed file').toEqual([]);
    expect(freshLines.filter((l) => !committedLines.includes(l)), 'lines only in what the spec generates').toEqual([]);
    expect(committed === fresh, 'packages/types/src/generated/openapi.ts drifted; run pnpm --filter @backup-api/types generate').toBe(true);
  });
});
