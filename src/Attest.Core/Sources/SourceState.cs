using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Attest.Core.Sources;

/// <summary>The canonical hash of a stored source's state (bytes hash, metadata, text), recorded in the audit log.</summary>
public static class SourceState
{
    public static string Hash(string sha256, SourceMetadata m, string text)
    {
        var fields = new[]
        {
            sha256, m.Origin, m.MediaType, m.FetchedAt.ToUniversalTime().ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture),
            m.Title ?? "", m.Outlet ?? "", m.Author ?? "", m.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
            m.Url ?? "", m.CanonicalUrl ?? "", m.Language ?? "",
            m.Dateline?.Place ?? "", m.Dateline?.Date ?? "", m.Dateline?.Agency ?? "",
            Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text))),
        };
        var builder = new StringBuilder();
        foreach (var field in fields)
        {
            builder.Append(field.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(field).Append(';');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(builder.ToString())));
    }
}
