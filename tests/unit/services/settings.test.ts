import { describe, expect, it } from 'vitest';
import { readSettings, updateSettings } from '../../../src/main/services/settings/settings-store';
import { defaultSettings, settingsPatchSchema } from '../../../src/shared/domain/settings';
import { useTempStore } from '../support/temp-store';

describe('settings', () => {
  const tempStore = useTempStore();

  it('start at the defaults: the OS language and Russia as the default country', () => {
    expect(readSettings(tempStore())).toEqual({ ...defaultSettings, language: 'system', defaultCountry: 'RU' });
  });

  it('keep a change and leave the other settings as they were', () => {
    const store = tempStore();
    updateSettings(store, { defaultCountry: 'UA' });
    expect(updateSettings(store, { language: 'uk' })).toEqual({ ...defaultSettings, language: 'uk', defaultCountry: 'UA' });
    expect(readSettings(store)).toEqual({ ...defaultSettings, language: 'uk', defaultCountry: 'UA' });
  });

  it('fall back to the default for a value stored by something else, without losing the rest', () => {
    const store = tempStore();
    const { sqlite } = store;
    updateSettings(store, { defaultCountry: 'US' });
    sqlite.prepare("UPDATE settings SET value = '\"klingon\"' WHERE key = 'defaultCountry'").run();
    sqlite.prepare("INSERT INTO settings (key, value, updated_at) VALUES ('language', '\"ru\"', 1)").run();
    expect(readSettings(store)).toEqual({ ...defaultSettings, language: 'ru', defaultCountry: 'RU' });
  });

  it('keep the look the agent chose (system, light, dark or high contrast), refuse any other, and fall back to the system’s for a bad stored one', () => {
    const store = tempStore();
    expect(defaultSettings.theme).toBe('system');
    expect(updateSettings(store, settingsPatchSchema.parse({ theme: 'high-contrast' })).theme).toBe('high-contrast');
    expect(readSettings(store).theme).toBe('high-contrast');
    expect(settingsPatchSchema.safeParse({ theme: 'sepia' }).error?.issues[0]?.path).toEqual(['theme']);
    store.sqlite.prepare("UPDATE settings SET value = '\"sepia\"' WHERE key = 'theme'").run();
    expect(readSettings(store).theme).toBe('system');
  });

  it('forward calls while not ready to a number, a user or a sip: address, and refuse anything else by name', () => {
    const store = tempStore();
    expect(defaultSettings.notReadyForwardTo).toBe('');
    for (const target of ['+74951234567', 'colleague-3001', 'sip:queue-support@pbx.example.com:5060']) {
      expect(updateSettings(store, settingsPatchSchema.parse({ notReadyForwardTo: target })).notReadyForwardTo).toBe(target);
    }
    const refused = settingsPatchSchema.safeParse({ notReadyForwardTo: '<script>alert(1)</script>' });
    expect(refused.success).toBe(false);
    expect(refused.error?.issues[0]?.path).toEqual(['notReadyForwardTo']);
    expect(refused.error?.issues[0]?.message).toBe('must be a phone number, a SIP user or a sip: address');
  });

  it('remember each audio device by id and label, and go back to the system default on request', () => {
    const store = tempStore();
    const headset = { id: 'a1b2c3', label: 'Jabra Evolve2 65' };
    updateSettings(store, { microphone: headset, speaker: headset, ringDevice: { id: 'desk', label: 'Desk speakers' }, noiseSuppression: false });
    expect(readSettings(store)).toMatchObject({ microphone: headset, speaker: headset, ringDevice: { id: 'desk', label: 'Desk speakers' }, noiseSuppression: false, echoCancellation: true });
    expect(updateSettings(store, { speaker: null }).speaker).toBeNull();
    expect(readSettings(store).microphone).toEqual(headset);
  });

  it('fall back per field when a stored audio value is damaged: a device without an id, a delay that is not a number', () => {
    const store = tempStore();
    const { sqlite } = store;
    updateSettings(store, { microphone: { id: 'mic-1', label: 'Headset' }, autoAnswer: true, autoAnswerDelaySeconds: 5 });
    sqlite.prepare('UPDATE settings SET value = \'{"label":"Headset"}\' WHERE key = \'microphone\'').run();
    sqlite.prepare('UPDATE settings SET value = \'"soon"\' WHERE key = \'autoAnswerDelaySeconds\'').run();
    expect(readSettings(store)).toMatchObject({ microphone: null, autoAnswer: true, autoAnswerDelaySeconds: defaultSettings.autoAnswerDelaySeconds });
  });

  it('refuse bad audio settings at the boundary, naming the field and what is wrong', () => {
    const refusal = (patch: unknown) => {
      const result = settingsPatchSchema.safeParse(patch);
      return result.success ? null : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    };
    expect(refusal({ speaker: { id: '', label: 'Headset' } })).toEqual(['speaker.id: must name a device']);
    expect(refusal({ ringDevice: { id: 'x', label: 'x'.repeat(300) } })).toEqual(['ringDevice.label: is too long for a device name']);
    expect(refusal({ autoAnswerDelaySeconds: 120 })?.[0]).toMatch(/^autoAnswerDelaySeconds: /);
    expect(refusal({ echoCancellation: 'yes' })?.[0]).toMatch(/^echoCancellation: /);
    expect(refusal({ microphone: { id: 'm', label: 'Mic' } })).toBeNull();
  });
});
