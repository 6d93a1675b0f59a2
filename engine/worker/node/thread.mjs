// Worker-thread entry for Node: registers tsx (TypeScript) in this thread, then loads bootstrap.ts.
import { register } from "tsx/esm/api";

register();
await import("./bootstrap.ts");
