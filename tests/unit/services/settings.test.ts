import { describe, expect, it } from 'vitest';
import { readSettings, updateSettings } from '../../../src/main/services/settings/settings-store';
import { defaultSettings, settingsPatchSchema } from '../../../src/shared/domain/settings';
import { useTempStore } from '../support/temp-store';

describe('settings', () => {
  const tempStore = useTempStore();

  it('start at the defaults: the OS language and Russia as the default country', () => {
    expect(readSettings(tempStore().orm)).toEqual({ ...defaultSettings, language: 'system', defaultCountry: 'RU' });
  });

  it('keep a change and leave the other settings as they were', () => {
    const { orm } = tempStore();
    updateSettings(orm, { defaultCountry: 'UA' });
    expect(updateSettings(orm, { language: 'uk' })).toEqual({ ...defaultSettings, language: 'uk', defaultCountry: 'UA' });
    expect(readSettings(orm)).toEqual({ ...defaultSettings, language: 'uk', defaultCountry: 'UA' });
  });

  it('fall back to the default for a value stored by something else, without losing the rest', () => {
    const { sqlite, orm } = tempStore();
    updateSettings(orm, { defaultCountry: 'US' });
    sqlite.prepare("UPDATE settings SET value = '\"klingon\"' WHERE key = 'defaultCountry'").run();
    sqlite.prepare("INSERT INTO settings (key, value, updated_at) VALUES ('language', '\"ru\"', 1)").run();
    expect(readSettings(orm)).toEqual({ ...defaultSettings, language: 'ru', defaultCountry: 'RU' });
  });

  it('forward calls while not ready to a number, a user or a sip: address, and refuse anything else by name', () => {
    const { orm } = tempStore();
    expect(defaultSettings.notReadyForwardTo).toBe('');
    for (const target of ['+74951234567', 'colleague-3001', 'sip:queue-support@pbx.example.com:5060']) {
      expect(updateSettings(orm, settingsPatchSchema.parse({ notReadyForwardTo: target })).notReadyForwardTo).toBe(target);
    }
    const refused = settingsPatchSchema.safeParse({ notReadyForwardTo: '<script>alert(1)</script>' });
    expect(refused.success).toBe(false);
    expect(refused.error?.issues[0]?.path).toEqual(['notReadyForwardTo']);
    expect(refused.error?.issues[0]?.message).toBe('must be a phone number, a SIP user or a sip: address');
  });
});
