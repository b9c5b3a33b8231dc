/** A growable byte buffer that writes unsigned LEB128 varints (7 bits a byte). */
export class ByteWriter {
  private buffer: Uint8Array;
  length = 0;

  /** `capacity`: the bytes expected (the buffer doubles when they run out). */
  constructor(capacity = 1 << 16) {
    this.buffer = new Uint8Array(Math.max(16, capacity));
  }

  /** Appends `value` (a non-negative integer below 2^32) as a varint. */
  varint(value: number): void {
    if (this.length + 5 > this.buffer.length) this.grow(this.length + 5);
    if (value < 0x80) {
      this.buffer[this.length++] = value;
      return;
    }
    while (value >= 0x80) {
      this.buffer[this.length++] = (value & 0x7f) | 0x80;
      value >>>= 7;
    }
    this.buffer[this.length++] = value;
  }

  /** Appends `bytes` as they are. */
  bytes(bytes: Uint8Array): void {
    if (this.length + bytes.length > this.buffer.length) this.grow(this.length + bytes.length);
    this.buffer.set(bytes, this.length);
    this.length += bytes.length;
  }

  /** Appends bytes `start` .. `end` of `source`. */
  copy(source: Uint8Array, start: number, end: number): void {
    const n = end - start;
    if (this.length + n > this.buffer.length) this.grow(this.length + n);
    if (n > 32) this.buffer.set(source.subarray(start, end), this.length);
    else for (let i = 0; i < n; i++) this.buffer[this.length + i] = source[start + i]!;
    this.length += n;
  }

  /** Forgets what was written (keeping the buffer), after it was taken with `view`. */
  reset(): void {
    this.length = 0;
  }

  /** What was written, handed over: the writer starts again on a fresh buffer of the same size. */
  take(): Uint8Array {
    const taken = this.buffer.subarray(0, this.length);
    this.buffer = new Uint8Array(this.buffer.length);
    this.length = 0;
    return taken;
  }

  private grow(needed: number): void {
    let size = this.buffer.length * 2;
    while (size < needed) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.buffer.subarray(0, this.length));
    this.buffer = next;
  }

  /** The bytes written so far (a view, valid until the next write). */
  view(): Uint8Array {
    return this.buffer.subarray(0, this.length);
  }
}

/** Reads varints from `bytes` in order. */
export class ByteReader {
  pos = 0;
  constructor(private readonly bytes: Uint8Array) {}

  /** True while bytes are left. */
  get more(): boolean {
    return this.pos < this.bytes.length;
  }

  /** The next varint. */
  varint(): number {
    let result = 0;
    let shift = 0;
    let byte: number;
    do {
      byte = this.bytes[this.pos++]!;
      result += (byte & 0x7f) * 2 ** shift;
      shift += 7;
    } while (byte & 0x80);
    return result;
  }
}
