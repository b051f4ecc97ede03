using System.Collections.Frozen;
using Attest.Text.Knowledge;

namespace Attest.Text.Events;

/// <summary>The grammar words the event pass reads triggers with (data/knowledge/event-grammar.tsv), one named set per class.</summary>
public sealed class EventGrammar
{
    private static readonly string[] Classes = ["light-verb", "happen-verb", "modal", "factual-governor", "noun-preposition", "hypothetical-opener"];

    public EventGrammar(IEnumerable<string[]> rows)
    {
        var byClass = Classes.ToDictionary(name => name, _ => new List<string>(), StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var word = KnowledgeFile.Column(row, 0);
            var kind = KnowledgeFile.Column(row, 1);
            if (word.Length == 0 || !byClass.TryGetValue(kind, out var list))
            {
                throw new InvalidDataException($"event-grammar.tsv: unknown class '{kind}' for '{word}' (expected {string.Join(", ", Classes)}).");
            }

            list.Add(word);
        }

        LightVerbs = byClass["light-verb"].ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        HappenVerbs = byClass["happen-verb"].ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        Modals = byClass["modal"].ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        FactualInfinitiveGovernors = byClass["factual-governor"].ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        NounPrepositions = byClass["noun-preposition"].ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        HypotheticalOpeners = byClass["hypothetical-opener"].ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>"HELD a meeting", "LAUNCHED a crackdown": a verb before an event noun that makes it happen.</summary>
    public FrozenSet<string> LightVerbs { get; }

    /// <summary>"a conversation WAS HELD", "support CAME from": a verb after an event noun that says it happened.</summary>
    public FrozenSet<string> HappenVerbs { get; }

    /// <summary>"would", "may": the event is possible, wished or future.</summary>
    public FrozenSet<string> Modals { get; }

    /// <summary>"decided TO move the court": a "to"-infinitive after these is a decision or a fact, not a wish.</summary>
    public FrozenSet<string> FactualInfinitiveGovernors { get; }

    /// <summary>"through protests": a word after one of these is a noun, unless it is a gerund.</summary>
    public FrozenSet<string> NounPrepositions { get; }

    /// <summary>"IF the army attacks": a clause these open tells a condition, not a fact.</summary>
    public FrozenSet<string> HypotheticalOpeners { get; }

    /// <summary>The word lists shipped with Attest.</summary>
    public static EventGrammar Shipped { get; } = new(KnowledgeFile.Rows("event-grammar.tsv"));
}
