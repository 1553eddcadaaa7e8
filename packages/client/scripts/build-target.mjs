// The JavaScript version the published build is compiled for (tsup.config.ts), and the one the size budget
// bundles for (measure-size.mjs): one constant, so the budget measures what users get.
export const BUILD_TARGET = "es2022";
