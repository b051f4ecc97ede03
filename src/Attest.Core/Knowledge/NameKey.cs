using System.Globalization;
using System.Text;

namespace Attest.Core.Knowledge;

/// <summary>The comparison key of a name: case, accents, a leading "the", possessive "'s" and punctuation ignored.</summary>
public static class NameKey
{
    public static string Normalize(string name)
    {
        var decomposed = name.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c) || c == '&')
            {
                if (pendingSpace && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                builder.Append(char.ToLowerInvariant(c));
                pendingSpace = false;
            }
            else if (c is '\'' or '’' or '.')
            {
                // "U.S." is "us" and "Pakistan’s" is "pakistan s" → trimmed below; apostrophes and dots join, not split.
                continue;
            }
            else
            {
                pendingSpace = true;
            }
        }

        var key = builder.ToString();
        if (key.StartsWith("the ", StringComparison.Ordinal))
        {
            key = key[4..];
        }

        return key.EndsWith("s", StringComparison.Ordinal) && name.TrimEnd().EndsWith("s", StringComparison.Ordinal)
               && (name.TrimEnd().EndsWith("'s", StringComparison.Ordinal) || name.TrimEnd().EndsWith("’s", StringComparison.Ordinal))
            ? key[..^1]
            : key;
    }
}
