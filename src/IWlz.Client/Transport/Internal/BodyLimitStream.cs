namespace IWlz.Client.Transport.Internal;

/// <summary>
/// A read-only view of an answer's body that counts what it hands out and fails once the count passes the limit
/// (<c>IWlz:Resilience:MaxResponseBodyBytes</c>), so a body without a <c>Content-Length</c>, or one longer than it
/// declared, is stopped while it is read. The failure is the one <see cref="GraphQLResponseReader"/> throws for
/// a declared length over the limit.
/// </summary>
internal sealed class BodyLimitStream(Stream inner, int maxBytes, Func<int, Exception> tooLarge) : Stream
{
    /// <summary>The bytes read so far.</summary>
    internal long BytesRead { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count));

    public override int Read(Span<byte> buffer) => Count(inner.Read(buffer));

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        Count(await inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    private int Count(int read)
    {
        BytesRead += read;
        return BytesRead > maxBytes ? throw tooLarge(maxBytes) : read;
    }
}
