using Attest.Core.Audit;

namespace Attest.Core.Tests.Audit;

public sealed class AuditChainTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 22, 10, 0, 0, TimeSpan.Zero);

    private static List<AuditEntry> Chain(int length)
    {
        var entries = new List<AuditEntry>();
        var previous = string.Empty;
        for (var i = 1; i <= length; i++)
        {
            var at = Start.AddMinutes(i);
            var hash = AuditChain.ComputeHash(i, at, "analyst", "source.add", $"src{i}", $"origin=report-{i}.txt", $"state{i}", previous);
            entries.Add(new AuditEntry(i, at, "analyst", "source.add", $"src{i}", $"origin=report-{i}.txt", $"state{i}", previous, hash));
            previous = hash;
        }

        return entries;
    }

    [Fact]
    public void An_untouched_chain_has_no_breaks() => Assert.Empty(AuditChain.FindBreaks(Chain(5)));

    [Fact]
    public void Changing_any_field_of_an_entry_is_named()
    {
        var entries = Chain(4);
        entries[2] = entries[2] with { Details = "origin=forged.txt" };

        var breaks = AuditChain.FindBreaks(entries);

        Assert.Single(breaks);
        Assert.Contains("audit entry 3", breaks[0]);
    }

    [Fact]
    public void Rehashing_a_changed_entry_still_breaks_the_link_to_the_next()
    {
        var entries = Chain(4);
        var forged = entries[1] with { Actor = "intruder" };
        forged = forged with { Hash = AuditChain.ComputeHash(forged.Sequence, forged.At, forged.Actor, forged.Action, forged.Subject, forged.Details, forged.StateHash, forged.PreviousHash) };
        entries[1] = forged;

        var breaks = AuditChain.FindBreaks(entries);

        Assert.Single(breaks);
        Assert.Contains("audit entry 3", breaks[0]);
        Assert.Contains("does not link", breaks[0]);
    }

    [Fact]
    public void A_removed_entry_is_named_as_missing()
    {
        var entries = Chain(5);
        entries.RemoveAt(2);

        var breaks = AuditChain.FindBreaks(entries);

        Assert.Contains(breaks, b => b.Contains("missing", StringComparison.Ordinal));
    }

    [Fact]
    public void Field_boundaries_cannot_be_shifted_to_forge_the_same_hash()
    {
        var a = AuditChain.ComputeHash(1, Start, "ab", "c", "s", "d", "h", "");
        var b = AuditChain.ComputeHash(1, Start, "a", "bc", "s", "d", "h", "");

        Assert.NotEqual(a, b);
    }

    [Fact]
    public void Times_are_kept_to_the_millisecond_so_stores_round_trip_them()
    {
        var precise = Start.AddTicks(12_345);

        Assert.Equal(AuditChain.ComputeHash(1, precise, "a", "b", "c", "d", "e", ""), AuditChain.ComputeHash(1, AuditChain.Truncate(precise), "a", "b", "c", "d", "e", ""));
        Assert.Equal(1, AuditChain.Truncate(precise).Millisecond);
    }
}
