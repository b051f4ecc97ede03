using Attest.Core.Extraction;
using Attest.Core.Knowledge;

namespace Attest.Analysis.Resolution;

/// <summary>
/// Links each entity of an extraction result to a knowledge record, or proposes a new candidate record, leaving the
/// evidence of the rule that decided. Rules in order: exact name or alias (<c>alias</c>), acronym of a long name
/// (<c>acronym</c>), part of a person's name (<c>name-part</c>), role phrase held on the publication date
/// (<c>role-on-date</c>), else a candidate (<c>new-candidate</c>). When several records fit, the link is
/// <c>ambiguous</c>: its record is the first by preference and the others are its alternatives; nothing is guessed.
/// </summary>
public sealed class EntityLinker(KnowledgeIndex index)
{
    public const string AliasRule = "alias";
    public const string AcronymRule = "acronym";
    public const string NamePartRule = "name-part";
    public const string RoleOnDateRule = "role-on-date";
    public const string NewCandidateRule = "new-candidate";

    /// <summary>How far around the publication date a person's roles must reach for a bare name part to fit them.</summary>
    private const int EraYearsBefore = 6;

    /// <summary>The one office that exists only internationally: a bare "Secretary-General" is the UN's wherever the report is from.</summary>
    private const string InternationalOnly = "secretary-general";

    /// <summary>Links every entity of <paramref name="result"/>, the document of source <paramref name="sourceId"/>.</summary>
    public LinkResult LinkAll(string sourceId, ExtractionResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var context = LinkContext.Of(result, index);
        var links = new List<EntityLink>(result.Entities.Count);
        var candidates = new Dictionary<string, KnowledgeRecord>(StringComparer.Ordinal);
        foreach (var entity in result.Entities)
        {
            var (link, candidate) = Link(sourceId, entity, context);
            links.Add(link);
            if (candidate is not null)
            {
                candidates.TryAdd(candidate.Id, candidate);
            }
        }

        return new LinkResult(links, candidates.Values.ToArray());
    }

    /// <summary>Links one entity read in <paramref name="context"/>; the candidate is set when the link is new.</summary>
    public (EntityLink Link, KnowledgeRecord? Candidate) Link(string sourceId, EntityRecord entity, LinkContext context)
    {
        ArgumentNullException.ThrowIfNull(entity);
        string[] names = [.. new[] { entity.Name }.Concat(entity.Aliases).Where(n => !string.IsNullOrWhiteSpace(n)).Distinct()];
        var decision = ByAlias(entity, names)
                       ?? ByAcronym(entity, names)
                       ?? ByNamePart(entity, context)
                       ?? ByRole(entity, names, context);
        if (decision is { } found)
        {
            return (ToLink(sourceId, entity, found), null);
        }

        var candidate = Candidate(entity);
        return (new EntityLink(sourceId, entity.Id, candidate.Id, NewCandidateRule, entity.Name, 0, EntityLink.New, []), candidate);
    }

    /// <summary>The record proposed for an entity no record fits; its id depends only on type and name, so documents agree on it.</summary>
    public static KnowledgeRecord Candidate(EntityRecord entity)
    {
        var names = new[] { entity.Name }.Concat(entity.Aliases).Where(n => !string.IsNullOrWhiteSpace(n)).Distinct().Select(n => new RecordName(n)).ToArray();
        return new KnowledgeRecord(
            $"candidate:{entity.Type}:{Slug.Of(entity.Name)}", entity.Type, entity.Name, entity.Country, entity.Geo?.Lat, entity.Geo?.Lon,
            KnowledgeRecord.FromCandidate, names, []);
    }

    private Decision? ByAlias(EntityRecord entity, string[] names)
    {
        foreach (var name in names)
        {
            var hits = Fitting(entity, index.Named(name));
            if (IsCommonNoun(name))
            {
                // "the valley" is a description, not the capital of Anguilla: gazetteer towns need a capitalised name.
                hits = [.. hits.Where(r => !r.Id.StartsWith("city:", StringComparison.Ordinal))];
            }

            if (hits.Count > 0)
            {
                return Choose(entity, hits, AliasRule, name, 1.0);
            }
        }

        // "President Trump", "Pakistani Prime Minister Imran Khan": the name without its titles.
        if (entity.Type == "person")
        {
            foreach (var name in names)
            {
                var phrase = RolePhrase.Parse(name);
                if ((phrase.Role is null && phrase.Country is null) || phrase.Name.Length == 0)
                {
                    continue;
                }

                var hits = Fitting(entity, index.Named(phrase.Name));
                if (hits.Count > 0)
                {
                    return Choose(entity, hits, AliasRule, name, 0.95);
                }
            }
        }

        return null;
    }

