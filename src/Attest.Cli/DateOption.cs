using System.CommandLine;
using System.Globalization;

namespace Attest.Cli;

/// <summary>A YYYY-MM-DD option whose bad values are reported by the parser, naming the option.</summary>
public static class DateOption
{
    public static Option<DateOnly?> Create(string name, string description) => new(name)
    {
        Description = description,
        CustomParser = result =>
        {
            var token = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
            if (DateOnly.TryParseExact(token, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }

            result.AddError($"{name} {token}: not a date of the form YYYY-MM-DD");
            return null;
        },
    };
}
