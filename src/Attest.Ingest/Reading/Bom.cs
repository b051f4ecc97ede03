using System.Text;

namespace Attest.Ingest.Reading;

/// <summary>A byte-order mark at the start of text bytes: which Unicode encoding it announces and how long it is.</summary>
internal sealed record Bom(Encoding Encoding, int Length)
{
    public static Bom? Detect(ReadOnlySpan<byte> bytes) => bytes switch
    {
        [0xEF, 0xBB, 0xBF, ..] => new Bom(Encoding.UTF8, 3),
        [0xFF, 0xFE, 0x00, 0x00, ..] => new Bom(Encoding.UTF32, 4),
        [0x00, 0x00, 0xFE, 0xFF, ..] => new Bom(new UTF32Encoding(bigEndian: true, byteOrderMark: true), 4),
        [0xFF, 0xFE, ..] => new Bom(Encoding.Unicode, 2),
        [0xFE, 0xFF, ..] => new Bom(Encoding.BigEndianUnicode, 2),
        _ => null,
    };
}
