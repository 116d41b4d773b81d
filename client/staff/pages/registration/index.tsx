import { View } from '@tarojs/components';
import { LoadState } from '../../../components/load-state';
import { useFunction } from '../../../services/calls/use-function';
import { BureauRegistration } from './bureau-registration';
import { SchoolRegistration } from './school-registration';
import './index.scss';

/** 学籍注册 (R15): a school admin exports the sheet and confirms registration; the bureau follows every school. */
export default function RegistrationPage() {
  const status = useFunction('registrationStatus', {});
  return (
    <View className="page">
      {<LoadState {...status}>{(s) => (s.mayExport ? <SchoolRegistration status={s} reload={status.reload} /> : <BureauRegistration status={s} />)}</LoadState>}
    </View>
  );
}
