using System.Globalization;

namespace Attest.Ingest.Reading;

/// <summary>Writes byte counts the way the size-limit message shows them: "62.0 MB", "50 MB", "812 bytes".</summary>
internal static class SizeText
{
    private const double Kilo = 1024;
    private const double Mega = 1024 * 1024;

    /// <summary>A measured size, always with one decimal above a kilobyte.</summary>
    public static string Measured(long bytes) => bytes switch
    {
        < 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes} bytes"),
        < 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / Kilo:0.0} KB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes / Mega:0.0} MB"),
    };

    /// <summary>A configured limit, without a decimal when it is a whole number of units.</summary>
    public static string Limit(long bytes) => bytes switch
    {
        < 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes} bytes"),
        < 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / Kilo:0.#} KB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes / Mega:0.#} MB"),
    };

    /// <summary>The reason given for an input over the limit.</summary>
    public static string OverLimit(long bytes, long limit) => $"is {Measured(bytes)}, over the {Limit(limit)} limit";

    /// <summary>The reason given for a stream that went past the limit before it ended.</summary>
    public static string OverLimitUnknownSize(long limit) => $"is over the {Limit(limit)} limit";
}
