/**
 * Crockford's base 32: digits and capital letters without I, L, O and U, so a code survives
 * being read aloud, written by hand and retyped. Decoding is case-insensitive and forgiving:
 * `I`/`L` read as 1, `O` as 0, and spaces or hyphens are ignored.
 */
export const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** Normalises typed input: upper case, no separators, look-alike letters mapped to digits. */
export function normalizeBase32(input: string): string {
  return input
    .toUpperCase()
    .replace(/[\s-]+/g, '')
    .replace(/[IL]/g, '1')
    .replace(/O/g, '0');
}

/** Writes bits (most significant first) as base-32 characters; pads the last one with zeros. */
export function bitsToBase32(bits: readonly number[]): string {
  let out = '';
  for (let i = 0; i < bits.length; i += 5) {
    let v = 0;
    for (let j = 0; j < 5; j++) v = (v << 1) | (bits[i + j] ?? 0);
    out += ALPHABET[v];
  }
  return out;
}

/** Reads base-32 characters back into bits; null if a character is not in the alphabet. */
export function base32ToBits(text: string): number[] | null {
  const bits: number[] = [];
  for (const ch of text) {
    const v = ALPHABET.indexOf(ch);
    if (v === -1) return null;
    for (let j = 4; j >= 0; j--) bits.push((v >> j) & 1);
  }
  return bits;
}

/** Appends `value` as `width` bits. */
export function pushBits(bits: number[], value: number, width: number): void {
  for (let j = width - 1; j >= 0; j--) bits.push(Math.floor(value / 2 ** j) % 2);
}

/** A cursor that reads fixed-width unsigned numbers from a bit array. */
export class BitReader {
  private pos = 0;
  constructor(private readonly bits: readonly number[]) {}
  /** Bits not read yet. */
  get remaining(): number {
    return this.bits.length - this.pos;
  }
  /** Reads `width` bits as an unsigned number, or null past the end. */
  read(width: number): number | null {
    if (this.pos + width > this.bits.length) return null;
    let v = 0;
    for (let j = 0; j < width; j++) v = v * 2 + (this.bits[this.pos + j] ?? 0);
    this.pos += width;
    return v;
  }
}

/**
 * CRC-16/CCITT-FALSE of a string's UTF-8 bytes. Over a base-32 string it catches every single
 * changed character and every swap of two neighbours: the typos people make copying a code.
 */
export function crc16(text: string): number {
  let crc = 0xffff;
  for (const byte of new TextEncoder().encode(text)) {
    crc ^= byte << 8;
    for (let b = 0; b < 8; b++) {
      crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
    }
  }
  return crc;
}

/** The CRC of `text` as four base-32 characters. */
export function checksum32(text: string): string {
  const bits: number[] = [];
  pushBits(bits, crc16(text), 20);
  return bitsToBase32(bits);
}
