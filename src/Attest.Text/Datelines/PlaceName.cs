using System.Globalization;

namespace Attest.Text.Datelines;

/// <summary>Turns a dateline place as printed ("NEW DELHI") into its usual spelling ("New Delhi").</summary>
public static class PlaceName
{
    public static string Normalise(string place)
    {
        foreach (var c in place)
        {
            if (char.IsLower(c))
            {
                return place;
            }
        }

        return CultureInfo.InvariantCulture.TextInfo.ToTitleCase(place.ToLowerInvariant());
    }
}
