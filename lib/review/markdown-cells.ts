import { OpeningKind } from './beyond-intent';
import type { OpeningDescription } from './review-report';

/** Escapes a Markdown table cell: pipes and line breaks would break the row. */
export function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

/** A list as one cell: comma-separated, or a dash when empty. */
export function list(values: readonly string[]): string {
  return values.length === 0 ? '—' : values.join(', ');
}

/** The cells of an opening beyond the intent from its verdict on, as the review and the diff show them. */
export function openingCells(o: OpeningDescription): string[] {
  return [o.verdict, o.layer, `\`${o.rule}\``, o.direction, o.cidrs.join(', '), o.servicePorts, o.clientPorts, list(o.publicCidrs)];
}

/** How the review and the diff name the kinds of openings beyond the intent. */
export const OPENING_KIND_LABELS: Readonly<Record<OpeningKind, string>> = {
  [OpeningKind.CONSTRUCT_RULE]: "construct's own rule",
  [OpeningKind.SHARED_RULE]: 'shared rule',
  [OpeningKind.STATELESS_REPLY]: 'stateless reply',
};
