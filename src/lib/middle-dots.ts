/**
 * The 间隔号 of a transcribed name (阿依古丽·买买提) as articles write it (·, U+00B7) and as input
 * methods and pasted text give it: ・ (katakana middle dot, a Japanese or some traditional input
 * methods), • (a bullet), ‧ (the hyphenation point Taiwan's input methods type) and ･ (its
 * half-width form). One list for search (search-text.ts), 人员查询 (lookup-key.ts), the names
 * the schema and captions read, and a person's id made from a name (import-person.ts).
 */
export const MIDDLE_DOTS = '·・•‧･';
