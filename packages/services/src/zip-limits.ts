import { inflateRawSync } from 'node:zlib';

/** What an uploaded ZIP (an XLSX file is one) may unpack to. */
export type ZipLimits = { maxEntries: number; maxUncompressedBytes: number };

/** Why a ZIP file is refused, in words for the person who uploaded it. */
export class ZipLimitError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ZipLimitError';
  }
}

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_FILE_HEADER = 0x04034b50;

/**
 * Checks a ZIP file before a library unpacks it (zip bombs): at most `maxEntries` entries,
 * and at most `maxUncompressedBytes` unpacked in all. The sizes a ZIP declares can lie, so
 * every entry is really inflated here, with Node's zlib stopping at the bytes still allowed.
 * ZIP64 files (over 4 GiB or 65,535 entries), encrypted entries and methods other than
 * stored and deflate are refused: a spreadsheet of a price list never needs them.
 */
export function checkZipLimits(zip: Uint8Array, limits: ZipLimits): void {
  const view = Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength);
  const end = findEndOfCentralDirectory(view);
  const entries = view.readUInt16LE(end + 10);
  const directoryOffset = view.readUInt32LE(end + 16);
  if (entries === 0xffff || directoryOffset === 0xffffffff)
    throw new ZipLimitError('the file is a ZIP64 archive, which a price list never needs');
  if (entries > limits.maxEntries)
    throw new ZipLimitError(
      `the file holds ${entries} parts; a spreadsheet may hold at most ${limits.maxEntries}`,
    );
  let remaining = limits.maxUncompressedBytes;
  let offset = directoryOffset;
  for (let index = 0; index < entries; index++) {
    if (offset + 46 > view.length || view.readUInt32LE(offset) !== CENTRAL_DIRECTORY_ENTRY)
      throw new ZipLimitError('the file is damaged (its table of contents is cut short)');
    const flags = view.readUInt16LE(offset + 8);
    const method = view.readUInt16LE(offset + 10);
    const compressedSize = view.readUInt32LE(offset + 20);
    const declaredSize = view.readUInt32LE(offset + 24);
    const nameLength = view.readUInt16LE(offset + 28);
    const extraLength = view.readUInt16LE(offset + 30);
    const commentLength = view.readUInt16LE(offset + 32);
    const localOffset = view.readUInt32LE(offset + 42);
    if (flags & 1) throw new ZipLimitError('the file has encrypted parts');
    if (declaredSize > remaining) throw tooLarge(limits);
    const unpacked = inflateEntry(view, localOffset, compressedSize, method, remaining, limits);
    remaining -= unpacked;
    offset += 46 + nameLength + extraLength + commentLength;
  }
}

function tooLarge(limits: ZipLimits): ZipLimitError {
  const mebibytes = Math.round(limits.maxUncompressedBytes / 1024 / 1024);
  return new ZipLimitError(`the file unpacks to more than ${mebibytes} MiB`);
}

function findEndOfCentralDirectory(view: Buffer): number {
  // The record is 22 bytes, followed by a comment of at most 65,535 bytes.
  const earliest = Math.max(0, view.length - 22 - 0xffff);
  for (let offset = view.length - 22; offset >= earliest; offset--)
    if (view.readUInt32LE(offset) === END_OF_CENTRAL_DIRECTORY) return offset;
  throw new ZipLimitError('the file is not a ZIP archive, so not an XLSX file');
}

function inflateEntry(
  view: Buffer,
  localOffset: number,
  compressedSize: number,
  method: number,
  remaining: number,
  limits: ZipLimits,
): number {
  if (localOffset + 30 > view.length || view.readUInt32LE(localOffset) !== LOCAL_FILE_HEADER)
    throw new ZipLimitError('the file is damaged (a part is missing)');
  const start =
    localOffset + 30 + view.readUInt16LE(localOffset + 26) + view.readUInt16LE(localOffset + 28);
  const data = view.subarray(start, start + compressedSize);
  if (data.length !== compressedSize) throw new ZipLimitError('the file is damaged (cut short)');
  if (method === 0) {
    if (compressedSize > remaining) throw tooLarge(limits);
    return compressedSize;
  }
  if (method !== 8) throw new ZipLimitError(`the file uses ZIP compression method ${method}`);
  try {
    // One byte more than allowed shows an overrun (and maxOutputLength must be at least 1).
    const length = inflateRawSync(data, { maxOutputLength: remaining + 1 }).length;
    if (length > remaining) throw tooLarge(limits);
    return length;
  } catch (error) {
    if (error instanceof ZipLimitError) throw error;
    if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw tooLarge(limits);
    throw new ZipLimitError('the file is damaged (a part cannot be unpacked)');
  }
}
