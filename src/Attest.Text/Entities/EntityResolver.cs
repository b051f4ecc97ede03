using Attest.Core.Extraction;

namespace Attest.Text.Entities;

/// <summary>Groups candidate mentions into entities within one document: known names by their key, persons by shared name
/// words ("Imran Khan" ← "Imran", "Khan", "PM Khan"), acronyms by definition or initials, and references ("the premier")
/// to the most recently mentioned entity that fits their role and nationality.</summary>
public static class EntityResolver
{
    public static List<EntityRecord> Resolve(string text, List<EntityMention> mentions, string? homeCountry, Knowledge.KnowledgeBase knowledge)
    {
        var clusters = new List<EntityCluster>();
        var byKey = new Dictionary<string, EntityCluster>(StringComparer.OrdinalIgnoreCase);
        var deferred = new List<EntityMention>();

        foreach (var mention in mentions)
        {
            switch (mention.Kind)
            {
                case MentionKind.Known when mention.Known is { Derived: true } && !text.AsSpan(mention.Start, mention.End - mention.Start).Contains(' '):
                case MentionKind.Place:
                    // A lone town name or an unknown place may be a surname the document gives in full elsewhere: decided after persons.
                    deferred.Add(mention);
                    break;
                case MentionKind.Known when mention.Known is { } known:
                    Join(clusters, byKey, "k:" + known.Key, known.Type, known.Name, mention, known);
                    break;
                case MentionKind.Organization:
                    Join(clusters, byKey, "o:" + mention.Name, "organization", mention.Name, mention, null);
                    break;
                case MentionKind.Group:
                    Join(clusters, byKey, "g:" + mention.Name, "group", mention.Name, mention, null);
                    break;
                case MentionKind.Person when mention.Name.Contains(' ', StringComparison.Ordinal):
                    JoinPerson(clusters, mention);
                    break;
                default:
                    deferred.Add(mention);
                    break;
            }
        }

        // Countries first, so that "the Pakistani leader" finds the Pakistani one.
        AssignCountries(clusters, homeCountry, knowledge);
        foreach (var cluster in clusters)
        {
            cluster.Seal();
        }

        foreach (var mention in deferred)
        {
            switch (mention.Kind)
            {
                case MentionKind.Person:
                    if (FindByNameWord(clusters, mention) is { } person)
                    {
                        Add(person, mention);
                    }
                    else
                    {
                        var actor = knowledge.ActorSurnames.GetValueOrDefault(mention.Name);
                        var single = new EntityCluster("person", actor?.Name ?? mention.Name, null) { Country = actor?.Country };
                        Add(single, mention);
                        single.Seal();
                        clusters.Add(single);
                    }

                    break;
                case MentionKind.Known or MentionKind.Place:
                    if (FindPerson(clusters, text[mention.Start..mention.End]) is { } named)
                    {
                        Add(named, mention);
                    }
                    else if (knowledge.ActorSurnames.TryGetValue(text[mention.Start..mention.End], out var office))
                    {
                        // "Obama's strategist": an office-holder's surname is the person, not the town of that name.
                        var surnamed = new EntityCluster("person", office.Name, null) { Country = office.Country };
                        surnamed.Roles.Add(office.Role);
                        Add(surnamed, mention with { Kind = MentionKind.Person, Name = office.Name, Known = null });
                        surnamed.Seal();
                        clusters.Add(surnamed);
                    }
                    else if (mention.Known is { } town)
                    {
                        JoinSealed(clusters, byKey, "k:" + town.Key, town.Type, town.Name, mention, town);
                    }
                    else
                    {
                        // "Al-Mawasi" and "Al Mawasi" are one place.
                        JoinSealed(clusters, byKey, "p:" + mention.Name.Replace('-', ' '), "location", mention.Name, mention, null);
                    }

                    break;
                case MentionKind.ShortName when FindByNameWord(clusters, mention) is { } match:
                    Add(match, mention);
                    break;
                case MentionKind.ShortName when knowledge.ActorSurnames.TryGetValue(mention.Name, out var actor):
                    // "Modi" alone, in a report that never gives his full name.
                    var known = new EntityCluster("person", actor.Name, null) { Country = actor.Country };
                    known.Roles.Add(actor.Role);
                    Add(known, mention);
                    known.Seal();
                    clusters.Add(known);
                    break;
                case MentionKind.Acronym when FindByInitials(clusters, mention.Name) is { } abbreviated:
                    Add(abbreviated, mention);
                    break;
                case MentionKind.Reference when FindReferent(clusters, mention, homeCountry) is { } referent:
                    referent.Add(mention);
                    break;
                case MentionKind.Reference when mention.Role is { IsLeader: true, Canonical: not "leader" } office
                                                && (mention.Country ?? homeCountry) is { } officeCountry:
                    // "The prime minister" in a report that never names them is still a person: the office-holder of that
                    // country, whom resolution across documents can name by the publication date. Later references join it.
                    var holder = new EntityCluster("person", text[mention.Start..mention.End], null) { Country = officeCountry };
                    holder.Roles.Add(office.Canonical);
                    Add(holder, mention);
                    holder.Seal();
                    clusters.Add(holder);
                    break;
            }
        }

        AssignCountries(clusters, homeCountry, knowledge);

        var ordered = clusters.Where(c => c.Mentions.Count > 0).OrderBy(c => c.Mentions.Min(m => m.Start)).ToList();
        var records = new List<EntityRecord>(ordered.Count);
        for (var i = 0; i < ordered.Count; i++)
        {
            records.Add(ordered[i].ToRecord("e" + (i + 1), text));
        }

        return records;
    }

