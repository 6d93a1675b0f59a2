import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";
import { contentSecurityPolicy, engineSandbox } from "./app/workerClient/vitePlugins.ts";

// Vendor libraries in chunks of their own (each under Vite's 500 kB warning), cached across releases;
// the heavy, lazily loaded ones (CodeMirror, recharts) stay out of the first load.
const vendorChunks = {
  codeSplitting: {
    groups: [
      { name: "react", test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/, priority: 30 },
      {
        name: "xyflow",
        test: /node_modules[\\/](@xyflow|d3-(zoom|drag|selection|dispatch|transition|timer|ease|interpolate|color))[\\/]/,
        priority: 20,
      },
      { name: "codemirror-view", test: /node_modules[\\/]@codemirror[\\/]view[\\/]/, priority: 25 },
      {
        name: "codemirror",
        test: /node_modules[\\/](@codemirror|@lezer|@uiw|crelt|style-mod|w3c-keyname)[\\/]/,
        priority: 20,
      },
      { name: "sucrase", test: /node_modules[\\/](sucrase|acorn|lines-and-columns)[\\/]/, priority: 20 },
      { name: "zod", test: /node_modules[\\/]zod[\\/]/, priority: 20 },
    ],
  },
};

export default defineConfig({
  // engineSandbox: the engine worker runs sandboxed (app/workerClient/sandboxFrame.ts says how).
  plugins: [react(), engineSandbox(), contentSecurityPolicy()],
  worker: { format: "es", rolldownOptions: { output: vendorChunks } },
  build: { rolldownOptions: { output: vendorChunks } },
  server: { port: 5173, strictPort: false },
  test: {
    include: [
      "engine/**/*.test.ts",
      "app/**/*.test.ts",
      "app/**/*.test.tsx",
      "bin/**/*.test.ts",
      "bench/**/*.test.ts",
      "spark/**/*.test.ts",
    ],
    environment: "node",
    pool: "threads",
    testTimeout: 20000,
  },
});
