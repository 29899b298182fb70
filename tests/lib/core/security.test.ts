import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { CACHE_RULES, securityHeaders } from '../../../src/lib/core/security.ts';

test('the nginx snippet carries exactly the headers of src/lib/core/security.ts', () => {
  const nginx = readFileSync(path.join(import.meta.dirname, '../../../docs/nginx.conf'), 'utf8');
  for (const [name, value] of securityHeaders()) expect(nginx, name).toContain(`add_header ${name} "${value}" always;`);
  for (const rule of CACHE_RULES) expect(nginx, rule.path).toContain(`add_header Cache-Control "${rule.cacheControl}" always;`);
});
