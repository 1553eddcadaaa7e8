export declare const specPath: string;
export declare const outputPath: string;
export declare const decodedOutputPath: string;
export declare function render(): Promise<string>;
export declare function renderDecoded(): Promise<string>;
export declare function renderWireNames(): Promise<string>;
export declare function renderDecodedNames(): Promise<string>;
export declare const GENERATED_FILES: readonly {
  name: string;
  path: string;
  render: () => Promise<string>;
  readCommitted: () => Promise<string>;
}[];
export declare function readCommitted(): Promise<string>;
