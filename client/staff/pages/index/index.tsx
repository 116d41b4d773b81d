import { Text, View } from '@tarojs/components';
import { roleLabels } from '../../../../shared/roles';
import { LoadState } from '../../../components/load-state';
import { Cell, CellGroup } from '../../../components/ui';
import { useFunction } from '../../../services/use-function';

/** The staff workbench: what waits for this recruiter, school admin or reviewer. */
export default function StaffHomePage() {
  const workbench = useFunction('staffHome', {});
  return (
    <View className='page'>
      <LoadState {...workbench}>
        {(w) => (
          <View>
            <View className='section-title'>
              {roleLabels[w.role]} · {w.name}
            </View>
            {w.schoolName && <Text className='muted'>{w.schoolName}</Text>}
            <CellGroup>
              {w.counts.map((c) => (
                <Cell key={c.label} title={c.label} extra={String(c.value)} />
              ))}
            </CellGroup>
          </View>
        )}
      </LoadState>
    </View>
  );
}
