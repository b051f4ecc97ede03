using Attest.Ingest.Html;
using Attest.Ingest.Reading;
using MimeKit;

namespace Attest.Ingest.Readers;

/// <summary>Reads a saved e-mail (.eml): its body as text (the plain part, else the HTML part), subject, sender and date.</summary>
/// <remarks>Statements and testimonies often arrive by e-mail. Attachments are not read here; save them and add them as files.</remarks>
internal sealed class EmailReader : ISourceReader
{
    public IReadOnlyCollection<ContentKind> Kinds { get; } = [ContentKind.Email];

    public ReadDocument Read(RawInput input, ContentKind kind)
    {
        MimeMessage message;
        try
        {
            using var stream = new MemoryStream(input.Bytes.ToArray(), writable: false);
            message = MimeMessage.Load(stream);
        }
        catch (Exception ex) when (ex is FormatException or ParseException)
        {
            throw new UnreadableSourceException($"is not a readable e-mail: {ex.Message}", ex);
        }

        var text = message.TextBody is { } plain && !string.IsNullOrWhiteSpace(plain)
            ? plain.Replace("\r\n", "\n", StringComparison.Ordinal).Trim()
            : message.HtmlBody is { } html ? BlockText.OfHtml(html) : "";

        var sender = message.From.Mailboxes.FirstOrDefault();
        return new ReadDocument(
            text,
            "message/rfc822",
            Title: string.IsNullOrWhiteSpace(message.Subject) ? null : message.Subject.Trim(),
            Author: sender is null ? null : string.IsNullOrWhiteSpace(sender.Name) ? sender.Address : $"{sender.Name} <{sender.Address}>",
            Published: message.Date == DateTimeOffset.MinValue ? null : DateOnly.FromDateTime(message.Date.DateTime));
    }
}
