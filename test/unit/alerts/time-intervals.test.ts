import { describe, expect, it } from 'vitest';
import { assertZone, contains, insideAny, parseClock, parseMonths, parseWeekdays } from '../../../src/services/alerts/time-intervals';

const businessHours = { times: [{ startMinute: parseClock('09:00'), endMinute: parseClock('17:00') }], weekdays: [parseWeekdays('monday:friday')] };

describe('time intervals (Alertmanager semantics)', () => {
  it('business hours in UTC: weekday daytime inside, evening and weekend outside, end exclusive', () => {
    expect(contains(businessHours, new Date('2026-12-04T10:00:00Z'))).toBe(true); // a Friday
    expect(contains(businessHours, new Date('2026-12-04T17:00:00Z'))).toBe(false);
    expect(contains(businessHours, new Date('2026-12-04T08:59:00Z'))).toBe(false);
    expect(contains(businessHours, new Date('2026-12-05T10:00:00Z'))).toBe(false); // Saturday
  });

  it('evaluates in the interval location', () => {
    const berlin = { ...businessHours, location: 'Europe/Berlin' };
    // 08:30 UTC is 09:30 in Berlin (CET, UTC+1 in December).
    expect(contains(berlin, new Date('2026-12-04T08:30:00Z'))).toBe(true);
    expect(contains(businessHours, new Date('2026-12-04T08:30:00Z'))).toBe(false);
  });

  it('days of month count from the end when negative; months and years', () => {
    const lastDay = { daysOfMonth: [{ start: -1, end: -1 }] };
    expect(contains(lastDay, new Date('2026-02-28T12:00:00Z'))).toBe(true);
    expect(contains(lastDay, new Date('2026-02-27T12:00:00Z'))).toBe(false);
    expect(contains({ months: [parseMonths('december')], years: [{ start: 2026, end: 2026 }] }, new Date('2026-12-31T23:59:00Z'))).toBe(true);
    expect(contains({ months: [parseMonths('1:3')] }, new Date('2026-12-31T23:59:00Z'))).toBe(false);
    expect(insideAny([lastDay, businessHours], new Date('2026-12-04T10:00:00Z'))).toBe(true);
  });

  it('refuses malformed fields with a message', () => {
    expect(() => parseClock('9:00')).toThrow(/HH:MM/);
    expect(() => parseClock('24:01')).toThrow();
    expect(() => parseWeekdays('friday:monday')).toThrow(/weekday/);
    expect(() => parseMonths('smarch')).toThrow(/month/);
    expect(() => assertZone('Mars/Olympus')).toThrow(/time zone/);
  });
});
