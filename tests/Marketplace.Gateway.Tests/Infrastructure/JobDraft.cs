namespace Marketplace.Gateway.Tests.Infrastructure;

/// <summary>A typed body, so the downstream service binds JSON like a real one and rejects malformed JSON with 400.</summary>
public sealed record JobDraft(string Title, int Openings);
