namespace Marketplace.Applications.Api.Interviewing;

/// <summary>"InterviewQuestions": Provider "openai" adds an OpenAI-compatible chat endpoint's questions to the local ones.</summary>
public sealed class InterviewQuestionOptions
{
    public string? Provider { get; set; }

    public string? Endpoint { get; set; }

    public string Model { get; set; } = "gpt-4o-mini";

    public string? ApiKey { get; set; }

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    public int MaxQuestions { get; set; } = 5;
}
