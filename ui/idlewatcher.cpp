#include "ui/idlewatcher.h"

#include <QCoreApplication>
#include <QEvent>

namespace doudi::ui {

IdleWatcher::IdleWatcher(int timeoutMs, QObject *parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(timeoutMs);
    connect(&m_timer, &QTimer::timeout, this, &IdleWatcher::idle);
    if (timeoutMs > 0) {
        QCoreApplication::instance()->installEventFilter(this);
        m_timer.start();
    }
}

IdleWatcher::~IdleWatcher()
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
}

bool IdleWatcher::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        if (m_timer.interval() > 0)
            m_timer.start();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace doudi::ui
