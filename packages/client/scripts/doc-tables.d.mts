export declare function fillTables(text: string): string;
export declare function blocksIn(text: string): string[];
