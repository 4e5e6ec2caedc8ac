import { describe, expect, it } from 'vitest';
import { appEntryUrl, appOrigin } from '../../../../src/main/security/app-origin';
import { isPermissionAllowed } from '../../../../src/main/security/permission-policy';

describe('permissions', () => {
  it('grants the microphone to the app', () => {
    expect(isPermissionAllowed({ permission: 'media', requestingUrl: appEntryUrl, mediaTypes: ['audio'] })).toBe(true);
  });

  it('lets the app show notifications (a call ringing while the window is behind others)', () => {
    expect(isPermissionAllowed({ permission: 'notifications', requestingUrl: appEntryUrl })).toBe(true);
    expect(isPermissionAllowed({ permission: 'notifications', requestingUrl: appOrigin })).toBe(true);
  });

  it('answers the permission check, which names the origin rather than a page', () => {
    expect(isPermissionAllowed({ permission: 'media', requestingUrl: appOrigin, mediaTypes: ['audio'] })).toBe(true);
  });

  it.each([
    ['the camera', { permission: 'media', requestingUrl: appEntryUrl, mediaTypes: ['video'] }],
    ['microphone and camera together', { permission: 'media', requestingUrl: appEntryUrl, mediaTypes: ['audio', 'video'] }],
    ['media without saying which', { permission: 'media', requestingUrl: appEntryUrl }],
    ['media of an unknown kind', { permission: 'media', requestingUrl: appEntryUrl, mediaTypes: ['unknown'] }],
    ['the microphone for another site', { permission: 'media', requestingUrl: 'https://evil.example/', mediaTypes: ['audio'] }],
    ['the microphone for a look-alike origin', { permission: 'media', requestingUrl: 'app://parley.evil/', mediaTypes: ['audio'] }],
    ['the location', { permission: 'geolocation', requestingUrl: appEntryUrl }],
    ['notifications for another site', { permission: 'notifications', requestingUrl: 'https://evil.example/' }],
    ['notifications for a look-alike origin', { permission: 'notifications', requestingUrl: 'app://parley.evil/' }],
    ['notifications for a page with no URL', { permission: 'notifications', requestingUrl: '' }],
    ['push messages', { permission: 'push', requestingUrl: appEntryUrl }],
    ['MIDI', { permission: 'midi', requestingUrl: appEntryUrl }],
    ['reading the clipboard', { permission: 'clipboard-read', requestingUrl: appEntryUrl }],
    ['opening external programs', { permission: 'openExternal', requestingUrl: appEntryUrl }],
    ['capturing the screen', { permission: 'display-capture', requestingUrl: appEntryUrl }],
  ])('refuses %s', (_case, request) => {
    expect(isPermissionAllowed(request)).toBe(false);
  });
});
