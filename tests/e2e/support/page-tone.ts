import type { Page } from '@playwright/test';

/**
 * The level (dBFS, from an FFT, its power averaged over `ms`) of each
 * frequency in what the page plays to its user (the `remote-audio`
 * element): tones are told present or absent by what was really played,
 * not by the UI. Averaged, so that a codec's brief artefacts do not count
 * as a tone.
 */
export async function heardToneLevels(page: Page, frequencies: readonly number[], ms = 1_500): Promise<Record<number, number>> {
  return page.evaluate(
    async ({ frequencies, ms }) => {
      const stream = document.querySelector<HTMLAudioElement>('[data-testid="remote-audio"]')?.srcObject;
      if (!(stream instanceof MediaStream)) throw new Error('nothing is played to the user');
      const context = new AudioContext();
      const analyser = context.createAnalyser();
      analyser.fftSize = 8192;
      analyser.smoothingTimeConstant = 0;
      context.createMediaStreamSource(stream).connect(analyser);
      const spectrum = new Float32Array(analyser.frequencyBinCount);
      const binWidth = context.sampleRate / analyser.fftSize;
      const power: Record<number, number> = Object.fromEntries(frequencies.map((frequency) => [frequency, 0]));
      let readings = 0;
      const until = performance.now() + ms;
      while (performance.now() < until) {
        await new Promise((resolve) => setTimeout(resolve, 40));
        analyser.getFloatFrequencyData(spectrum);
        readings += 1;
        for (const frequency of frequencies) {
          const bin = Math.round(frequency / binWidth);
          const level = Math.max(spectrum[bin - 1] ?? -200, spectrum[bin] ?? -200, spectrum[bin + 1] ?? -200);
          power[frequency] = (power[frequency] ?? 0) + 10 ** (level / 10);
        }
      }
      await context.close();
      return Object.fromEntries(frequencies.map((frequency) => [frequency, 10 * Math.log10(Math.max((power[frequency] ?? 0) / Math.max(readings, 1), 1e-20))]));
    },
    { frequencies, ms },
  );
}

/** The frequency (Hz, to the FFT's resolution) where the page's microphone is loudest over `ms`: what Chromium's fake device beeps at. */
export async function microphonePitch(page: Page, ms = 1_500): Promise<number> {
  return page.evaluate(async (ms) => {
    const stream = await navigator.mediaDevices.getUserMedia({ audio: true });
    const context = new AudioContext();
    const analyser = context.createAnalyser();
    analyser.fftSize = 8192;
    analyser.smoothingTimeConstant = 0;
    context.createMediaStreamSource(stream).connect(analyser);
    const spectrum = new Float32Array(analyser.frequencyBinCount);
    const loudest = new Float32Array(analyser.frequencyBinCount).fill(-200);
    const until = performance.now() + ms;
    while (performance.now() < until) {
      await new Promise((resolve) => setTimeout(resolve, 40));
      analyser.getFloatFrequencyData(spectrum);
      spectrum.forEach((level, bin) => (loudest[bin] = Math.max(loudest[bin] ?? -200, level)));
    }
    stream.getTracks().forEach((track) => track.stop());
    await context.close();
    let best = 1;
    loudest.forEach((level, bin) => {
      if (bin > 0 && level > (loudest[best] ?? -200)) best = bin;
    });
    return (best * context.sampleRate) / analyser.fftSize;
  }, ms);
}

/** An init script: the page's microphone is a steady tone of `hertz` (an oscillator), for a party whose voice must be told apart. */
export function oscillatorMicrophone(hertz: number): string {
  return `(() => {
    const original = navigator.mediaDevices.getUserMedia.bind(navigator.mediaDevices);
    navigator.mediaDevices.getUserMedia = async (constraints) => {
      if (!constraints || !constraints.audio) return original(constraints);
      const context = new AudioContext();
      const oscillator = context.createOscillator();
      oscillator.frequency.value = ${hertz};
      const gain = context.createGain();
      gain.gain.value = 0.3;
      const destination = context.createMediaStreamDestination();
      oscillator.connect(gain).connect(destination);
      oscillator.start();
      await context.resume();
      return destination.stream;
    };
  })();`;
}
