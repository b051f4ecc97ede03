using System.Globalization;

namespace Attest.Ingest.Reading;

/// <summary>Reads the calendar date a publication gives (ISO 8601, RFC 822, plain dates), keeping the date as written in its own time zone.</summary>
internal static class PublicationDate
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy/MM/dd", "yyyyMMdd", "d MMMM yyyy", "MMMM d, yyyy", "d MMM yyyy", "MMM d, yyyy"];

    public static DateOnly? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var text = value.Trim();

        // The date part of an ISO timestamp is the publisher's own calendar date; converting to UTC could shift it a day.
        if (text.Length >= 10 && DateOnly.TryParseExact(text.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var iso))
        {
            return iso;
        }

        if (DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var plain))
        {
            return plain;
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var stamp))
        {
            return DateOnly.FromDateTime(stamp.DateTime);
        }

        return Rfc822(text);
    }

    /// <summary>RSS dates such as <c>Tue, 03 Mar 2026 09:15:00 PKT</c>, whose zone names .NET does not know: the date part alone.</summary>
    private static DateOnly? Rfc822(string text)
    {
        var parts = text.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries);
        var start = parts.Length > 0 && !char.IsDigit(parts[0][0]) ? 1 : 0;
        if (parts.Length - start >= 3
            && DateOnly.TryParseExact($"{parts[start]} {parts[start + 1]} {parts[start + 2]}", ["d MMM yyyy", "d MMMM yyyy", "d MMM yy"],
                CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        return null;
    }
}
