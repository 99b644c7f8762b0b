using System.Buffers;
using System.IO.Pipelines;

namespace Marketplace.ServiceDefaults.Http;

/// <summary>
/// The connection's output as Kestrel sees it. While the application handles a request, writes go straight through.
/// Outside it (Kestrel's own answer to a refused request, HTTP/2 connection frames) they are held until the flush and
/// then passed on, an empty error response rewritten by <see cref="RejectedRequestProblems.Rewrite"/>.
/// </summary>
internal sealed class RejectedResponseWriter(PipeWriter inner, ApplicationWindow window, string traceId) : PipeWriter
{
    private readonly ArrayBufferWriter<byte> held = new();
    private IBufferWriter<byte>? target;

    public override Memory<byte> GetMemory(int sizeHint = 0) => Target().GetMemory(sizeHint);

    public override Span<byte> GetSpan(int sizeHint = 0) => Target().GetSpan(sizeHint);

    public override void Advance(int bytes)
    {
        (target ?? inner).Advance(bytes);
        target = null;
    }

    public override ValueTask<FlushResult> FlushAsync(CancellationToken cancellationToken = default)
    {
        ReleaseHeld();
        return inner.FlushAsync(cancellationToken);
    }

    public override void CancelPendingFlush() => inner.CancelPendingFlush();

    public override void Complete(Exception? exception = null)
    {
        ReleaseHeld();
        inner.Complete(exception);
    }

    public override ValueTask CompleteAsync(Exception? exception = null)
    {
        ReleaseHeld();
        return inner.CompleteAsync(exception);
    }

    public override bool CanGetUnflushedBytes => inner.CanGetUnflushedBytes;

    public override long UnflushedBytes => inner.UnflushedBytes + held.WrittenCount;

    private IBufferWriter<byte> Target() => target = window.IsOpen && held.WrittenCount == 0 ? inner : held;

    private void ReleaseHeld()
    {
        if (held.WrittenCount == 0)
        {
            return;
        }

        var bytes = RejectedRequestProblems.Rewrite(held.WrittenSpan, traceId) ?? held.WrittenSpan.ToArray();
        inner.Write(bytes);
        held.ResetWrittenCount();
    }
}
