// teleworksec in WebAssembly: the C API of include/teleworksec/teleworksec.h,
// compiled for wasm32-wasi (examples/wasm), behind a small JavaScript class.
// One module for browsers and Node.js — the npm package `teleworksec`; the
// self-assessment page and the tests use it alike.
//
//   import { load } from 'teleworksec';
//   const tws = await load();                       // teleworksec.wasm beside this file
//   const result = tws.rate(assessment);             // result/v1, as `teleworksec rate --format json`
//   const blank = await tws.template('mic-telework-v4');
//
// Lower level: loadEngine(source) compiles a teleworksec.wasm from anywhere and
// gives the C API's bytes (Engine.rateBytes).
//
// The module is built without C++ exceptions (WASI's runtime cannot unwind).
// A bad input ends in the host function env.tws_host_fail, which throws a
// JavaScript exception through the WebAssembly frames: the engine reports
// TWS_BAD_INPUT with the message the native library gives, and because the
// abandoned frames leave the instance's stack and heap undefined, it starts a
// fresh instance of the compiled module for the next call.

export const TWS_OK = 0;
export const TWS_BAD_INPUT = 2;
export const TWS_BUFFER_TOO_SMALL = 3;
export const TWS_UNKNOWN_CATALOG = 4;
export const TWS_INTERNAL = 5;

/** The assessment is not valid; the message names the input, the JSON path and the problem. */
export class BadInput extends Error {
  constructor(message) {
    super(message);
    this.name = 'BadInput';
    this.status = TWS_BAD_INPUT;
  }
}

// Thrown by env.tws_host_fail through the WebAssembly frames.
class HostFail extends Error {
  constructor(message) {
    super(message);
    this.name = 'HostFail';
  }
}

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8');

// The WASI calls the module imports (stdio of the C runtime, used only by
// abort messages, and the clock, for the date an undated assessment is rated
// on), for hosts without a WASI implementation (browsers).
function minimalWasi() {
  let memory = null;
  const EBADF = 8;
  return {
    wasiImport: {
      fd_write(fd, iovs, iovsLen, nwritten) {
        const view = new DataView(memory.buffer);
        let text = '';
        let total = 0;
        for (let i = 0; i < iovsLen; i++) {
          const ptr = view.getUint32(iovs + 8 * i, true);
          const len = view.getUint32(iovs + 8 * i + 4, true);
          text += decoder.decode(new Uint8Array(memory.buffer, ptr, len));
          total += len;
        }
        if (fd !== 1 && fd !== 2) return EBADF;
        if (text.length > 0) console.warn(`teleworksec.wasm: ${text}`);
        view.setUint32(nwritten, total, true);
        return 0;
      },
      fd_close: () => EBADF,
      fd_seek: () => EBADF,
      clock_time_get(id, precision, time) {
        new DataView(memory.buffer).setBigUint64(time, BigInt(Date.now()) * 1000000n, true);
        return 0;
      },
    },
    initialize(instance) {
      memory = instance.exports.memory;
      instance.exports._initialize();
    },
  };
}

/**
 * The engine of one compiled module. Not for concurrent use from several
 * workers (each worker loads its own).
 */
export class Engine {
  /**
   * @param {WebAssembly.Module} module  teleworksec.wasm, compiled
   * @param {{wasi?: () => {wasiImport: object, initialize(instance): void}}} options
   *   wasi: makes the WASI implementation of one instance (in Node.js, e.g.
   *   () => new WASI({version: 'preview1'}) of node:wasi); default: the four
   *   calls the module needs, for browsers.
   */
  constructor(module, options = {}) {
    this.module = module;
    this.makeWasi = options.wasi ?? minimalWasi;
    this.instances = 0;  // instances started so far (one more after each bad input)
    this.exports = null;
  }

  // The current instance's exports, starting one when there is none.
  live() {
    if (this.exports !== null) return this.exports;
    const wasi = this.makeWasi();
    let memory = null;
    const env = {
      tws_host_fail: (ptr, len) => {
        throw new HostFail(decoder.decode(new Uint8Array(memory.buffer, ptr, len)));
      },
    };
    const instance = new WebAssembly.Instance(this.module, {
      env,
      wasi_snapshot_preview1: wasi.wasiImport,
    });
    memory = instance.exports.memory;
    wasi.initialize(instance);
    this.instances += 1;
    this.exports = instance.exports;
    return this.exports;
  }

