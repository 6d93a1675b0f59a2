declare module "virtual:engine-sandbox-source" {
  /** The engine worker (engine/worker/sandboxEntry.ts) bundled into one classic script. */
  const source: string;
  export default source;
}
