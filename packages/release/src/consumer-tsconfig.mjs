// @ts-check
// The compiler settings of a TypeScript consumer, shared by the dry run and the released-types check.

/**
 * @param {string[]} include globs, relative to the tsconfig
 * @param {{ checkDeclarations: boolean }} options whether the packages' .d.ts files are checked themselves
 */
export function consumerTsconfig(include, { checkDeclarations }) {
  return {
    compilerOptions: {
      strict: true,
      noEmit: true,
      target: "ES2022",
      module: "node16",
      moduleResolution: "node16",
      lib: ["ES2022", "DOM"],
      types: [],
      skipLibCheck: !checkDeclarations,
    },
    include,
  };
}
