import { UnsupportedCodecError } from '../../errors/client-errors.js';
import { ProtocolError } from '../../errors/kafka-error.js';

/**
 * A codec's native binding, loaded on first use rather than when this package is imported: an
 * application that never meets a compressed batch never loads it, a platform without its binary
 * can still import the package, and a bundler leaves it alone (the specifier is not a literal, so
 * esbuild and friends do not try to bundle a `.node` file; it is loaded from `node_modules` at run
 * time).
 *
 * Loading is asynchronous (`import()`, the one loader that works from both the ESM and the
 * CommonJS build); once loaded, the synchronous codec paths use the binding directly.
 */
export class NativeBinding<T> {
  private binding: T | undefined;
  private loading: Promise<T> | undefined;

  constructor(
    /** The codec's name, for errors: `lz4`. */
    private readonly codec: string,
    /** The npm package that provides it: `lz4-napi`. */
    private readonly pkg: string,
  ) {}

  /** True once {@link load} has succeeded: the sync paths may run. */
  get ready(): boolean {
    return this.binding !== undefined;
  }

  /**
   * Loads the binding (once; a failure is retried on the next call).
   *
   * @throws UnsupportedCodecError naming the codec, the package and the fix.
   */
  load(): Promise<T> {
    if (this.binding !== undefined) return Promise.resolve(this.binding);
    this.loading ??= import(/* a variable: bundlers keep it external */ this.pkg).then(
      (m: { default?: T } & T) => {
        this.binding = (m.default ?? m) as T;
        return this.binding;
      },
      (err: unknown) => {
        this.loading = undefined;
        const why = err instanceof Error ? err.message.split('\n')[0] : String(err);
        throw new UnsupportedCodecError(
          this.codec,
          `${this.codec} compression needs the package "${this.pkg}" and its native binary for ${process.platform}-${process.arch}, which could not be loaded (${why}); install it next to @kafka-aio/protocol (npm install ${this.pkg}), and keep it external when bundling`,
          { cause: err },
        );
      },
    );
    return this.loading;
  }

  /**
   * The loaded binding, for the synchronous paths.
   *
   * @throws ProtocolError when it has not been loaded yet: call the async API (or `await
   * loadCompressionCodec(type)`) first.
   */
  get(): T {
    if (this.binding === undefined) {
      throw new ProtocolError(
        `the ${this.codec} binding is not loaded yet: use the async encode/decode functions, or await loadCompressionCodec() before the sync ones`,
      );
    }
    return this.binding;
  }
}
