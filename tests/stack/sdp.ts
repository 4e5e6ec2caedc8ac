/** SDP bodies written by hand for the raw SIP peers: the offers a real phone would not make, and a plain PCMU one. */

export type MediaDirection = 'sendrecv' | 'sendonly' | 'recvonly' | 'inactive';

function session(lines: string[], version = 1): string {
  return ['v=0', `o=- 1 ${version} IN IP4 127.0.0.1`, 's=-', 'c=IN IP4 127.0.0.1', 't=0 0', ...lines, ''].join('\r\n');
}

/** PCMU on `port` (and telephone-events, as phones offer them). `version` must grow with each new offer in a call (RFC 3264 §8). */
export function pcmuSdp(port: number, direction: MediaDirection = 'sendrecv', version = 1): string {
  return session([`m=audio ${port} RTP/AVP 0 101`, 'a=rtpmap:0 PCMU/8000', 'a=rtpmap:101 telephone-event/8000', 'a=fmtp:101 0-15', 'a=ptime:20', `a=${direction}`], version);
}

/** Audio in G.729 only, which neither the console nor rtpengine here can transcode. */
export function g729OnlySdp(port: number): string {
  return session([`m=audio ${port} RTP/AVP 18`, 'a=rtpmap:18 G729/8000', 'a=fmtp:18 annexb=no', 'a=sendrecv']);
}

/** Video and no audio at all. */
export function videoOnlySdp(port: number): string {
  return session([`m=video ${port} RTP/AVP 96`, 'a=rtpmap:96 VP8/90000', 'a=sendrecv']);
}

/** Looks like SDP and is not: no version line, a media line without port or format, a connection line without address. */
export function malformedSdp(): string {
  return ['o=- x IN IP4', 's=-', 'c=IN IP4', 'm=audio RTP/AVP', 'a=rtpmap:0', ''].join('\r\n');
}

/** Where the audio of an SDP goes and which way it flows, or null when it has none. */
export function audioTarget(sdp: string): { address: string; port: number; direction: MediaDirection } | null {
  const audio = /^m=audio (\d+) /m.exec(sdp);
  if (!audio) return null;
  const mediaSection = sdp.slice(audio.index);
  // A connection line in the media section overrides the session's.
  const address = /^c=IN IP4 (\S+)/m.exec(mediaSection)?.[1] ?? /^c=IN IP4 (\S+)/m.exec(sdp)?.[1];
  const direction = (/^a=(sendrecv|sendonly|recvonly|inactive)\s*$/m.exec(mediaSection)?.[1] ?? 'sendrecv') as MediaDirection;
  return address ? { address, port: Number(audio[1]), direction } : null;
}
