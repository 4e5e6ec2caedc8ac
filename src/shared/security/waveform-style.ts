/**
 * wavesurfer.js draws in a shadow root whose one `<style>` element is fixed
 * text but for the waveform's height. `style-src 'self'` refuses inline
 * styles, so that exact text (at this height) is allowed by its hash and
 * nothing else is; tests/unit/shared/waveform-style-hash.test.ts recomputes
 * the hash from the installed package, so an upgrade that changes the text
 * fails there instead of drawing a broken waveform.
 */
export const waveformHeight = 64;
export const waveformStyleHash = "'sha256-fF0LBso7Nz75zaFRDBUefBDvPe19hjaiDnnc8lt+2Js='";
