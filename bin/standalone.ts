// The TypeScript export as one self-contained ES module: the program with the engine bundled in (esbuild),
// so it runs anywhere with plain `node program.mjs [batches] [seed]`, outside this repository, with
// nothing to install.
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const ENGINE = fileURLToPath(new URL("../engine/indexNode.ts", import.meta.url));
const ROOT = fileURLToPath(new URL("..", import.meta.url));

/** The exported TypeScript program bundled with the engine into one ES module's text. */
export async function standaloneModule(tsProgram: string, header: string[]): Promise<string> {
  const result = await build({
    stdin: { contents: tsProgram, loader: "ts", sourcefile: "program.ts", resolveDir: ROOT },
    absWorkingDir: ROOT,
    bundle: true,
    format: "esm",
    platform: "node",
    target: "node20",
    write: false,
    legalComments: "none",
    alias: { "dstream-studio/engine": ENGINE },
    // Bundled CommonJS dependencies (kafkajs) require Node's built-ins; an ES module has no require.
    banner: {
      js: [
        ...header,
        'import { createRequire as __standaloneRequire } from "node:module";',
        "const require = __standaloneRequire(import.meta.url);",
      ].join("\n"),
    },
    logLevel: "silent",
  });
  return result.outputFiles[0].text;
}

/** The first lines of a standalone module: what it is and how to run it. */
export function standaloneHeader(name: string, file: string): string[] {
  return [
    `// ${name}: exported from DStream Studio as one self-contained ES module (the program and the engine).`,
    `// Run it anywhere with Node.js 20 or newer, nothing to install: node ${file} [batches] [seed]`,
    "// It prints what `dstream-studio run --batches N [--seed S]` prints for the same pipeline.",
  ];
}
