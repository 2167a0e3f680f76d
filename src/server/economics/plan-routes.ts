import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../context.ts';

/** GET plan.docx and plan.pdf: the municipality's plan document (added with the document builder). */
export function planRoutes(_app: FastifyInstance, _deps: AppDeps, _base: string): void {}
