export interface Size {
  minified: number;
  gzipped: number;
  /** The minified bundle. */
  code: string;
}
export declare function measureSize(): Promise<{
  getOnly: Size;
  everyService: Size;
  wholeApi: Size;
  openapiFetch: Size;
  floor: Size;
  errorsOnly: Size;
  settingsBuilder: Size;
}>;
