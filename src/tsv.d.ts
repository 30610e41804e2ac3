/** A `.tsv` data file imported as its text (the build and the test runner load it so). */
declare module '*.tsv' {
  const text: string
  export default text
}
