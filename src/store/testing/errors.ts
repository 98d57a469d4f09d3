import { SitrepError } from '../../core/errors.js';

/** The SitrepError code a promise rejects with, or undefined when it resolves; other errors are rethrown. */
export async function codeOf(promise: Promise<unknown>): Promise<string | undefined> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof SitrepError) return error.code;
    throw error;
  }
  return undefined;
}
