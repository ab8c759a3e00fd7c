/** What `run` throws, or undefined when it returns: for tests that look into an error. */
export function errorOf(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
}
