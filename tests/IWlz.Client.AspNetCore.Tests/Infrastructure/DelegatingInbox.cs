using IWlz.Client.Inbox;

namespace IWlz.Client.AspNetCore.Tests.Infrastructure;

/// <summary>An inbox in memory whose <see cref="AcceptAsync"/> a test can replace to simulate a failing or slow store.</summary>
internal abstract class DelegatingInbox : INotificationInbox
{
    protected InMemoryNotificationInbox Inner { get; } = new();

    public virtual Task<InboxAcceptResult> AcceptAsync(InboundMessage message, CancellationToken cancellationToken) => Inner.AcceptAsync(message, cancellationToken);

    public Task<IReadOnlyList<InboxEntry>> LeaseAsync(string owner, int maxCount, TimeSpan leaseDuration, CancellationToken cancellationToken) => Inner.LeaseAsync(owner, maxCount, leaseDuration, cancellationToken);

    public Task<bool> CompleteAsync(Guid id, string owner, CancellationToken cancellationToken) => Inner.CompleteAsync(id, owner, cancellationToken);

    public Task<bool> RescheduleAsync(Guid id, string owner, DateTimeOffset nextAttemptAt, string? failure, CancellationToken cancellationToken) => Inner.RescheduleAsync(id, owner, nextAttemptAt, failure, cancellationToken);

    public Task<bool> DeadLetterAsync(Guid id, string owner, string reason, CancellationToken cancellationToken) => Inner.DeadLetterAsync(id, owner, reason, cancellationToken);

    public Task<bool> ReplayAsync(Guid id, CancellationToken cancellationToken) => Inner.ReplayAsync(id, cancellationToken);

    public Task<InboxEntry?> GetAsync(Guid id, CancellationToken cancellationToken) => Inner.GetAsync(id, cancellationToken);

    public Task<IReadOnlyList<InboxEntry>> ListAsync(InboxEntryStatus status, int maxCount, CancellationToken cancellationToken) => Inner.ListAsync(status, maxCount, cancellationToken);

    public Task<InboxStatistics> GetStatisticsAsync(CancellationToken cancellationToken) => Inner.GetStatisticsAsync(cancellationToken);

    public Task<int> PurgeCompletedAsync(DateTimeOffset finishedBefore, CancellationToken cancellationToken) => Inner.PurgeCompletedAsync(finishedBefore, cancellationToken);
}