    private Decision? ByAcronym(EntityRecord entity, string[] names)
    {
        if (entity.Type == "person")
        {
            return null;
        }

        foreach (var name in names.Where(LooksLikeAcronym))
        {
            var hits = Fitting(entity, index.WithAcronym(name));
            if (hits.Count > 0)
            {
                return Choose(entity, hits, AcronymRule, name, 0.8);
            }
        }

        return null;
    }

    private Decision? ByNamePart(EntityRecord entity, LinkContext context)
    {
        if (entity.Type != "person")
        {
            return null;
        }

        var phrase = RolePhrase.Parse(entity.Name);
        if (phrase.Name.Length == 0)
        {
            return null;
        }

        var hits = Fitting(entity, index.WithNamePart(phrase.Name));
        var score = 0.85;
        if (hits.Count == 0 && LongerForm(entity, phrase.Name) is { Count: > 0 } shorter)
        {
            hits = shorter;
            score = 0.7;
        }

        var country = entity.Country ?? phrase.Country;
        if (country is not null)
        {
            hits = [.. hits.Where(r => r.Country is null || r.Country == country)];
        }

        if (phrase.Role is not null && hits.Where(r => r.Roles.Any(role => role.Role == phrase.Role)).ToList() is { Count: > 0 } titled)
        {
            hits = titled;
        }

        if (context.Date is { } date)
        {
            var from = date.AddYears(-EraYearsBefore);
            var to = date.AddYears(1);
            // The era only narrows: one person of that name fits even when the pack knows them from other years.
            if (hits.Count > 1 && hits.Where(r => r.Roles.Count == 0 || r.Roles.Any(role => role.From <= to && (role.To ?? DateOnly.MaxValue) >= from)).ToList() is { Count: > 0 } inEra)
            {
                hits = inEra;
            }

            if (hits.Count > 1 && hits.Where(r => r.Roles.Any(role => role.HeldOn(date))).ToArray() is { Length: 1 } inOffice)
            {
                return new Decision(inOffice, NamePartRule, entity.Name, 0.75);
            }
        }

        return hits.Count switch
        {
            0 => null,
            1 => new Decision(hits, NamePartRule, entity.Name, score),
            _ => new Decision(hits, NamePartRule, entity.Name, 1.0 / hits.Count),
        };
    }

    /// <summary>
    /// People a longer form of a known name refers to: an honorific or a family name around it ("Mian Nawaz Sharif",
    /// "Imran Khan Niazi") or a middle name added ("Narendra Damodardas Modi").
    /// </summary>
    private List<KnowledgeRecord> LongerForm(EntityRecord entity, string name)
    {
        var words = name.Split(' ');
        if (words.Length < 3)
        {
            return [];
        }

        var firstAndLast = Fitting(entity, index.WithNamePart($"{words[0]} {words[^1]}"));
        if (firstAndLast.Count > 0)
        {
            return firstAndLast;
        }

        for (var length = words.Length - 1; length >= 2; length--)
        {
            for (var start = 0; start + length <= words.Length; start++)
            {
                var hits = Fitting(entity, index.Named(string.Join(' ', words, start, length)));
                if (hits.Count > 0)
                {
                    return hits;
                }
            }
        }

        return [];
    }

    private Decision? ByRole(EntityRecord entity, string[] names, LinkContext context)
    {
        if (entity.Type != "person")
        {
            return null;
        }

        foreach (var name in names)
        {
            var phrase = RolePhrase.Parse(name);
            if (!phrase.IsRoleOnly)
            {
                continue;
            }

            var named = phrase.Country ?? (phrase.International ? null : entity.Country);
            var country = phrase.International ? null : named ?? context.Country;
            foreach (var role in Offices(phrase.Role!))
            {
                var holders = index.HoldersOf(role, country);
                if (holders.Count == 0 && named is null && !phrase.International && role == InternationalOnly)
                {
                    // "the secretary-general" in a Pakistani report: no Pakistani office of that name, so the UN one.
                    holders = index.HoldersOf(role, null);
                }

                if (holders.Count > 0 && OnDate(holders, phrase, name, context.Date) is { } decision)
                {
                    return decision;
                }
            }
        }

        return null;
    }

    private static Decision? OnDate(IReadOnlyList<RoleHolder> holders, RolePhrase phrase, string name, DateOnly? date)
    {
        if (date is not { } day)
        {
            return Several(holders.Select(h => h.Record), name);
        }

        if (phrase.Former)
        {
            return Several(holders.Where(h => h.Role.To is { } end && end < day).OrderByDescending(h => h.Role.To).Select(h => h.Record), name);
        }

        var on = holders.Where(h => h.Role.HeldOn(day)).ToArray();
        if (on.Length > 1 && on.Any(h => h.Role.From == day))
        {
            // A hand-over day: the outgoing holder's term ends the day the successor's begins; the successor holds it.
            on = [.. on.Where(h => h.Role.To != day)];
        }

        var records = on.Select(h => h.Record).DistinctBy(r => r.Id).ToArray();
        return records.Length switch
        {
            1 => new Decision(records, RoleOnDateRule, name, 0.8),
            0 => Several(holders.OrderBy(h => Distance(h.Role, day)).Select(h => h.Record), name),
            _ => new Decision(records, RoleOnDateRule, name, 1.0 / records.Length),
        };
    }

