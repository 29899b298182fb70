import type { APIRoute } from 'astro';
import { z } from 'zod';
import { getIndicators } from '../../../data/indicators.ts';
import { json } from '../../../lib/datasets/api.ts';
import { ResolvedIndicatorSchema } from '../../../lib/indicators/schema.ts';

/** Indicator registry resolved from the datasets; validated before it is written. */
export const GET: APIRoute = async () => {
  const indicators = z.array(ResolvedIndicatorSchema).parse(await getIndicators());
  return new Response(json({ indicators }), { headers: { 'Content-Type': 'application/json' } });
};
