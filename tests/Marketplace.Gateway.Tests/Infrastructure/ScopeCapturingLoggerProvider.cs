using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Marketplace.Gateway.Tests.Infrastructure;

/// <summary>Records every log entry with the scope values that were active when it was written.</summary>
public sealed class ScopeCapturingLoggerProvider : ILoggerProvider, ISupportExternalScope
{
    private IExternalScopeProvider scopes = new LoggerExternalScopeProvider();

    public ConcurrentQueue<CapturedLog> Entries { get; } = new();

    public ILogger CreateLogger(string categoryName) => new CapturingLogger(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => scopes = scopeProvider;

    public void Dispose()
    {
    }

    private void Record(string category, string message)
    {
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        scopes.ForEachScope(
            (scope, state) =>
            {
                if (scope is IEnumerable<KeyValuePair<string, object>> pairs)
                {
                    foreach (var (key, value) in pairs)
                    {
                        state[key] = value;
                    }
                }
            },
            values);
        Entries.Enqueue(new CapturedLog(category, message, values));
    }

    private sealed class CapturingLogger(ScopeCapturingLoggerProvider provider, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => provider.scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            provider.Record(category, formatter(state, exception));
    }
}
