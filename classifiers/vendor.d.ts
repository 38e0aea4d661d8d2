// @nlpjs ships no types; this is the one class the classifier uses from it.
declare module '@nlpjs/lang-sv/src/stemmer-sv' {
  export default class StemmerSv {
    stemWord(word: string): string;
  }
}
