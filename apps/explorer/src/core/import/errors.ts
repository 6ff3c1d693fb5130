/** A file that could not be imported: the message names the file and says why. */
export class ImportError extends Error {
  override name = 'ImportError';
  constructor(
    readonly fileName: string,
    readonly reason: string,
  ) {
    super(`${fileName}: ${reason}`);
  }
}

export const reasonOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));
