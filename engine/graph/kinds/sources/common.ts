// What every input DStream shares: no inputs.

export const source = { category: "source", inputs: { min: 0, max: 0 }, requiresPairInput: false } as const;
