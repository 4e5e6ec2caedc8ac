import { describe, expect, it } from 'vitest';
import { wireServerMessages } from '../../../src/shared/contract/wire';

describe("a frame from the browser shell's host, as the page reads it", () => {
  it('is one message, or several sent together as an array, in the order they were sent', () => {
    expect(wireServerMessages('{"id":1,"ok":true,"value":3}')).toEqual([{ id: 1, ok: true, value: 3 }]);
    expect(wireServerMessages('[{"event":"settings.changed","payload":{}},{"id":2,"ok":true,"value":null}]')).toEqual([
      { event: 'settings.changed', payload: {} },
      { id: 2, ok: true, value: null },
    ]);
  });

  it('leaves out what is not a message, keeping the rest of the frame', () => {
    expect(wireServerMessages('not json')).toEqual([]);
    expect(wireServerMessages('[{"id":"x"},{"id":3,"ok":false,"error":{"code":"unavailable","message":"down"}},7]')).toEqual([
      { id: 3, ok: false, error: { code: 'unavailable', message: 'down' } },
    ]);
  });
});
