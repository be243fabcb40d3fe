/** Why a correction was refused: the API shows these as NOT_FOUND or BAD_USER_INPUT. */
export class CorrectionError extends Error {
  constructor(
    public readonly reason: "NOT_FOUND" | "INVALID",
    message: string,
  ) {
    super(message);
    this.name = "CorrectionError";
  }
}
