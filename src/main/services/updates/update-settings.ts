import type { InstallWindow } from '@shared/updates/install-decision';

/**
 * What the updater needs from IT's managed configuration (the `updates.*`
 * policy keys, see services/policy/policy-for-services.ts). Without a feed
 * the console never updates itself.
 */
export interface UpdateSettings {
  /** A generic feed IT controls (latest.yml, latest-mac.yml, latest-linux.yml and the installers); null: no updates. */
  feedUrl: string | null;
  /** `latest`, or a pre-release channel such as `beta` (reads beta.yml). */
  channel: string;
  /**
   * Pins this seat's place in a staged rollout, 0–99: the seat takes a
   * release whose `stagingPercentage` is above it. Unset: electron-updater's
   * own random staging id (.updaterId in the user data folder) decides.
   */
  stagingBucket?: number;
  /** When a downloaded update may restart an idle console on its own; unset: only when the agent quits or asks. */
  installWindow?: InstallWindow | null;
  /** How long the agent must have been idle (no call, no wrap-up) before the window's install. */
  idleMinutes: number;
}

export const noUpdates: UpdateSettings = { feedUrl: null, channel: 'latest', idleMinutes: 15 };
