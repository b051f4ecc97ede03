using System.Collections.Frozen;
using Attest.Text.Knowledge;

namespace Attest.Text.Events;

/// <summary>The word classes event actors are read with (data/knowledge/event-actors.tsv): the nouns that name people,
/// forces or sites without saying whose they are, the prepositions that introduce a target or a place, and the
/// determiners that make an event noun one told before or a kind of act.</summary>
public sealed class ActorWords
{
    private static readonly string[] GrammarClasses = ["target-preposition", "place-preposition", "definite", "generic", "portfolio-preposition", "against-prefix"];

    private readonly FrozenDictionary<string, ActorNounClass> classes;

    public ActorWords(IEnumerable<string[]> rows)
    {
        var byWord = new Dictionary<string, ActorNounClass>(StringComparer.OrdinalIgnoreCase);
        var grammar = GrammarClasses.ToDictionary(name => name, _ => new List<string>(), StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var word = KnowledgeFile.Column(row, 0);
            var kind = KnowledgeFile.Column(row, 1);
            if (kind.Length > 0 && char.IsAsciiLetter(kind[0]) && Enum.TryParse<ActorNounClass>(kind, ignoreCase: true, out var nounClass)
                && nounClass != ActorNounClass.None)
            {
                byWord[word] = nounClass;
            }
            else if (grammar.TryGetValue(kind, out var list))
            {
                list.Add(word);
            }
            else
            {
                throw new InvalidDataException($"event-actors.tsv: unknown class '{kind}' for '{word}' (expected civilian, domestic, force, "
                    + "domestic, international, gang, site, weapon, " + string.Join(", ", GrammarClasses) + ").");
            }
        }

        classes = byWord.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        TargetPrepositions = grammar["target-preposition"].ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        LocativePrepositions = grammar["place-preposition"].ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        DefiniteDeterminers = grammar["definite"].ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        GenericDeterminers = grammar["generic"].ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        PortfolioPrepositions = grammar["portfolio-preposition"].ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        AgainstPrefixes = grammar["against-prefix"].ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>"fired ON the city", "attacks AGAINST civilians": the phrase is what was hit.</summary>
    public FrozenSet<string> TargetPrepositions { get; }

    /// <summary>"killed IN Gaza", "shelling NEAR the border": the phrase is where the event happened.</summary>
    public FrozenSet<string> LocativePrepositions { get; }

    /// <summary>"THE strike", "THESE attacks": an event noun the reader has been told of before.</summary>
    public FrozenSet<string> DefiniteDeterminers { get; }

    /// <summary>"ALL attacks on civilians", "SUCH attacks": an event noun said of a kind of act, not of one that happened.</summary>
    public FrozenSet<string> GenericDeterminers { get; }

    /// <summary>"envoy FOR Syria", "ambassador TO Kenya": a title's phrase that says what the office is for, not whose it is.</summary>
    public FrozenSet<string> PortfolioPrepositions { get; }

    /// <summary>"ANTI-India protests": a prefix that makes the name after it whom the event is aimed at.</summary>
    public FrozenSet<string> AgainstPrefixes { get; }

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

    /// <summary>Political actors of the place (parties, the opposition, activists): the country of the place.</summary>
    Domestic,

    /// <summary>A state's forces and organs: the nationality the document gave the same noun before ("Valdonian soldiers … the soldiers").</summary>
    Force,

    /// <summary>Forces an international body sends ("peacekeepers"): IGO, wherever they stand.</summary>
    International,

    /// <summary>Criminal gangs: the country of the place.</summary>
    Gang,

    /// <summary>A place that was hit: the country it is in.</summary>
    Site,

    /// <summary>A weapon as the subject of an attack ("a missile struck"): whoever fired it, never a country of its own.</summary>
    Weapon,
}
