using System.Text;

namespace Attest.Ingest.Reading;

/// <summary>Turns text bytes into a string: a byte-order mark first, then a declared charset, else strict UTF-8 — never a guess.</summary>
internal static class TextDecoder
{
    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Decodes the bytes, without any byte-order mark.</summary>
    /// <param name="declaredCharset">A charset named by the transport or the document itself, or null.</param>
    /// <exception cref="UnreadableSourceException">The bytes are not valid in the chosen encoding, or the charset is unknown.</exception>
    public static string Decode(ReadOnlySpan<byte> bytes, string? declaredCharset)
    {
        if (Bom.Detect(bytes) is { } bom)
        {
            try
            {
                return Strict(bom.Encoding).GetString(bytes[bom.Length..]);
            }
            catch (DecoderFallbackException)
            {
                throw new UnreadableSourceException($"is not valid {bom.Encoding.WebName} text, although it starts with a {bom.Encoding.WebName} byte-order mark");
            }
        }

        if (!string.IsNullOrWhiteSpace(declaredCharset))
        {
            var encoding = Resolve(declaredCharset);
            try
            {
                return Strict(encoding).GetString(bytes);
            }
            catch (DecoderFallbackException)
            {
                throw new UnreadableSourceException($"is not valid {encoding.WebName} text, although it declares charset '{declaredCharset}'");
            }
        }

        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            var offset = FirstInvalidUtf8(bytes);
            var at = offset >= 0 ? $" (byte 0x{bytes[offset]:X2} at offset {offset})" : "";
            throw new UnreadableSourceException($"is not valid UTF-8 text{at} and declares no other encoding", ex);
        }
    }

    /// <summary>The encoding a charset label names (windows-1252, iso-8859-1, utf-16…).</summary>
    public static Encoding Resolve(string charset)
    {
        var label = charset.Trim().Trim('"', '\'');
        try
        {
            return Encoding.GetEncoding(label);
        }
        catch (ArgumentException)
        {
            throw new UnreadableSourceException($"declares an unknown charset '{label}'");
        }
    }

    private static Encoding Strict(Encoding encoding) =>
        Encoding.GetEncoding(encoding.CodePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);

    private static int FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        for (var offset = 0; offset < bytes.Length;)
        {
            if (Rune.DecodeFromUtf8(bytes[offset..], out _, out var consumed) != System.Buffers.OperationStatus.Done)
            {
                return offset;
            }

            offset += consumed;
        }

        return -1;
    }
}
