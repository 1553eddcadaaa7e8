// @ts-check
// Sizes of a .tgz: compressed on disk, and unpacked (the sum of its files, read from the tar headers).
import { readFileSync, statSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

/**
 * @param {string} tarball
 * @returns {{ packedBytes: number, unpackedBytes: number, files: number }}
 */
export function tarballSize(tarball) {
  const tar = gunzipSync(readFileSync(tarball));
  let unpackedBytes = 0;
  let files = 0;
  // A tar is 512-byte blocks: a header (size as octal at offset 124) followed by the content, padded.
  for (let offset = 0; offset + 512 <= tar.length; ) {
    const header = tar.subarray(offset, offset + 512);
    if (header.every((b) => b === 0)) break;
    const size = parseInt(header.subarray(124, 136).toString('ascii').replace(/\0.*$/, '').trim() || '0', 8);
    const type = String.fromCharCode(header[156] ?? 0);
    if (type === '0' || type === '\0') {
      unpackedBytes += size;
      files += 1;
    }
    offset += 512 + Math.ceil(size / 512) * 512;
  }
  return { packedBytes: statSync(tarball).size, unpackedBytes, files };
}
