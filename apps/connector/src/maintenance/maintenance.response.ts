/** `{op: "store/<dir>" | "restore/<dir>", done, failed}`: one of done and failed is the empty string. */
export interface MaintenanceResponse {
  op: string;
  done: string;
  failed: string;
}
