using Attest.Ingest.Reading;

namespace Attest.Ingest.Tests.Reading;

public sealed class PublicationDateTests
{
    [Theory]
    [InlineData("2026-03-04T23:30:00-05:00", 2026, 3, 4)]
    [InlineData("2026-03-04", 2026, 3, 4)]
    [InlineData("Tue, 03 Mar 2026 09:15:00 PKT", 2026, 3, 3)]
    [InlineData("Tue, 3 Mar 2026 09:15:00 +0500", 2026, 3, 3)]
    [InlineData("March 3, 2026", 2026, 3, 3)]
    [InlineData("3 March 2026", 2026, 3, 3)]
    [InlineData("2026/03/03", 2026, 3, 3)]
    public void Reads_the_calendar_date_the_publisher_wrote(string text, int year, int month, int day)
    {
        Assert.Equal(new DateOnly(year, month, day), PublicationDate.Parse(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("yesterday")]
    [InlineData("2026-13-45")]
    public void Text_that_is_no_date_gives_none(string text)
    {
        Assert.Null(PublicationDate.Parse(text));
    }
}
