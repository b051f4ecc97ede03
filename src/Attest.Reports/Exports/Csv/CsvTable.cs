using CsvHelper;

namespace Attest.Reports.Exports.Csv;

/// <summary>Writes a header and rows as RFC 4180 CSV (CsvHelper): CRLF, fields quoted when needed, invariant numbers, ISO dates.</summary>
internal static class CsvTable
{
    // Passages come from untrusted pages: a text field starting with = + - @ is prefixed with ' so a spreadsheet shows it and never runs it.
    private static readonly CsvWriterOptions Options = new()
    {
        TrueValue = "true",
        FalseValue = "false",
        Injection = CsvInjection.Escape,
    };

    public static void Write(TextWriter output, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<object?>> rows)
    {
        using var csv = CsvWriter.Create(output, Options, leaveOpen: true);
        csv.WriteRecord([.. header]);
        foreach (var row in rows)
        {
            foreach (var value in row)
            {
                csv.WriteField(value);
            }

            csv.EndRecord();
        }

        csv.Flush();
    }
}
