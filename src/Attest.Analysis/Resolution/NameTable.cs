using System.Collections.Frozen;
using Attest.Core.Knowledge;

namespace Attest.Analysis.Resolution;

/// <summary>
/// Key → records, frozen for the records an index is built from, with a small overlay for records added later
/// (candidates and user records), so look-ups stay fast and adding stays cheap.
/// </summary>
internal sealed class NameTable<TValue>
{
    private readonly FrozenDictionary<string, TValue[]> frozen;
    private readonly Dictionary<string, List<TValue>> added = new(StringComparer.Ordinal);

    public NameTable(IEnumerable<(string Key, TValue Value)> entries)
    {
        frozen = entries
            .GroupBy(e => e.Key, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Select(e => e.Value).Distinct().ToArray(), StringComparer.Ordinal);
    }

    public void Add(string key, TValue value)
    {
        if (!added.TryGetValue(key, out var list))
        {
            list = [];
            added[key] = list;
        }

        if (!list.Contains(value) && !(frozen.TryGetValue(key, out var known) && known.Contains(value)))
        {
            list.Add(value);
        }
    }

    public IReadOnlyList<TValue> Get(string key)
    {
        var hasFrozen = frozen.TryGetValue(key, out var known);
        var hasAdded = added.TryGetValue(key, out var extra);
        return (hasFrozen, hasAdded) switch
        {
            (true, true) => [.. known!, .. extra!],
            (true, false) => known!,
            (false, true) => extra!,
            _ => [],
        };
    }
}
