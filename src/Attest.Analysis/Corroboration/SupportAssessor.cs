using Attest.Core.Corroboration;

namespace Attest.Analysis.Corroboration;

/// <summary>Rates a cluster: counts independent origins (copies of one text are one), named and anonymous sourcing, the parties
/// that carry it, and disputes, then applies the status rules in order: contested, anonymous-only, single-source, corroborated, one-sided.</summary>
/// <param name="outletFallback">Looks up an outlet the shipped table does not know (the workspace's knowledge base).</param>
public sealed class SupportAssessor(Affiliations affiliations, Func<string, Affiliation?>? outletFallback = null)
{
    // A cluster of many reports can hold many differing pairs; a few show the conflict, the members show the rest.
    private const int MaxConflictsShown = 3;

    public SupportVerdict Assess(IReadOnlyList<ClusterMember> members, IReadOnlyList<DisputeEvidence> disputes)
    {
        var origins = members.GroupBy(m => m.Origin, StringComparer.Ordinal).Select(Describe).ToList();
        var named = origins.Count(o => !o.Anonymous);
        var parties = origins.Where(o => o.Party is not null).Select(o => o.Party!).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var sources = members.Select(m => m.Item.SourceId).Distinct(StringComparer.Ordinal).Count();
        var reasons = new List<string>
        {
            sources == origins.Count
                ? $"{sources} source(s), each an independent origin."
                : $"{sources} sources but {origins.Count} independent origin(s): the others are copies of one text.",
        };

        string status;
        var conflicts = CountConflicts(members);
        if (disputes.Count > 0 || conflicts.Count > 0)
        {
            status = SupportStatus.Contested;
            reasons.AddRange(disputes.Select(d => $"Disputed: {d.Reason} (source {d.SourceId}: “{d.Passage}”)."));
            reasons.AddRange(conflicts);
        }
        else if (named == 0)
        {
            status = SupportStatus.AnonymousOnly;
            reasons.Add("Every origin rests on unnamed sources: " + string.Join("; ", origins.Select(o => o.Speakers)) + ".");
        }
        else if (origins.Count == 1)
        {
            status = SupportStatus.SingleSource;
            reasons.Add($"One origin only ({origins[0].Label}); nothing independent confirms it.");
        }
        else if (origins.FirstOrDefault(o => o.Party == Affiliation.Neutral) is { } neutral)
        {
            status = SupportStatus.Corroborated;
            reasons.Add($"Independent origins include a neutral body or international wire ({neutral.Label}).");
        }
        else if (parties.Count >= 2)
        {
            status = SupportStatus.Corroborated;
            reasons.Add($"Independent origins from more than one party ({string.Join(", ", parties)}).");
        }
        else
        {
            status = SupportStatus.OneSided;
            var unknown = origins.Count(o => o.Party is null);
            reasons.Add(parties.Count == 1
                ? $"{origins.Count} independent origins, all from one party ({parties[0]}){(unknown > 0 ? $"; {unknown} of unknown affiliation" : "")}."
                : $"{origins.Count} independent origins, none of known affiliation, so no second party or neutral body confirms it.");
        }

        if (named > 0 && named < origins.Count)
        {
            reasons.Add($"{origins.Count - named} of {origins.Count} origin(s) rest only on unnamed sources.");
        }

        reasons.Add("Origins: " + string.Join("; ", origins.Select(o => o.Summary)) + ".");

        return new SupportVerdict(status, sources, origins.Count, named, origins.Count - named, parties, reasons);
    }

    // Independent accounts that give very different numbers of the same people for the same outcome ("three civilians killed"
    // against "nine civilians killed") are conflicting accounts; copies of one text cannot conflict with each other.
    private static List<string> CountConflicts(IReadOnlyList<ClusterMember> members)
    {
        var conflicts = new List<string>();
        var seen = new HashSet<(string, string, double, double)>();
        for (var i = 0; i < members.Count; i++)
        {
            for (var j = i + 1; j < members.Count; j++)
            {
                var (a, b) = (members[i], members[j]);
                if (a.Origin == b.Origin || a.Item.Counts is not { } left || b.Item.Counts is not { } right)
                {
                    continue;
                }

                foreach (var x in left)
                {
                    foreach (var y in right.Where(x.Conflicts))
                    {
                        var (low, high) = x.High <= y.High ? ((x, a), (y, b)) : ((y, b), (x, a));
                        if (seen.Add((x.Outcome, x.Unit, low.Item1.High, high.Item1.Low)) && conflicts.Count < MaxConflictsShown)
                        {
                            conflicts.Add($"Accounts differ on the number {x.Outcome}: “{low.Item1.Text}” ({Who(low.Item2)}) against " +
                                          $"“{high.Item1.Text}” ({Who(high.Item2)}).");
                        }
                    }
                }
            }
        }

        return conflicts;

        static string Who(ClusterMember m) => m.Outlet is null ? $"source {m.Item.SourceId}" : $"{m.Outlet}, source {m.Item.SourceId}";
    }

    private OriginSupport Describe(IGrouping<string, ClusterMember> origin)
    {
        var outletParties = origin.Select(m => OutletAffiliation(m.Outlet)).OfType<Affiliation>().ToList();
        var speakerParties = origin.Select(m => SpeakerParty(m.Item)).OfType<string>().ToList();

        // The outlet decides whose account it is; a neutral outlet or a neutral body speaking makes the origin neutral.
        var party = outletParties.Any(a => a.IsNeutral) || speakerParties.Contains(Affiliation.Neutral)
            ? Affiliation.Neutral
            : outletParties.Select(a => a.Party).FirstOrDefault() ?? speakerParties.FirstOrDefault();
        var anonymous = origin.All(m => m.Item.IsAnonymous);
        var outlet = origin.Select(m => m.Outlet).FirstOrDefault(o => o is not null);
        var label = outlet is null ? $"origin {origin.Key}" : $"{outlet}, origin {origin.Key}";
        var speakers = string.Join(", ", origin.Select(m => m.Item.SpeakerName ?? m.Item.SpeakerKind).Distinct(StringComparer.Ordinal));
        var sourcing = anonymous ? "anonymous" : "named";
        return new OriginSupport(party, anonymous, label, $"{label}: {speakers}", $"{label} — {party ?? "party unknown"}, {sourcing} ({speakers})");
    }

    private Affiliation? OutletAffiliation(string? outlet) =>
        outlet is null ? null : affiliations.OfOutlet(outlet) ?? outletFallback?.Invoke(outlet);

    private string? SpeakerParty(ItemProfile item)
    {
        if (affiliations.OfSpeaker(item.SpeakerName) is { } body)
        {
            return body.Party;
        }

        return item.IsAnonymous ? null : item.SpeakerCountry;
    }

    private sealed record OriginSupport(string? Party, bool Anonymous, string Label, string Speakers, string Summary);
}

/// <summary>A denial that disputes a cluster, with where it is.</summary>
public sealed record DisputeEvidence(string SourceId, string ItemId, string Passage, string Reason);