    /// <summary>Holders the date cannot decide between: always for review, even when there is one (the date says nothing for it).</summary>
    private static Decision? Several(IEnumerable<KnowledgeRecord> records, string name)
    {
        var distinct = records.DistinctBy(r => r.Id).ToArray();
        return distinct.Length == 0 ? null : new Decision(distinct, RoleOnDateRule, name, 0.5 / distinct.Length, Ambiguous: true);
    }

    private static int Distance(RecordRole role, DateOnly day) =>
        day < role.From ? role.From.DayNumber - day.DayNumber : role.To is { } end && day > end ? day.DayNumber - end.DayNumber : 0;

    private static IEnumerable<string> Offices(string role) => role switch
    {
        RoleLexicon.Leader => ["prime minister", "president"],
        RoleLexicon.HeadOfState => ["president", "king"],
        _ => [role],
    };

    private static List<KnowledgeRecord> Fitting(EntityRecord entity, IReadOnlyList<KnowledgeRecord> records) =>
        [.. records.Where(r => TypeMatch.Fits(entity.Type, r.Type)).DistinctBy(r => r.Id)];

    /// <summary>Narrows several records that carry the same name: the entity's coordinates, a record labelled so, the kind of record, the entity's country, the best-known city.</summary>
    private static Decision Choose(EntityRecord entity, List<KnowledgeRecord> hits, string rule, string matched, double score)
    {
        // Extraction's coordinates come from the same gazetteer, so a record at the entity's point is the one it meant.
        if (hits.Count > 1 && entity.Geo is { } geo
            && hits.Where(r => r.Lat is { } lat && r.Lon is { } lon && Math.Abs(lat - geo.Lat) < 0.1 && Math.Abs(lon - geo.Lon) < 0.1).ToList() is { Count: 1 } near)
        {
            hits = near;
        }

        // A record named so outright beats one that merely lists the name as an alias ("Washington, D.C." the city, not the USA).
        var key = NameKey.Normalize(matched);
        if (hits.Count > 1 && hits.Where(r => NameKey.Normalize(r.Label) == key).ToList() is { Count: > 0 } labelled)
        {
            hits = labelled;
        }

        if (hits.Count > 1)
        {
            var best = hits.Min(Tier);
            hits = [.. hits.Where(r => Tier(r) == best)];
        }

        if (hits.Count > 1 && entity.Country is { } country && hits.Where(r => r.Country == country).ToList() is { Count: > 0 } sameCountry)
        {
            hits = sameCountry;
        }

        if (hits.Count > 1 && hits.All(r => r.Id.StartsWith("city:", StringComparison.Ordinal)))
        {
            // Gazetteer namesakes in one country ("Srinagar" in Kashmir and in Uttarakhand): the pack lists cities by
            // population, and reporting means the best-known one unless its country or coordinates say otherwise.
            return new Decision([hits[0]], rule, matched, score * 0.7);
        }

        return new Decision(hits, rule, matched, hits.Count == 1 ? score : score / hits.Count);
    }

    /// <summary>Countries before regions, organisations, groups and people, before gazetteer cities, before candidates.</summary>
    private static int Tier(KnowledgeRecord record) => record.Id switch
    {
        _ when record.Origin == KnowledgeRecord.FromCandidate => 3,
        _ when record.Id.StartsWith("country:", StringComparison.Ordinal) => 0,
        _ when record.Id.StartsWith("city:", StringComparison.Ordinal) => 2,
        _ => 1,
    };

    private static bool IsCommonNoun(string name)
    {
        var text = name.TrimStart();
        if (text.StartsWith("the ", StringComparison.OrdinalIgnoreCase))
        {
            text = text[4..].TrimStart();
        }

        return text.Length > 0 && char.IsLower(text[0]);
    }

    private static bool LooksLikeAcronym(string name) =>
        name.Length is >= 2 and <= 10 && !name.Contains(' ') && name.Count(char.IsUpper) >= 2;

    private static EntityLink ToLink(string sourceId, EntityRecord entity, Decision decision)
    {
        var first = decision.Records[0];
        var ambiguous = decision.Ambiguous || decision.Records.Count > 1;
        return new EntityLink(
            sourceId, entity.Id, first.Id, decision.Rule, decision.Matched, Math.Round(decision.Score, 3),
            ambiguous ? EntityLink.Ambiguous : EntityLink.Linked, [.. decision.Records.Skip(1).Select(r => r.Id)]);
    }

    /// <summary>The records a rule found (the first is preferred), with its evidence.</summary>
    private sealed record Decision(IReadOnlyList<KnowledgeRecord> Records, string Rule, string Matched, double Score, bool Ambiguous = false);
}