  // Calls a tws_* function that fills a buffer (its last three parameters),
  // growing the buffer as told. Returns {status, bytes} (a copy).
  call(fill, inputs) {
    const x = this.live();
    const blocks = [];
    const alloc = (size) => {
      const p = x.tws_alloc(Math.max(size, 1));
      if (p === 0) throw new Error('teleworksec.wasm: out of memory');
      blocks.push(p);
      return p;
    };
    try {
      const args = inputs.map((bytes) => {
        if (bytes === null) return [0, 0];
        const p = alloc(bytes.length);
        new Uint8Array(x.memory.buffer, p, bytes.length).set(bytes);
        return [p, bytes.length];
      });
      const outLen = alloc(4);
      let cap = 65536;
      for (;;) {
        const out = alloc(cap);
        const status = fill(x, args, out, cap, outLen);
        const len = new DataView(x.memory.buffer).getUint32(outLen, true);
        if (status !== TWS_BUFFER_TOO_SMALL) {
          const bytes = status === TWS_INTERNAL ? new Uint8Array(0)
                                                : new Uint8Array(x.memory.buffer, out, len).slice();
          return { status, bytes };
        }
        cap = len + 1;
      }
    } catch (e) {
      // The instance is abandoned mid-call: never touch it again.
      this.exports = null;
      blocks.length = 0;
      if (e instanceof HostFail) return { status: TWS_BAD_INPUT, bytes: encoder.encode(e.message) };
      if (e instanceof WebAssembly.RuntimeError) return { status: TWS_INTERNAL, bytes: new Uint8Array(0) };
      throw e;
    } finally {
      for (const p of blocks) x.tws_free(p);
    }
  }

  /**
   * Rates a teleworksec/assessment/v1 document (a string or UTF-8 bytes).
   * Returns {status, bytes}: on TWS_OK the result, on TWS_BAD_INPUT the
   * one-line message — the bytes the C API writes. Without options the
   * result/v1 document (tws_rate_json); with {format, lang} the result as
   * `teleworksec rate --format FORMAT --lang LANG` writes it (tws_rate_format:
   * format json, oscal, sarif or html; lang en or ja, for html).
   */
  rateBytes(text, name = null, { format = null, lang = null } = {}) {
    const input = typeof text === 'string' ? encoder.encode(text) : text;
    const cString = (s) => (s === null ? null : encoder.encode(`${s}\0`));
    if (format === null) {
      return this.call(
        (x, [[json, jsonLen], [namePtr]], out, cap, outLen) =>
          x.tws_rate_json(json, jsonLen, namePtr, out, cap, outLen),
        [input, cString(name)]);
    }
    return this.call(
      (x, [[json, jsonLen], [namePtr], [formatPtr], [langPtr]], out, cap, outLen) =>
        x.tws_rate_format(json, jsonLen, namePtr, formatPtr, langPtr, out, cap, outLen),
      [input, cString(name), cString(format), cString(lang)]);
  }

  /**
   * The result as text (options as rateBytes: {format, lang}); throws
   * BadInput on a bad assessment or an unknown format.
   */
  rate(text, name = null, options = {}) {
    const { status, bytes } = this.rateBytes(text, name, options);
    const out = decoder.decode(bytes);
    if (status === TWS_OK) return out;
    if (status === TWS_BAD_INPUT) throw new BadInput(out);
    throw new Error(`teleworksec.wasm: rating returned status ${status}`);
  }

  /**
   * tws_export_catalog: a catalog as a document, e.g.
   * exportCatalog('coworking-v2', 'oscal-catalog'), the bytes of
   * `teleworksec export oscal-catalog coworking-v2`.
   */
  exportCatalog(catalog, format) {
    const { status, bytes } = this.call(
      (x, [[catalogPtr], [formatPtr]], out, cap, outLen) =>
        x.tws_export_catalog(catalogPtr, formatPtr, out, cap, outLen),
      [encoder.encode(`${catalog}\0`), encoder.encode(`${format}\0`)]);
    const out = decoder.decode(bytes);
    if (status === TWS_OK) return out;
    if (status === TWS_BAD_INPUT) throw new BadInput(out);
    throw new Error(`teleworksec.wasm: tws_export_catalog(${catalog}) returned status ${status}`);
  }

  /** tws_catalogs: [{id, fingerprint}, …]. */
  catalogs() {
    const { status, bytes } = this.call((x, _, out, cap, outLen) => x.tws_catalogs(out, cap, outLen), []);
    if (status !== TWS_OK) throw new Error(`teleworksec.wasm: tws_catalogs returned status ${status}`);
    return JSON.parse(decoder.decode(bytes));
  }

  /** tws_version, e.g. "0.1.0". */
  version() {
    const x = this.live();
    const p = x.tws_version();
    const bytes = new Uint8Array(x.memory.buffer, p);
    return decoder.decode(bytes.subarray(0, bytes.indexOf(0)));
  }
}

// The bytes at a URL: read from disk for a file: URL (Node.js, whose fetch
// cannot), fetched otherwise.
async function readUrl(url) {
  const u = new URL(url);
  if (u.protocol === 'file:') {
    const { readFile } = await import('node:fs/promises');
    return readFile(u);
  }
  const response = await fetch(u);
  if (!response.ok) throw new Error(`${u.pathname}: ${response.status} ${response.statusText}`);
  return new Uint8Array(await response.arrayBuffer());
}

