// @ts-check
// The whole flow on a real clone with the real scripts: first release, then spec edits after it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { edited, loadBundledSpec, removeOperation } from '../support/bundled-spec.mjs';
import { makeClone } from '../support/throwaway-clone.mjs';

const spec = loadBundledSpec();
/** @type {ReturnType<typeof makeClone>} */
let clone;

beforeAll(() => {
  clone = makeClone();
}, 60_000);
afterAll(() => clone?.remove());

describe('release flow', () => {
  it('before any release: every public package counts as changed and the pending changeset covers them', () => {
    const { code, output } = clone.run('check');
    expect(output).toContain('nothing released yet');
    expect(output).toMatch(/@backup-api\/spec\s+never released\s+⇒\s+minor/);
    expect(code).toBe(0);
  });

  it('baseline refuses to run before `changeset version` consumed the changesets', () => {
    const { code, output } = clone.run('baseline');
    expect(code).toBe(1);
    expect(output).toContain('run `pnpm changeset version` first');
  });

  it('changeset version bumps the fixed group together; baseline records it; after the release commit nothing is pending', () => {
    clone.changesetVersion();
    const baseline = clone.run('baseline');
    expect(baseline.output).toContain('@backup-api/spec@0.1.0');
    expect(baseline.output).toContain('@backup-api/types@0.1.0');
    expect(baseline.code).toBe(0);
    clone.git(['add', '-A', '.']);
    clone.git(['commit', '--quiet', '-m', 'Release 0.1.0']);
    const { code, output } = clone.run('check');
    expect(output).toContain('no public package changed');
    expect(output).toContain('the bundled spec equals the released one');
    expect(output).toMatch(/released consumer type tests \(\d+ files\) against the current packages: compile/);
    expect(code).toBe(0);
    const again = clone.run('baseline');
    expect(again.output).toContain('already the recorded release');
    expect(again.code).toBe(1);
  });

  it('a break only the types show (BackupType loses INCREMENTAL in the .d.ts, spec unchanged) fails through the released consumer type tests', () => {
    const restore = ['index.d.ts', 'index.d.cts'].map((f) =>
      clone.editFile(`packages/types/dist/${f}`, (t) => t.replace('BackupType: "TYPE_UNSPECIFIED" | "FULL" | "INCREMENTAL";', 'BackupType: "TYPE_UNSPECIFIED" | "FULL";')),
    );
    const { code, output } = clone.run('check');
    restore.forEach((undo) => undo());
    expect(output).toContain('DO NOT compile');
    expect(output).toContain('no longer compile against the current packages');
    expect(output).toMatch(/consumer\.mts.*error TS2322/);
    expect(code).toBe(1);
  });

  it('a breaking spec edit without a changeset fails, naming the package and the breaking change', () => {
    clone.writeBundle(edited(spec, (d) => removeOperation(d, 'delete')));
    const { code, output } = clone.run('check');
    expect(output).toContain('@backup-api/spec changed (the bundled spec differs from the released one) but no changeset releases it');
    expect(output).toContain('[operation-removed]');
    expect(code).toBe(1);
  });

  it('… with a minor changeset still fails: breaking needs major', () => {
    clone.addChangeset('drop-delete', 'minor');
    const { code, output } = clone.run('check');
    expect(output).toMatch(/need a major changeset \(planned: @backup-api\/spec minor, @backup-api\/types minor, @backup-api\/client minor, @backup-api\/emulator minor\)/);
    expect(code).toBe(1);
  });

  it('… with a major changeset passes', () => {
    clone.addChangeset('drop-delete', 'major');
    const { code, output } = clone.run('check');
    expect(output).toContain('major: 0.1.0 → 1.0.0');
    expect(code).toBe(0);
  });

  it('an added optional field passes with a minor changeset but not with a patch one', () => {
    clone.writeBundle(edited(spec, (d) => (d.components.schemas.Backup.properties.label = { type: 'string', description: 'x' })));
    clone.addChangeset('drop-delete', 'patch');
    const patch = clone.run('check');
    expect(patch.output).toContain('need at least a minor changeset');
    expect(patch.code).toBe(1);
    clone.addChangeset('drop-delete', 'minor');
    expect(clone.run('check').code).toBe(0);
  });
});
