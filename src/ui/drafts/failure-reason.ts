/** A failure's message, for the Chinese sentence that says what could not be done. */
export const failureReason = (error: unknown) =>
  error instanceof Error ? error.message : String(error);
