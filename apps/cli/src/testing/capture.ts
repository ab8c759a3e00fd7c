import { Writable } from 'node:stream';

/** A writable stream that keeps what a command printed, for tests. */
export class Capture extends Writable {
  text = '';

  override _write(chunk: Buffer, _encoding: string, done: () => void) {
    this.text += chunk.toString();
    done();
  }
}
