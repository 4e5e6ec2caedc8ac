/** Why a recording cannot be played, each said plainly in the reviewer's language. */
export type RecordingProblem = 'missing' | 'unreachable' | 'not-audio' | 'refused';

/**
 * Fetches a call's recording and says what is wrong when it cannot be played:
 * 404 is "no recording of this call", no answer is "the server is out of
 * reach", anything that is not audio (an HTML login page, a JSON error) is
 * "not a recording" — never a player that silently stays at 0:00.
 */
export async function fetchRecording(url: string, signal: AbortSignal): Promise<Blob | RecordingProblem> {
  let response: Response;
  try {
    response = await fetch(url, { signal, credentials: 'omit' });
  } catch (error) {
    if (signal.aborted) throw error;
    return 'unreachable';
  }
  if (response.status === 404 || response.status === 410) return 'missing';
  if (!response.ok) return 'refused';
  const type = (response.headers.get('content-type') ?? '').toLowerCase();
  if (!type.startsWith('audio/') && type !== 'application/octet-stream') return 'not-audio';
  return response.blob();
}
