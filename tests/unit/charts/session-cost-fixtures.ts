/** Small session-cost inputs shared by the session-cost chart tests. */
import type { SessionCostCell } from '../../../src/lib/api/session-cost.ts';

/** A cell of `app` (its name upper-cased unless given) with `model` at `range`. */
export function costCell(app: string, model: string, range: string, usd: number, name?: string): SessionCostCell {
  return {
    app_name: name ?? app.toUpperCase(),
    app_slug: app,
    model_permaslug: model,
    turn_range: range,
    median_session_cost_usd: usd,
  };
}
