/** CSV assets are bundled as their text (esbuild's text loader; the `csv-text` plugin in vitest). */
declare module '*.csv' {
  const text: string;
  export default text;
}
