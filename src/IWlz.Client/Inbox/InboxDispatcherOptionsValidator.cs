using Microsoft.Extensions.Options;

namespace IWlz.Client.Inbox;

/// <summary>Validates <see cref="InboxDispatcherOptions"/> on start, naming each wrong setting.</summary>
internal sealed class InboxDispatcherOptionsValidator : IValidateOptions<InboxDispatcherOptions>
{
    public ValidateOptionsResult Validate(string? name, InboxDispatcherOptions options)
    {
        var errors = new List<string>();
        const string Prefix = nameof(InboxDispatcherOptions) + ".";
        if (options.MaxAttempts is < 1 or > 100)
        {
            errors.Add($"{Prefix}{nameof(options.MaxAttempts)} must be between 1 and 100 (was {options.MaxAttempts}).");
        }

        Range(errors, Prefix + nameof(options.InitialRetryDelay), options.InitialRetryDelay, TimeSpan.FromMilliseconds(1), TimeSpan.FromHours(1));
        Range(errors, Prefix + nameof(options.MaxRetryDelay), options.MaxRetryDelay, options.InitialRetryDelay, TimeSpan.FromDays(1));
        Range(errors, Prefix + nameof(options.HandlerTimeout), options.HandlerTimeout, TimeSpan.FromMilliseconds(100), TimeSpan.FromHours(1));
        Range(errors, Prefix + nameof(options.LeaseDuration), options.LeaseDuration, TimeSpan.FromSeconds(1), TimeSpan.FromDays(1));
        Range(errors, Prefix + nameof(options.PollInterval), options.PollInterval, TimeSpan.FromMilliseconds(10), TimeSpan.FromMinutes(5));
        Range(errors, Prefix + nameof(options.CompletedRetention), options.CompletedRetention, TimeSpan.FromMinutes(1), TimeSpan.FromDays(365));
        if (options.HandlerTimeout >= options.LeaseDuration)
        {
            errors.Add($"{Prefix}{nameof(options.HandlerTimeout)} ({options.HandlerTimeout}) must be shorter than {nameof(options.LeaseDuration)} ({options.LeaseDuration}), or a running message could be leased twice.");
        }

        if (options.BatchSize is < 1 or > 1000)
        {
            errors.Add($"{Prefix}{nameof(options.BatchSize)} must be between 1 and 1000 (was {options.BatchSize}).");
        }

        if (options.MaxConcurrency is < 1 or > 256)
        {
            errors.Add($"{Prefix}{nameof(options.MaxConcurrency)} must be between 1 and 256 (was {options.MaxConcurrency}).");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static void Range(List<string> errors, string name, TimeSpan value, TimeSpan min, TimeSpan max)
    {
        if (value < min || value > max)
        {
            errors.Add($"{name} must be between {min} and {max} (was {value}).");
        }
    }
}
