using Attest.Text.Knowledge;

namespace Attest.Analysis.Corroboration;

/// <summary>A number of people an account says something happened to: "two civilians were injured" is (injured, civilian, 2–2).</summary>
/// <param name="Outcome">What happened to them, from <c>casualty-outcomes.tsv</c>: killed, injured, detained, abducted, missing.</param>
/// <param name="Unit">Who was counted, as the text names them, singular and lower case ("civilian", "people").</param>
/// <param name="Text">The number as written ("at least five", "hundreds of people").</param>
public sealed record ReportedCount(string Outcome, string Unit, double Low, double High, string Text)
{
    /// <summary>True when the two give very different numbers of the same people for the same outcome: the larger at least
    /// twice the smaller and two more. Tolls that rise a little as reports come in ("two killed", then "three") are not a conflict;
    /// three and nine, or none and five, are.</summary>
    public bool Conflicts(ReportedCount other)
    {
        if (Outcome != other.Outcome || PeopleCounted(Unit) != PeopleCounted(other.Unit))
        {
            return false;
        }

        var (smaller, larger) = High <= other.High ? (this, other) : (other, this);
        return larger.Low >= 2 * smaller.High && larger.Low - smaller.High >= 2;
    }

    // "100 civilians", "300 people" and "131 villagers" count the same people, as do "40 Chadians" (a nationality counts
    // people); "three soldiers" and "nine civilians" do not.
    private static readonly HashSet<string> AnyPeople = ["people", "person", "civilian", "villager", "resident", "inhabitant", "citizen"];

    private static string PeopleCounted(string unit) =>
        AnyPeople.Contains(unit) || unit.Length > 1 && KnowledgeBase.Shared.DemonymLookup.ContainsKey(char.ToUpperInvariant(unit[0]) + unit[1..])
            ? "people"
            : unit;
}
