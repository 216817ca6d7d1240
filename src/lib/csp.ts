/**
 * The Content-Security-Policy source that lets one inline script or style run: its SHA-256,
 * base64 (CSP Level 2, "hash-source"). Astro hashes the scripts and styles it bundles; a page's
 * own inline ones are hashed with this and given to `Astro.csp`.
 */
import { createHash } from 'node:crypto';

export const inlineHash = (text: string): `sha256-${string}` => `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
