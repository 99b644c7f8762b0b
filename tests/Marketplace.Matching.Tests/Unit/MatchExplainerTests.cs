using Marketplace.Matching.Api.Domain;
using Marketplace.Matching.Api.Matching;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Marketplace.Matching.Tests.Unit;

/// <summary>The optional LLM rewrite of explanations, against a small fake IChatClient (not a database, broker or cache).</summary>
public sealed class MatchExplainerTests
{
    private static readonly MatchResult Result = new(82, new Dictionary<string, decimal> { ["skills"] = 100 }, ["hydraulics"], [],
        ["You have all required skills."], ["QEI expired on 2024-01-01."], ["Renew your QEI."]);

    private static MatchExplainer Explainer(IChatClient? chat) =>
        new(Options.Create(new ExplanationOptions { Timeout = TimeSpan.FromMilliseconds(300) }), NullLogger<MatchExplainer>.Instance, chat);

    [Test]
    public async Task A_configured_model_rewords_the_explanation_but_not_the_score()
    {
        var chat = new FakeChat(_ => Task.FromResult("REASONS:\nEvery required skill is yours.\nCONCERNS:\nYour QEI lapsed on 2024-01-01.\nRECOMMENDATIONS:\nRenew the QEI to qualify."));

        var rewritten = await Explainer(chat).RewriteAsync(Result, "Elevator Mechanic", CancellationToken.None);

        Assert.That(rewritten.Reasons, Is.EqualTo(new[] { "Every required skill is yours." }));
        Assert.That(rewritten.Concerns, Is.EqualTo(new[] { "Your QEI lapsed on 2024-01-01." }));
        Assert.That(rewritten.Score, Is.EqualTo(82m));
    }

    [Test]
    public async Task A_slow_model_leaves_the_deterministic_words()
    {
        var chat = new FakeChat(async token => { await Task.Delay(TimeSpan.FromSeconds(30), token); return "REASONS:\nlate"; });

        var started = DateTime.UtcNow;
        var answer = await Explainer(chat).RewriteAsync(Result, "Elevator Mechanic", CancellationToken.None);

        Assert.That(answer, Is.SameAs(Result));
        Assert.That(DateTime.UtcNow - started, Is.LessThan(TimeSpan.FromSeconds(5)));
    }

    [Test]
    public async Task A_model_that_drops_a_line_leaves_the_deterministic_words()
    {
        var chat = new FakeChat(_ => Task.FromResult("REASONS:\nEvery required skill is yours.\nCONCERNS:\nRECOMMENDATIONS:\nRenew it."));

        var answer = await Explainer(chat).RewriteAsync(Result, "Elevator Mechanic", CancellationToken.None);

        Assert.That(answer, Is.SameAs(Result));
    }

    private sealed class FakeChat(Func<CancellationToken, Task<string>> answer) : IChatClient
    {
        public async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
            new(new ChatMessage(ChatRole.Assistant, await answer(cancellationToken)));

        public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();

        public object? GetService(Type serviceType, object? serviceKey = null) => null;

        public void Dispose()
        {
        }
    }
}
