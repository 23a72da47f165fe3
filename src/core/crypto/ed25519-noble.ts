/**
 * The noble half of the Ed25519 adapter (ed25519.ts, which states the policy): @noble/ed25519's point
 * arithmetic and @noble/hashes' SHA-512, in a module of its own so that ed25519.ts can import it on
 * first need (loadNobleEd25519) and a browser with WebCrypto Ed25519 never downloads it. Named
 * re-exports, not a namespace import of @noble/hashes, so the bundler keeps only SHA-512 of it.
 */
export { etc, Point } from '@noble/ed25519';
export { sha512 } from '@noble/hashes/sha2.js';
