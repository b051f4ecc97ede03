using Attest.Ingest.Reading;

namespace Attest.Ingest.Tests.Reading;

public sealed class SizeTextTests
{
    [Fact]
    public void Oversized_message_shows_the_size_with_one_decimal_and_the_limit_without()
    {
        Assert.Equal("is 62.0 MB, over the 50 MB limit", SizeText.OverLimit(62L * 1024 * 1024, CaptureOptions.DefaultMaxBytes));
        Assert.Equal("is 1.5 KB, over the 1 KB limit", SizeText.OverLimit(1536, 1024));
        Assert.Equal("is 900 bytes, over the 512 bytes limit", SizeText.OverLimit(900, 512));
    }
}
