// Which server the agreement suite talks to. By default a real Prism process serving the bundled spec;
// BACKUP_API_BASE_URL points it at another server (the emulator, or the real service).

export interface Target {
  kind: 'mock' | 'external';
  baseUrl: string;
  operationsBaseUrl: string;
  /** Empty when no token was given for an external target. */
  iamToken: string;
  /** Why server tests cannot run against this target ('' when they can). */
  skipReason: string;
  /** Why mutating calls and `Prefer` cases cannot run against this target ('' when they can). */
  readOnlyReason: string;
}

export function targetFromEnv(env: NodeJS.ProcessEnv): Omit<Target, 'baseUrl' | 'operationsBaseUrl'> & { baseUrl?: string; operationsBaseUrl?: string } {
  const baseUrl = env.BACKUP_API_BASE_URL?.trim();
  if (!baseUrl) {
    return { kind: 'mock', iamToken: 'contract-test-token', skipReason: '', readOnlyReason: '' };
  }
  if (!/^https?:\/\//.test(baseUrl)) throw new Error(`BACKUP_API_BASE_URL must be an http(s) URL, got ${JSON.stringify(baseUrl)}`);
  const iamToken = env.BACKUP_API_IAM_TOKEN?.trim() ?? '';
  return {
    kind: 'external',
    baseUrl,
    operationsBaseUrl: env.BACKUP_API_OPERATIONS_URL?.trim() || baseUrl,
    iamToken,
    skipReason: iamToken ? '' : `BACKUP_API_BASE_URL is set (${baseUrl}) but BACKUP_API_IAM_TOKEN is not: no call is made without a token`,
    readOnlyReason: `external target ${baseUrl}: only read-only operations run, and Prefer cases need the Prism mock`,
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    target: Target;
  }
}
