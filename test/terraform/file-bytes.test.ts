// biome-ignore-all lint/suspicious/noTemplateCurlyInString: "${name}" is template syntax inside a fixture file
/**
 * file() and templatefile() give a file's bytes as Terraform does (issue 16): CRLF line endings
 * and a byte-order mark stay, so md5(file(x)) is filemd5(x), as in Terraform. Other readers fold
 * CRLF for parsing; the values a configuration computes from a file must not.
 */
import { describe, expect, it } from "vitest";
import { TERRAFORM_GRANT_TYPES } from "../../src/grants/table.js";
import { readTerraformRoot } from "../../src/iac/terraform/index.js";
import { memorySnapshot } from "../../src/sources/snapshot.js";

const CRLF = "line one\r\nline two\r\n";
// md5 of the bytes above as they are; with CRLF folded to LF it would be 987929d61c9b69f0c6406b840aa77fd8.
const CRLF_MD5 = "a775daabdb44c57a65eaadeef4edfe51";

async function tags(files: Record<string, string>, tagsHcl: string) {
  const r = await readTerraformRoot(
    memorySnapshot({
      ...files,
      "main.tf": `resource "aws_sqs_queue" "q" {\n  name = "q"\n  tags = ${tagsHcl}\n}\n`,
    }),
    "",
    { grantTypes: TERRAFORM_GRANT_TYPES },
  );
  expect(r.errors).toEqual([]);
  return r.resources[0]!.properties.tags as Record<string, unknown>;
}

describe("files with CRLF line endings", () => {
  it("hash the same through file() as through the file hash functions", async () => {
    const t = await tags(
      { "notes.txt": CRLF },
      `{
    via_file  = md5(file("notes.txt"))
    filemd5   = filemd5("notes.txt")
    sha_equal = sha256(file("notes.txt")) == filesha256("notes.txt")
    b64_equal = base64encode(file("notes.txt")) == filebase64("notes.txt")
    lines     = length(split("\\n", chomp(file("notes.txt"))))
    text      = file("notes.txt")
  }`,
    );
    expect(t).toEqual({
      via_file: CRLF_MD5,
      filemd5: CRLF_MD5,
      sha_equal: true,
      b64_equal: true,
      lines: 2,
      text: CRLF,
    });
  });

  it("keep a byte-order mark and CRLF in templatefile() output", async () => {
    const t = await tags(
      { "bom.txt": "\uFEFFid\r\n", "greeting.tpl": "hello ${name}\r\nbye\r\n" },
      `{
    bom_sha = sha256(file("bom.txt")) == filesha256("bom.txt")
    greet   = templatefile("greeting.tpl", { name = "ops" })
  }`,
    );
    expect(t).toEqual({ bom_sha: true, greet: "hello ops\r\nbye\r\n" });
  });
});
