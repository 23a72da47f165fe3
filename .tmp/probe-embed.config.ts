import base from '../vite.embed.config';
import { gzipSync } from 'node:zlib';
export default {
  ...base,
  plugins: [{
    name: 'probe',
    generateBundle(_o: unknown, bundle: Record<string, any>) {
      for (const c of Object.values(bundle)) {
        if (c.type !== 'chunk') continue;
        const rows = Object.entries(c.modules as Record<string, any>).map(([id, m]) => [m.renderedLength, gzipSync(m.code ?? '').length, id.replace(/.*\/work\/main\//, '')] as const);
        rows.sort((a, b) => b[0] - a[0]);
        console.log('==', c.fileName);
        for (const r of rows) console.log(String(r[0]).padStart(7), String(r[1]).padStart(6), r[2]);
      }
    },
  }],
};
