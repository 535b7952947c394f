using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace IWlz.Client.Tests.Infrastructure;

/// <summary>Keeps every formatted log record and every scope, so tests can assert what was (and was not) logged.</summary>
internal sealed class CapturingLoggerProvider : ILoggerProvider
{
    internal ConcurrentQueue<LogRecord> Records { get; } = new();

    /// <summary>Every scope opened on a logger of this provider: its category, its text and its key/value pairs.</summary>
    internal ConcurrentQueue<ScopeRecord> Scopes { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    internal sealed record LogRecord(string Category, LogLevel Level, EventId EventId, string Message, Exception? Exception, IReadOnlyList<KeyValuePair<string, object?>> State);

    internal sealed record ScopeRecord(string Category, string? Text, IReadOnlyList<KeyValuePair<string, object?>> State);

    private sealed class Logger(CapturingLoggerProvider owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull
        {
            IReadOnlyList<KeyValuePair<string, object?>> values = state is IEnumerable<KeyValuePair<string, object?>> pairs ? [.. pairs] : [];
            owner.Scopes.Enqueue(new ScopeRecord(category, state.ToString(), values));
            return null;
        }

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            IReadOnlyList<KeyValuePair<string, object?>> values = state is IEnumerable<KeyValuePair<string, object?>> pairs ? [.. pairs] : [];
            owner.Records.Enqueue(new LogRecord(category, logLevel, eventId, formatter(state, exception), exception, values));
        }
    }
}
