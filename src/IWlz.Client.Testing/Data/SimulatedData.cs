using IWlz.Client.Testing.Internal.Data;
using IWlz.Client.Testing.Internal.Hosting;
using IWlz.Client.Testing.Internal.Notifications;
using IWlz.Client.Testing.Notifications;

namespace IWlz.Client.Testing.Data;

/// <summary>
/// The records of the simulated registers, and the way to change them. Queries through the PEP see
/// every change at once. Saving or removing a record sends the notifications its bronhouder must
/// send (for example <c>NIEUWE_BEMIDDELINGSPECIFICATIE_ZORGAANBIEDER</c> to the specificatie's
/// instelling), through the simulated nID and PEP, unless <see cref="SimulatorOptions.SendNotifications"/> is off.
/// </summary>
/// <remarks>
/// Stored record types: <c>Indicatieregister.WlzIndicatieRecord</c> (with its nested records);
/// <c>Bemiddelingsregister.ClientRecord</c>, <c>BemiddelingRecord</c>, <c>BemiddelingspecificatieRecord</c>,
/// <c>RegiehouderRecord</c>, <c>OverdrachtRecord</c>, <c>OverdrachtspecificatieRecord</c>,
/// <c>ContactpersoonRecord</c>, <c>ClientContactgegevensRecord</c>, <c>ContactpersoonContactgegevensRecord</c>;
/// <c>Leveringsregister.LeveringRecord</c>, <c>LeveringperiodeRecord</c>, <c>UitstelperiodeRecord</c>,
/// <c>AfstelRecord</c>, <c>VerzoekRecord</c>, <c>VerzoekAanbiederRecord</c>.
/// </remarks>
public sealed class SimulatedData
{
    private readonly SimulatorContext context;
    private readonly BronhouderNotifier notifier;

    internal SimulatedData(SimulatorContext context, BronhouderNotifier notifier)
    {
        this.context = context;
        this.notifier = notifier;
    }

    /// <summary>All stored records of type <typeparamref name="T"/>, in the order they were first saved.</summary>
    /// <typeparam name="T">A stored record type, such as <c>BemiddelingspecificatieRecord</c>.</typeparam>
    /// <returns>A snapshot; later changes do not alter it.</returns>
    /// <exception cref="ArgumentException"><typeparamref name="T"/> is not a stored record type.</exception>
    public IReadOnlyList<T> GetAll<T>()
        where T : class
    {
        _ = RecordKind.Of(typeof(T));
        return context.Store.Current.All<T>();
    }

    /// <summary>The record of type <typeparamref name="T"/> with this ID, or <see langword="null"/>.</summary>
    /// <typeparam name="T">A stored record type.</typeparam>
    /// <param name="id">The record's ID (its <c>…ID</c> property).</param>
    /// <returns>The record, or <see langword="null"/>.</returns>
    /// <exception cref="ArgumentException"><typeparamref name="T"/> is not a stored record type.</exception>
    public T? Find<T>(Guid id)
        where T : class
    {
        _ = RecordKind.Of(typeof(T));
        return context.Store.Current.Find<T>(id);
    }

    /// <summary>
    /// Adds a record, or replaces the stored record with the same ID, and sends the notifications
    /// the change triggers. Records it refers to (such as the bemiddeling of a specificatie) must be
    /// saved first.
    /// </summary>
    /// <typeparam name="T">A stored record type.</typeparam>
    /// <param name="record">The record.</param>
    /// <param name="cancellationToken">Cancels sending the notifications; the change itself is already made.</param>
    /// <returns>The notifications sent (empty when none were due or sending is off).</returns>
    /// <exception cref="ArgumentException">The type is not stored, the ID is empty, or a referenced record is missing.</exception>
    public async Task<IReadOnlyList<NotificationDelivery>> SaveAsync<T>(T record, CancellationToken cancellationToken = default)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(record);
        var change = context.Store.Upsert(record);
        return await NotifyAsync(change, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Removes the record of type <typeparamref name="T"/> with this ID and sends the VERWIJDERDE notifications.</summary>
    /// <typeparam name="T">A stored record type.</typeparam>
    /// <param name="id">The record's ID.</param>
    /// <param name="cancellationToken">Cancels sending the notifications.</param>
    /// <returns>The notifications sent; empty when no such record was stored.</returns>
    /// <exception cref="ArgumentException"><typeparamref name="T"/> is not a stored record type.</exception>
    public async Task<IReadOnlyList<NotificationDelivery>> RemoveAsync<T>(Guid id, CancellationToken cancellationToken = default)
        where T : class
    {
        var change = context.Store.Remove(typeof(T), id);
        return change is null ? [] : await NotifyAsync(change, cancellationToken).ConfigureAwait(false);
    }

    private async Task<IReadOnlyList<NotificationDelivery>> NotifyAsync(DataChange change, CancellationToken cancellationToken)
    {
        if (!context.Options.SendNotifications)
        {
            return [];
        }

        var planned = NotificationPlanner.Plan(change);
        return planned.Count == 0 ? [] : await notifier.SendAsync(planned, cancellationToken).ConfigureAwait(false);
    }
}
