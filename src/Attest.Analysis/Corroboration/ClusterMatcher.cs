using System.Globalization;

namespace Attest.Analysis.Corroboration;

/// <summary>Decides whether two extracted items from different sources tell the same event or assert the same thing, and says why.</summary>
public sealed class ClusterMatcher
{
    /// <summary>Events further apart than this (by their own date, else publication date) are different events.</summary>
    public int DayWindow { get; init; } = 3;

    /// <summary>Word overlap (Dice) that joins two events whose actors are only compatible, not both named alike.</summary>
    public double EventOverlap { get; init; } = 0.3;

    /// <summary>Word overlap that joins two events whose source and target actors both match.</summary>
    public double EventOverlapWithActors { get; init; } = 0.12;

    /// <summary>Word overlap that joins two claims whatever their speakers.</summary>
    public double ClaimOverlap { get; init; } = 0.5;

    /// <summary>Word overlap that joins two claims by the same named speaker.</summary>
    public double ClaimOverlapSameSpeaker { get; init; } = 0.3;

    /// <summary>Share of a denial's words that must appear in an item for the denial to dispute it.</summary>
    public double DisputeContainment { get; init; } = 0.6;

    /// <returns>Why the two are the same event or claim, or null when they are not.</returns>
    public string? Match(ItemProfile a, ItemProfile b)
    {
        if (a.Kind != b.Kind || a.SourceId == b.SourceId || a.Denial != b.Denial)
        {
            return null;
        }

        return a.Kind == ItemProfile.EventKind ? MatchEvents(a, b) : MatchClaims(a, b);
    }

    /// <returns>Why <paramref name="denial"/> disputes <paramref name="item"/>, or null when it does not.</returns>
    public string? Disputes(ItemProfile denial, ItemProfile item)
    {
        if (!denial.Denial || item.Denial || denial.SourceId == item.SourceId && denial.Kind == item.Kind && denial.Key == item.Key)
        {
            return null;
        }

        var shared = SharedCount(denial.Terms, item.Terms);
        var containment = ContentTerms.Containment(denial.Terms, item.Terms);
        if (shared < 2 || denial.Terms.Count > item.Terms.Count * 3 || containment < DisputeContainment)
        {
            return null;
        }

        var who = denial.SpeakerName ?? denial.SpeakerKind;
        return string.Create(CultureInfo.InvariantCulture, $"{who} denies it: {shared} of the denial's {denial.Terms.Count} words are in this account");
    }

    private string? MatchEvents(ItemProfile a, ItemProfile b)
    {
        if (a.Root != b.Root || !SameLocation(a.Location, b.Location))
        {
            return null;
        }

        var days = DayDistance(a, b);
        if (days is null or < 0)
        {
            return null;
        }

        var straight = Compatible(a.Actor, a.ActorCountry, b.Actor, b.ActorCountry) && Compatible(a.Target, a.TargetCountry, b.Target, b.TargetCountry);

        // Meetings, calls and agreements read the same from either side: "Trump called Khan" is "Khan spoke to Trump".
        var swapped = a.Root is "03" or "04" or "05" or "06"
            && Compatible(a.Actor, a.ActorCountry, b.Target, b.TargetCountry) && Compatible(a.Target, a.TargetCountry, b.Actor, b.ActorCountry);
        if (!straight && !swapped)
        {
            return null;
        }

        var named = straight
            ? Same(a.Actor, b.Actor) && Same(a.Target, b.Target)
            : Same(a.Actor, b.Target) && Same(a.Target, b.Actor);
        var overlap = ContentTerms.Overlap(a.Terms, b.Terms);
        if (overlap < (named ? EventOverlapWithActors : EventOverlap))
        {
            return null;
        }

        var actors = named ? $"same actors ({a.Actor} → {a.Target ?? "—"})" : "compatible actors";
        var place = (a.Location ?? b.Location) is { } location ? $"at {location}, " : "";
        return string.Create(CultureInfo.InvariantCulture, $"same CAMEO root {a.Root}, {actors}, {days} day(s) apart, {place}word overlap {overlap:0.00}");
    }

    private string? MatchClaims(ItemProfile a, ItemProfile b)
    {
        var overlap = ContentTerms.Overlap(a.Terms, b.Terms);
        if (overlap >= ClaimOverlap && SharedCount(a.Terms, b.Terms) >= 3)
        {
            return string.Create(CultureInfo.InvariantCulture, $"same content (word overlap {overlap:0.00})");
        }

        if (!a.IsAnonymous && a.SpeakerName is { } speaker && Same(speaker, b.SpeakerName) && overlap >= ClaimOverlapSameSpeaker)
        {
            return string.Create(CultureInfo.InvariantCulture, $"same speaker ({speaker}) and similar content (word overlap {overlap:0.00})");
        }

        return null;
    }

    /// <summary>Days between the two, or null when their dates cannot be the same day (a month-precise date must contain the other).</summary>
    private int? DayDistance(ItemProfile a, ItemProfile b)
    {
        if (a.Date is { Length: 7 } month && b.Day is { } bd)
        {
            return bd.ToString("yyyy-MM", CultureInfo.InvariantCulture) == month ? 0 : null;
        }

        if (b.Date is { Length: 7 } otherMonth && a.Day is { } ad)
        {
            return ad.ToString("yyyy-MM", CultureInfo.InvariantCulture) == otherMonth ? 0 : null;
        }

        if (a.Day is not { } x || b.Day is not { } y)
        {
            return null;
        }

        var distance = Math.Abs(x.DayNumber - y.DayNumber);
        return distance <= DayWindow ? distance : null;
    }

    private static bool SameLocation(string? a, string? b) => a is null || b is null || Same(a, b);

    // Unknown actors fit anything; known ones must be the same name or, failing that, the same country.
    private static bool Compatible(string? name, string? country, string? otherName, string? otherCountry)
    {
        if (IsUnknown(name) || IsUnknown(otherName) || Same(name, otherName))
        {
            return true;
        }

        return country is not null && country == otherCountry;
    }

    private static bool IsUnknown(string? name) => name is null || name.Length == 0 || name == "unknown";

    private static bool Same(string? a, string? b) => a is not null && b is not null && string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    private static int SharedCount(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        var set = new HashSet<string>(a, StringComparer.Ordinal);
        return b.Count(set.Contains);
    }
}
