namespace HrScorecard.Domain.Surveys;

/// <summary>
/// Answers of a Likert survey on the 1–5 scale: one row per respondent, one column per item (a complete matrix —
/// a respondent who skipped an item must be removed or the item answered before upload).
/// </summary>
public sealed class LikertSurvey
{
    /// <summary>The lowest answer on the scale ("strongly disagree").</summary>
    public const int Lowest = 1;

    /// <summary>The highest answer on the scale ("strongly agree").</summary>
    public const int Highest = 5;

    private readonly int[][] _answers;

    private LikertSurvey(IReadOnlyList<string> items, int[][] answers) => (Items, _answers) = (items, answers);

    /// <summary>The item names (column headers), in column order.</summary>
    public IReadOnlyList<string> Items { get; }

    /// <summary>N, the number of respondents (rows).</summary>
    public int RespondentCount => _answers.Length;

    /// <summary>The answer of respondent <paramref name="respondent"/> to item <paramref name="item"/> (both 0-based).</summary>
    public int this[int respondent, int item] => _answers[respondent][item];

    /// <summary>The answers as rows of integers, for storing.</summary>
    public IReadOnlyList<IReadOnlyList<int>> Answers => Array.ConvertAll(_answers, r => (IReadOnlyList<int>)Array.AsReadOnly(r));

    /// <summary>
    /// A survey from item names and a respondents × items matrix. Every problem is reported with the respondent
    /// (1-based, as HR counts rows) and the item's name and column, and located at <c>[respondent][item]</c> (0-based).
    /// </summary>
    public static LikertSurvey Create(IReadOnlyList<string> items, IReadOnlyList<IReadOnlyList<int>> answers)
    {
        if (items.Count == 0)
            throw new DomainValidationException(Messages.Get("The survey has no items: the header row must name one column per question."), "items");
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var j = 0; j < items.Count; j++)
        {
            if (string.IsNullOrWhiteSpace(items[j]))
                throw new DomainValidationException(
                    Messages.Format("Column {0} has no item name: give every question a name in the header row.", j + 1), $"items[{j}]");
            if (!names.Add(items[j].Trim()))
                throw new DomainValidationException(
                    Messages.Format("Column {0}: the item name \"{1}\" appears twice; item names must be unique.", j + 1, items[j].Trim()), $"items[{j}]");
        }
        if (answers.Count == 0)
            throw new DomainValidationException(Messages.Get("The survey has no respondents: add one row per respondent below the header row."));

        var matrix = new int[answers.Count][];
        for (var i = 0; i < answers.Count; i++)
        {
            if (answers[i].Count != items.Count)
                throw new DomainValidationException(
                    Messages.Format("Respondent {0} has {1} answers, but the survey has {2} items: every row needs one answer per item.",
                        i + 1, answers[i].Count, items.Count), $"[{i}]");
            matrix[i] = new int[items.Count];
            for (var j = 0; j < items.Count; j++)
            {
                var answer = answers[i][j];
                if (answer is < Lowest or > Highest)
                    throw new DomainValidationException(
                        Messages.Format("Respondent {0}, item \"{1}\" (column {2}): {3} is not on the Likert scale; answers must be whole numbers from {4} to {5}.",
                            i + 1, items[j].Trim(), j + 1, answer, Lowest, Highest),
                        $"[{i}][{j}]");
                matrix[i][j] = answer;
            }
        }
        return new LikertSurvey([.. items.Select(n => n.Trim())], matrix);
    }
}
