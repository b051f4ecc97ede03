using Lingua;

namespace Attest.Ingest.Languages;

/// <summary>Names the language of a source's text (ISO 639-1) among the languages reporting on the region is written in.</summary>
internal static class LanguageIdentifier
{
    // Detection settles long before the end of a news article; reading more only costs time.
    private const int SampleChars = 3000;
    private const int MinLetters = 20;

    private static readonly Lock Gate = new();

    private static readonly LanguageDetector Detector = LanguageDetectorBuilder
        .FromLanguages(
            Language.English, Language.Urdu, Language.Hindi, Language.Arabic, Language.Persian, Language.Punjabi,
            Language.Bengali, Language.Chinese, Language.Russian, Language.French, Language.German, Language.Spanish,
            Language.Turkish)
        .Build();

    /// <summary>The ISO 639-1 code, or null when the text is too short or too mixed to tell.</summary>
    public static string? Identify(string text)
    {
        var sample = text.Length <= SampleChars ? text : text[..SampleChars];
        if (sample.Count(char.IsLetter) < MinLetters)
        {
            return null;
        }

        Language language;
        lock (Gate)
        {
            // Lingua loads its models lazily; one caller at a time keeps that loading safe across ingestion threads.
            language = Detector.DetectLanguageOf(sample);
        }

        return language == Language.Unknown ? null : language.IsoCode6391().ToString().ToLowerInvariant();
    }
}
