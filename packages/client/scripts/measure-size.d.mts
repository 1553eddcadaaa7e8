export interface Size {
  minified: number;
  gzipped: number;
}
export declare function measureSize(): Promise<{ client: Size; openapiFetch: Size; floor: Size; errorsOnly: Size }>;
