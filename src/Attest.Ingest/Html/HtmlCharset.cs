using System.Text;
using System.Text.RegularExpressions;

namespace Attest.Ingest.Html;

/// <summary>Finds the charset an HTML page declares in its first kilobytes (<c>&lt;meta charset&gt;</c> or http-equiv), as browsers pre-scan.</summary>
internal static partial class HtmlCharset
{
    private const int PrescanBytes = 4096;

    public static string? Declared(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, PrescanBytes)]);
        foreach (Match meta in MetaTag().Matches(head))
        {
            if (Charset().Match(meta.Value) is { Success: true } charset)
            {
                return charset.Groups[1].Value;
            }
        }

        return null;
    }

    [GeneratedRegex(@"<meta\b[^>]*>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaTag();

    [GeneratedRegex(@"charset\s*=\s*[""']?\s*([A-Za-z0-9_\-:.]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Charset();
}
