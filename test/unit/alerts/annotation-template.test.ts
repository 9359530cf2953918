import { describe, expect, it } from 'vitest';
import { renderTemplate, templateProblems } from '../../../src/services/alerts/annotation-template';

describe('annotation templates', () => {
  it('renders the value, labels and the two humanizers', () => {
    const data = { value: 0.9312345, labels: { node: 'api-1', team: 'payments' } };
    expect(renderTemplate('CPU on {{ $labels.node }} is {{ $value }}', data)).toBe('CPU on api-1 is 0.9312');
    expect(renderTemplate('{{humanizePercentage $value}} busy', data)).toBe('93.12% busy');
    expect(renderTemplate('{{ humanize $value }}', { value: 1_530_000, labels: {} })).toBe('1.53M');
    expect(renderTemplate('{{ $labels.missing }}!', data)).toBe('!');
    expect(renderTemplate('value {{ $value }}', { value: null, labels: {} })).toBe('value no data');
  });

  it('refuses anything else when the rule is saved, and never evaluates it', () => {
    expect(templateProblems('ok {{ $value }} {{ $labels.a }}')).toEqual([]);
    expect(templateProblems('{{ .Values }} {{ printf "%s" $value }} {{ $labels.a-b }}')).toEqual(['{{ .Values }}', '{{ printf "%s" $value }}', '{{ $labels.a-b }}']);
    expect(renderTemplate('{{ constructor }}', { value: 1, labels: {} })).toBe('{{ constructor }}');
    expect(renderTemplate('[{{ $labels.constructor }}]', { value: 1, labels: {} })).toBe('[]');
  });
});
