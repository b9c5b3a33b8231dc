/** A growable byte buffer that writes unsigned LEB128 varints (7 bits a byte). */
export class ByteWriter {
  private bytes = new Uint8Array(1 << 16);
  length = 0;

  /** Appends `value` (a non-negative integer below 2^32) as a varint. */
  varint(value: number): void {
    if (this.length + 5 > this.bytes.length) this.grow(this.length + 5);
    while (value >= 0x80) {
      this.bytes[this.length++] = (value & 0x7f) | 0x80;
      value >>>= 7;
    }
    this.bytes[this.length++] = value;
  }

  private grow(needed: number): void {
    let size = this.bytes.length * 2;
    while (size < needed) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.bytes.subarray(0, this.length));
    this.bytes = next;
  }

  /** The bytes written so far (a view, valid until the next write). */
  view(): Uint8Array {
    return this.bytes.subarray(0, this.length);
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
