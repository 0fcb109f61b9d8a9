/** noteHash: sha256 of the analysed text (UTF-8), so a coder can show which note a finding came from. */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/** `sha256:<hex>` of the text's UTF-8 bytes (pure JS: no Node or WebCrypto needed). */
export function noteHash(text: string): string {
  return `sha256:${bytesToHex(sha256(utf8ToBytes(text)))}`;
}
