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

    /// <summary>Claims further apart than this (by date stated in them, else publication date) are different statements.</summary>
    public int ClaimDayWindow { get; init; } = 30;

    /// <summary>Word overlap that joins two claims whatever their speakers.</summary>
    public double ClaimOverlap { get; init; } = 0.5;

    /// <summary>Word overlap that joins two claims by the same named speaker.</summary>
    public double ClaimOverlapSameSpeaker { get; init; } = 0.3;

    /// <summary>Word overlap that joins two events with the same source actor when one names no target.</summary>
    public double EventOverlapWithSameActor { get; init; } = 0.2;

    /// <summary>Word overlap that joins two events when an actor of either is unknown: the words must carry the match.</summary>
    public double EventOverlapWithUnknownActor { get; init; } = 0.45;

    /// <summary>Word overlap that joins two uses of force of the same days that give the same toll, or two reports' main uses of
    /// force that name the same place smaller than a region.</summary>
    public double EventOverlapWithSameToll { get; init; } = 0.05;

    /// <summary>The smallest toll that says which event it is: "two killed" is told of many events, "40 killed" of few.</summary>
    public int MinTollForEvidence { get; init; } = 5;

    /// <summary>Share of the smaller word list (the denial's or the item's) that must appear in the other for a denial to dispute it.</summary>
    public double DisputeContainment { get; init; } = 0.75;

    /// <summary>A denial answers reports of about the same time; one months later is about something else.</summary>
    public int DisputeDayWindow { get; init; } = 14;

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

        if (denial.Day is { } denied && item.Day is { } told && Math.Abs(denied.DayNumber - told.DayNumber) > DisputeDayWindow)
        {
            return null;
        }

        var shared = ContentTerms.Shared(denial.Terms, item.Terms);
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
        // Places are not required to agree: extraction often names the region for one report and the town for another.
        if (CameoFamily.Of(a.Root) != CameoFamily.Of(b.Root))
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

        // Two unknown doers are not the same actors: "unknown" is what extraction writes when no one is named.
        var named = !IsUnknown(a.Actor) && !IsUnknown(b.Actor) && (straight
            ? Same(a.Actor, b.Actor) && Same(a.Target, b.Target)
            : Same(a.Actor, b.Target) && Same(a.Target, b.Actor));

        // The same named actor doing the same kind of thing within days, one report naming no target: likely, not certain.
        var sameActor = !named && Same(a.Actor, b.Actor) && (IsUnknown(a.Target) || IsUnknown(b.Target));
        var unknown = IsUnknown(a.Actor) || IsUnknown(b.Actor) || IsUnknown(a.Target) != IsUnknown(b.Target);
        var needed = named ? EventOverlapWithActors : sameActor ? EventOverlapWithSameActor : unknown ? EventOverlapWithUnknownActor : EventOverlap;
        // Real outlets retell an event in their own words; the same toll of the same day is stronger evidence than shared words.
        var toll = SameToll(a, b);
        if (toll is not null)
        {
            needed = Math.Min(needed, EventOverlapWithSameToll);
        }

        // Two reports' main uses of force in the same village or valley within days: the place says which event it is.
        var sharedPlace = a.Places?.Intersect(b.Places ?? [], StringComparer.Ordinal).FirstOrDefault();
        if (sharedPlace is not null)
        {
            needed = Math.Min(needed, EventOverlapWithSameToll);
        }

        var overlap = ContentTerms.Overlap(a.Terms, b.Terms);
        if (overlap < needed)
        {
            return null;
        }

        var actors = named ? $"same actors ({a.Actor} → {a.Target ?? "—"})" : sameActor ? $"same actor ({a.Actor})" : "compatible actors";
        var place = (a.Location ?? b.Location) is { } location ? $"at {location}, " : "";
        var kind = a.Root == b.Root ? $"same CAMEO root {a.Root}" : $"CAMEO roots {a.Root} and {b.Root} (both uses of force)";
        var counted = (toll is null ? "" : $"the same toll ({toll.Text} {toll.Outcome}), ")
            + (sharedPlace is null ? "" : $"both reports' main attack at {sharedPlace}, ");
        return string.Create(CultureInfo.InvariantCulture, $"{kind}, {actors}, {days} day(s) apart, {place}{counted}word overlap {overlap:0.00}");
    }

    private string? MatchClaims(ItemProfile a, ItemProfile b)
    {
        // The same words a season later are a new statement, not another report of this one.
        if (a.Day is { } x && b.Day is { } y && Math.Abs(x.DayNumber - y.DayNumber) > ClaimDayWindow)
        {
            return null;
        }

        var overlap = ContentTerms.Overlap(a.Terms, b.Terms);
        if (overlap >= ClaimOverlap && ContentTerms.Shared(a.Terms, b.Terms) >= 3)
        {
            return string.Create(CultureInfo.InvariantCulture, $"same content (word overlap {overlap:0.00})");
        }

        if (!a.IsAnonymous && a.SpeakerName is { } speaker && Same(speaker, b.SpeakerName) && overlap >= ClaimOverlapSameSpeaker)
        {
            return string.Create(CultureInfo.InvariantCulture, $"same speaker ({speaker}) and similar content (word overlap {overlap:0.00})");
        }

        return null;
    }

    /// <summary>A count both give for the same outcome with overlapping numbers, of at least <see cref="MinTollForEvidence"/>
    /// people ("37 killed", "at least 37 villagers were killed"), when they do not name different places; else null.</summary>
    private ReportedCount? SameToll(ItemProfile a, ItemProfile b)
    {
        // Places too wide to tell events apart (a country, a region, "the northern territory") have no key and do not count
        // against it; the keys are read once per item, not per comparison.
        if (a.Counts is not { Count: > 0 } left || b.Counts is not { Count: > 0 } right
            || a.PlaceKey is { } x && b.PlaceKey is { } y && x != y)
        {
            return null;
        }

        foreach (var one in left)
        {
            foreach (var other in right)
            {
                if (one.Outcome == other.Outcome && one.Low >= MinTollForEvidence && other.Low >= MinTollForEvidence
                    && one.Low <= other.High && other.Low <= one.High)
                {
                    return one;
                }
            }
        }

        return null;
    }

    /// <summary>Days between the two, or null when their dates cannot be the same day (a month-precise date must contain the other).</summary>
    private int? DayDistance(ItemProfile a, ItemProfile b)
    {
        // A month-precise date ("in July") matches anything that month: the other's own date if it has one, else its day.
        if (a.Date is { Length: 7 } || b.Date is { Length: 7 })
        {
            var monthA = Month(a);
            var monthB = Month(b);
            return monthA is not null && monthA == monthB ? 0 : null;
        }

        if (a.Day is not { } x || b.Day is not { } y)
        {
            return null;
        }

        // Two dates the texts state outright are precise: a day apart at most (time zones, "late on Friday").
        var distance = Math.Abs(x.DayNumber - y.DayNumber);
        var stated = a.Date is { Length: 10 } && b.Date is { Length: 10 };
        return distance <= (stated ? 1 : DayWindow) ? distance : null;
    }

    private static string? Month(ItemProfile item) =>
        item.Date is { Length: >= 7 } date ? date[..7] : item.Day?.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    // Unknown actors fit anything; known ones must be the same name or, failing that, the same country.
    private static bool Compatible(string? name, string? country, string? otherName, string? otherCountry)
    {
        if (IsUnknown(name) || IsUnknown(otherName) || Same(name, otherName))
        {
            return true;
        }

        // Two named sides conflict only when both are placed, in different countries: "the protesters" (no one's yet) may be
        // the people of Srinagar another report names.
        return country is null || otherCountry is null || country == otherCountry;
    }

    private static bool IsUnknown(string? name) => name is null || name.Length == 0 || name == "unknown";

    private static bool Same(string? a, string? b) => a is not null && b is not null && string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

}
