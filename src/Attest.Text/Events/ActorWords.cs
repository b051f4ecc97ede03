using System.Collections.Frozen;
using Attest.Text.Knowledge;

namespace Attest.Text.Events;

/// <summary>The word classes event actors are read with: the prepositions that introduce a target, and the nouns
/// (data/knowledge/event-actors.tsv) that name people, forces or sites without saying whose they are.</summary>
public sealed class ActorWords
{
    /// <summary>"fired ON the city", "attacks AGAINST civilians", "struck AT the base": the phrase is what was hit.</summary>
    public static readonly FrozenSet<string> TargetPrepositions =
        FrozenSet.ToFrozenSet(["on", "upon", "against", "at", "into", "onto"], StringComparer.OrdinalIgnoreCase);

    /// <summary>"killed IN Gaza", "shelling NEAR the border": the phrase is where the event happened.</summary>
    public static readonly FrozenSet<string> LocativePrepositions =
        FrozenSet.ToFrozenSet(["in", "at", "near", "outside", "inside", "across", "throughout", "around", "within"], StringComparer.OrdinalIgnoreCase);

    private readonly FrozenDictionary<string, ActorNounClass> classes;

    public ActorWords(IEnumerable<string[]> rows)
    {
        var byWord = new Dictionary<string, ActorNounClass>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in rows)
        {
            var word = KnowledgeFile.Column(row, 0);
            byWord[word] = KnowledgeFile.Column(row, 1) switch
            {
                "civilian" => ActorNounClass.Civilian,
                "force" => ActorNounClass.Force,
                "gang" => ActorNounClass.Gang,
                "site" => ActorNounClass.Site,
                var other => throw new InvalidDataException($"event-actors.tsv: unknown class '{other}' for '{word}' (expected civilian, force, gang or site)."),
            };
        }

        classes = byWord.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The word lists shipped with Attest.</summary>
    public static ActorWords Shipped { get; } = new(KnowledgeFile.Rows("event-actors.tsv"));

    /// <summary>The class of a noun by its lemma; <see cref="ActorNounClass.None"/> when it is not listed.</summary>
    public ActorNounClass ClassOf(string lemma) => classes.GetValueOrDefault(lemma, ActorNounClass.None);
}

/// <summary>How an unowned actor noun gets a country.</summary>
public enum ActorNounClass
{
    /// <summary>Not listed: no country unless the phrase names one.</summary>
    None,

    /// <summary>People the event happened to: the country of the place.</summary>
    Civilian,

    /// <summary>A state's forces: the nationality the document gave the same noun before ("Burkinabè soldiers … the soldiers").</summary>
    Force,

    /// <summary>Criminal gangs: the country of the place.</summary>
    Gang,

    /// <summary>A place that was hit: the country it is in.</summary>
    Site,
}
