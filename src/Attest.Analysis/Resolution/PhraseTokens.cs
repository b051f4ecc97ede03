using System.Globalization;
using System.Text;

namespace Attest.Analysis.Resolution;

/// <summary>
/// The lower-case words of a short phrase, for matching titles, roles and country words: accents, dots and a possessive
/// "'s" dropped, hyphens and other punctuation split ("Pakistan’s Prime-Minister" → pakistan, prime, minister).
/// </summary>
public static class PhraseTokens
{
    public static string[] Of(string phrase)
    {
        var decomposed = phrase.Normalize(NormalizationForm.FormD);
        var words = new List<string>();
        var word = new StringBuilder();
        for (var i = 0; i < decomposed.Length; i++)
        {
            var c = decomposed[i];
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c == '.')
            {
                continue;
            }

            if (c is '\'' or '’')
            {
                // A possessive "'s" ends the word and is dropped; any other apostrophe joins ("Ra'ad").
                if (i + 1 < decomposed.Length && decomposed[i + 1] is 's' or 'S' && (i + 2 == decomposed.Length || !char.IsLetter(decomposed[i + 2])))
                {
                    i++;
                    Flush(words, word);
                }

                continue;
            }

            if (char.IsLetterOrDigit(c) || c == '&')
            {
                word.Append(char.ToLowerInvariant(c));
            }
            else
            {
                Flush(words, word);
            }
        }

        Flush(words, word);
        return words.ToArray();
    }

    /// <summary>The words joined by single spaces: the key of a phrase in the role and country tables.</summary>
    public static string Key(string phrase) => string.Join(' ', Of(phrase));

    private static void Flush(List<string> words, StringBuilder word)
    {
        if (word.Length > 0)
        {
            words.Add(word.ToString());
            word.Clear();
        }
    }
}
