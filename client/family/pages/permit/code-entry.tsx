/**
 * R10: the 核验码 typed by hand — for a clerk at the gate holding a printed permit without a way to
 * scan it. The code is checked as typed (case, spaces and dashes do not matter: shared/readable-code.ts).
 */
import { useState } from 'react';
import { View } from '@tarojs/components';
import { Field } from '../../../components/field';
import { Button } from '../../../components/ui';
import type { FieldErrors } from '../../../../shared/result';
import { useFieldErrors } from '../../../services/forms/field-errors';

export function CodeEntry({ label, onCheck }: { label: string; onCheck: (code: string) => void }) {
  const [typed, setTyped] = useState('');
  // the project's field errors: shown once 核验 is tapped, gone as soon as a code is typed
  const form = useFieldErrors({ code: typed }, (v): FieldErrors => (v.code.trim() ? {} : { code: '请填写准入证上的核验码' }));
  function check() {
    if (form.validate()) onCheck(typed.trim());
  }
  return (
    <View className="code-entry">
      <Field label={label} name="code" value={typed} placeholder="例如 ABCD-EFGH-JKMN" onChange={setTyped} error={form.errors.code} />
      <Button type="primary" block onClick={check}>
        核验
      </Button>
    </View>
  );
}
