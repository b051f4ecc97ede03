using System.IO.Compression;
using System.Text;
using Attest.Text.Syntax.Learning;
using Attest.Text.Syntax.Lemmas;
using Attest.Text.Syntax.Parsing;
using Attest.Text.Syntax.Tagging;

namespace Attest.Text.Syntax;

/// <summary>A trained tagger, lemmatizer and parser, read from and written to one compressed file
/// (<c>data/models/en-ewt.syntax</c>, see its README for how it was trained).</summary>
public sealed class SyntaxModel
{
    private const string Magic = "attest.syntax/1";
    private const string ShippedResource = "Attest.Text.Models.en-ewt.syntax";

    private static readonly Lazy<SyntaxModel> Shipped = new(LoadShipped, LazyThreadSafetyMode.ExecutionAndPublication);

    public SyntaxModel(PosTagger tagger, Lemmatizer lemmatizer, DependencyParser parser, string description)
    {
        Tagger = tagger;
        Lemmatizer = lemmatizer;
        Parser = parser;
        Description = description;
    }

    /// <summary>The model shipped with Attest, loaded once per process on first use.</summary>
    public static SyntaxModel Default => Shipped.Value;

    public PosTagger Tagger { get; }
    public Lemmatizer Lemmatizer { get; }
    public DependencyParser Parser { get; }

    /// <summary>What the model was trained on and how (treebank, commit, iterations, seed).</summary>
    public string Description { get; }

    public void Save(Stream stream)
    {
        using var compressed = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(compressed, Encoding.UTF8);
        writer.Write(Magic);
        writer.Write(Description);
        var tags = Tagger.Tags;
        writer.Write(tags.Count);
        for (var t = 0; t < tags.Count; t++)
        {
            writer.Write(tags.Upos[t]);
            writer.Write(tags.Xpos[t]);
        }

        Tagger.Weights.Write(writer);
        WriteMap(writer, Tagger.Ambiguity, (w, v) => w.Write(v));
        WriteMap(writer, Tagger.FixedTags, (w, v) => w.Write(v));
        writer.Write(Lemmatizer.Rules.Count);
        foreach (var rule in Lemmatizer.Rules)
        {
            writer.Write(rule.Lower);
            writer.Write(rule.Strip);
            writer.Write(rule.Append);
        }

        WriteMap(writer, Lemmatizer.Known, (w, v) => w.Write(v));
        WriteMap(writer, Lemmatizer.Endings, (w, v) => w.Write(v));
        writer.Write(Lemmatizer.Defaults.Count);
        foreach (var rule in Lemmatizer.Defaults)
        {
            writer.Write(rule);
        }

        writer.Write(Parser.Relations.Count);
        foreach (var name in Parser.Relations.Names)
        {
            writer.Write(name);
        }

        Parser.Weights.Write(writer);
    }

    /// <summary>Reads a model written by <see cref="Save"/>; anything else fails with the reason.</summary>
    public static SyntaxModel Load(Stream stream, string name)
    {
        try
        {
            using var compressed = new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true);
            using var reader = new BinaryReader(new BufferedStream(compressed, 1 << 16), Encoding.UTF8);
            if (reader.ReadString() != Magic)
            {
                throw new InvalidDataException($"{name}: not an Attest syntax model ({Magic})");
            }

            var description = reader.ReadString();
            var tagCount = reader.ReadInt32();
            var pairs = new List<(string, string)>(tagCount);
            for (var t = 0; t < tagCount; t++)
            {
                pairs.Add((reader.ReadString(), reader.ReadString()));
            }

            var tags = new TagSet(pairs);
            var taggerWeights = WeightTable.Read(reader);
            var ambiguity = ReadMap(reader, r => r.ReadUInt32());
            var fixedTags = ReadMap(reader, r => r.ReadUInt16());
            var ruleCount = reader.ReadInt32();
            var rules = new List<LemmaRule>(ruleCount);
            for (var r = 0; r < ruleCount; r++)
            {
                rules.Add(new LemmaRule(reader.ReadBoolean(), reader.ReadInt32(), reader.ReadString()));
            }

            var known = ReadMap(reader, r => r.ReadUInt16());
            var endings = ReadMap(reader, r => r.ReadUInt16());
            var defaults = new ushort[reader.ReadInt32()];
            for (var d = 0; d < defaults.Length; d++)
            {
                defaults[d] = reader.ReadUInt16();
            }

            var relationCount = reader.ReadInt32();
            var relations = new List<string>(relationCount);
            for (var r = 0; r < relationCount; r++)
            {
                relations.Add(reader.ReadString());
            }

            var parserWeights = WeightTable.Read(reader);
            return new SyntaxModel(
                new PosTagger(tags, taggerWeights, ambiguity, fixedTags),
                new Lemmatizer(rules, known, endings, defaults),
                new DependencyParser(new RelationSet(relations), parserWeights, tags),
                description);
        }
        catch (Exception e) when (e is EndOfStreamException or InvalidDataException or IOException)
        {
            throw new InvalidDataException($"{name}: not a readable Attest syntax model ({e.Message})", e);
        }
    }

    private static SyntaxModel LoadShipped()
    {
        using var stream = typeof(SyntaxModel).Assembly.GetManifestResourceStream(ShippedResource)
                           ?? throw new InvalidOperationException($"The syntax model {ShippedResource} is not in {typeof(SyntaxModel).Assembly.GetName().Name}.");
        return Load(stream, "data/models/en-ewt.syntax");
    }

    private static void WriteMap<T>(BinaryWriter writer, IReadOnlyDictionary<ulong, T> map, Action<BinaryWriter, T> write)
    {
        writer.Write(map.Count);
        foreach (var (key, value) in map.OrderBy(p => p.Key))
        {
            writer.Write(key);
            write(writer, value);
        }
    }

    private static Dictionary<ulong, T> ReadMap<T>(BinaryReader reader, Func<BinaryReader, T> read)
    {
        var count = reader.ReadInt32();
        var map = new Dictionary<ulong, T>(count);
        for (var i = 0; i < count; i++)
        {
            map[reader.ReadUInt64()] = read(reader);
        }

        return map;
    }
}
