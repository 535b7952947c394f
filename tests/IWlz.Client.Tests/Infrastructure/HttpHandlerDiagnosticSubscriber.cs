using System.Diagnostics;

namespace IWlz.Client.Tests.Infrastructure;

/// <summary>
/// Subscribes to HttpClient's <c>HttpHandlerDiagnosticListener</c> events as an older tracing library does (through
/// <see cref="DiagnosticListener.AllListeners"/>); a derived class handles the events it needs.
/// </summary>
internal class HttpHandlerDiagnosticSubscriber : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private readonly IDisposable _all;
    private readonly List<IDisposable> _subscriptions = [];

    internal HttpHandlerDiagnosticSubscriber() => _all = DiagnosticListener.AllListeners.Subscribe(this);

    public void OnNext(DiagnosticListener value)
    {
        if (value.Name == "HttpHandlerDiagnosticListener")
        {
            lock (_subscriptions)
            {
                _subscriptions.Add(value.Subscribe(this));
            }
        }
    }

    /// <summary>One of HttpClient's diagnostic events; ignored unless a derived class handles it.</summary>
    public virtual void OnNext(KeyValuePair<string, object?> value)
    {
    }

    public void OnCompleted()
    {
    }

    public void OnError(Exception error)
    {
    }

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (!disposing)
        {
            return;
        }

        _all.Dispose();
        lock (_subscriptions)
        {
            _subscriptions.ForEach(s => s.Dispose());
        }
    }
}
