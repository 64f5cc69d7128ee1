/**
 * The last step of `npm run zip`: gathers what the stores need into
 * .output/store/ (emptied first): WXT's zips of this version (Chrome,
 * Firefox, sources) and, beside them, the listing images and texts
 * (docs/store/images/*.png, docs/store/listing.*.md). The images are
 * committed, so no browser is needed here.
 *
 *   npx jiti scripts/store-pack.ts
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const output = path.join(root, '.output');
const store = path.join(output, 'store');
const docs = path.join(root, 'docs/store');

const { name, version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { name: string; version: string };
// WXT's default artifact names: {{name}}-{{packageVersion}}-{{browser}}.zip and -sources.zip.
const zips = ['chrome', 'firefox', 'sources'].map((kind) => path.join(output, `${name}-${version}-${kind}.zip`));
const images = path.join(docs, 'images');
const listings = readdirSync(docs).filter((f) => /^listing\..+\.md$/.test(f)).map((f) => path.join(docs, f));
const pngs = existsSync(images) ? readdirSync(images).filter((f) => f.endsWith('.png')).map((f) => path.join(images, f)) : [];

const missing = zips.filter((z) => !existsSync(z));
if (missing.length > 0) throw new Error(`Missing WXT zips (run "wxt zip && wxt zip -b firefox" first): ${missing.map((z) => path.relative(root, z)).join(', ')}`);
if (pngs.length === 0) throw new Error('No listing images in docs/store/images: run "npx jiti scripts/store-images.ts".');
if (listings.length === 0) throw new Error('No docs/store/listing.*.md.');

rmSync(store, { recursive: true, force: true });
mkdirSync(store, { recursive: true });
for (const file of [...zips, ...pngs, ...listings]) copyFileSync(file, path.join(store, path.basename(file)));
console.log(`Store package in ${path.relative(root, store)}/: ${zips.length} zips, ${listings.length} listings, ${pngs.length} images`);
