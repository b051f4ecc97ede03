using System.Reflection;
using System.Text.RegularExpressions;

namespace Attest.Store.Migrations;

/// <summary>Loads the embedded <c>NNNN_name.sql</c> scripts of one engine, in version order.</summary>
public static partial class MigrationScripts
{
    public static IReadOnlyList<Migration> Load(string engineFolder)
    {
        var assembly = typeof(MigrationScripts).Assembly;
        var prefix = $"Attest.Store.{engineFolder}.Migrations.";
        var migrations = new List<Migration>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)))
        {
            var match = ScriptName().Match(name[prefix.Length..]);
            if (!match.Success)
            {
                continue;
            }

            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            migrations.Add(new Migration(int.Parse(match.Groups[1].Value), match.Groups[2].Value, reader.ReadToEnd()));
        }

        return [.. migrations.OrderBy(m => m.Version)];
    }

    [GeneratedRegex(@"^_?(\d{4})_(\w+)\.sql$")]
    private static partial Regex ScriptName();
}
