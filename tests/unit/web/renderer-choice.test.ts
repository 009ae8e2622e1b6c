/**
 * The viewer's renderer choice without a browser: what the URL and the remembered setting
 * ask for, and which renderer a view of a given size gets on a given GL. The browser side
 * (the switch itself, drawing after it) is in tests/e2e/viewer-renderer.test.ts.
 */
import { describe, expect, it } from 'vitest';
import {
  CANVAS_BELOW,
  WEBGL_ABOVE,
  isSoftwareGl,
  rendererFor,
  requestedMode,
  type WebglSupport,
} from '../../../web/src/graph/renderer-choice.js';

function memoryStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  return {
    items,
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, v),
    removeItem: (k: string) => void items.delete(k),
  };
}

const HARDWARE: WebglSupport = {
  webgl2: true,
  software: false,
  gl: 'ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 Direct3D11 vs_5_0 ps_5_0, D3D11)',
};
const SOFTWARE: WebglSupport = {
  webgl2: true,
  software: true,
  gl: 'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero)), SwiftShader driver)',
};
const NONE: WebglSupport = { webgl2: false, software: false, gl: null };

describe('requestedMode', () => {
  it('is auto with nothing asked', () => {
    expect(requestedMode('', memoryStorage())).toBe('auto');
    expect(requestedMode('?open=x', null)).toBe('auto');
  });

  it('takes the URL parameter and remembers it, since the page rewrites its URL', () => {
    const storage = memoryStorage();
    expect(requestedMode('?renderer=webgl&open=x', storage)).toBe('webgl');
    expect(requestedMode('', storage)).toBe('webgl');
    expect(requestedMode('?renderer=canvas', storage)).toBe('canvas');
    expect(requestedMode('', storage)).toBe('canvas');
  });

  it('forgets the setting on renderer=auto', () => {
    const storage = memoryStorage({ 'kg.renderer': 'webgl' });
    expect(requestedMode('?renderer=auto', storage)).toBe('auto');
    expect(storage.items.size).toBe(0);
    expect(requestedMode('', storage)).toBe('auto');
  });

  it('ignores values it does not know, in the URL and in storage', () => {
    expect(requestedMode('?renderer=svg', memoryStorage())).toBe('auto');
    expect(requestedMode('', memoryStorage({ 'kg.renderer': 'gpu' }))).toBe('auto');
  });

  it('still follows the URL when storage refuses', () => {
    const refusing = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => undefined,
    };
    expect(requestedMode('?renderer=webgl', refusing)).toBe('webgl');
    expect(requestedMode('', refusing)).toBe('auto');
  });
});

describe('rendererFor', () => {
  it('draws small views on canvas and big ones with WebGL on a hardware GL', () => {
    expect(rendererFor('auto', 10, 'canvas', HARDWARE)).toBe('canvas');
    expect(rendererFor('auto', WEBGL_ABOVE, 'canvas', HARDWARE)).toBe('canvas');
    expect(rendererFor('auto', WEBGL_ABOVE + 1, 'canvas', HARDWARE)).toBe('webgl');
    expect(rendererFor('auto', 50_000, 'canvas', HARDWARE)).toBe('webgl');
  });

  it('does not flip back and forth between the two thresholds', () => {
    const between = Math.round((WEBGL_ABOVE + CANVAS_BELOW) / 2);
    expect(CANVAS_BELOW).toBeLessThan(WEBGL_ABOVE);
    expect(rendererFor('auto', between, 'webgl', HARDWARE)).toBe('webgl');
    expect(rendererFor('auto', between, 'canvas', HARDWARE)).toBe('canvas');
    expect(rendererFor('auto', CANVAS_BELOW - 1, 'webgl', HARDWARE)).toBe('canvas');
  });

  it('stays on canvas in auto mode when the GL draws on the CPU', () => {
    expect(rendererFor('auto', 50_000, 'canvas', SOFTWARE)).toBe('canvas');
  });

  it('obeys an explicit choice at any size, WebGL only where there is WebGL 2', () => {
    expect(rendererFor('webgl', 3, 'canvas', HARDWARE)).toBe('webgl');
    expect(rendererFor('webgl', 3, 'canvas', SOFTWARE)).toBe('webgl');
    expect(rendererFor('canvas', 50_000, 'webgl', HARDWARE)).toBe('canvas');
    expect(rendererFor('webgl', 50_000, 'canvas', NONE)).toBe('canvas');
    expect(rendererFor('auto', 50_000, 'canvas', NONE)).toBe('canvas');
  });
});

describe('isSoftwareGl', () => {
  it('knows the CPU rasterisers by the names their GLs report', () => {
    expect(isSoftwareGl(SOFTWARE.gl!)).toBe(true);
    expect(isSoftwareGl('llvmpipe (LLVM 15.0.6, 256 bits)')).toBe(true);
    expect(isSoftwareGl('ANGLE (Microsoft, Microsoft Basic Render Driver Direct3D11 vs_5_0 ps_5_0, D3D11)')).toBe(true);
    expect(isSoftwareGl(HARDWARE.gl!)).toBe(false);
    expect(isSoftwareGl('ANGLE (Apple, ANGLE Metal Renderer: Apple M2, Unspecified Version)')).toBe(false);
    expect(isSoftwareGl('Mesa Intel(R) UHD Graphics 620 (KBL GT2)')).toBe(false);
  });
});
