import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { findTerraform, parseAttributePath, parsePlanSummary, toProtoDiagnostic } from '../../lib/terraform';

describe('plan summary', () => {
  test('reads add/change/destroy counts', () => {
    expect(parsePlanSummary('...\nPlan: 7 to add, 0 to change, 0 to destroy.\n')).toEqual({ add: 7, change: 0, destroy: 0 });
    expect(parsePlanSummary('Plan: 1 to import, 2 to add, 3 to change, 4 to destroy.')).toEqual({ add: 2, change: 3, destroy: 4 });
    expect(parsePlanSummary('No changes. Your infrastructure matches the configuration.')).toEqual({ add: 0, change: 0, destroy: 0 });
    expect(parsePlanSummary('Error: something')).toBeUndefined();
  });
});

describe('diagnostic paths', () => {
  test('dotted paths with indices become protocol steps', () => {
    expect(parseAttributePath('rules[0].direction')).toEqual([{ attribute_name: 'rules' }, { element_key_int: 0 }, { attribute_name: 'direction' }]);
    expect(parseAttributePath('tags.1')).toEqual([{ attribute_name: 'tags' }, { element_key_int: 1 }]);
    expect(parseAttributePath('labels["env"]')).toEqual([{ attribute_name: 'labels' }, { element_key_string: 'env' }]);
  });

  test('validator diagnostics map to protocol diagnostics', () => {
    expect(
      toProtoDiagnostic({
        resourceType: 'ibm_is_security_group_rule',
        attribute: 'direction',
        severity: 'error',
        summary: 'Invalid value',
        detail: 'd',
      }),
    ).toEqual({
      severity: 1,
      summary: 'Invalid value',
      detail: 'd',
      attribute: { steps: [{ attribute_name: 'direction' }] },
    });
    expect(toProtoDiagnostic({ attribute: '', severity: 'warning', summary: 's' })).toEqual({ severity: 2, summary: 's', detail: '' });
  });
});

describe('findTerraform', () => {
  test('finds an executable named terraform on the search path, or nothing', () => {
    const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'find-terraform-'));
    try {
      expect(findTerraform(directory)).toBeUndefined();
      const binary = path.join(directory, 'terraform');
      fs.writeFileSync(binary, '#!/bin/sh\n', { mode: 0o755 });
      expect(findTerraform(['/nonexistent', directory].join(path.delimiter))).toBe(binary);
    } finally {
      fs.rmSync(directory, { recursive: true, force: true });
    }
  });
});
