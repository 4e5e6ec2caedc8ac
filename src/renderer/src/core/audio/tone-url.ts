import { renderTone, tones, toneSampleRate, type ToneName } from './tones';
import { encodeWav } from './wav';

const urls = new Map<ToneName, string>();

/** A blob: URL of the tone as a WAV file, built once per page (the CSP allows media from blob:). */
export function toneUrl(name: ToneName): string {
  let url = urls.get(name);
  if (!url) {
    url = URL.createObjectURL(new Blob([encodeWav(renderTone(tones[name]), toneSampleRate)], { type: 'audio/wav' }));
    urls.set(name, url);
  }
  return url;
}
