// Vite's `?url` imports (the dictionaries' files): the URL of the emitted file.
declare module '*?url' {
  const url: string;
  export default url;
}
