import { nodeZipCodec } from "../../src/cli/nodeZipCodec";
import { fflateCodec, type ZipCodec } from "../../src/hosts/xlsx/zipCodec";

function inflateAll(codec: ZipCodec, data: Uint8Array): string {
  const decoder = new TextDecoder();
  let text = "";
  let finals = 0;
  codec.inflate(data, (bytes, final) => {
    text += decoder.decode(bytes, { stream: !final });
    if (final) finals += 1;
  });
  expect(finals).toBe(1);
  return text;
}

function deflateStreamed(codec: ZipCodec, pieces: string[]): Uint8Array {
  const chunks: Uint8Array[] = [];
  const deflater = codec.deflater(3, (chunk) => chunks.push(chunk));
  pieces.forEach((piece, index) =>
    deflater.push(new TextEncoder().encode(piece), index === pieces.length - 1),
  );
  return Buffer.concat(chunks);
}

describe("nodeZipCodec", () => {
  // Over 1 MiB, so the native inflater hands the text out in several slices.
  const text = Array.from(
    { length: 60_000 },
    (_, row) => `<row r="${row + 1}"><c><v>${row * 1.5}</v></c></row>客户`,
  ).join("");
  const pieces = [text.slice(0, 1000), text.slice(1000, 500_000), text.slice(500_000)];

  it("makes streams the pure-JS codec reads, and reads the pure-JS codec's streams", () => {
    expect(inflateAll(fflateCodec, deflateStreamed(nodeZipCodec, pieces))).toBe(text);
    expect(inflateAll(nodeZipCodec, deflateStreamed(fflateCodec, pieces))).toBe(text);
    expect(inflateAll(fflateCodec, nodeZipCodec.deflate(new TextEncoder().encode("small part")))).toBe(
      "small part",
    );
  });

  it("computes the zip checksum like the table-driven CRC-32, also when continued", () => {
    const bytes = new TextEncoder().encode(text);
    // 0xCBF43926 is the standard CRC-32 check value of "123456789".
    expect(nodeZipCodec.crc32(0, new TextEncoder().encode("123456789"))).toBe(0xcbf43926);
    const split = nodeZipCodec.crc32(nodeZipCodec.crc32(0, bytes.subarray(0, 777)), bytes.subarray(777));
    expect(split).toBe(fflateCodec.crc32(0, bytes));
  });

  it("inflates an empty part to one final empty piece", () => {
    expect(inflateAll(nodeZipCodec, nodeZipCodec.deflate(new Uint8Array(0)))).toBe("");
  });
});
