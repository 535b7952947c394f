using IWlz.Client.Sending;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace IWlz.Client.Outbox.Internal;

/// <summary>Validates <see cref="OutboxOptions"/> on start, naming each wrong setting.</summary>
internal sealed class OutboxOptionsValidator(IServiceProviderIsService? services = null) : IValidateOptions<OutboxOptions>
{
    public ValidateOptionsResult Validate(string? name, OutboxOptions options)
    {
        var errors = new List<string>();
        if (services is not null && (!services.IsService(typeof(INotificatieSender)) || !services.IsService(typeof(IMeldingSender))))
        {
            errors.Add("The outbox sends through INotificatieSender and IMeldingSender, which are not registered: call services.AddIWlzClient(...) as well as AddIWlzOutbox().");
        }

        const string Prefix = nameof(OutboxOptions) + ".";
        Count(errors, Prefix + nameof(options.MaxAttempts), options.MaxAttempts, 1, 100);
        Range(errors, Prefix + nameof(options.InitialRetryDelay), options.InitialRetryDelay, TimeSpan.FromMilliseconds(1), TimeSpan.FromHours(1));
        Range(errors, Prefix + nameof(options.MaxRetryDelay), options.MaxRetryDelay, options.InitialRetryDelay, TimeSpan.FromDays(1));
        Range(errors, Prefix + nameof(options.MaxRetryAfter), options.MaxRetryAfter, TimeSpan.Zero, TimeSpan.FromDays(1));
        Range(errors, Prefix + nameof(options.AttemptTimeout), options.AttemptTimeout, TimeSpan.FromMilliseconds(100), TimeSpan.FromHours(1));
        Range(errors, Prefix + nameof(options.LeaseDuration), options.LeaseDuration, TimeSpan.FromSeconds(1), TimeSpan.FromDays(1));
        Range(errors, Prefix + nameof(options.PollInterval), options.PollInterval, TimeSpan.FromMilliseconds(10), TimeSpan.FromMinutes(5));
        Range(errors, Prefix + nameof(options.DeliveredRetention), options.DeliveredRetention, TimeSpan.FromMinutes(1), TimeSpan.FromDays(365));
        if (options.AttemptTimeout >= options.LeaseDuration)
        {
            errors.Add($"{Prefix}{nameof(options.AttemptTimeout)} ({options.AttemptTimeout}) must be shorter than {nameof(options.LeaseDuration)} ({options.LeaseDuration}), or a message still being sent could be leased and sent twice.");
        }

        Count(errors, Prefix + nameof(options.BatchSize), options.BatchSize, 1, 1000);
        Count(errors, Prefix + nameof(options.MaxConcurrency), options.MaxConcurrency, 1, 256);
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static void Count(List<string> errors, string name, int value, int min, int max)
    {
        if (value < min || value > max)
        {
            errors.Add($"{name} must be between {min} and {max} (was {value}).");
        }
    }

    private static void Range(List<string> errors, string name, TimeSpan value, TimeSpan min, TimeSpan max)
    {
        if (value < min || value > max)
        {
            errors.Add($"{name} must be between {min} and {max} (was {value}).");
        }
    }
}
