using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace IWlz.Client.AspNetCore.Tests.Infrastructure;

/// <summary>Captures every log record (formatted, with the exception text) so tests can search them.</summary>
internal sealed class LogCollector : ILoggerProvider
{
    public ConcurrentQueue<(string Category, LogLevel Level, EventId EventId, string Text)> Entries { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    public string AllText() => string.Join("\n", Entries.Select(e => $"{e.Category} {e.Level} {e.EventId.Id} {e.Text}"));

    private sealed class Logger(LogCollector owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            owner.Entries.Enqueue((category, logLevel, eventId, formatter(state, exception) + (exception is null ? string.Empty : " " + exception)));
    }
}
