/**
 * Structured data without its empty values: a field whose value is an empty string, null or
 * undefined is left out, and so is a list left with nothing in it. `"description": ""` (an
 * article whose body opens with a table or pictures, without a 导读, has no text to describe it)
 * tells a search engine nothing and validators flag it; a field left out is simply not given.
 */
export function withoutEmpty(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutEmpty).filter(isGiven);
  if (value && typeof value === 'object') {
    const kept = Object.entries(value).map(([key, field]) => [key, withoutEmpty(field)] as const);
    return Object.fromEntries(kept.filter(([, field]) => isGiven(field)));
  }
  return value;
}

const isGiven = (value: unknown) => value !== '' && value !== null && value !== undefined && !(Array.isArray(value) && value.length === 0);
