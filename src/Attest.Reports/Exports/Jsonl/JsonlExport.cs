using System.Text.Json;
using Attest.Reports.Model;

namespace Attest.Reports.Exports.Jsonl;

/// <summary>
/// The lossless exchange format: one JSON object per line, each with a <c>kind</c> — <c>record</c> (knowledge records the links
/// name), <c>source</c> (metadata, text, original bytes, extraction), <c>link</c>, <c>event</c>, <c>claim</c> — in an order an
/// importer can apply line by line. <c>attest import --format jsonl</c> reads it back.
/// </summary>
public static class JsonlExport
{
    public const string Schema = "attest.export/1";

    public static void Write(ExportSet set, TextWriter output)
    {
        foreach (var record in set.Records)
        {
            output.WriteLine(JsonSerializer.Serialize(record, ExportJson.Lines.ExportedRecord));
        }

        foreach (var source in set.Sources)
        {
            output.WriteLine(JsonSerializer.Serialize(source, ExportJson.Lines.ExportedSource));
        }

        foreach (var link in set.Links)
        {
            output.WriteLine(JsonSerializer.Serialize(link, ExportJson.Lines.ExportedLink));
        }

        foreach (var e in set.Events)
        {
            output.WriteLine(JsonSerializer.Serialize(e, ExportJson.Lines.ExportedEvent));
        }

        foreach (var c in set.Claims)
        {
            output.WriteLine(JsonSerializer.Serialize(c, ExportJson.Lines.ExportedClaim));
        }
    }
}
