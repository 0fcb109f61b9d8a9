import { describe, expect, test } from 'vitest';
import { PolicySchema } from '../../../lib/contracts/settings';
import {
  cleanPayerText,
  contradictsPage,
  payerFromText,
  payerInForce,
  payerRuleFor,
} from '../../../lib/settings/payer-page';

const WORDS = [
  { match: 'Medicare', payer: 'medicare' as const },
  { match: 'Medicare Advantage', payer: 'commercial' as const },
  { match: 'Aetna', payer: 'commercial' as const },
  { match: 'Workers comp', payer: 'workersComp' as const },
];
const RULES = [
  { host: '*.clinic.example', selector: '.payer', words: WORDS },
  { host: 'ehr.other.example', selector: '#ins', words: [] },
];

describe('payer from the page', () => {
  test('the first policy entry whose host pattern matches; none elsewhere', () => {
    expect(payerRuleFor(RULES, 'ehr.clinic.example')?.selector).toBe('.payer');
    expect(payerRuleFor(RULES, 'ehr.other.example')?.selector).toBe('#ins');
    expect(payerRuleFor(RULES, 'clinic.example.evil.test')).toBeNull();
    expect(payerRuleFor([], 'ehr.clinic.example')).toBeNull();
  });

  test.each([
    ['Payer: Medicare Part B', 'medicare'],
    ['MEDICARE ADVANTAGE (Humana)', 'commercial'],
    ['Aetna PPO', 'commercial'],
    ['workers-comp claim 123', 'workersComp'],
  ])('%j names %s', (text, payer) => expect(payerFromText(text, WORDS)).toBe(payer));

  test.each(['Medicaid', 'Medicarex plan', 'Self pay', ''])('%j names no configured class', (text) =>
    expect(payerFromText(text, WORDS)).toBeNull(),
  );

  test('text is folded and cut short', () => {
    expect(cleanPayerText('  Medicare\n\t Part B ')).toBe('Medicare Part B');
    expect(cleanPayerText('x'.repeat(500))).toHaveLength(120);
  });

  test('the tab choice wins over the page, and a contradiction is flagged', () => {
    const page = { text: 'Medicare Part B', payer: 'medicare' as const };
    expect(payerInForce(null, page)).toBe('medicare');
    expect(payerInForce('commercial', page)).toBe('commercial');
    expect(contradictsPage('commercial', page)).toBe(true);
    expect(contradictsPage('medicare', page)).toBe(false);
    expect(contradictsPage(null, page)).toBe(false);
    expect(contradictsPage('commercial', { text: 'Unknown plan', payer: null })).toBe(false);
  });

  test('policy key payerOnPage: valid entries parse, a bad payer class or empty selector does not', () => {
    expect(PolicySchema.safeParse({ payerOnPage: RULES }).success).toBe(true);
    const bad = (entry: object) => PolicySchema.safeParse({ payerOnPage: [entry] }).success;
    expect(bad({ host: 'a.example', selector: '', words: [] })).toBe(false);
    expect(bad({ host: 'a.example', selector: '.p', words: [{ match: 'X', payer: 'tricare' }] })).toBe(false);
    expect(bad({ host: 'https://a.example/', selector: '.p', words: [] })).toBe(false);
  });
});
