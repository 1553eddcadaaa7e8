import { writeFile } from "node:fs/promises";
import { outputPath, render } from "./render.mjs";

await writeFile(outputPath, await render());
console.log(`wrote ${outputPath}`);
