#include "ui/models/form_history.h"

#include <QUndoCommand>
#include <QUndoStack>

#include <utility>

namespace mlwb::ui {

namespace {

// One edit of a form. Holds whole states rather than one field, so that a change that
// rebuilds part of the form (a model kind and its parameter editors) comes back whole.
class FormEditCommand : public QUndoCommand {
public:
    FormEditCommand(FormHistory* history, QString field, QVariantMap before, QVariantMap after, const QString& text,
                    bool step)
        : m_history(history),
          m_field(std::move(field)),
          m_before(std::move(before)),
          m_after(std::move(after)),
          m_step(step)
    {
        setText(text);
    }

    int id() const override { return kId; }

    bool mergeWith(const QUndoCommand* other) override
    {
        const auto* next = static_cast<const FormEditCommand*>(other);  // same id(): same class
        if (!m_step || !next->m_step || next->m_history != m_history || next->m_field != m_field) return false;
        m_after = next->m_after;
        setObsolete(m_after == m_before);  // stepped back to where it started: no step at all
        return true;
    }

    void undo() override
    {
        if (m_history) m_history->applyState(m_before);
    }

    void redo() override
    {
        // The first redo is the push: the widgets show the new state already, and setting
        // them again would move the cursor of the field the user is in.
        if (m_pushed && m_history) m_history->applyState(m_after);
        m_pushed = true;
    }

private:
    static constexpr int kId = 0x4d4c4642;  // "MLFB": any id unique among the stack's commands
    QPointer<FormHistory> m_history;        // gone with its panel; the step then does nothing
    QString m_field;
    QVariantMap m_before;
    QVariantMap m_after;
    bool m_step;
    bool m_pushed = false;
};

}  // namespace

FormHistory::FormHistory(QObject* form, Read read, Apply apply)
    : QObject(form), m_read(std::move(read)), m_apply(std::move(apply))
{}

void FormHistory::commit(const QString& field, const QString& text, bool step)
{
    if (isQuiet()) return;
    QVariantMap now = m_read();
    if (now == m_last) return;
    QVariantMap before = std::exchange(m_last, now);
    if (m_stack) m_stack->push(new FormEditCommand(this, field, std::move(before), std::move(now), text, step));
    emit changed();
}

void FormHistory::reset()
{
    m_last = m_read();
}

void FormHistory::applyState(const QVariantMap& state)
{
    {
        Quiet quiet(*this);
        m_apply(state);
    }
    QVariantMap now = m_read();
    const bool moved = now != m_last;
    m_last = std::move(now);
    if (moved) emit changed();
}

}  // namespace mlwb::ui
