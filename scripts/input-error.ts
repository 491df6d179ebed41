/** An input the command cannot read; its message, one sentence, is shown to the user as is. */
export class InputError extends Error {}
