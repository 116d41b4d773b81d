import Taro from '@tarojs/taro';
import { roleLabels } from '../../../shared/role-names';
import { LoadState } from '../../components/load-state';
import { Cell, CellGroup } from '../../components/ui';
import { ElderSwitch } from '../../components/elder-switch';
import { PageRoot } from '../../components/page-root';
import { useFunction } from '../../services/calls/use-function';

export default function MinePage() {
  const session = useFunction('session', {});
  return (
    <PageRoot tab="mine">
      <ElderSwitch />
      <LoadState {...session}>
        {(me) => (
          <CellGroup>
            <Cell title="当前身份" extra={me.name ? `${roleLabels[me.role]} · ${me.name}` : roleLabels[me.role]} />
            <Cell title="消息" extra="查看" clickable onClick={() => Taro.navigateTo({ url: '/pages/inbox/index' })} />
            {me.schoolName && <Cell title="所在学校" extra={me.schoolName} />}
            {me.role === 'family' && (
              <Cell title="我的志愿" extra="填报 / 查看进展" clickable onClick={() => Taro.navigateTo({ url: '/family/pages/forms/index' })} />
            )}
            <Cell title="举报违规招生" extra="中介、收费、虚假宣传等" clickable onClick={() => Taro.navigateTo({ url: '/family/pages/report/index' })} />
            <Cell title="核验进校宣传准入证" extra="输入核验码" clickable onClick={() => Taro.navigateTo({ url: '/family/pages/permit/index' })} />
            {me.role !== 'family' && (
              <Cell title="工作人员入口" extra="进入工作台" clickable onClick={() => Taro.navigateTo({ url: '/staff/pages/index/index' })} />
            )}
            {me.role === 'family' && (
              <Cell title="我是工作人员" extra="输入邀请码" clickable onClick={() => Taro.navigateTo({ url: '/staff/pages/redeem/index' })} />
            )}
          </CellGroup>
        )}
      </LoadState>
      {process.env.TARO_ENV === 'h5' && (
        <CellGroup>
          <Cell title="本地演示：切换身份" description="仅在本地演示环境中出现" clickable onClick={() => window.location.assign('/dev/')} />
        </CellGroup>
      )}
    </PageRoot>
  );
}
