/** Choosing the parent and links of a process span (see {@link ProcessParent}). */
import { type Context, type Link, type SpanContext, trace } from '@opentelemetry/api';
import type { ProcessParent } from './config.js';

/** Where a process span goes. */
export interface Placement {
  parent: Context;
  links: Link[];
}

/**
 * The parent and links of a process span, from the context active at the record's hand-out
 * (`ambient`) and the record's creation context, if it carries one. The creation context is always
 * a link; `mode` only decides whether it is also the parent.
 */
export function placeProcessSpan(
  mode: ProcessParent,
  ambient: Context,
  creation: { context: Context; spanContext: SpanContext } | undefined,
): Placement {
  if (!creation) return { parent: ambient, links: [] };
  const links: Link[] = [{ context: creation.spanContext }];
  if (mode === 'ambient') return { parent: ambient, links };
  const ambientSpan = trace.getSpanContext(ambient);
  const inAmbientSpan = ambientSpan !== undefined && trace.isSpanContextValid(ambientSpan);
  if (!inAmbientSpan) return { parent: creation.context, links };
  if (mode === 'auto') return { parent: ambient, links };
  // 'message' inside another span: that span would otherwise be lost, so it becomes a link.
  return { parent: creation.context, links: [...links, { context: ambientSpan }] };
}
