import type { APIRoute } from 'astro';
import { z } from 'zod';
import { getIndicators } from '../../../data/indicators.ts';
import { json } from '../../../lib/api.ts';
import { ResolvedIndicatorSchema } from '../../../lib/schemas/indicator.ts';

/** Indicator registry resolved from the datasets; validated before it is written. */
export const GET: APIRoute = async () => {
  const indicators = z.array(ResolvedIndicatorSchema).parse(await getIndicators());
  return new Response(json({ indicators }), { headers: { 'Content-Type': 'application/json' } });
};
