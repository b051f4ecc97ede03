namespace Attest.Web;

/// <summary>
/// The longest value each kind of form or API field takes. Limits keep one request from storing or searching megabytes, and a
/// value past one is refused with a message naming the field, never cut silently.
/// </summary>
public static class FieldLimits
{
    public const int UserName = 64;

    /// <summary>Long passphrases are welcome; this only bounds the work one hashing does.</summary>
    public const int Password = 1024;

    /// <summary>A speaker, actor, target, place or other name.</summary>
    public const int Name = 200;

    /// <summary>A knowledge record id typed into a review form.</summary>
    public const int RecordId = 200;

    /// <summary>A reviewer's reason, or the perpetrators and victims of an incident.</summary>
    public const int Text = 2000;

    /// <summary>A search query or list filter.</summary>
    public const int Query = 500;

    public const int VictimCount = 1_000_000;

    /// <summary>The message for a value longer than <paramref name="max"/>, or null when it fits (or is absent).</summary>
    public static string? TooLong(string field, string? value, int max) =>
        value is not null && value.Length > max ? $"{field}: at most {max} characters (this one has {value.Length})" : null;
}
