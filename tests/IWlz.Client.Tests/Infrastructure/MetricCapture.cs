using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace IWlz.Client.Tests.Infrastructure;

/// <summary>
/// Records every measurement of the meters one <see cref="IMeterFactory"/> created (so parallel tests with
/// their own service providers do not mix), or of every meter in the process when no factory is given.
/// </summary>
internal sealed class MetricCapture : IDisposable
{
    private readonly MeterListener _listener = new();

    internal MetricCapture(IMeterFactory? scope = null)
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (scope is null || ReferenceEquals(instrument.Meter.Scope, scope))
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Add(instrument, value, tags));
        _listener.SetMeasurementEventCallback<int>((instrument, value, tags, _) => Add(instrument, value, tags));
        _listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Add(instrument, value, tags));
        _listener.Start();
    }

    internal ConcurrentQueue<Measurement> Measurements { get; } = new();

    internal IReadOnlyList<Measurement> Of(string instrument) => Measurements.Where(m => m.Instrument == instrument).ToList();

    /// <summary>Asks every observable instrument for its current value.</summary>
    internal void Observe() => _listener.RecordObservableInstruments();

    public void Dispose() => _listener.Dispose();

    private void Add(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var copy = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var tag in tags)
        {
            copy[tag.Key] = tag.Value;
        }

        Measurements.Enqueue(new Measurement(instrument.Meter.Name, instrument.Name, value, copy));
    }

    internal sealed record Measurement(string Meter, string Instrument, double Value, IReadOnlyDictionary<string, object?> Tags)
    {
        internal string? Tag(string name) => Tags.TryGetValue(name, out var value) ? value?.ToString() : null;
    }
}
