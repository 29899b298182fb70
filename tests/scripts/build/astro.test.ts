import { describe, expect, test } from 'vitest';
import { classifyLine, indonesianWarning } from '../../../scripts/build/astro.ts';

describe("Astro's output in the build log", () => {
  test.each([
    ['00:23:59   ├─ /404.html (+8ms) ', { route: true }],
    ['00:24:04   └─ /index.html (+4ms) ', { route: true }],
    ['00:23:57 [build] Collecting build info...', { route: false }],
    [' generating static routes ', { route: false }],
  ])('%j', (line, expected) => {
    expect(classifyLine(line)).toEqual(expected);
  });

  test('a warning glued onto a route line counts the route and prints the warning on its own, in Indonesian', () => {
    const line = '00:24:01   ├─ /ppid/laporan/index.html00:24:01 [WARN] [glob-loader] The collection "ppidLaporan" does not exist or is empty.';
    expect(classifyLine(line)).toEqual({
      route: true,
      warning: 'koleksi konten "ppidLaporan" kosong atau tidak ada; halaman yang memakainya tampil tanpa isi.',
    });
  });

  test('an unknown warning is passed on, marked as Astro\'s, without the timestamp', () => {
    expect(indonesianWarning('[WARN] [vite] Some new thing happened')).toBe('peringatan Astro: [vite] Some new thing happened');
  });
});
