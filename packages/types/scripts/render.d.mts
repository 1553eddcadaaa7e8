export declare const specPath: string;
export declare const outputPath: string;
export declare function render(): Promise<string>;
export declare function readCommitted(): Promise<string>;
