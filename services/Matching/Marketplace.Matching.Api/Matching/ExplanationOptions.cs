namespace Marketplace.Matching.Api.Matching;

/// <summary>"Matching:Explanations": Provider "openai" lets an OpenAI-compatible chat endpoint reword match explanations.</summary>
public sealed class ExplanationOptions
{
    public string? Provider { get; set; }

    public string? Endpoint { get; set; }

    public string Model { get; set; } = "gpt-4o-mini";

    public string? ApiKey { get; set; }

    /// <summary>How long a rewrite may take before the deterministic words are answered instead.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(2);
}