    private static void AssignCountries(List<EntityCluster> clusters, string? homeCountry, Knowledge.KnowledgeBase knowledge)
    {
        var persons = clusters.Where(c => c.Type == "person").OrderBy(c => c.Mentions.Min(m => m.Start)).ToList();
        foreach (var cluster in persons)
        {
            if (knowledge.Actors.TryGetValue(cluster.Name, out var actor))
            {
                cluster.Country ??= actor.Country;
                cluster.Roles.Add(actor.Role);
            }

            // Nationality said with a title ("Indian Prime Minister …") or a reference ("the Pakistani leader").
            cluster.Country ??= cluster.Mentions.Select(m => m.Country).FirstOrDefault(c => c is not null);
        }

        if (homeCountry is null)
        {
            return;
        }

        // Failing that, the first head of government named without a nationality, in a report filed from a capital, is that
        // country's (one holder per role).
        foreach (var cluster in persons.Where(c => c.Country is null))
        {
            var leaderRole = cluster.Roles.FirstOrDefault(r => new Knowledge.Role(r, true, true).IsLeader);
            if (leaderRole is not null && !persons.Any(p => p.Country == homeCountry && p.Roles.Contains(leaderRole)))
            {
                cluster.Country = homeCountry;
            }
        }
    }

    private static void Join(List<EntityCluster> clusters, Dictionary<string, EntityCluster> byKey, string key, string type, string name,
        EntityMention mention, Knowledge.KnownEntity? known)
    {
        if (!byKey.TryGetValue(key, out var cluster))
        {
            cluster = new EntityCluster(type, name, known);
            byKey[key] = cluster;
            clusters.Add(cluster);
        }

        Add(cluster, mention);
    }

    /// <summary><see cref="Join"/> after the clusters were sealed: a new cluster is sealed with its first mention.</summary>
    private static void JoinSealed(List<EntityCluster> clusters, Dictionary<string, EntityCluster> byKey, string key, string type, string name,
        EntityMention mention, Knowledge.KnownEntity? known)
    {
        var isNew = !byKey.ContainsKey(key);
        Join(clusters, byKey, key, type, name, mention, known);
        if (isNew)
        {
            byKey[key].Seal();
        }
    }

    /// <summary>The person whose name has the mention's single word, when one is named ("Jackson" after "Andrew Jackson").</summary>
    private static EntityCluster? FindPerson(List<EntityCluster> clusters, string written) =>
        written.Contains(' ', StringComparison.Ordinal)
            ? null
            : clusters.Find(c => c.Type == "person" && c.NameWords.Contains(written, StringComparer.OrdinalIgnoreCase));

    private static void Add(EntityCluster cluster, EntityMention mention)
    {
        cluster.Add(mention);
        if (mention.Role is { } role)
        {
            cluster.Roles.Add(role.Canonical);
        }

        if (mention.Country is not null && cluster.Known is null)
        {
            cluster.Country ??= mention.Country;
        }
    }

