import { afterEach, describe, expect, it } from 'vitest';
import { fetchRecording } from '../../../src/renderer/src/features/call-review/recording-problem';
import { startRecordingServer, type RecordingServer } from '../../stack/recording-server';

const servers: RecordingServer[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await server.close();
});

async function recordings() {
  const server = await startRecordingServer({ callIds: ['held@pbx'], notAudio: ['login@pbx'], seconds: 1 });
  servers.push(server);
  return (callId: string) => server.template.replace('{callId}', encodeURIComponent(callId));
}

describe('what the review says when a recording cannot be played (a real server on 127.0.0.1)', () => {
  it('plays a WAV the server holds', async () => {
    const address = await recordings();
    const recording = await fetchRecording(address('held@pbx'), new AbortController().signal);
    expect(recording).toBeInstanceOf(Blob);
    expect((recording as Blob).size).toBe(44 + 8_000 * 2);
  });

  it('says there is no recording on a 404, and that it is not audio when the server sends a page instead', async () => {
    const address = await recordings();
    expect(await fetchRecording(address('never-recorded@pbx'), new AbortController().signal)).toBe('missing');
    expect(await fetchRecording(address('login@pbx'), new AbortController().signal)).toBe('not-audio');
  });

  it('says the server is out of reach when nothing answers', async () => {
    const server = await startRecordingServer({ callIds: [] });
    const address = server.template.replace('{callId}', 'any');
    await server.close();
    expect(await fetchRecording(address, new AbortController().signal)).toBe('unreachable');
  });
});
