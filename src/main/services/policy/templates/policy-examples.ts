import type { PolicyKeyName } from '@shared/policy/policy-keys';
import type { PolicyValue } from '@shared/policy/policy-type';

/** A plausible value for every key: the samples are made of them (a test checks each passes its own rule). */
export const policyExamples: Record<PolicyKeyName, PolicyValue> = {
  'sip.server': 'wss://pbx.example.com:8089/ws',
  'sip.domain': 'pbx.example.com',
  'crm.url': 'https://crm.example.com/parley/sync',
  'language.default': 'ru',
  'wrapUp.requireDisposition': true,
  'wrapUp.timeLimitSeconds': 60,
  'monitoring.showIndicator': true,
  'monitoring.dialListen': '*222{agentExtension}',
  'monitoring.dialWhisper': '*223{agentExtension}',
  'monitoring.dialBarge': '*224{agentExtension}',
  'roster.file': '/etc/parley/roster.json',
  'recording.urlTemplate': 'https://recordings.example.com/calls/{callId}',
  'updates.feedUrl': 'https://updates.example.com/parley',
  'updates.channel': 'stable',
  'updates.rolloutRing': 50,
  'updates.installWindow': '22:00-06:00',
  'log.level': 'info',
  'links.allowedSchemes': ['https', 'mailto'],
  'audio.agentsMayEdit': true,
  'callQuality.maxRoundTripMs': 400,
  'callQuality.maxJitterMs': 30,
  'callQuality.maxLossPercent': 3,
  'callQuality.minMos': 3.5,
};

/** In the samples, the console language is a default agents may change; everything else is locked. */
export const recommendedInSamples: readonly PolicyKeyName[] = ['language.default'];
