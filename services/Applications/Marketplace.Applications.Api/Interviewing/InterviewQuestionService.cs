using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;

namespace Marketplace.Applications.Api.Interviewing;

/// <summary>
/// The local questions, plus an LLM's when an <see cref="IChatClient"/> is configured. The LLM's failure (down, slow,
/// garbled) is logged and the local questions are answered alone: it never fails the request.
/// </summary>
public sealed partial class InterviewQuestionService(
    LocalInterviewQuestions local, IOptions<InterviewQuestionOptions> options, ILogger<InterviewQuestionService> logger, IChatClient? chat = null)
{
    public async Task<InterviewQuestionSet> BuildAsync(JobProfile job, CancellationToken cancellationToken)
    {
        var (occupation, behavioral, technical) = local.Build(job);
        var llmUsed = false;
        if (chat is not null)
        {
            var extra = await AskAsync(chat, job, cancellationToken);
            llmUsed = extra.Count > 0;
            technical.AddRange(extra);
        }

        return new InterviewQuestionSet(occupation?.Code, occupation?.Title, behavioral, technical, llmUsed);
    }

    private async Task<List<InterviewQuestion>> AskAsync(IChatClient client, JobProfile job, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(settings.Timeout);
        try
        {
            var prompt = $"""
                Write {settings.MaxQuestions} technical interview questions for a {job.Title} ({job.JobCategory}) in building services.
                Required skills: {string.Join(", ", job.RequiredSkills)}. Certifications: {string.Join(", ", job.Certifications)}.
                Equipment: {string.Join(", ", job.Equipment)}. Answer with one question per line and nothing else.
                """;
            var response = await client.GetResponseAsync(prompt, cancellationToken: timeout.Token);
            return (response.Text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(line => line.TrimStart('-', '*', ' ', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '.', ')').Trim())
                .Where(line => line.Length is > 10 and <= 500 && line.EndsWith('?'))
                .Take(settings.MaxQuestions)
                .Select(line => new InterviewQuestion("technical", line, "llm", "llm"))
                .ToList();
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            // Any failure of the optional provider falls back to the local questions (issue 10).
            LogLlmFailed(e.GetType().Name);
            return [];
        }
    }

    [LoggerMessage(EventId = 40, Level = LogLevel.Warning, Message = "The interview-question LLM failed ({ErrorType}); answering the local questions")]
    private partial void LogLlmFailed(string errorType);
}
