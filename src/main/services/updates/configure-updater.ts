import type { AppUpdater } from 'electron-updater';
import type { UpdateSettings } from './update-settings';

/** electron-updater's staged rollout compares stagingPercentage (0–100) with the seat's share; a pinned bucket replaces the share. */
export function withinRollout(bucket: number, stagingPercentage: number | undefined): boolean {
  return stagingPercentage === undefined || bucket < stagingPercentage;
}

/**
 * Points an electron-updater updater at IT's generic feed, on the policy's
 * channel: download in the background, install when the agent quits. It
 * never restarts on its own: the update controller decides when.
 */
export function configureUpdater(updater: AppUpdater, settings: UpdateSettings & { feedUrl: string }): void {
  updater.setFeedURL({ provider: 'generic', url: settings.feedUrl, channel: settings.channel });
  updater.channel = settings.channel;
  // Setting a channel allows downgrades; a seat moved from beta back to latest waits for latest to catch up instead.
  updater.allowDowngrade = false;
  updater.autoDownload = true;
  updater.autoInstallOnAppQuit = true;
  updater.autoRunAppAfterInstall = true;
  const bucket = settings.stagingBucket;
  if (bucket !== undefined) updater.isUserWithinRollout = (info) => withinRollout(bucket, info.stagingPercentage);
}