// Compiles a fetched module while its bytes arrive, where the host can and the
// server sends application/wasm (a TypeError otherwise: then from the bytes).
async function compileResponse(response) {
  if (!response.ok) throw new Error(`teleworksec.wasm: ${response.status} ${response.statusText}`);
  if (WebAssembly.compileStreaming) {
    try {
      return await WebAssembly.compileStreaming(response.clone());
    } catch (e) {
      if (!(e instanceof TypeError)) throw e;
    }
  }
  return WebAssembly.compile(await response.arrayBuffer());
}

/**
 * Compiles teleworksec.wasm once and returns its Engine.
 * @param {URL|string|ArrayBuffer|Uint8Array|WebAssembly.Module|Response} source
 *   a URL (http(s): fetched, file: read), the file's bytes, or a compiled module
 */
export async function loadEngine(source, options = {}) {
  let module;
  if (source instanceof WebAssembly.Module) {
    module = source;
  } else if (source instanceof ArrayBuffer || ArrayBuffer.isView(source)) {
    module = await WebAssembly.compile(source);
  } else if (typeof Response !== 'undefined' && source instanceof Response) {
    module = await compileResponse(source);
  } else if (new URL(source, globalThis.location?.href).protocol !== 'file:') {
    module = await compileResponse(await fetch(source));
  } else {
    module = await WebAssembly.compile(await readUrl(source));
  }
  return new Engine(module, options);
}

/**
 * The library as a user calls it: rates assessments (objects or JSON text)
 * into result/v1 objects, and gives each catalog's structured rules and blank
 * template from the data files beside this module (catalogs/<id>.json, written
 * at build time by `teleworksec rules … --format json` and `template … --hints`).
 */
// An assessment given as an object or as its JSON text, as text.
function assessmentText(assessment) {
  return typeof assessment === 'string' ? assessment : JSON.stringify(assessment);
}

export class Teleworksec {
  /**
   * @param {Engine} engine
   * @param {URL|string} dataUrl  the folder of the catalogs' data files
   */
  constructor(engine, dataUrl) {
    this.engine = engine;
    this.dataUrl = new URL(dataUrl);
    this.data = new Map();  // catalog id -> Promise of its data file
  }

  /** result/v1 of an assessment (an object or its JSON text); throws BadInput. */
  rate(assessment, name = null) {
    return JSON.parse(this.rateText(assessment, name));
  }

  /** result/v1 as text, byte for byte that of `teleworksec rate --format json`. */
  rateText(assessment, name = null) {
    return this.engine.rate(assessmentText(assessment), name);
  }

  /**
   * The rating as another document, byte for byte `teleworksec rate --format
   * FORMAT [--lang LANG]`: format 'oscal' (OSCAL assessment results), 'sarif',
   * 'html' (lang 'en' or 'ja') or 'json'; throws BadInput.
   */
  report(assessment, format, { name = null, lang = null } = {}) {
    return this.engine.rate(assessmentText(assessment), name, { format, lang });
  }

  /** A catalog as a document: 'oscal-catalog', as `teleworksec export oscal-catalog CATALOG`. */
  exportCatalog(catalog, format = 'oscal-catalog') {
    return this.engine.exportCatalog(catalog, format);
  }

  /**
   * What to do next, as `teleworksec gaps --format json`: the result's "gaps"
   * (certification, self-check), "plan" (policy) or "residual_risks" (risk).
   */
  gaps(assessment, name = null) {
    const r = this.rate(assessment, name);
    return r.gaps ?? r.plan ?? r.residual_risks;
  }

  /** The catalogs of the engine: [{id, fingerprint}, …]. */
  catalogs() { return this.engine.catalogs(); }

  /** The library's version, e.g. "0.1.0". */
  version() { return this.engine.version(); }

  // The data file of a catalog, read once.
  file(catalog) {
    if (!this.catalogs().some((c) => c.id === catalog)) {
      return Promise.reject(new Error(`unknown catalog "${catalog}"`));
    }
    if (!this.data.has(catalog)) {
      this.data.set(catalog, readUrl(new URL(`${catalog}.json`, this.dataUrl))
        .then((bytes) => JSON.parse(decoder.decode(bytes))));
    }
    return this.data.get(catalog);
  }

  /** The structured rules of a catalog, as `teleworksec rules CATALOG --format json`. */
  async rules(catalog) { return (await this.file(catalog)).rules; }

  /**
   * A blank assessment of a catalog (every fact true, nothing answered), as
   * `teleworksec template CATALOG`; with hints, the "hints" object of every
   * text that `--hints` adds (remove it before rating).
   */
  async template(catalog, { hints = false } = {}) {
    const t = structuredClone((await this.file(catalog)).template);
    if (!hints) delete t.hints;
    return t;
  }
}

/**
 * Loads the engine and the catalogs' data from beside this module (or from
 * options.wasm and options.data), in browsers and Node.js alike.
 */
export async function load(options = {}) {
  const engine = await loadEngine(options.wasm ?? new URL('teleworksec.wasm', import.meta.url), options);
  return new Teleworksec(engine, options.data ?? new URL('catalogs/', import.meta.url));
}
