/**
 * What the console can take from a session description before it answers:
 * an offer without an audio codec the browser's WebRTC speaks is refused
 * (488) instead of answered with a disabled stream and shown as a live call;
 * text that is not a session description is refused with a reason.
 */

/** Audio codecs Chromium's WebRTC sends and receives, by their rtpmap name. */
const supportedAudioCodecs = new Set(['opus', 'g722', 'pcmu', 'pcma', 'isac', 'ilbc']);
/** Static payload types that need no rtpmap line (RFC 3551): PCMU, PCMA, G722. */
const staticSupportedPayloads = new Set(['0', '8', '9']);

export type OfferCheck = { ok: true } | { ok: false; problem: 'malformed-sdp' | 'no-common-codec' };

interface MediaSection {
  kind: string;
  port: number;
  payloads: string[];
  codecNames: Map<string, string>;
}

function parseMediaSections(lines: readonly string[]): MediaSection[] | null {
  const sections: MediaSection[] = [];
  for (const line of lines) {
    if (line.startsWith('m=')) {
      const [kind, port, , ...payloads] = line.slice(2).split(/\s+/);
      const portNumber = Number.parseInt(port ?? '', 10);
      if (!kind || !Number.isInteger(portNumber) || payloads.length === 0) return null;
      sections.push({ kind, port: portNumber, payloads, codecNames: new Map() });
      continue;
    }
    const rtpmap = /^a=rtpmap:(\d+)\s+([^/\s]+)/.exec(line);
    const current = sections.at(-1);
    if (rtpmap && current) current.codecNames.set(rtpmap[1] ?? '', (rtpmap[2] ?? '').toLowerCase());
  }
  return sections;
}

function speaksSupportedAudio(section: MediaSection): boolean {
  if (section.kind !== 'audio' || section.port === 0) return false;
  return section.payloads.some((payload) => {
    const name = section.codecNames.get(payload);
    return name === undefined ? staticSupportedPayloads.has(payload) : supportedAudioCodecs.has(name);
  });
}

/** Checks an offer (or an answer) before it reaches WebRTC. An empty body is fine: the offer then comes from us. */
export function checkSessionDescription(body: string): OfferCheck {
  if (body.trim() === '') return { ok: true };
  const lines = body.split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== '');
  if (lines[0] !== 'v=0' || !lines.some((line) => line.startsWith('o=')) || lines.some((line) => !/^[a-z]=/.test(line))) {
    return { ok: false, problem: 'malformed-sdp' };
  }
  const sections = parseMediaSections(lines);
  if (sections === null || sections.length === 0) return { ok: false, problem: 'malformed-sdp' };
  return sections.some(speaksSupportedAudio) ? { ok: true } : { ok: false, problem: 'no-common-codec' };
}

/**
 * Whether a description the other side sent puts us on hold: its audio is
 * `sendonly` (they play music on hold and listen to nothing) or `inactive`,
 * or the old way, a zero connection address.
 */
export function holdsUs(body: string): boolean {
  const lines = body.split(/\r?\n/).map((line) => line.trim());
  const audioStart = lines.findIndex((line) => line.startsWith('m=audio'));
  if (audioStart === -1) return false;
  const nextSection = lines.findIndex((line, index) => index > audioStart && line.startsWith('m='));
  const audio = lines.slice(audioStart, nextSection === -1 ? undefined : nextSection);
  const session = lines.slice(0, audioStart);
  const direction = (section: string[]) => section.find((line) => /^a=(sendonly|inactive|recvonly|sendrecv)$/.test(line));
  const said = direction(audio) ?? direction(session);
  if (said === 'a=sendonly' || said === 'a=inactive') return true;
  const connection = audio.find((line) => line.startsWith('c=')) ?? session.find((line) => line.startsWith('c='));
  return connection === 'c=IN IP4 0.0.0.0';
}
