import { describe, expect, it } from 'vitest';
import { TEMPLATES } from '../templates';
import { RULES, type RuleId } from './catalogue';
import { RULE_HELP, ruleHelp } from './help';

/** Every label and heading the formats print: what a quotation of the format may quote. */
const FORMAT_WORDS = new Set(
  Object.values(TEMPLATES).flatMap((template) => [
    ...template.sections.map((s) => s.heading),
    ...Object.values(template.tables).flatMap((table) =>
      [...table.header, ...table.body].flatMap((row) =>
        row.flatMap((cell) => (cell.type === 'label' ? [cell.text] : [])),
      ),
    ),
  ]),
);

describe('帮助', () => {
  it('explains every rule of the catalogue with a meaning, an example, a basis and mistakes', () => {
    for (const id of Object.keys(RULES) as RuleId[]) {
      const help = RULE_HELP[id];
      expect(help, id).toBeDefined();
      expect(help?.meaning.length, id).toBeGreaterThan(20);
      expect(help?.example, id).toBeTruthy();
      expect(help?.basis.length, id).toBeGreaterThan(0);
      expect(help?.mistakes.length, id).toBeGreaterThan(0);
    }
  });

  it("quotes the format only with the format's own words", () => {
    for (const [id, help] of Object.entries(RULE_HELP)) {
      for (const basis of help.basis.filter((b) =>
        b.startsWith('《政府信息公开工作年度报告格式》'),
      )) {
        const quoted = [...basis.matchAll(/“([^”]*)”/g)].map((m) => m[1] ?? '');
        for (const words of quoted) expect(FORMAT_WORDS.has(words), `${id}: “${words}”`).toBe(true);
      }
    }
  });

  it('gives the statute in substance, marked （大意）, never as a quotation', () => {
    for (const [id, help] of Object.entries(RULE_HELP)) {
      for (const basis of help.basis.filter((b) => b.includes('条例》第'))) {
        expect(basis, id).toContain('（大意）');
        expect(basis, id).not.toMatch(/[“”]/);
      }
    }
  });

  it('a rule with no entry yet shows what the catalogue says of it', () => {
    expect(ruleHelp('T3_BALANCE')).toBe(RULE_HELP.T3_BALANCE);
    expect(ruleHelp('T3_BALANCE', {})).toEqual({
      meaning: `${RULES.T3_BALANCE.title}。${RULES.T3_BALANCE.fix}。`,
      basis: [RULES.T3_BALANCE.basis],
      mistakes: [],
    });
  });
});
