using System.Numerics;

namespace Attest.Text.Syntax.Learning;

/// <summary>Frozen sparse weights: an open-addressing table from feature key to the classes it votes for. Read-only,
/// so one table serves every thread.</summary>
/// <remarks>Built for look-up speed: a slot is 8 bytes (a 32-bit fingerprint of the key's high half, the low half
/// choosing the slot, and where its row is), so the slot array is as small as it can be; a row with few classes is
/// a run of (class, weight) entries, one with many a dense vector added with SIMD.</remarks>
public sealed class WeightTable
{
    // A row with at least this many classes is cheaper to add as a dense vector than entry by entry.
    private const int DenseMinimum = 12;
    private const uint DenseMark = 0xF;
    private const int CountBits = 4;

    // Where the read-ahead passes leave what they read, so the compiler cannot drop the reads.
    [ThreadStatic]
    private static uint sink;

    private readonly Slot[] slots;
    private readonly Entry[] entries;
    private readonly float[] dense;
    private readonly int mask;
    private readonly ulong[] rowKeys;
    private readonly ushort[] rowCounts;

    private WeightTable(int classCount, ulong[] rowKeys, ushort[] rowCounts, ushort[] classes, float[] weights)
    {
        ClassCount = classCount;
        this.rowKeys = rowKeys;
        this.rowCounts = rowCounts;
        entries = new Entry[classes.Length];
        for (var i = 0; i < classes.Length; i++)
        {
            entries[i] = new Entry(classes[i], weights[i]);
        }

        var capacity = 2;
        while (capacity * 0.6 < rowKeys.Length)
        {
            capacity <<= 1;
        }

        slots = new Slot[capacity];
        mask = capacity - 1;
        dense = new float[rowCounts.Count(c => c >= DenseMinimum) * classCount];
        int entryStart = 0, denseRow = 0;
        for (var r = 0; r < rowKeys.Length; r++)
        {
            uint location;
            if (rowCounts[r] >= DenseMinimum)
            {
                for (var e = entryStart; e < entryStart + rowCounts[r]; e++)
                {
                    dense[(denseRow * classCount) + entries[e].Class] = entries[e].Weight;
                }

                location = ((uint)denseRow++ << CountBits) | DenseMark;
            }
            else
            {
                location = ((uint)entryStart << CountBits) | rowCounts[r];
            }

            var fingerprint = Fingerprint(rowKeys[r]);
            var slot = (int)(rowKeys[r] & (ulong)mask);
            while (slots[slot].Fingerprint != 0)
            {
                slot = (slot + 1) & mask;
            }

            slots[slot] = new Slot(fingerprint, location);
            entryStart += rowCounts[r];
        }
    }

    public int ClassCount { get; }

    /// <summary>How many features carry weights.</summary>
    public int FeatureCount => rowKeys.Length;

    /// <summary>Adds each feature's weights into <paramref name="scores"/> (cleared first).</summary>
    /// <remarks>The table is far larger than the caches, so each look-up is a miss. The first two passes only read,
    /// with nothing depending on what they read, so the processor fetches every slot (then every row) at once
    /// instead of one miss after another; the last pass adds from the cache.</remarks>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        scores.Clear();
        Span<uint> locations = stackalloc uint[features.Length];
        uint touched = 0;
        foreach (var feature in features)
        {
            touched ^= slots[(int)(feature & (ulong)mask)].Fingerprint;
        }

        for (var f = 0; f < features.Length; f++)
        {
            var fingerprint = Fingerprint(features[f]);
            var index = (int)(features[f] & (ulong)mask);
            locations[f] = 0;
            while (true)
            {
                var slot = slots[index];
                if (slot.Fingerprint == fingerprint)
                {
                    locations[f] = slot.Location;
                    var start = (int)(slot.Location >> CountBits);
                    touched ^= (slot.Location & DenseMark) == DenseMark ? (uint)dense[start * ClassCount] : (uint)entries[start].Class;
                    break;
                }

                if (slot.Fingerprint == 0)
                {
                    break;
                }

                index = (index + 1) & mask;
            }
        }

        var width = scores.Length - (scores.Length % Vector<float>.Count);
        foreach (var location in locations)
        {
            var count = (int)(location & DenseMark);
            var start = (int)(location >> CountBits);
            if (count == DenseMark)
            {
                var row = dense.AsSpan(start * ClassCount, ClassCount);
                for (var c = 0; c < width; c += Vector<float>.Count)
                {
                    (new Vector<float>(scores[c..]) + new Vector<float>(row[c..])).CopyTo(scores[c..]);
                }

                for (var c = width; c < scores.Length; c++)
                {
                    scores[c] += row[c];
                }

                continue;
            }

            for (var i = start; i < start + count; i++)
            {
                scores[entries[i].Class] += entries[i].Weight;
            }
        }

