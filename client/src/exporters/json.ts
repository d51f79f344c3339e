/** The current view as JSON in the API's GraphView shape, readable back by any tool that reads /api/graph. */
import type { GraphView } from '../../../domain/api';

/** @example JSON.parse(toJson(view)).nodes.length === view.nodes.length */
export function toJson(view: GraphView): string {
  return `${JSON.stringify(view, null, 2)}\n`;
}