    private static void JoinPerson(List<EntityCluster> clusters, EntityMention mention)
    {
        var words = mention.Name.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
        foreach (var cluster in clusters)
        {
            if (cluster.Type != "person")
            {
                continue;
            }

            var existing = cluster.NameWords;
            if (Contains(existing, words) || Contains(words, existing))
            {
                if (words.Length > existing.Length)
                {
                    cluster.Name = mention.Name;
                }

                Add(cluster, mention);
                return;
            }
        }

        var created = new EntityCluster("person", mention.Name, null);
        Add(created, mention);
        clusters.Add(created);
    }

    private static bool Contains(string[] longer, string[] shorter) =>
        shorter.All(w => longer.Contains(w, StringComparer.OrdinalIgnoreCase));

    /// <summary>A single name word: the person (or organisation, by its last word: "the Times") mentioned most recently with it.</summary>
    private static EntityCluster? FindByNameWord(List<EntityCluster> clusters, EntityMention mention)
    {
        EntityCluster? best = null;
        var bestScore = int.MinValue;
        foreach (var cluster in clusters)
        {
            var words = cluster.NameWords;
            var fits = cluster.Type == "person"
                ? words.Contains(mention.Name, StringComparer.OrdinalIgnoreCase)
                : (cluster.IsMedia && words.Length > 1 && words[^1].Equals(mention.Name, StringComparison.OrdinalIgnoreCase))
                  || (cluster.Type == "location" && cluster.Known is null && cluster.Name.Equals(mention.Name, StringComparison.Ordinal));
            if (!fits)
            {
                continue;
            }

            var last = cluster.LastMentionBefore(mention.Start);
            // Prefer an earlier mention (the nearest); a name only seen later still beats nothing.
            var score = last >= 0 ? last : -1 - cluster.FirstStart + int.MinValue / 2;
            if (score > bestScore)
            {
                best = cluster;
                bestScore = score;
            }
        }

        return best;
    }

    /// <summary>"IPS" for "Institute of Policy Studies": the initials of the name's capitalised words.</summary>
    private static EntityCluster? FindByInitials(List<EntityCluster> clusters, string acronym)
    {
        foreach (var cluster in clusters)
        {
            if (cluster.Type == "person")
            {
                continue;
            }

            if (cluster.SpelledInitials == acronym)
            {
                return cluster;
            }
        }

        return null;
    }

    private static EntityCluster? FindReferent(List<EntityCluster> clusters, EntityMention reference, string? homeCountry)
    {
        EntityCluster? best = null;
        var bestLast = -1;
        foreach (var cluster in clusters)
        {
            if (!Fits(cluster, reference, homeCountry))
            {
                continue;
            }

            var last = cluster.LastMentionBefore(reference.Start);
            if (last > bestLast)
            {
                best = cluster;
                bestLast = last;
            }
        }

        return best;
    }

    private static bool Fits(EntityCluster cluster, EntityMention reference, string? homeCountry)
    {
        if (reference.Role is not { } role)
        {
            // "the newspaper" → media; "the organisation" → any organisation.
            var noun = reference.Name.ToLowerInvariant();
            if (noun is "newspaper" or "paper" or "daily" or "publication" or "broadcaster" or "channel" or "agency")
            {
                return cluster.Type == "organization" && cluster.IsMedia;
            }

            // "the institute" is an institute; "the organisation" or "the body" is any organisation.
            return cluster.Type == "organization"
                && (noun is "organisation" or "organization" or "body" || cluster.Name.Contains(noun, StringComparison.OrdinalIgnoreCase));
        }

        if (cluster.Type != "person")
        {
            return false;
        }

        var roleFits = cluster.Roles.Contains(role.Canonical)
            || (role.Canonical == "leader" && cluster.Roles.Any(r => new Knowledge.Role(r, true, true).IsLeader));
        if (!roleFits)
        {
            return false;
        }

        if (reference.Country is null)
        {
            return true;
        }

        var country = cluster.Country ?? cluster.MentionCountry
            ?? (cluster.Roles.Any(r => new Knowledge.Role(r, true, true).IsLeader) ? homeCountry : null);
        return country is null || country == reference.Country;
    }
}
