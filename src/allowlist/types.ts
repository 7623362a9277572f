import type { Zone } from "../model/types.js";

export interface Approval {
  /** Position in the file, 0-based, and the line it starts on. */
  index: number;
  line: number;
  principal: string;
  reason: string;
  approved_by: string;
  ticket?: string;
  expires?: string;
  resources?: string[];
  actions?: string[];
}

export interface Allowlist {
  file: string;
  zone: Zone;
  /** trusted.aws-service-accounts: AWS-owned service accounts of the catalog are trusted. */
  trustAwsServiceAccounts: boolean;
  /** Names for accounts (allowlist `accounts:`). */
  accountNames: Record<string, string>;
  approvals: Approval[];
  /** Things worth saying about the file that are not errors (e.g. an approval of public access). */
  warnings: string[];
}

export interface AllowlistError {
  file: string;
  line?: number;
  message: string;
}

export const EMPTY_ALLOWLIST: Allowlist = {
  file: "",
  zone: { accounts: [], organizations: [], orgPaths: [], expressions: [], githubOrgs: [] },
  trustAwsServiceAccounts: false,
  accountNames: {},
  approvals: [],
  warnings: [],
};
