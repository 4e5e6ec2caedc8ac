import type { Session } from 'electron';
import { isPermissionAllowed } from '../security/permission-policy';

/** Grants the microphone and notifications to the app itself and nothing to anyone else, whether Chromium asks or only checks. */
export function lockDownPermissions(session: Session): void {
  session.setPermissionRequestHandler((webContents, permission, callback, details) => {
    const mediaTypes = 'mediaTypes' in details ? details.mediaTypes : undefined;
    callback(isPermissionAllowed({ permission, requestingUrl: details.requestingUrl || webContents.getURL(), mediaTypes }));
  });
  session.setPermissionCheckHandler((_webContents, permission, requestingOrigin, details) =>
    isPermissionAllowed({
      permission,
      requestingUrl: requestingOrigin,
      mediaTypes: details.mediaType ? [details.mediaType] : undefined,
    }),
  );
}
