export function startEmulatorProcess(args?: string[]): Promise<{ url: string; pid: number; stop(): Promise<void> }>;
