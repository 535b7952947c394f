using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace IWlz.Client.Tests;

/// <summary>Captures every log entry (formatted message, level, event ID, structured values) for assertions.</summary>
internal sealed class ListLoggerProvider : ILoggerProvider
{
    private readonly ConcurrentQueue<LogEntry> _entries = new();

    public IReadOnlyList<LogEntry> Entries => _entries.ToArray();

    public ILogger CreateLogger(string categoryName) => new ListLogger(categoryName, _entries);

    public void Dispose()
    {
    }

    // State: the entry's structured values (what a structured sink stores beside the message), copied.
    internal sealed record LogEntry(string Category, LogLevel Level, int EventId, string Message, Exception? Exception, IReadOnlyList<KeyValuePair<string, object?>> State);

    private sealed class ListLogger(string category, ConcurrentQueue<LogEntry> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            entries.Enqueue(new LogEntry(
                category,
                logLevel,
                eventId.Id,
                formatter(state, exception),
                exception,
                state is IReadOnlyList<KeyValuePair<string, object?>> values ? [.. values] : []));
    }
}
