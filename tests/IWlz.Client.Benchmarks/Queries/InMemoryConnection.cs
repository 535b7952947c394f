using System.Text;

namespace IWlz.Client.Benchmarks.Queries;

/// <summary>
/// One HTTP/1.1 connection to <see cref="InMemoryRegister"/> as a stream, for <see cref="SocketsHttpHandler.ConnectCallback"/>:
/// what the client writes is collected until a whole request (headers and <c>Content-Length</c> bytes) is in, then
/// the register's answer is queued as the bytes a server would send. So HttpClient's own HTTP/1.1 writing and
/// parsing, connection pool and diagnostics run as on a socket, without the kernel, TLS or a server process.
/// </summary>
internal sealed class InMemoryConnection(Func<string, byte[]> answer) : Stream
{
    private static readonly byte[] EndOfHeaders = "\r\n\r\n"u8.ToArray();

    private readonly MemoryStream _request = new();
    private byte[] _response = [];
    private int _responseOffset;
    private TaskCompletionSource? _responseReady;

    public override bool CanRead => true;

    public override bool CanWrite => true;

    public override bool CanSeek => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        _request.Write(buffer);
        TryAnswer();
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        Write(buffer.Span);
        return ValueTask.CompletedTask;
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        while (_responseOffset == _response.Length)
        {
            // Nothing to read until the next request is in (HttpClient reads ahead on an idle pooled connection).
            _responseReady = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            await _responseReady.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
        }

        var count = Math.Min(buffer.Length, _response.Length - _responseOffset);
        _response.AsSpan(_responseOffset, count).CopyTo(buffer.Span);
        _responseOffset += count;
        return count;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();

    public override void Flush()
    {
    }

    public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    private void TryAnswer()
    {
        var written = _request.GetBuffer().AsSpan(0, (int)_request.Length);
        var headersEnd = written.IndexOf(EndOfHeaders);
        if (headersEnd < 0)
        {
            return;
        }

        var headers = Encoding.ASCII.GetString(written[..headersEnd]);
        var contentLength = 0;
        foreach (var line in headers.Split("\r\n"))
        {
            if (line.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
            {
                contentLength = int.Parse(line.AsSpan(15).Trim(), System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        var requestLength = headersEnd + EndOfHeaders.Length + contentLength;
        if (written.Length < requestLength)
        {
            return;
        }

        var path = headers[(headers.IndexOf(' ', StringComparison.Ordinal) + 1)..];
        path = path[..path.IndexOf(' ', StringComparison.Ordinal)];
        var rest = written[requestLength..].ToArray();
        _request.SetLength(0);
        _request.Write(rest);
        _response = answer(path);
        _responseOffset = 0;
        _responseReady?.TrySetResult();
        _responseReady = null;
    }
}
