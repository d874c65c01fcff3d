// Writes file.br (brotli, best) and file.gz (gzip -9) beside each text and wasm asset of dist/,
// so a server can send them as they are (docs/embed.md, "Compression") instead of compressing
// on every request, or not at all. Node's zlib does both: nothing to install.
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';

const root = process.argv[2] ?? 'dist';
const compressible = new Set(['.wasm', '.js', '.css', '.html', '.json']);

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else if (compressible.has(extname(name))) yield path;
  }
}

for (const path of files(root)) {
  const body = readFileSync(path);
  writeFileSync(`${path}.gz`, gzipSync(body, { level: 9 }));
  writeFileSync(
    `${path}.br`,
    brotliCompressSync(body, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
        [constants.BROTLI_PARAM_MODE]: extname(path) === '.wasm' ? constants.BROTLI_MODE_GENERIC : constants.BROTLI_MODE_TEXT,
      },
    }),
  );
}
