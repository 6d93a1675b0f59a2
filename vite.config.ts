import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";

export default defineConfig({
  plugins: [react()],
  worker: { format: "es" },
  server: { port: 5173, strictPort: false },
  test: {
    include: [
      "engine/**/*.test.ts",
      "app/**/*.test.ts",
      "app/**/*.test.tsx",
      "bin/**/*.test.ts",
      "bench/**/*.test.ts",
    ],
    environment: "node",
    pool: "threads",
    testTimeout: 20000,
  },
});
