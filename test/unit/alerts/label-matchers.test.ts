import { describe, expect, it } from 'vitest';
import { fingerprint } from '../../../src/services/alerts/fingerprint';
import { inhibitorsOf } from '../../../src/services/alerts/alert-suppression';
import { equalityLabels, matches, matchesEmpty, parseMatcher, validateMatchers, type LabelMatcher } from '../../../src/services/shared/label-matchers';
import type { AlertRow, InhibitionRuleRow } from '../../../src/db/schema';

const codeOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return (e as { code?: string }).code;
  }
  return 'OK';
};

describe('fingerprint', () => {
  it("equals prometheus/common's labelSetToFingerprint on its own test vectors", () => {
    // model/signature_test.go: 14695981039346656037 and 5799056148416392346.
    expect(fingerprint({})).toBe(14695981039346656037n.toString(16).padStart(16, '0'));
    expect(fingerprint({ name: 'garland, briggs', fear: 'love is not enough' })).toBe(5799056148416392346n.toString(16).padStart(16, '0'));
  });

  it('does not depend on label order, and differs when a value differs', () => {
    expect(fingerprint({ a: '1', b: '2' })).toBe(fingerprint({ b: '2', a: '1' }));
    expect(fingerprint({ a: '1', b: '2' })).not.toBe(fingerprint({ a: '1', b: '3' }));
    // The separator keeps "ab"+"c" apart from "a"+"bc".
    expect(fingerprint({ ab: 'c' })).not.toBe(fingerprint({ a: 'bc' }));
  });
});

describe('label matchers', () => {
  const m = (name: string, op: LabelMatcher['op'], value: string): LabelMatcher => ({ name, op, value });

  it('anchors regexes at both ends and reads an absent label as ""', () => {
    const labels = { team: 'payments', env: 'prod' };
    expect(matches(labels, [m('team', '=~', 'pay')])).toBe(false);
    expect(matches(labels, [m('team', '=~', 'pay.*')])).toBe(true);
    expect(matches(labels, [m('team', '=~', 'pay|payments')])).toBe(true);
    expect(matches(labels, [m('team', '!~', 'pay.*')])).toBe(false);
    expect(matches(labels, [m('region', '=', '')])).toBe(true);
    expect(matches(labels, [m('region', '!=', '')])).toBe(false);
    expect(matches(labels, [m('team', '=', 'payments'), m('env', '!=', 'dev')])).toBe(true);
    expect(matches(labels, [])).toBe(true);
  });

  it('refuses bad names, operators, invalid and overlong regexes with BAD_USER_INPUT', () => {
    expect(codeOf(() => validateMatchers([m('team', '=~', '(')]))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => validateMatchers([m('team', '=~', 'a'.repeat(600))]))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => validateMatchers([m('1team', '=', 'x')]))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => validateMatchers([{ name: 'team', op: '==', value: 'x' }]))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => validateMatchers('team=x'))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => validateMatchers([], 'matchers', { min: 1 }))).toBe('BAD_USER_INPUT');
    expect(validateMatchers([m('team', '=~', 'pay.*')])).toEqual([m('team', '=~', 'pay.*')]);
  });

  it('refuses what RE2 would (backreferences, lookarounds) and what cannot run in linear time, keeps ordinary groups', () => {
    for (const pattern of ['(.*a){25}', '(a)\\1', '(?=a)a', '(?<!b)a', '(?<n>a)\\k<n>']) {
      expect(codeOf(() => validateMatchers([m('x', '=~', pattern)])), pattern).toBe('BAD_USER_INPUT');
    }
    for (const pattern of ['(db|web)-[0-9]+', 'pay.*', '(?:a|b)+', 'api-(eu|us)', '[a-z]+(\\.[a-z]+)?', '(a+)+']) {
      expect(codeOf(() => validateMatchers([m('x', '=~', pattern)])), pattern).toBe('OK');
    }
  });

  it('matches in linear time: patterns that backtrack exponentially in a JavaScript regex stay cheap on long values', () => {
    // In a backtracking engine each of these takes seconds at 30 characters and doubles per character.
    const value = `${'a'.repeat(2_000)}!`;
    for (const pattern of ['(a|a)*', '(a+)+', '(x*)*a*', '(\\w+\\s?){2,}']) {
      const [matcher] = validateMatchers([m('x', '=~', pattern)]);
      // Counted, not timed: the result is right, and a backtracking engine would not return in this test's life.
      expect(matches({ x: value }, [matcher!]), pattern).toBe(false);
      expect(matches({ x: 'aaaa' }, [matcher!]), pattern).toBe(true);
    }
  });

  it("parses Alertmanager's text form", () => {
    expect(parseMatcher('team="payments"')).toEqual(m('team', '=', 'payments'));
    expect(parseMatcher('severity!~"info|none"')).toEqual(m('severity', '!~', 'info|none'));
    expect(parseMatcher('env!=dev')).toEqual(m('env', '!=', 'dev'));
    expect(parseMatcher('x="a \\"quoted\\" value"')).toEqual(m('x', '=', 'a "quoted" value'));
    expect(codeOf(() => parseMatcher('team'))).toBe('BAD_USER_INPUT');
  });

  it('tells matchers that match everything, and the labels a silence pins', () => {
    expect(matchesEmpty([m('team', '=~', '.*')])).toBe(true);
    expect(matchesEmpty([m('team', '=~', '.*'), m('env', '=', 'prod')])).toBe(false);
    expect(equalityLabels([m('team', '=', 'payments'), m('env', '=~', 'prod'), m('x', '=', '')])).toEqual({ team: 'payments' });
  });
});

describe('inhibition (Alertmanager semantics)', () => {
  const alert = (id: string, labels: Record<string, string>, status: AlertRow['status'] = 'FIRING') => ({ id, labels, status }) as AlertRow;
  const rule = {
    sourceMatchers: [{ name: 'severity', op: '=', value: 'critical' }],
    targetMatchers: [{ name: 'severity', op: '=', value: 'warning' }],
    equal: ['cluster'],
  } as InhibitionRuleRow;

  it('inhibits targets with equal labels while the source is open, never itself', () => {
    const source = alert('s', { severity: 'critical', cluster: 'a' });
    const target = alert('t', { severity: 'warning', cluster: 'a' });
    const other = alert('o', { severity: 'warning', cluster: 'b' });
    const open = [source, target, other];
    expect(inhibitorsOf(target, open, [rule])).toEqual(['s']);
    expect(inhibitorsOf(other, open, [rule])).toEqual([]);
    expect(inhibitorsOf(source, open, [rule])).toEqual([]);
    expect(inhibitorsOf(target, [alert('s', source.labels, 'RESOLVED'), target], [rule])).toEqual([]);
    const both = { ...rule, sourceMatchers: [{ name: 'x', op: '=', value: '1' }], targetMatchers: [{ name: 'x', op: '=', value: '1' }], equal: [] } as InhibitionRuleRow;
    const self = alert('self', { x: '1' });
    expect(inhibitorsOf(self, [self], [both])).toEqual([]);
    // Absent on both sides counts as equal.
    expect(inhibitorsOf(alert('t2', { severity: 'warning' }), [alert('s2', { severity: 'critical' })], [rule])).toEqual(['s2']);
  });
});
