namespace Marketplace.ServiceDefaults.Http;

/// <summary>
/// A connection feature counting the requests of this connection the application is handling now. A response written
/// while it is zero was written by Kestrel itself: its answer to a request it refused before the pipeline (a malformed
/// request line, header or target, oversized headers), which <see cref="RejectedResponseWriter"/> turns into problem+json.
/// </summary>
public sealed class ApplicationWindow
{
    private int open;

    public bool IsOpen => Volatile.Read(ref open) > 0;

    public void Enter() => Interlocked.Increment(ref open);

    /// <summary>Called once the response has been written (HttpResponse.OnCompleted).</summary>
    public void Leave() => Interlocked.Decrement(ref open);
}
