using System.Security.Cryptography;
using System.Text;
using Attest.Core.Sources;

namespace Attest.Store.Tests;

/// <summary>Realistic news sources for the store tests, built the way a reader would capture them.</summary>
internal static class StoreFixtureSources
{
    public static CapturedSource Make(string text, string title, string? outlet = null, DateOnly? published = null, string origin = "fixture.txt")
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var metadata = new SourceMetadata(origin, "text/plain", DateTimeOffset.UtcNow, Title: title, Outlet: outlet, Published: published, Language: "en",
            Dateline: text.StartsWith("ISLAMABAD", StringComparison.Ordinal) ? new Dateline(0, 12, "ISLAMABAD") : null);
        return new CapturedSource(Convert.ToHexStringLower(SHA256.HashData(bytes)), bytes, text, metadata);
    }

    public static readonly CapturedSource CouncilReport = Make(
        "ISLAMABAD: Pakistan welcomed the closed-door consultations of the United Nations Security Council on Kashmir, " +
        "the first such meeting on the dispute in decades, officials said on Saturday.",
        "UN Security Council discusses Kashmir", outlet: "The Nation", published: new DateOnly(2019, 8, 17));

    public static readonly CapturedSource SolidarityOpinion = Make(
        "Today people around the globe are marking Kashmir Solidarity Day. The resolutions of the Security Council remain unimplemented, " +
        "the writer argues, and the council must act.",
        "Kashmir Solidarity Day", outlet: "Daily Times", published: new DateOnly(2021, 2, 5));

    public static readonly CapturedSource TradeNews = Make(
        "New Delhi - Trade between the two neighbours has fallen sharply since the border was closed to commerce, traders reported.",
        "Trade falls", outlet: "Dawn", published: new DateOnly(2020, 1, 10));
}
