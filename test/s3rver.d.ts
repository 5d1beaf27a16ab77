// The part of s3rver (an S3-compatible server for tests; it ships no types) that the tests use.
declare module "s3rver" {
  import type { AddressInfo } from "node:net";
  export type Options = { address?: string; port?: number; silent?: boolean; directory?: string; configureBuckets?: Array<{ name: string; configs: unknown[] }> };
  export default class S3rver {
    constructor(options: Options);
    run(): Promise<AddressInfo>;
    close(): Promise<void>;
  }
}
