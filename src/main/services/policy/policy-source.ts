import type { PolicyLayer } from '@shared/policy/validate-policy';

/**
 * One place IT's policy may be: a file, a plist, a registry key. Sources are
 * listed highest precedence first (machine before user).
 */
export interface PolicySource {
  /** Where it reads, for problems and the support bundle: a path or a registry key. */
  name: string;
  /** The checked layer; null when there is no policy here (the usual case on an unmanaged machine). Never throws on bad content. */
  read(): Promise<PolicyLayer | null>;
}
