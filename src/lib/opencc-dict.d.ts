/** opencc-js's dictionaries, one module each (its package exports them without types): `"from to|…"`. */
declare module 'opencc-js/dict/*' {
  const dict: string;
  export default dict;
}
