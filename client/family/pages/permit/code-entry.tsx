/**
 * R10: the 核验码 typed by hand — for a clerk at the gate holding a printed permit without a way to
 * scan it. The code is checked as typed (case, spaces and dashes do not matter: shared/readable-code.ts).
 */
import { useState } from 'react';
import { View } from '@tarojs/components';
import { Field } from '../../../components/field';
import { Button } from '../../../components/ui';

export function CodeEntry({ label, onCheck }: { label: string; onCheck: (code: string) => void }) {
  const [typed, setTyped] = useState('');
  const [error, setError] = useState('');
  function check() {
    if (!typed.trim()) return setError('请填写准入证上的核验码');
    setError('');
    onCheck(typed.trim());
  }
  return (
    <View className="code-entry">
      <Field
        label={label}
        name="code"
        value={typed}
        placeholder="例如 ABCD-EFGH-JKMN"
        onChange={(value) => {
          setTyped(value);
          if (value.trim()) setError('');
        }}
        error={error}
      />
      <Button type="primary" block onClick={check}>
        核验
      </Button>
    </View>
  );
}
