/**
 * A constant of bundled data built on first use: static tables too costly to build at start-up
 * (a run that never needs them does not pay; start-up is measured, see bench/). It depends on no
 * input and is the same value whoever asks first, so no run leaves anything in it for the next:
 * it is not a cache (caches of what a run reads live in the objects the run passes down).
 */
export function lazyConstant<T>(build: () => T): () => T {
  let built: { value: T } | undefined;
  return () => {
    built ??= { value: build() };
    return built.value;
  };
}
