namespace Attest.Web.Reviewing;

/// <summary>
/// A review form's fields as the reviewer left them. Model binding turns an emptied field into null, which the review reads
/// as "keep the machine's value"; for a record field, emptying it means "unlink", so the empty string is kept.
/// </summary>
public static class ReviewForm
{
    public static string? AsTyped(IFormCollection form, string field, string? bound) =>
        form.TryGetValue(field, out var value) ? value.ToString() : bound;
}
