namespace Attest.Ingest.Reading;

/// <summary>Reads a stream of unknown length whole, but stops as soon as it passes the size limit rather than filling memory.</summary>
internal static class BoundedRead
{
    /// <exception cref="UnreadableSourceException">The stream is longer than <paramref name="maxBytes"/>.</exception>
    public static async Task<byte[]> ReadAsync(Stream stream, long maxBytes, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                throw new UnreadableSourceException(SizeText.OverLimitUnknownSize(maxBytes));
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
