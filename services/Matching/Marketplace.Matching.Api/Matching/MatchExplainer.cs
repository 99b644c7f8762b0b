using Marketplace.Matching.Api.Domain;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;

namespace Marketplace.Matching.Api.Matching;

/// <summary>
/// Rewords a match's reasons, concerns and recommendations through an <see cref="IChatClient"/> when one is configured.
/// The score and components never pass through it, and the deterministic words stay the answer whenever the model is
/// absent, slow (<see cref="ExplanationOptions.Timeout"/>), failing, or answers with a different number of lines.
/// </summary>
public sealed partial class MatchExplainer(IOptions<ExplanationOptions> options, ILogger<MatchExplainer> logger, IChatClient? chat = null)
{
    private static readonly string[] Sections = ["REASONS", "CONCERNS", "RECOMMENDATIONS"];

    public async Task<MatchResult> RewriteAsync(MatchResult result, string jobTitle, CancellationToken cancellationToken)
    {
        if (chat is null || result.Reasons.Count + result.Concerns.Count + result.Recommendations.Count == 0)
        {
            return result;
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Value.Timeout);
        try
        {
            var prompt = $"""
                Reword these lines explaining how a job seeker matches the job "{jobTitle}" so they read warmly and plainly.
                Keep every fact and number, one line per input line, in the same order, under the same headings, nothing else.
                REASONS:
                {string.Join('\n', result.Reasons)}
                CONCERNS:
                {string.Join('\n', result.Concerns)}
                RECOMMENDATIONS:
                {string.Join('\n', result.Recommendations)}
                """;
            var response = await chat.GetResponseAsync(prompt, cancellationToken: timeout.Token);
            var parsed = Parse(response.Text ?? "");
            if (parsed is not null && parsed[0].Count == result.Reasons.Count && parsed[1].Count == result.Concerns.Count
                && parsed[2].Count == result.Recommendations.Count)
            {
                return result with { Reasons = parsed[0], Concerns = parsed[1], Recommendations = parsed[2] };
            }

            LogRewriteRejected();
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            LogRewriteFailed(e.GetType().Name);
        }

        return result;
    }

    private static List<string>[]? Parse(string text)
    {
        var sections = new List<string>[] { [], [], [] };
        var current = -1;
        foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var heading = Array.FindIndex(Sections, s => line.TrimEnd(':').Equals(s, StringComparison.OrdinalIgnoreCase));
            if (heading >= 0)
            {
                current = heading;
            }
            else if (current < 0 || line.Length > 500)
            {
                return null;
            }
            else
            {
                sections[current].Add(line.TrimStart('-', '*', ' '));
            }
        }

        return sections;
    }

    [LoggerMessage(EventId = 1201, Level = LogLevel.Warning, Message = "The match explanation model failed ({ErrorType}); answering the deterministic words")]
    private partial void LogRewriteFailed(string errorType);

    [LoggerMessage(EventId = 1202, Level = LogLevel.Warning, Message = "The match explanation model changed the number of lines; answering the deterministic words")]
    private partial void LogRewriteRejected();
}
