/** "A und B", "A, B und C": names joined with the locale's word for "and" (both languages use it). */
export const andList = (names: string[], and: string) =>
  names.length > 1 ? `${names.slice(0, -1).join(", ")} ${and} ${names.at(-1)}` : (names[0] ?? "");
