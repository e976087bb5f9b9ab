#include "core/ml/features.h"

#include "core/base/text.h"
#include "core/base/thread_pool.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <numeric>
#include <set>
#include <unordered_map>

namespace mlwb::core::ml {

namespace {

std::vector<size_t> allRows(size_t count)
{
    std::vector<size_t> rows(count);
    std::iota(rows.begin(), rows.end(), size_t{0});
    return rows;
}

Status checkRows(const Table& table, const std::vector<size_t>& rows)
{
    for (size_t row : rows) {
        if (row >= table.rowCount())
            return Status::invalidArgument(
                trf("row {} is out of range; the table has {} rows", row + 1, table.rowCount()));
    }
    return Status::ok();
}

// Numeric value of a row for the Numeric encoding; NaN when missing (or not finite, which
// no model can use either).
double numericOf(const Column& column, size_t row)
{
    if (column.isMissing(row)) return std::numeric_limits<double>::quiet_NaN();
    double v = 0;
    switch (column.type()) {
    case ColumnType::Float64: v = column.float64Values()[row]; break;
    case ColumnType::Int64:
    case ColumnType::DateTime: v = static_cast<double>(column.int64Values()[row]); break;
    case ColumnType::Boolean: v = column.booleanValues()[row] ? 1.0 : 0.0; break;
    default: return std::numeric_limits<double>::quiet_NaN();
    }
    return std::isfinite(v) ? v : std::numeric_limits<double>::quiet_NaN();
}

// The class label of a row of a non-numeric target.
std::string labelOf(const Column& column, size_t row)
{
    switch (column.type()) {
    case ColumnType::Categorical: return column.categories()[column.categoryCodes()[row]];
    case ColumnType::Text: return std::string(column.text(row));
    case ColumnType::Boolean: return column.booleanValues()[row] ? "true" : "false";
    default: return column.displayString(row);
    }
}

bool isLabelType(ColumnType type)
{
    return type == ColumnType::Categorical || type == ColumnType::Text || type == ColumnType::Boolean;
}

std::string quotedList(const std::vector<std::string>& names, size_t limit = 12)
{
    std::string out;
    for (size_t i = 0; i < names.size() && i < limit; ++i) {
        if (i) out += ", ";
        out += names[i];
    }
    if (names.size() > limit) out += trf(", ... ({} in all)", names.size());
    return out;
}

// Whether a column of the given type in a new table can feed a feature fitted on `fitted`.
bool compatible(ColumnType fitted, ColumnType now)
{
    if (isNumericType(fitted)) return isNumericType(now);
    if (fitted == ColumnType::Categorical) return now == ColumnType::Categorical || now == ColumnType::Text;
    return fitted == now;
}

// The native encoding of a categorical (or text) column: the training category's index, NaN
// for missing and unseen values.
void writeCategoryCodes(const Column& column, const std::vector<size_t>& rows,
                        const std::unordered_map<std::string_view, Eigen::Index>& slot, Eigen::Ref<Vector> out)
{
    constexpr double kMissing = std::numeric_limits<double>::quiet_NaN();
    const auto n = static_cast<Eigen::Index>(rows.size());
    if (column.type() == ColumnType::Categorical) {
        std::vector<double> codeToSlot(column.categories().size(), kMissing);
        for (size_t k = 0; k < column.categories().size(); ++k) {
            const auto it = slot.find(column.categories()[k]);
            if (it != slot.end()) codeToSlot[k] = static_cast<double>(it->second);
        }
        for (Eigen::Index i = 0; i < n; ++i) {
            const size_t row = rows[static_cast<size_t>(i)];
            const int32_t code = column.categoryCodes()[row];
            out[i] = column.isMissing(row) || code < 0 ? kMissing : codeToSlot[static_cast<size_t>(code)];
        }
        return;
    }
    for (Eigen::Index i = 0; i < n; ++i) {
        const size_t row = rows[static_cast<size_t>(i)];
        out[i] = kMissing;
        if (column.isMissing(row)) continue;
        const auto it = slot.find(column.text(row));
        if (it != slot.end()) out[i] = static_cast<double>(it->second);
    }
}

}  // namespace

std::vector<int> FeaturePrep::categoryCounts() const
{
    std::vector<int> counts(m_featureNames.size(), 0);
    for (const auto& feature : m_columns) {
        if (feature.encoding == FeatureEncoding::CategoryCode)
            counts[static_cast<size_t>(feature.firstOutput)] = static_cast<int>(feature.categories.size());
    }
    return counts;
}

std::optional<Task> targetTask(const Column& target, const std::vector<size_t>& rows, int maxIntegerClasses)
{
    if (target.type() == ColumnType::DateTime) return std::nullopt;
    if (isLabelType(target.type())) return Task::Classification;
    if (target.type() != ColumnType::Int64) return Task::Regression;
    // Stops at the first value past the limit, so a million-row regression target costs a
    // few dozen lookups.
    std::set<int64_t> distinct;
    for (size_t row : rows) {
        if (target.isMissing(row)) continue;
        distinct.insert(target.int64Values()[row]);
        if (static_cast<int>(distinct.size()) > maxIntegerClasses) return Task::Regression;
    }
    return Task::Classification;
}

std::optional<Task> targetTask(const Column& target, int maxIntegerClasses)
{
    return targetTask(target, allRows(target.size()), maxIntegerClasses);
}

Result<FeaturePrep> FeaturePrep::fit(const Table& table, std::string_view target,
                                     const std::vector<std::string>& features, const FeatureOptions& options)
{
    return fit(table, target, features, allRows(table.rowCount()), options);
}

Result<FeaturePrep> FeaturePrep::fit(const Table& table, std::string_view target,
                                     const std::vector<std::string>& features, const std::vector<size_t>& trainRows,
                                     const FeatureOptions& options)
{
    MLWB_RETURN_IF_ERROR(checkRows(table, trainRows));
    if (target.empty()) return fitFeatures(table, features, trainRows, options);
    const int targetIndex = table.indexOf(target);
    if (targetIndex < 0)
        return Status::invalidArgument(
            trf("target column \"{}\" not found; columns: {}", target, quotedList(table.columnNames())));
    if (trainRows.empty())
        return Status::invalidArgument(tr("there are no training rows; check the split and row filters"));

    FeaturePrep prep;
    prep.m_target = std::string(target);
    const Column& y = table.column(static_cast<size_t>(targetIndex));
    prep.m_targetType = y.type();

    // --- the target ---
    size_t missingTargets = 0;
    for (size_t row : trainRows) missingTargets += y.isMissing(row) ? 1 : 0;
    if (missingTargets > 0)
        return Status::invalidArgument(
            trf("target column \"{}\" is missing in {} of the {} training rows; drop those rows (or fill them) "
                "before training",
                target, missingTargets, trainRows.size()));
    if (y.type() == ColumnType::DateTime)
        return Status::unsupported(
            trf("target column \"{}\" is a datetime; choose a numeric, boolean or categorical target", target));

    Task task = *targetTask(y, trainRows, options.maxIntegerClasses);
    if (options.task) {
        if (*options.task == Task::Regression && (y.type() == ColumnType::Text || y.type() == ColumnType::Categorical))
            return Status::invalidArgument(
                trf("target column \"{}\" is {}; it can only be a classification target — "
                    "choose a numeric target for regression",
                    target, columnKindName(y.type())));
        task = *options.task;
    }
    prep.m_task = task;

    if (task == Task::Classification) {
        if (isLabelType(y.type())) {
            std::set<std::string> labels;
            for (size_t row : trainRows) labels.insert(labelOf(y, row));
            prep.m_classNames.assign(labels.begin(), labels.end());
        } else {
            std::set<double> values;
            for (size_t row : trainRows) {
                const double v = numericOf(y, row);
                if (std::isnan(v))
                    return Status::invalidArgument(
                        trf("target column \"{}\", row {}: the value is not finite", target, row + 1));
                values.insert(v);
            }
            prep.m_classValues.assign(values.begin(), values.end());
            for (double v : values) prep.m_classNames.push_back(formatDouble(v));
        }
        if (prep.m_classNames.size() < 2)
            return Status::invalidArgument(
                trf("target column \"{}\" has only one class ({}) in the training rows; a "
                    "classifier needs at least two — check the target or the split",
                    target, quoteForMessage(prep.m_classNames.front())));
    }

    MLWB_RETURN_IF_ERROR(prep.fitColumns(table, features, trainRows, options));
    return prep;
}

Result<FeaturePrep> FeaturePrep::fitFeatures(const Table& table, const std::vector<std::string>& features,
                                             const std::vector<size_t>& trainRows, const FeatureOptions& options)
{
    if (!options.task || !isUnsupervised(*options.task))
        return Status::invalidArgument(
            tr("no target column given; choose the column to predict (only clustering "
               "and decomposition models run without one)"));
    if (trainRows.empty())
        return Status::invalidArgument(tr("there are no training rows; check the split and row filters"));
    FeaturePrep prep;
    prep.m_task = *options.task;
    MLWB_RETURN_IF_ERROR(prep.fitColumns(table, features, trainRows, options));
    return prep;
}

Status FeaturePrep::fitColumns(const Table& table, const std::vector<std::string>& features,
                               const std::vector<size_t>& trainRows, const FeatureOptions& options)
{
    FeaturePrep& prep = *this;
    const std::string_view target = m_target;
    // --- the features ---
    std::vector<std::string> names = features;
    if (names.empty()) {
        for (const auto& name : table.columnNames()) {
            if (name != target) names.push_back(name);
        }
    }
    std::set<std::string> seen;
    std::vector<std::string> leftOut;
    Eigen::Index output = 0;
    for (const auto& name : names) {
        if (name == target)
            return Status::invalidArgument(
                trf("column \"{}\" is the target and cannot also be a feature; remove it from the features", name));
        if (!seen.insert(name).second)
            return Status::invalidArgument(trf("feature column \"{}\" is listed twice", name));
        const int index = table.indexOf(name);
        if (index < 0)
            return Status::invalidArgument(
                trf("feature column \"{}\" not found; columns: {}", name, quotedList(table.columnNames())));
        const Column& column = table.column(static_cast<size_t>(index));

        FeatureColumn feature;
        feature.name = name;
        feature.type = column.type();
        if (column.type() == ColumnType::Text) {
            prep.m_warnings.push_back(trf(
                "column \"{}\" is text and is left out of the features; convert it to categorical to use it", name));
            leftOut.push_back(trf("\"{}\" is text", name));
            continue;
        }
        if (column.type() == ColumnType::Categorical) {
            std::vector<char> present(column.categories().size(), 0);
            bool anyMissing = false;
            for (size_t row : trainRows) {
                const int32_t code = column.categoryCodes()[row];
                if (column.isMissing(row) || code < 0)
                    anyMissing = true;
                else
                    present[static_cast<size_t>(code)] = 1;
            }
            for (size_t c = 0; c < present.size(); ++c) {
                if (present[c]) feature.categories.push_back(column.categories()[c]);
            }
            std::sort(feature.categories.begin(), feature.categories.end());
            if (feature.categories.empty() || (feature.categories.size() == 1 && !anyMissing)) {
                const std::string why = feature.categories.empty()
                                            ? trf("column \"{}\" has no values in the training rows", name)
                                            : trf("column \"{}\" has one value ({}) in all training rows", name,
                                                  quoteForMessage(feature.categories.front()));
                prep.m_warnings.push_back(why + tr(" and is left out of the features"));
                leftOut.push_back(trf("\"{}\" is constant", name));
                continue;
            }
            if (feature.categories.size() > 100 && !options.nativeEncoding)
                prep.m_warnings.push_back(
                    trf("column \"{}\" has {} categories and becomes as many one-hot features; "
                        "consider leaving it out if it is an identifier",
                        name, feature.categories.size()));
            feature.firstOutput = output;
            if (options.nativeEncoding) {
                feature.encoding = FeatureEncoding::CategoryCode;
                prep.m_featureNames.push_back(name);
                ++output;
                prep.m_columns.push_back(std::move(feature));
                continue;
            }
            feature.encoding = FeatureEncoding::OneHot;
            for (const auto& category : feature.categories) prep.m_featureNames.push_back(name + "=" + category);
            output += static_cast<Eigen::Index>(feature.categories.size());
            prep.m_columns.push_back(std::move(feature));
            continue;
        }
        // Numeric, boolean, datetime: the mean of the present training values fills gaps.
        long double sum = 0;
        size_t present = 0;
        double lo = std::numeric_limits<double>::infinity();
        double hi = -lo;
        for (size_t row : trainRows) {
            const double v = numericOf(column, row);
            if (std::isnan(v)) continue;
            sum += v;
            ++present;
            lo = std::min(lo, v);
            hi = std::max(hi, v);
        }
        const bool anyMissing = present < trainRows.size();
        if (present == 0) {
            prep.m_warnings.push_back(
                trf("column \"{}\" has no values in the training rows and is left out of the features", name));
            leftOut.push_back(trf("\"{}\" is all missing", name));
            continue;
        }
        // Under the native encoding a gap is a value of its own, so "constant or missing" still
        // separates rows.
        if (lo == hi && !(anyMissing && (options.missingIndicators || options.nativeEncoding))) {
            prep.m_warnings.push_back(
                trf("column \"{}\" has one value ({}) in all training rows and is left out of "
                    "the features",
                    name, formatDouble(lo)));
            leftOut.push_back(trf("\"{}\" is constant", name));
            continue;
        }
        feature.encoding = FeatureEncoding::Numeric;
        feature.fillValue = static_cast<double>(sum / static_cast<long double>(present));
        // A boolean stays 0/1 (which count-based models such as categorical_nb need): the
        // training majority fills it, false on a tie like SimpleImputer("most_frequent").
        if (column.type() == ColumnType::Boolean) feature.fillValue = feature.fillValue > 0.5 ? 1.0 : 0.0;
        if (options.nativeEncoding) feature.fillValue = std::numeric_limits<double>::quiet_NaN();
        feature.missingIndicator = anyMissing && options.missingIndicators && !options.nativeEncoding;
        feature.firstOutput = output;
        prep.m_featureNames.push_back(name);
        ++output;
        if (feature.missingIndicator) {
            prep.m_featureNames.push_back(name + " (missing)");
            ++output;
        }
        prep.m_columns.push_back(std::move(feature));
    }
    if (prep.m_columns.empty()) {
        if (names.empty() && target.empty())
            return Status::invalidArgument(tr("there are no columns to use as features; add columns to the data"));
        if (names.empty())
            return Status::invalidArgument(
                trf("there are no feature columns besides the target \"{}\"; add columns to the data", target));
        return Status::invalidArgument(
            trf("no usable feature columns: {}; choose other feature columns", quotedList(leftOut)));
    }
    return Status::ok();
}

Result<Matrix> FeaturePrep::transform(const Table& table) const
{
    return transform(table, allRows(table.rowCount()));
}

Result<Matrix> FeaturePrep::transform(const Table& table, const std::vector<size_t>& rows) const
{
    MLWB_RETURN_IF_ERROR(checkRows(table, rows));
    std::vector<const Column*> sources;
    for (const auto& feature : m_columns) {
        const int index = table.indexOf(feature.name);
        if (index < 0)
            return Status::invalidArgument(
                trf("column \"{}\" was a feature in training but is not in this table; add it", feature.name));
        const Column& column = table.column(static_cast<size_t>(index));
        if (!compatible(feature.type, column.type()))
            return Status::invalidArgument(trf("column \"{}\" is {} here but was {} in the training data; convert it",
                                               feature.name, columnKindName(column.type()),
                                               columnKindName(feature.type)));
        sources.push_back(&column);
    }

    const Eigen::Index n = static_cast<Eigen::Index>(rows.size());
    Matrix X(n, featureCount());
    // Each source column writes its own output columns, so the pool can fill them in any
    // order and the matrix is the same at any thread count.
    ThreadPool::global().parallelFor(m_columns.size(), [&](size_t c) {
        const FeatureColumn& feature = m_columns[c];
        const Column& column = *sources[c];
        if (feature.encoding == FeatureEncoding::Numeric) {
            auto out = X.col(feature.firstOutput);
            for (Eigen::Index i = 0; i < n; ++i) {
                const double v = numericOf(column, rows[static_cast<size_t>(i)]);
                const bool missing = std::isnan(v);
                out[i] = missing ? feature.fillValue : v;
                if (feature.missingIndicator) X(i, feature.firstOutput + 1) = missing ? 1.0 : 0.0;
            }
            return;
        }
        std::unordered_map<std::string_view, Eigen::Index> slot;
        for (size_t k = 0; k < feature.categories.size(); ++k)
            slot.emplace(feature.categories[k], static_cast<Eigen::Index>(k));
        if (feature.encoding == FeatureEncoding::CategoryCode) {
            writeCategoryCodes(column, rows, slot, X.col(feature.firstOutput));
            return;
        }
        const auto width = static_cast<Eigen::Index>(feature.categories.size());
        X.middleCols(feature.firstOutput, width).setZero();
        if (column.type() == ColumnType::Categorical) {
            // Map this table's dictionary onto the training categories once: the codes of
            // another file need not agree with the training file's.
            std::vector<Eigen::Index> codeToSlot(column.categories().size(), -1);
            for (size_t k = 0; k < column.categories().size(); ++k) {
                const auto it = slot.find(column.categories()[k]);
                if (it != slot.end()) codeToSlot[k] = it->second;
            }
            for (Eigen::Index i = 0; i < n; ++i) {
                const size_t row = rows[static_cast<size_t>(i)];
                const int32_t code = column.categoryCodes()[row];
                if (column.isMissing(row) || code < 0) continue;
                const Eigen::Index s = codeToSlot[static_cast<size_t>(code)];
                if (s >= 0) X(i, feature.firstOutput + s) = 1.0;
            }
        } else {
            for (Eigen::Index i = 0; i < n; ++i) {
                const size_t row = rows[static_cast<size_t>(i)];
                if (column.isMissing(row)) continue;
                const auto it = slot.find(column.text(row));
                if (it != slot.end()) X(i, feature.firstOutput + it->second) = 1.0;
            }
        }
    });
    return X;
}

Result<Vector> FeaturePrep::transformTarget(const Table& table) const
{
    return transformTarget(table, allRows(table.rowCount()));
}

Result<Vector> FeaturePrep::transformTarget(const Table& table, const std::vector<size_t>& rows) const
{
    MLWB_RETURN_IF_ERROR(checkRows(table, rows));
    if (m_target.empty())
        return Status::invalidArgument(
            tr("this feature preparation has no target (a clustering or decomposition run)"));
    const int index = table.indexOf(m_target);
    if (index < 0) return Status::invalidArgument(trf("target column \"{}\" is not in this table", m_target));
    const Column& y = table.column(static_cast<size_t>(index));
    const bool labels = isLabelType(m_targetType) && m_task == Task::Classification;
    if (labels ? !isLabelType(y.type()) : !(isNumericType(y.type()) || y.type() == ColumnType::Boolean))
        return Status::invalidArgument(trf("target column \"{}\" is {} here but was {} in the training data", m_target,
                                           columnKindName(y.type()), columnKindName(m_targetType)));
    size_t missing = 0;
    for (size_t row : rows) missing += y.isMissing(row) ? 1 : 0;
    if (missing > 0)
        return Status::invalidArgument(trf("target column \"{}\" is missing in {} of {} rows; drop those rows first",
                                           m_target, missing, rows.size()));

    Vector out(static_cast<Eigen::Index>(rows.size()));
    if (m_task == Task::Regression) {
        for (size_t i = 0; i < rows.size(); ++i) out[Eigen::Index(i)] = numericOf(y, rows[i]);
        return out;
    }
    std::map<std::string, int, std::less<>> codes;
    for (size_t k = 0; k < m_classNames.size(); ++k) codes.emplace(m_classNames[k], static_cast<int>(k));
    for (size_t i = 0; i < rows.size(); ++i) {
        const size_t row = rows[i];
        int code = -1;
        if (labels) {
            const auto it = codes.find(labelOf(y, row));
            if (it != codes.end()) code = it->second;
        } else {
            const double v = numericOf(y, row);
            const auto it = std::lower_bound(m_classValues.begin(), m_classValues.end(), v);
            if (it != m_classValues.end() && *it == v) code = static_cast<int>(it - m_classValues.begin());
        }
        if (code < 0)
            return Status::invalidArgument(
                trf("target column \"{}\", row {}: class {} did not occur in the training "
                    "rows; use a stratified split or drop the rare class",
                    m_target, row + 1, quoteForMessage(y.displayString(row))));
        out[Eigen::Index(i)] = code;
    }
    return out;
}

}  // namespace mlwb::core::ml
