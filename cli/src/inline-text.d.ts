// `import text from "<file>?inline-text"` inlines a file's text at build time (cli/tsup.config.ts, vitest.config.ts).
declare module "*?inline-text" {
  const text: string;
  export default text;
}