        sink = touched;
    }

    internal static WeightTable Create(int classCount, List<(ulong Key, ushort[] Classes, float[] Weights)> rows)
    {
        // Rows are placed in key order so the table, and the file written from it, is the same on every run.
        rows.Sort((a, b) => a.Key.CompareTo(b.Key));
        var rowKeys = new ulong[rows.Count];
        var rowCounts = new ushort[rows.Count];
        var total = rows.Sum(r => r.Classes.Length);
        var classes = new ushort[total];
        var weights = new float[total];
        var next = 0;
        for (var r = 0; r < rows.Count; r++)
        {
            rowKeys[r] = rows[r].Key;
            rowCounts[r] = (ushort)rows[r].Classes.Length;
            rows[r].Classes.CopyTo(classes, next);
            rows[r].Weights.CopyTo(weights, next);
            next += rowCounts[r];
        }

        return new WeightTable(classCount, rowKeys, rowCounts, classes, weights);
    }

    /// <summary>The same table without weights smaller than <paramref name="threshold"/>: a smaller table is faster
    /// to look up (more of it stays in the cache) and the smallest weights rarely change a decision.</summary>
    public WeightTable Pruned(float threshold)
    {
        var rows = new List<(ulong Key, ushort[] Classes, float[] Weights)>();
        var start = 0;
        for (var r = 0; r < rowKeys.Length; r++)
        {
            var kept = entries.AsSpan(start, rowCounts[r]).ToArray().Where(e => MathF.Abs(e.Weight) >= threshold).ToArray();
            if (kept.Length > 0)
            {
                rows.Add((rowKeys[r], [.. kept.Select(e => (ushort)e.Class)], [.. kept.Select(e => e.Weight)]));
            }

            start += rowCounts[r];
        }

        return Create(ClassCount, rows);
    }

    /// <summary>The mean of several tables of the same classes (one-shot parameter mixing): models trained on the
    /// same data in different orders make different mistakes, and their mean makes fewer.</summary>
    public static WeightTable Mean(IReadOnlyList<WeightTable> tables)
    {
        ArgumentNullException.ThrowIfNull(tables);
        var sums = new Dictionary<ulong, Dictionary<ushort, float>>();
        foreach (var table in tables)
        {
            var start = 0;
            for (var r = 0; r < table.rowKeys.Length; r++)
            {
                if (!sums.TryGetValue(table.rowKeys[r], out var row))
                {
                    sums[table.rowKeys[r]] = row = [];
                }

                foreach (var entry in table.entries.AsSpan(start, table.rowCounts[r]))
                {
                    row[(ushort)entry.Class] = row.GetValueOrDefault((ushort)entry.Class) + (entry.Weight / tables.Count);
                }

                start += table.rowCounts[r];
            }
        }

        return Create(tables[0].ClassCount, [.. sums.Select(s => (s.Key, s.Value.Keys.Order().ToArray(), s.Value.OrderBy(e => e.Key).Select(e => e.Value).ToArray()))]);
    }

    /// <summary>Writes the rows in key order, weights as half-precision floats (their averaged values need no more).</summary>
    public void Write(BinaryWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(ClassCount);
        writer.Write(rowKeys.Length);
        writer.Write(entries.Length);
        foreach (var key in rowKeys)
        {
            writer.Write(key);
        }

        foreach (var count in rowCounts)
        {
            writer.Write(count);
        }

        foreach (var entry in entries)
        {
            writer.Write((ushort)entry.Class);
        }

        foreach (var entry in entries)
        {
            writer.Write((Half)entry.Weight);
        }
    }

    public static WeightTable Read(BinaryReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var classCount = reader.ReadInt32();
        var rowCount = reader.ReadInt32();
        var entryCount = reader.ReadInt32();
        if (classCount <= 0 || rowCount < 0 || entryCount < 0 || entryCount >= 1 << (32 - CountBits))
        {
            throw new InvalidDataException($"a weight table of {classCount} classes, {rowCount} rows and {entryCount} entries cannot be");
        }

        var rowKeys = new ulong[rowCount];
        var rowCounts = new ushort[rowCount];
        var classes = new ushort[entryCount];
        var weights = new float[entryCount];
        for (var r = 0; r < rowCount; r++)
        {
            rowKeys[r] = reader.ReadUInt64();
        }

        for (var r = 0; r < rowCount; r++)
        {
            rowCounts[r] = reader.ReadUInt16();
        }

        for (var e = 0; e < entryCount; e++)
        {
            classes[e] = reader.ReadUInt16();
            if (classes[e] >= classCount)
            {
                throw new InvalidDataException($"weight entry {e} names class {classes[e]} of {classCount}");
            }
        }

        for (var e = 0; e < entryCount; e++)
        {
            weights[e] = (float)reader.ReadHalf();
        }

        if (rowCounts.Sum(c => (long)c) != entryCount)
        {
            throw new InvalidDataException("the weight rows do not add up to the entries");
        }

        return new WeightTable(classCount, rowKeys, rowCounts, classes, weights);
    }

    // 0 marks an empty slot, so a key whose high half is 0 is fingerprinted as 1.
    private static uint Fingerprint(ulong key) => (uint)(key >> 32) is var high && high != 0 ? high : 1;

    private readonly record struct Slot(uint Fingerprint, uint Location);

    private readonly record struct Entry(int Class, float Weight);
}
