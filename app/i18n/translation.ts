// The Korean resources must have exactly the English ones' shape: same keys, strings for strings.
export type Translation<T> = {
  [K in keyof T]: T[K] extends string ? string : Translation<T[K]>;
};
