namespace Marketplace.Listings.Api.Assistant;

/// <summary>
/// "Assistant" configuration: Provider "none" (default, deterministic rules only) or "openai" with an
/// OpenAI-compatible chat completions endpoint (OpenAI, Azure, Ollama, vLLM) whose advice is added to the rules.
/// </summary>
public sealed class AssistantOptions
{
    public string Provider { get; set; } = "none";

    /// <summary>The API base, e.g. https://api.openai.com/v1/; "chat/completions" is resolved against it.</summary>
    public Uri? Endpoint { get; set; }

    public string Model { get; set; } = "gpt-4o-mini";

    public string? ApiKey { get; set; }

    /// <summary>Short on purpose: the owner is waiting, and the rules answer alone is a complete answer.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(5);
}
