export declare const GENERATED_FILES: readonly {
  name: string;
  path: string;
  render: () => Promise<string>;
  readCommitted: () => Promise<string>;
}[];
