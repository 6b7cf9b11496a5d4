import { zodResolver } from '@hookform/resolvers/zod';
import { describe, expect, it } from 'vitest';
import { getTemplate } from '../../core';
import { reportFixture } from '../../testing/fixtures';
import { formSchema, formValuesOf } from './form-model';
import { fieldResolver } from './field-resolver';

const report = reportFixture('example-2021');
const template = getTemplate(report.template);
const whole = zodResolver(formSchema(template));
const resolver = fieldResolver(template, whole);
const options = (names?: string[]) => ({
  names: names as never,
  fields: {},
  shouldUseNativeValidation: false,
});

describe('fieldResolver', () => {
  it('gives a cell the message the whole schema gives it, and none to a valid cell', async () => {
    const values = formValuesOf(report);
    values.cells.t3_new_natural = '12abc';
    const name = ['cells.t3_new_natural'];
    const mine = await resolver(values, undefined, options(name));
    const theirs = await whole(values, undefined, options(name));
    const message = (r: typeof mine) =>
      (r.errors as { cells?: Record<string, { message?: string }> }).cells?.t3_new_natural?.message;
    expect(message(mine)).toBeTruthy();
    expect(message(mine)).toBe(message(theirs));
    values.cells.t3_new_natural = '12';
    expect((await resolver(values, undefined, options(name))).errors).toEqual({});
  });

  it('checks the whole form through the schema when asked for more than cells', async () => {
    const values = formValuesOf(report);
    values.meta.org = '';
    const result = await resolver(values, undefined, options(['meta.org']));
    expect(result.errors).toHaveProperty('meta.org.message', '请填写机关名称');
  });
});
