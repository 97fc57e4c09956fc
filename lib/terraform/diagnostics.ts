/** A diagnostic as the schema validator reports it. */
export interface ValidationDiagnostic {
  readonly resourceType?: string;
  /** Attribute path such as `direction`, `rules[0].port_min` or `rules.0.port_min`. */
  readonly attribute?: string | readonly (string | number)[];
  readonly severity?: string;
  readonly summary: string;
  readonly detail?: string;
}

/** One step of a `tfplugin6.AttributePath`. */
export type ProtoPathStep = { attribute_name: string } | { element_key_string: string } | { element_key_int: number };

/** A `tfplugin6.Diagnostic` message. */
export interface ProtoDiagnostic {
  severity: number;
  summary: string;
  detail: string;
  attribute?: { steps: ProtoPathStep[] };
}

/** `tfplugin6.Diagnostic.Severity.ERROR`. */
export const SEVERITY_ERROR = 1;
/** `tfplugin6.Diagnostic.Severity.WARNING`. */
export const SEVERITY_WARNING = 2;

/**
 * Parses an attribute path into protocol steps: names become attribute steps, `[3]` or `.3`
 * become integer element keys, `["k"]` becomes a string element key.
 */
export function parseAttributePath(path: string | readonly (string | number)[]): ProtoPathStep[] {
  if (typeof path !== 'string') {
    return path.map((step, index) =>
      typeof step === 'number'
        ? { element_key_int: step }
        : index === 0 || !/^\d+$/.test(step)
          ? { attribute_name: step }
          : { element_key_int: Number(step) },
    );
  }
  const steps: ProtoPathStep[] = [];
  const pattern = /\[\s*(\d+)\s*\]|\[\s*"((?:[^"\\]|\\.)*)"\s*\]|\.?([^.[\]]+)/g;
  for (const match of path.matchAll(pattern)) {
    if (match[1] !== undefined) {
      steps.push({ element_key_int: Number(match[1]) });
    } else if (match[2] !== undefined) {
      steps.push({ element_key_string: JSON.parse(`"${match[2]}"`) as string });
    } else if (match[3] !== undefined) {
      steps.push(steps.length > 0 && /^\d+$/.test(match[3]) ? { element_key_int: Number(match[3]) } : { attribute_name: match[3] });
    }
  }
  return steps;
}

/** Maps a validator diagnostic to a protocol diagnostic (warning when severity says so, else error). */
export function toProtoDiagnostic(diagnostic: ValidationDiagnostic): ProtoDiagnostic {
  const result: ProtoDiagnostic = {
    severity: /^warn/i.test(diagnostic.severity ?? '') ? SEVERITY_WARNING : SEVERITY_ERROR,
    summary: diagnostic.summary,
    detail: diagnostic.detail ?? '',
  };
  if (diagnostic.attribute !== undefined && diagnostic.attribute.length > 0) {
    const steps = parseAttributePath(diagnostic.attribute);
    if (steps.length > 0) {
      result.attribute = { steps };
    }
  }
  return result;
}

/** An error diagnostic without attribute path. */
export function errorDiagnostic(summary: string, detail = ''): ProtoDiagnostic {
  return { severity: SEVERITY_ERROR, summary, detail };
}
