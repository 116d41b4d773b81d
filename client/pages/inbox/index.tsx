import Taro from '@tarojs/taro';
import { formatDate } from '../../../shared/shanghai-date';
import { EmptyState } from '../../components/empty-state';
import { LoadState } from '../../components/load-state';
import { Cell, CellGroup } from '../../components/ui';
import { PageRoot } from '../../components/page-root';
import { useFunction } from '../../services/calls/use-function';

/** In-app messages, for whoever is signed in; each opens the page it is about. */
export default function InboxPage() {
  const inbox = useFunction('inboxList', {}, { reloadOnShow: true });
  return (
    <PageRoot>
      <LoadState {...inbox}>
        {({ items }) =>
          items.length === 0 ? (
            <EmptyState title="暂无消息" />
          ) : (
            <CellGroup>
              {items.map((m) => (
                <Cell
                  key={m.id}
                  title={`${m.unread ? '● ' : ''}${m.title}`}
                  description={`${m.body} · ${formatDate(m.createdAt)}`}
                  clickable={Boolean(m.link)}
                  onClick={() => m.link && void Taro.navigateTo({ url: m.link })}
                />
              ))}
            </CellGroup>
          )
        }
      </LoadState>
    </PageRoot>
  );
}
