import { isAppUrl } from './app-origin';

export interface PermissionRequest {
  permission: string;
  requestingUrl: string;
  /** For `media`: what is asked for. */
  mediaTypes?: readonly string[];
}

/**
 * What the console needs from Chromium, for the app itself only: the
 * microphone (a softphone), and notifications (a call ringing while the window
 * is behind others). A media request that does not say what it wants is
 * refused too.
 */
export function isPermissionAllowed(request: PermissionRequest): boolean {
  if (!isAppUrl(request.requestingUrl)) return false;
  if (request.permission === 'notifications') return true;
  if (request.permission !== 'media') return false;
  const types = request.mediaTypes ?? [];
  return types.length > 0 && types.every((type) => type === 'audio');
}
