// Public API of the DStream engine. Filled in by the engine issue.
export {};
