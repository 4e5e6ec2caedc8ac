import { describe, expect, it } from 'vitest';
import { readSettings, updateSettings } from '../../../src/main/services/settings/settings-store';
import { useTempStore } from '../support/temp-store';

describe('settings', () => {
  const tempStore = useTempStore();

  it('start at the defaults: the OS language and Russia as the default country', () => {
    expect(readSettings(tempStore().orm)).toEqual({ language: 'system', defaultCountry: 'RU', dtmfMethod: 'rfc4733', wrapUpSeconds: 60 });
  });

  it('keep a change and leave the other settings as they were', () => {
    const { orm } = tempStore();
    updateSettings(orm, { defaultCountry: 'UA' });
    expect(updateSettings(orm, { language: 'uk' })).toEqual({ language: 'uk', defaultCountry: 'UA', dtmfMethod: 'rfc4733', wrapUpSeconds: 60 });
    expect(readSettings(orm)).toEqual({ language: 'uk', defaultCountry: 'UA', dtmfMethod: 'rfc4733', wrapUpSeconds: 60 });
  });

  it('fall back to the default for a value stored by something else, without losing the rest', () => {
    const { sqlite, orm } = tempStore();
    updateSettings(orm, { defaultCountry: 'US' });
    sqlite.prepare("UPDATE settings SET value = '\"klingon\"' WHERE key = 'defaultCountry'").run();
    sqlite.prepare("INSERT INTO settings (key, value, updated_at) VALUES ('language', '\"ru\"', 1)").run();
    expect(readSettings(orm)).toEqual({ language: 'ru', defaultCountry: 'RU', dtmfMethod: 'rfc4733', wrapUpSeconds: 60 });
  });
});
