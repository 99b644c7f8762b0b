namespace Marketplace.AppHost.Hosting.Resources;

/// <summary>A resource did not come up. The message is one line naming the resource and the reason.</summary>
public sealed class ResourceStartException(string resource, string reason, IReadOnlyList<string> logTail)
    : Exception($"{resource}: {reason}")
{
    public string Resource { get; } = resource;

    public string Reason { get; } = reason;

    /// <summary>The last lines the resource wrote, which usually say why.</summary>
    public IReadOnlyList<string> LogTail { get; } = logTail;
}
