import { randomBytes } from 'node:crypto';
import { bindLoopbackUdp } from './processes';

/** What a raw peer sends: a steady tone, or digital silence (packets that carry nothing audible). */
export type RawSound = { toneHz: number } | 'silence';

export interface RtpPort {
  port: number;
  /** RTP packets that arrived since the port was opened. */
  packetsReceived(): number;
  /** Sends 20 ms PCMU frames of `sound` to `target` for `seconds`, replacing whatever it was sending. */
  send(target: { address: string; port: number }, sound: RawSound, seconds: number): void;
  /** Stops sending: "the media stops" while the call goes on. */
  stopSending(): void;
  close(): void;
}

/** G.711 μ-law of one 16-bit sample. */
function mulaw(sample: number): number {
  const bias = 0x84;
  const sign = sample < 0 ? 0x80 : 0;
  let magnitude = Math.min(Math.abs(sample), 32_635) + bias;
  let exponent = 7;
  for (let mask = 0x4000; (magnitude & mask) === 0 && exponent > 0; mask >>= 1) exponent--;
  magnitude = (magnitude >> (exponent + 3)) & 0x0f;
  return ~(sign | (exponent << 4) | magnitude) & 0xff;
}

const samplesPerFrame = 160;

/** An RTP port of the media range, for a peer written in Node. */
export async function openRtpPort(): Promise<RtpPort> {
  const socket = await bindLoopbackUdp('media');
  let received = 0;
  socket.on('message', (packet) => {
    // RTP version 2; RTCP (payload types 200–204) is not counted as media.
    const payloadType = packet.readUInt8(1);
    if (packet.length >= 12 && packet.readUInt8(0) >> 6 === 2 && (payloadType < 200 || payloadType > 204)) received++;
  });
  let sending: NodeJS.Timeout | undefined;
  const stopSending = () => {
    clearInterval(sending);
    sending = undefined;
  };
  return {
    port: socket.address().port,
    packetsReceived: () => received,
    send: (target, sound, seconds) => {
      stopSending();
      const ssrc = randomBytes(4).readUInt32BE();
      let sequence = randomBytes(2).readUInt16BE();
      let timestamp = randomBytes(4).readUInt32BE();
      let sample = 0;
      const frames = Math.round((seconds * 1000) / 20);
      let sent = 0;
      sending = setInterval(() => {
        if (sent++ >= frames) {
          stopSending();
          return;
        }
        const packet = Buffer.alloc(12 + samplesPerFrame);
        packet[0] = 0x80;
        packet[1] = 0; // PCMU
        packet.writeUInt16BE(sequence, 2);
        packet.writeUInt32BE(timestamp >>> 0, 4);
        packet.writeUInt32BE(ssrc, 8);
        for (let i = 0; i < samplesPerFrame; i++, sample++) {
          const value = sound === 'silence' ? 0 : Math.round(0.4 * 32_767 * Math.sin((2 * Math.PI * sound.toneHz * sample) / 8000));
          packet[12 + i] = mulaw(value);
        }
        sequence = (sequence + 1) & 0xffff;
        timestamp = (timestamp + samplesPerFrame) >>> 0;
        socket.send(packet, target.port, target.address);
      }, 20);
    },
    stopSending,
    close: () => {
      stopSending();
      socket.close();
    },
  };
}
