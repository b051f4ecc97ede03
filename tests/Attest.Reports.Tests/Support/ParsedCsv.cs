using CsvHelper;

namespace Attest.Reports.Tests.Support;

/// <summary>A CSV file read back with CsvHelper's RFC 4180 reader: its header and its rows keyed by column name.</summary>
internal sealed record ParsedCsv(IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyDictionary<string, string>> Rows)
{
    public static ParsedCsv Read(string path)
    {
        using var reader = CsvReader.Create(new StringReader(File.ReadAllText(path)), new CsvReaderOptions { Separator = ',' });
        reader.ReadHeader();
        var header = reader.Headers.ToList();
        var rows = new List<IReadOnlyDictionary<string, string>>();
        while (reader.Read())
        {
            Assert.Equal(header.Count, reader.FieldCount);
            rows.Add(header.Select((name, i) => (name, value: reader.Current.GetString(i))).ToDictionary(p => p.name, p => p.value));
        }

        return new ParsedCsv(header, rows);
    }
}
