using System.CommandLine;
using Attest.Reports.Exports.Acled;
using Attest.Reports.Exports.Cameo;
using Attest.Reports.Exports.ClaimReview;
using Attest.Reports.Exports.Csv;
using Attest.Reports.Exports.GeoJson;
using Attest.Reports.Exports.Jsonl;
using Attest.Reports.Model;

namespace Attest.Cli.Commands;

/// <summary><c>attest export --format …</c>: the record as data for researchers and other teams, with stable identifiers.</summary>
public static class ExportCommand
{
    private static readonly string[] Formats = ["csv", "jsonl", "geojson", "acled", "cameo", "claimreview"];

    public static Command Create()
    {
        var filters = new ExportFilterOptions();
        var format = new Option<string>("--format")
        {
            Description = "csv (a table: see --items), jsonl (everything, lossless, for `attest import`), geojson (events with coordinates), " +
                          "acled (ACLED-style CSV), cameo (CAMEO event data with QuadClass and Goldstein), claimreview (schema.org JSON-LD).",
            Required = true,
        };
        format.AcceptOnlyFromAmong(Formats);
        var output = new Option<string?>("--out") { Description = "Write to this file (default: standard output)." };
        var items = new Option<string>("--items") { Description = "For csv: events, claims or sources.", DefaultValueFactory = _ => "events" };
        items.AcceptOnlyFromAmong("events", "claims", "sources");
        var reviewer = new Option<string>("--reviewer") { Description = "For claimreview: the organisation that publishes the review.", DefaultValueFactory = _ => "Attest" };
        var command = new Command("export", "Export events, claims and sources as CSV, JSON Lines, GeoJSON, ACLED-style CSV, CAMEO data or ClaimReview.")
        {
            format, output, items, reviewer,
        };
        filters.AddTo(command);
        command.SetAction(parse =>
        {
            using var workspace = CommonOptions.OpenWorkspace(parse);
            if (workspace is null)
            {
                return 2;
            }

            var chosen = parse.GetValue(format)!;
            var originals = chosen == "jsonl" ? (Func<string, byte[]?>)(sha => workspace.Blobs.Exists(sha) ? workspace.Blobs.ReadAllBytes(sha) : null) : null;
            var set = new ExportBuilder(workspace.Store, originals).Build(filters.Read(parse));
            var note = string.Empty;
            var path = parse.GetValue(output);
            switch (chosen)
            {
                case "csv":
                    var table = parse.GetValue(items);
                    OutputFile.WriteText(path, w => (table switch
                    {
                        "claims" => (Action<ExportSet, TextWriter>)CsvExport.WriteClaims,
                        "sources" => CsvExport.WriteSources,
                        _ => CsvExport.WriteEvents,
                    })(set, w));
                    break;
                case "jsonl":
                    var missing = set.Sources.Count(s => s.Content is null);
                    OutputFile.WriteText(path, w => JsonlExport.Write(set, w));
                    note = missing > 0 ? $"; {missing} source(s) without their original bytes (blob missing: run `attest verify`)" : string.Empty;
                    break;
                case "geojson":
                    var unplaced = 0;
                    OutputFile.Write(path, s => unplaced = GeoJsonExport.Write(set, s));
                    note = $"; {unplaced} event(s) without coordinates left out";
                    break;
                case "acled":
                    var unmapped = 0;
                    OutputFile.WriteText(path, w => unmapped = AcledExport.Write(set, w));
                    note = $"; {unmapped} event(s) with no ACLED type (verbal, negated or hypothetical) left out";
                    break;
                case "cameo":
                    OutputFile.WriteText(path, w => CameoExport.Write(set, w));
                    break;
                case "claimreview":
                    var reviewed = 0;
                    OutputFile.Write(path, s => reviewed = ClaimReviewExport.Write(set, s, parse.GetValue(reviewer)!));
                    note = $"; {reviewed} claim(s) with a status written, {set.Claims.Count - reviewed} without one left out";
                    break;
            }

            Console.Error.WriteLine($"export {chosen}: {set.Events.Count} event(s), {set.Claims.Count} claim(s), {set.Sources.Count} source(s){note}.");
            return 0;
        });
        return command;
    }
}
