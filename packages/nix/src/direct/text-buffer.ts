/**
 * The output of one direct printing pass. Appending to one long string (or one array of every
 * piece) keeps every small piece alive until the end, and the garbage collector then copies each
 * of them: that was half of the time. Here the pieces are joined into a flat chunk every
 * `piecesPerChunk` appends, so they die young, and the few chunks are joined once at the end.
 */
export class TextBuffer {
  readonly #chunks: string[] = [];
  #pieces: string[] = [];

  append(text: string): void {
    this.#pieces.push(text);
    if (this.#pieces.length >= piecesPerChunk) this.#flush();
  }

  /** The text appended so far, as one string. */
  text(): string {
    this.#flush();
    return this.#chunks.length === 1 ? (this.#chunks[0] as string) : this.#chunks.join('');
  }

  #flush(): void {
    if (this.#pieces.length === 0) return;
    this.#chunks.push(this.#pieces.join(''));
    this.#pieces = [];
  }
}

const piecesPerChunk = 2048;
