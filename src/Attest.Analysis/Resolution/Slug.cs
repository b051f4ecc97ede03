using System.Globalization;
using System.Text;

namespace Attest.Analysis.Resolution;

/// <summary>The lower-case, hyphenated, accent-free form of a name used in stable record ids ("António Guterres" → "antonio-guterres").</summary>
public static class Slug
{
    public static string Of(string name)
    {
        var decomposed = name.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var pendingHyphen = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c is '\'' or '’' or '.')
            {
                // Apostrophes and dots join ("Prime Minister's" → "ministers", "U.S." → "us") so ids stay short and stable.
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                if (pendingHyphen && builder.Length > 0)
                {
                    builder.Append('-');
                }

                builder.Append(char.ToLowerInvariant(c));
                pendingHyphen = false;
            }
            else
            {
                pendingHyphen = true;
            }
        }

        return builder.Length == 0 ? "unnamed" : builder.ToString();
    }
}
