import { describe, expect, it } from 'vitest';
import { checkSessionDescription, holdsUs } from '@shared/domain/sdp-offer';

const sdp = (...media: string[]) => ['v=0', 'o=- 1 1 IN IP4 127.0.0.1', 's=-', 'c=IN IP4 127.0.0.1', 't=0 0', ...media, ''].join('\r\n');

describe('what the console can answer', () => {
  it.each([
    ['PCMU by its static number', sdp('m=audio 4000 RTP/AVP 0')],
    ['PCMA among others', sdp('m=audio 4000 RTP/AVP 18 8', 'a=rtpmap:18 G729/8000', 'a=rtpmap:8 PCMA/8000')],
    ['Opus on a dynamic number', sdp('m=audio 4000 UDP/TLS/RTP/SAVPF 111', 'a=rtpmap:111 opus/48000/2')],
    ['audio beside video', sdp('m=video 5000 RTP/AVP 96', 'a=rtpmap:96 VP8/90000', 'm=audio 4000 RTP/AVP 9')],
    ['no offer at all (the offer is ours to make)', ''],
  ])('takes %s', (_case, body) => {
    expect(checkSessionDescription(body)).toEqual({ ok: true });
  });

  it.each([
    ['G.729 only', sdp('m=audio 4000 RTP/AVP 18', 'a=rtpmap:18 G729/8000')],
    ['video only', sdp('m=video 5000 RTP/AVP 96', 'a=rtpmap:96 VP8/90000')],
    ['audio switched off (port 0)', sdp('m=audio 0 RTP/AVP 0')],
    ['a dynamic number mapped to an unknown codec', sdp('m=audio 4000 RTP/AVP 0', 'a=rtpmap:0 AMR/8000')],
  ])('refuses %s with 488 (no common codec)', (_case, body) => {
    expect(checkSessionDescription(body)).toEqual({ ok: false, problem: 'no-common-codec' });
  });

  it.each([
    ['text that is not SDP', 'hello, this is not a session'],
    ['no version line', sdp('m=audio 4000 RTP/AVP 0').replace('v=0\r\n', '')],
    ['no media line', sdp()],
    ['a media line without formats', sdp('m=audio 4000 RTP/AVP')],
    ['a line that is not type=value', sdp('m=audio 4000 RTP/AVP 0', '<script>')],
  ])('refuses %s as malformed', (_case, body) => {
    expect(checkSessionDescription(body)).toEqual({ ok: false, problem: 'malformed-sdp' });
  });
});

describe('whether the other side holds us', () => {
  it.each([
    ['sendonly on the audio', sdp('m=audio 4000 RTP/AVP 0', 'a=sendonly'), true],
    ['inactive at session level', sdp('m=audio 4000 RTP/AVP 0').replace('t=0 0', 't=0 0\r\na=inactive'), true],
    ['the old zero address', sdp('m=audio 4000 RTP/AVP 0').replace('c=IN IP4 127.0.0.1', 'c=IN IP4 0.0.0.0'), true],
    ['sendrecv (resumed)', sdp('m=audio 4000 RTP/AVP 0', 'a=sendrecv'), false],
    ['recvonly (we hold them)', sdp('m=audio 4000 RTP/AVP 0', 'a=recvonly'), false],
    ['no direction', sdp('m=audio 4000 RTP/AVP 0'), false],
  ])('%s → %s', (_case, body, held) => {
    expect(holdsUs(body)).toBe(held);
  });
});
